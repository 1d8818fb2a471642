"""Workstations and a central database for the sync tests."""
from __future__ import annotations

import uuid
from contextlib import contextmanager
from datetime import datetime

import pytest
from sqlalchemy import func, select, text

from app import config
from app.runtime import open_loket
from app.sync import central as C
from app.sync.session import sync_once
from db.models import Applicant, Application, Handover, PermitType, WorkflowEvent
from tests.central_db import scratch_database

_POOL: dict = {}


@contextmanager
def central_db(backend: str):
    """A migrated central database of this run, emptied for each test. One per
    backend and run (created on first use, dropped at the end of the run):
    migrating MariaDB from scratch costs seconds, emptying it a fraction."""
    if backend not in _POOL:
        ctx = scratch_database(backend)
        url = ctx.__enter__()
        C.upgrade(C.Target(url))
        _POOL[backend] = (ctx, url, C.connect(C.Target(url), pool_size=4))
    ctx, url, engine = _POOL[backend]
    _empty(engine)
    yield url, engine


def _empty(engine) -> None:
    """Every row gone, past the append-only triggers (app/sync/guard.py): on
    PostgreSQL a superuser's replica mode skips triggers; on MariaDB TRUNCATE
    (a right no workstation login has) does not fire them."""
    from app.sync import guard
    from db.models import Base
    guarded = set(guard.append_only())
    with engine.begin() as c:
        if engine.dialect.name == "postgresql":
            c.execute(text("SET LOCAL session_replication_role = replica"))
        else:
            c.execute(text("SET FOREIGN_KEY_CHECKS = 0"))
        for t in reversed(Base.metadata.sorted_tables):
            if engine.dialect.name != "postgresql" and t.name in guarded:
                c.execute(text(f"TRUNCATE TABLE `{t.name}`"))
            else:
                c.execute(t.delete())
        if engine.dialect.name != "postgresql":
            c.execute(text("SET FOREIGN_KEY_CHECKS = 1"))
        c.execute(text("INSERT INTO sync_clock (id, value) VALUES (1, 0)"))


@pytest.fixture(scope="session", autouse=True)
def _drop_central_pool():
    yield
    while _POOL:
        _, (ctx, url, engine) = _POOL.popitem()
        engine.dispose()
        ctx.__exit__(None, None, None)


class Station:
    def __init__(self, folder, name: str, central_engine):
        self.loket = open_loket(folder)
        self.name = name
        self.central = central_engine
        with self.loket.Session() as s:
            config.set_(s, "workstation.name", name)
            s.commit()

    @property
    def Session(self):
        return self.loket.Session

    @property
    def engine(self):
        return self.loket.engine

    def sync(self, **kw):
        return sync_once(self.engine, self.central, self.name, folder=self.loket.data_dir, **kw)

    def close(self):
        self.loket.close()


@pytest.fixture
def stations(tmp_path):
    made = []

    def make(name, central_engine):
        st = Station(tmp_path / name, name, central_engine)
        made.append(st)
        return st
    yield make
    for st in made:
        st.close()


def new_file(session, ws: str, *, state: str = "SUBMITTED", n: int | None = None, **kw) -> Application:
    pt = session.scalars(select(PermitType).order_by(PermitType.code)).first()
    tag = uuid.uuid4().hex[:8]
    ap = Applicant(name=f"Pemohon {tag}", nik=f"3201{tag}", created_ws=ws, updated_ws=ws)
    session.add(ap)
    session.flush()
    at = kw.pop("at", datetime(2026, 1, 5))
    kw.setdefault("state_since", at)   # the cache of its last event, as workflow.apply keeps it
    from app.workflow import holder_of
    kw.setdefault("holder_role", holder_of(state))
    app = Application(no_permohonan=kw.pop("no_permohonan", f"{ws}-{tag}"), kind="BARU",
                      permit_type_id=pt.id, applicant_type="PERORANGAN", applicant_id=ap.id,
                      source="WALKIN", state=state, applicant_name=ap.name, name_key=ap.name.lower(),
                      created_ws=ws, updated_ws=ws, **kw)
    session.add(app)
    session.flush()
    session.add(WorkflowEvent(application_id=app.id, action="register_walkin", from_state=None,
                              to_state=state, workstation=ws, created_ws=ws, at=at))
    return app


def table_ids(conn, table: str) -> list[str]:
    from db.models import Base
    t = Base.metadata.tables[table]
    pk = "key" if table == "setting" else "id"
    # through the table's types: keys are 16 bytes in the SQLite file (db/base.py)
    return sorted(conn.execute(select(t.c[pk])).scalars())


def count(conn, table: str) -> int:
    return conn.execute(select(func.count()).select_from(text(table))).scalar_one()


def hand_over_at_both(a: Station, b: Station, app_id: str) -> None:
    """The same SURVEYED file handed over at two counters while both are offline: each writes
    its own hand_over event and handover row (the central database must keep exactly one)."""
    for st in (a, b):
        with st.Session() as s:
            s.add(WorkflowEvent(application_id=app_id, action="hand_over", from_state="SURVEYED",
                                to_state="HANDED_OVER", workstation=st.name, created_ws=st.name))
            s.add(Handover(application_id=app_id, recipient_name=f"Penerima {st.name}",
                           recipient_id_type="KTP", recipient_id_number="3201", workstation=st.name))
            s.get(Application, app_id).state = "HANDED_OVER"
            s.commit()
