"""The acceptance of the officers issue, through the real screens: first start
creates an administrator, who creates a counter-2 officer; that officer logs in,
sees only counter-2 work, and is refused a handover. Idle lock and officer
switch keep every officer's typing. No password reaches the data folder."""
from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from app import audit, config
from app.services import officers
from ui import login

ADMIN_PW = "Kepala-Seksi-Rahasia-7"
BUDI_FIRST = "Sementara-Dari-Admin-1"
BUDI_OWN = "Pagi-Cerah-Di-Loket-2"


def answer(cls, fill, tries=250):
    """When a dialog of `cls` runs modally, hand it to `fill` (which submits it)."""
    def poll(n=tries):
        w = QApplication.activeModalWidget()
        if isinstance(w, cls) and w.isVisible():
            fill(w)
        elif n > 0:
            QTimer.singleShot(20, lambda: poll(n - 1))
    QTimer.singleShot(0, poll)


def _type(qtbot, widget, text):
    widget.clear()
    qtbot.keyClicks(widget, text)



_open: list = []


@pytest.fixture
def cleanup():
    yield
    import shiboken6

    from ui import lock, worker
    # Windows are closed here, not by qtbot: a logged-out officer's window deletes itself.
    for w in [*_open, *[w for m in lock._managers for w in m.windows.values()]]:
        if shiboken6.isValid(w):
            w.close()
    _open.clear()
    for m in list(lock._managers):
        m.shutdown()
    worker.wait_all()


def _window(qtbot, loket, actor):
    from ui.main_window import MainWindow
    w = MainWindow(loket, actor)
    _open.append(w)
    w.show()
    qtbot.waitUntil(w.home.is_ready, timeout=10_000)
    # the idle lock watches the application's input from the window's first paint (ui/lock.py)
    qtbot.waitUntil(lambda: w.session_manager.watching, timeout=10_000)
    return w


