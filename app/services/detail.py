"""One application at a glance, as plain data for the detail view
(ui/detail.py): applicant, company, permit type, requirement checks, where the
file is now, what may happen next, and the event timeline.

`load()` opens its own unit of work and returns a `Snapshot` (no ORM object
leaves it). A file this workstation never held is fetched from the central
database first (app/sync/session.py), which is why it takes the Loket, not a
session.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from app import unit, workflow
from app.notify import log as notify_log
from app.sicantik import status as sicantik_status

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from db.models import Application


@dataclass
class Check:
    name: str
    mandatory: bool
    original_needed: bool
    checked: bool            # a check was recorded at the counter
    present: bool = False
    original: bool = False
    sheets: int | None = None
    note: str | None = None


@dataclass
class Event:
    at: datetime
    action: str
    from_state: str | None
    to_state: str
    actor: str | None
    workstation: str | None
    data: dict[str, Any] | None


@dataclass
class Snapshot:
    id: str
    no_permohonan: str
    state: str
    state_since: datetime | None
    holder_role: str | None
    kind: str
    applicant_type: str
    source: str
    submitted_at: datetime | None
    received_at: datetime | None
    due_date: date | None
    receipt_number: str | None
    permit_number: str | None
    old_permit_number: str | None
    outcome: str | None
    location: str | None
    location_region: str
    permit_code: str
    permit_name: str
    permit_unit: str | None
    service_days: int
    needs_review: bool
    applicant: dict[str, Any]
    applicant_region: str
    company: dict[str, Any] | None
    company_region: str
    sicantik: dict[str, Any] | None
    checks: list[Check] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    next_steps: list[tuple[str, tuple[Any, ...]]] = field(default_factory=list)  # (action label, roles)
    messages: list[Any] = field(default_factory=list)   # app.notify.log.MessageRow: sent, failed, waiting


def _region_path(code: str | None) -> str:
    if not code:
        return ""
    try:
        from app import regions
        return regions.path(code)
    except Exception:  # region data is a nicety here; the code itself is shown anyway
        return ""


def load(loket: Any, no_or_id: str) -> Snapshot:
    """Everything the detail view shows, as plain data. Runs off the GUI thread."""
    from app.services import applications
    from app.services.context import ServiceError
    try:
        return unit.query(loket, lambda s: snapshot(s, applications.get(s, no_or_id)))
    except ServiceError:
        # An older file this workstation never held: from the central database.
        from app.sync.session import fetch_if_missing
        if not fetch_if_missing(loket, no_or_id):
            raise
        return unit.query(loket, lambda s: snapshot(s, applications.get(s, no_or_id)))


def snapshot(s: Session, a: Application) -> Snapshot:
    """The Snapshot of application `a`, read in session `s`."""
    from app import masterdata
    from app.services import applications
    ap, co, pt = a.applicant, a.company, a.permit_type
    recorded = {c.requirement_id: c for c in applications.checks(s, a.id)}
    checks = []
    for req in masterdata.requirements_for(s, a):   # the list version this file was checked against
        c = recorded.pop(req.id, None)
        checks.append(Check(req.name, req.mandatory, req.original_needed, c is not None,
                            *((c.present, c.original, c.sheets, c.note) if c else ())))
    for c in recorded.values():  # a requirement since removed from the permit type
        r = c.requirement
        checks.append(Check(r.name, r.mandatory, r.original_needed, True,
                            c.present, c.original, c.sheets, c.note))
    events = [Event(e.at, e.action, e.from_state, e.to_state, e.actor_name, e.workstation,
                    e.data) for e in applications.events(s, a.id)]
    steps = []
    for act in workflow.ACTIONS.values():
        if a.state not in act.from_states:
            continue
        try:
            workflow.check(act.key, a, frozenset(act.roles), None)
        except workflow.WorkflowError:
            continue
        steps.append((act.label, tuple(r for r in act.roles if r != workflow.SYSTEM)))
    return Snapshot(
        id=a.id, no_permohonan=a.no_permohonan, state=a.state, state_since=a.state_since,
        holder_role=a.holder_role, kind=a.kind, applicant_type=a.applicant_type,
        source=a.source, submitted_at=a.submitted_at, received_at=a.received_at,
        due_date=a.due_date, receipt_number=a.receipt_number, permit_number=a.permit_number,
        old_permit_number=a.old_permit_number, outcome=a.outcome, location=a.location,
        location_region=_region_path(a.location_region_code),
        permit_code=pt.code, permit_name=pt.name, permit_unit=pt.unit,
        service_days=pt.service_days, needs_review=pt.needs_review,
        applicant={k: getattr(ap, k) for k in (
            "id_type", "nik", "name", "birth_place", "birth_date", "gender", "occupation",
            "npwp", "address", "region_code", "postal_code", "phone", "mobile", "email")},
        applicant_region=_region_path(ap.region_code),
        company=None if co is None else {k: getattr(co, k) for k in (
            "name", "nib", "npwp", "address", "region_code", "phone", "email")},
        company_region=_region_path(co.region_code if co else None),
        sicantik=None if not a.sicantik_status and not a.sicantik_process and not a.sicantik_values else {
            "process": a.sicantik_process, "status": a.sicantik_status,
            "synced_at": a.sicantik_synced_at, "values": dict(a.sicantik_values or {}),
            "note": sicantik_status.disagreement(a.state, a.sicantik_process, a.sicantik_status)},
        checks=checks, events=events, next_steps=steps,
        messages=notify_log.for_application(s, a.id),
    )


__all__ = ["Check", "Event", "Snapshot", "load", "snapshot"]
