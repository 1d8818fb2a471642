"""The factory of tests/factory.py reaches every state of the workflow table, by its actions."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from app import workflow
from app.services import applications
from db.models import WorkflowEvent
from tests.factory import file_in, path_to

REACHABLE = [s for s in workflow.STATES if s != "ARCHIVED"]


def test_every_path_is_made_of_the_tables_actions():
    for review in (False, True):
        for state in REACHABLE:
            if state in ("SUBMITTED", "DRAFT", "RETURNED"):
                continue
            if state in ("REVIEW_SCHEDULED", "REVIEWED") and not review:
                with pytest.raises(ValueError):
                    path_to(state, review=review)
                continue
            here = "RECEIVED"
            for key in path_to(state, review=review):
                a = workflow.ACTIONS[key]
                assert here in a.from_states
                here = a.to_state
            assert here == state
    assert "schedule_review" in path_to("SIGNED", review=True)
    assert "schedule_review" not in path_to("SIGNED", review=False)
    assert path_to("REVISION", review=False)[-1] == "kasi_send_back"
    with pytest.raises(ValueError):
        path_to("NO_SUCH_STATE", review=False)


@pytest.mark.parametrize("state", ["RECEIVED", "REVIEW_SCHEDULED", "REVISION", "KABID_APPROVED", "ARCHIVED"])
def test_file_in_walks_to_the_state(session, state):
    no = file_in(session, state, "REKLAME")
    app = applications.get(session, no)
    assert app.state == state
    events = session.scalars(select(WorkflowEvent).where(WorkflowEvent.application_id == app.id)
                             .order_by(WorkflowEvent.seq)).all()
    walked = [e.action for e in events if e.action != "prepare_sign"]
    if state == "ARCHIVED":   # handed over and archived at once
        assert walked[1:] == ["receive", *path_to("HANDED_OVER", review=True), "archive"]
    else:
        assert walked[1:] == ["receive", *path_to(state, review=True)]
    assert events[-1].to_state == state
    if state == "ARCHIVED":
        assert app.permit_number   # numbered and signed on the way
