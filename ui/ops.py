"""One way to run an operation from a screen (in the spirit of Anki's QueryOp
and CollectionOp):

    ops.query(self, lambda s: tracking.view(s, number), self._show)
    ops.change(self, lambda s: issuance.print_sk(s, self.actor, number), self._printed)
    ops.read(self, lambda conn: search.count_by_state(conn), self._counts)   # plain SQL, no ORM

Both run the service call on a worker thread inside a unit of work
(`app.unit`: the session is opened there, never in `ui/`) and call `on_done`
with its plain result on the GUI thread, only while `parent` still exists.
`change` then announces on the bus the `Changes` the unit of work returned,
and every screen refreshes itself from that announcement; no screen emits by
hand. A refusal (`LoketError`) shows the officer's message: through
`on_error` when given (a page's message line), else in a message box; any
other error shows a calm pointer to the log.

`loket` and `bus` are found on `parent` or the first of its Qt parents that
has them (every page keeps both), or passed explicitly.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QThreadPool

from app import unit
from app.changes import Changes
from ui import worker

T = TypeVar("T")


def _find(parent: QObject | None, name: str) -> Any:
    obj = parent
    while obj is not None:
        value = getattr(obj, name, None)
        if value is not None:
            return value
        obj = obj.parent() if isinstance(obj, QObject) else None
    return None


def query(parent: QObject, fn: Callable[[Any], T], on_done: Callable[[T], None] | None = None, *,
          on_error: Callable[[BaseException], None] | None = None,
          pool: QThreadPool | None = None, loket: Any = None) -> worker.Task:
    """Read off the GUI thread: `fn(session)` → `on_done(result)` on the GUI thread."""
    lk = loket or _find(parent, "loket")
    if lk is None:
        raise LookupError("ops.query: no loket on the parent chain")
    return worker.run(lambda: unit.query(lk, fn), on_done=on_done, on_error=on_error,
                      context=parent, pool=pool)


def read(parent: QObject, fn: Callable[[Any], T], on_done: Callable[[T], None] | None = None, *,
         on_error: Callable[[BaseException], None] | None = None,
         pool: QThreadPool | None = None, loket: Any = None) -> worker.Task:
    """`query` for a plain-SQL read that needs no ORM: `fn(connection)` gets the
    local file's read-only sqlite3 connection (`app.unit.read`); what the window's
    first page shows, before SQLAlchemy is loaded."""
    lk = loket or _find(parent, "loket")
    if lk is None:
        raise LookupError("ops.read: no loket on the parent chain")
    return worker.run(lambda: unit.read(lk, fn), on_done=on_done, on_error=on_error,
                      context=parent, pool=pool)


def change(parent: QObject, fn: Callable[[Any], T], on_done: Callable[[T], None] | None = None, *,
           on_error: Callable[[BaseException], None] | None = None,
           pool: QThreadPool | None = None, loket: Any = None, bus: Any = None) -> worker.Task:
    """Change data off the GUI thread, then announce what changed.

    `on_done(result)` runs first (the page that acted shows its own outcome),
    then the announcement, which reaches every screen, the acting one included.
    Without a bus (a page tested alone) the nearest of `parent` and its Qt
    parents with an `apply_changes(changes)` method is told directly."""
    lk = loket or _find(parent, "loket")
    if lk is None:
        raise LookupError("ops.change: no loket on the parent chain")
    target = bus or _find(parent, "bus")
    rec = unit.Recorder()

    def announce(changes: Changes) -> None:
        _announce(parent, target, changes)

    def done(result: tuple[T, Changes]) -> None:
        value, changes = result
        if on_done is not None:
            on_done(value)
        announce(changes)

    def failed(exc: BaseException) -> None:
        if on_error is not None:
            on_error(exc)
        else:
            worker.show_error(exc, parent)
        announce(rec.changes)    # what was committed before the refusal still changed

    return worker.run(lambda: unit.change(lk, fn, rec), on_done=done, on_error=failed,
                      context=parent, pool=pool)


def now(parent: QObject, fn: Callable[[Any], T], *, loket: Any = None) -> T:
    """A small read the screen needs before it can go on (a setting while it is
    built), on the GUI thread; still through the unit of work. Prefer `query`."""
    lk = loket or _find(parent, "loket")
    if lk is None:
        raise LookupError("ops.now: no loket on the parent chain")
    return unit.query(lk, fn)


def read_now(parent: QObject | None, fn: Callable[[Any], T], *, loket: Any = None) -> T:
    """`now` for a plain-SQL read (`read`): the settings the window is built with."""
    lk = loket or _find(parent, "loket")
    if lk is None:
        raise LookupError("ops.read_now: no loket on the parent chain")
    return unit.read(lk, fn)


def change_now(parent: QObject, fn: Callable[[Any], T], on_done: Callable[[T], None] | None = None, *,
               loket: Any = None, bus: Any = None) -> T:
    """`change`, waited for on the GUI thread: for the few steps that must hand
    their result back at once (the print pipeline asks for the PDF it prints, a
    dialog closes only when its save went through). `on_done(value)` runs before
    the announcement, as with `change`. Raises a refusal to the caller; announces
    what was committed either way."""
    lk = loket or _find(parent, "loket")
    if lk is None:
        raise LookupError("ops.change_now: no loket on the parent chain")
    target = bus or _find(parent, "bus")
    rec = unit.Recorder()
    try:
        value, changes = unit.change(lk, fn, rec)
    except BaseException:
        _announce(parent, target, rec.changes)
        raise
    if on_done is not None:
        on_done(value)
    _announce(parent, target, changes)
    return value


def _announce(parent: QObject, bus: Any, changes: Changes) -> None:
    if bus is not None:
        bus.announce(changes)
    elif changes:   # no bus (a page tested alone): the nearest screen that listens
        target = _find(parent, "apply_changes")
        if callable(target):
            target(changes)


__all__ = ["query", "read", "change", "now", "read_now", "change_now"]
