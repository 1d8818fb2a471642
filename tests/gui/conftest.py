"""Fixtures of the GUI tests: they drive the real window with qtbot key presses, Qt offscreen
(qt_log_level_fail: any Qt warning fails the test). `styled` gives screenshots the application's
own style sheet when LOKET_SCREENSHOTS is set (tests/make_screenshots.py); the tests themselves
do not depend on it."""
from __future__ import annotations

import os
from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def styled(qapp) -> Iterator[None]:
    if not os.environ.get("LOKET_SCREENSHOTS"):
        yield
        return
    from ui.main import apply_style
    before = qapp.styleSheet()
    apply_style(qapp)
    yield
    qapp.setStyleSheet(before)
