"""The back office's worklists, as the table pages through them and as one page
(split from app/services/backoffice.py).

Its own module, with few imports: the worklist table's first rows wait for this
import on the worker thread (the actions of backoffice.py pull in the audit, the
event words, the application service and, for the SK, reportlab; and every module
imported after PySide is read again by its import hook).
"""
from __future__ import annotations

import re
import sqlite3
import threading
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import bindparam, func, or_, select, tuple_, union_all
from sqlalchemy.orm import Session

from app import workflow
from app.calendar import WorkCalendar
from app.i18n import tr
from app.services import paging, tracking
from app.services.context import Actor, PermissionDenied, ServiceError
from app.validation import name_key
from db.models import Application, Officer, PermitType
from db.values import time_value, uuid_text


@dataclass(frozen=True)
class WorkRow:
    id: str
    no_permohonan: str
    state: str
    state_label: str
    applicant_name: str
    permit_type: str
    kind: str
    receipt_number: str | None
    received_at: datetime | None     # office local time
    state_since: datetime | None     # office local time
    due_date: date | None
    holder_name: str | None
    days_left: int | None            # working days to the due date; negative = overdue
    overdue: bool


@dataclass
class WorkPage:
    rows: list[WorkRow]
    total: int
    offset: int
    limit: int
    notice: str = ""


def _scope(session: Session | None, actor: Actor, mine_only: bool) -> list[Any]:
    conds: list[Any] | None = tracking.scope_filter(session, actor, mine_only=mine_only)
    if conds is None:
        raise PermissionDenied(tr("Daftar kerja hanya untuk Back Office, Kepala Seksi, Kepala Bidang "
                                  "dan Kepala Dinas."))
    return conds


def _search_cond(text: str) -> Any:
    text = text.strip()
    digits = text.replace(" ", "")
    conds = [Application.no_permohonan == text, Application.receipt_number == text,
             Application.permit_number == text]
    if digits.isdigit() and len(digits) == 16:
        conds.append(Application.applicant_nik == digits)
    key = name_key(text)
    if key:
        conds.append((Application.name_key >= key) & (Application.name_key < key + "\uffff"))
    return or_(*conds)


def _filters(session: Session | None, actor: Actor, *, query: str | None, state: str | None,
             mine_only: bool, overdue_only: bool, today: date) -> list[Any]:
    conds = _scope(session, actor, mine_only)
    if state:
        if state not in workflow.STATES:
            raise ServiceError(tr("Status tidak dikenal: {state}.").format(state=state))
        conds.append(Application.state == state)
    if query and query.strip():
        conds.append(_search_cond(query))
    if overdue_only:
        conds.append(Application.due_date < today)
    return conds


def worklist(session: Session, actor: Actor, *, query: str | None = None, state: str | None = None,
             mine_only: bool = True, overdue_only: bool = False, limit: int = 100, offset: int = 0,
             now_utc: datetime | None = None, calendar: WorkCalendar | None = None) -> WorkPage:
    """One page of the files waiting on this officer, soonest due first."""
    limit = max(1, min(int(limit), 500))
    offset = max(0, int(offset))
    today = tracking.office_today(session, now_utc)
    conds = _filters(session, actor, query=query, state=state, mine_only=mine_only,
                     overdue_only=overdue_only, today=today)
    total = int(session.scalar(select(func.count()).select_from(Application).where(*conds)) or 0)
    rows = session.execute(
        select(Application.id, Application.no_permohonan, Application.state,
               Application.applicant_name, PermitType.name, Application.kind,
               Application.receipt_number, Application.received_at, Application.state_since,
               Application.due_date, Officer.full_name)
        .join(PermitType, PermitType.id == Application.permit_type_id)
        .outerjoin(Officer, Officer.id == Application.holder_id)
        .where(*conds)
        .order_by(Application.due_date.is_(None), Application.due_date, Application.state_since,
                  Application.id)
        .limit(limit).offset(offset)).all()
    out = _work_rows(session, rows, today, calendar)
    notice = _unit_notice(session, actor)
    return WorkPage(out, total, offset, limit, notice)


@dataclass(frozen=True)
class WorkList:
    """A worklist as the table pages it (`worklist_page`): the filters, and the day
    "late" is counted from, fixed when the list was opened."""
    actor: Actor
    query: str | None
    state: str | None
    mine_only: bool
    overdue_only: bool
    today: date
    notice: str = ""
    # read once with the list (each page would read them again: three statements a page)
    calendar: WorkCalendar | None = None
    tz: ZoneInfo | None = None


_PAGE_COLS = (Application.id, Application.no_permohonan, Application.state, Application.applicant_name,
              Application.permit_type_id, Application.kind, Application.receipt_number, Application.received_at,
              Application.state_since, Application.due_date, Application.holder_id)
