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

__all__ = ["WorklistPage", "WorklistModel", "FilePanel", "OverdueBadge", "add_overdue_badge", "dialog_for",
           "DIALOGS", "ActionDialog", "ApproveDialog", "DraftDialog", "ReviewDialog", "ScheduleDialog",
           "SendBackDialog", "SignDialog", "VerifyDialog", "outcome_text", "ROW_ROLE", "OverdueDelegate",
           "StateChip", "WorkTable", "WORK_ROLES", "_qtoday"]
