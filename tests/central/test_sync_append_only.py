"""An append-only row (a hand-over, a workflow event…) edited on a workstation after it
went up: the central database keeps its copy by design (app/sync/guard.py), and the
edit is never dropped silently — it stays in the outbox, refused, with the values that
differ in the conflict log, on PostgreSQL and MariaDB alike."""
from __future__ import annotations

import json
import uuid

import pytest
from sqlalchemy import select, text

from app import config
from app.sync import outbox
from db.models import Application, Handover, WorkflowEvent
from db.models.sync import SyncConflict
from tests.sync_helpers import new_file
from tests.trust_helpers import raw_sql

pytestmark = pytest.mark.central


def _handed_over(st) -> tuple[str, str, str]:
    """A file handed over at counter 5 on `st`, synced: (application id, handover id, event id)."""
    with st.Session() as s:
        app = new_file(s, st.name, state="SURVEYED")
        s.flush()
        ev = WorkflowEvent(application_id=app.id, action="hand_over", from_state="SURVEYED",
                           to_state="HANDED_OVER", workstation=st.name, created_ws=st.name,
                           data={"recipient_name": "Budi Santoso"})
        h = Handover(application_id=app.id, recipient_name="Budi Santoso", recipient_id_type="KTP",
                     recipient_id_number="3201010101010001", workstation=st.name)
        s.add_all([ev, h])
        s.get(Application, app.id).state = "HANDED_OVER"
        s.commit()
        ids = (app.id, h.id, ev.id)
    res = st.sync()
    assert res.pending == 0 and res.push.rejected == []
    return ids


def _edit_past_the_guard(st, sql: str) -> None:
    """Hand-written SQL on the workstation's file, past its own guard (capture.py `_guard_sql`:
    a file from before it, or someone who dropped it)."""
    raw_sql(st, sql)


def _key(rid: str) -> str:
    return "X'" + uuid.UUID(rid).hex + "'"   # keys are 16 bytes in the SQLite file (db/base.py)