# what a page's statement returns of them: the permit type's and the holder's ids only
# serve to look their names up (each id read back would be one more key converted to text)
_OUT_COLS = tuple(i for i, c in enumerate(_PAGE_COLS) if c.key not in ("permit_type_id", "holder_id"))


# soonest due first; files without a due date after them (their own segment: a NULL is not sought past)
_WORK_SEGMENTS = ((Application.due_date.is_not(None), (Application.due_date, Application.state_since,
                                                       Application.id)),
                  (Application.due_date.is_(None), (Application.state_since, Application.id)))


def worklist_list(session: Session, actor: Actor, *, query: str | None = None, state: str | None = None,
                  mine_only: bool = True, overdue_only: bool = False,
                  now_utc: datetime | None = None) -> WorkList:
    """The list the worklist table pages through (worklist_page). The table's first rows
    wait for this module's import, on the worker thread: sksign (the SK's PDF, reportlab)
    is imported by the actions that need it, not here (it was most of the first rows'
    300 ms at a million files)."""
    today = tracking.office_today(session, now_utc)
    _filters(session, actor, query=query, state=state, mine_only=mine_only, overdue_only=overdue_only,
             today=today)      # refuses a role or state it does not know, before the table opens
    return WorkList(actor, query, state, mine_only, overdue_only, today, _unit_notice(session, actor),
                    WorkCalendar.from_db(session), tracking.office_tz(session))


def _work_conds(wl: WorkList) -> list[Any]:
    # builds conditions only (no query): a plain read has no session to give
    return _filters(None, wl.actor, query=wl.query, state=wl.state, mine_only=wl.mine_only,
                    overdue_only=wl.overdue_only, today=wl.today)


def worklist_count(session: Session, wl: WorkList) -> int:
    return int(session.scalar(select(func.count()).select_from(Application).where(*_work_conds(wl))) or 0)


def worklist_page(session: Session | sqlite3.Connection, wl: WorkList, seek: paging.Seek,
                  calendar: WorkCalendar | None = None) -> paging.KeyPage:
    """One page of `wl` from where `seek` says (keys in both directions, never a long OFFSET).

    One statement per segment: for each role an index walk of (holder_role, due_date)
    in the page's order, limited (that index is in due-date order for one role, not for
    an IN list of them, over which SQLite would walk every file by due date), the walks
    merged by the statement's own ORDER BY, the permit type's and the holder's names
    looked up for the page's rows only (joined before the limit, SQLite's planner may
    start from the permit types and sort a million rows). Ctrl+End on a million files
    is two statements (the files without a due date, then the last of the others).

    On the local SQLite file (a session on it, or a connection of `Loket.read()`, which
    is what the table reads its pages on) the statements run as plain SQL on the sqlite3
    driver: built and compiled once per list and way (`_plain_statement`), the list's
    fixed values encoded once by the column types, the rows decoded with db/values.py as
    the column types would (a page through the ORM's execute and result processing was
    three times the query). The keys stay in their stored form. Elsewhere (another
    database behind a session) the same statements run through SQLAlchemy."""
    raw = _driver(session)
    if raw is not None:
        return _plain_page(raw, wl, seek, calendar)
    assert not isinstance(session, sqlite3.Connection)
    conn = session.connection()

    def run(seg: int, after: Any, reverse: bool, limit: int, offset: int) -> Any:
        stmt = _page_statement(wl, seg, reverse, after is not None)
        if stmt is None:
            return []
        params = {"walk": limit + offset, "limit": limit, "offset": offset}
        if after is not None:
            params.update({f"a{i}": v for i, v in enumerate(after)})
        n, m = len(_OUT_COLS), len(_OUT_COLS) + len(_WORK_SEGMENTS[seg][1])
        return [((*r[:4], r[m] or "", *r[4:9], r[m + 1]), tuple(r[n:m])) for r in conn.execute(stmt, params)]

    def count(seg: int, after: Any, reverse: bool) -> int:
        return int(conn.scalar(_count_statement(wl, seg, reverse, after is not None),
                               {f"a{i}": v for i, v in enumerate(after or ())}) or 0)

    page = paging.walk(len(_WORK_SEGMENTS), seek, run, count)
    page.rows = _work_rows(session, page.rows, wl.today, calendar or wl.calendar, wl.tz)
    return page


def _driver(session: Session | sqlite3.Connection) -> sqlite3.Connection | None:
    """The sqlite3 connection to read a page on: `session` itself, or the one under a
    session on the SQLite file; None on another database."""
    if isinstance(session, sqlite3.Connection):
        return session
    conn = session.connection()
    if conn.dialect.name != "sqlite":
        return None
    raw = conn.connection.driver_connection
    return raw if isinstance(raw, sqlite3.Connection) else None


