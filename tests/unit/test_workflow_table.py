"""The workflow table owns what is known about states and actions (labels,
short labels, stages, done flags, the holder, which actions hand the SK over),
and `workflow.transition()` is the one place a step is applied, audited and
committed — or rolled back whole."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app import workflow
from app.services import backoffice
from app.sicantik import status
from db.models import Application, AuditRecord, WorkflowEvent
from tests import counter45_helpers as h


def test_every_state_has_a_stage_and_a_short_label():
    for s in workflow.STATES.values():
        assert 1 <= s.stage <= 6, s.key
        assert s.short_label
    # SiCantik's comparison reads the stage from the table, nothing of its own
    assert status.stage("Penerbitan izin / Cetak SK") == workflow.stage_of("SIGNED") == 6
    assert workflow.stage_of("NOT_A_STATE") is None


def test_sets_are_derived_from_the_flags():
    assert workflow.DONE_STATES == {"HANDED_OVER", "ARCHIVED"}
    assert set(workflow.INTAKE_STATES) == set(workflow.ACTIONS["receive"].from_states)
    assert workflow.OPEN_STATES.isdisjoint(workflow.DONE_STATES)
    assert [a.key for a in workflow.ACTIONS.values() if a.done] == ["hand_over"]
    assert {a.key for a in workflow.ACTIONS.values() if a.backward} >= {
        "return", "kasi_send_back", "kabid_send_back", "kadin_send_back"}


def test_a_draft_waits_for_the_review_its_permit_type_needs(session):
    no = h.received(session, "REKLAME")   # needs a technical review
    app = session.scalar(select(Application).where(Application.no_permohonan == no))
    app.state = "VERIFIED"
    with pytest.raises(workflow.WorkflowError, match="kajian teknis"):
        workflow.check("draft", app, frozenset({workflow.BACKOFFICE}), {"outcome": "IZIN"})


def test_transition_commits_the_step_with_its_audit_record(session):
    no = h.received(session)
    app = session.scalar(select(Application).where(Application.no_permohonan == no))
    before = session.scalar(select(func.count()).select_from(AuditRecord))
    ev = backoffice.verify(session, h.ANALYST, app.id, technical=h.TECH["SIP-DOK"], result="MEMENUHI")
    session.expire_all()
    assert ev.to_state == "VERIFIED" == session.get(Application, app.id).state
    assert session.scalar(select(func.count()).select_from(AuditRecord)) == before + 1


def test_transition_rolls_back_everything_when_the_step_fails(session):
    no = h.received(session)
    app = session.scalar(select(Application).where(Application.no_permohonan == no))
    events = session.scalar(select(func.count()).select_from(WorkflowEvent))
    audits = session.scalar(select(func.count()).select_from(AuditRecord))

    def broken(_ev):
        raise RuntimeError("printer on fire")
    with pytest.raises(RuntimeError):
        workflow.transition(session, app, "verify", h.ANALYST, {"result": "MEMENUHI"},
                            summary="uji", also=broken)
    assert not session.in_transaction() or not (session.new or session.dirty)
    session.expire_all()
    assert session.get(Application, app.id).state == "RECEIVED"
    assert session.scalar(select(func.count()).select_from(WorkflowEvent)) == events
    assert session.scalar(select(func.count()).select_from(AuditRecord)) == audits
