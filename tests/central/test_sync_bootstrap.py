"""A new workstation: bootstrap (master data, audit chains, open and recent
files), an older file fetched on demand, counters carried over, a replaced
computer taking over its workstation name."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select, text

from app import audit, numbering
from app.sync import central as C
from app.sync.session import fetch_file
from db.base import utcnow
from db.models import Applicant, Application, WorkflowEvent
from tests.conftest import make_actor
from tests.sync_helpers import new_file

pytestmark = pytest.mark.central


def test_bootstrap_open_and_recent_files_then_fetch_an_old_one(central, stations):
    url, engine = central
    a = stations("LOKET2-A", engine)
    old_time = utcnow() - timedelta(days=400)
    with a.Session() as s:
        open_file = new_file(s, "LOKET2-A")
        recent_done = new_file(s, "LOKET2-A", state="ARCHIVED")
        old_done = new_file(s, "LOKET2-A", state="ARCHIVED", updated_at=old_time, created_at=old_time)
        older_no = new_file(s, "LOKET2-A", state="ARCHIVED", updated_at=old_time,
                            created_at=old_time).no_permohonan
        s.commit()
        keep = {open_file.id, recent_done.id}
        old_id, old_no = old_done.id, old_done.no_permohonan
        old_applicant = old_done.applicant_id
        actor = make_actor("LOKET2", workstation="LOKET2-A")
        for i in range(5):
            audit.record(s, actor, "test", "application", open_file.id, f"langkah {i}")
        s.commit()
    a.sync()
    b = stations("LOKET2-B", engine)
    res = b.sync(bootstrap_days=90)
    assert res.bootstrapped
    with b.Session() as s:
        ids = set(s.scalars(select(Application.id)))
        assert ids == keep
        assert s.get(Applicant, old_applicant) is None
        # Master data came along; the permit types B seeded itself were replaced by
        # the office's, so both workstations speak of the same rows.
        with a.engine.connect() as ac:
            assert sorted(s.execute(text("SELECT id FROM permit_type")).scalars()) == \
                sorted(ac.execute(text("SELECT id FROM permit_type")).scalars())
        # The other workstation's audit chain is here whole and still verifies.
        n, broken = audit.verify(s)
        assert n == 5 and broken is None
    # Someone at B opens the old file: it comes from the central database.
    b.loket.workstation  # noqa: B018 (opens settings once, as the GUI does)
    with b.Session() as s:
        from app import config
        config.set_(s, "central.url", url)
        s.commit()
    assert fetch_file(b.loket, old_no) == old_id
    with b.Session() as s:
        assert s.get(Application, old_id).state == "ARCHIVED"
        assert s.get(Applicant, old_applicant) is not None
        assert s.scalar(select(WorkflowEvent.id).where(WorkflowEvent.application_id == old_id))
    assert fetch_file(b.loket, "TIDAK-ADA-123") is None
    # The detail screen does the same by itself when asked for a file it lacks.
    from ui.detail import load
    shown = load(b.loket, older_no)
    assert shown.no_permohonan == older_no and shown.events
    with pytest.raises(Exception, match="tidak ditemukan"):
        load(b.loket, "TIDAK-ADA-123")
    # B keeps its own chain going and A receives it intact.
    with b.Session() as s:
        audit.record(s, make_actor("LOKET2", workstation="LOKET2-B"), "test", None, None, "dari B")
        s.commit()
    b.sync()
    a.sync()
    with a.Session() as s:
        n, broken = audit.verify(s)
        assert n == 6 and broken is None


def test_counters_follow_and_a_replaced_computer_takes_over(central, stations, tmp_path):
    url, engine = central
    a = stations("LOKET2-A", engine)
    when = datetime(2026, 3, 1)
    with a.Session() as s:
        permits = [numbering.next_number(s, "permit", when) for _ in range(5)]
        receipts = [numbering.next_number(s, "receipt", when, scope="LOKET2-A", workstation="LOKET2-A")
                    for _ in range(3)]
        s.commit()
    a.sync()
    b = stations("LOKET2-B", engine)
    b.sync()
    with b.Session() as s:
        nxt = numbering.next_number(s, "permit", when)
        s.commit()
    # Office-wide numbers come from blocks reserved centrally (app/sync/blocks.py):
    # A's local 1–5 went up first, A holds 6–25, the new workstation the next block.
    assert nxt not in permits and "0026" in nxt
    with a.Session() as s:
        assert "0006" in numbering.next_number(s, "permit", when)
        s.commit()
    # LOKET2-A's disk dies; a new computer takes the name over.
    fresh = stations("LOKET2-A-new", engine)
    fresh.name = "LOKET2-A"
    with pytest.raises(C.CentralError, match="sudah dipakai komputer lain"):
        fresh.sync()
    fresh.sync(take_over_name=True)
    with fresh.Session() as s:
        again = numbering.next_number(s, "receipt", when, scope="LOKET2-A", workstation="LOKET2-A")
        s.commit()
    assert again not in receipts and again.endswith("00004")


def test_demo_data_officers_and_office_settings_travel(central, stations):
    from app import config, demo
    from app.auth import verify_password
    from db.models import Officer
    url, engine = central
    a = stations("LOKET2-A", engine)
    made = demo.generate(a.loket, 40, seed=7)           # bulk Core inserts, no ORM events
    from app.services import office, officers
    with a.Session() as s:
        # Officers travel with their administrator's proof (app/proof.py): made by the services.
        admin = officers.setup_first_admin(s, "admin", "Admin Kantor", None, "Kunci-Kantor-2026!", a.name)
        officers.create(s, admin, "siti", "Siti Aminah", None, ["LOKET2"], "Rahasia-Kantor-2026")
        s.scalar(select(Officer).where(Officer.username == "siti")).failed_attempts = 2
        office.save(s, admin, {"office.name": "DPMPTSP KABUPATEN CONTOH"})   # OFFICE: travels, signed
        config.set_(s, "ui.idle_lock_minutes", 3)                   # LOCAL: stays
        s.commit()
    res = a.sync()
    assert res.pending == 0 and res.push.rejected == []
    # Nothing the generator wrote slipped past the outbox: a full rescan finds
    # every row already central.
    from app.sync import capture
    assert capture.enqueue_all(a.engine) > made
    again = a.sync()
    assert again.push.written == {} and again.push.rejected == []
    b = stations("LOKET2-B", engine)
    b.sync(bootstrap_days=3650)
    with a.engine.connect() as ac, b.engine.connect() as bc:
        for t in ("application", "workflow_event", "applicant", "requirement_check"):
            q = text(f"SELECT id FROM {t} ORDER BY id")
            assert list(ac.execute(q).scalars()) == list(bc.execute(q).scalars()), t
        assert bc.execute(text("SELECT count(*) FROM application")).scalar() == made
    with b.Session() as s:
        siti = s.scalar(select(Officer).where(Officer.username == "siti"))
        assert verify_password(siti.password_hash, "Rahasia-Kantor-2026")   # log in here, offline
        assert siti.failed_attempts == 0                    # lock-out counters stay per workstation
        assert config.get(s, "office.name") == "DPMPTSP KABUPATEN CONTOH"
        assert config.get(s, "ui.idle_lock_minutes") == 10


def _stored(engine, table: str) -> list[tuple]:
    """A table's rows as the SQLite file stores them (keys 16 bytes, times integers)."""
    with engine.connect() as c:
        return [tuple(r) for r in c.exec_driver_sql(f"SELECT * FROM {table} ORDER BY id")]


