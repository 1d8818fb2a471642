"""Run a callable off the GUI thread and get its result back on the GUI thread.

    from ui import worker
    worker.run(lambda: slow_query(x), on_done=self._show, on_error=self._failed,
               context=self)

`on_done(result)` / `on_error(exc)` run on the GUI thread, and only while
`context` (a QObject, usually the widget that asked) still exists, so a window
closed while its query runs is never touched afterwards. Without `on_error`
the error is logged and shown calmly in a message box.

The callable must not touch widgets. Database work goes through `ui.ops`
(`query` / `change`), which runs here inside a unit of work from `app.unit`:
a session belongs to one thread and is opened by `app/`, never by a screen.
"""
from __future__ import annotations

import logging
import weakref
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from app.errors import LoketError

log = logging.getLogger("loket.ui")

# Tasks whose result has not been delivered yet: keeps their signal objects
# alive while the worker thread still holds a reference to emit through.
_pending: set[Task] = set()
# Pools made by serial_pool(), so wait_all() can drain them at shutdown.
_pools: weakref.WeakSet[QThreadPool] = weakref.WeakSet()


class Task(QObject):
    """Lives on the GUI thread; the worker thread emits through it (queued)."""

    _finished = Signal(bool, object)

    def __init__(self, on_done, on_error, context) -> None:
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error
        self._context = context
        self.cancelled = False
        self._finished.connect(self._deliver)

    def cancel(self) -> None:
        """The result is no longer wanted; the callable still runs to its end."""
        self.cancelled = True

    @Slot(bool, object)
    def _deliver(self, ok: bool, value: Any) -> None:
        _pending.discard(self)
        ctx = self._context
        if self.cancelled or (ctx is not None and not shiboken6.isValid(ctx)):
            return
        if ok:
            if self._on_done is not None:
                self._on_done(value)
        elif self._on_error is not None:
            self._on_error(value)
        else:
            show_error(value, ctx if isinstance(ctx, QObject) else None)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[], Any], task: Task) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._task = task

    def run(self) -> None:
        try:
            value, ok = self._fn(), True
        except LoketError as e:  # a refusal for the officer: their message is enough
            log.info("background task refused: %s", type(e).__name__)
            value, ok = e, False
        except Exception as e:  # delivered to the GUI thread, never lost
            log.exception("background task failed")
            value, ok = e, False
        try:
            self._task._finished.emit(ok, value)
        except RuntimeError:  # the application is shutting down: nobody to tell
            log.debug("result of a background task dropped at shutdown")


def run(fn: Callable[[], Any], *, on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        context: QObject | None = None, pool: QThreadPool | None = None) -> Task:
    """Start `fn()` on `pool` (default: the global pool). Returns the Task,
    whose `cancel()` drops the result when it arrives."""
    task = Task(on_done, on_error, context)
    _pending.add(task)
    (pool or QThreadPool.globalInstance()).start(_Runnable(fn, task))
    return task


def serial_pool(parent: QObject | None = None) -> QThreadPool:
    """A pool that runs one task at a time, in order: for queries that should
    not overtake each other (a search box, a detail view)."""
    p = QThreadPool(parent)
    p.setMaxThreadCount(1)
    _pools.add(p)
    return p


def wait_all(timeout_ms: int = 10_000) -> bool:
    """At shutdown: let running tasks finish before the database is closed."""
    ok = True
    for p in [*list(_pools), QThreadPool.globalInstance()]:
        if shiboken6.isValid(p):
            ok = p.waitForDone(timeout_ms) and ok
    return ok


def show_error(exc: BaseException, parent=None) -> None:
    from PySide6.QtWidgets import QWidget

    from ui.widgets import error_box, user_message
    error_box(parent if isinstance(parent, QWidget) else None, user_message(exc))
