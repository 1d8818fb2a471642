"""Sync properties against the real PostgreSQL and MariaDB servers: offline
first, exactly once, nothing skipped, conflicts, office-wide rules."""
from __future__ import annotations

import threading

import pytest
from sqlalchemy import bindparam, insert, select, text

from app.sync import central as C
from app.sync.pull import pull
from app.sync.push import Pusher, pending
from app.sync.session import sync_once
from db.base import UuidStr
from db.models import Applicant, Application, Officer, SyncOutbox, WorkflowEvent
from tests.sync_helpers import count, hand_over_at_both, new_file, table_ids

pytestmark = pytest.mark.central


def outbox(st) -> list[tuple[str, str]]:
    with st.engine.connect() as c:
        # typed: keys are stored as 16 bytes on SQLite (db/base.py)
        ob = SyncOutbox.__table__
        return c.execute(select(ob.c.table_name, ob.c.row_id).order_by(ob.c.seq)).all()


def test_offline_first_change_and_outbox_commit_together(central, stations):
    url, engine = central
    a = stations("LOKET2-A", engine)
    a.sync()
    assert pending(a.engine) == 0
    # The central database is down: the officer's work commits locally regardless.
    down_target = C.Target("postgresql+psycopg://loket:rahasia@127.0.0.1:1/none")
    down = C.connect(down_target)
    with a.Session() as s:
        app = new_file(s, "LOKET2-A")
        s.commit()
        app_id = app.id
    queued = outbox(a)
    assert ("application", app_id) in queued and len(queued) == 3   # applicant, application, event
    with pytest.raises(C.Unreachable) as e:
        sync_once(a.engine, down, a.name, target=down_target)
    assert "rahasia" not in str(e.value) and "tidak dapat dihubungi" in str(e.value)
    assert outbox(a) == queued
    # A rolled-back transaction leaves neither the row nor an outbox entry.
    with a.Session() as s:
        new_file(s, "LOKET2-A")
        s.flush()
        s.rollback()
    assert outbox(a) == queued
    # Rows written by bulk Core inserts (loket demo) are captured as well.
    with a.engine.begin() as c:
        c.execute(insert(Officer.__table__), [
            {"id": f"00000000-0000-0000-0000-00000000000{i}", "username": f"demo{i}", "full_name": f"Demo {i}",
             "roles": "LOKET2", "active": True, "failed_attempts": 0, "version": 1,
             "created_at": app.created_at, "updated_at": app.created_at} for i in range(3)])
    assert len(outbox(a)) == 6
    res = a.sync()
    assert res.push.sent == 6 and pending(a.engine) == 0
    with engine.connect() as c:
        assert app_id in table_ids(c, "application")
        assert count(c, "officer") == 3


def test_exactly_once_retry_and_crash_before_ack(central, stations):
    url, engine = central
    a = stations("LOKET2-A", engine)
    a.sync()
    with a.Session() as s:
        ids = [new_file(s, "LOKET2-A").id for _ in range(5)]
        s.commit()
    with a.Session() as s:   # an edited row: goes up as a merge candidate with its ancestor
        s.get(Application, ids[0]).location = "Jl. Merdeka 1"
        s.commit()

    class Crash(Exception):
        pass

    def crash():
        raise Crash()
    with pytest.raises(Crash):   # central committed, local acknowledgement never happened
        Pusher(a.engine, engine, a.name, hooks={"after_central_commit": crash}).run()
    assert pending(a.engine) == 15
    with engine.connect() as c:
        before = {t: count(c, t) for t in ("application", "applicant", "workflow_event", "sync_change")}
        version = c.execute(text("SELECT version FROM application WHERE id = :i"), {"i": ids[0]}).scalar()
        clock = c.execute(text("SELECT value FROM sync_clock")).scalar()
    rep = Pusher(a.engine, engine, a.name).run()       # the retry
    assert rep.sent == 15 and rep.written == {} and rep.unchanged == 15
    assert pending(a.engine) == 0
    rep = Pusher(a.engine, engine, a.name).run()       # and nothing left to send
    assert rep.sent == 0
    with engine.connect() as c:
        assert {t: count(c, t) for t in before} == before
        assert c.execute(text("SELECT version FROM application WHERE id = :i"), {"i": ids[0]}).scalar() == version
        assert c.execute(text("SELECT value FROM sync_clock")).scalar() == clock
    # A rescan re-sends everything: still nothing changes centrally.
    from app.sync import capture
    assert capture.enqueue_all(a.engine) > 15
    rep = a.sync().push
    assert rep.written == {} and rep.rejected == []
    with engine.connect() as c:
        assert {t: count(c, t) for t in before} == before


