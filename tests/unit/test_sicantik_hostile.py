"""Hostile or broken SiCantik answers (issue #18, point 4), each from a stand-in
server on 127.0.0.1: an endless body, a gzip bomb, slow-loris headers and body,
absurd nesting, NaN and 1e999. Every request ends within its total deadline with
one clear line; memory stays bounded (peak RSS of a real `loket` process)."""
from __future__ import annotations

import os

import pytest
from sqlalchemy import func, select

from app.sicantik import client as sc
from app.sicantik import guard
from db.models import Application
from tests.fake_sicantik import application_rows, configure, fast_client, run_pull_process

RSS_LIMIT_MB = 300

CASES = {
    # fault: (exception, words of its message)
    "endless": (sc.BadAnswer, "lebih besar dari 5 MB"),
    "gzip-bomb": (sc.BadAnswer, "lebih besar dari 5 MB"),
    "slow-body": (sc.TimedOut, "tidak selesai mengirim jawaban"),
    "slow-headers": (sc.TimedOut, "tidak menjawab dalam"),
    "deep": (sc.BadAnswer, "bersarang lebih dari 32 tingkat"),
    "deep-50": (sc.BadAnswer, "bersarang lebih dari 32 tingkat"),
    "nan": (sc.BadAnswer, r"angka yang tidak wajar \(NaN\)"),
    "1e999": (sc.BadAnswer, r"angka yang tidak wajar \(1e999\)"),
}


@pytest.mark.parametrize("fault", list(CASES))
def test_each_hostile_answer_is_refused_with_a_clear_message(loket, fake, fault):
    fake.faults = [fault] * 4
    fake.drip = 0.3
    configure(loket, fake, sicantik__max_answer_mb=5)
    # a short timeout only where the fault is slowness; a size or shape refusal must not race
    # the clock on a loaded machine (the gzip bomb once timed out before it was refused)
    c = fast_client(loket, timeout=1.0 if fault.startswith("slow") else 10.0)
    kind, words = CASES[fault]
    with pytest.raises(kind, match=words):
        list(c.by_range(sc.date(2026, 11, 2), sc.date(2026, 11, 2)))
    c.close()


def test_a_body_that_does_not_come_in_time_is_not_asked_again(loket, fake):
    fake.faults = ["slow-body"] * 4
    fake.drip = 0.3
    configure(loket, fake)
    c = fast_client(loket, timeout=1.0)
    with pytest.raises(sc.TimedOut):
        c.by_number("SC-2026-00001")
    assert len(fake.data_requests()) == 1 and c.sleeps == []


def test_strict_json():
    assert guard.loads('{"a": [1, 2.5, -3e2, "x"]}') == {"a": [1, 2.5, -300.0, "x"]}
    for text in ("NaN", "[Infinity]", '{"a": -Infinity}', "[1e400]", "[" + "9" * 50 + "]"):
        with pytest.raises(guard.BadJson, match="tidak wajar"):
            guard.loads(text)
    with pytest.raises(guard.BadJson, match="bersarang"):
        guard.loads("[" * 33 + "]" * 33)
    assert guard.loads("[" * 32 + "]" * 32)


def test_deflate_and_gzip_answers_are_read(loket, fake):
    import gzip
    import zlib
    body = b'{"success": true, "data": {"permohonan": [{"no_permohonan": "X"}], "total_items": 1}}'

    class R:
        def __init__(self, enc, data):
            import io
            self.headers = {"Content-Encoding": enc}
            self.raw = type("Raw", (), {"read": lambda s, n, decode_content=False: buf.read(n)})()
            buf = io.BytesIO(data)
    assert guard.read_body(R("gzip", gzip.compress(body)), 1000) == body
    assert guard.read_body(R("gzip", gzip.compress(body[:40]) + gzip.compress(body[40:])), 1000) == body
    assert guard.read_body(R("deflate", zlib.compress(body)), 1000) == body
    raw = zlib.compressobj(wbits=-15)
    assert guard.read_body(R("deflate", raw.compress(body) + raw.flush()), 1000) == body
    with pytest.raises(guard.TooLarge):
        guard.read_body(R("gzip", gzip.compress(body)), 50)
    with pytest.raises(guard.AnswerError, match="br"):
        guard.read_body(R("br", body), 1000)


@pytest.mark.parametrize("fault", ["endless", "gzip-bomb", "slow-body", "slow-headers", "deep", "1e999"])
def test_the_pull_exits_1_with_one_line_imports_nothing_and_stays_small(loket, fake, data_dir, fault):
    fake.rows = application_rows(3)
    fake.faults = [fault] * 8
    fake.drip = 0.5
    configure(loket, fake, sicantik__timeout_seconds=2)
    code, out, err, _seconds, rss = run_pull_process(data_dir, "--from", "2026-11-02", "--to", "2026-11-02")
    assert code == 1, (out, err)
    assert out == "" and len(err.strip().splitlines()) == 1, (out, err)
    assert err.startswith("loket: Halaman 1: ") and "Traceback" not in err
    with loket.Session() as s:
        assert s.scalar(select(func.count()).select_from(Application)) == 0
    assert rss < RSS_LIMIT_MB, f"peak RSS {rss:.0f} MB"
    assert os.path.exists(data_dir)
