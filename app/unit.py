"""The unit of work: the one place a screen's request gets its database session.

    value = unit.query(loket, lambda s: tracking.view(s, number))
    value, changes = unit.change(loket, lambda s: issuance.print_sk(s, actor, number))

`query` and `change` open a session, run the service call with it and close it;
nothing outside `app/` opens a session (tests/unit/test_layers.py checks `ui/`).
The services still commit their own transaction, each through
`audit.transaction` (which `workflow.transition` uses for a file's step);
`change` watches what every session on its thread writes and commits
while it runs (also one a service opens itself), and returns it as a
`Changes` value for the screens (app/changes.py).

What comes back must be plain data, never an ORM object: the session is closed
when it is returned, and an ORM object walked on the GUI thread would load
lazily from a session that belongs to another thread. `plain()` refuses one
(a programming error, raised as TypeError, never shown to the officer).
"""
from __future__ import annotations

import dataclasses
import logging
import sqlite3
import threading
import types
import typing
from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import date, time, timedelta
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from app.changes import APPLICATIONS, NOTHING, TABLE_KINDS, Changes

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

T = TypeVar("T")
log = logging.getLogger("loket.unit")


class HasSessions(Protocol):
    @property
    def Session(self) -> sessionmaker[Session]: ...  # noqa: N802


class HasReads(Protocol):
    def read(self) -> AbstractContextManager[sqlite3.Connection]: ...


class Recorder:
    """Collects what the sessions of one unit of work flush; keeps only what was
    committed. Every session opened on this thread while the unit runs counts,
    also one a service opens itself (the SiCantik mapping, a central fetch)."""

    def __init__(self) -> None:
        self._pending: dict[int, Changes] = {}
        self.committed = NOTHING

    @property
    def pending(self) -> Changes:
        out = NOTHING
        for c in self._pending.values():
            out = out | c
        return out

    @property
    def changes(self) -> Changes:
        return self.committed

    def _add(self, session: Session, changes: Changes) -> None:
        if changes:
            self._pending[id(session)] = self._pending.get(id(session), NOTHING) | changes

    def flushed(self, session: Session) -> None:
        for obj in (*session.new, *session.dirty, *session.deleted):
            self._add(session, changes_of_row(obj, session))

    def executed(self, state: Any) -> None:
        if not (state.is_update or state.is_delete or state.is_insert):
            return
        table = getattr(state.statement, "table", None)
        kinds = TABLE_KINDS.get(getattr(table, "name", ""), ())
        if kinds:   # a bulk statement: which files it touched is unknown
            self._add(state.session, Changes(frozenset(kinds), None))

    def commit(self, session: Session) -> None:
        self.committed = self.committed | self._pending.pop(id(session), NOTHING)

    def rollback(self, session: Session) -> None:
        self._pending.pop(id(session), None)


# The recorder of the unit of work running on this thread (None: nobody listens).
_active = threading.local()


def _recorder() -> Recorder | None:
    return getattr(_active, "recorder", None)


_listening = threading.Lock()
_listeners_on = False


def _listen() -> None:
    """Hook the recorder into every Session (once, on the first unit of work: the
    import of this module stays free of SQLAlchemy, see app/runtime.py)."""
    global _listeners_on
    if _listeners_on:
        return
    with _listening:
        if _listeners_on:
            return
        from sqlalchemy import event
        from sqlalchemy.orm import Session
        event.listen(Session, "after_flush", _after_flush)
        event.listen(Session, "do_orm_execute", _do_orm_execute)
        event.listen(Session, "after_commit", _after_commit)
        event.listen(Session, "after_soft_rollback", _after_rollback)
        _listeners_on = True


def _after_flush(session: Session, _ctx: Any) -> None:
    rec = _recorder()
    if rec is not None:
        rec.flushed(session)


def _do_orm_execute(state: Any) -> None:
    rec = _recorder()
    if rec is not None:
        rec.executed(state)


def _after_commit(session: Session) -> None:
    rec = _recorder()
    if rec is not None:
        rec.commit(session)


def _after_rollback(session: Session, _previous: Any) -> None:
    rec = _recorder()
    if rec is not None:
        rec.rollback(session)


def changes_of_row(obj: object, session: Session | None = None) -> Changes:
    """The Changes one written row stands for. Rows of a file (prints, events,
    documents) name its application; when that is not known, any file may
    have changed."""
    table = getattr(getattr(type(obj), "__table__", None), "name", "")
    kinds = TABLE_KINDS.get(table, ())
    if not kinds:
        return NOTHING
    if table in ("applicant", "company", "non_working_day"):
        return Changes(frozenset(kinds), None)   # every file of that person / every due date
    app_id = _application_of(obj, session)
    if app_id:
        return Changes(frozenset((*kinds, APPLICATIONS)), frozenset({app_id}))
    return Changes(frozenset(kinds), None if APPLICATIONS in kinds else frozenset())


