"""The SQLite file's dictionary of repeated words (migration 0032, db/base.py CodedText):
an event's officer name and workstation stored as a short code, read as their text on
every path (ORM, Core, the push's driver reads, triggers), written coded on every path
(the ORM through the insert trigger, the pull, the bootstrap, the demo), and up and down
on a demo file without a value changing or anything queued for the push."""
from __future__ import annotations

import sqlite3
from datetime import date, datetime

import pytest
from alembic import command
from sqlalchemy import select

from app.runtime import open_loket
from db import migrate, textcode
from tests.stored_rows import stored as _stored

TODAY = date(2026, 11, 25)
OFFICER = "0190a5b2-7c3d-7e4f-8a1b-2c3d4e5f6a7b"


CODED = {"workflow_event": ("actor_name", "workstation"), "handover": ("officer_name", "workstation"),
         "requirement_check": ("created_ws",)}


def _rows(lk) -> list[list[tuple]]:
    """Every event, hand-over and checklist row as SQLAlchemy Core reads it (sorted)."""
    from db.models import Base
    with lk.Session() as s:
        return [sorted(tuple(r) for r in s.execute(select(Base.metadata.tables[t])).all()) for t in CODED]


def _kinds(db) -> set[str]:
    return {k for t, cols in CODED.items()
            for row in _stored(db, f"SELECT DISTINCT {', '.join(f'typeof({c})' for c in cols)} FROM {t}")
            for k in row}


def _acknowledged(db) -> None:
    """The outbox emptied, as by a push of everything (the rows are then append-only)."""
    con = sqlite3.connect(db)
    con.execute("DELETE FROM sync_outbox")
    con.commit()
    con.close()


def _words(db) -> dict[bytes, str]:
    return {str(i).encode(): v for i, v in _stored(db, "SELECT id, value FROM text_code")}


@pytest.fixture
def demo_file(data_dir):
    from app import demo
    lk = open_loket(data_dir)
    demo.generate(lk, 40, seed=7, today=TODAY)
    yield lk
    lk.close()


def test_demo_events_store_codes_and_every_reader_sees_the_words(demo_file):
    from app.sync import rows
    from app.sync import tables as T
    from db.models import WorkflowEvent
    lk, db = demo_file, demo_file.db_path
    kinds = _stored(db, "SELECT DISTINCT typeof(actor_name), typeof(workstation) FROM workflow_event")
    assert kinds == [("blob", "blob")]
    words = _words(db)
    assert "LOKET2-A" in words.values() and len(words) < 100
    raw = _stored(db, "SELECT id, actor_name, workstation FROM workflow_event ORDER BY rowid LIMIT 50")
    with lk.Session() as s:
        evs = {e.id: e for e in s.scalars(select(WorkflowEvent)).all()}
        core = dict(s.execute(select(WorkflowEvent.id, WorkflowEvent.workstation)).all())
    from db.base import uuid_text
    for rid, name, ws in raw:
        e = evs[uuid_text(rid)]
        assert (e.actor_name, e.workstation) == (words[name], words[ws])
        assert core[e.id] == words[ws]
        assert e.created_ws == e.workstation        # derived from the coded sibling: its text
    spec = T.by_name()["workflow_event"]
    some = list(evs)[:30]
    with lk.engine.connect() as c:
        got = rows.fetch(c, spec, some)
        queued = rows.fetch_queued(c, spec, 0, 1 << 60)
    for i in some:
        assert (got[i]["actor_name"], got[i]["workstation"], got[i]["created_ws"]) == \
            (evs[i].actor_name, evs[i].workstation, evs[i].workstation)
        assert queued[i]["actor_name"] == evs[i].actor_name
        assert queued[i]["created_ws"] == evs[i].workstation


