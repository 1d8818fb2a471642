"""Finding and reading applications; registering them (walk-in, or imported online).

Search is one indexed lookup per kind of query, never a scan, so the counter's
search box stays instant on a million files:

- text with a digit is an identifier: exact no_permohonan, receipt number or
  NIK first (a scanned number must open its file, not a list); when nothing is
  exact, the files whose number begins with it (as-you-type), then NIKs and
  receipt numbers beginning with it;
- text without digits is the start of a name, on the folded `name_key`;
- no text lists the newest files first.

Each kind walks one index in its own order and stops after `limit` rows. Pages
after the first continue from the last row seen (keyset) when the caller pages
sequentially, as the search table does, so page 5,000 costs what page 1 does.

The plain-SQL reads (the search table's lists, the counts per state, `Row`)
live in app/services/search.py, importable without SQLAlchemy (the window's
first page is read before it loads); they are re-exported here.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Select, bindparam, func, or_, select
from sqlalchemy.orm import Session, joinedload

from app import clock, identity, workflow
from app.i18n import tr
from app.services.context import Actor, ServiceError

# re-exported (the services' one name for them): app/services/search.py is their home
from app.services.search import Row as Row
from app.services.search import SearchList as SearchList
from app.services.search import _check_state, _exact, _page, _plan_values
from app.services.search import count_by_state as count_by_state
from app.services.search import search_count as search_count
from app.services.search import search_list as search_list
from app.services.search import search_page as search_page
from app.validation import name_key
from db.base import new_id, stamp_order
from db.models import Applicant, Application, Company, PermitType, RequirementCheck, WorkflowEvent

_ROW_COLS = (Application.id, Application.no_permohonan, Application.state,
             Application.applicant_name, Application.applicant_nik, PermitType.name,
             Application.receipt_number, Application.kind, Application.submitted_at,
             Application.due_date)


def _base() -> Select[*tuple[Any, ...]]:
    return select(*_ROW_COLS).join(PermitType, PermitType.id == Application.permit_type_id)


def _prefix(col: Any, text: str) -> Any:
    # A range, not LIKE: it uses the column's index on every backend and
    # is exact about case (the folded name_key is already lower case).
    return (col >= text) & (col < text + "\uffff")


# Each plan: (name, WHERE clause, sort columns). Browsing runs newest first
# (descending on both); the other plans ascend, so a keyset continues with
# (columns) > (last row's key), or < when descending.
def _plans(text: str) -> list[tuple[Any, ...]]:
    if not text:
        return [("recent", None, (Application.submitted_at, Application.id))]
    if any(ch.isdigit() for ch in text):
        upper = text.upper()
        digits = "".join(ch for ch in text if ch not in " .-")
        plans: list[tuple[Any, ...]] = [("number", _prefix(Application.no_permohonan, text),
                                         (Application.no_permohonan,))]
        if upper != text:
            plans.append(("number_upper", _prefix(Application.no_permohonan, upper),
                          (Application.no_permohonan,)))
        if digits.isdigit():
            plans.append(("nik", _prefix(Application.applicant_nik, digits),
                          (Application.applicant_nik, Application.id)))
        plans.append(("receipt", _prefix(Application.receipt_number, upper),
                      (Application.receipt_number,)))
        return plans
    return [("name", _prefix(Application.name_key, name_key(text)),
             (Application.name_key, Application.id))]


def search_query(query: str | None, state: str | None = None,
                 states: frozenset[str] | None = None) -> Select[*tuple[Any, ...]]:
    """The SELECT behind a name or browse search (ordered, not limited), for
    callers that page or count it themselves."""
    _check_state(state)
    text = (query or "").strip()
    name, where, cols = _plans(text)[0]
    q = _base()
    if where is not None:
        q = q.where(where)
    if state:
        q = q.where(Application.state == state)
    if states:
        q = q.where(Application.state.in_(sorted(states)))
    if name == "recent":
        return q.order_by(*(c.desc().nulls_last() for c in cols))
    return q.order_by(*cols)


def search(session: Session, query: str | None, *, state: str | None = None,
           limit: int = 50, offset: int = 0) -> list[Row]:
    """The search box and `loket find`: see the module docstring."""
    _check_state(state)
    text = " ".join((query or "").split())
    limit = max(0, int(limit))
    offset = max(0, int(offset))
    if limit == 0:
        return []
    plans = _plan_values(text)
    if text and plans[0][0] != "name":
        exact = _exact(session, text, state)
        if exact:
            return exact[offset:offset + limit]
        # The first kind of identifier that matches decides what the pages show.
        for plan, value in plans:
            if offset == 0 or _page(session, plan, value, text, state, 1, 0):
                rows = _page(session, plan, value, text, state, limit, offset)
                if rows or offset:
                    return rows
        return []
    plan, value = plans[0]
    return _page(session, plan, value, text, state, limit, offset)


def count(session: Session, query: str | None = None, *, state: str | None = None) -> int:
    """How many rows `search` pages through (for a status line)."""
    _check_state(state)
    text = " ".join((query or "").split())
    if text and any(ch.isdigit() for ch in text):
        exact = _exact(session, text, state)
        if exact:
            return len(exact)
        for _name, where, _cols in _plans(text):
            q = select(func.count()).select_from(Application).where(where)
            if state:
                q = q.where(Application.state == state)
            n = session.scalar(q)
            if n:
                return n
        return 0
    _name, where, _cols = _plans(text)[0]
    q = select(func.count()).select_from(Application)
    if where is not None:
        q = q.where(where)
    if state:
        q = q.where(Application.state == state)
    return session.scalar(q) or 0


def get(session: Session, no_or_id: str) -> Application:
    app = session.scalar(select(Application).options(
        joinedload(Application.applicant), joinedload(Application.company),
        joinedload(Application.permit_type)).where(
        or_(Application.no_permohonan == no_or_id, Application.id == no_or_id,
            Application.receipt_number == no_or_id)))
    if app is None:
        raise ServiceError(tr("Permohonan {no} tidak ditemukan.").format(no=no_or_id))
    return app


def resolve(session: Session, text: str) -> Application:
    """The one reading of a scanned or typed reference, for every counter: a
    signed QR payload (receipt, SK; checked, a forged one refused), else a
    no_permohonan, a receipt number or an id. ServiceError when nothing matches."""
    from app import qrsign
    text = (text or "").strip()
    if qrsign.looks_like(text):
        try:
            signed = qrsign.verify(text, session=session)
        except qrsign.Invalid as e:
            raise ServiceError(str(e)) from None
        return get(session, signed.ref)
    return get(session, text)


# built once (every SK, receipt and file view reads a file's events)
_EVENTS = select(WorkflowEvent).where(WorkflowEvent.application_id == bindparam("app_id")).order_by(
    func.coalesce(WorkflowEvent.seq, 0), WorkflowEvent.at, stamp_order(WorkflowEvent.__table__.c.created_at),
    WorkflowEvent.id)


def events(session: Session, app_id: str) -> list[WorkflowEvent]:
    return list(session.scalars(_EVENTS, {"app_id": app_id}))


def checks(session: Session, app_id: str) -> list[RequirementCheck]:
    return list(session.scalars(select(RequirementCheck).options(
        joinedload(RequirementCheck.requirement)).where(
        RequirementCheck.application_id == app_id)))


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
           event_data: dict[str, Any] | None = None) -> Application:
    """Create an application with its first event (register_walkin / submit_online).
    The caller validates the fields and commits."""
    action = "register_walkin" if source == "WALKIN" else "submit_online"
    workflow.check(action, None, actor.roles, None)
    if session.scalar(select(Application.id).where(Application.no_permohonan == no_permohonan)):
        raise ServiceError(tr("Nomor permohonan {no} sudah ada.").format(no=no_permohonan))
    if kind in ("PERPANJANGAN", "PERUBAHAN") and not old_permit_number:
        raise ServiceError(tr("Nomor izin lama wajib diisi untuk permohonan {kind}.").format(kind=kind.lower()))
    app = Application(
        # A SiCantik file is the same file on every workstation that imports it.
        id=identity.online_application(no_permohonan) if source == "ONLINE" else new_id(),
        no_permohonan=no_permohonan, kind=kind, old_permit_number=old_permit_number,
        permit_type=permit_type, permit_type_id=permit_type.id, applicant_type=applicant_type,
        applicant=applicant, company=company, location=location,
        location_region_code=location_region_code, source=source,
        submitted_at=submitted_at or clock.now(), state=None,
        applicant_name=applicant.name, applicant_nik=applicant.nik,
        name_key=name_key(applicant.name), created_by=actor.officer_id,
        created_ws=actor.workstation,
    )
    workflow.apply(session, app, action, actor, event_data)
    session.add(app)
    session.flush()
    return app


