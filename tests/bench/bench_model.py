"""The search table and the worklist over every application: time to the first
rows, the peak memory of the process after scrolling from the first row to the
last, and Ctrl+End (key press to the last rows painted), each in a child process
so nothing else in the benchmark run inflates its memory.

Floors measured in the same run: the process's RSS before any model exists (Qt,
the application's modules, the open database: what a table costs on top of
that is the table's), and the same keyset query for the last rows on a bare
sqlite3 connection. Targets (issue 17): peak RSS ≤ 250 MB after scrolling a
million rows, Ctrl+End ≤ 50 ms (median and p95 of the jumps; the key press to the
end of the first paint that has the last rows). Beside the Ctrl+End median, the
process's CPU time per jump and the load average: on two cores shared by a team
the wall time is the CPU time times the queue it waited in.

`LOKET_BENCH_MODEL_DIR` points the probe at another data folder (for example one
made by `python -m tests.bench.clone`, a million rows in seconds)."""
from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

from tests.bench.registry import Result, bench


def probe(data_dir: Path, table: str, max_seconds: float, jumps: int) -> dict:
    p = subprocess.run([sys.executable, "-m", "tests.bench.probe_model", str(data_dir), "--table", table,
                        "--max-seconds", str(max_seconds), "--jumps", str(jumps)],
                       capture_output=True, text=True,
                       env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=max_seconds + 600)
    last = (p.stdout.strip().splitlines() or [""])[-1]
    if p.returncode != 0:
        # the probe says what it waited for in vain (a failed fetch, a page that never came)
        said = json.loads(last).get("error") if last.startswith("{") else None
        raise RuntimeError(f"{table} probe: {said}" if said else p.stderr[-2000:])
    return json.loads(last)


def results(r: dict, label: str) -> list[Result]:
    n = f"{r['rows']:,}".replace(",", ".")
    end = ("reached the last row" if r["reached_end"] else
           f"stopped at row {r.get('scrolled_rows', 0):,}".replace(",", ".") + " (out of time)")
    note = f"{n} rows; {end} in {r['scroll_seconds']:.0f} s; window at the end: {r['window_pages']} pages"
    raw = statistics.median(r["raw_end_ms"])
    return [
        Result(f"{label}: time to first rows", r["first_rows_ms"], "ms", target="≤ 200 ms",
               met=r["first_rows_ms"] <= 200, note=f"{n} rows"),
        Result(f"{label}: peak RSS after scrolling from the first row to the last — median", r["peak_rss_mb"], "MB",
               baseline=r["rss_bare_mb"], ratio=r["peak_rss_mb"] / r["rss_bare_mb"], target="≤ 250 MB",
               met=r["peak_rss_mb"] <= 250 and r["reached_end"],
               note=f"floor: the same process before any model; {note}"),
        Result(f"{label}: Ctrl+End to the last rows painted — median", r["ctrl_end_median_ms"], "ms",
               baseline=raw, ratio=r["ctrl_end_median_ms"] / raw if raw else None, target="≤ 50 ms",
               met=r["ctrl_end_median_ms"] <= 50 and r["ctrl_end_shows_last"],
               note=f"floor: the same keyset query for the last rows on bare sqlite3; {n} rows; "
                    f"{len(r['ctrl_end_ms'])} jumps; CPU of the process per jump "
                    f"{statistics.median(r['ctrl_end_cpu_ms']):.1f} ms (median); "
                    f"load average {statistics.median(r['load_1min']):.1f} on {os.cpu_count()} cores"),
        Result(f"{label}: Ctrl+End to the last rows painted — p95", r["ctrl_end_p95_ms"], "ms",
               baseline=max(r["raw_end_ms"]), target="report", met=True,
               note=f"{len(r['ctrl_end_ms'])} jumps"),
    ]


@bench("search table")
def open_scroll_and_jump(ctx) -> list[Result]:
    data_dir = Path(os.environ.get("LOKET_BENCH_MODEL_DIR") or ctx.data_dir)
    out = []
    for table, label in (("search", "search table"), ("worklist", "worklist (head of office, all units)")):
        out += results(probe(data_dir, table, 1800 if ctx.full else 300, 9 if ctx.full else 5), label)
    return out
