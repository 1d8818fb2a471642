"""An event's (and a hand-over's) creation stamps stored only when they are not its
own (db/base.py DERIVED_STAMPS, migrations 0025, 0026): every reader still sees them as written — the ORM,
Core, the push's driver-level reads — and every writer stores the compact form —
the services (through the file's trigger), a pull, a bootstrap, `loket demo`."""
from __future__ import annotations

from datetime import date, datetime, timedelta

from alembic import command
from sqlalchemy import select
from sqlalchemy.orm import aliased

from app.runtime import open_loket
from app.sync import bulk, rows
from app.sync import tables as T
from db import migrate
from db.base import new_id, time_int, uuid_bytes
from db.models import Application, Base, Handover, SyncOutbox, WorkflowEvent
from tests.stored_rows import stored as _stored

TODAY = date(2026, 11, 25)
OFFICER = "0190a5b2-7c3d-7e4f-8a1b-2c3d4e5f6a7b"


def _events(lk) -> list[tuple]:
    """Every event as SQLAlchemy Core reads it (sorted)."""
    with lk.Session() as s:
        return sorted(tuple(r) for r in s.execute(select(Base.metadata.tables["workflow_event"])).all())


def _add_event(lk, app_id: str, **stamps) -> str:
    """A new event through the ORM, as the services write one; `stamps` override the own ones."""
    with lk.Session() as s:
        app = s.get(Application, app_id)
        at = datetime(2026, 11, 25, 3, 0, 0, 123456)
        ev = WorkflowEvent(application_id=app.id, action="receive", from_state=app.state, to_state=app.state,
                           actor_id=OFFICER, actor_name="Petugas", workstation="LOKET2-A", at=at,
                           created_at=at, created_by=OFFICER, created_ws="LOKET2-A")
        for k, v in stamps.items():
            setattr(ev, k, v)
        s.add(ev)
        s.commit()
        return ev.id


def test_migrations_0025_0026_up_and_down_on_real_data(data_dir):
    from app import demo
    lk = open_loket(data_dir)
    demo.generate(lk, 30, seed=5, today=TODAY)
    db = lk.db_path
    app_id = _stored(db, "SELECT id FROM application LIMIT 1")[0][0]
    from db.base import uuid_text
    other = _add_event(lk, uuid_text(app_id), created_ws="LOKET9-Z")     # stamps not its own: kept
    before = _events(lk)
    with lk.Session() as s:
        handovers = sorted(tuple(r) for r in s.execute(select(Base.metadata.tables["handover"])).all())
    total = _stored(db, "SELECT count(*) FROM workflow_event")[0][0]
    assert total > 100
    n_hand = _stored(db, "SELECT count(*) FROM handover")[0][0]
    assert n_hand > 0
    with lk.Session() as s:       # read as written: the officer's own stamps
        got = s.execute(select(Handover.created_at, Handover.handed_at, Handover.created_by, Handover.officer_id,
                               Handover.created_ws, Handover.workstation)).all()
    assert got and all(r[0] == r[1] and r[2] == r[3] and r[4] == r[5] and r[4] for r in got)
    assert _stored(db, "SELECT count(*) FROM handover WHERE created_at = 0 AND created_by IS NULL "
                       "AND created_ws IS NULL") == [(n_hand,)]
    # the demo and the services both left the compact form
    assert _stored(db, "SELECT count(*) FROM workflow_event WHERE created_at = 0 AND created_by IS NULL "
                       "AND created_ws IS NULL") == [(total - 1,)]
    assert _stored(db, "SELECT created_ws FROM workflow_event WHERE id = ?", (uuid_bytes(other),)) == \
        [("LOKET9-Z",)]
    # down: every stamp written out in full again, the trigger gone, nothing queued for the push
    outbox = _stored(db, "SELECT count(*) FROM sync_outbox")
    command.downgrade(migrate.alembic_config(lk.engine), "0024")
    lk.close()
    assert _stored(db, "SELECT count(*) FROM workflow_event WHERE created_at = 0") == [(0,)]
    assert _stored(db, "SELECT count(*) FROM workflow_event WHERE created_at = at AND created_by IS actor_id "
                       "AND created_ws IS workstation") == [(total - 1,)]
    assert _stored(db, "SELECT count(*) FROM sqlite_master WHERE name IN ('loket_event_stamps', "
                       "'loket_handover_stamps')") == [(0,)]
    assert _stored(db, "SELECT count(*) FROM handover WHERE created_at = handed_at AND created_by IS officer_id "
                       "AND created_ws IS workstation AND created_at <> 0") == [(n_hand,)]
    assert _stored(db, "SELECT count(*) FROM sync_outbox") == outbox
    full = _stored(db, "PRAGMA page_count")[0][0]
    # up, as every start does: backup first, then the rewrite and VACUUM
    lk = open_loket(data_dir)
    try:
        backups = list((data_dir / "backup").glob("loket-*.sqlite3"))
        assert len(backups) == 1
        assert _stored(backups[0], "SELECT version_num FROM alembic_version") == [("0024",)]
        assert migrate.current_revision(lk.engine) == migrate.head_revision()
        assert _events(lk) == before                  # every value as it was written
        with lk.Session() as s:
            assert sorted(tuple(r) for r in s.execute(select(Base.metadata.tables["handover"])).all()) == handovers
        assert _stored(db, "SELECT count(*) FROM handover WHERE created_at = 0") == [(n_hand,)]
        assert _stored(db, "SELECT count(*) FROM workflow_event WHERE created_at = 0") == [(total - 1,)]
        assert _stored(db, "SELECT count(*) FROM sync_outbox") == outbox
        assert _stored(db, "PRAGMA page_count")[0][0] < full
        assert _stored(db, "PRAGMA freelist_count") == [(0,)]
    finally:
        lk.close()


