"""The search table's reads, in plain SQL (split from app/services/applications.py,
which re-exports them): the lists the search box pages through, the counts per
state, and the row the tables show.

No SQLAlchemy here at import, and none needed to run: every function takes
either a Session or a sqlite3 connection of the local file (`Reader`), so the
window's first page (`loket --smoke`, app/runtime.py `Loket.read`) lists files
before SQLAlchemy and the models are loaded. Stored values are decoded with
db/values.py, as the column types would.
"""
from __future__ import annotations

import sqlite3
import threading
from collections import OrderedDict
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Union

from app import workflow
from app.i18n import tr
from app.services import paging
from app.services.context import ServiceError
from app.validation import name_key
from db.values import time_value, uuid_text

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# A session, or the sqlite3 connection of Loket.read()
Reader = Union["Session", sqlite3.Connection]


@dataclass(frozen=True, slots=True)
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

    def as_json(self) -> dict[str, Any]:
        return {
            "no_permohonan": self.no_permohonan, "state": self.state,
            "state_label": workflow.STATES[self.state].label,
            "applicant_name": self.applicant_name, "nik": self.applicant_nik,
            "permit_type": self.permit_type, "receipt_number": self.receipt_number,
            "kind": self.kind,
            "submitted_at": self.submitted_at.isoformat(sep=" ") if self.submitted_at else None,
            "due_date": self.due_date.isoformat() if self.due_date else None,
        }


def _check_state(state: str | None) -> None:
    if state and state not in workflow.STATES:
        raise ServiceError(tr("Status tidak dikenal: {state}. Pilihan: {states}").format(
            state=state, states=", ".join(workflow.STATES)))


# The search runs as hand-written SQL on the connection's driver: the SQL is
# short and fixed, and building, caching and compiling a SQLAlchemy statement
# per keystroke costs twenty times the lookup itself (tests/bench). Named
# parameters keep it runnable through SQLAlchemy on other backends. On SQLite
# the join is a CROSS JOIN, which makes `application` the outer loop: every
# query here filters and orders on it, and the planner, left alone with
# fourteen permit types, may otherwise start from permit_type and sort a
# million rows.
_SELECT = ("SELECT a.id, a.no_permohonan, a.state, a.applicant_name, a.applicant_nik, p.name, "
           "a.receipt_number, a.kind, a.submitted_at, a.due_date{extra} "
           "FROM application a {join} permit_type p ON p.id = a.permit_type_id")
_NROW = 10

# Per plan: WHERE (with :q / :hi for the prefix range), sort columns, descending.
_PLAN_SQL = {
    "recent": ("", ("a.submitted_at", "a.id"), True),
    "number": ("a.no_permohonan >= :q AND a.no_permohonan < :hi", ("a.no_permohonan",), False),
    "number_upper": ("a.no_permohonan >= :q AND a.no_permohonan < :hi", ("a.no_permohonan",), False),
    "nik": ("a.applicant_nik >= :q AND a.applicant_nik < :hi", ("a.applicant_nik", "a.id"), False),
    "receipt": ("a.receipt_number >= :q AND a.receipt_number < :hi", ("a.receipt_number",), False),
    "name": ("a.name_key >= :q AND a.name_key < :hi", ("a.name_key", "a.id"), False),
}


def _plan_values(text: str) -> list[tuple[str, str | None]]:
    """(plan, the value its range starts at), in the order they are tried."""
    if not text:
        return [("recent", None)]
    if any(ch.isdigit() for ch in text):
        upper = text.upper()
        digits = "".join(ch for ch in text if ch not in " .-")
        out: list[tuple[str, str | None]] = [("number", text)]
        if upper != text:
            out.append(("number_upper", upper))
        if digits.isdigit():
            out.append(("nik", digits))
        out.append(("receipt", upper))
        return out
    return [("name", name_key(text))]


def _run(session: Reader, sql: str, params: dict[str, Any]) -> list[tuple[Any, ...]]:
    if isinstance(session, sqlite3.Connection):    # Loket.read(): the driver itself
        return session.execute(sql.replace("{join}", "CROSS JOIN"), params).fetchall()
    conn = session.connection()
    if conn.dialect.name == "sqlite":
        raw = conn.connection.driver_connection
        if raw is not None:                        # the sqlite3 connection under the pool's
            rows: list[tuple[Any, ...]] = raw.execute(sql.replace("{join}", "CROSS JOIN"), params).fetchall()
            return rows
    from sqlalchemy import text as sql_text
    return [tuple(r) for r in conn.execute(sql_text(sql.replace("{join}", "JOIN")), params).all()]


def _database(session: Reader) -> Any:
    """Which database a cursor belongs to (the cursors below are kept per database)."""
    if isinstance(session, sqlite3.Connection):
        return session.execute("PRAGMA database_list").fetchone()[2]
    return session.get_bind().engine.url.database


_SHARED: dict[str, str] = {}


