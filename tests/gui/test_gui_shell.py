"""The GUI shell: main window, search, paging, detail, bus, pages, worker,
translation, uncaught errors, and `loket --smoke` in a real process."""
from __future__ import annotations

import logging
import os
import re
import subprocess
import sys
import threading
from argparse import Namespace
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from tests.gui_seed import person, seed

ROOT = Path(__file__).resolve().parents[2]

# The offscreen platform cannot raise a window or pass size hints to a window
# manager and says so for every extra top-level window (the detail windows).


@pytest.fixture
def window(qtbot, loket, actor_factory):
    from ui.main_window import MainWindow

    def make(n=12, roles=("LOKET2",), **kw):
        ids = seed(loket, n) if n else []
        w = MainWindow(loket, actor_factory(*roles, name="Rina Marlina"), **kw)
        qtbot.addWidget(w)
        w.show()
        qtbot.waitUntil(w.home.is_ready, timeout=10_000)
        w.ids = ids
        return w

    yield make
    from ui import worker
    worker.wait_all()


def shown(w) -> list[str]:
    m = w.home.model
    return [m.rows[i].no_permohonan for i in range(m.rowCount())]


def search(qtbot, w, text: str) -> list[str]:
    w.search.clear()
    qtbot.keyClicks(w.search, text)          # typing: debounced
    qtbot.waitUntil(lambda: w.home.model.query == text and not w.home.model.is_loading(),
                    timeout=5000)
    return shown(w)


# -- main window --------------------------------------------------------------------------
def test_main_window_shows_counts_rows_and_status(window, loket):
    w = window(12)
    assert w.home.model.rowCount() == 12
    # newest submission first
    assert shown(w)[:2] == ["PMH-2026-00012", "PMH-2026-00011"]
    assert w.home.all_item.text(1) == "12"
    # seed: i % 3 == 0 received (0,3,6,9), of which i % 9 == 0 go further (0, 9)
    received = int(w.home.state_items["RECEIVED"].text(1))
    submitted = int(w.home.state_items["SUBMITTED"].text(1))
    assert submitted == 8 and received + int(w.home.state_items["VERIFIED"].text(1)) \
        + int(w.home.state_items["REVISION"].text(1)) == 4
    bar = " | ".join(lbl.text() for lbl in w.statusBar().findChildren(QLabel))
    # the database file is in the workstation's tooltip (the bar stays short at 1024 px)
    assert "LOKET-1" in bar and "loket.sqlite3" in w.ws_label.toolTip()
    assert "Rina Marlina" in bar and "Loket 2" in bar
    assert "LOKET-1" in bar                 # workstation name from the settings
    assert "Sinkronisasi" in bar
    # home first, then the pages of the officer's roles (counter 2 for this LOKET2 officer)
    assert w.nav.item(0).text() == "Permohonan" and w.nav.count() == 1 + len(w.visible_pages())


def test_the_navigation_wraps_to_its_viewport_without_asking_for_it(qtbot, window):
    """NavList works out its viewport's width from its frame and scroll bar (asking
    PySide for the viewport costs the start ~15 ms: ui/main_window.py); the two agree,
    with the scroll bar and without."""
    few = window(0).nav
    assert not few.verticalScrollBar().isVisibleTo(few)
    assert few._viewport_width() == few.viewport().width()
    w = window(0, roles=("ADMIN", "LOKET2", "BACKOFFICE", "KASI", "LOKET4", "LOKET5"))
    nav = w.nav
    w.resize(w.width(), w.minimumHeight())      # the entries no longer fit: the list scrolls
    qtbot.waitUntil(lambda: nav.verticalScrollBar().isVisibleTo(nav), timeout=3000)
    assert nav._viewport_width() == nav.viewport().width()
    w.body.setSizes([w.body.sizes()[0] + 40, w.body.sizes()[1] - 40])
    qtbot.waitUntil(lambda: nav._viewport_width() == nav.viewport().width(), timeout=3000)


def test_the_application_is_made_with_fusion(tmp_path):
    """make_application names the style on Qt's command line (not app.setStyle, ui/main.py)."""
    code = ("from ui.main import make_application\n"
            "app = make_application()\n"
            "assert app.styleSheet()\n"
            "app.setStyleSheet('')\n"
            "print(app.style().name())\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60,
                         env=dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_STYLE_OVERRIDE="windows"))
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "fusion"


