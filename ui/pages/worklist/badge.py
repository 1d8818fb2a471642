"""The overdue badge of the main window's status bar: how many of this officer's
files are late."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel

from ui import ops
from ui.pages.worklist.common import OVERDUE_FG, WORK_ROLES


class OverdueBadge(QLabel):
    """For the main window's status bar: how many of this officer's files are
    late. Refreshes on a timer and whenever applications change."""

    def __init__(self, loket, actor, bus=None, parent=None, interval_ms: int = 120_000) -> None:
        super().__init__(parent)
        self.loket, self.actor = loket, actor
        self.setObjectName("overdueBadge")
        self.count: int | None = None
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        if bus is not None:
            bus.changed.connect(self.apply_changes)
            bus.actor_changed.connect(self.set_actor)
        self.refresh()

    def set_actor(self, actor) -> None:
        if actor is not None:
            self.actor = actor
            self.refresh()

    def refresh(self) -> None:
        loket, actor = self.loket, self.actor
        if not (set(actor.roles) & set(WORK_ROLES)):
            self.count = 0
            self.hide()
            return

        from app.services import tracking
        ops.query(self, lambda s: tracking.overdue_count(s, actor), self._show, on_error=lambda _e: None,
                  loket=loket)

    def apply_changes(self, changes) -> None:
        if changes.touches("applications"):
            self.refresh()

    def _show(self, n: int) -> None:
        self.count = n
        self.setVisible(True)
        if n:
            self.setText(self.tr("⚠ {n} berkas terlambat").format(n=n))
            self.setStyleSheet(f"color: {OVERDUE_FG.name()}; font-weight: 600;")
            self.setToolTip(self.tr("Berkas yang menunggu Anda dan sudah melewati batas waktu pelayanan"))
        else:
            self.setText(self.tr("Tidak ada berkas terlambat"))
            self.setStyleSheet("")


def add_overdue_badge(window) -> OverdueBadge:
    """Put the badge in a main window's status bar (window has loket, actor, bus)."""
    badge = OverdueBadge(window.loket, window.actor, getattr(window, "bus", None), window)
    window.statusBar().addPermanentWidget(badge)
    return badge
