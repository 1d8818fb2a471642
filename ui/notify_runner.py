"""Messages to applicants sent from inside the GUI, off its thread.

On the sending workstation (`notify.send_workstation`, or every workstation for its
own messages while that is empty) a pass of app/notify/sender.py runs every
`INTERVAL_MS` and shortly after a counter changed a file (a message was probably
just queued). A pass never overlaps another, and a `loket notify run` service
holding the sender's lock simply makes the GUI's pass skip (Busy). A counter's own
transaction only writes the row, so a gateway that hangs costs the officer nothing.
"""
from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from app.notify import sender
from ui import worker

log = logging.getLogger("loket.ui")

INTERVAL_MS = 30_000
AFTER_CHANGE_MS = 3_000


class NotifyRunner(QObject):
    passed = Signal(object)        # sender.Report of the last pass

    def __init__(self, loket, bus, parent: QObject | None = None, run: Callable = sender.run_if_enabled):
        super().__init__(parent)
        self.loket, self._run = loket, run
        self.pool = worker.serial_pool(self)
        self.running = False
        self.last: sender.Report | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.send_now)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(AFTER_CHANGE_MS)
        self._soon.timeout.connect(self.send_now)
        if bus is not None:
            bus.applications_changed.connect(lambda _ids: self._soon.start())

    def start(self) -> None:
        self._timer.start()
        self._soon.start()

    def stop(self) -> None:
        self._timer.stop()
        self._soon.stop()

    def send_now(self) -> bool:
        if self.running:
            return False
        self.running = True
        loket, run = self.loket, self._run

        def job():
            try:
                return run(loket)
            except sender.Busy:        # `loket notify run` is the sender on this workstation
                return None
        worker.run(job, on_done=self._done, on_error=self._failed, context=self, pool=self.pool)
        return True

    def _done(self, report) -> None:
        self.running = False
        if report is not None:
            self.last = report
            self.passed.emit(report)

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        log.warning("notify pass failed: %s", type(exc).__name__)