def test_nothing_skipped_late_commit(central, stations):
    """Pusher A opens its transaction first and writes its rows first, but
    commits last; the puller reads in between and still gets A's rows."""
    url, engine = central
    a, b, r = stations("A", engine), stations("B", engine), stations("R", engine)
    for st in (a, b, r):
        st.sync()
    with a.Session() as s:
        a_ids = [new_file(s, "A").id for _ in range(3)]
        s.commit()
    with b.Session() as s:
        b_ids = [new_file(s, "B").id for _ in range(3)]
        s.commit()
    a_inside, a_go = threading.Event(), threading.Event()

    a_auto = []

    def hold(conn):   # A: its rows are written, not yet committed (change-log rows come under the clock)
        a_auto.append(conn.execute(text("SELECT count(*) FROM application WHERE id IN ({})".format(
            ", ".join(f"'{i}'" for i in a_ids)))).scalar())
        a_inside.set()
        assert a_go.wait(30)
    errors = []

    def push_a():
        try:
            Pusher(a.engine, engine, "A", hooks={"before_clock": hold}).run()
        except Exception as e:   # pragma: no cover - reported below
            errors.append(e)
    ta = threading.Thread(target=push_a)
    ta.start()
    assert a_inside.wait(30)
    Pusher(b.engine, engine, "B").run()            # B commits while A is still open
    first = pull(r.engine, engine, "R")
    with r.engine.connect() as c:
        seen = set(table_ids(c, "application"))
    assert set(b_ids) <= seen and not (set(a_ids) & seen)
    # The race is really provoked: A had written its files before B committed.
    assert a_auto == [3]
    a_go.set()
    ta.join(30)
    assert not errors
    second = pull(r.engine, engine, "R")
    with r.engine.connect() as c:
        seen = set(table_ids(c, "application"))
    assert set(a_ids) | set(b_ids) <= seen
    assert first.received.get("application") == 3 and second.received.get("application") == 3


def test_conflict_per_field_last_writer_wins_and_log(central, stations, capsys):
    url, engine = central
    a, b = stations("LOKET2-A", engine), stations("LOKET2-B", engine)
    with a.Session() as s:
        app = new_file(s, "LOKET2-A")
        s.commit()
        ap_id = app.applicant_id
    a.sync()
    b.sync()
    # Both offline: A edits phone and address, B (later) edits phone and email.
    with a.Session() as s:
        x = s.get(Applicant, ap_id)
        x.phone, x.address, x.updated_ws = "0811-A", "Jl. A", "LOKET2-A"
        s.commit()
    with b.Session() as s:
        x = s.get(Applicant, ap_id)
        assert x is not None   # came down with its application
        x.phone, x.email, x.updated_ws = "0812-B", "b@contoh.id", "LOKET2-B"
        s.commit()
    a.sync()
    rep = b.sync()
    assert rep.push.conflicts == 1
    a.sync()
    for st in (a, b):
        with st.Session() as s:
            x = s.get(Applicant, ap_id)
            assert (x.phone, x.address, x.email) == ("0812-B", "Jl. A", "b@contoh.id")
    with engine.connect() as c:
        row = c.execute(text("SELECT phone, address, email FROM applicant WHERE id = :i"), {"i": ap_id}).one()
        assert tuple(row) == ("0812-B", "Jl. A", "b@contoh.id")
        log = c.execute(text("SELECT field, kept_value, lost_value, kept_ws, lost_ws FROM sync_conflict")).all()
    assert [tuple(r) for r in log] == [("phone", "0812-B", "0811-A", "LOKET2-B", "LOKET2-A")]
    # The administrator sees it on any workstation, offline.
    from app.cli import main
    assert main(["--data-dir", str(a.loket.data_dir), "sync", "conflicts"]) == 0
    out = capsys.readouterr().out
    assert "applicant.phone" in out and "0812-B" in out and "0811-A" in out and "LOKET2-A" in out