def _shared(value: str) -> str:
    # States, kinds and permit type names repeat on every row: one string each
    # instead of one per row keeps a table that has scrolled far small.
    if value is None:
        return value
    got = _SHARED.get(value)
    if got is None:
        if len(_SHARED) > 4096:
            return value
        got = _SHARED.setdefault(value, value)
    return got


def _row(r: Any) -> Row:
    # Straight from the SQLite driver: the key as its 16 stored bytes, the time as
    # stored integer microseconds (db/base.py); the seek keys stay in that form.
    sub, due = r[8], r[9]
    if isinstance(sub, (int, str)):
        sub = time_value(sub)
    if isinstance(due, str):
        due = date.fromisoformat(due)
    return Row(uuid_text(r[0]), r[1], _shared(r[2]), r[3], r[4], _shared(r[5]), r[6], _shared(r[7]), sub, due)


def _exact(session: Reader, text: str, state: str | None) -> list[Row]:
    upper = text.upper()
    digits = "".join(ch for ch in text if ch not in " .-")
    values = {text, upper}
    where = "(a.no_permohonan IN (:t, :u) OR a.receipt_number IN (:t, :u)"
    params: dict[str, Any] = {"t": text, "u": upper}
    if digits.isdigit() and len(digits) == 16:
        where += " OR a.applicant_nik = :nik"
        params["nik"] = digits
    where += ")"
    if state:
        where += " AND a.state = :state"
        params["state"] = state
    rows = [_row(r) for r in _run(session, f"{_SELECT.replace('{extra}', '')} WHERE {where} LIMIT 500", params)]
    # The file whose number was typed first, then that NIK's files, newest first.
    rows.sort(key=lambda r: r.id)
    rows.sort(key=lambda r: r.submitted_at or datetime.min, reverse=True)
    rows.sort(key=lambda r: r.no_permohonan not in values and r.receipt_number not in values)
    return rows


class _Cursors:
    """The sort key of the last row a caller received, per (database, plan,
    query, state, offset reached): the next sequential page seeks there
    instead of skipping `offset` rows. Bounded; a miss falls back to OFFSET."""

    def __init__(self, size: int = 512) -> None:
        self.size, self.lock = size, threading.Lock()
        self.items: OrderedDict[Any, Any] = OrderedDict()

    def get(self, key: Any) -> Any:
        with self.lock:
            v = self.items.get(key)
            if v is not None:
                self.items.move_to_end(key)
            return v

    def put(self, key: Any, value: Any) -> None:
        with self.lock:
            self.items[key] = value
            self.items.move_to_end(key)
            while len(self.items) > self.size:
                self.items.popitem(last=False)


_cursors = _Cursors()


def _page(session: Reader, plan: str, value: str | None, text: str, state: str | None,
          limit: int, offset: int) -> list[Row]:
    where, cols, descending = _PLAN_SQL[plan]
    conds: list[str] = []
    params: dict[str, Any] = {"limit": limit}
    if where:
        conds.append(where)
        params.update(q=value, hi=(value or "") + "\uffff")
    if state:
        conds.append("a.state = :state")
        params["state"] = state
    db = _database(session)
    key_cols = "(" + ", ".join(cols) + ")"
    marks = "(" + ", ".join(f":k{i}" for i in range(len(cols))) + ")"
    seek = _cursors.get((db, plan, text, state, offset)) if offset else None
    order = ", ".join(f"{c} DESC" if descending else c for c in cols)
    if seek is not None:
        params.update({f"k{i}": v for i, v in enumerate(seek)})
        seek_cond = f"{key_cols} {'<' if descending else '>'} {marks}"
        sql = (f"{_SELECT.replace('{extra}', ', ' + ', '.join(cols))} WHERE {' AND '.join(conds + [seek_cond])} "
               f"ORDER BY {order} LIMIT :limit")
        result = _run(session, sql, params)
        if descending and len(result) < limit:
            # Files without a submission time come last (an OR in the seek would
            # turn the index range into a scan, so they are fetched separately).
            nulls = conds + ["a.submitted_at IS NULL"]
            result += _run(session, f"{_SELECT.replace('{extra}', ', ' + ', '.join(cols))} "
                                    f"WHERE {' AND '.join(nulls)} ORDER BY a.id DESC LIMIT :limit",
                           {**params, "limit": limit - len(result)})
    else:
        params["offset"] = offset
        sql = (f"{_SELECT.replace('{extra}', ', ' + ', '.join(cols))}"
               f"{' WHERE ' + ' AND '.join(conds) if conds else ''} ORDER BY {order} "
               f"LIMIT :limit OFFSET :offset")
        result = _run(session, sql, params)
    if len(result) == limit:
        key = tuple(result[-1][_NROW:])
        if None not in key:
            _cursors.put((db, plan, text, state, offset + limit), key)
    return [_row(r) for r in result]


def count_by_state(session: Reader) -> dict[str, int]:
    """Files per state, office-wide (the home page's tree)."""
    return {state: int(n) for state, n in _run(
        session, "SELECT state, count(*) FROM application GROUP BY state", {})}


