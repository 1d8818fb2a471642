"""Run the benchmarks.

    python -m tests.bench.run                 # make bench: 1,000,000 applications,
                                              # writes tests/bench/results.json and results.md
    python -m tests.bench.run --check         # make bench-check: the quick suite on a small
                                              # data set, compared with tests/bench/baseline.json
    python -m tests.bench.run --check --update-baseline
    python -m tests.bench.run --check --update-baseline --only documents   # only those rows
    python -m tests.bench.run --only search,documents

Every figure is a median over repeated runs (p95 too where latency matters),
next to the raw limit measured in the same run. The check compares ratios
(Loket ÷ raw in the same run), not absolute times, so a slower or busier
machine does not fail it; a ratio may grow by TOLERANCE over the baseline, and
a slowdown below NOISE_MS in absolute terms is ignored (sub-0.1 ms lookups
jitter by more than that on a shared machine).
"""
from __future__ import annotations

import argparse
import importlib
import json
import os
import pkgutil
import sys
import time
import traceback
from pathlib import Path

from tests.bench import datasets
from tests.bench.registry import BENCHES, Context, Result

HERE = Path(__file__).resolve().parent
FULL_N = 1_000_000
CHECK_N = int(os.environ.get("LOKET_BENCH_CHECK_N", "50000"))
TOLERANCE = 0.6          # a ratio may be up to 60 % above its baseline
RATIO_FLOOR = 1.0        # ratios below this are never a regression (Loket as fast as raw)
NOISE_MS = 0.05          # a slowdown smaller than this, in absolute terms, is timer noise
SIZE_UNITS = {"B/app"}   # database sizes (bench_dbsize.py): deterministic, no median…
SIZE_TOLERANCE = 0.10    # …so a tighter bound


def load_modules() -> None:
    import tests.bench as pkg
    for m in pkgutil.iter_modules(pkg.__path__):
        if m.name.startswith("bench_"):
            importlib.import_module(f"tests.bench.{m.name}")


def fmt(v: float | None) -> str:
    if v is None:
        return "—"
    if v >= 100:   # a thin space groups thousands: neither "1,433" nor "1.433" misleads
        return f"{v:,.0f}".replace(",", "\u2009")
    if v >= 10:
        return f"{v:.1f}"
    if v >= 0.1:
        return f"{v:.2f}"
    return f"{v:.3f}"


def table(results: list[Result]) -> str:
    lines = ["| what | Loket | raw baseline | ratio | target | met |", "|---|---|---|---|---|---|"]
    for r in results:
        base = f"{fmt(r.baseline)} {r.unit}" if r.baseline is not None else "—"
        ratio = f"{r.ratio:.2f}×" if r.ratio is not None else "—"
        met = "yes" if r.met else "**no**"
        what = r.what + (f" <br><sub>{r.note}</sub>" if r.note else "")
        lines.append(f"| {what} | {fmt(r.value)} {r.unit} | {base} | {ratio} | {r.target} | {met} |")
    return "\n".join(lines)


def machine() -> str:
    import platform
    import sqlite3
    return (f"{platform.node()} · {os.cpu_count()} CPU · Python {platform.python_version()} · "
            f"SQLite {sqlite3.sqlite_version}")


def run(ctx: Context, only: set[str] | None, quick: bool) -> list[Result]:
    results: list[Result] = []
    for b in BENCHES:
        if only and b.area not in only:
            continue
        if quick and not b.quick:
            continue
        t = time.perf_counter()
        print(f"· {b.area}: {b.name} …", file=sys.stderr, flush=True)
        try:
            got = b.fn(ctx)
        except Exception as e:  # one broken area must not hide the others
            traceback.print_exc()
            got = [Result(f"{b.area}: {b.name}", float("nan"), "", target="runs", met=False,
                          note=f"failed: {type(e).__name__}: {str(e)[:200]}")]
        results += got
        print(f"  {len(got)} figures in {time.perf_counter() - t:.1f} s", file=sys.stderr, flush=True)
    return results


