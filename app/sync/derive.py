"""Cached columns the central side recomputes from the append-only rows they
summarise, instead of merging them field by field.

`application.state` (with state_since and holder_role) caches the last workflow
event, and `application.permit_number` the number of the signature that stands.
Merged field by field like other mutable rows (the later edit by version
winning each field) they could end up describing an event the central
database refused (a second signature, a second hand-over) or mixing two
workstations' halves. So after every push batch the central side sets them from
the events it actually holds, in the same transaction, and the result travels
down like any other change.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime
from operator import itemgetter
from typing import Any, cast

from sqlalchemy import Table, bindparam, case, func, null, select, type_coerce, update
from sqlalchemy.engine import Connection

from db.base import stamp_order
from db.models import Application, WorkflowEvent

# declarative types __table__ as a FromClause; a mapped class's is its Table
A = cast(Table, Application.__table__)
E = cast(Table, WorkflowEvent.__table__)


def _event_key(cols: Sequence[str]) -> Callable[[Sequence[Any]], tuple[int, datetime, datetime, str]]:
    """The order of the events (workflow.event_order), as the query below sorts
    them, for events as tuples of `cols`."""
    seq, at, created, id_ = (cols.index(k) for k in ("seq", "at", "created_at", "id"))
    lo = datetime.min

    def key(ev: Sequence[Any]) -> tuple[int, datetime, datetime, str]:
        return (ev[seq] or 0, ev[at] or lo, ev[created] or lo, ev[id_])
    return key


def application_cache(c: Connection, ids: set[str],
                      known: dict[str, tuple[dict[str, Any], list[Sequence[Any]]]] | None = None,
                      event_cols: Sequence[str] = ()) -> dict[str, dict[str, Any]]:
    """application id → the cached columns that must change (central side).

    `known`: applications inserted in this very transaction, id → (row, events
    inserted with it, tuples of `event_cols`: push's lean rows). Those hold no
    other events centrally (an event needs its application there first), so
    they are derived from the rows in hand instead of being read back."""
    from app.workflow import holder_of
    out: dict[str, dict[str, Any]] = {}
    known = known or {}
    states = _states()
    ordered = sorted(set(ids) - set(known))
    parts: list[list[str] | None] = [ordered[i:i + 500] for i in range(0, len(ordered), 500)]
    if known:
        parts.append(None)
    for part in parts:
        last: dict[str, tuple[Any, ...]] = {}
        signed: dict[str, dict[str, Any]] = {}
        # rows: application id → its cached columns; events: (application id,
        # action, to_state, at, data) in the order of the events
        rows: dict[str, Any]
        events: Iterable[Any]
        if part is None:   # the applications inserted in this transaction
            rows = {aid: row for aid, (row, _evs) in known.items()}
            events = _known_events(known, event_cols)
        else:
            rows = {r.id: r._asdict() for r in c.execute(select(
                A.c.id, A.c.state, A.c.state_since, A.c.holder_role, A.c.permit_number, A.c.outcome,
                A.c.version).where(A.c.id.in_(part)).with_for_update())}
            # The order of the events (workflow.event_order), never the clocks of
            # the workstations that wrote them. Only a signature's data is read:
            # decoding every event's JSON was most of the time here.
            data = type_coerce(case((E.c.action == "sign", E.c.data), else_=null()), E.c.data.type).label("data")
            events = c.execute(select(E.c.application_id, E.c.action, E.c.to_state, E.c.at, data)
                               .where(E.c.application_id.in_(part))
                               .order_by(E.c.application_id, func.coalesce(E.c.seq, 0), E.c.at,
                                         stamp_order(E.c.created_at), E.c.id))
        for app_id, action, to_state, at, ev_data in events:
            prev = last.get(app_id)
            # A step that keeps the state (prepare_sign) keeps its clock, as workflow.apply does.
            last[app_id] = (to_state, prev[1] if prev and prev[0] == to_state else at)
            if action == "sign":
                signed[app_id] = ev_data or {}
        for aid, row in rows.items():
            if aid not in last:
                continue
            state, since = last[aid]
            want = {"state": state, "state_since": since, "holder_role": holder_of(state)
                    if state in states else row.get("holder_role")}
            sig = signed.get(aid)
            # Only a permit's signature carries valid_from; a rejection letter's
            # number is not a permit number.
            if sig and sig.get("number") and "valid_from" in sig:
                want["permit_number"] = sig["number"]
            change = {k: v for k, v in want.items() if row.get(k) != v}
            if change:
                change["version"] = (row.get("version") or 0) + 1
                out[aid] = change
    return out


def _known_events(known: dict[str, tuple[dict[str, Any], list[Sequence[Any]]]],
                  cols: Sequence[str]) -> Iterator[Sequence[Any]]:
    """The events in hand (tuples of `cols`) as the loop of application_cache reads
    them: (application id, action, to_state, at, data), each file's in the event
    order. A file's events are sorted by their own columns (C comparisons), with the
    key function only when a seq or a time is missing beside one that is not."""
    shape = itemgetter(*(cols.index(k) for k in ("application_id", "action", "to_state", "at", "data")))
    fast = itemgetter(*(cols.index(k) for k in ("seq", "at", "created_at", "id")))
    order = _event_key(cols)
    for _row, evs in known.values():
        if len(evs) > 1:
            try:
                # None beside None compares equal, as `or 0` / `or lo` would make them
                evs = sorted(evs, key=fast)
            except TypeError:
                evs = sorted(evs, key=order)
        yield from map(shape, evs)


def _states() -> frozenset[str]:
    from app.workflow import STATES
    return frozenset(STATES)


# table → (append-only table and its column pointing at it, recompute function)
DERIVERS: dict[str, tuple[str, str, Callable[..., dict[str, dict[str, Any]]]]] = {
    "application": ("workflow_event", "application_id", application_cache),
}


def apply(c: Connection, table: Table, changes: dict[str, dict[str, Any]]) -> None:
    # One executemany per set of changed columns (psycopg pipelines it), not a
    # statement and a round trip per row.
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for rid, vals in changes.items():
        groups.setdefault(tuple(sorted(vals)), []).append(dict(vals, _id=rid))
    for cols, params in groups.items():
        c.execute(update(table).where(table.c.id == bindparam("_id"))
                  .values({k: bindparam(k) for k in cols}), params)
