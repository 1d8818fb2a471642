"""A fresh Debian/Ubuntu counter: no OS keyring (PYTHON_KEYRING_BACKEND unset, no
Secret Service on the session bus). The first start still reaches a working
counter 2 that accepts a file: the first administrator is created through the
real setup dialog (which says plainly that there is no secret store), and the
receipt's QR is signed with the workstation key kept in the machine-bound file
(app/qrkeys.py), so it verifies."""
from __future__ import annotations

import keyring
import keyring.core
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel

from app import qrkeys, qrsign, secrets
from app.services import intake, officers
from tests.intake_helpers import walkin
from ui import login

pytestmark = pytest.mark.dates

ADMIN_PW = "Kepala-Seksi-Rahasia-7"
SITI_PW = "Pagi-Cerah-Di-Loket-2"


@pytest.fixture
def fresh_machine(monkeypatch):
    """keyring as it chooses by itself on a machine without any store."""
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)   # no Secret Service to reach
    monkeypatch.setenv("XDG_CONFIG_HOME", "/nonexistent-loket-test")  # no keyringrc.cfg either
    # the tests' own in-memory store is a keyring backend too: leave it out of the choice
    keyring.core.init_backend(limit=lambda b: not type(b).__module__.startswith("tests."))
    monkeypatch.setattr(secrets, "_platform_tried", False)        # Loket's own search runs too
    status = secrets.backend_status()
    assert status.level == "missing", status.name                  # what this machine really has
    yield status


def test_first_start_without_keyring_accepts_a_file(qtbot, loket, data_dir, fresh_machine):
    from ui.main_window import MainWindow
    from ui.pages.intake_checklist import PRESENT

    seen = {}

    def setup(d):
        banner = d.findChild(QLabel, "keyringWarning")
        seen["warning"] = banner.text() if banner is not None else ""
        for w, text in ((d.username, "admin.siti"), (d.full_name, "Siti Rahmawati"),
                        (d.password, ADMIN_PW), (d.repeat, ADMIN_PW)):
            qtbot.keyClicks(w, text)
        qtbot.keyClick(d.repeat, Qt.Key.Key_Return)

    def poll(n=250):
        w = QApplication.activeModalWidget()
        if isinstance(w, login.SetupDialog) and w.isVisible():
            setup(w)
        elif n > 0:
            QTimer.singleShot(20, lambda: poll(n - 1))
    QTimer.singleShot(0, poll)
    admin = login.login(loket)
    assert admin is not None and admin.roles == {"ADMIN"}
    assert "tidak punya penyimpanan rahasia" in seen["warning"]
    assert "keyring.backends" not in seen["warning"]                # no class name on screen

    # the administrator adds the counter-2 officer, who then works at the counter
    with loket.Session() as s:
        officers.create(s, admin, "siti", "Siti Aminah", None, ["LOKET2"], "Dari-Admin-Sementara-1", "Loket 2")
        first = officers.authenticate(s, "siti", "Dari-Admin-Sementara-1", loket.workstation)
        officers.change_password(s, first, "siti", SITI_PW, old_password="Dari-Admin-Sementara-1")
        officer = officers.authenticate(s, "siti", SITI_PW, loket.workstation)
        app = walkin(s, officer)
        app_id = app.id
    w = MainWindow(loket, officer)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(w.home.is_ready, timeout=10_000)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=3000)
    page = w.show_page("intake") or w.stack.currentWidget()
    page.open_application(app_id)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.file, timeout=5000)
    table = page.table
    assert table.currentIndex().column() == PRESENT
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    # the button's shortcut clicks it as a click looks: pressed for 100 ms first
    qtbot.waitUntil(lambda: all(it.present for it in page.model.items), timeout=2000)
    assert page.accept_button.isEnabled()
    qtbot.keyClick(table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.preview, timeout=10_000)
    assert page.preview.page_count() == 1

    with loket.Session() as s:
        from app.services import applications
        got = applications.get(s, app_id)
        assert got.state == "RECEIVED" and got.receipt_number
        doc = intake.latest_document(s, got)
        assert qrsign.verify(doc.data["qr"], session=s).number == got.receipt_number
    assert qrkeys.holder().store == "file" and qrkeys.key_file().is_file()
    w.close()
