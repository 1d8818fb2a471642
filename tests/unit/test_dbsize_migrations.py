"""The database-size migrations of issue 17 from 0027 on, up and down on a demo file
as `loket` runs them on start (backup first): nothing written is lost, the plans of
the queries the dropped or changed indexes served stay index walks."""
from __future__ import annotations

import json
import sqlite3
from datetime import date
from typing import Any

from alembic import command

from app.runtime import open_loket
from db import migrate
from tests.stored_rows import stored as _stored

TODAY = date(2026, 11, 25)


def _plan(db, sql) -> str:
    return " ".join(r[-1] for r in _stored(db, "EXPLAIN QUERY PLAN " + sql))


def _indexes(db) -> set[str]:
    return {r[0] for r in _stored(db, "SELECT name FROM sqlite_master WHERE type = 'index'")}


def test_migration_0027_drops_the_due_date_index(data_dir):
    from app import demo
    lk = open_loket(data_dir)
    demo.generate(lk, 20, seed=3, today=TODAY)
    db = lk.db_path
    assert "ix_application_due_date" not in _indexes(db)         # a new file: as the models say
    # (as stored at the head: the way down passes 0031, which spells technical data's keys out)
    apps = _stored(db, "SELECT * FROM application ORDER BY id")
    command.downgrade(migrate.alembic_config(lk.engine), "0026")
    lk.close()
    assert "ix_application_due_date" in _indexes(db)
    lk = open_loket(data_dir)                                       # up, as every start does
    try:
        assert len(list((data_dir / "backup").glob("loket-*.sqlite3"))) == 1
        assert migrate.current_revision(lk.engine) == migrate.head_revision()
    finally:
        lk.close()
    assert "ix_application_due_date" not in _indexes(db)
    assert _stored(db, "SELECT * FROM application ORDER BY id") == apps
    # the queries on due_date name the holder role or the state first (tracking, backoffice,
    # reports, closures): their own indexes serve them
    assert "ix_application_holder_due" in _plan(
        db, "SELECT count(*) FROM application WHERE holder_role IN ('a', 'b') AND due_date < '2026-11-25'")
    assert "ix_application_state_due" in _plan(
        db, "SELECT id FROM application WHERE state IN ('1', '2') AND due_date >= '2026-11-25' "
            "ORDER BY due_date")


def _checks(lk) -> list[tuple]:
    """Every checklist row as SQLAlchemy Core reads it (sorted)."""
    from sqlalchemy import select

    from db.models import Base
    with lk.Session() as s:
        return sorted(tuple(r) for r in s.execute(select(Base.metadata.tables["requirement_check"])).all())


def _compact_row_reads_in_full_and_edits_once(lk, db, model, row_id: str, field: str, value: Any) -> None:
    """A row stored compact (update stamps left to the creation stamps): the push's
    driver-level read gives it in full; an ORM edit writes all three stamps, counts the
    version once, and the outbox's base carries the stamps in full."""
    from app.sync import rows
    from app.sync import tables as T
    from db.base import uuid_bytes
    table = model.__tablename__
    with lk.engine.connect() as c:
        r = rows.fetch(c, T.by_name()[table], [row_id])[row_id]
    assert r["updated_at"] == r["created_at"] and r["updated_by"] == r["created_by"] and r["updated_ws"]
    con = sqlite3.connect(db)
    con.execute("DELETE FROM sync_outbox")
    con.commit()
    con.close()
    with lk.Session() as s:
        o = s.get(model, row_id)
        version, created_by, created_ws = o.version, o.created_by, o.created_ws
        setattr(o, field, value)
        s.commit()
    (ua, ub, uw, v), = _stored(db, f"SELECT updated_at, updated_by, updated_ws, version FROM {table} "
                                   "WHERE id = ?", (uuid_bytes(row_id),))
    assert ua > 0 and ub == uuid_bytes(created_by) and uw == created_ws and v == version + 1
    (base,), = _stored(db, f"SELECT base FROM sync_outbox WHERE table_name = '{table}'")
    assert json.loads(base)["updated_by"] == created_by and json.loads(base)["updated_ws"] == created_ws


