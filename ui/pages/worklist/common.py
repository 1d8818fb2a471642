"""What the worklist's parts share: the roles it serves, the colours of a late
file, and how a time or a date is written in its rows and forms."""
from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtGui import QColor

from app import clock
from ui.widgets import theme

WORK_ROLES = ("BACKOFFICE", "KASI", "KABID", "KADIN")
OVERDUE_BG = QColor(theme.LATE_BG)
OVERDUE_FG = QColor(theme.LATE_FG)


def _qtoday() -> QDate:
    d = clock.today()
    return QDate(d.year, d.month, d.day)


def _dt(v) -> str:
    return v.strftime("%d-%m-%Y %H:%M") if v else ""


def _d(v) -> str:
    return v.strftime("%d-%m-%Y") if v else ""


def _esc(s) -> str:
    # not at import: html loads html.entities (a large table), and the status
    # bar's badge imports this module on every start
    from html import escape
    return escape(str(s or ""))
