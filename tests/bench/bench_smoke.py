"""`loket --smoke` (start to the first painted main window with data,
offscreen) against a bare PySide6 window process, both timed from the
subprocess start to the line they print."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from tests.bench.registry import Result, bench

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow(); w.setCentralWidget(QLabel("Loket")); w.resize(1200, 800); w.show()
def painted():
    w.grab()                      # forces a paint, as the smoke test waits for one
    print("bare: painted", flush=True)
    app.quit()
QTimer.singleShot(0, painted)
app.exec()
"""


def _cpu_children() -> float:
    import resource
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def _env(cache: Path) -> dict[str, str]:
    """Both processes as an installed Loket runs: offscreen, and with compiled
    bytecode. A shell with PYTHONDONTWRITEBYTECODE set (this machine's has) made
    every smoke compile Loket's hundred-odd modules from source, ~0.15 s that no
    installed copy pays (pip and the installer compile them once); the bare window's
    script is one module, so the ratio mostly measured the compiler. The cache
    lives beside the data set, not in the source tree."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONPYCACHEPREFIX=str(cache))
    return env


def _time(cmd: list[str], env: dict[str, str], cpu: list[float] | None = None) -> float:
    c0 = _cpu_children()
    t = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    line = p.stdout.readline()
    elapsed = time.perf_counter() - t
    rest, err = p.communicate(timeout=120)
    if p.returncode != 0 or not line.strip():
        raise RuntimeError(f"{cmd[:4]} failed ({p.returncode}): {err[-1500:]}")
    if cpu is not None:     # the whole run's CPU (the smoke exits right after its paint)
        cpu.append(_cpu_children() - c0)
    return elapsed


@bench("startup")
def smoke(ctx) -> list[Result]:
    import shutil
    loket = shutil.which("loket", path=os.path.dirname(sys.executable)) or "loket"
    reps = 5 if ctx.full else 3
    env = _env(Path(ctx.data_dir).parent / "pycache")
    _time([sys.executable, "-c", BARE], env)       # warm the OS file cache (and the bytecode) for both
    _time([loket, "--data-dir", str(ctx.data_dir), "--smoke"], env)
    bare, ours, bare_cpu, ours_cpu = [], [], [], []
    for _ in range(reps):
        bare.append(_time([sys.executable, "-c", BARE], env, bare_cpu))
        ours.append(_time([loket, "--data-dir", str(ctx.data_dir), "--smoke"], env, ours_cpu))
    n = f"{ctx.n:,}".replace(",", ".")
    return (Result.compare(f"loket --smoke to the painted main window ({n} applications)",
                           ours, bare, unit="s", scale=1.0, max_ratio=2.5)
            + Result.compare(f"loket --smoke to the painted main window ({n} applications), CPU time",
                             ours_cpu, bare_cpu, unit="s", scale=1.0, max_ratio=2.5,
                             note="user + system time of the whole process: steadier than the wall "
                                  "clock on a loaded machine"))
