"""Signed QR payloads: Ed25519 (LKT2) round trip, every single-character change
refused, URLs accepted, no key ever made while verifying; older HMAC codes (LKT1)
still verify where the old key is."""
from __future__ import annotations

import base64
from datetime import date

import pytest

from app import qrkeys, qrsign, secrets

# Counts working days or dates: rerun by `make test-dates` under other real dates.
pytestmark = pytest.mark.dates

KEY = b"k" * 32
REF, NUMBER = "WI/LOKET2-A/2026/00001", "TT/LOKET2-A/2026/00001"


def test_round_trip_with_separators_spaces_percent_and_unicode():
    ref, number = "503.1/12 A#?", "503/0012/DPMPTSP /2026 100% — Ñ"
    p = qrsign.sign("SK", ref, number, date(2026, 1, 2))
    v = qrsign.verify(p)
    assert (v.kind, v.ref, v.number, v.day) == ("SK", ref, number, date(2026, 1, 2))
    assert p.startswith("LKT2.SK.") and p.count(".") == 6
    assert " " not in p and "#" not in p and p.isascii()
    assert v.kid == qrkeys.kid_of(qrkeys.raw_public(qrkeys.private_key()))


def test_receipt_payload_fits_a_small_qr():
    p = qrsign.sign("TT", REF, NUMBER, date(2026, 11, 25))
    assert len(p) < 170
    assert p.split(".")[2:4] == [REF, NUMBER]   # "/" and "-" are kept: the code stays readable


def test_every_single_character_change_is_refused():
    p = qrsign.sign("TT", REF, NUMBER, date(2026, 11, 25))
    for i, ch in enumerate(p):
        for repl in {"0", "A", "B", "Z", ".", "x", "-", "%"} - {ch}:
            with pytest.raises(qrsign.Invalid, match="tidak sah"):
                qrsign.verify(p[:i] + repl + p[i + 1:])


def test_truncation_extension_and_garbage_refused():
    p = qrsign.sign("TT", "A", "B", date(2026, 1, 1))
    for bad in (p[:-1], p + "A", p + ".X", p.replace(".", "..", 1), "", "LKT2", "LKT2......",
                "https://contoh.go.id", "https://contoh.go.id/#", p.lower()):
        with pytest.raises(qrsign.Invalid):
            qrsign.verify(bad)


def test_signed_by_an_unknown_key_is_refused():
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    other = Ed25519PrivateKey.generate()
    body = f"LKT2.TT.A.B.20260101.{qrkeys.kid_of(qrkeys.raw_public(other))}"
    forged = f"{body}.{qrkeys.b64u(other.sign(body.encode()))}"
    with pytest.raises(qrsign.Invalid, match="tidak sah"):
        qrsign.verify(forged)


def test_url_forms_are_accepted():
    p = qrsign.sign("TT", REF, NUMBER, date(2026, 11, 25))
    for text in (f"https://dpmptsp.contoh.go.id/verifikasi/#{p}", f"  http://x.id/v/index.html#{p}\n", p):
        assert qrsign.looks_like(text)
        assert qrsign.verify(text).number == NUMBER
    assert qrsign.payload_of(f"https://x.id/#{p}") == p
    assert not qrsign.looks_like("https://contoh.go.id/#bagian") and not qrsign.looks_like(REF)


def test_verifying_never_makes_a_key(memory_keyring, data_dir):
    with pytest.raises(qrsign.Invalid):
        qrsign.verify("LKT2.TT.A.B.20260101.0123abcd." + "A" * 86)
    with pytest.raises(qrsign.Invalid, match="tidak sah"):
        qrsign.verify(qrsign.sign_legacy("TT", "A", "B", date(2026, 1, 1), KEY))
    assert memory_keyring.store == {}
    assert qrkeys.load() is None and not qrkeys.key_file().exists()


def test_kind_and_field_checks():
    with pytest.raises(ValueError):
        qrsign.sign("tt", "A", "B", date(2026, 1, 1))
    with pytest.raises(ValueError):
        qrsign.sign("TT", "A\nB", "B", date(2026, 1, 1))
    assert qrsign.looks_like(" lkt2.TT.x") and qrsign.looks_like("LKT1.TT.x")


# --- the older HMAC codes ---------------------------------------------------------------

def test_legacy_round_trip_with_the_old_key():
    p = qrsign.sign("SK", "503.1/12 A", "503/0012/DPMPTSP /2026 100%", date(2026, 1, 2), key=KEY)
    assert p.startswith("LKT1.") and p.count(".") == 5 and " " not in p
    v = qrsign.verify(p, key=KEY)
    assert (v.kind, v.ref, v.number, v.day) == ("SK", "503.1/12 A", "503/0012/DPMPTSP /2026 100%", date(2026, 1, 2))


def test_legacy_codes_verify_where_the_old_key_is_kept(memory_keyring):
    secrets.set_(secrets.OFFICE_KEY, base64.b64encode(KEY).decode())
    p = qrsign.sign_legacy("TT", REF, NUMBER, date(2025, 6, 3), KEY)
    assert qrsign.verify(p).number == NUMBER
    for i, ch in enumerate(p):
        for repl in {"0", "A", "Z", ".", "x"} - {ch}:
            with pytest.raises(qrsign.Invalid, match="tidak sah"):
                qrsign.verify(p[:i] + repl + p[i + 1:])
    with pytest.raises(qrsign.Invalid):
        qrsign.verify(qrsign.sign_legacy("TT", REF, NUMBER, date(2025, 6, 3), b"x" * 32))


def test_legacy_code_names_the_office_through_the_cli(loket, memory_keyring, capsys):
    from app.cli import main
    secrets.set_(secrets.OFFICE_KEY, base64.b64encode(KEY).decode())
    p = qrsign.sign_legacy("TT", REF, NUMBER, date(2025, 6, 3), KEY)
    assert main(["verify", p]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"SAH — Tanda terima berkas nomor {NUMBER}, tanggal 3 Juni 2025")
    assert "Kantor: DINAS PENANAMAN MODAL" in out
    secrets.delete(secrets.OFFICE_KEY)
    assert main(["verify", p]) == 1
    assert "tidak sah" in capsys.readouterr().err and secrets.office_key() is None