def test_first_start_admin_creates_counter2_officer_who_sees_only_counter2(qtbot, loket, data_dir, cleanup):
    from ui.pages.admin_officers import OfficerDialog

    def setup(d):
        assert d.findChild(type(d.password), "setupPassword").text() == ""   # no default password
        _type(qtbot, d.username, "admin.siti")
        _type(qtbot, d.full_name, "Siti Rahmawati")
        _type(qtbot, d.nip, "198503122010012003")
        _type(qtbot, d.password, "pendek")
        _type(qtbot, d.repeat, "pendek")
        d.ok.click()
        assert "minimal 10" in d.error.text()            # refused, dialog stays
        _type(qtbot, d.password, ADMIN_PW)
        _type(qtbot, d.repeat, ADMIN_PW)
        d.grab().save(str(data_dir.parent / "setup.png"))
        d.ok.click()

    answer(login.SetupDialog, setup)
    admin = login.login(loket)
    assert admin is not None and admin.username == "admin.siti" and admin.roles == {"ADMIN"}

    w = _window(qtbot, loket, admin)
    assert {"admin_officers", "admin_audit"} <= {p.key for p in w.visible_pages()}
    w.show_page("admin_officers")
    page = w._page_widgets["admin_officers"]

    def add_budi(d):
        _type(qtbot, d.username, "budi.santoso")
        _type(qtbot, d.full_name, "Budi Santoso")
        _type(qtbot, d.nip, "199001012020121001")
        d.counter.setCurrentText("Loket 2")
        d.role_checks["LOKET2"].setChecked(True)
        _type(qtbot, d.password, BUDI_FIRST)
        _type(qtbot, d.repeat, BUDI_FIRST)
        d.grab().save(str(data_dir.parent / "add_officer.png"))
        qtbot.keyClick(d.repeat, Qt.Key.Key_Return)       # Enter submits: keyboard first
        if d.isVisible():
            d.submit()

    answer(OfficerDialog, add_budi)
    page.add()
    row = next(r for r in page.rows if r.username == "budi.santoso")
    assert row.roles == ("LOKET2",) and row.counter == "Loket 2" and row.must_change_password
    w.grab().save(str(data_dir.parent / "admin_officers.png"))
    w.close()

    # Budi logs in: the password the administrator chose must be replaced first.
    def log_in(d):
        _type(qtbot, d.form.username, "budi.santoso")
        _type(qtbot, d.form.password, BUDI_FIRST)
        qtbot.keyClick(d.form.password, Qt.Key.Key_Return)

    def own_password(d):
        _type(qtbot, d.old, BUDI_FIRST)
        _type(qtbot, d.new, BUDI_OWN)
        _type(qtbot, d.repeat, BUDI_OWN)
        d.submit()

    answer(login.LoginDialog, log_in)
    answer(login.ChangePasswordDialog, own_password)
    budi = login.login(loket)
    assert budi is not None and budi.roles == {"LOKET2"} and budi.name == "Budi Santoso"
    with loket.Session() as s:
        assert not officers.get(s, "budi.santoso").must_change_password

    wb = _window(qtbot, loket, budi)
    from ui.pages import PAGES
    shown = {p.key for p in wb.visible_pages()}
    assert shown == {p.key for p in PAGES if not p.roles or "LOKET2" in p.roles}
    assert not shown & {"admin_officers", "admin_audit"}
    nav = [wb.nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(wb.nav.count())]
    assert set(nav) - {"home"} == shown

    # A handover as this officer is refused by the service, and nothing changes.
    from app.services import handover
    from db.models import AuditRecord
    from db.models.documents import Handover
    with loket.Session() as s:
        before = (s.scalar(select(func.count()).select_from(Handover)),
                  s.scalar(select(func.count()).select_from(AuditRecord)))
        with pytest.raises(Exception, match="tidak berwenang") as refused:
            handover.hand_over(s, budi, "PMH-2026-00001",
                               handover.Recipient("Budi Penerima", "KTP", "3171010101900001"))
        from app.services.context import PermissionDenied
        assert isinstance(refused.value, PermissionDenied)
        s.rollback()
        assert (s.scalar(select(func.count()).select_from(Handover)),
                s.scalar(select(func.count()).select_from(AuditRecord))) == before
        assert audit.verify(s)[1] is None
    wb.close()

    # Nothing typed as a password is in the data folder (database, WAL, logs, ui.ini).
    loket.engine.dispose()
    for path in data_dir.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for pw in (ADMIN_PW, BUDI_FIRST, BUDI_OWN, "pendek"):
                assert pw.encode() not in data, (path.name, pw)


def _officers(loket):
    with loket.Session() as s:
        admin = officers.setup_first_admin(s, "admin.siti", "Siti Rahmawati", None, ADMIN_PW, loket.workstation)
        officers.create(s, admin, "budi.santoso", "Budi Santoso", None, ["LOKET2"], BUDI_FIRST, "Loket 2")
        budi = officers.authenticate(s, "budi.santoso", BUDI_FIRST, loket.workstation)
        officers.change_password(s, budi, "budi.santoso", BUDI_OWN, old_password=BUDI_FIRST)
        budi = officers.authenticate(s, "budi.santoso", BUDI_OWN, loket.workstation)
    return admin, budi