def test_migration_0028_checklist_stamps_up_and_down(data_dir):

    from sqlalchemy import select

    from app import demo
    from app.sync import rows
    from app.sync import tables as T
    from db.base import uuid_bytes, uuid_text
    from db.models import Application, RequirementCheck
    lk = open_loket(data_dir)
    demo.generate(lk, 30, seed=5, today=TODAY)
    db = lk.db_path
    total = _stored(db, "SELECT count(*) FROM requirement_check")[0][0]
    compact = _stored(db, "SELECT count(*) FROM requirement_check WHERE updated_at = 0 AND updated_by IS NULL "
                          "AND updated_ws IS NULL")[0][0]
    assert total > 50 and 0 < compact < total          # the demo writes never-edited rows compact
    before = _checks(lk)
    with lk.Session() as s:                             # read as written: the creation stamps
        got = s.execute(select(RequirementCheck.id, RequirementCheck.created_at, RequirementCheck.updated_at,
                               RequirementCheck.created_by, RequirementCheck.updated_by,
                               RequirementCheck.created_ws, RequirementCheck.updated_ws)).all()
    assert all(r.updated_at.year > 2000 and r.updated_ws for r in got)
    rid = uuid_text(_stored(db, "SELECT id FROM requirement_check WHERE updated_at = 0 LIMIT 1")[0][0])
    # an edit that leaves updated_by and updated_ws as they were
    _compact_row_reads_in_full_and_edits_once(lk, db, RequirementCheck, rid, "note", "dicek ulang")
    # a new row written by the services: stored compact by the file's trigger, queued once,
    # its version 1 (the compaction is no edit)
    from app.services import intake
    from app.services.context import Actor
    (other, app_b, req_b), = _stored(db, "SELECT id, application_id, requirement_id FROM requirement_check "
                                         "WHERE id <> ? LIMIT 1", (uuid_bytes(rid),))
    con = sqlite3.connect(db)
    con.execute("DELETE FROM requirement_check WHERE id = ?", (other,))
    con.execute("DELETE FROM sync_outbox")
    con.commit()
    con.close()
    actor = Actor("0190a5b2-7c3d-7e4f-8a1b-2c3d4e5f6a7b", "budi", "Budi", None, frozenset({"LOKET2"}), "LOKET2-A")
    with lk.Session() as s:
        app = s.get(Application, uuid_text(app_b))
        assert intake._store_items(s, actor, app, [intake.Item(uuid_text(req_b), "x", True, False, present=True,
                                                               sheets=1)]) == 1
        s.commit()
    ((other, *stamps),) = _stored(db, "SELECT id, updated_at, updated_by, updated_ws, version FROM requirement_check "
                                        "WHERE application_id = ? AND requirement_id = ?", (app_b, req_b))
    assert stamps == [0, None, None, 1]
    # one insert: gen 1, no edit counted
    assert _stored(db, "SELECT gen, base_version FROM sync_outbox WHERE row_id = ?", (other,)) == [(1, None)]
    with lk.engine.connect() as c:
        r = rows.fetch(c, T.by_name()["requirement_check"], [uuid_text(other)])[uuid_text(other)]
    assert r["updated_at"] == r["created_at"] and r["updated_by"] == actor.officer_id and r["updated_ws"] == "LOKET2-A"
    before = _checks(lk)
    # down: every stamp written out in full again, the trigger gone, nothing queued for the push
    outbox = _stored(db, "SELECT count(*) FROM sync_outbox")
    compact = _stored(db, "SELECT count(*) FROM requirement_check WHERE updated_at = 0")[0][0]
    command.downgrade(migrate.alembic_config(lk.engine), "0027")
    lk.close()
    assert _stored(db, "SELECT count(*) FROM requirement_check WHERE updated_at = 0") == [(0,)]
    assert _stored(db, "SELECT count(*) FROM sqlite_master WHERE name = 'loket_check_stamps'") == [(0,)]
    assert _stored(db, "SELECT count(*) FROM sync_outbox") == outbox
    lk = open_loket(data_dir)                           # up, as every start does
    try:
        assert migrate.current_revision(lk.engine) == migrate.head_revision()
        assert _checks(lk) == before                    # every value as it was written
        assert _stored(db, "SELECT count(*) FROM requirement_check WHERE updated_at = 0")[0][0] == compact
        assert _stored(db, "SELECT count(*) FROM sync_outbox") == outbox
    finally:
        lk.close()


