"""The colours screens set in code, named once.

Most of the look is resources/style.qss; these are the few colours a screen sets
itself (a message that turns red, a late row painted by a delegate, a chart).
Each is named by what it means, so "late" looks the same on every screen, and
the red of an error message is written in one place.
"""
from __future__ import annotations

from PySide6.QtGui import QIcon

# an error message, a refused input, a holiday in the calendar
ERROR = "#b42318"
# what is past its service-standard time: text, and the calm tint behind a row
LATE_FG = "#9b1c1c"
LATE_BG = "#fbeaea"
# a step done / saved / in time
OK = "#1f6b3a"
OK_BG = "#e8f5ec"
# secondary text (a permit type under a name, a label column)
MUTED = "#5b6673"


def error_style(bold: bool = False) -> str:
    """The style sheet of a label that reports an error."""
    return f"color: {ERROR};" + (" font-weight: 600;" if bold else "")


def app_icon() -> QIcon:
    """Loket's own icon (window icons, the login dialogs' logo)."""
    from app.paths import resources_dir
    return QIcon(str(resources_dir() / "icons" / "loket.svg"))
