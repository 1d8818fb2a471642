"""The benchmark registry: one module per area (bench_<area>.py) registers its
functions with @bench; tests/bench/run.py imports every such module, runs them
and writes the tables.

A bench function takes a `Context` and returns a list of `Result`. Add one:

    from tests.bench.registry import Result, bench, timed

    @bench("documents")
    def receipt_pdf(ctx):
        loket_times = timed(lambda: build_receipt(...), ctx.repeats)
        raw_times = timed(lambda: bare_canvas(...), ctx.repeats)
        return [Result.compare("receipt PDF, per document", loket_times, raw_times,
                               unit="ms", limit=40, max_ratio=2)]

`quick=True` puts it in `make bench-check` too (it must then run in seconds
on the small data set); `ctx.full` tells the two runs apart.
"""
from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path


@dataclass
class Result:
    what: str
    value: float
    unit: str
    baseline: float | None = None
    ratio: float | None = None
    target: str = "report"
    met: bool = True
    note: str = ""
    # An absolute ceiling `make bench-check` enforces as well (run.check): for a figure
    # whose ratio to its floor would not catch a regression (the floor follows the data).
    bound: float | None = None

    def as_json(self) -> dict:
        d = asdict(self)
        for k in ("value", "baseline", "ratio"):
            if d[k] is not None:
                d[k] = round(d[k], 4 if d[k] < 10 else 2)
        return d

    @classmethod
    def compare(cls, what: str, loket: list[float], raw: list[float] | None, *, unit: str = "ms",
                limit: float | None = None, p95_limit: float | None = None,
                max_ratio: float | None = None, scale: float = 1000.0, note: str = "") -> list[Result]:
        """Median (and p95 when p95_limit is given) of `loket` timings in seconds,
        against the same statistic of `raw`; one Result per statistic."""
        out = []
        med = statistics.median(loket) * scale
        raw_med = statistics.median(raw) * scale if raw else None
        ratio = med / raw_med if raw_med else None
        parts, met = [], True
        if limit is not None:
            parts.append(f"≤ {limit:g} {unit}")
            met &= med <= limit
        if max_ratio is not None and ratio is not None:
            parts.append(f"≤ {max_ratio:g}× raw")
            met &= ratio <= max_ratio
        out.append(cls(f"{what} — median", med, unit, raw_med, ratio,
                       ", ".join(parts) or "report", bool(met), note))
        if p95_limit is not None:
            p = p95(loket) * scale
            raw_p = p95(raw) * scale if raw else None
            out.append(cls(f"{what} — p95", p, unit, raw_p, p / raw_p if raw_p else None,
                           f"≤ {p95_limit:g} {unit}", p <= p95_limit, note))
        return out


@dataclass
class Context:
    full: bool                  # make bench (1,000,000) or make bench-check (small)
    n: int                      # applications in the data set
    data_dir: Path              # the data set's Loket data folder
    repeats: int
    meta: dict = field(default_factory=dict)   # how the data set was built


@dataclass
class Bench:
    area: str
    name: str
    fn: Callable[[Context], list[Result]]
    quick: bool


BENCHES: list[Bench] = []


def bench(area: str, *, quick: bool = True):
    def deco(fn):
        BENCHES.append(Bench(area, fn.__name__, fn, quick))
        return fn
    return deco


def p95(xs: list[float]) -> float:
    s = sorted(xs)
    return s[min(len(s) - 1, int(round(0.95 * (len(s) - 1))))]


def timed(fn: Callable[[], object], repeats: int, warmup: int = 1, *, cpu: bool = False) -> list[float]:
    """Seconds per call. cpu=True counts this process's CPU time instead of the wall
    clock: for single-threaded work measured against a floor in the same run, the
    ratio then holds on a shared, loaded machine (a long call is preempted more
    often than a short one, which skews a wall-clock ratio)."""
    clock = time.process_time if cpu else time.perf_counter
    for _ in range(warmup):
        fn()
    out = []
    for _ in range(repeats):
        t = clock()
        fn()
        out.append(clock() - t)
    return out