def test_bootstrap_in_stored_form_writes_what_the_row_dicts_write(central, stations, monkeypatch):
    """The bootstrap's fast path (files read from the server already in the SQLite
    file's stored form, app/sync/pull.py) leaves the very bytes the row-dict path
    leaves: keys, times to the microsecond, JSON, dates, booleans, NULLs."""
    from app import demo
    from app.sync import pull
    url, engine = central
    a = stations("LOKET2-A", engine)
    demo.generate(a.loket, 30, seed=11)
    with a.Session() as s:
        f = new_file(s, "LOKET2-A", at=datetime(2026, 1, 5, 8, 30, 15, 123456))
        f.due_date = None
        s.commit()
    a.sync()
    b = stations("LOKET2-B", engine)
    fast = b.sync(bootstrap_days=3650)
    monkeypatch.setattr(pull, "_stored_ok", lambda *_: False)
    c = stations("LOKET2-C", engine)
    slow = c.sync(bootstrap_days=3650)
    tables = ("applicant", "company", "application", "workflow_event", "requirement_check", "complaint",
              "complaint_update", "survey_response", "notify_message", "notify_preference")
    for t in tables:
        assert _stored(b.engine, t) == _stored(c.engine, t), t
    assert _stored(b.engine, "application") and _stored(b.engine, "workflow_event")
    assert {k: v for k, v in fast.pull.received.items() if k in tables} == \
        {k: v for k, v in slow.pull.received.items() if k in tables}


def test_a_chunk_the_new_workstation_refuses_goes_row_by_row(central, stations, caplog):
    """A file this workstation cannot take (its own offline file holds the same
    number) is refused and noted; the rest of the chunk still comes down."""
    import logging

    from db.models import SyncConflict
    url, engine = central
    a = stations("LOKET2-A", engine)
    with a.Session() as s:
        theirs = new_file(s, "LOKET2-A", no_permohonan="SAMA-1").id
        other = new_file(s, "LOKET2-A").id
        s.commit()
    a.sync()
    b = stations("LOKET2-B", engine)
    with b.Session() as s:
        mine = new_file(s, "LOKET2-B", no_permohonan="SAMA-1").id
        s.commit()
    with caplog.at_level(logging.INFO, logger="loket.sync"):
        res = b.sync()
    assert res.bootstrapped
    assert any("row by row" in r.getMessage() for r in caplog.records)
    with b.Session() as s:
        ids = set(s.scalars(select(Application.id)))
        assert other in ids and mine in ids and theirs not in ids
        noted = s.scalars(select(SyncConflict.row_id).where(SyncConflict.kind == "LOCAL")).all()
        assert theirs in noted
    assert res.refused >= 1   # and B's own file, refused centrally, stays queued