def test_one_handover_stands_and_numbers_stay_unique(central, stations):
    url, engine = central
    a, b = stations("LOKET5-A", engine), stations("LOKET5-B", engine)
    with a.Session() as s:
        app = new_file(s, "LOKET5-A", state="SURVEYED")
        s.commit()
        app_id = app.id
    a.sync()
    b.sync()
    hand_over_at_both(a, b, app_id)   # the same SK at two counters, both offline
    assert a.sync().push.rejected == []
    res = b.sync()
    tables = sorted(r.table for r in res.push.rejected)
    assert tables == ["handover", "workflow_event"]
    msg = next(r.message for r in res.push.rejected if r.table == "workflow_event")
    assert "LOKET5-A" in msg and "tidak berlaku" in msg
    # Refused rows never leave the outbox silently: they stay, marked with the reason.
    from app.sync import outbox
    assert outbox.counts(b.engine) == outbox.Counts(pending=2, refused=2, waiting=0)
    assert {(h.table, "LOKET5-A" in h.reason) for h in outbox.held(b.engine)} == \
        {("workflow_event", True), ("handover", False)}
    with engine.connect() as c:
        assert c.execute(text("SELECT count(*) FROM workflow_event WHERE application_id = :i "
                              "AND action = 'hand_over'"), {"i": app_id}).scalar() == 1
        assert c.execute(text("SELECT workstation FROM handover")).scalar() == "LOKET5-A"
    with b.Session() as s:   # B's officer can read why, on B
        from db.models.sync import SyncConflict
        kinds = [(c.kind, c.lost_ws) for c in s.scalars(select(SyncConflict))]
        assert ("REJECTED", "LOKET5-B") in kinds
    # Receipt and permit numbers: unique office-wide, the second use is refused.
    with a.Session() as s:
        new_file(s, "LOKET5-A", receipt_number="TT/X/2026/00001", permit_number="503/0001/DPMPTSP/2026")
        s.commit()
    with b.Session() as s:
        dup = new_file(s, "LOKET5-B", receipt_number="TT/X/2026/00001")
        dup2 = new_file(s, "LOKET5-B", permit_number="503/0001/DPMPTSP/2026")
        s.commit()
        dup_ids = {dup.id, dup2.id}
    a.sync()
    res = b.sync()
    refused = {r.row_id: r.message for r in res.push.rejected if r.table == "application"}
    assert set(refused) == dup_ids
    assert any("tanda terima" in m for m in refused.values())
    assert any("Nomor izin" in m for m in refused.values())
    with engine.connect() as c:
        assert c.execute(text("SELECT count(*) FROM application WHERE receipt_number = 'TT/X/2026/00001'")).scalar() == 1
    # What B cannot store beside its own refused rows (A's handover, A's file with
    # those numbers and its event) is noted for its administrator instead of
    # failing every later pull.
    with b.Session() as s:
        from db.models.sync import SyncConflict
        local = [c for c in s.scalars(select(SyncConflict).where(SyncConflict.kind == "LOCAL"))]
        assert {c.table_name for c in local} == {"application", "workflow_event", "handover"}
        assert len([c for c in local if c.table_name == "application"]) == 1
    assert b.sync().pull.refused == 0         # and the cursor has moved on


def test_cached_state_follows_the_signature_that_stands(central, stations):
    """Two heads of office sign the same file offline with different numbers; the
    later edit would win a plain last-writer-wins, but the application's cached
    state and permit number follow the signature the central database kept."""
    from datetime import timedelta

    from db.base import utcnow
    url, engine = central
    a, b = stations("KADIN-A", engine), stations("KADIN-B", engine)
    with a.Session() as s:
        app_id = new_file(s, "KADIN-A", state="KABID_APPROVED").id
        s.commit()
    a.sync()
    b.sync()
    t0 = utcnow()
    for st, n, dt in ((a, "503/0007/DPMPTSP/2026", 0), (b, "503/0009/DPMPTSP/2026", 60)):
        with st.Session() as s:
            when = t0 + timedelta(seconds=dt)
            s.add(WorkflowEvent(application_id=app_id, action="sign", from_state="KABID_APPROVED",
                                to_state="SIGNED", workstation=st.name, created_ws=st.name, at=when,
                                created_at=when, data={"number": n, "valid_from": "2026-03-01"}))
            x = s.get(Application, app_id)
            x.state, x.state_since, x.permit_number, x.updated_ws = "SIGNED", when, n, st.name
            x.updated_at = when
            s.commit()
    a.sync()
    res = b.sync()
    assert [r.table for r in res.push.rejected] == ["workflow_event"]
    a.sync()
    for conn in (engine.connect(), a.engine.connect(), b.engine.connect()):
        with conn:
            row = conn.execute(text("SELECT state, permit_number FROM application WHERE id = :i")
                               .bindparams(bindparam("i", type_=UuidStr())), {"i": app_id}).one()
            assert tuple(row) == ("SIGNED", "503/0007/DPMPTSP/2026")


