"""Every page, every state a page changes shape in, and every dialog, at 1366×768
and 1280×720, at 100 % and 125 %, with the office's style sheet and without it
(Fusion's own metrics): the main window fits the screen, no text is cut, no "&"
shows raw, no widget lies outside its window (tests/layout_check.py says what
each of those means). At 1366×768 and 100 % — the common counter screen — no
page needs its scroll bar either; on the smaller screens a page may scroll, but
nothing on it is cut."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.layout_check import SCREENS, client_size, problems

STYLES = ["plain", "styled"]
IDS = [f"{s[0]}x{s[1]}@{int(s[2] * 100)}" for s in SCREENS]
# `make test-dates` reruns only the common counter screen (1366×768 at 100 %) under other real
# dates: a date's length on a page is the same question at every size, and the other three sizes
# would add minutes to every CI run for no new answer.
SCREEN_PARAMS = [pytest.param(s, id=i, marks=[pytest.mark.dates] if s == SCREENS[0] else [])
                 for s, i in zip(SCREENS, IDS, strict=True)]


@pytest.fixture(params=STYLES)
def style(request, qapp):
    """The office's style sheet (resources/style.qss) or none (Qt's Fusion as it is)."""
    from PySide6.QtGui import QFont

    from ui.main import apply_style
    before, font = qapp.styleSheet(), QFont(qapp.font())
    # the application's own type size (ui.main.make_application), not the test default
    big = QFont(font)
    big.setPointSizeF(11)
    qapp.setFont(big)
    if request.param == "styled":
        apply_style(qapp)
    else:
        qapp.setStyleSheet("")
    yield request.param
    qapp.setStyleSheet(before)
    qapp.setFont(font)


@pytest.fixture
def files(loket, session):
    """A file at counter 4 (signed) and one at counter 5 (printed), for the pages' filled states."""
    from app.services import issuance
    from tests import counter45_helpers as h
    from tests.gui_seed import seed
    seed(loket, 12)
    at4 = h.signed(session)
    at5 = h.signed(session)
    issuance.print_sk(session, h.LOKET4, at5)
    session.commit()
    # counter 2's file: a company whose name and address are long, as real ones are
    from tests.conftest import make_actor
    from tests.intake_helpers import walkin
    company = walkin(session, make_actor("LOKET2", name="Siti Rahmawati"), applicant_type="PERUSAHAAN",
                     company_name="PT Pembangunan Perumahan Nusantara Sejahtera Abadi Makmur Jaya "
                                  "Indonesia Raya Persada (Persero) Tbk",
                     company_nib="1234567890123",
                     company_address="Kawasan Industri Terpadu Jababeka II, Jl. Industri Selatan 5 "
                                     "Blok PP No. 12A-12B, Desa Pasirsari, Kec. Cikarang Selatan")
    session.commit()
    return at4, at5, company.id


def settle(qtbot) -> None:
    """Let the page's background loads arrive and the layouts follow them."""
    from ui import worker
    for _ in range(3):
        qtbot.wait(20)
        worker.wait_all()
    qtbot.wait(20)


def cut_placeholders(w) -> list[str]:
    """At the counters, at 1366×768: a placeholder is the officer's only hint of what goes in a
    field, and Qt cuts one that does not fit ("Alasan cetak ulang, mis. ke…")."""
    from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame
    found = []
    for le in w.findChildren(QLineEdit):
        if le.isVisible() and le.placeholderText() and not le.text():
            opt = QStyleOptionFrame()
            le.initStyleOption(opt)
            room = le.style().subElementRect(QStyle.SubElement.SE_LineEditContents, opt, le).width()
            room -= le.textMargins().left() + le.textMargins().right() + 4     # QLineEdit's own margins
            need = le.fontMetrics().horizontalAdvance(le.placeholderText())
            if need > room:
                found.append(f"placeholder {le.placeholderText()!r} needs {need} px of {room}")
    return found


