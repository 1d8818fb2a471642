"""Fitting Loket's screens into a small counter screen (1366×768, 1280×720, at 100 %
or 125 %): what tests/gui/test_layout.py checks, made easy to do right.

- `scrolling(widget)`: a column that scrolls vertically instead of squeezing its
  rows. A QSplitter sizes its panes by their minimum size, which knows nothing of
  word-wrapped labels needing a second line in a narrow pane; a scroll area asks
  the pane's height for its width, so nothing is cut and nothing overlaps.
- `within_screen(window, width, height)`: a dialog's or window's wished size,
  capped to the screen it opens on (a 1000 px tall preview on a 768 px laptop
  would put its buttons under the taskbar).
"""
from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def scrolling(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(widget)
    # as wide as the pane's own minimum (buttons never cut), however tall the screen
    area.setMinimumWidth(widget.minimumSizeHint().width())
    return area


def available(window: QWidget) -> QRect | None:
    """The room on the screen the window opens on (a function, so the layout test can
    stand in a 1280×720 screen for the offscreen one)."""
    screen = window.screen()
    return screen.availableGeometry() if screen is not None else None


def within_screen(window: QWidget, width: int, height: int) -> None:
    avail = available(window)
    if avail is None:
        window.resize(width, height)
        return
    chrome = 40   # title bar and frame the window manager adds
    window.resize(max(window.minimumSizeHint().width(), min(width, avail.width())),
                  max(window.minimumSizeHint().height(), min(height, avail.height() - chrome)))
