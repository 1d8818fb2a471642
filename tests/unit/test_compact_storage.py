"""Compact storage in the workstation's SQLite file (db/base.py, migrations 0020, 0022, 0023):
keys as 16 bytes, times as integer microseconds, workflow actions and states coded
(db/codes.py), JSON without blanks and an event's common data keys coded, what
Python sees unchanged; an
existing file is backed up, migrated and vacuumed; the pages of acknowledged
outbox entries go back to the file system after a push."""
from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta, timezone

from alembic import command
from sqlalchemy import select

from app import audit
from app.runtime import open_loket
from db import codes, migrate
from db.base import Code, UtcTime, UuidStr, time_int, time_value, uuid_bytes, uuid_text
from db.models import Application, AuditRecord, Base, RequirementCheck, Setting, SyncOutbox, WorkflowEvent
from tests.stored_rows import stored as _stored

TODAY = date(2026, 11, 25)


def test_keys_and_times_round_trip_and_other_values_pass_through():
    u = "0190a5b2-7c3d-7e4f-8a1b-2c3d4e5f6a7b"
    assert uuid_bytes(u) == bytes.fromhex(u.replace("-", "")) and uuid_text(uuid_bytes(u)) == u
    # anything that is not a canonical UUID keeps its form, so it reads back as written
    for other in ("system", "", u.upper(), u[:-1] + "g", "x" * 36, None, 7):
        assert uuid_text(uuid_bytes(other)) == other
    t = datetime(2026, 11, 26, 3, 0, 0, 123456)
    assert time_value(time_int(t)) == t                       # microseconds kept
    assert time_int(datetime(1969, 12, 31, 23, 59, 59)) == -1_000_000
    assert time_value(time_int(date(2026, 1, 2))) == datetime(2026, 1, 2)
    # an aware time keeps its wall clock, as SQLAlchemy's SQLite DATETIME did
    aware = datetime(2026, 1, 2, 10, 0, tzinfo=timezone(timedelta(hours=7)))
    assert time_value(time_int(aware)) == datetime(2026, 1, 2, 10, 0)
    assert time_value("2026-01-02 03:04:05.000600") == datetime(2026, 1, 2, 3, 4, 5, 600)
    assert sorted([time_int(t), time_int(t - timedelta(microseconds=1))]) == \
        [time_int(t - timedelta(microseconds=1)), time_int(t)]


def _snapshot(lk) -> dict:
    """Every row of the tables that change form, as Python sees them."""
    out = {}
    with lk.Session() as s:
        for name in ("application", "workflow_event", "requirement_check", "audit_record", "sync_outbox",
                     "applicant", "handover", "report_rollup"):
            t = Base.metadata.tables[name]
            out[name] = sorted(tuple(r) for r in s.execute(select(t)).all())
    return out