def test_an_officer_s_event_is_coded_by_the_trigger_and_is_no_edit(demo_file):
    from app.sync import rows
    from app.sync import tables as T
    from db.models import Application, WorkflowEvent
    lk, db = demo_file, demo_file.db_path
    _acknowledged(db)
    n_words = len(_words(db))
    at = datetime(2026, 11, 25, 3, 0, 0, 7)
    with lk.Session() as s:
        app_id = s.scalar(select(Application.id).limit(1))
        ev = WorkflowEvent(application_id=app_id, action="verify", from_state="RECEIVED", to_state="VERIFIED",
                           actor_id=OFFICER, actor_name="Petugas Baru, S.Kom.", workstation="LOKET9-Z", at=at,
                           created_at=at, created_by=OFFICER, created_ws="LOKET9-Z")
        s.add(ev)
        s.commit()
        eid = ev.id
    from db.base import uuid_bytes
    (name, ws, cws), = _stored(db, "SELECT actor_name, workstation, created_ws FROM workflow_event WHERE id = ?",
                               (uuid_bytes(eid),))
    words = _words(db)
    assert len(words) == n_words + 2
    assert (words[name], words[ws], cws) == ("Petugas Baru, S.Kom.", "LOKET9-Z", None)
    # queued once by its insert: neither the stamps' compaction nor the coding counts as an edit
    assert _stored(db, "SELECT gen FROM sync_outbox WHERE row_id = ?", (uuid_bytes(eid),)) == [(1,)]
    with lk.Session() as s:
        e = s.get(WorkflowEvent, eid)
        assert (e.actor_name, e.workstation, e.created_ws) == ("Petugas Baru, S.Kom.", "LOKET9-Z", "LOKET9-Z")
    spec = T.by_name()["workflow_event"]
    with lk.engine.connect() as c:
        r = rows.fetch(c, spec, [eid])[eid]
    assert (r["actor_name"], r["workstation"], r["created_ws"]) == ("Petugas Baru, S.Kom.", "LOKET9-Z", "LOKET9-Z")
    # a second event with the same words takes the same codes: the dictionary does not grow
    with lk.Session() as s:
        s.add(WorkflowEvent(application_id=app_id, action="verify", from_state="RECEIVED", to_state="VERIFIED",
                            actor_id=OFFICER, actor_name="Petugas Baru, S.Kom.", workstation="LOKET9-Z", at=at))
        s.commit()
    assert len(_words(db)) == n_words + 2
    # once pushed (no longer queued) the row is append-only: a changed word is refused,
    # whatever form it is written in, and the same word as its code or its text is let through
    _acknowledged(db)
    con = sqlite3.connect(db)
    key = uuid_bytes(eid)
    other = next(c for c, w in words.items() if w == "LOKET2-A")
    for value in ("LOKET2-A", other):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            con.execute("UPDATE workflow_event SET workstation = ? WHERE id = ?", (value, key))
    con.execute("UPDATE workflow_event SET workstation = ? WHERE id = ?", ("LOKET9-Z", key))
    con.execute("UPDATE workflow_event SET workstation = ? WHERE id = ?", (ws, key))
    con.commit()
    con.close()
    with lk.Session() as s:
        assert s.get(WorkflowEvent, eid).workstation == "LOKET9-Z"


def test_pulled_and_bootstrapped_events_are_written_coded(demo_file):
    from app.sync import bulk, rows
    from app.sync import tables as T
    from db.base import new_id, time_int, uuid_bytes
    from db.models import Application
    lk, db = demo_file, demo_file.db_path
    spec = T.by_name()["workflow_event"]
    cols = list(spec.columns)
    with lk.Session() as s:
        app_id = s.scalar(select(Application.id).limit(1))
    at = datetime(2026, 11, 25, 5, 0, 0, 9)

    def row(name, ws):
        r = {c: None for c in cols}
        r.update(id=new_id(), application_id=app_id, action="verify", from_state="RECEIVED", to_state="VERIFIED",
                 actor_id=OFFICER, actor_name=name, workstation=ws, at=at, created_at=at, created_by=OFFICER,
                 created_ws=ws, seq=99)
        return r
    pulled, stored_row = row("Pengirim Pusat", "LOKET4-P"), row("Pengirim Pusat", "PUSAT-1")

    def as_stored(r):
        return tuple(uuid_bytes(v) if k in ("id", "application_id", "actor_id", "created_by") and v else
                     time_int(v) if isinstance(v, datetime) else v for k, v in r.items())
    from db.codes import ACTION, STATE
    stored_t = list(as_stored(stored_row))
    for k in ("action",):
        stored_t[cols.index(k)] = ACTION.code(stored_row[k])
    for k in ("from_state", "to_state"):
        stored_t[cols.index(k)] = STATE.code(stored_row[k])
    with lk.engine.begin() as c:
        bulk.upsert_local(c, spec.table, cols, spec.pk, [pulled], update=False)
        bulk.upsert_stored(c, spec.table, cols, spec.pk, [tuple(stored_t)], update=False)
    words = _words(db)
    for r in (pulled, stored_row):
        (name, ws, cws), = _stored(db, "SELECT actor_name, workstation, created_ws FROM workflow_event "
                                       "WHERE id = ?", (uuid_bytes(r["id"]),))
        assert type(name) is bytes and type(ws) is bytes and cws is None      # coded, stamps compact
        assert (words[name], words[ws]) == (r["actor_name"], r["workstation"])
    with lk.engine.connect() as c:
        got = rows.fetch(c, spec, [pulled["id"], stored_row["id"]])
    for r in (pulled, stored_row):
        assert {k: got[r["id"]][k] for k in ("actor_name", "workstation", "created_ws")} == \
            {k: r[k] for k in ("actor_name", "workstation", "created_ws")}


