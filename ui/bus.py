"""One application-wide signal hub: a service call that changed data announces
it here, and every screen that shows that data refreshes itself (as Anki does
with its `operation did change` hook)."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Bus(QObject):
    # application ids whose state/content changed (empty list = many/unknown)
    applications_changed = Signal(list)
    # master data or settings changed (permit types, officers, office settings)
    master_changed = Signal()
    # sync status: dict(online: bool, last_success: str|None, pending: int, message: str)
    sync_status = Signal(dict)
    # the officer acting in this window changed (login, switch, lock/unlock)
    actor_changed = Signal(object)
    # ask the shell to open an application's detail/counter view by no_permohonan or id
    open_application = Signal(str)
