"""Key presses in the dialogs a step opens (a question box runs its own event loop)."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def answer_next_box(qtbot, key, seen: list | None = None, tries: int = 300) -> None:
    """Press `key` in the next modal dialog once it is up and active (as the officer
    sees it); its text goes to `seen`."""
    def fire(left=tries):
        box = QApplication.activeModalWidget()
        if box is not None and QApplication.activeWindow() is not box:
            box.activateWindow()      # offscreen activates windows a little later than a desktop
            box = None
        if box is None:
            if left:
                QTimer.singleShot(10, lambda: fire(left - 1))
            return
        if seen is not None:
            seen.append(" ".join(x for x in (getattr(box, "text", lambda: "")(),
                                             getattr(box, "informativeText", lambda: "")()) if x))
        qtbot.keyClick(box.focusWidget() or box, key)
    QTimer.singleShot(0, fire)