def test_an_existing_file_is_backed_up_migrated_and_reads_the_same(data_dir):
    from app import demo
    lk = open_loket(data_dir)
    demo.generate(lk, 40, seed=3, today=TODAY)
    before = _snapshot(lk)
    assert before["workflow_event"] and before["sync_outbox"]
    db = lk.db_path
    assert _stored(db, "SELECT typeof(id), typeof(at) FROM workflow_event LIMIT 1") == [("blob", "integer")]
    # The file as the Loket before 0020 left it: text keys and times, both indexes there.
    command.downgrade(migrate.alembic_config(lk.engine), "0019")
    lk.close()
    assert _stored(db, "SELECT typeof(id), typeof(application_id), typeof(at) FROM workflow_event LIMIT 1") == \
        [("text", "text", "text")]
    assert _stored(db, "SELECT count(*) FROM sqlite_master WHERE name = 'ix_application_state'") == [(1,)]
    outbox_before = _stored(db, "SELECT count(*) FROM sync_outbox")
    # times in the other text forms SQLite and older code wrote: converted the same way
    keys = [k for (k,) in _stored(db, "SELECT key FROM setting ORDER BY key LIMIT 4")]
    forms = ["2026-01-02 03:04:05.123", "2026-01-02 03:04:05", "2026-01-02T03:04:05.000007",
             "2026-01-02 03:04:05.123456"]
    con = sqlite3.connect(db)
    con.execute("INSERT INTO sync_mute (id) VALUES (1)")      # not a change to push
    con.executemany("UPDATE setting SET updated_at = ? WHERE key = ?", zip(forms, keys, strict=True))
    con.execute("DELETE FROM sync_mute")
    con.commit()
    con.close()

    lk = open_loket(data_dir)                        # as the GUI and every command open it
    try:
        backups = list((data_dir / "backup").glob("loket-*.sqlite3"))
        assert len(backups) == 1
        assert _stored(backups[0], "SELECT version_num FROM alembic_version") == [("0019",)]
        assert migrate.current_revision(lk.engine) == migrate.head_revision()
        assert _snapshot(lk) == before                # every value as it was
        with lk.Session() as s:
            got = dict(s.execute(select(Setting.key, Setting.updated_at).where(Setting.key.in_(keys))).all())
        assert [got[k] for k in keys] == [datetime(2026, 1, 2, 3, 4, 5, 123000), datetime(2026, 1, 2, 3, 4, 5),
                                          datetime(2026, 1, 2, 3, 4, 5, 7), datetime(2026, 1, 2, 3, 4, 5, 123456)]
        assert _stored(db, "SELECT DISTINCT typeof(updated_at) FROM setting") == [("integer",)]
        # nothing queued for the central database by the rewrite itself
        assert _stored(db, "SELECT count(*) FROM sync_outbox") == outbox_before
        for table, col, where in (("workflow_event", "application_id", ""), ("requirement_check", "id", ""),
                                  ("application", "applicant_id", ""),
                                  # settings are keyed by name: those keys stay text
                                  ("sync_outbox", "row_id", " WHERE table_name != 'setting'")):
            assert _stored(db, f"SELECT DISTINCT typeof({col}) FROM {table}{where}") == [("blob",)], (table, col)
        assert _stored(db, "SELECT DISTINCT typeof(row_id) FROM sync_outbox WHERE table_name = 'setting'") == \
            [("text",)]
        for table, col in (("workflow_event", "at"), ("application", "updated_at"),
                           ("audit_record", "at"), ("sync_outbox", "queued_at")):
            assert _stored(db, f"SELECT DISTINCT typeof({col}) FROM {table}") == [("integer",)], (table, col)
        assert _stored(db, "SELECT count(*) FROM sqlite_master WHERE name IN "
                           "('ix_application_state', 'ix_requirement_check_application_id', "
                           "'ix_workflow_event_at')") == [(0,)]
        # actions and states stored as their position in the vocabulary (0022)
        stored = _stored(db, "SELECT DISTINCT action FROM workflow_event UNION "
                             "SELECT DISTINCT to_state FROM workflow_event")
        assert stored and all(v.isdigit() and int(v) <= len(codes.ACTIONS) for (v,) in stored)
        # JSON without blanks, an event's common keys as their position (0023)
        assert _stored(db, "SELECT count(*) FROM workflow_event WHERE data LIKE '%valid_until%' "
                           "OR data LIKE '%\": %'") == [(0,)]
        assert _stored(db, "SELECT count(*) FROM workflow_event WHERE data LIKE '%\"19\":\"%'")[0][0] > 0
        assert _stored(db, "SELECT count(*) FROM application WHERE technical_data LIKE '%\": %'") == [(0,)]
        assert _stored(db, "PRAGMA auto_vacuum") == [(2,)]      # incremental from now on
        assert _stored(db, "PRAGMA freelist_count") == [(0,)]
        # the audit chain still verifies (its hashes are over the values, not their storage)
        with lk.Session() as s:
            _n, broken = audit.verify(s)
            assert broken is None
        # and the services work on the migrated file: a new event lands in the compact form
        with lk.Session() as s:
            app = s.scalars(select(Application).order_by(Application.id)).first()
            n = len(s.scalars(select(WorkflowEvent).where(WorkflowEvent.application_id == app.id)).all())
            assert n > 0
            checks = s.scalars(select(RequirementCheck).where(RequirementCheck.application_id == app.id)).all()
            assert all(c.application_id == app.id for c in checks)
    finally:
        lk.close()