def test_migration_0029_rollup_without_rowid_keeps_totals_and_triggers(data_dir):
    from app import demo
    lk = open_loket(data_dir)
    demo.generate(lk, 20, seed=4, today=TODAY)
    db = lk.db_path

    def kind() -> str:
        return _stored(db, "SELECT sql FROM sqlite_master WHERE name = 'report_rollup'")[0][0]
    triggers = _stored(db, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                           "AND name LIKE 'report_rollup_%' ORDER BY name")
    assert "WITHOUT ROWID" in kind() and len(triggers) == 2      # a new file: as the model says
    totals = _stored(db, "SELECT * FROM report_rollup ORDER BY 1, 2, 3")
    assert len(totals) > 10
    command.downgrade(migrate.alembic_config(lk.engine), "0028")
    lk.close()
    assert "WITHOUT ROWID" not in kind()
    assert _stored(db, "SELECT * FROM report_rollup ORDER BY 1, 2, 3") == totals
    lk = open_loket(data_dir)                                       # up, as every start does
    lk.close()
    assert "WITHOUT ROWID" in kind()
    assert _stored(db, "SELECT * FROM report_rollup ORDER BY 1, 2, 3") == totals
    assert _stored(db, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                       "AND name LIKE 'report_rollup_%' ORDER BY name") == triggers


def _parties(lk) -> list[Any]:
    """Every applicant, company and survey row as SQLAlchemy Core reads it (sorted), and
    every application's technical data."""
    from sqlalchemy import select

    from db.models import Application, Base
    with lk.Session() as s:
        return [sorted(tuple(r) for r in s.execute(select(Base.metadata.tables[t])).all())
                for t in ("applicant", "company", "survey_response")] + \
            [sorted((i, json.dumps(d, sort_keys=True)) for i, d in
                    s.execute(select(Application.id, Application.technical_data)).all())]


