"""Crash safety: `loket sync` killed with SIGKILL at 20 random moments while
officers keep working, and the central server dropping the connection in the
middle of a push. Afterwards central and local hold the same rows, each once."""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

import pytest
from sqlalchemy import select, text

from app import config
from app.sync.central import CentralError
from app.sync.push import pending
from db.models import Application
from tests.central_db import BACKENDS
from tests.sync_helpers import central_db, count, new_file, table_ids

pytestmark = [pytest.mark.central, pytest.mark.slow]

TABLES = ("applicant", "application", "workflow_event")


@pytest.fixture(params=BACKENDS)
def central(request):
    with central_db(request.param) as (url, engine):
        yield request.param, url, engine


# typed: keys are 16 bytes in the SQLite file (db/base.py)
_ID_VERSION = select(Application.__table__.c.id, Application.__table__.c.version)


def _sync_cmd(folder, *extra):
    return [sys.executable, "-m", "app", "--data-dir", str(folder), "sync", "--once", *extra]


def _add_files(st, n):
    with st.Session() as s:
        ids = [new_file(s, st.name).id for _ in range(n)]
        s.commit()
    return ids


def _wait_until_syncing(proc, lock_path, timeout: float = 30) -> None:
    """Until the child holds the sync lock (it is past start-up and imports).
    Read from /proc so the test never touches the lock itself."""
    target = str(lock_path.resolve())
    end = time.monotonic() + timeout
    while time.monotonic() < end and proc.poll() is None:
        try:
            fds = os.listdir(f"/proc/{proc.pid}/fd")
            if any(os.path.realpath(f"/proc/{proc.pid}/fd/{fd}") == target for fd in fds):
                return
        except OSError:
            pass
        time.sleep(0.01)


def test_sigkill_at_20_random_moments(central, stations):
    backend, url, engine = central
    seed = int(os.environ.get("LOKET_CRASH_SEED", time.time_ns() % 100000))
    rng = random.Random(seed)
    a, b = stations("LOKET2-A", engine), stations("LOKET2-B", engine)
    with a.Session() as s:
        config.set_(s, "central.url", url)
        s.commit()
    b.sync()
    made_a = _add_files(a, 300)
    made_b = _add_files(b, 100)
    b.sync()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    cwd = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    def start():
        proc = subprocess.Popen(_sync_cmd(a.loket.data_dir, "--batch", "20"), cwd=cwd, env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _wait_until_syncing(proc, a.loket.data_dir / "sync.lock")
        return proc, time.monotonic()
    # How fast a sync moves rows here (the first one, run to its end), so that the
    # kills land inside the sync on a fast machine as on a slow one.
    proc, t0 = start()
    assert proc.wait(120) == 0
    rate = (len(made_a) * 3 + len(made_b) * 3) / max(0.05, time.monotonic() - t0)
    killed_mid_run = progressed = 0
    for _ in range(20):
        made_a.extend(_add_files(a, 20))        # the counter keeps working…
        made_b.extend(_add_files(b, 10))
        b.sync()                                # …and so does the other workstation
        before = pending(a.engine)
        expected = (before + 30) / rate
        proc, _ = start()
        time.sleep(rng.uniform(0.0, 0.9 * expected))   # a random moment inside the sync
        if proc.poll() is None:
            killed_mid_run += 1
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
        progressed += pending(a.engine) < before
    print(f"seed {seed}: {killed_mid_run} of 20 kills inside a running sync, {progressed} after "
          "some batches were acknowledged")
    # Most kills must land inside a running sync for the test to mean anything.
    assert killed_mid_run >= 15, f"seed {seed}: only {killed_mid_run} kills hit a running sync"
    assert progressed >= 4, f"seed {seed}: only {progressed} kills came after a first acknowledged batch"
    done = subprocess.run(_sync_cmd(a.loket.data_dir), cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, f"seed {seed}: {done.stderr}"
    assert pending(a.engine) == 0
    with engine.connect() as c:
        central_rows = {t: table_ids(c, t) for t in TABLES}
        assert count(c, "application") == len(made_a) + len(made_b), f"seed {seed}"
        assert count(c, "workflow_event") == len(made_a) + len(made_b)
        versions = dict(c.execute(_ID_VERSION).all())
    with a.engine.connect() as c:
        local_rows = {t: table_ids(c, t) for t in TABLES}
        local_versions = dict(c.execute(_ID_VERSION).all())
    assert local_rows == central_rows, f"seed {seed}"
    assert set(made_a) | set(made_b) == set(central_rows["application"])
    assert local_versions == versions
    # A new workstation killed three times in the middle of its first sync (the
    # bootstrap) still ends with every file, each once.
    c = stations("LOKET2-C", engine)
    with c.Session() as s:
        config.set_(s, "central.url", url)
        s.commit()
    for _ in range(3):
        proc = subprocess.Popen(_sync_cmd(c.loket.data_dir), cwd=cwd, env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _wait_until_syncing(proc, c.loket.data_dir / "sync.lock")
        time.sleep(rng.uniform(0.0, 0.9 * len(central_rows["application"]) * 3 / rate))
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
    done = subprocess.run(_sync_cmd(c.loket.data_dir), cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, f"seed {seed}: {done.stderr}"
    with c.engine.connect() as conn:
        assert {t: table_ids(conn, t) for t in TABLES} == central_rows, f"seed {seed}"


def test_connection_dropped_mid_push_resumes(central, stations):
    backend, url, engine = central
    a = stations("LOKET2-A", engine)
    a.sync()
    made = _add_files(a, 60)
    admin = engine

    def drop(conn):   # the server goes away after the rows, before the commit
        if backend == "postgresql":
            pid = conn.execute(text("SELECT pg_backend_pid()")).scalar()
            with admin.connect() as k:
                k.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid})
                k.commit()
        else:
            cid = conn.execute(text("SELECT CONNECTION_ID()")).scalar()
            with admin.connect() as k:
                k.execute(text(f"KILL CONNECTION {int(cid)}"))
    with pytest.raises(CentralError):
        a.sync(hooks={"before_clock": drop}, batch=50)
    assert pending(a.engine) > 0
    res = a.sync()
    assert pending(a.engine) == 0 and res.push.rejected == []
    with engine.connect() as c:
        assert set(made) == set(table_ids(c, "application"))
        assert count(c, "workflow_event") == 60
        # every change-log row is stamped; nothing half-written remains
        assert c.execute(text("SELECT count(*) FROM sync_change WHERE seq IS NULL")).scalar() == 0
