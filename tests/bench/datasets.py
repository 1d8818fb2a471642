"""The benchmark data sets: a Loket data folder with N demo applications,
built once with `loket demo` and cached under tests/bench/data/ (gitignored).
Building it is itself measured (wall time, peak RSS of the process) and kept
in meta.json beside it, for the `loket demo` row of the table."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent / "data"
SEED = 1


def folder(n: int) -> Path:
    return ROOT / ("1m" if n == 1_000_000 else f"n{n}")


def _meta_from_time_log(log: Path) -> dict | None:
    """A data set built by hand under /usr/bin/time -v (see README)."""
    if not log.exists():
        return None
    text = log.read_text(errors="replace")
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)", text)
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", text)
    if not (wall and rss and "Exit status: 0" in text):
        return None
    secs = 0.0
    for part in wall.group(1).split(":"):
        secs = secs * 60 + float(part)
    return {"seconds": secs, "peak_rss_mb": int(rss.group(1)) / 1024}


def ensure(n: int, *, log=print) -> tuple[Path, dict]:
    """The data set's folder and meta, building it first when needed. Two bench
    runs at once (the tree is shared) wait for each other instead of one
    deleting the file the other is writing."""
    import fcntl
    ROOT.mkdir(parents=True, exist_ok=True)
    with open(ROOT / f"{folder(n).name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        return _ensure(n, log)


def _ensure(n: int, log) -> tuple[Path, dict]:
    d = folder(n)
    meta_file = d / "meta.json"
    if meta_file.exists():
        return d, json.loads(meta_file.read_text())
    if (d / "loket.sqlite3").exists():
        meta = _meta_from_time_log(ROOT / f"{d.name}.demo.log")
        if meta is not None:
            meta.update(n=n, seed=SEED)
            meta_file.write_text(json.dumps(meta, indent=1))
            return d, meta
        # half-built by an interrupted run: start again
        for f in d.glob("loket.sqlite3*"):
            f.unlink()
    d.mkdir(parents=True, exist_ok=True)
    log(f"building the {n:,}-application data set in {d} (once) …")
    cmd = [sys.executable, "-c",
           "import resource, sys, time\n"
           "from app.cli import main\n"
           "t = time.perf_counter()\n"
           "rc = main(sys.argv[1:])\n"
           "print('BENCH', time.perf_counter() - t, "
           "resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n"
           "sys.exit(rc)\n",
           "--data-dir", str(d), "demo", "--applications", str(n), "--seed", str(SEED), "--quiet"]
    started = time.perf_counter()
    p = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    if p.returncode != 0:
        raise SystemExit(f"loket demo failed:\n{p.stderr}")
    line = [ln for ln in p.stderr.splitlines() if ln.startswith("BENCH ")][-1].split()
    meta = {"n": n, "seed": SEED, "seconds": float(line[1]), "peak_rss_mb": int(line[2]) / 1024,
            "process_seconds": time.perf_counter() - started}
    meta_file.write_text(json.dumps(meta, indent=1))
    return d, meta