def test_migration_0031_applicant_and_company_stamps_up_and_down(data_dir):
    from datetime import datetime, timedelta

    from sqlalchemy import select

    from app import demo
    from app.sync import bulk, rows
    from app.sync import tables as T
    from db.base import fresh_stamps, new_id, stamp_order, time_int, uuid_bytes, uuid_text
    from db.models import Applicant, Company
    lk = open_loket(data_dir)
    demo.generate(lk, 40, seed=5, today=TODAY)
    db = lk.db_path
    q_compact = ("SELECT count(*) FROM {t} WHERE updated_at = 0 AND updated_by IS NULL "
                 "AND updated_ws IS NULL")
    for t in ("applicant", "company"):
        total = _stored(db, f"SELECT count(*) FROM {t}")[0][0]
        assert total > 0 and _stored(db, q_compact.format(t=t)) == [(total,)], t   # the demo writes them compact
    with lk.Session() as s:                             # read as written: the creation stamps
        got = s.execute(select(Applicant.created_at, Applicant.updated_at, Applicant.created_by,
                               Applicant.updated_by, Applicant.created_ws, Applicant.updated_ws)).all()
    assert got and all(r[0] == r[1] and r[1].year > 2000 and r[2] == r[3] and r[4] == r[5] and r[5] for r in got)
    aid = uuid_text(_stored(db, "SELECT id FROM applicant LIMIT 1")[0][0])
    # an edit as the SiCantik importer's
    _compact_row_reads_in_full_and_edits_once(lk, db, Applicant, aid, "phone", "0812 0000 1111")
    # the edited row is the most recently updated one: ORDER BY reads the stamp as written
    with lk.Session() as s:
        newest = s.scalar(select(Applicant.id).order_by(stamp_order(Applicant.__table__.c.updated_at).desc())
                          .limit(1))
    assert newest == aid
    # a new record as the services write it: stored compact by the file's trigger, queued
    # once, its version 1 (the compaction is no edit); one with stamps of its own kept
    officer = "0190a5b2-7c3d-7e4f-8a1b-2c3d4e5f6a7b"
    con = sqlite3.connect(db)
    con.execute("DELETE FROM sync_outbox")
    con.commit()
    con.close()
    with lk.Session() as s:
        fresh = Company(name="PT Baru", **fresh_stamps(officer, "LOKET2-A"))
        other = Company(name="PT Lain", created_by=officer, created_ws="LOKET2-A")   # two defaults: kept
        s.add_all([fresh, other])
        s.commit()
        fresh_id, other_id = fresh.id, other.id
    q = "SELECT updated_at, updated_by, updated_ws, version FROM company WHERE id = ?"
    assert _stored(db, q, (uuid_bytes(fresh_id),)) == [(0, None, None, 1)]
    assert _stored(db, q, (uuid_bytes(other_id),))[0][0] > 0
    assert _stored(db, "SELECT gen, base_version FROM sync_outbox WHERE row_id = ?", (uuid_bytes(fresh_id),)) \
        == [(1, None)]
    cspec = T.by_name()["company"]
    with lk.engine.connect() as c:
        r = rows.fetch(c, cspec, [fresh_id])[fresh_id]
    assert r["updated_at"] == r["created_at"] and r["updated_by"] == officer and r["updated_ws"] == "LOKET2-A"
    # a pull and a bootstrap store a record whose stamps are its own compact, the others as they are
    at = datetime(2026, 11, 25, 4, 0, 0, 5)

    def row(**kw):
        r = {c: None for c in cspec.columns}
        r.update(id=new_id(), name="PT Tarik", version=1, created_at=at, created_by=officer, created_ws="LOKET3-B",
                 updated_at=at, updated_by=officer, updated_ws="LOKET3-B")
        r.update(kw)
        return r
    own, edited = row(), row(updated_at=at + timedelta(seconds=1), version=2)
    stored_own = row()

    def as_stored(r):
        return tuple(uuid_bytes(v) if k in ("id", "created_by", "updated_by") and v else
                     time_int(v) if isinstance(v, datetime) else v for k, v in r.items())
    cols = list(cspec.columns)
    with lk.engine.begin() as c:
        bulk.upsert_local(c, cspec.table, cols, cspec.pk, [own, edited], update=False)
        bulk.upsert_stored(c, cspec.table, cols, cspec.pk, [as_stored(stored_own)], update=False)
    q = "SELECT updated_at, updated_by, updated_ws FROM company WHERE id = ?"
    assert _stored(db, q, (uuid_bytes(own["id"]),)) == [(0, None, None)]
    assert _stored(db, q, (uuid_bytes(stored_own["id"]),)) == [(0, None, None)]
    assert _stored(db, q, (uuid_bytes(edited["id"]),))[0][0] == time_int(at + timedelta(seconds=1))
    with lk.engine.connect() as c:
        got = rows.fetch(c, cspec, [own["id"], edited["id"], stored_own["id"]])
    for r in (own, edited, stored_own):
        assert {k: got[r["id"]][k] for k in ("updated_at", "updated_by", "updated_ws")} == \
            {k: r[k] for k in ("updated_at", "updated_by", "updated_ws")}
    # technical data: the shipped fields' names stored as their positions, read as written;
    # one not listed kept as its text, through the push's read and the outbox's base too
    from db.codes import TECHNICAL_KEYS
    from db.models import Application
    stored_tech = [t for (t,) in _stored(db, "SELECT technical_data FROM application WHERE technical_data "
                                            "IS NOT NULL AND technical_data <> 'null'")]
    assert stored_tech and not any(k in t for t in stored_tech for k in TECHNICAL_KEYS)
    with lk.Session() as s:
        techs = [d for (d,) in s.execute(select(Application.technical_data)).all() if d]
    assert techs and all(set(d) <= set(TECHNICAL_KEYS) for d in techs)
    app_id = uuid_text(_stored(db, "SELECT id FROM application WHERE technical_data LIKE '{%' LIMIT 1")[0][0])
    con = sqlite3.connect(db)
    con.execute("DELETE FROM sync_outbox")
    con.commit()
    con.close()
    with lk.Session() as s:
        app = s.get(Application, app_id)
        old_tech = dict(app.technical_data)
        app.technical_data = {**old_tech, "Catatan petugas": "lengkap", "7": "x"}
        s.commit()
    (t,), = _stored(db, "SELECT technical_data FROM application WHERE id = ?", (uuid_bytes(app_id),))
    assert '"Catatan petugas":"lengkap"' in t and '"~7":"x"' in t and TECHNICAL_KEYS[0] not in t
    aspec = T.by_name()["application"]
    with lk.engine.connect() as c:
        assert rows.fetch(c, aspec, [app_id])[app_id]["technical_data"] == \
            {**old_tech, "Catatan petugas": "lengkap", "7": "x"}
    (base,), = _stored(db, "SELECT base FROM sync_outbox WHERE table_name = 'application'")
    assert rows.decode_base(aspec, base)["technical_data"] == old_tech
    # a survey's created_at is its `at`: stored 0, read as written (ORM, the push's read)
    from db.models import SurveyResponse
    n_survey = _stored(db, "SELECT count(*) FROM survey_response")[0][0]
    assert n_survey > 0 and _stored(db, "SELECT count(*) FROM survey_response WHERE created_at = 0") == \
        [(n_survey,)]
    with lk.Session() as s:
        got = s.execute(select(SurveyResponse.id, SurveyResponse.created_at, SurveyResponse.at)).all()
    assert all(r.created_at == r.at and r.at.year > 2000 for r in got)
    sspec = T.by_name()["survey_response"]
    with lk.engine.connect() as c:
        r = rows.fetch(c, sspec, [got[0].id])[got[0].id]
    assert r["created_at"] == r["at"] == got[0].at
    con = sqlite3.connect(db)
    con.execute("DELETE FROM sync_outbox")
    con.commit()
    con.close()
    with lk.Session() as s:                             # as app/services/survey.py records one
        sr = SurveyResponse(application_id=app_id, declined=True, decline_reason="tidak berkenan", at=at,
                            created_at=at, created_by=officer, created_ws="LOKET5-A")
        s.add(sr)
        s.commit()
        sid = sr.id
    assert _stored(db, "SELECT created_at, created_by FROM survey_response WHERE id = ?", (uuid_bytes(sid),)) \
        == [(0, uuid_bytes(officer))]
    assert _stored(db, "SELECT gen FROM sync_outbox WHERE row_id = ?", (uuid_bytes(sid),)) == [(1,)]
    n_survey += 1
    # down: every stamp written out in full again, the triggers gone, nothing queued for the push
    before = _parties(lk)
    outbox = _stored(db, "SELECT count(*) FROM sync_outbox")
    compact = [_stored(db, q_compact.format(t=t))[0][0] for t in ("applicant", "company")]
    command.downgrade(migrate.alembic_config(lk.engine), "0030")
    lk.close()
    for t in ("applicant", "company"):
        assert _stored(db, f"SELECT count(*) FROM {t} WHERE updated_at = 0") == [(0,)]
    assert "ix_handover_handed_at" in _indexes(db)
    (t,), = _stored(db, "SELECT technical_data FROM application WHERE id = ?", (uuid_bytes(app_id),))
    assert TECHNICAL_KEYS[0] in t or any(k in t for k in old_tech)     # spelt out again
    assert '"7":"x"' in t
    assert _stored(db, "SELECT count(*) FROM sqlite_master WHERE name IN ('loket_applicant_stamps', "
                       "'loket_company_stamps', 'loket_survey_stamps')") == [(0,)]
    assert _stored(db, "SELECT count(*) FROM survey_response WHERE created_at = at") == [(n_survey,)]
    assert _stored(db, "SELECT count(*) FROM sync_outbox") == outbox
    lk = open_loket(data_dir)                           # up, as every start does (backup first)
    try:
        assert len(list((data_dir / "backup").glob("loket-*.sqlite3"))) >= 1
        assert migrate.current_revision(lk.engine) == migrate.head_revision()
        assert _parties(lk) == before                   # every value as it was written
        assert [_stored(db, q_compact.format(t=t))[0][0] for t in ("applicant", "company")] == compact
        assert _stored(db, "SELECT count(*) FROM survey_response WHERE created_at = 0") == [(n_survey,)]
        assert _stored(db, "SELECT count(*) FROM sync_outbox") == outbox
    finally:
        lk.close()
    # no index on handed_at: the one query on hand-overs (app/services/handover.py `existing`)
    # reads one by its file, through the unique index on application_id
    assert "ix_handover_handed_at" not in _indexes(db)
    plan = _plan(db, "SELECT * FROM handover WHERE application_id = x'00'")
    assert "USING INDEX sqlite_autoindex_handover" in plan, plan
