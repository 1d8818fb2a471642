"""Property: whatever three workstations do offline, in whatever order they sync,
and wherever a sync is killed (between the central commit and the local
acknowledgement, or before the central commit), in the end every workstation and
the central database hold the same rows and nothing anyone wrote is lost.

Hypothesis draws the interleaving; the examples are few and bounded so the test
stays fast (each example is three fresh workstations on an emptied central
database). A kill is the crash hook of the pusher raising at that moment, the
same moments the SIGKILL test (test_sync_crash.py) aims at."""
from __future__ import annotations

import contextlib

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text

from app import workflow
from app.sync import tables as T
from app.sync.central import CentralError
from db.models import Applicant, Application
from tests.central_db import BACKENDS
from tests.sync_helpers import Station, _empty, central_db, new_file
from tests.test_sync_cases import assert_same_rows

pytestmark = pytest.mark.central

OPS = st.lists(st.tuples(st.sampled_from(["new", "step", "step", "edit", "sync", "kill_after_commit",
                                          "kill_before_commit"]), st.integers(0, 2)),
               min_size=4, max_size=14)


class Kill(Exception):
    pass


def _kill():
    raise Kill()


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


@pytest.mark.parametrize("backend", BACKENDS)
def test_interleaved_offline_work_syncs_and_kills_converge(backend, tmp_path_factory):
    with central_db(backend) as (_url, engine):

        # No shrinking: a failure is reported as drawn, in seconds rather than minutes.
        @settings(max_examples=4, deadline=None, database=None, derandomize=True,
                  phases=[Phase.explicit, Phase.generate],
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
        @given(OPS)
        def run(ops):
            _empty(engine)
            base = tmp_path_factory.mktemp("ws")
            sts = [Station(base / f"W{i}", f"W{i}", engine) for i in range(3)]
            made: set[str] = set()
            try:
                for op, i in ops:
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
                        hook = "after_central_commit" if op == "kill_after_commit" else "before_clock"
                        # The kill surfaces as itself, or wrapped by the sync when mid-transaction.
                        with contextlib.suppress(Kill, CentralError):
                            w.sync(hooks={hook: (lambda *_a: _kill())})
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
