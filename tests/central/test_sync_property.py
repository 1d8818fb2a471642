"""Property: whatever three workstations do offline, in whatever order they sync,
and wherever a sync is killed, in the end every workstation and the central
database hold the same rows and nothing anyone wrote is lost.

Hypothesis draws the interleaving: offline actions (new files, workflow steps,
edits of a shared applicant), in-process syncs, and kills — a real `loket sync
--once` process of that workstation, started on its data folder and sent
SIGKILL at a drawn moment after it took the sync lock (batches of 3, so a
kill lands between batches, inside a central transaction or between the
central commit and the local acknowledgement). The examples are few and
bounded (a kill costs a process start), so the test stays well under a
minute per backend; each example is three fresh workstations on an emptied
central database."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text

from app import config, workflow
from app.sync import tables as T
from db.models import Applicant, Application
from tests.central.test_sync_cases import assert_same_rows
from tests.central.test_sync_crash import _wait_until_syncing
from tests.central_db import BACKENDS
from tests.sync_helpers import Station, _empty, central_db, new_file

pytestmark = pytest.mark.central

MAX_KILLS = 2   # per example: each is a process start (about two seconds here)
OP = st.one_of(
    st.tuples(st.sampled_from(["new", "step", "step", "edit", "sync"]), st.integers(0, 2), st.just(0.0)),
    st.tuples(st.just("kill"), st.integers(0, 2), st.floats(0.0, 0.8)))
OPS = st.lists(OP, min_size=4, max_size=12).filter(lambda ops: sum(o[0] == "kill" for o in ops) <= MAX_KILLS)
ROOT = Path(__file__).resolve().parents[2]


def _step(s, ws: str, n: int) -> None:
    """The n-th open file of this workstation moves on by one allowed action
    (single-shot actions aside: a second signature is refused by design)."""
    from app.services.context import Actor
    actor = Actor("officer-all", "semua", "Petugas Uji", None, frozenset(workflow.ROLES), ws)
    apps = s.scalars(select(Application).where(Application.state.in_(sorted(workflow.OPEN_STATES)))
                     .order_by(Application.id)).all()
    if not apps:
        return
    app = apps[n % len(apps)]
    for a in workflow.allowed_actions(app, actor.roles):
        if a.key in T.SINGLE_SHOT_ACTIONS or None in a.from_states:
            continue
        workflow.apply(s, app, a.key, actor, {k: f"{ws}-{k}" for k in a.required})
        s.commit()
        return


def _kill_a_sync(w: Station, moment: float) -> bool:
    """Start `loket sync --once` on this workstation's folder, SIGKILL it
    `moment` seconds after it holds the sync lock. True when it was still running."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen([sys.executable, "-m", "app", "--data-dir", str(w.loket.data_dir), "sync",
                             "--once", "--batch", "3"], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _wait_until_syncing(proc, w.loket.data_dir / "sync.lock")
    time.sleep(moment)
    alive = proc.poll() is None
    proc.send_signal(signal.SIGKILL)
    proc.wait(30)
    return alive


@pytest.mark.parametrize("backend", BACKENDS)
def test_interleaved_offline_work_syncs_and_sigkills_converge(backend, tmp_path_factory):
    killed: list[bool] = []
    with central_db(backend) as (url, engine):

        # No shrinking: a failure is reported as drawn, in seconds rather than minutes.
        @settings(max_examples=3, deadline=None, database=None, derandomize=True,
                  phases=[Phase.explicit, Phase.generate],
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                         HealthCheck.filter_too_much])
        @given(OPS)
        # One example sure to kill mid-sync: right after the lock, with files queued.
        @example([("new", 0, 0.0), ("new", 0, 0.0), ("step", 0, 0.0), ("new", 1, 0.0), ("sync", 1, 0.0),
                  ("edit", 0, 0.0), ("new", 0, 0.0), ("kill", 0, 0.0), ("edit", 1, 0.0), ("kill", 1, 0.0)])
        def run(ops):
            _empty(engine)
            base = tmp_path_factory.mktemp("ws")
            sts = [Station(base / f"W{i}", f"W{i}", engine) for i in range(3)]
            for w in sts:
                with w.Session() as s:
                    config.set_(s, "central.url", url)
                    s.commit()
            made: set[str] = set()
            try:
                for op, i, moment in ops:
                    w = sts[i]
                    if op == "new":
                        with w.Session() as s:
                            made.add(new_file(s, w.name).id)
                            s.commit()
                    elif op == "step":
                        with w.Session() as s:
                            _step(s, w.name, len(made))
                    elif op == "edit":
                        with w.Session() as s:
                            p = s.scalars(select(Applicant).order_by(Applicant.id)).first()
                            if p is not None:
                                p.phone, p.updated_ws = f"08{len(made)}{i}", w.name
                                s.commit()
                    elif op == "sync":
                        w.sync()
                    else:
                        killed.append(_kill_a_sync(w, moment))
                for _round in range(2):
                    for w in sts:
                        assert w.sync().refused == 0
                snap = assert_same_rows(engine, *sts)
                assert made <= set(snap["application"])
                with engine.connect() as c:   # each event once, each application's order intact
                    dup = c.execute(text("SELECT application_id, seq, count(*) FROM workflow_event "
                                         "GROUP BY application_id, seq, id HAVING count(*) > 1")).all()
                assert dup == []
            finally:
                for w in sts:
                    w.close()

        run()
    print(f"{backend}: {len(killed)} SIGKILLs, {sum(killed)} inside a running sync")
    # The kills were real: at least one process died in the middle of its sync.
    assert killed and any(killed), killed