def _plain_page(raw: sqlite3.Connection, wl: WorkList, seek: paging.Seek,
                calendar: WorkCalendar | None) -> paging.KeyPage:
    def run(seg: int, after: Any, reverse: bool, limit: int, offset: int) -> Any:
        plain = _plain_statement(wl, "page", seg, reverse, after is not None)
        if plain is None:
            return []
        sql, params = plain
        params = {**params, "walk": limit + offset, "limit": limit, "offset": offset}
        if after is not None:
            params.update({f"a{i}": v for i, v in enumerate(after)})
        n, m = len(_OUT_COLS), len(_OUT_COLS) + len(_WORK_SEGMENTS[seg][1])
        out = []
        for r in raw.execute(sql, params):
            due = r[8]
            if isinstance(due, str):
                due = date.fromisoformat(due)
            out.append(((uuid_text(r[0]), r[1], r[2], r[3], r[m] or "", r[4], r[5], time_value(r[6]),
                         time_value(r[7]), due, r[m + 1]), tuple(r[n:m])))
        return out

    def count(seg: int, after: Any, reverse: bool) -> int:
        plain = _plain_statement(wl, "count", seg, reverse, after is not None)
        assert plain is not None
        sql, params = plain
        return int(raw.execute(sql, {**params, **{f"a{i}": v for i, v in enumerate(after or ())}})
                   .fetchone()[0] or 0)

    page = paging.walk(len(_WORK_SEGMENTS), seek, run, count)
    page.rows = _work_rows(None, page.rows, wl.today, calendar or wl.calendar, wl.tz)
    return page


def worklist_prepare(session: Session | None, wl: WorkList) -> None:
    """Builds the statements of the list's last page (Ctrl+End) and compiles them to
    plain SQL: done with the count, off the GUI thread, so the first Ctrl+End of a list
    reads at once instead of first constructing and compiling its statements (tens of
    milliseconds on a busy machine, the first jump's whole budget)."""
    for seg in range(len(_WORK_SEGMENTS)):
        _plain_statement(wl, "page", seg, True, False)


# The page statements, built once per list and way (constructing one costs more than running it)
_PAGE_STATEMENTS: dict[tuple[Any, ...], Any] = {}
# … and compiled to plain SQL for the sqlite3 driver, with the list's fixed values encoded
_PLAIN: dict[tuple[Any, ...], tuple[str, dict[str, Any]] | None] = {}
_PLAIN_LOCK = threading.Lock()
_SQLITE_DIALECT: Any = None
# the parameters a page gives each time: past which key, how many rows
_VARIABLE = re.compile(r"a\d+|walk|limit|offset")
_MARK = re.compile(r"(?<![:\w]):(\w+)")


def _list_key(wl: WorkList, seg: int, reverse: bool, after: bool) -> tuple[Any, ...]:
    a = wl.actor
    return (a.officer_id, a.unit, tuple(sorted(a.roles)), wl.query, wl.state, wl.mine_only, wl.overdue_only,
            wl.today, seg, reverse, after)


def _plain_statement(wl: WorkList, what: str, seg: int, reverse: bool,
                     after: bool) -> tuple[str, dict[str, Any]] | None:
    """(SQL with :named marks, the list's own values encoded as the column types store
    them) of a page (what="page") or of the count past a key (what="count"); None when
    the list is empty by definition (no back-office role). The SQL is SQLAlchemy's own
    for SQLite, so the plain read and the ORM's read are the same statement."""
    global _SQLITE_DIALECT
    key = (what, *_list_key(wl, seg, reverse, after))
    if key in _PLAIN:
        return _PLAIN[key]
    stmt = (_page_statement(wl, seg, reverse, after) if what == "page"
            else _count_statement(wl, seg, reverse, after))
    plain = None
    if stmt is not None:
        if _SQLITE_DIALECT is None:
            from sqlalchemy.dialects import sqlite
            _SQLITE_DIALECT = sqlite.dialect(paramstyle="named")
        d = _SQLITE_DIALECT
        compiled = stmt.compile(dialect=d, compile_kwargs={"render_postcompile": True})
        params: dict[str, Any] = {}
        for name in set(_MARK.findall(compiled.string)):
            if _VARIABLE.fullmatch(name):
                continue
            bp = compiled.binds.get(name)
            if bp is not None:
                value = bp.effective_value
            else:                       # one value of an expanded IN list: name_N
                base, _, i = name.rpartition("_")
                bp = compiled.binds[base]
                value = list(bp.effective_value)[int(i) - 1]
            proc = bp.type.dialect_impl(d).bind_processor(d)
            params[name] = proc(value) if proc is not None else value
        plain = (compiled.string, params)
    with _PLAIN_LOCK:
        if len(_PLAIN) > 256:
            _PLAIN.clear()
        _PLAIN[key] = plain
    return plain