def test_idle_lock_unlock_and_switch_keep_work(qtbot, loket, data_dir, cleanup):
    admin, budi = _officers(loket)
    wb = _window(qtbot, loket, budi)
    manager = wb.session_manager
    assert manager.idle_seconds == 10 * 60              # ui.idle_lock_minutes default
    wb.search.setText("Ahmad Fau")                      # work in progress

    # Idle: nothing typed for longer than the setting → locked.
    manager.idle_seconds = 0.2
    qtbot.keyClick(wb.search, Qt.Key.Key_Z)             # input resets the idle clock
    manager.check_idle()
    assert not manager.locked
    qtbot.wait(300)
    manager.check_idle()
    assert manager.locked and manager.screen.isVisible()
    screen = manager.screen
    screen.grab().save(str(data_dir.parent / "lock.png"))

    # Another officer's password does not unlock; the same officer's does.
    _type(qtbot, screen.password, ADMIN_PW)
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    assert manager.locked and "salah" in screen.error.text()
    _type(qtbot, screen.password, BUDI_OWN)
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    assert not manager.locked and wb.isVisible()
    assert wb.search.text() == "Ahmad Fauz"

    # Switch: the administrator takes the workstation; Budi's window is hidden, not closed.
    manager.idle_seconds = None
    qtbot.keyClick(wb, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert manager.locked
    screen = manager.screen
    screen.switch_button.click()
    assert screen.switch_box.isVisible()
    _type(qtbot, screen.form.username, "admin.siti")
    _type(qtbot, screen.form.password, ADMIN_PW)
    screen.grab().save(str(data_dir.parent / "lock_switch.png"))
    screen.login_button.click()
    assert not manager.locked
    wa = manager.current
    assert wa is not wb and wa.actor.username == "admin.siti" and wa.isVisible()
    assert wb.isHidden() and wb.search.text() == "Ahmad Fauz"
    assert "admin_officers" in {p.key for p in wa.visible_pages()}
    assert "admin_officers" not in {p.key for p in wb.visible_pages()}

    # Back to Budi: his window comes back as he left it.
    manager.lock()
    screen = manager.screen
    screen.show_switch()
    _type(qtbot, screen.form.username, "budi.santoso")
    _type(qtbot, screen.form.password, BUDI_OWN)
    qtbot.keyClick(screen.form.password, Qt.Key.Key_Return)
    assert manager.current is wb and wb.isVisible() and wa.isHidden()
    assert wb.search.text() == "Ahmad Fauz"

    # Budi closes his window (logs out): the administrator's session comes back, locked.
    wb.close()
    assert manager.current is wa and wa.isVisible() and manager.locked
    assert manager.screen.actor.username == "admin.siti"
    screen = manager.screen
    _type(qtbot, screen.password, ADMIN_PW)
    screen.unlock_button.click()
    assert not manager.locked

    with loket.Session() as s:
        from db.models import AuditRecord
        actions = [r.action for r in s.scalars(select(AuditRecord).order_by(AuditRecord.seq))]
    assert actions.count("login.failed") == 1 and actions[-1] == "login"


def test_the_idle_watch_starts_with_the_first_paint_or_the_lock(qtbot, loket, cleanup):
    """The filter on the whole application comes with the window's first paint, not
    while the window is built (ui/lock.py: it would cost the start ~15 ms); a lock
    before any paint installs it too (the hidden windows' shortcuts are swallowed)."""
    from ui.main_window import MainWindow
    admin, budi = _officers(loket)
    wb = MainWindow(loket, budi)
    _open.append(wb)
    manager = wb.session_manager
    assert not manager.watching and not wb.has_painted
    wb.show()
    qtbot.waitUntil(lambda: manager.watching, timeout=10_000)
    assert wb.has_painted
    manager.last_input -= 100
    qtbot.keyClick(wb.search, Qt.Key.Key_Z)             # seen: the idle clock starts again
    assert time.monotonic() - manager.last_input < 50
    manager.shutdown()
    assert not manager.watching
    QApplication.instance().removeEventFilter(manager)  # removed already: a no-op

    wa = MainWindow(loket, admin)                        # never shown
    _open.append(wa)
    assert not wa.session_manager.watching
    wa.session_manager.lock()
    assert wa.session_manager.locked and wa.session_manager.watching


def test_lock_screen_swallows_shortcuts_and_escape(qtbot, loket, cleanup):
    admin, budi = _officers(loket)
    wb = _window(qtbot, loket, budi)
    manager = wb.session_manager
    manager.lock()
    screen = manager.screen
    qtbot.keyClick(screen, Qt.Key.Key_Escape)
    assert manager.locked and screen.isVisible()
    screen.close()                                   # Alt+F4
    assert manager.locked and screen.isVisible()
    before = wb.stack.currentWidget()
    from PySide6.QtGui import QKeySequence, QShortcutEvent
    for act in wb.actions():
        QApplication.sendEvent(act, QShortcutEvent(QKeySequence("Ctrl+F"), 0))
    assert manager.locked and wb.stack.currentWidget() is before


def test_switch_refused_while_a_dialog_is_open(qtbot, loket, cleanup):
    from PySide6.QtWidgets import QDialog
    admin, budi = _officers(loket)
    wb = _window(qtbot, loket, budi)
    manager = wb.session_manager
    dlg = QDialog(wb)
    dlg.setWindowTitle("Formulir setengah terisi")
    result = {}

    def while_open():
        manager.lock()
        manager.screen.show_switch()
        result["error"] = manager.screen.error.text()
        result["box"] = manager.screen.switch_box.isVisible()
        _type(qtbot, manager.screen.password, BUDI_OWN)
        manager.screen.try_unlock()
        result["dialog_still_open"] = dlg.isVisible()
        dlg.accept()

    QTimer.singleShot(50, while_open)
    dlg.exec()
    assert "Formulir setengah terisi" in result["error"] and not result["box"]
    assert result["dialog_still_open"]


def test_idle_setting(qtbot, loket, cleanup):
    admin, budi = _officers(loket)
    with loket.Session() as s:
        config.set_(s, "ui.idle_lock_minutes", 0)
        s.commit()
    wb = _window(qtbot, loket, budi)
    assert wb.session_manager.idle_seconds is None        # 0 = never
    wb.session_manager.last_input -= 10_000
    wb.session_manager.check_idle()
    assert not wb.session_manager.locked
    with loket.Session() as s:
        config.set_(s, "ui.idle_lock_minutes", 3)
        s.commit()
    wb.bus.master_changed.emit()
    assert wb.session_manager.idle_seconds == 180


def test_admin_audit_page_filters(qtbot, loket, data_dir, cleanup):
    admin, budi = _officers(loket)
    wa = _window(qtbot, loket, admin)
    wa.show_page("admin_audit")
    page = wa._page_widgets["admin_audit"]
    qtbot.waitUntil(lambda: page.show_button.isEnabled() and bool(page.rows), timeout=5000)
    assert {r.action for r in page.rows} >= {"officer.setup", "officer.create", "login", "officer.password"}
    page.officer.setCurrentIndex(page.officer.findData(budi.officer_id))
    page.show_button.click()
    qtbot.waitUntil(lambda: page.show_button.isEnabled(), timeout=5000)
    assert page.rows and {r.officer_id for r in page.rows} == {budi.officer_id}
    page.verify_button.click()
    qtbot.waitUntil(lambda: page.verify_button.isEnabled(), timeout=5000)
    assert "utuh" in page.chain.text()
    wa.grab().save(str(data_dir.parent / "admin_audit.png"))
    # The page is for administrators; the service refuses anyone else even if it were shown.
    from app import audit, unit
    with pytest.raises(Exception, match="tidak berwenang"):
        unit.query(loket, lambda s: audit.search(s, budi, limit=10))


def test_officer_changes_own_password_from_the_window(qtbot, loket, cleanup):
    admin, budi = _officers(loket)
    wb = _window(qtbot, loket, budi)

    def change(d):
        _type(qtbot, d.old, "bukan-sandi-lama")
        _type(qtbot, d.new, "Sandi-Baru-Budi-2027")
        _type(qtbot, d.repeat, "Sandi-Baru-Budi-2027")
        d.submit()
        assert "lama salah" in d.error.text() and d.isVisible()
        _type(qtbot, d.old, BUDI_OWN)
        _type(qtbot, d.new, "Sandi-Baru-Budi-2027")
        _type(qtbot, d.repeat, "Sandi-Baru-Budi-2027")
        d.submit()

    answer(login.ChangePasswordDialog, change)
    assert wb.session_manager.change_password(wb)
    with loket.Session() as s:
        assert officers.authenticate(s, "budi.santoso", "Sandi-Baru-Budi-2027", loket.workstation)
