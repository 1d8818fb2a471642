"""Ctrl+Q, as the README's shortcut table says: the officer at the window logs out.
With another officer's session still open, the login form comes (never that
officer's screen, unlocked); the last officer's Ctrl+Q ends the application (no
window, no lock screen left)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.test_login_gui import ADMIN_PW, _officers, _type, _window, cleanup  # noqa: F401


def active(qtbot, w) -> None:
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=3000)


def test_ctrl_q_logs_out_and_the_last_one_quits(qtbot, loket, cleanup):  # noqa: F811
    admin, budi = _officers(loket)
    wb = _window(qtbot, loket, budi)
    manager = wb.session_manager
    manager.idle_seconds = None
    # the administrator takes the workstation beside Budi's open session
    qtbot.keyClick(wb, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    screen = manager.screen
    screen.switch_button.click()
    _type(qtbot, screen.form.username, "admin.siti")
    _type(qtbot, screen.form.password, ADMIN_PW)
    screen.login_button.click()
    wa = manager.current
    assert wa is not wb and not manager.locked

    # the administrator's Ctrl+Q: logged out; the next person meets the login form
    active(qtbot, wa)
    qtbot.keyClick(wa, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert "admin.siti" not in {a.username for a in manager.sessions()}
    assert manager.locked and manager.screen.isVisible() and manager.screen.switch_box.isVisible()
    assert manager.screen.actor.username == "budi.santoso"     # Budi's session, still locked

    # Budi unlocks with his own password, then quits: the last session, the application ends
    from tests.gui.test_login_gui import BUDI_OWN
    screen = manager.screen
    _type(qtbot, screen.password, BUDI_OWN)
    screen.unlock_button.click()
    assert not manager.locked and wb.isVisible()
    active(qtbot, wb)
    qtbot.keyClick(wb, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not wb.isVisible() and manager.sessions() == [] and not manager.locked
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]