def test_search_by_number_nik_name_and_receipt(qtbot, window):
    w = window(30)
    assert search(qtbot, w, "PMH-2026-00007") == ["PMH-2026-00007"]
    nik = person(12)[1]
    assert search(qtbot, w, nik) == ["PMH-2026-00013"]
    assert search(qtbot, w, "TT/LOKET2-A/2026/00004") == ["PMH-2026-00004"]
    expected = sorted(f"PMH-2026-{i + 1:05d}" for i in range(30)
                       if person(i)[0].startswith("Siti"))
    got = search(qtbot, w, "siti")
    assert sorted(got) == expected and len(expected) >= 2
    assert search(qtbot, w, "Tidak Ada Nama Ini") == []
    assert "Tidak ada permohonan" in w.home.status.text()
    # Esc empties the box and lists everything again
    qtbot.keyClick(w.search, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: w.home.model.query == "" and w.home.model.rowCount() == 30)
    # a state selected in the tree narrows the list
    w.home.tree.setCurrentItem(w.home.state_items["RECEIVED"])
    qtbot.waitUntil(lambda: not w.home.model.is_loading() and w.home.model.state == "RECEIVED")
    rows = w.home.model.rows
    assert rows and all(r.state == "RECEIVED" for r in rows)


def test_enter_on_a_single_match_opens_it_and_ctrl_f_focuses_search(qtbot, window):
    w = window(10)
    w.activateWindow()
    w.home.table.setFocus()
    qtbot.keyClick(w, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert w.search.hasFocus() or QApplication.focusWidget() is w.search
    qtbot.keyClicks(w.search, "PMH-2026-00003")
    qtbot.keyClick(w.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(w.details) == 1, timeout=5000)
    d = next(iter(w.details.values()))
    qtbot.waitUntil(lambda: d.view.snapshot is not None, timeout=5000)
    assert d.view.snapshot.no_permohonan == "PMH-2026-00003"
    # Enter on a row of the table opens that row
    w.search.clear()
    w.home.search("")
    qtbot.waitUntil(lambda: w.home.model.rowCount() == 10 and not w.home.model.is_loading())
    w.home.table.setFocus()
    w.home.table.setCurrentIndex(w.home.model.index(1, 0))
    qtbot.keyClick(w.home.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(w.details) == 2)
    assert w.home.model.rows[1].id in w.details


def test_the_table_pages_through_more_rows_than_one_page(qtbot, window, loket):
    from app.services import applications
    w = window(230)
    m = w.home.model
    # the view sees every row at once (scroll bar, End); the rows come a page at a time
    qtbot.waitUntil(lambda: m.counted and not m.is_loading(), timeout=5000)
    assert m.page_size == 100 and m.rowCount() == 230 and m.loaded_pages() == [0]
    w.home.table.scrollToBottom()            # the view asks for the last page itself
    qtbot.waitUntil(lambda: 2 in m.loaded_pages() and not m.is_loading(), timeout=5000)
    w.home.table.scrollTo(m.index(150, 0))
    qtbot.waitUntil(lambda: m.loaded_pages() == [0, 1, 2] and not m.is_loading(), timeout=5000)
    with loket.Session() as s:
        every = [r.id for r in applications.search(s, "", limit=1000)]
    assert [r.id for r in m.rows] == every   # same order, nothing twice, nothing missing
    assert "230 permohonan" in w.home.status.text()


def test_detail_shows_applicant_requirements_and_timeline(qtbot, window, loket):
    from app import workflow
    from app.services import applications
    w = window(10)
    d = w.open_detail(w.ids[0])              # received, verified, drafted, sent back
    qtbot.waitUntil(lambda: d.view.snapshot is not None, timeout=5000)
    s = d.view.snapshot
    with loket.Session() as ses:
        events = applications.events(ses, w.ids[0])
        app = applications.get(ses, w.ids[0])
        n_req = len(app.permit_type.requirements)
        state = app.state
    lines = d.view.timeline.texts()
    assert len(lines) == len(events) >= 3
    for line, ev in zip(lines, events, strict=False):
        assert line.startswith(workflow.ACTIONS[ev.action].label)
        assert workflow.STATES[ev.to_state].label in line
    assert "No. tanda terima: TT/LOKET2-A/2026/00001" in lines[1]
    assert "Rina Marlina (LOKET2-A)" in lines[1]
    assert d.view.h_state.text() == workflow.STATES[state].label
    assert d.view.h_no.text() == "PMH-2026-00001"
    assert d.view.checks.topLevelItemCount() == n_req
    assert d.view.tabs.tabText(1).startswith(f"Persyaratan ({n_req}/{n_req}")
    values = [lbl.text() for lbl in d.view.findChildren(QLabel)]
    assert person(0)[0] in values and person(0)[1] in values
    assert s.company is None and not d.view.g_company.parentWidget().isVisibleTo(d.view)
    # an application with a company shows it
    d2 = w.open_detail(w.ids[3])
    qtbot.waitUntil(lambda: d2.view.snapshot is not None, timeout=5000)
    assert d2.view.snapshot.company["name"].startswith("CV ")
    assert d2.view.g_company.parentWidget().isVisibleTo(d2.view)
    # opening the same application again raises the same window
    assert w.open_detail(w.ids[3]) is d2
    qtbot.keyClick(d2, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: w.ids[3] not in w.details)


def test_detail_of_unknown_number_says_so(qtbot, window):
    w = window(1)
    d = w.open_detail("PMH-TIDAK-ADA")
    qtbot.waitUntil(lambda: d.view.stack.currentWidget() is d.view.message, timeout=5000)
    qtbot.waitUntil(lambda: "tidak ditemukan" in d.view.message.text(), timeout=5000)


def test_bus_opens_and_refreshes(qtbot, window, loket, actor_factory):
    from app import workflow
    from app.changes import Changes
    from app.services import applications
    w = window(4)
    w.bus.open_application.emit("PMH-2026-00002")
    qtbot.waitUntil(lambda: "PMH-2026-00002" in w.details)
    d = w.details["PMH-2026-00002"]
    qtbot.waitUntil(lambda: d.view.snapshot is not None)
    assert d.view.snapshot.state == "SUBMITTED"
    # another screen receives the file, then announces it
    with loket.Session() as s:
        a = applications.get(s, "PMH-2026-00002")
        workflow.apply(s, a, "receive", actor_factory("LOKET2"), {"receipt_number": "TT/X/1"})
        a.receipt_number = "TT/X/1"
        s.commit()
        app_id = a.id
    with qtbot.waitSignal(w.home.model.modelReset, timeout=5000, raising=False):
        w.bus.announce(Changes.for_applications(app_id))
    qtbot.waitUntil(lambda: any(r.receipt_number == "TT/X/1" for r in w.home.model.rows), timeout=5000)
    qtbot.waitUntil(lambda: d.view.snapshot.state == "RECEIVED", timeout=5000)
    qtbot.waitUntil(lambda: w.home.state_items["RECEIVED"].text(1) == "2", timeout=5000)


def test_sync_status_and_actor_change(qtbot, window, actor_factory):
    w = window(0)
    w.bus.sync_status.emit({"online": False, "pending": 3, "message": "server tidak terjangkau"})
    assert "Luring" in w.sync_label.text() and "3" in w.sync_label.text()
    assert w.sync_label.property("state") == "offline"
    w.bus.sync_status.emit({"online": True, "last_success": "10:42", "pending": 0})
    assert "10:42" in w.sync_label.text() and w.sync_label.property("state") == "online"
    w.bus.actor_changed.emit(actor_factory("KASI", name="Dewi Anggraini"))
    assert "Dewi Anggraini" in w.officer_label.text() and "Kepala Seksi" in w.officer_label.text()


# -- pages from other areas -------------------------------------------------------------------
class _Page(QWidget):
    def __init__(self, loket, actor, bus, parent=None):
        super().__init__(parent)
        self.actor = actor


def make_test_page(loket, actor, bus, parent):
    return _Page(loket, actor, bus, parent)


def broken_page(loket, actor, bus, parent):
    raise RuntimeError("halaman rusak")


def test_navigation_shows_pages_by_role(qtbot, window, monkeypatch, caplog):
    from ui import pages
    monkeypatch.setattr(pages, "PAGES", [
        pages.Page("kasi", "Validasi Kasi", ("KASI",), "tests.gui.test_gui_shell:make_test_page", "F6"),
        pages.Page("all", "Untuk semua", (), "tests.gui.test_gui_shell:make_test_page"),
        pages.Page("bad", "Rusak", ("LOKET2",), "tests.gui.test_gui_shell:broken_page"),
    ])
    w = window(0, roles=("LOKET2",))
    titles = [w.nav.item(i).text() for i in range(w.nav.count())]
    assert titles == ["Permohonan", "Untuk semua", "Rusak"]
    w.nav.setCurrentRow(1)
    assert isinstance(w.stack.currentWidget(), _Page)
    with caplog.at_level(logging.ERROR, logger="loket.ui"):
        w.nav.setCurrentRow(2)                 # a broken page never breaks the window
    assert "tidak dapat dibuka" in w.stack.currentWidget().text()
    assert "halaman rusak" in caplog.text
    w2 = window(0, roles=("KASI",))
    assert [w2.nav.item(i).text() for i in range(w2.nav.count())] == [
        "Permohonan", "Validasi Kasi", "Untuk semua"]
    w2.activateWindow()
    qtbot.keyClick(w2, Qt.Key.Key_F6)
    assert isinstance(w2.stack.currentWidget(), _Page)
    assert w2.stack.currentWidget().actor.roles == frozenset({"KASI"})


# -- worker ------------------------------------------------------------------------------------
def test_worker_runs_off_the_gui_thread_and_delivers_on_it(qtbot):
    from ui import worker
    got = {}

    def job():
        got["thread"] = threading.get_ident()
        return 42

    done = []
    worker.run(job, on_done=lambda v: done.append((v, threading.get_ident())))
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert done[0][0] == 42
    assert got["thread"] != threading.get_ident() == done[0][1]

    errors = []
    worker.run(lambda: 1 / 0, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ZeroDivisionError)

    # a result for a destroyed widget is dropped
    ctx = QObject()
    late = []
    release = threading.Event()
    worker.run(lambda: release.wait(5) and "x", on_done=late.append, context=ctx)
    import shiboken6
    shiboken6.delete(ctx)
    release.set()
    assert worker.wait_all(5000)
    qtbot.wait(50)
    assert late == []
    # a cancelled task is dropped too
    t = worker.run(lambda: "y", on_done=late.append)
    t.cancel()
    worker.wait_all(5000)
    qtbot.wait(50)
    assert late == []


# -- translation, about, errors ----------------------------------------------------------------
def test_english_translation_covers_shell_and_services(qtbot, loket, actor_factory, qapp):
    from app import i18n, workflow
    from ui.main import install_translator
    from ui.main_window import MainWindow
    tr = install_translator(qapp, "en")
    try:
        assert tr is not None
        w = MainWindow(loket, actor_factory("LOKET2"))
        qtbot.addWidget(w)
        assert w.search.placeholderText().startswith("Search applications")
        assert w.nav.item(0).text() == "Applications"
        assert i18n.tr(workflow.STATES["SUBMITTED"].label) == "Submitted online"
        assert re.fullmatch(r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \d+ \w+ \d{4}",
                            w.date_label.text())
        qtbot.waitUntil(w.home.is_ready)
    finally:
        qapp.setProperty("language", "id")
        qapp.removeTranslator(tr)
        i18n.set_translator(None)


def test_about_shows_version(qtbot, loket):
    from app import __version__
    from ui.main_window import AboutDialog
    d = AboutDialog(loket)
    qtbot.addWidget(d)
    assert f"Loket {__version__}" in d.version_text
    assert str(loket.data_dir) in d.version_text


def test_uncaught_exception_is_logged_and_told_calmly(loket, monkeypatch):
    import ui.main
    import ui.widgets
    shown_text = []
    monkeypatch.setattr(ui.widgets, "error_box", lambda parent, text, title=None: shown_text.append(text))
    try:
        raise ValueError("rahasia-tidak-untuk-layar")
    except ValueError:
        ui.main._excepthook(*sys.exc_info())
    for h in logging.getLogger("loket").handlers:
        h.flush()
    log = (loket.data_dir / "logs" / "loket.log").read_text(encoding="utf-8")
    assert "rahasia-tidak-untuk-layar" in log and "Traceback" in log
    assert len(shown_text) == 1
    assert "loket.log" in shown_text[0] and "rahasia" not in shown_text[0]


def test_startup_refuses_newer_database_with_a_message(data_dir, monkeypatch, qapp):
    import ui.main
    from app.runtime import StartupError
    messages = []
    monkeypatch.setattr("ui.widgets.error_box", lambda p, text, title=None: messages.append(text))
    monkeypatch.setattr(ui.main, "install_excepthook", lambda: None)
    monkeypatch.setattr(ui.main, "make_application", lambda: qapp)

    def refuse(_d):
        raise StartupError("Basis data dibuat oleh versi Loket yang lebih baru")
    monkeypatch.setattr("app.runtime.open_loket", refuse)
    assert ui.main.run_gui(Namespace(data_dir=str(data_dir), smoke=False)) == 1
    assert messages == ["Basis data dibuat oleh versi Loket yang lebih baru"]


def test_smoke_skips_login_and_acts_read_only(data_dir, monkeypatch, qapp, capsys):
    import ui.main
    from app.runtime import open_loket
    lk = open_loket(data_dir)
    seed(lk, 3)
    lk.close()
    monkeypatch.setattr(ui.main, "install_excepthook", lambda: None)
    monkeypatch.setattr(ui.main, "make_application", lambda: qapp)

    def no_login(*a):
        raise AssertionError("smoke must not ask for a login")
    monkeypatch.setattr(ui.main, "login_actor", no_login)
    seen = {}
    from ui import main_window
    real = main_window.MainWindow

    class Spy(real):
        def __init__(self, loket, actor, *a, **kw):
            seen["actor"] = actor
            super().__init__(loket, actor, *a, **kw)
    monkeypatch.setattr(main_window, "MainWindow", Spy)
    assert ui.main.run_gui(Namespace(data_dir=str(data_dir), smoke=True)) == 0
    assert re.fullmatch(r"smoke: first paint with data in \d+\.\d{3} s\n", capsys.readouterr().out)
    assert seen["actor"].roles == frozenset()      # every service refuses a change


def test_the_window_starts_without_garbage_collection(monkeypatch):
    """app/cli turns the collector off for the window's start; ui.main.collect_from_now
    (the window's first frame) freezes what exists and turns it back on, and does
    nothing when it was on (the tests, a second window)."""
    import gc

    import ui.main
    from app import cli
    seen = []
    monkeypatch.setattr(ui.main, "run_gui", lambda args: seen.append(gc.isenabled()) or 0)
    assert cli.main(["--data-dir", "x"]) == 0
    assert seen == [False] and gc.isenabled()          # on again once run_gui returns
    gc.disable()
    try:
        frozen = gc.get_freeze_count()
        ui.main.collect_from_now()
        assert gc.isenabled() and gc.get_freeze_count() > frozen
    finally:
        gc.enable()
        gc.unfreeze()
    ui.main.collect_from_now()
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_loket_smoke_in_a_real_process(data_dir):
    from app.runtime import open_loket
    lk = open_loket(data_dir)
    seed(lk, 5)
    lk.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LOKET_DATA_DIR=str(data_dir))
    out = subprocess.run([sys.executable, "-m", "app", "--smoke"], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    m = re.fullmatch(r"smoke: first paint with data in (\d+\.\d{3}) s\n", out.stdout)
    assert m, out.stdout
    assert 0 < float(m.group(1)) < 120
    log = (data_dir / "logs" / "loket.log").read_text(encoding="utf-8")
    assert "smoke: painted 5 rows of 5 applications" in log


def test_gui_asks_the_login_screen_for_the_officer(data_dir, monkeypatch, qapp, actor_factory):
    from PySide6.QtCore import QTimer

    import ui.login
    import ui.main
    from ui import main_window
    monkeypatch.setattr(ui.main, "install_excepthook", lambda: None)
    monkeypatch.setattr(ui.main, "make_application", lambda: qapp)
    # the login dialog closed: no window, a clean exit
    monkeypatch.setattr(ui.login, "login", lambda loket, parent=None: None)
    assert ui.main.run_gui(Namespace(data_dir=str(data_dir), smoke=False)) == 0
    # an officer logged in: the main window is theirs
    officer = actor_factory("LOKET4", name="Nunung Rahmawati")
    monkeypatch.setattr(ui.login, "login", lambda loket, parent=None: officer)
    seen = []
    real = main_window.MainWindow

    class Spy(real):
        def __init__(self, loket, actor, *a, **kw):
            super().__init__(loket, actor, *a, **kw)
            seen.append(self)
            QTimer.singleShot(200, self.close)
    monkeypatch.setattr(main_window, "MainWindow", Spy)
    assert ui.main.run_gui(Namespace(data_dir=str(data_dir), smoke=False)) == 0
    assert seen and seen[0].actor is officer
    assert "Nunung Rahmawati" in seen[0].officer_label.text()


def test_window_layout_is_remembered(qtbot, window, loket):
    w = window(2)
    w.home.table.setColumnWidth(1, 333)
    w.body.setSizes([400, 900])
    w.close()
    w2 = window(0)
    assert w2.home.table.columnWidth(1) == 333
    assert abs(w2.body.sizes()[0] - 400) <= 4
    assert (loket.data_dir / "ui.ini").exists()       # in the data folder, not the user's home