def test_a_row_queued_before_its_parent_goes_up_in_the_same_run(central, stations):
    """A handover queued first, then linked to a receipt stored after it (the entry keeps
    its place in the queue when its row is edited): with batches that put them apart, the
    handover waits in the first batch, its receipt goes up in a later one, and the same
    run offers the handover again. Nothing is left waiting, on either server."""
    from app.sync import outbox
    from db.models import Handover, IssuedDocument
    url, engine = central
    a = stations("LOKET5-C", engine)
    a.sync()   # master data first: this run is the file alone
    with a.Session() as s:
        app = new_file(s, "LOKET5-C", state="HANDED_OVER")
        h = Handover(application_id=app.id, recipient_name="Penerima", recipient_id_type="KTP",
                     recipient_id_number="3201", workstation="LOKET5-C")
        s.add(h)
        s.commit()
        # the receipt, stored after the handover's entry was queued, then linked from it
        doc = IssuedDocument(application_id=app.id, kind="HANDOVER_RECEIPT", number="TS/1", pdf=b"%PDF-1.4 x",
                             workstation="LOKET5-C", created_ws="LOKET5-C")
        s.add(doc)
        s.flush()
        h.receipt_document_id = doc.id
        s.commit()
        h_id, doc_id = h.id, doc.id
    with a.engine.connect() as c:
        queue = [r for r, in c.execute(select(SyncOutbox.table_name).order_by(SyncOutbox.seq))]
    assert queue.index("handover") < queue.index("issued_document")   # the child comes first
    res = a.sync(batch=len(queue) - 1)   # the receipt falls in the second batch
    assert res.push.rejected == [] and res.push.waiting == []
    assert outbox.counts(a.engine) == outbox.Counts(pending=0, refused=0, waiting=0)
    with engine.connect() as c:
        got = c.execute(select(Handover.__table__.c.receipt_document_id)
                        .where(Handover.__table__.c.id == h_id)).scalar_one()
    assert str(got) == doc_id


def test_an_update_whose_new_parent_is_queued_after_it_waits_instead_of_being_refused(central, stations):
    """A file already central is edited, then given an applicant stored after that edit:
    its entry keeps its earlier place in the queue, so with batches that put them apart
    the update meets a missing parent (a foreign-key refusal in the careful rerun). It
    waits for the applicant and goes up in the same run; it is never recorded as refused."""
    from sqlalchemy import func

    from app.sync import outbox
    from db.models import SyncConflict
    url, engine = central
    a = stations("LOKET5-D", engine)
    a.sync()   # master data first
    with a.Session() as s:
        app_id = new_file(s, "LOKET5-D").id
        s.commit()
    a.sync()   # the file is central now
    with a.Session() as s:
        app = s.get(Application, app_id)
        app.applicant_name = "Pemohon Baru"   # queued first: an update of a central row
        s.commit()
        ap = Applicant(name="Pemohon Baru", nik="3201999", created_ws="LOKET5-D", updated_ws="LOKET5-D")
        s.add(ap)
        s.flush()
        app.applicant_id = ap.id
        s.commit()
        ap_id = ap.id
    with a.engine.connect() as c:
        queue = [r for r, in c.execute(select(SyncOutbox.table_name).order_by(SyncOutbox.seq))]
    assert queue.index("application") < queue.index("applicant")
    res = a.sync(batch=queue.index("applicant"))   # the applicant falls in a later batch
    assert res.push.rejected == [] and res.push.waiting == []
    assert outbox.counts(a.engine) == outbox.Counts(pending=0, refused=0, waiting=0)
    A = Application.__table__
    with engine.connect() as c:
        got = c.execute(select(A.c.applicant_id, A.c.applicant_name).where(A.c.id == app_id)).one()
        refused = c.execute(select(func.count()).select_from(SyncConflict.__table__)
                            .where(SyncConflict.__table__.c.kind == "REJECTED")).scalar_one()
    assert (str(got[0]), got[1]) == (ap_id, "Pemohon Baru")
    assert refused == 0
