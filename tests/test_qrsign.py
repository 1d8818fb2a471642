"""Signed QR payloads: round trip, and every single-character change is refused."""
from __future__ import annotations

import string
from datetime import date

import pytest

from app import qrsign

# Counts working days or dates: rerun by `make test-dates` under other real dates.
pytestmark = pytest.mark.dates

KEY = b"k" * 32


def test_round_trip_with_separators_spaces_and_percent():
    p = qrsign.sign("SK", "503.1/12 A", "503/0012/DPMPTSP /2026 100%", date(2026, 1, 2), key=KEY)
    v = qrsign.verify(p, key=KEY)
    assert (v.kind, v.ref, v.number, v.day) == ("SK", "503.1/12 A", "503/0012/DPMPTSP /2026 100%", date(2026, 1, 2))
    assert p.count(".") == 5 and " " not in p


def test_receipt_payload_is_short_and_qr_alphanumeric():
    p = qrsign.sign("TT", "WI/LOKET2-A/2026/00001", "TT/LOKET2-A/2026/00001", date(2026, 11, 25), key=KEY)
    assert len(p) < 90
    # QR alphanumeric mode (denser code): upper case, digits and " $%*+-./:" only
    assert set(p) <= set(string.ascii_uppercase + string.digits + " $%*+-./:")


def test_every_single_character_change_is_refused():
    p = qrsign.sign("TT", "WI/LOKET2-A/2026/00001", "TT/LOKET2-A/2026/00001", date(2026, 11, 25), key=KEY)
    for i, ch in enumerate(p):
        for repl in {"0", "A", "Z", ".", "x"} - {ch}:
            with pytest.raises(qrsign.Invalid, match="tidak sah"):
                qrsign.verify(p[:i] + repl + p[i + 1:], key=KEY)


def test_other_key_truncation_and_garbage_refused():
    p = qrsign.sign("TT", "A", "B", date(2026, 1, 1), key=KEY)
    for bad in (qrsign.sign("TT", "A", "B", date(2026, 1, 1), key=b"x" * 32), p[:-1], p + ".X", "",
                "LKT1", "LKT1.....", "https://contoh.go.id"):
        with pytest.raises(qrsign.Invalid):
            qrsign.verify(bad, key=KEY)


def test_kind_and_field_checks():
    with pytest.raises(ValueError):
        qrsign.sign("tt", "A", "B", date(2026, 1, 1), key=KEY)
    with pytest.raises(ValueError):
        qrsign.sign("TT", "A\nB", "B", date(2026, 1, 1), key=KEY)
    assert qrsign.looks_like(" lkt1.TT.x") and not qrsign.looks_like("WI/LOKET2-A/2026/00001")


def test_office_key_from_keyring_is_used_by_default():
    p = qrsign.sign("TT", "A", "B", date(2026, 1, 1))
    assert qrsign.verify(p).ref == "A"
    with pytest.raises(qrsign.Invalid):
        qrsign.verify(p, key=KEY)
