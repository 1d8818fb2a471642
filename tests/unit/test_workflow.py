"""The workflow table: every allowed and every refused transition."""
from __future__ import annotations

import pytest

from app import workflow
from app.workflow import ACTIONS, STATES, NotAllowed, WorkflowError


class FakePermit:
    def __init__(self, needs_review):
        self.needs_review = needs_review


class FakeApp:
    def __init__(self, state, needs_review=False):
        self.state = state
        self.permit_type = FakePermit(needs_review)


def all_cases():
    for action in ACTIONS.values():
        for state in [None, *STATES]:
            for review in (False, True):
                yield action, state, review


def expected_ok(action, state, review):
    if state not in action.from_states:
        return False
    if action.key == "schedule_review" and not review:
        return False
    if action.key == "draft" and state == "VERIFIED" and review:
        return False
    return True


@pytest.mark.parametrize("action,state,review", list(all_cases()),
                         ids=lambda v: str(v.key if hasattr(v, "key") else v))
def test_every_transition(action, state, review):
    app = None if state is None else FakeApp(state, review)
    roles = frozenset(action.roles)
    if expected_ok(action, state, review):
        assert workflow.check(action.key, app, roles, None) is action
        # the same action by every role not in the list is refused as a permission
        for role in set(workflow.ROLES) - set(action.roles):
            with pytest.raises(NotAllowed):
                workflow.check(action.key, app, frozenset({role}), None)
    else:
        with pytest.raises(WorkflowError) as e:
            workflow.check(action.key, app, roles, None)
        assert not isinstance(e.value, NotAllowed)
        assert e.value.args[0]  # an Indonesian message for the officer


def test_required_inputs_are_checked():
    with pytest.raises(WorkflowError, match="tanda terima|receipt_number"):
        workflow.check("receive", FakeApp("SUBMITTED"), frozenset({"LOKET2"}), {})
    assert workflow.check("receive", FakeApp("SUBMITTED"), frozenset({"LOKET2"}),
                          {"receipt_number": "TT/1"}).to_state == "RECEIVED"


def test_every_state_reachable_and_every_non_final_state_has_a_way_out():
    reachable = {a.to_state for a in ACTIONS.values()}
    assert reachable == set(STATES)
    for key, st in STATES.items():
        if not st.final:
            assert any(key in a.from_states for a in ACTIONS.values()), key


def test_holder_roles_can_act_in_their_states():
    for key, st in STATES.items():
        if st.holder is None:
            continue
        actions = [a for a in ACTIONS.values() if key in a.from_states]
        assert any(st.holder in a.roles for a in actions), key


def test_unknown_action():
    with pytest.raises(WorkflowError, match="tidak dikenal"):
        workflow.check("teleport", None, frozenset({"ADMIN"}), None)


def test_send_backs_and_step_standards():
    assert {k for k in ACTIONS if workflow.is_send_back(k)} == {
        "kasi_send_back", "kabid_send_back", "kadin_send_back"}
    # every send-back needs a reason and lands in a state held by an earlier role
    for k in ("kasi_send_back", "kabid_send_back", "kadin_send_back"):
        a = ACTIONS[k]
        assert "reason" in a.required
        assert workflow.holder_of(a.to_state) != workflow.holder_of(a.from_states[0])

    class PT:
        review_days = 3
    assert workflow.step_standard_minutes("record_review", PT()) == 3 * workflow.DAY
    assert workflow.step_standard_minutes("record_review", None) is None
    assert workflow.step_standard_minutes("verify") == 60
    assert workflow.step_standard_minutes("sign") == workflow.DAY
    assert workflow.step_standard_minutes("teleport") is None