def _schema(engine) -> set[tuple]:
    with engine.connect() as c:
        return {tuple(r) for r in c.exec_driver_sql(
            "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('index', 'trigger')")}


def _totals(engine) -> list[tuple]:
    with engine.connect() as c:
        return [tuple(r) for r in c.exec_driver_sql(
            "SELECT kind, day, permit_type_id, n FROM report_rollup ORDER BY kind, day, permit_type_id")]


def _new_beside_an_office(central, stations):
    """A workstation with 30 demo files synced up, and a new one not yet synced
    (with its schema as created, to compare after its bootstrap)."""
    from app import demo
    _url, engine = central
    a = stations("LOKET2-A", engine)
    demo.generate(a.loket, 30, seed=11)
    a.sync()
    b = stations("LOKET2-B", engine)
    return b, _schema(b.engine)


def test_bootstrap_leaves_every_index_and_trigger_and_the_dashboard_totals(central, stations, monkeypatch):
    """The bootstrap writes its chunks without the secondary indexes, the muted
    capture triggers and the rollup triggers (app/sync/pull.py): afterwards the
    file has every one of them again, the same SQL, and the dashboard's totals
    are what counting every event again gives; the next local edit is captured."""
    from app.reports import rollup
    from app.sync import pull
    monkeypatch.setattr(pull, "DEFER_FROM", 0)   # 30 files: deferred as a big office's would be
    b, before = _new_beside_an_office(central, stations)
    res = b.sync(bootstrap_days=3650)
    assert res.bootstrapped and res.pull.received.get("workflow_event")
    assert _schema(b.engine) == before
    with b.engine.connect() as c:
        assert c.exec_driver_sql("SELECT value FROM sync_state WHERE key = 'bootstrap.deferred_indexes'").first() is None
    got = _totals(b.engine)
    assert any(k.startswith("receive_") and n > 0 for k, _d, _p, n in got)
    with b.engine.begin() as c:
        rollup.rebuild(c, rollup.offset_hours_of(c))
    assert _totals(b.engine) == got
    with b.Session() as s:
        f = new_file(s, "LOKET2-B")
        s.commit()
    with b.engine.connect() as c:
        queued = set(c.exec_driver_sql("SELECT table_name FROM sync_outbox").scalars())
    assert {"applicant", "application", "workflow_event"} <= queued, f.id


def test_a_bootstrap_killed_after_a_chunk_is_finished_by_the_next_sync(central, stations, monkeypatch):
    """A workstation killed mid-bootstrap (one chunk committed, the indexes
    still deferred, no cursor) bootstraps again at its next sync: every file
    comes down once, the indexes are back, nothing is left deferred."""
    from app.sync import pull
    b, before = _new_beside_an_office(central, stations)
    real = pull._bootstrap_stored
    calls = []

    def killed(*args, **kw):
        if calls:
            raise KeyboardInterrupt   # the process dies here: no clean-up runs
        calls.append(1)
        return real(*args, **kw)
    monkeypatch.setattr(pull, "FAST_FILES", 10)
    monkeypatch.setattr(pull, "DEFER_FROM", 0)
    monkeypatch.setattr(pull, "_bootstrap_stored", killed)
    monkeypatch.setattr(pull, "_restore_indexes", lambda local: None)
    with pytest.raises(KeyboardInterrupt):
        b.sync(bootstrap_days=3650)
    monkeypatch.undo()
    assert pull.read_cursor(b.engine) is None
    assert _schema(b.engine) != before    # the secondary indexes are still out
    with b.engine.connect() as c:
        assert 0 < c.exec_driver_sql("SELECT count(*) FROM application").scalar() < 30
    res = b.sync(bootstrap_days=3650)
    assert res.bootstrapped
    assert _schema(b.engine) == before
    with b.engine.connect() as c:
        assert c.exec_driver_sql("SELECT value FROM sync_state WHERE key = 'bootstrap.deferred_indexes'").first() is None
    c = stations("LOKET2-C", central[1])      # one never interrupted
    c.sync(bootstrap_days=3650)
    for t in ("applicant", "application", "workflow_event", "requirement_check"):
        assert _stored(b.engine, t) == _stored(c.engine, t), t
    assert _totals(b.engine) == _totals(c.engine)
    assert len(_stored(b.engine, "application")) > 10
