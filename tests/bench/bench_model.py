"""Opening the search table over every application and scrolling to the end:
time to the first rows and the peak memory of the process (a child process,
so nothing else in the benchmark run inflates it)."""
from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.bench.registry import Result, bench


def probe(ctx, max_seconds: float) -> dict:
    p = subprocess.run([sys.executable, "-m", "tests.bench.probe_model", str(ctx.data_dir),
                        "--max-seconds", str(max_seconds)], capture_output=True, text=True,
                       env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=max_seconds + 300)
    if p.returncode != 0:
        raise RuntimeError(p.stderr[-2000:])
    return json.loads(p.stdout.strip().splitlines()[-1])


@bench("search table")
def open_and_scroll(ctx) -> list[Result]:
    # Scrolling a million rows in pages of 100 is 10,000 fetches; give it time on
    # the full run, and a few seconds on the quick check.
    r = probe(ctx, 900 if ctx.full else 0)
    n = f"{ctx.n:,}".replace(",", ".")
    note = f"via {r['via']}; {r['rows']:,} rows loaded".replace(",", ".")
    out = [
        Result(f"open search result over {n} rows: time to first rows", r["first_rows_ms"], "ms",
               target="≤ 200 ms", met=r["first_rows_ms"] <= 200, note=note),
        Result(f"open search result over {n} rows: peak RSS after first page", r["rss_first_page_mb"],
               "MB", target="≤ 300 MB", met=r["rss_first_page_mb"] <= 300, note=note),
    ]
    if ctx.full:
        end = "reached the end" if r["reached_end"] else "stopped before the end"
        out += [
            Result(f"scroll to the end of {n} rows: time", r["scroll_seconds"], "s",
                   target="report", met=True, note=f"{note}; {end}"),
            Result(f"scroll to the end of {n} rows: peak RSS", r["peak_rss_mb"], "MB",
                   target="≤ 300 MB", met=r["peak_rss_mb"] <= 300 and r["reached_end"],
                   note=f"{note}; {end}"),
        ]
    return out
