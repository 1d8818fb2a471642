"""Background sync with the office's central database, inside the GUI.

Every `sync.interval_seconds`, and at once on `sync_now()`, a sync runs off the
GUI thread (ui/worker.py); the Bus `sync_status` signal carries
dict(online, last_success, pending, message[, error, progress]) to the status
bar. A first sync (bootstrap) reports its progress as it goes. Rows that came
down are announced as a `Changes` value (bus.announce) so screens refresh.
A sync never overlaps another; without `central.url` the runner stays idle.
"""
from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal

from app import clock, unit
from app.changes import Changes
from app.sync import session as sync_session
from app.sync.central import CentralError, Unreachable
from ui import worker

log = logging.getLogger("loket.ui")

def _tr(text: str) -> str:
    return QCoreApplication.translate("sync", text)


class SyncRunner(QObject):
    # progress from the worker thread, delivered queued on the GUI thread
    _progress = Signal(str, int)

    def __init__(self, loket, bus, parent: QObject | None = None,
                 sync: Callable = sync_session.run) -> None:
        super().__init__(parent)
        self.loket, self.bus, self._sync = loket, bus, sync
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.sync_now)
        self._progress.connect(self._on_progress)
        self.running = False
        self.online = False
        self.enabled = False
        self.last_success: str | None = None
        self.last: dict = {}
        self.notice = None
        self.notice_text = ""
        bus.applications_changed.connect(self._local_change)

    def start(self, first_delay_ms: int = 1500) -> None:
        from app import config
        url, seconds = unit.query(self.loket, lambda s: (
            config.get(s, "central.url"), max(5, int(config.get(s, "sync.interval_seconds")))))
        self.enabled = bool(url)
        if not self.enabled:   # a one-computer office: the status bar keeps saying "local only"
            self._timer.stop()
            return
        self._timer.start(seconds * 1000)
        QTimer.singleShot(first_delay_ms, self, self.sync_now)

    def stop(self) -> None:
        self._timer.stop()

    def sync_now(self) -> bool:
        """Start a sync unless one is running. True when one was started."""
        if self.running or not self.enabled:
            return False
        self.running = True
        loket, sync, emit = self.loket, self._sync, self._progress.emit

        def job():
            try:
                return sync(loket, progress=lambda phase, n: emit(phase, n))
            except CentralError as e:   # offline is ordinary: no traceback in the log
                return e
        worker.run(job, on_done=self._done, on_error=self._failed, context=self)
        return True

    # -- results, on the GUI thread -------------------------------------------------
    def _on_progress(self, phase: str, n: int) -> None:
        text = {"bootstrap": _tr("Sinkronisasi awal: {n} baris diterima…"),
                "push": _tr("Mengirim: {n} perubahan…"),
                "pull": _tr("Menerima: {n} baris…")}.get(phase, "{n}").format(n=n)
        self._emit(online=True, message=text, progress=n)

    def _done(self, res) -> None:
        if isinstance(res, Exception):
            self._failed(res)
            return
        self.running = False
        self.online = True
        self.last_success = clock.now().strftime("%H:%M")
        parts = [_tr("{up} naik, {down} turun").format(up=res.push.sent, down=res.pull.total)]
        error = False
        if res.push.rejected:
            error = True
            parts.append(_tr("DITOLAK pusat: ") + "; ".join(r.message for r in res.push.rejected[:3]))
        if res.push.conflicts:
            parts.append(_tr("{n} nilai bentrok tercatat").format(n=res.push.conflicts))
        self._emit(online=True, message=" · ".join(parts), error=error, pending=res.pending)
        if res.push.rejected:
            self._tell_officer(res.push.rejected)
        self.bus.announce(Changes.of_tables(res.pull.received))

    def _tell_officer(self, rejected) -> None:
        """Plainly, once per sync: what the central database refused and why. Not
        modal: the counter keeps working while the officer reads it."""
        from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget
        parent = self.parent() if isinstance(self.parent(), QWidget) else None
        lines = [r.message for r in rejected[:8]]
        if len(rejected) > 8:
            lines.append(_tr("… dan {n} lainnya (loket sync conflicts).").format(n=len(rejected) - 8))
        box = QDialog(parent)  # type: ignore[arg-type]
        box.setWindowTitle(_tr("Ditolak basis data pusat"))
        lay = QVBoxLayout(box)
        label = QLabel(_tr("Perubahan berikut tidak diterima basis data pusat:") + "\n\n• " +
                       "\n• ".join(lines))
        label.setWordWrap(True)
        label.setMinimumWidth(label.fontMetrics().horizontalAdvance("M") * 40)
        lay.addWidget(label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(box.accept)
        lay.addWidget(buttons)
        box.setModal(False)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()
        self.notice = box  # type: ignore[assignment]
        self.notice_text = label.text()

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        self.online = False
        self._emit(online=False, message=str(exc) or type(exc).__name__,
                   error=not isinstance(exc, Unreachable))

    def _local_change(self, _ids=None) -> None:
        if self.enabled and not self.running:
            self._emit(online=self.online, message=self.last.get("message", ""),
                       error=self.last.get("error", False))

    def _emit(self, *, online: bool, message: str, error: bool = False, pending: int | None = None,
              progress: int | None = None) -> None:
        try:
            st = sync_session.status(self.loket)
            held = st["refused"] + st["waiting"]
            from app.sync import skew
            clock_warning = skew.warning_for(self.loket.engine)
            if pending is None:
                pending = st["pending"]
        except Exception:   # a locked or closing database: show the last counts
            held = self.last.get("refused", 0)
            clock_warning = self.last.get("clock_warning")
            if pending is None:
                pending = self.last.get("pending", 0)
        self.last = {"online": online, "last_success": self.last_success, "pending": pending,
                     "message": message, "error": error or bool(held), "refused": held,
                     "clock_warning": clock_warning}
        if progress is not None:
            self.last["progress"] = progress
        self.bus.sync_status.emit(dict(self.last))