def _application_of(obj: Any, session: Session | None, depth: int = 0) -> str | None:
    """The application a row belongs to: its own id, its `application_id`, or
    that of a parent row already in the session (a print → its document)."""
    table = type(obj).__table__
    if table.name == "application":
        return getattr(obj, "id", None)
    if getattr(obj, "application_id", None):
        return str(obj.application_id)
    if session is None or depth > 2:
        return None
    for col in table.columns:
        value = getattr(obj, col.key, None)
        if value is None:
            continue
        for fk in col.foreign_keys:
            target = fk.column.table.name
            if target == "application":
                return str(value)
            if APPLICATIONS not in TABLE_KINDS.get(target, ()):
                continue
            for mapper in type(obj).__mapper__.registry.mappers:
                if mapper.local_table.name == target:
                    parent = session.identity_map.get(mapper.identity_key_from_primary_key([value]))
                    if parent is not None:
                        return _application_of(parent, session, depth + 1)
    return None


def query(loket: HasSessions, fn: Callable[[Session], T]) -> T:
    """Run a read with its own session; returns plain data."""
    _listen()
    with loket.Session() as s:
        return plain(fn(s))


def read(loket: HasReads, fn: Callable[[sqlite3.Connection], T]) -> T:
    """Run a plain-SQL read on a read-only sqlite3 connection of the local file,
    without the ORM (what the window's first page shows, app/runtime.py); the
    connection is closed when it returns, its answer plain data."""
    with loket.read() as conn:
        return plain(fn(conn))


def change(loket: HasSessions, fn: Callable[[Session], T],
           recorder: Recorder | None = None) -> tuple[T, Changes]:
    """Run a mutating service call with its own session; returns its value and
    what it committed. A `Changes` the call returns itself is merged in. On an
    exception, `recorder.changes` still holds what was committed before it."""
    _listen()
    rec = recorder or Recorder()
    outer = _recorder()
    _active.recorder = rec
    try:
        with loket.Session() as s:
            value = fn(s)
            if s.new or s.deleted or rec.pending:
                # a service that forgot to commit: closing the session drops its writes
                log.error("unit of work closed with uncommitted changes (%s)", fn)
    finally:
        _active.recorder = outer
        if outer is not None:   # a unit inside a unit: the outer one saw it too
            outer.committed = outer.committed | rec.committed
    own = value if isinstance(value, Changes) else getattr(value, "changes", None)
    if isinstance(own, Changes):
        rec.committed = rec.committed | own
    return plain(value), rec.committed


# values that cannot hold an ORM object (times and dates too: a page of a table has hundreds);
# a Decimal falls through plain() as it is (naming it here would import decimal on every start)
_PLAIN = (str, int, float, bool, bytes, type(None), date, time, timedelta)


# Dataclasses whose every field is declared scalar (str, a date, a number … or None): plain by
# their type, which mypy holds the fields to, so their instances are not walked field by field
# (a table's page is a hundred of them: walking them cost as much as the page's query).
_SCALAR_CLASSES: dict[type, bool] = {}


def _scalar_hint(hint: Any) -> bool:
    if isinstance(hint, type):
        return issubclass(hint, _PLAIN)
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return all(_scalar_hint(a) for a in typing.get_args(hint))
    return False


def _scalar_class(cls: type) -> bool:
    known = _SCALAR_CLASSES.get(cls)
    if known is None:
        try:
            hints = typing.get_type_hints(cls)
            known = all(_scalar_hint(hints.get(f.name)) for f in dataclasses.fields(cls))
        except Exception:      # an annotation that does not resolve: walk its instances
            known = False
        _SCALAR_CLASSES[cls] = known
    return known


def plain(value: T, _depth: int = 0) -> T:
    """`value` itself, after checking it carries no ORM object (see the module doc)."""
    if _depth > 4 or isinstance(value, _PLAIN):
        return value
    if hasattr(value, "_sa_instance_state"):
        raise TypeError(f"an ORM object ({type(value).__name__}) left the unit of work; "
                        "return a view dataclass instead")
    if dataclasses.is_dataclass(value) and not isinstance(value, type) and _scalar_class(type(value)):
        return value
    if isinstance(value, dict):
        for k, v in list(value.items())[:200]:
            plain(k, _depth + 1)
            plain(v, _depth + 1)
    elif isinstance(value, (list, tuple, set, frozenset)):
        items = list(value) if not isinstance(value, (list, tuple)) else value
        for v in items[:200]:
            if not isinstance(v, _PLAIN):      # (a page's keys: tuples of scalars, not a call each)
                plain(v, _depth + 1)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            plain(getattr(value, f.name), _depth + 1)
    return value


__all__ = ["query", "read", "change", "plain", "Recorder", "changes_of_row"]
