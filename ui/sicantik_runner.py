"""The scheduled SiCantik pull inside the GUI: every `sicantik.pull_minutes`,
off the GUI thread, announcing imported and changed files on the bus.

The shell creates one runner after login and calls `start()`:

    runner = SicantikRunner(loket, bus, parent=main_window)
    runner.status_changed.connect(status_bar.show_sicantik)   # optional
    runner.start()

`pull_now()` starts a pull at once (a menu action); a pull still running is
never overlapped. Changing settings (bus.master_changed) re-reads the interval.
"""
from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from app import clock
from app.changes import Changes
from app.sicantik import importer
from ui import worker

log = logging.getLogger("loket.ui")


def _tr(text: str) -> str:
    return QCoreApplication.translate("sicantik", text)


class SicantikRunner(QObject):
    # {"running": bool, "ok": bool | None, "message": str, "at": "HH:MM" | None}
    status_changed = Signal(dict)

    def __init__(self, loket, bus, parent: QObject | None = None,
                 pull: Callable = importer.pull_scheduled, first_delay_ms: int = 20_000) -> None:
        super().__init__(parent)
        self.loket, self.bus, self._pull = loket, bus, pull
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.pull_now)
        # The morning's first pull soon after start, not a whole interval later.
        self._first = QTimer(self)
        self._first.setSingleShot(True)
        self._first.setInterval(first_delay_ms)
        self._first.timeout.connect(self.pull_now)
        self._task = None
        self.running = False
        self.last: dict = {"running": False, "ok": None, "message": _tr("SiCantik: belum ditarik"), "at": None}
        bus.master_changed.connect(self.start)

    @property
    def interval_minutes(self) -> int:
        return self._timer.interval() // 60_000 if self._timer.isActive() else 0

    def start(self) -> None:
        minutes = importer.schedule(self.loket)
        if minutes <= 0:
            self.stop()
            self._emit(None, _tr("SiCantik: penarikan terjadwal mati"))
            return
        if not self._timer.isActive():
            self._first.start()
        self._timer.start(minutes * 60_000)

    def stop(self) -> None:
        self._timer.stop()
        self._first.stop()

    def pull_now(self) -> bool:
        """Start a pull unless one is running. True when one was started."""
        if self.running:
            return False
        self.running = True
        self._emit(None, _tr("SiCantik: menarik data…"))
        loket, pull = self.loket, self._pull
        self._task = worker.run(lambda: pull(loket), on_done=self._done, on_error=self._failed, context=self)  # type: ignore[assignment]
        return True

    def _done(self, result) -> None:
        self.running = False
        if result.changed_ids:
            self.bus.announce(Changes.for_applications(*result.changed_ids))
        text = _tr("SiCantik: {summary}").format(summary=result.summary())
        if result.error:
            self._emit(False, text + " — " + result.error)
        else:
            self._emit(True, text)

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        self._emit(False, _tr("SiCantik: {message}").format(message=str(exc) or type(exc).__name__))

    def _emit(self, ok: bool | None, message: str) -> None:
        self.last = {"running": self.running, "ok": ok, "message": message,
                     "at": clock.now().strftime("%H:%M")}
        self.status_changed.emit(dict(self.last))