def test_an_edited_handover_is_refused_and_logged_not_dropped(central, stations, capsys):
    url, engine = central
    a = stations("LOKET5-A", engine)
    a.sync()
    app_id, h_id, _ev = _handed_over(a)
    _edit_past_the_guard(a, "UPDATE handover SET recipient_name = 'Budi Santosa', "
                            "recipient_id_number = '3201' WHERE id = " + _key(h_id))
    res = a.sync()
    # Not counted as "already there" and acknowledged: refused, and kept.
    assert [(r.table, r.row_id) for r in res.push.rejected] == [("handover", h_id)]
    msg = res.push.rejected[0].message
    assert "sudah terkirim" in msg and "tidak dapat diubah" in msg
    assert "(Penerima, No. identitas)" in msg   # the columns by the names the officer knows
    assert outbox.counts(a.engine) == outbox.Counts(pending=1, refused=1, waiting=0)
    with engine.connect() as c:   # the central copy stands
        assert c.execute(text("SELECT recipient_name FROM handover")).scalar() == "Budi Santoso"
    with a.Session() as s:        # and the officer reads, per column, what stands and what was not sent
        logged = {c.field: (c.kind, c.kept_value, c.lost_value, c.lost_ws)
                  for c in s.scalars(select(SyncConflict).where(SyncConflict.row_id == h_id))}
    assert logged == {"recipient_name": ("REJECTED", "Budi Santoso", "Budi Santosa", "LOKET5-A"),
                      "recipient_id_number": ("REJECTED", "3201010101010001", "3201", "LOKET5-A")}
    with engine.connect() as c:   # in the office-wide log too
        assert c.execute(text("SELECT count(*) FROM sync_conflict WHERE kind = 'REJECTED'")).scalar() == 2
    # What the administrator reads: `loket sync conflicts`, `loket sync status` (and the same on
    # the page Konflik sinkronisasi, the status bar and `loket doctor`, from the same rows).
    from app.cli import main
    capsys.readouterr()
    assert main(["--data-dir", str(a.loket.data_dir), "sync", "conflicts"]) == 0
    out = capsys.readouterr().out
    assert "DITOLAK  handover.recipient_name" in out and "Di pusat “Budi Santoso”, di sini “Budi Santosa”" in out
    assert main(["--data-dir", str(a.loket.data_dir), "sync", "status", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["refused"] == 1
    # Offered again at the next sync, refused again (`loket sync --once` fails), logged once.
    with a.Session() as s:
        config.set_(s, "central.url", url)
        s.commit()
    assert main(["--data-dir", str(a.loket.data_dir), "sync", "--once"]) == 1
    assert "1 perubahan ditolak basis data pusat" in capsys.readouterr().err
    with a.Session() as s:
        assert len(list(s.scalars(select(SyncConflict).where(SyncConflict.row_id == h_id)))) == 2
    # The administrator gives up on the edit: it leaves the queue, audited; the central copy stands.
    from app.services.context import Actor
    from app.workflow import ADMIN
    admin = Actor(None, "admin", "Admin", None, frozenset({ADMIN}), "LOKET5-A")
    with a.Session() as s:
        assert outbox.discard(s, admin, "handover", h_id) == 1
    assert outbox.counts(a.engine).refused == 0   # (its audit record is queued)
    res = a.sync()
    assert res.push.rejected == []
    # and this workstation takes the central copy back: it no longer shows a recipient nobody else sees
    assert res.restored == 1
    from app.cli.sync import report_lines
    assert "Disamakan dengan pusat: 1 baris" in "\n".join(report_lines(res))
    with a.Session() as s:
        h = s.get(Handover, h_id)
        assert (h.recipient_name, h.recipient_id_number) == ("Budi Santoso", "3201010101010001")
        # the log of what happened stays for the administrator
        assert len(list(s.scalars(select(SyncConflict).where(SyncConflict.row_id == h_id)))) == 2
    assert outbox.counts(a.engine).pending == 0   # the restore itself sends nothing up
    again = a.sync()
    assert again.restored == 0 and not any("Disamakan" in line for line in report_lines(again))


def test_an_edited_event_is_refused_and_an_untouched_resend_is_not(central, stations):
    url, engine = central
    a = stations("LOKET5-A", engine)
    a.sync()
    app_id, h_id, ev_id = _handed_over(a)
    from app.sync import capture
    # A rescan re-sends every row unchanged: nothing refused, nothing logged.
    assert capture.enqueue_all(a.engine) > 3
    res = a.sync()
    assert res.push.rejected == [] and res.pending == 0
    _edit_past_the_guard(a, "UPDATE workflow_event SET actor_name = 'diubah' WHERE id = " + _key(ev_id))
    res = a.sync()
    assert [(r.table, r.row_id) for r in res.push.rejected] == [("workflow_event", ev_id)]
    with a.Session() as s:
        logged = [(c.field, c.kept_value, c.lost_value) for c in
                  s.scalars(select(SyncConflict).where(SyncConflict.row_id == ev_id))]
    assert logged == [("actor_name", None, "diubah")]
    with engine.connect() as c:
        assert c.execute(text("SELECT actor_name FROM workflow_event WHERE action = 'hand_over'")).scalar() is None


def test_a_discarded_row_the_central_database_never_had_stays_and_an_edit_since_is_kept(central, stations):
    """Restoring after a discard takes only what the central database has, and never
    overwrites an edit made after the discard (that edit is a change of its own)."""
    from app.services.context import Actor
    from app.sync import restore
    from app.workflow import ADMIN
    url, engine = central
    a = stations("LOKET5-A", engine)
    a.sync()
    _app_id, h_id, _ev = _handed_over(a)
    admin = Actor(None, "admin", "Admin", None, frozenset({ADMIN}), "LOKET5-A")
    _edit_past_the_guard(a, "UPDATE handover SET recipient_name = 'Budi Santosa' WHERE id = " + _key(h_id))
    assert [r.row_id for r in a.sync().push.rejected] == [h_id]
    with a.Session() as s:
        outbox.discard(s, admin, "handover", h_id)
    assert restore.marked(a.engine) == [f"handover:{h_id}"]
    # edited again before the next sync: a new change, queued; the restore leaves it alone
    _edit_past_the_guard(a, "UPDATE handover SET recipient_name = 'Budi S.' WHERE id = " + _key(h_id))
    res = a.sync()
    assert res.restored == 0 and restore.marked(a.engine) == []
    assert [r.row_id for r in res.push.rejected] == [h_id]   # and that edit meets its own refusal
    with a.Session() as s:
        assert s.get(Handover, h_id).recipient_name == "Budi S."
    # a row the central database never had: marked, nothing to restore from, kept as it is
    ghost = str(uuid.uuid4())
    with a.Session() as s:
        restore.mark(s, [f"handover:{ghost}", "no_such_table:1"])
        s.commit()
    assert restore.marked(a.engine) == [f"handover:{ghost}"]
    with a.Session() as s:
        outbox.discard(s, admin, "handover", h_id)
    res = a.sync()
    assert res.restored == 1 and restore.marked(a.engine) == []
    with a.Session() as s:
        assert s.get(Handover, h_id).recipient_name == "Budi Santoso"