# --- the search table: a list paged by key in both directions (app/services/paging.py) ------

@dataclass(frozen=True)
class SearchList:
    """What a search lists, decided once per query: the exact matches (a scanned or
    typed number, at most 500, kept as they are), one indexed plan, or nothing."""
    text: str
    state: str | None
    plan: str | None                 # "exact", a key of _PLAN_SQL, or None (no match)
    value: str | None = None
    exact: tuple[Row, ...] = ()


# A plan's segments: (extra WHERE, sort columns, descending). Browsing lists the files
# without a submission time after the others, by id (see paging: a NULL is not sought past).
def _segments(plan: str) -> list[tuple[str, tuple[str, ...], bool]]:
    where, cols, descending = _PLAN_SQL[plan]
    if plan == "recent":
        return [("a.submitted_at IS NOT NULL", cols, True), ("a.submitted_at IS NULL", ("a.id",), True)]
    return [(where, cols, descending)]


def search_list(session: Reader, query: str | None, *, state: str | None = None) -> SearchList:
    """The list `search_page` pages through: the same choice of plan as `search`."""
    _check_state(state)
    text = " ".join((query or "").split())
    plans = _plan_values(text)
    if text and plans[0][0] != "name":
        exact = _exact(session, text, state)
        if exact:
            return SearchList(text, state, "exact", exact=tuple(exact))
        for plan, value in plans:
            if _page(session, plan, value, text, state, 1, 0):
                return SearchList(text, state, plan, value)
        return SearchList(text, state, None)
    plan, value = plans[0]
    return SearchList(text, state, plan, value)


def _list_conds(lst: SearchList, where: str) -> tuple[list[str], dict[str, Any]]:
    conds: list[str] = []
    params: dict[str, Any] = {}
    if where:
        conds.append(where)
    if lst.value is not None and lst.plan is not None and ":q" in _PLAN_SQL[lst.plan][0]:
        params.update(q=lst.value, hi=lst.value + "\uffff")
    if lst.state:
        conds.append("a.state = :state")
        params["state"] = lst.state
    return conds, params


def search_count(session: Reader, lst: SearchList) -> int:
    if lst.plan is None:
        return 0
    if lst.plan == "exact":
        return len(lst.exact)
    n = 0
    base = _PLAN_SQL[lst.plan][0]
    for seg_where, _cols, _desc in _segments(lst.plan):
        conds, params = _list_conds(lst, " AND ".join(w for w in (base, seg_where) if w))
        sql = "SELECT count(*) FROM application a" + (" WHERE " + " AND ".join(conds) if conds else "")
        n += int(_run(session, sql, params)[0][0])
    return n


def search_page(session: Reader, lst: SearchList, seek: Any) -> paging.KeyPage:
    """One page of `lst`, from where `seek` says (keys, never a long OFFSET)."""
    if lst.plan is None:
        return paging.KeyPage()
    if lst.plan == "exact":
        rows, n = lst.exact, len(lst.exact)
        if seek.reverse:
            start = (int(seek.after[1]) - 1 if seek.after is not None else n - 1) - seek.offset
            idx = range(start, max(start - seek.limit, -1), -1)
        else:
            start = (int(seek.after[1]) + 1 if seek.after is not None else 0) + seek.offset
            idx = range(max(start, 0), min(start + seek.limit, n))
        return paging.KeyPage([rows[i] for i in idx], [(0, i) for i in idx])
    base = _PLAN_SQL[lst.plan][0]
    segs = _segments(lst.plan)

    def conds_of(seg: int, after: Any, reverse: bool) -> tuple[list[str], dict[str, Any], str, tuple[str, ...]]:
        seg_where, cols, descending = segs[seg]
        conds, params = _list_conds(lst, " AND ".join(w for w in (base, seg_where) if w))
        cond, order = paging.seek_sql(cols, descending, reverse)
        if after is not None:
            conds.append(cond)
            params.update({f"k{i}": v for i, v in enumerate(after)})
        return conds, params, order, cols

    def run(seg: int, after: Any, reverse: bool, limit: int, offset: int) -> Any:
        conds, params, order, cols = conds_of(seg, after, reverse)
        params.update(limit=limit, offset=offset)
        sql = (f"{_SELECT.replace('{extra}', ', ' + ', '.join(cols))}"
               f"{' WHERE ' + ' AND '.join(conds) if conds else ''} ORDER BY {order} "
               f"LIMIT :limit OFFSET :offset")
        return [(_row(r), tuple(r[_NROW:])) for r in _run(session, sql, params)]

    def count(seg: int, after: Any, reverse: bool) -> int:
        conds, params, _order, _cols = conds_of(seg, after, reverse)
        sql = "SELECT count(*) FROM application a" + (" WHERE " + " AND ".join(conds) if conds else "")
        return int(_run(session, sql, params)[0][0])

    return paging.walk(len(segs), seek, run, count)
