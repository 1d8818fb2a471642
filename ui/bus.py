"""One application-wide signal hub: a service call that changed data announces
it here, and every screen that shows that data refreshes itself (as Anki does
with its `operation did change` hook).

Screens never emit here by hand: `ui.ops.change()` announces the `Changes`
value the unit of work returned (app/changes.py), and the background runners
(sync, SiCantik) announce what a pull brought. `changed` carries that value;
`applications_changed` and `master_changed` are derived from it for screens
that only care about one kind.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.changes import Changes


class Bus(QObject):
    # a Changes value: what one operation changed (app/changes.py)
    changed = Signal(object)
    # application ids whose state/content changed (empty list = many/unknown)
    applications_changed = Signal(list)
    # master data or settings changed (permit types, officers, office settings, closures)
    master_changed = Signal()
    # sync status: dict(online: bool, last_success: str|None, pending: int, message: str)
    sync_status = Signal(dict)
    # the officer acting in this window changed (login, switch, lock/unlock)
    actor_changed = Signal(object)
    # ask the shell to open an application's detail/counter view by no_permohonan or id
    open_application = Signal(str)

    def announce(self, changes: Changes) -> None:
        """Tell every screen what changed; nothing when nothing did."""
        if not changes:
            return
        self.changed.emit(changes)
        if changes.touches("applications"):
            self.applications_changed.emit(changes.ids())
        if changes.master:
            self.master_changed.emit()