def page_problems(w, key: str, screen) -> list[str]:
    found = [f"{key}: {p}" for p in problems(w)]
    scroll = w.page_scroll
    if screen[2] == 1.0 and scroll.verticalScrollBar().isVisible() and screen[0] == 1366:
        found.append(f"{key}: needs {w.stack.currentWidget().minimumSizeHint().height()} px of "
                     f"{scroll.viewport().height()}: scrolls at 1366×768")
    if screen[:2] == (1366, 768) and screen[2] == 1.0 and key.startswith(("intake", "counter")):
        found += [f"{key}: {p}" for p in cut_placeholders(w)]
    if screen[2] == 1.0 and scroll.horizontalScrollBar().isVisible():
        found.append(f"{key}: needs {w.stack.currentWidget().minimumSizeHint().width()} px of "
                     f"{scroll.viewport().width()}: scrolls sideways")
    return found


@pytest.mark.parametrize("screen", SCREEN_PARAMS)
def test_every_page_reads_fully(qtbot, loket, actor_factory, files, style, screen):
    from PySide6.QtCore import QDate

    from app import workflow
    from ui import worker
    from ui.main_window import MainWindow
    at4, at5, company = files
    w = MainWindow(loket, actor_factory(*workflow.ROLES, name="Rina Marlina"))
    qtbot.addWidget(w)
    width, height = client_size(*screen)
    w.resize(width, height)
    w.show()
    qtbot.waitUntil(w.home.is_ready, timeout=10_000)
    assert w.minimumSizeHint().width() <= width and w.minimumSizeHint().height() <= height
    assert w.minimumWidth() <= width and w.minimumHeight() <= height
    found = []
    for row in range(w.nav.count()):
        key = w.nav.item(row).data(Qt.ItemDataRole.UserRole)
        w.show_page(key)
        settle(qtbot)
        assert w.width() <= width and w.height() <= height, f"{key}: the window grew"
        found += page_problems(w, key, screen)

    # the states that change a page's shape: a company's file open at counter 2 (its long
    # name and address wrap, the page never scrolls sideways), a file open at counter 4 and at counter 5,
    # counter 5's power of attorney fields, its other tabs, a computed report
    c2 = w.show_page("intake") or w.stack.currentWidget()
    c2.open_application(company)
    qtbot.waitUntil(lambda: c2.stack.currentWidget() is c2.file, timeout=5000)
    settle(qtbot)
    found += page_problems(w, "intake (company file open)", screen)
    c2.back_to_find()
    # the walk-in form, for a company, with a field's message shown under its field: its two
    # columns fit beside each other (its scroll area never scrolls sideways: a column wider than
    # the window was cut off at the window's edge, which no check of the window itself sees)
    c2.new_walkin()
    form = c2.form
    form.inputs["applicant_type"].setCurrentIndex(form.inputs["applicant_type"].findData("PERUSAHAAN"))
    form.inputs["nik"].setText("12")
    form._check("nik")
    settle(qtbot)
    assert form.messages["nik"].isVisible() and form.messages["nik"].text()
    found += page_problems(w, "intake (walk-in form)", screen)
    body, view = form.body_scroll.widget(), form.body_scroll.viewport()
    if body.width() > view.width():
        found.append(f"intake (walk-in form): {body.width()} px wide in {view.width()}: cut at the right")
    form.clear_draft()
    c2.back_to_find()
    c4 = w.show_page("counter4") or w.stack.currentWidget()
    c4.open_text(at4)
    qtbot.waitUntil(lambda: c4.view_data is not None, timeout=5000)
    settle(qtbot)
    found += page_problems(w, "counter4 (file open)", screen)
    c5 = w.show_page("counter5") or w.stack.currentWidget()
    ho = c5.handover
    ho.open_text(at5)
    qtbot.waitUntil(lambda: ho.view_data is not None, timeout=5000)
    settle(qtbot)
    found += page_problems(w, "counter5 (file open)", screen)
    ho.by_proxy.setChecked(True)
    settle(qtbot)
    found += page_problems(w, "counter5 (surat kuasa)", screen)
    for tab in range(1, c5.tabs.count()):
        c5.tabs.setCurrentIndex(tab)
        settle(qtbot)
        found += page_problems(w, f"counter5 tab {tab}", screen)
    r = c5.report
    r.date_from.setDate(QDate(2020, 1, 1))
    r.compute()
    settle(qtbot)
    found += page_problems(w, "counter5 (SKM computed)", screen)
    reports = w.show_page("reports") or w.stack.currentWidget()
    reports.refresh()
    settle(qtbot)
    found += page_problems(w, "reports (computed)", screen)
    worker.wait_all()
    assert not found, "\n".join(found)