def test_a_new_file_is_compact_and_incremental(loket):
    assert _stored(loket.db_path, "PRAGMA auto_vacuum") == [(2,)]
    with loket.engine.begin() as c:
        rec = c.execute(select(AuditRecord.__table__.c.id)).first()
    assert rec is None or isinstance(rec[0], str)


def test_acknowledged_outbox_pages_go_back_to_the_file_system(data_dir):
    from app import demo
    from app.sync.session import reclaim
    lk = open_loket(data_dir)
    try:
        demo.generate(lk, 60, seed=5, today=TODAY)
        with lk.engine.connect() as c:
            c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        size = lk.db_path.stat().st_size
        with lk.engine.begin() as c:
            assert c.execute(select(SyncOutbox.__table__.c.row_id)).first()[0].count("-") == 4
            c.execute(SyncOutbox.__table__.delete())       # as a push acknowledges everything
        with lk.engine.connect() as c:
            c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        with lk.engine.connect() as c:
            free = c.exec_driver_sql("PRAGMA freelist_count").scalar()
        assert 0 < free < 256 and reclaim(lk.engine) == 0     # a short free list is left for later
        freed = reclaim(lk.engine, min_pages=1)
        assert freed == free
        with lk.engine.connect() as c:
            assert c.exec_driver_sql("PRAGMA freelist_count").scalar() == 0
            c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        assert lk.db_path.stat().st_size < size
        assert reclaim(lk.engine, min_pages=1) == 0        # nothing left: no write at all
    finally:
        lk.close()


def test_types_keep_the_servers_as_they_are():
    from sqlalchemy.dialects import mysql, postgresql, sqlite
    assert UuidStr().process_bind_param("0190a5b2-7c3d-7e4f-8a1b-2c3d4e5f6a7b", postgresql.dialect()) == \
        "0190a5b2-7c3d-7e4f-8a1b-2c3d4e5f6a7b"
    t = datetime(2026, 1, 1, tzinfo=UTC).replace(tzinfo=None)
    assert UtcTime().process_bind_param(t, mysql.dialect()) is t
    assert isinstance(UtcTime().process_bind_param(t, sqlite.dialect()), int)
    from sqlalchemy.schema import CreateTable
    ddl = str(CreateTable(WorkflowEvent.__table__).compile(dialect=sqlite.dialect()))
    assert "id VARCHAR(36) NOT NULL" in ddl and "at DATETIME NOT NULL" in ddl
    assert "DATETIME(6)" in str(CreateTable(WorkflowEvent.__table__).compile(dialect=mysql.dialect()))


def test_coded_values_round_trip_and_every_workflow_value_is_listed():
    from sqlalchemy.dialects import postgresql, sqlite

    from app import workflow
    # nothing the workflow writes falls back to its text (it would be correct, only not compact)
    assert set(workflow.ACTIONS) <= set(codes.ACTIONS)
    assert set(workflow.STATES) <= set(codes.STATES)
    assert len(set(codes.ACTIONS)) == len(codes.ACTIONS) and len(set(codes.STATES)) == len(codes.STATES)
    lite, pg = sqlite.dialect(), postgresql.dialect()
    a = codes.ACTION
    assert a.process_bind_param("submit_online", lite) == "1" and a.process_bind_param("sign", lite) == "14"
    for v in codes.ACTIONS:
        assert a.process_result_value(a.process_bind_param(v, lite), lite) == v
    # a value outside the vocabulary is stored and read as itself; the servers see text
    for other in ("a_future_action", "", None, "0", "99"):
        assert a.process_result_value(a.process_bind_param(other, lite), lite) == other
    assert a.process_bind_param("sign", pg) == "sign" and a.process_result_value("14", pg) == "14"
    assert a.sql("sign") == "'14'" and a.sql("it's new") == "'it''s new'"
    con = sqlite3.connect(":memory:")
    got = con.execute(f"SELECT {a.text_sql('x')}, {a.text_sql('y')} FROM (SELECT '14' AS x, 'new' AS y)").fetchone()
    assert got == ("sign", "new")
    assert isinstance(codes.STATE, Code)


