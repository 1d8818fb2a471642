"""Daftar kerja: the back office, the section and division heads and the head
of office each see the files waiting on them, soonest due first, and act on
them here.

The page adapts to the officer's roles (one page for BACKOFFICE, KASI, KABID,
KADIN). The table is a lazy model (pages fetched on demand off the GUI
thread); overdue rows are tinted a calm red. The right side shows the chosen
file: what was recorded so far, the buttons for the actions the workflow
table allows this officer now (each opens its form), and the tracking view.
Every action goes through app.services.backoffice, which checks roles and
state again and refuses with a message the form shows without losing input.

- `model`: the table's rows and the late-row tint;
- `dialogs`: one form per workflow action, `dialog_for`, `outcome_text`;
- `panel`: the chosen file's record and action buttons;
- `page`: the page itself (chips, filter, table, panel, tracking);
- `badge`: the status bar's count of late files;
- `common`: roles, colours and date formats they share.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ui.pages.worklist.badge import OverdueBadge, add_overdue_badge
    from ui.pages.worklist.common import WORK_ROLES, _qtoday
    from ui.pages.worklist.dialogs import (
        DIALOGS,
        ActionDialog,
        ApproveDialog,
        DraftDialog,
        ReviewDialog,
        ScheduleDialog,
        SendBackDialog,
        SignDialog,
        VerifyDialog,
        dialog_for,
        outcome_text,
    )
    from ui.pages.worklist.model import ROW_ROLE, OverdueDelegate, WorklistModel
    from ui.pages.worklist.page import StateChip, WorklistPage, WorkTable
    from ui.pages.worklist.panel import FilePanel

# Each name from its module, imported when first asked for: the main window's
# status bar wants only the badge, and the rest (the page, its dialogs, the
# services behind them) would cost the start a tenth of a second (loket --smoke).
_HOME = {
    "badge": ("OverdueBadge", "add_overdue_badge"),
    "common": ("WORK_ROLES", "_qtoday"),
    "dialogs": ("DIALOGS", "ActionDialog", "ApproveDialog", "DraftDialog", "ReviewDialog", "ScheduleDialog",
                "SendBackDialog", "SignDialog", "VerifyDialog", "dialog_for", "outcome_text"),
    "model": ("ROW_ROLE", "OverdueDelegate", "WorklistModel"),
    "page": ("StateChip", "WorklistPage", "WorkTable"),
    "panel": ("FilePanel",),
}
_MODULE_OF = {name: module for module, names in _HOME.items() for name in names}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


__all__ = ["WorklistPage", "WorklistModel", "FilePanel", "OverdueBadge", "add_overdue_badge", "dialog_for",
           "DIALOGS", "ActionDialog", "ApproveDialog", "DraftDialog", "ReviewDialog", "ScheduleDialog",
           "SendBackDialog", "SignDialog", "VerifyDialog", "outcome_text", "ROW_ROLE", "OverdueDelegate",
           "StateChip", "WorkTable", "WORK_ROLES", "_qtoday"]
