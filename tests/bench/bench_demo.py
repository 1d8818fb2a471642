"""`loket demo --applications N`: total time and peak memory, measured when
the data set was built (tests/bench/datasets.py)."""
from __future__ import annotations

from tests.bench.registry import Result, bench


@bench("demo")
def demo_generation(ctx) -> list[Result]:
    m = ctx.meta
    n = f"{ctx.n:,}".replace(",", ".")
    return [
        Result(f"loket demo --applications {n}: total time", m["seconds"], "s",
               note="measured when the data set was built"),
        Result(f"loket demo --applications {n}: peak RSS", m["peak_rss_mb"], "MB",
               note="measured when the data set was built"),
    ]
