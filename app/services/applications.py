"""Finding and reading applications; registering them (walk-in, or imported online).

Search is one indexed lookup per kind of query, never a scan, so the counter's
search box stays instant on a million files: exact no_permohonan, receipt
number or NIK; otherwise a prefix of the folded applicant name.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session, joinedload

from app import workflow
from app.i18n import tr
from app.services.context import Actor, ServiceError
from app.validation import name_key
from db.base import new_id
from db.models import Applicant, Application, Company, PermitType, RequirementCheck, WorkflowEvent


@dataclass(frozen=True)
class Row:
    """One line of a search result or worklist, as the tables show it."""
    id: str
    no_permohonan: str
    state: str
    applicant_name: str
    applicant_nik: str | None
    permit_type: str
    receipt_number: str | None
    kind: str
    submitted_at: datetime | None
    due_date: date | None

    def as_json(self) -> dict:
        return {
            "no_permohonan": self.no_permohonan, "state": self.state,
            "state_label": workflow.STATES[self.state].label,
            "applicant_name": self.applicant_name, "nik": self.applicant_nik,
            "permit_type": self.permit_type, "receipt_number": self.receipt_number,
            "kind": self.kind,
            "submitted_at": self.submitted_at.isoformat(sep=" ") if self.submitted_at else None,
            "due_date": self.due_date.isoformat() if self.due_date else None,
        }


_ROW_COLS = (Application.id, Application.no_permohonan, Application.state,
             Application.applicant_name, Application.applicant_nik, PermitType.name,
             Application.receipt_number, Application.kind, Application.submitted_at,
             Application.due_date)


def _base() -> Select:
    return select(*_ROW_COLS).join(PermitType, PermitType.id == Application.permit_type_id)


def search_query(query: str | None, state: str | None = None,
                 states: frozenset[str] | None = None) -> Select:
    """The SELECT behind the search box and `loket find` (ordered, not limited)."""
    q = _base()
    text = (query or "").strip()
    if text:
        digits = text.replace(" ", "")
        conds = [Application.no_permohonan == text, Application.receipt_number == text]
        if digits.isdigit() and len(digits) == 16:
            conds.append(Application.applicant_nik == digits)
        key = name_key(text)
        # Prefix range on the folded name: uses ix_application_name_key on every backend.
        conds.append((Application.name_key >= key) & (Application.name_key < key + "\uffff"))
        q = q.where(or_(*conds))
        order = (Application.name_key, Application.id)
    else:
        order = (Application.submitted_at.desc(), Application.id)
    if state:
        if state not in workflow.STATES:
            raise ServiceError(tr("Status tidak dikenal: {state}. Pilihan: {states}").format(
                state=state, states=", ".join(workflow.STATES)))
        q = q.where(Application.state == state)
    if states:
        q = q.where(Application.state.in_(sorted(states)))
    return q.order_by(*order)


def search(session: Session, query: str | None, *, state: str | None = None,
           limit: int = 50, offset: int = 0) -> list[Row]:
    text = (query or "").strip()
    if text:
        # Exact identifiers first: a scanned number must open its file, not a name match.
        exact = session.execute(_base().where(or_(
            Application.no_permohonan == text, Application.receipt_number == text,
            Application.applicant_nik == text.replace(" ", ""))).limit(limit)).all()
        if exact and offset == 0:
            rows = [Row(*r) for r in exact]
            if state:
                rows = [r for r in rows if r.state == state]
            if rows:
                return rows
    rows = session.execute(search_query(query, state).limit(limit).offset(offset)).all()
    return [Row(*r) for r in rows]


def get(session: Session, no_or_id: str) -> Application:
    app = session.scalar(select(Application).options(
        joinedload(Application.applicant), joinedload(Application.company),
        joinedload(Application.permit_type)).where(
        or_(Application.no_permohonan == no_or_id, Application.id == no_or_id,
            Application.receipt_number == no_or_id)))
    if app is None:
        raise ServiceError(tr("Permohonan {no} tidak ditemukan.").format(no=no_or_id))
    return app


def events(session: Session, app_id: str) -> list[WorkflowEvent]:
    return list(session.scalars(select(WorkflowEvent).where(
        WorkflowEvent.application_id == app_id).order_by(WorkflowEvent.at, WorkflowEvent.created_at)))


def checks(session: Session, app_id: str) -> list[RequirementCheck]:
    return list(session.scalars(select(RequirementCheck).options(
        joinedload(RequirementCheck.requirement)).where(
        RequirementCheck.application_id == app_id)))


def count_by_state(session: Session) -> dict[str, int]:
    return dict(session.execute(select(Application.state, func.count()).group_by(Application.state)).all())


def open_duplicate(session: Session, nik: str, permit_type_id: str) -> Application | None:
    """An open application of the same NIK and permit type (flagged before a new one)."""
    return session.scalar(select(Application).where(
        Application.applicant_nik == nik, Application.permit_type_id == permit_type_id,
        Application.state.in_(sorted(workflow.OPEN_STATES))).limit(1))


def create(session: Session, actor: Actor, *, no_permohonan: str, permit_type: PermitType,
           applicant: Applicant, company: Company | None = None, kind: str = "BARU",
           applicant_type: str = "PERORANGAN", location: str | None = None,
           location_region_code: str | None = None, source: str = "WALKIN",
           submitted_at: datetime | None = None, old_permit_number: str | None = None,
           event_data: dict | None = None) -> Application:
    """Create an application with its first event (register_walkin / submit_online).
    The caller validates the fields and commits."""
    action = "register_walkin" if source == "WALKIN" else "submit_online"
    workflow.check(action, None, actor.roles, None)
    if session.scalar(select(Application.id).where(Application.no_permohonan == no_permohonan)):
        raise ServiceError(tr("Nomor permohonan {no} sudah ada.").format(no=no_permohonan))
    if kind in ("PERPANJANGAN", "PERUBAHAN") and not old_permit_number:
        raise ServiceError(tr("Nomor izin lama wajib diisi untuk permohonan {kind}.").format(kind=kind.lower()))
    app = Application(
        id=new_id(), no_permohonan=no_permohonan, kind=kind, old_permit_number=old_permit_number,
        permit_type=permit_type, permit_type_id=permit_type.id, applicant_type=applicant_type,
        applicant=applicant, company=company, location=location,
        location_region_code=location_region_code, source=source,
        submitted_at=submitted_at or datetime.now(), state=None,
        applicant_name=applicant.name, applicant_nik=applicant.nik,
        name_key=name_key(applicant.name), created_by=actor.officer_id,
        created_ws=actor.workstation,
    )
    workflow.apply(session, app, action, actor, event_data)
    session.add(app)
    session.flush()
    return app