def test_every_reader_sees_the_stamps_as_written(data_dir):
    from app import demo
    from db.base import uuid_text
    lk = open_loket(data_dir)
    try:
        demo.generate(lk, 3, seed=6, today=TODAY)
        db = lk.db_path
        app_id = uuid_text(_stored(db, "SELECT id FROM application LIMIT 1")[0][0])
        own = _add_event(lk, app_id)
        later = datetime(2026, 11, 25, 3, 0, 1)
        other = _add_event(lk, app_id, created_at=later, created_by=None)
        # stored: the own stamps as the marker, the others in full
        assert _stored(db, "SELECT created_at, created_by, created_ws FROM workflow_event WHERE id = ?",
                       (uuid_bytes(own),)) == [(0, None, None)]
        assert _stored(db, "SELECT created_at, created_by, created_ws FROM workflow_event WHERE id = ?",
                       (uuid_bytes(other),)) == [(time_int(later), None, "LOKET2-A")]
        with lk.Session() as s:
            a, b = s.get(WorkflowEvent, own), s.get(WorkflowEvent, other)
            assert (a.created_at, a.created_by, a.created_ws) == (a.at, OFFICER, "LOKET2-A")
            assert (b.created_at, b.created_by, b.created_ws) == (later, None, "LOKET2-A")
            e = aliased(WorkflowEvent)
            got = s.execute(select(e.created_at, e.created_by, e.created_ws).where(e.id == own)).one()
            assert tuple(got) == (a.at, a.actor_id, "LOKET2-A")
            # ordering by the stamp goes by the value as written
            from app.services import applications
            evs = applications.events(s, app_id)
            assert [x.id for x in evs][-2:] == [own, other] or [x.id for x in evs][-2:] == [other, own]
            assert all(x.created_at.year > 2000 for x in evs)
        # the push's readers (driver level): the central database receives the stamps in full
        spec = T.by_name()["workflow_event"]
        with lk.engine.connect() as c:
            got = rows.fetch(c, spec, [own, other])
            assert (got[own]["created_at"], got[own]["created_by"], got[own]["created_ws"]) == \
                (got[own]["at"], got[own]["actor_id"], "LOKET2-A")
            assert got[other]["created_at"] == later and got[other]["created_by"] is None
            last = c.execute(select(SyncOutbox.seq).order_by(SyncOutbox.seq.desc())).scalar()
            queued = rows.fetch_queued(c, spec, 0, last)
            assert queued[own]["created_by"] == got[own]["actor_id"] and queued[own]["created_at"] == got[own]["at"]
            assert queued[other]["created_at"] == later
    finally:
        lk.close()


def test_pulled_events_are_stored_compact(data_dir):
    from app import demo
    from db.base import uuid_text
    lk = open_loket(data_dir)
    try:
        demo.generate(lk, 2, seed=7, today=TODAY)
        db = lk.db_path
        app_id = uuid_text(_stored(db, "SELECT id FROM application LIMIT 1")[0][0])
        spec = T.by_name()["workflow_event"]
        at = datetime(2026, 11, 25, 4, 0, 0, 5)
        officer = new_id()

        def row(**kw):
            r = {c: None for c in spec.columns}
            r.update(id=new_id(), application_id=app_id, action="receive", from_state="SUBMITTED",
                     to_state="RECEIVED", actor_id=officer, actor_name="X", workstation="LOKET3-B", at=at,
                     seq=99, created_at=at, created_by=officer, created_ws="LOKET3-B")
            r.update(kw)
            return r
        own, other = row(), row(created_ws="central")
        stored_own, stored_other = row(), row(created_at=at + timedelta(seconds=1))
        cols = list(spec.columns)

        def as_stored(r):      # the form the bootstrap has the server produce
            return tuple(uuid_bytes(v) if k in ("id", "application_id", "actor_id", "created_by") else
                         time_int(v) if isinstance(v, datetime) else
                         {"receive": "3", "SUBMITTED": "2", "RECEIVED": "4"}.get(v, v) if isinstance(v, str) else v
                         for k, v in r.items())
        with lk.engine.begin() as c:
            bulk.upsert_local(c, spec.table, cols, spec.pk, [own, other], update=False)
            bulk.upsert_stored(c, spec.table, cols, spec.pk, [as_stored(stored_own), as_stored(stored_other)],
                               update=False)
        q = "SELECT created_at, created_by, created_ws FROM workflow_event WHERE id = ?"
        assert _stored(db, q, (uuid_bytes(own["id"]),)) == [(0, None, None)]
        assert _stored(db, q, (uuid_bytes(stored_own["id"]),)) == [(0, None, None)]
        assert _stored(db, q, (uuid_bytes(other["id"]),)) == [(time_int(at), uuid_bytes(officer), "central")]
        assert _stored(db, q, (uuid_bytes(stored_other["id"]),))[0][0] == time_int(at + timedelta(seconds=1))
        with lk.engine.connect() as c:
            got = rows.fetch(c, spec, [own["id"], other["id"], stored_own["id"], stored_other["id"]])
        for r in (own, other, stored_own, stored_other):
            assert {k: got[r["id"]][k] for k in ("created_at", "created_by", "created_ws")} == \
                {k: r[k] for k in ("created_at", "created_by", "created_ws")}
    finally:
        lk.close()