def dialogs(loket, session, qtbot):
    """One of each window Loket opens besides the main window."""
    from app import workflow
    from app.services import backoffice
    from app.sicantik.importer import UnmappedPermit
    from tests.conftest import make_actor
    from tests.counter45_helpers import ANALYST, KADIN, KASI, received
    from ui.detail import DetailWindow
    from ui.login import ChangePasswordDialog, LoginDialog, SetupDialog
    from ui.main_window import AboutDialog
    from ui.pages.admin_officers import OfficerDialog, ResetPasswordDialog
    from ui.pages.reports import FilesDialog
    from ui.pages.worklist import DIALOGS, ApproveDialog, SendBackDialog
    from ui.sicantik_pick import PickPermitDialog
    no = received(session, "REKLAME")
    item = backoffice.work_item(session, ANALYST, no)
    admin = make_actor("ADMIN", name="Admin Kantor")
    for key, cls in DIALOGS.items():
        yield cls(loket, KADIN if key == "sign" else ANALYST, item)
    yield ApproveDialog(loket, KASI, item, "Setujui")
    label = workflow.ACTIONS["kasi_send_back"].label if "kasi_send_back" in workflow.ACTIONS else "Kembalikan"
    yield SendBackDialog(loket, KASI, item, label)
    yield LoginDialog(loket)
    yield SetupDialog(loket)
    # a fresh computer without an OS keyring: both first windows carry the warning
    import keyring
    from keyring.backends import fail
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        yield LoginDialog(loket)
        yield SetupDialog(loket)
    finally:
        keyring.set_keyring(before)
    yield ChangePasswordDialog(loket, admin, forced=True)
    yield AboutDialog(loket)
    yield PickPermitDialog(loket, admin, UnmappedPermit(no, "77", "Izin Usaha Toko Modern Berjejaring",
                                                        "Jenis izin belum dipetakan"))
    yield OfficerDialog(loket, admin)
    yield ResetPasswordDialog(loket, admin, "rina")
    yield FilesDialog("Berkas terlambat — Kepala Seksi", [])
    yield DetailWindow(loket, no)


@pytest.mark.parametrize("screen", SCREEN_PARAMS)
def test_every_dialog_reads_fully(qtbot, loket, session, style, screen, monkeypatch):
    from PySide6.QtCore import QRect

    from ui import fit, worker
    width, height = client_size(*screen)
    # the screen a dialog opens on, as ui.fit sees it (the offscreen one has another size)
    monkeypatch.setattr(fit, "available", lambda _w: QRect(0, 0, width, height + 30))
    found = []
    for dlg in dialogs(loket, session, qtbot):
        if not dlg.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose):
            qtbot.addWidget(dlg)
        dlg.show()
        settle(qtbot)
        name = dlg.windowTitle() or type(dlg).__name__
        need = dlg.minimumSizeHint()
        assert need.width() <= width and need.height() <= height, f"{name}: needs {need}"
        # as a window manager would: the dialog's own size, within the screen
        if dlg.width() > width or dlg.height() > height:
            found.append(f"{name}: opens {dlg.width()}×{dlg.height()} on a {width}×{height} screen")
        dlg.resize(min(dlg.sizeHint().width(), width), min(dlg.sizeHint().height(), height))
        qtbot.wait(10)
        found += [f"{name}: {p}" for p in problems(dlg)]
        dlg.close()
    worker.wait_all()
    assert not found, "\n".join(found)


def test_the_main_window_opens_inside_a_small_screen(qtbot, loket, actor_factory):
    """No saved geometry: the first start fits the screen it opens on (status bar visible)."""
    from ui.main_window import MainWindow
    w = MainWindow(loket, actor_factory("LOKET2"))
    qtbot.addWidget(w)
    avail = w.screen().availableGeometry()
    assert w.frameGeometry().height() <= avail.height()
    assert w.width() <= max(avail.width(), w.minimumWidth())


