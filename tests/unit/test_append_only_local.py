"""Append-only on the workstation too (app/sync/capture.py `_guard_sql`): once a row of an
append-only table left the outbox (it went up), an UPDATE of what it says is refused by the
SQLite file itself, whoever asks; a row still queued, pulled rows and migrations (muted),
and the file's own compaction of a new row's stamps go through."""
from __future__ import annotations

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from app import audit
from app.sync import capture
from app.sync import tables as T
from db.models import Application, AuditRecord, Handover, WorkflowEvent
from tests.factory import file_in


def _pushed(loket) -> None:
    """As after a push: the outbox acknowledged, empty."""
    with loket.engine.begin() as c:
        c.exec_driver_sql("DELETE FROM sync_outbox")


def test_every_append_only_table_has_its_guard(loket):
    with loket.engine.connect() as c:
        names = set(c.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                      "AND name LIKE 'sync_ao_%'").scalars())
    assert {n.rsplit("_", 1)[0].removeprefix("sync_ao_") for n in names} == \
        {s.name for s in T.synced() if s.kind == T.APPEND}
    assert capture.install(loket.engine) == 0      # idempotent: nothing dropped, nothing queued again
    with loket.engine.connect() as c:
        assert set(c.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                     "AND name LIKE 'sync_ao_%'").scalars()) == names


def test_a_pushed_row_cannot_be_edited_a_queued_one_can(loket, session, actor_factory):
    actor = actor_factory("LOKET5")
    app = session.scalar(select(Application).where(Application.no_permohonan == file_in(session, "SURVEYED")))
    h = Handover(application_id=app.id, recipient_name="Budi Santoso", recipient_id_type="KTP",
                 recipient_id_number="3201010101010001", workstation="LOKET5-A")
    session.add(h)
    session.commit()
    h.recipient_name = "Dikoreksi sebelum terkirim"   # still queued: written and completed in one go
    session.commit()
    _pushed(loket)
    h.recipient_name = "Dikoreksi sesudah terkirim"
    with pytest.raises(IntegrityError, match="handover is append-only"):
        session.commit()
    session.rollback()
    with loket.engine.begin() as c, pytest.raises(IntegrityError, match="workflow_event is append-only"):
        c.execute(text("UPDATE workflow_event SET actor_name = 'X'"))   # hand-written SQL alike
    # Rewriting a row with what it already says changes nothing and passes.
    with loket.engine.begin() as c:
        c.execute(text("UPDATE handover SET recipient_name = recipient_name"))
    # New rows go in, stamps compacted by the file's own trigger (db/base.py DERIVED_STAMPS).
    audit.record(session, actor, "test.action", "application", app.id, "x")
    session.add(WorkflowEvent(application_id=app.id, action="note", from_state="SURVEYED",
                              to_state="SURVEYED", workstation="LOKET5-A", created_ws="LOKET5-A"))
    session.commit()
    # Pulled rows and migrations write muted.
    with loket.engine.begin() as c:
        capture.mute(c)
        c.execute(AuditRecord.__table__.update().values(summary="dari pusat"))
        capture.unmute(c)
    with loket.engine.connect() as c:
        assert set(c.execute(select(AuditRecord.summary)).scalars()) == {"dari pusat"}
        # nothing of that muted write was queued
        assert c.exec_driver_sql("SELECT count(*) FROM sync_outbox WHERE table_name = 'audit_record'").scalar() == 1