def _count_statement(wl: WorkList, seg: int, reverse: bool, after: bool) -> Any:
    """The rows of one segment of `wl` past the key :a0… (or all of them): what a page
    that skips rows needs when the skip spans a whole segment."""
    cond, cols = _WORK_SEGMENTS[seg]
    w = [*_work_conds(wl), cond]
    if after:
        # (a value, even None, so that the roles' IN list can be rendered without the key's)
        values = tuple_(*(bindparam(f"a{i}", None, type_=c.type) for i, c in enumerate(cols)))
        w.append(tuple_(*cols) < values if reverse else tuple_(*cols) > values)
    return select(func.count()).select_from(Application).where(*w)


def _page_statement(wl: WorkList, seg: int, reverse: bool, after: bool) -> Any:
    """The statement of one segment of `wl` read one way (see worklist_page), with
    the parameters :walk (rows per role), :limit, :offset and, past a key, :a0…"""
    a = wl.actor
    key = _list_key(wl, seg, reverse, after)
    stmt = _PAGE_STATEMENTS.get(key)
    if stmt is not None:
        return stmt
    conds = _work_conds(wl)
    rest = conds[1:]              # conds[0] is the roles: one walk each
    roles = sorted(set(a.roles) & set(tracking.WORK_ROLES))
    if not roles:
        return None
    cond, cols = _WORK_SEGMENTS[seg]
    walks = []
    for role in roles:
        w = [Application.holder_role == role, *rest, cond]
        if after:
            values = tuple_(*(bindparam(f"a{i}", type_=c.type) for i, c in enumerate(cols)))
            w.append(tuple_(*cols) < values if reverse else tuple_(*cols) > values)
        # the keys only: (holder_role, due_date, state_since, id) is the index, so a walk
        # reads it alone, not the table (unless a filter needs other columns)
        walks.append(select(*(c.label(f"k{i}") for i, c in enumerate(cols)))
                     .where(*w).order_by(*(c.desc() if reverse else c for c in cols))
                     .limit(bindparam("walk")).subquery())
    u = walks[0] if len(walks) == 1 else union_all(*(select(*w.c) for w in walks)).subquery()
    keys = [u.c[f"k{i}"] for i in range(len(cols))]
    # the page's keys, merged and limited; only then its rows (by id) and their names:
    # a row and two names read per row shown, not per row each role's walk read
    # (a quarter of them for the head of office's four roles; 4 ms → 1.5 ms at 1M)
    page = (select(*keys).order_by(*(k.desc() if reverse else k for k in keys))
            .limit(bindparam("limit")).offset(bindparam("offset")).subquery())
    pkeys = [page.c[f"k{i}"] for i in range(len(cols))]
    permit = select(PermitType.name).where(PermitType.id == Application.permit_type_id).scalar_subquery()
    holder = select(Officer.full_name).where(Officer.id == Application.holder_id).scalar_subquery()
    stmt = (select(*(_PAGE_COLS[i] for i in _OUT_COLS), *pkeys, permit, holder)
            .select_from(page).join(Application, Application.id == pkeys[-1])
            .order_by(*(k.desc() if reverse else k for k in pkeys)))
    if len(_PAGE_STATEMENTS) > 256:
        _PAGE_STATEMENTS.clear()
    _PAGE_STATEMENTS[key] = stmt
    return stmt


def _work_rows(session: Session | None, rows: Any, today: date, calendar: WorkCalendar | None,
               tz: ZoneInfo | None = None) -> list[WorkRow]:
    if tz is None or calendar is None:
        assert session is not None, "the list's time zone and calendar, or a session to read them"
        tz = tz or tracking.office_tz(session)
        calendar = calendar or WorkCalendar.from_db(session)
    cal = calendar
    left: dict[date, int] = {}      # a page shares few due dates; counting days is the slow part
    out = []
    for r in rows:
        due = r[9]
        if due is not None and due not in left:
            left[due] = cal.working_days_between(today, due)
        out.append(WorkRow(
            id=r[0], no_permohonan=r[1], state=r[2], state_label=tr(workflow.STATES[r[2]].label),
            applicant_name=r[3], permit_type=r[4], kind=r[5], receipt_number=r[6],
            received_at=tracking.to_local(r[7], tz), state_since=tracking.to_local(r[8], tz),
            due_date=due, holder_name=r[10],
            days_left=left.get(due) if due else None,
            overdue=bool(due and due < today)))
    return out


def _unit_notice(session: Session, actor: Actor) -> str:
    if actor.unit and workflow.KADIN not in actor.roles and not session.scalar(
            select(func.count()).select_from(PermitType).where(PermitType.unit == actor.unit)):
        return tr("Unit Anda ({unit}) tidak menangani jenis izin mana pun; periksa data petugas "
                  "atau unit pada jenis izin.").format(unit=actor.unit)
    return ""
