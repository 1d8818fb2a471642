"""One meaning per key: the real main window, page by page (and each part of a
page: stacked views, tabs), never has two live shortcuts on one key, every live
key is in ui/shortcuts.py, and Ctrl+L is the screen lock everywhere."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QStackedWidget, QTabWidget, QWidget

from tests.gui_seed import seed

_MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def _portable(seq: QKeySequence) -> str:
    return seq.toString(QKeySequence.SequenceFormat.PortableText)


def _live(w: QWidget) -> bool:
    return w.isVisible()


def live_shortcuts(window: QWidget) -> list[tuple[str, QWidget, str]]:
    """(key, scope, what) of every shortcut Qt would answer in `window` now."""
    out: list[tuple[str, QWidget, str]] = []

    def scope_of(widget: QWidget, context) -> QWidget:
        if context in (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut):
            return widget.window()
        return widget

    for sc in window.findChildren(QShortcut):
        w = sc.parent()
        if sc.isEnabled() and isinstance(w, QWidget) and _live(w) and w.window() is window:
            for k in sc.keys():
                out.append((_portable(k), scope_of(w, sc.context()), f"QShortcut on {type(w).__name__}"))
    seen: set[int] = set()
    for w in [window, *window.findChildren(QWidget)]:
        if not _live(w) or w.window() is not window:
            continue
        for act in w.actions():
            if id(act) in seen or not act.isEnabled() or not isinstance(act, QAction):
                continue
            seen.add(id(act))
            for k in act.shortcuts():
                out.append((_portable(k), scope_of(w, act.shortcutContext()), f"action “{act.text()}”"))
        text = ""
        if isinstance(w, QAbstractButton):
            text = w.text()
            if not w.shortcut().isEmpty() and not _MNEMONIC.search(text):
                out.append((_portable(w.shortcut()), window, f"button “{text}”"))
        elif isinstance(w, QLabel) and w.buddy() is not None:
            text = w.text()
        if text and (m := _MNEMONIC.search(text)):
            kind = "field label" if isinstance(w, QLabel) else "mnemonic"
            out.append((f"Alt+{m.group(1).upper()}", window, f"{kind} “{text}”"))
    for tabs in window.findChildren(QTabWidget):
        if _live(tabs):
            for i in range(tabs.count()):
                if m := _MNEMONIC.search(tabs.tabText(i)):
                    out.append((f"Alt+{m.group(1).upper()}", window, f"tab “{tabs.tabText(i)}”"))
    return out


def clashes(found) -> list[str]:
    bad = []
    for i, (k1, s1, w1) in enumerate(found):
        for k2, s2, w2 in found[i + 1:]:
            if k1 == k2 and (s1 is s2 or s1.isAncestorOf(s2) or s2.isAncestorOf(s1)):
                bad.append(f"{k1}: {w1} / {w2}")
    return bad


def states(page: QWidget):
    """Yield once per part of the page that can be shown (each stacked view, each tab)."""
    yield "page"
    for holder in [*page.findChildren(QStackedWidget), *page.findChildren(QTabWidget)]:
        if not holder.isVisible():
            continue
        before = holder.currentIndex()
        for i in range(holder.count()):
            holder.setCurrentIndex(i)
            yield f"{type(holder).__name__}[{i}] of {type(holder.parent()).__name__}"
        holder.setCurrentIndex(before)


@pytest.fixture
def everything(qtbot, loket, actor_factory):
    from app import workflow
    from ui.main_window import MainWindow
    seed(loket, 6)
    w = MainWindow(loket, actor_factory(*workflow.ROLES, name="Semua Peran"))
    qtbot.addWidget(w)
    w.resize(1366, 728)
    w.show()
    qtbot.waitUntil(w.home.is_ready, timeout=10_000)
    yield w
    from ui import worker
    worker.wait_all()


def test_no_two_actions_share_a_key_on_any_page_and_ctrl_l_always_locks(qtbot, everything):
    from ui import shortcuts
    w = everything
    table = shortcuts.keys()
    problems: list[str] = []
    for row in range(w.nav.count()):
        key = w.nav.item(row).data(Qt.ItemDataRole.UserRole)
        w.show_page(key)
        page = w.stack.currentWidget()
        qtbot.wait(10)
        for part in states(page):
            found = live_shortcuts(w)
            where = f"{key} / {part}"
            problems += [f"{where}: {c}" for c in clashes(found)]
            # Alt+letter of a button or label is written on the screen itself (underlined); the
            # keys nobody can see (F-keys, Ctrl+…) must be in the table
            problems += [f"{where}: {k} ({what}) is not in ui/shortcuts.py"
                         for k, _s, what in found if k not in table
                         and not what.startswith(("field label", "mnemonic", "tab “"))]
            lock = [what for k, _s, what in found if k == "Ctrl+L"]
            if lock != ["action “Kunci layar”"]:
                problems.append(f"{where}: Ctrl+L is {lock}")
    assert not problems, "\n".join(problems)


def test_the_readme_key_table_is_the_shortcut_table():
    from pathlib import Path

    from ui import shortcuts
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert shortcuts.markdown() in readme


def test_ctrl_l_on_counter_4_locks_and_f4_goes_to_the_scan_box(qtbot, loket, actor_factory):
    from ui.main_window import MainWindow
    officer = actor_factory("LOKET4", name="Andi Loket Empat")
    w = MainWindow(loket, officer)
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=3000)
    w.show_page("counter4", focus=True)
    page = w.stack.currentWidget()
    page.history.setFocus()
    qtbot.keyClick(page.history, Qt.Key.Key_F4)
    assert page.scan.hasFocus()
    locked = []
    w.session_manager.lock = lambda: locked.append(True)
    for a in w.actions():
        if a.shortcut().toString() == "Ctrl+L":
            a.triggered.disconnect()
            a.triggered.connect(w.session_manager.lock)
    qtbot.keyClick(page.scan, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert locked == [True] and page.scan.text() == ""