def elided_columns(table, typical: dict[str, str], bold_columns: tuple[str, ...] = ()) -> list[str]:
    """The shown columns of `table` whose header or first rows' text would be cut: the
    header in bold (the office's style sets its sections bold) plus its 8 px padding each
    side, a cell's text plus the item padding; a column that may elide (name, permit) must
    at least hold a typical short value. And every shown column lies inside the viewport."""
    from PySide6.QtGui import QFont, QFontMetrics
    model, hh = table.model(), table.horizontalHeader()
    bold = QFont(hh.font())
    bold.setBold(True)
    hfm, fm = QFontMetrics(bold), table.fontMetrics()
    cell_bold = QFont(table.font())
    cell_bold.setBold(True)
    fb = QFontMetrics(cell_bold)
    cut = []
    right = 0
    for c in range(model.columnCount()):
        if table.isColumnHidden(c):
            continue
        width = table.columnWidth(c)
        right = max(right, hh.sectionPosition(c) + width)
        head = model.headerData(c, Qt.Orientation.Horizontal)
        if hfm.horizontalAdvance(head) + 16 > width:
            cut.append(f"header {head!r}: {hfm.horizontalAdvance(head) + 16} px in {width}")
        key = model.COLUMNS[c]
        texts = [typical[key]] if key in typical else [
            model.index(r, c).data() or "" for r in range(min(model.rowCount(), 30))]
        for text in texts:
            need = (fb if key in bold_columns else fm).horizontalAdvance(text) + 16
            if need > width:
                cut.append(f"{head!r} cell {text!r}: {need} px in {width}")
                break
    if right > table.viewport().width():
        cut.append(f"the columns need {right} px of the table's {table.viewport().width()}: it scrolls sideways")
    return cut


@pytest.mark.dates
def test_worklist_and_search_columns_read_whole_at_1366(qtbot, loket, actor_factory, files, style):
    """Sizing the widgets is not enough: at 1366×768 a table can still cut its dates to
    "20-1" and hide its last columns behind a sideways scroll (the reviewer's screenshots)."""
    from app import workflow
    from ui.main_window import MainWindow
    w = MainWindow(loket, actor_factory(*workflow.ROLES, name="Rina Marlina"))
    qtbot.addWidget(w)
    w.resize(*client_size(1366, 768, 1.0))
    w.show()
    qtbot.waitUntil(w.home.is_ready, timeout=10_000)
    w.show_page("home")
    settle(qtbot)
    assert w.home.model.rowCount() > 0
    found = [f"search: {p}" for p in elided_columns(w.home.table, {"name": "Siti Herawati",
                                                                    "permit": "Surat Izin Apotek",
                                                                    "state": "Kajian dijadwalkan"})
             if "sideways" not in p]     # the search has 8 columns: the receipt number may need a scroll
    shown = [w.home.model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    right = max(w.home.table.horizontalHeader().sectionViewportPosition(c) + w.home.table.columnWidth(c)
                for c in range(5))
    if right > w.home.table.viewport().width():
        found.append(f"search: {shown} need {right} px of {w.home.table.viewport().width()}")
    # the navigation (17 entries for this officer of every role) shows whole entries only
    vp = w.nav.viewport().rect()
    for i in range(w.nav.count()):
        r = w.nav.visualItemRect(w.nav.item(i))
        if r.intersects(vp) and not vp.contains(r):
            found.append(f"nav: {w.nav.item(i).text()!r} cut: {r} in {vp}")
    assert w.nav.viewport().height() > 6 * 42, "the navigation does not use the sidebar's height"
    page = w.show_page("worklist") or w.stack.currentWidget()
    settle(qtbot)
    assert page.model.rowCount() > 0
    found += [f"worklist: {p}" for p in elided_columns(page.table, {"name": "Iwan Mulyana", "state": "Validasi Kabid"},
                                                                  bold_columns=("due", "left"))]
    assert not found, "\n".join(found)