def check(results: list[Result], baseline_file: Path) -> list[str]:
    """Regressions: ratios (medians) that grew beyond the tolerance."""
    base = {r["what"]: r for r in json.loads(baseline_file.read_text())["results"]}
    failures = []
    for r in results:
        if r.value != r.value:                      # NaN: the bench failed to run
            failures.append(f"{r.what}: {r.note}")
            continue
        if r.bound is not None and r.value > r.bound:
            failures.append(f"{r.what}: {r.value:,.0f} {r.unit} > the bound {r.bound:,.0f} {r.unit}")
        b = base.get(r.what)
        # medians of timings; sizes (B/app) are exact, so guarded as they are
        guarded = r.what.endswith("median") or r.unit in SIZE_UNITS
        if b is None or r.ratio is None or b.get("ratio") is None or not guarded:
            continue
        tol = SIZE_TOLERANCE if r.unit in SIZE_UNITS else TOLERANCE
        limit = max(RATIO_FLOOR, b["ratio"] * (1 + tol))
        grew_ms = (r.value - b["value"]) * (1000 if r.unit == "s" else 1 if r.unit == "ms" else 0)
        if r.ratio > limit and (r.unit not in ("ms", "s") or grew_ms > NOISE_MS):
            failures.append(f"{r.what}: ratio {r.ratio:.2f}× > {limit:.2f}× "
                            f"(baseline {b['ratio']:.2f}× + {tol:.0%})")
    return failures


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m tests.bench.run")
    p.add_argument("--check", action="store_true", help="quick suite, compare with baseline.json")
    p.add_argument("--update-baseline", action="store_true", help="with --check: write baseline.json")
    p.add_argument("--only", help="comma-separated areas (search, search table, documents, demo, startup, sync)")
    p.add_argument("--n", type=int, help="applications in the data set (default 1,000,000 / 50,000)")
    args = p.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    load_modules()
    n = args.n or (CHECK_N if args.check else FULL_N)
    started = time.perf_counter()
    data_dir, meta = datasets.ensure(n, log=lambda m: print(m, file=sys.stderr, flush=True))
    # Bring the data set to the current schema once, without the pre-upgrade
    # backup copy the GUI would make of a multi-gigabyte file.
    from app.runtime import open_loket
    open_loket(data_dir, backup=False).close()
    ctx = Context(full=not args.check, n=n, data_dir=data_dir, repeats=30 if not args.check else 10,
                  meta=meta)
    only = {a.strip() for a in args.only.split(",")} if args.only else None
    results = run(ctx, only, quick=args.check)
    elapsed = time.perf_counter() - started
    print(table(results))
    print(f"\n{len(results)} figures in {elapsed:.0f} s on {machine()}", file=sys.stderr)
    if args.check:
        out = datasets.ROOT / "check-results.json"
        out.write_text(json.dumps([r.as_json() for r in results], indent=1, ensure_ascii=False))
        baseline = HERE / "baseline.json"
        if args.update_baseline:
            rows = [r.as_json() for r in results]
            if only and baseline.exists():
                # a partial run (--only) replaces its own figures and keeps everyone else's
                mine = {r["what"]: r for r in rows}
                old = json.loads(baseline.read_text())["results"]
                rows = ([mine.pop(r["what"], r) for r in old]      # in place, in the file's order
                        + list(mine.values()))
            baseline.write_text(json.dumps({
                "n": n, "tolerance": TOLERANCE, "machine": machine(),
                "note": "make bench-check fails when a median ratio (Loket ÷ raw, same run) exceeds "
                        "baseline × (1 + tolerance); absolute times are not compared.",
                "results": rows}, indent=1, ensure_ascii=False) + "\n")
            print(f"baseline written: {baseline}", file=sys.stderr)
            return 0
        if not baseline.exists():
            print("no baseline yet: run with --check --update-baseline", file=sys.stderr)
            return 1
        failures = check(results, baseline)
        for f in failures:
            print(f"REGRESSION {f}", file=sys.stderr)
        print("bench-check: " + ("FAILED" if failures else "ok"), file=sys.stderr)
        return 1 if failures else 0
    if only:       # a partial run never overwrites the published tables
        return 0
    (HERE / "results.json").write_text(json.dumps([r.as_json() for r in results], indent=1,
                                                  ensure_ascii=False) + "\n")
    (HERE / "results.md").write_text(
        f"# Loket benchmarks\n\n{n:,} applications · {machine()} · "
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}\n\n".replace(",", ".")
        + table(results) + "\n")
    print(f"wrote {HERE / 'results.json'} and results.md", file=sys.stderr)
    _update_readme((HERE / "results.md").read_text().split("\n", 2)[2])
    return 0


def _update_readme(table_md: str) -> None:
    """Put the latest table in the README, between its bench-table markers."""
    readme = HERE.parents[1] / "README.md"
    text = readme.read_text()
    start, end = "<!-- bench-table -->", "<!-- /bench-table -->"
    if start in text and end in text:
        head, rest = text.split(start, 1)
        _, tail = rest.split(end, 1)
        readme.write_text(f"{head}{start}\n{table_md.strip()}\n{end}{tail}")


if __name__ == "__main__":
    sys.exit(main())
