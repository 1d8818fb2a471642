"""SiCantik's hostile answers (issue #18): how long `loket sicantik pull` takes to give
up on each, and its peak memory (RSS of that process, from wait4), against the
stand-in server of the tests. Every case must end within a few times
`sicantik.timeout_seconds` (here 5 s) and stay under 300 MB.

    python -m tests.bench.bench_sicantik      # just these, printed
"""
from __future__ import annotations

import tempfile
from pathlib import Path

from tests.bench.registry import Result, bench

CASES = ("endless", "gzip-bomb", "slow-body", "slow-headers", "deep", "nan", "1e999")
TIMEOUT = 5
RSS_LIMIT_MB = 300


def measure(fault: str) -> tuple[int, str, float, float]:
    """(exit code, the one line, seconds, peak RSS MB) of one pull against `fault`."""
    from app.runtime import open_loket
    from tests.fake_sicantik import FakeSicantik, application_rows, configure, run_pull_process
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        data.mkdir()
        server = FakeSicantik().start()
        try:
            server.rows = application_rows(3)
            server.faults = [fault] * 8
            server.drip = 2.0                     # "one byte every few seconds"
            lk = open_loket(data)
            configure(lk, server, secrets=False, sicantik__timeout_seconds=TIMEOUT)
            lk.close()
            code, _out, err, seconds, rss = run_pull_process(data, "--from", "2026-11-02", "--to", "2026-11-02")
        finally:
            server.stop()
    return code, err.strip(), seconds, rss


@bench("sicantik", quick=False)
def hostile_answers(ctx) -> list[Result]:
    out = []
    for fault in CASES:
        code, line, seconds, rss = measure(fault)
        out.append(Result(f"hostile answer “{fault}”: pull gives up — time", seconds, "s",
                          target=f"≤ {4 * TIMEOUT + 8} s", met=code == 1 and seconds <= 4 * TIMEOUT + 8,
                          note=line[:120]))
        out.append(Result(f"hostile answer “{fault}”: pull gives up — peak RSS", rss, "MB",
                          target=f"≤ {RSS_LIMIT_MB} MB", met=rss <= RSS_LIMIT_MB))
    return out


if __name__ == "__main__":
    for fault in CASES:
        code, line, seconds, rss = measure(fault)
        print(f"{fault:<13} exit {code}  {seconds:6.1f} s  {rss:6.0f} MB  {line[:150]}")