def test_coded_columns_in_sql_on_the_file(loket):
    """The ORM compares through the type; raw SQL with the stored literal finds the same rows."""
    from tests.factory import file_in
    with loket.Session() as s:
        no = file_in(s, "RECEIVED")
        s.commit()
        app = s.scalars(select(Application).where(Application.no_permohonan == no)).one()
        n_orm = len(s.scalars(select(WorkflowEvent).where(WorkflowEvent.action == "receive",
                                                          WorkflowEvent.application_id == app.id)).all())
        ev = s.scalars(select(WorkflowEvent).where(WorkflowEvent.application_id == app.id,
                                                   WorkflowEvent.action.in_(["receive"]))).one()
        assert (ev.action, ev.to_state) == ("receive", "RECEIVED")
    assert n_orm == 1
    raw = _stored(loket.db_path, f"SELECT count(*) FROM workflow_event WHERE action = {codes.ACTION.sql('receive')}")
    assert raw[0][0] >= 1
    assert _stored(loket.db_path, "SELECT count(*) FROM workflow_event WHERE action = 'receive'") == [(0,)]


def test_downgrade_before_0022_gives_the_text_back(data_dir):
    from app import demo
    lk = open_loket(data_dir)
    demo.generate(lk, 5, seed=4, today=TODAY)
    before = _snapshot(lk)
    command.downgrade(migrate.alembic_config(lk.engine), "0021")
    db = lk.db_path
    assert _stored(db, "SELECT count(*) FROM workflow_event WHERE action = 'receive'")[0][0] > 0
    assert _stored(db, "SELECT count(*) FROM sqlite_master WHERE name = 'ix_workflow_event_at'") == [(1,)]
    lk.close()
    lk = open_loket(data_dir)
    try:
        assert _snapshot(lk) == before
    finally:
        lk.close()


def test_event_data_keys_round_trip():
    from sqlalchemy.dialects import postgresql, sqlite
    lite, pg = sqlite.dialect(), postgresql.dialect()
    t = codes.EVENT_DATA
    value = {"valid_until": "2027-01-19", "number": "503/1", "a_new_key": [1, {"valid_until": 2}],
             "12": "digits", "~x": True, "": None}
    stored = t.process_bind_param(value, lite)
    assert stored["19"] == "2027-01-19" and stored["a_new_key"] == [1, {"valid_until": 2}]   # top level only
    assert {"~12", "~~x", ""} <= set(stored)
    assert t.process_result_value(stored, lite) == value
    assert t.process_bind_param(value, pg) is value and t.process_result_value(value, pg) is value
    assert t.process_bind_param(None, lite) is None and t.process_bind_param([1], lite) == [1]
    con = sqlite3.connect(":memory:")
    import json
    assert con.execute(f"SELECT json_extract(?, {t.path('valid_until')})", (json.dumps(stored),)).fetchone() == \
        ("2027-01-19",)


def test_bulk_readers_read_as_the_types_do():
    """Code.reader and CodedJSON.reader (the sync's bulk read of the file, app/sync/rows.py)
    give what the types' own result processing gives, stored value by stored value."""
    import json

    from sqlalchemy.dialects import sqlite
    lite = sqlite.dialect()
    a = codes.ACTION
    read = a.reader()
    for v in [*codes.ACTIONS, "a_future_action", "", "0", "99", "01", str(len(codes.ACTIONS))]:
        stored = a.process_bind_param(v, lite)
        assert read(stored) == a.process_result_value(stored, lite), v
    assert read("01") == codes.ACTIONS[0]   # as decode reads it, though code() never writes it
    t = codes.EVENT_DATA
    jread = t.reader()
    value = {"valid_until": "2027-01-19", "number": "503/1", "a_new_key": [1, {"valid_until": 2}],
             "12": "digits", "~x": True, "": None}
    lite_json = t._cached_result_processor(lite, None)   # json.loads, then the keys
    for text in (json.dumps(t.process_bind_param(value, lite), separators=(",", ":")),
                 json.dumps(t.process_bind_param(value, lite)),   # with blanks, as older rows were
                 " {\"19\": 1} ", "null", "[1, 2]", "3", "\"x\""):
        assert jread(text) == lite_json(text), text
    assert jread(json.dumps(t.process_bind_param(value, lite))) == value