def test_a_rolled_back_word_is_never_read_for_another(data_dir):
    """An id handed out in a transaction that rolled back is handed out again: the
    readers and writers read the dictionary in their own transaction (db/textcode.py)."""
    lk = open_loket(data_dir)
    try:
        with lk.engine.connect() as c:
            enc = textcode.Encoder(c)
            first = enc.code("Satu")
            c.rollback()
        with lk.engine.begin() as c:
            again = textcode.Encoder(c).code("Dua")
            assert again == first                 # the same id, now for another word
            assert textcode.decoder(c)[again] == "Dua"
        with lk.engine.connect() as c:
            with pytest.raises(LookupError, match="no word"):
                textcode.decode_column(textcode.decoder(c), [b"999"])
    finally:
        lk.close()


def test_the_register_orders_by_the_officer_s_name_not_its_code(demo_file):
    from db.base import text_order
    from db.models import WorkflowEvent
    with demo_file.Session() as s:
        names = s.scalars(select(WorkflowEvent.actor_name).order_by(text_order(WorkflowEvent.actor_name))).all()
    assert len(set(names)) > 3 and names == sorted(names)


def test_migration_0032_up_and_down_on_demo_data(demo_file, data_dir):
    lk, db = demo_file, demo_file.db_path
    before = _rows(lk)
    outbox = _stored(db, "SELECT count(*), sum(gen) FROM sync_outbox")
    command.downgrade(migrate.alembic_config(lk.engine), "0031")
    lk.close()
    assert _kinds(db) == {"text"}
    assert _stored(db, "SELECT count(*) FROM sqlite_master WHERE name = 'text_code' "
                       "OR sql LIKE '%text_code%'") == [(0,)]
    assert _stored(db, "SELECT count(*), sum(gen) FROM sync_outbox") == outbox
    lk2 = open_loket(data_dir)                      # up, as every start does (backup first)
    try:
        assert migrate.current_revision(lk2.engine) == migrate.head_revision()
        assert _rows(lk2) == before
        assert _kinds(db) == {"blob"}
        assert _stored(db, "SELECT count(*), sum(gen) FROM sync_outbox") == outbox
        # the commonest word has the shortest code
        (top,), = _stored(db, "SELECT workstation FROM workflow_event GROUP BY workstation "
                              "ORDER BY count(*) DESC LIMIT 1")
        assert len(top) == 1
    finally:
        lk2.close()


def test_hand_overs_and_checklists_store_codes_and_an_edit_s_base_has_the_words(demo_file):
    from app.sync import rows
    from app.sync import tables as T
    from db.base import uuid_bytes
    from db.models import Handover, RequirementCheck
    lk, db = demo_file, demo_file.db_path
    assert _stored(db, "SELECT DISTINCT typeof(officer_name), typeof(workstation) FROM handover") == \
        [("blob", "blob")]
    assert _stored(db, "SELECT DISTINCT typeof(created_ws) FROM requirement_check") == [("blob",)]
    words = _words(db)
    (hid, hname, hws), = _stored(db, "SELECT id, officer_name, workstation FROM handover LIMIT 1")
    with lk.Session() as s:
        from db.base import uuid_text
        h = s.get(Handover, uuid_text(hid))
        assert (h.officer_name, h.workstation, h.created_ws) == (words[hname], words[hws], words[hws])
    (cid, cws), = _stored(db, "SELECT id, created_ws FROM requirement_check WHERE updated_at = 0 LIMIT 1")
    cid = uuid_text(cid)
    with lk.Session() as s:
        c = s.get(RequirementCheck, cid)
        assert (c.created_ws, c.updated_ws) == (words[cws], words[cws])
    # an edit of a checklist row: its outbox base (the merge's ancestor, written by the capture
    # trigger in SQL) holds the words, the row its new stamps
    _acknowledged(db)
    with lk.Session() as s:
        c = s.get(RequirementCheck, cid)
        c.sheets = 7
        c.updated_ws, c.updated_by = "LOKET3-B", OFFICER
        s.commit()
    spec = T.by_name()["requirement_check"]
    (base,), = _stored(db, "SELECT base FROM sync_outbox WHERE row_id = ?", (uuid_bytes(cid),))
    old = rows.decode_base(spec, base)
    assert old["created_ws"] == old["updated_ws"] == words[cws]
    with lk.engine.connect() as conn:
        now = rows.fetch(conn, spec, [cid])[cid]
    assert (now["created_ws"], now["updated_ws"], now["sheets"]) == (words[cws], "LOKET3-B", 7)
