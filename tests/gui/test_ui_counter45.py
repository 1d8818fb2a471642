"""Counter 4 and 5 pages, driven by keyboard as the officers do."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from sqlalchemy import select

from app.services import issuance
from db.models import DocumentPrint
from tests import counter45_helpers as h

# Counts working days or dates: rerun by `make test-dates` under other real dates.
pytestmark = pytest.mark.dates


def to_file(tmp_path):
    n = iter(range(100))

    def choose(printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / f"printed-{next(n)}.pdf"))
        printer.setResolution(72)   # a file printer in tests: no need for 1200 dpi pages
        return True
    return choose


def test_counter4_open_print_reprint_legalise(session, loket, qtbot, tmp_path):
    from ui.pages.counter4 import Counter4Page
    no = h.signed(session, tte=True)
    page = Counter4Page(loket, h.LOKET4)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.preview.choose_printer = to_file(tmp_path)
    qtbot.keyClicks(page.scan, issuance.open_file(session, no).receipt_number)
    qtbot.keyClick(page.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.view_data is not None, timeout=5000)
    assert page.print_button.isEnabled() and not page.reprint_button.isEnabled()
    assert page.preview.page_count() == 2          # the real SK, as signed
    assert "SHA-256" in page.fields["source"].text()
    with qtbot.waitSignal(page.printed, timeout=5000):
        qtbot.keyClick(page.scan, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: page.view_data.reprintable, timeout=5000)
    assert (tmp_path / "printed-0.pdf").stat().st_size > 0
    # reprint without a reason: refused on the spot, nothing recorded
    qtbot.keyClick(page.scan, Qt.Key.Key_F7)
    assert "alasan" in page.message.text().lower()
    qtbot.keyClicks(page.reason, "Kertas macet")
    with qtbot.waitSignal(page.printed, timeout=5000):
        qtbot.keyClick(page.reason, Qt.Key.Key_F7)
    page.legal_copies.setValue(3)
    with qtbot.waitSignal(page.printed, timeout=5000):
        qtbot.keyClick(page.scan, Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: page.history.rowCount() == 3, timeout=5000)
    session.expire_all()
    kinds = [p.kind for p in session.scalars(select(DocumentPrint).order_by(DocumentPrint.at))]
    assert kinds == ["PRINT", "REPRINT", "LEGALISIR"]
    assert page.history.item(1, 5).text() == "Kertas macet"


def test_counter4_unsigned_file_cannot_print(session, loket, qtbot):
    from ui.pages.counter4 import Counter4Page
    no = h.received(session)
    page = Counter4Page(loket, h.LOKET4)
    qtbot.addWidget(page)
    page.show()
    page.open_text(no)
    qtbot.waitUntil(lambda: page.view_data is not None, timeout=5000)
    assert not page.print_button.isEnabled() and "Belum ditandatangani" in page.message.text()
    page.open_text("LKT1.TT.PALSU.X.20260101.AAAAAAAAAAAAAAAA")
    qtbot.waitUntil(lambda: "tidak sah" in page.message.text(), timeout=5000)


def test_counter5_survey_then_handover_by_keyboard(session, loket, qtbot, tmp_path):
    from ui.pages.counter5 import Counter5Page
    no = h.signed(session)
    issuance.print_sk(session, h.LOKET4, no)
    page = Counter5Page(loket, h.LOKET5)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    ho = page.handover
    qtbot.keyClicks(ho.scan, no)
    qtbot.keyClick(ho.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ho.view_data is not None, timeout=5000)
    assert "SKM belum diisi" in ho.survey_state.text()
    assert "SKM belum diisi" not in ho.message.text() and "survei" in ho.message.text()   # said once
    assert not ho.handover_button.isEnabled()
    qtbot.keyClick(ho.scan, Qt.Key.Key_F6)
    w = ho.survey_window
    assert w is not None and w.isVisible()
    w.thanks_ms = 10
    # the applicant's NIK (3201011204850003: born 12-04-1985, a man) gives gender and age:
    # nine answers, education, occupation, and the suggestion — nothing asked twice
    assert [st.key for st in w.steps][9:] == ["education", "occupation", "suggestion"]
    for k in [Qt.Key.Key_4] * 9 + [Qt.Key.Key_3, Qt.Key.Key_1]:
        i = w.index
        qtbot.keyClick(w.focusWidget() or w, k)
        qtbot.waitUntil(lambda i=i: w.index == i + 1, timeout=2000)
    qtbot.keyClick(w.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: ho.view_data.survey.code == "DONE", timeout=5000)
    assert "SKM sudah diisi" in ho.survey_state.text()
    assert ho.handover_button.isEnabled()
    assert ho.recipient.text().startswith("dr. Ahmad Fauzi")   # in person: prefilled from the file
    # the survey window has closed; the officer's window is active again, focus in the scan box
    from PySide6.QtWidgets import QApplication
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page and ho.scan.hasFocus(), timeout=3000)
    # F9 asks first: Esc cancels (nothing recorded), F9 + Enter hands over
    from tests.gui_keys import answer_next_box
    asked = []
    answer_next_box(qtbot, Qt.Key.Key_Escape, asked)
    qtbot.keyClick(ho.scan, Qt.Key.Key_F9)
    assert "kepada dr. Ahmad Fauzi" in asked[0] and "Enter = Serahkan" in asked[0]
    assert "dibatalkan" in ho.message.text() and ho.view_data.state != "ARCHIVED"
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page, timeout=3000)
    # the receipt of counter 2 is the proof; here it is lost, and the reason is recorded
    ho.lost_reason.setText("Tanda terima hilang saat pindah rumah")
    answer_next_box(qtbot, Qt.Key.Key_Return)
    with qtbot.waitSignal(ho.handed_over, timeout=5000):
        qtbot.keyClick(ho.scan, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: ho.view_data.state == "ARCHIVED", timeout=5000)
    assert ho.preview.page_count() == 1 and "SK telah diserahkan kepada dr. Ahmad Fauzi" in ho.message.text()
    assert not ho.handover_button.isEnabled()
    # printing the receipt is recorded (first PRINT, then REPRINT)
    ho.preview.choose_printer = to_file(tmp_path)
    assert ho.preview.print_document() == 1
    assert ho.preview.print_document() == 1
    session.expire_all()
    kinds = [p.kind for p in session.scalars(select(DocumentPrint).order_by(DocumentPrint.at))]
    assert kinds[-2:] == ["PRINT", "REPRINT"]


def test_counter5_complaint_register_and_close(session, loket, qtbot):
    from ui.pages.counter5 import Counter5Page
    page = Counter5Page(loket, h.LOKET5)
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    from PySide6.QtWidgets import QApplication
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page, timeout=3000)
    qtbot.keyClick(page.handover.scan, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    c = page.complaints
    assert page.tabs.currentIndex() == 1
    assert not c.months.isVisible() and c.months.text() == ""       # not "Pengaduan per bulan — —"
    qtbot.keyClicks(c.topic, "Antrean lama")
    qtbot.keyClicks(c.text, "Menunggu lebih dari satu jam.")
    with qtbot.waitSignal(c.registered, timeout=5000) as sig:
        qtbot.keyClick(c.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    ticket = sig.args[0]
    assert ticket in c.message.text()
    qtbot.waitUntil(lambda: c.receipt_dialog is not None, timeout=10_000)   # in person: the receipt
    c.receipt_dialog.close()
    qtbot.waitUntil(lambda: c.table.rowCount() == 1, timeout=5000)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page, timeout=3000)
    c.table.selectRow(0)
    assert c.next_status.count() == 2
    c.next_status.setCurrentIndex(c.next_status.findData("SELESAI"))
    c.response.setFocus()
    qtbot.keyClicks(c.response, "Ditambah petugas pada jam sibuk.")
    from tests.gui_keys import answer_next_box
    answer_next_box(qtbot, Qt.Key.Key_Return)          # closing asks first (tests/gui/test_ui_complaints.py)
    with qtbot.waitSignal(c.updated, timeout=5000):
        qtbot.keyClick(c.response, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: c.table.item(0, 4) is not None and c.table.item(0, 4).text() == "Selesai",
                    timeout=5000)
    assert "selesai 1" in c.months.text() and c.months.isVisible()


def test_pages_inside_the_main_window_keys_do_not_collide(session, loket, qtbot, tmp_path):
    """In the real window: F6 prints on Loket 4 (F5 stays the window's refresh)."""
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow
    from ui.pages.counter4 import Counter4Page
    no = h.signed(session)
    w = MainWindow(loket, h.LOKET4)
    qtbot.addWidget(w)
    w.show()
    w.show_page("counter4", focus=True)
    page = w.stack.currentWidget()
    assert isinstance(page, Counter4Page)
    page.preview.choose_printer = to_file(tmp_path)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=3000)
    qtbot.keyClicks(page.scan, no)
    qtbot.keyClick(page.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.view_data is not None, timeout=5000)
    qtbot.keyClick(page.scan, Qt.Key.Key_F5)          # the window's refresh reloads the file
    with qtbot.waitSignal(page.printed, timeout=5000):
        qtbot.keyClick(page.scan, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: page.view_data.state == "PRINTED", timeout=5000)
    from ui import worker
    worker.wait_all()


def test_counter5_skm_report_tab(session, loket, qtbot):
    from PySide6.QtCore import QDate

    from app.services import survey
    from ui.pages.counter5 import Counter5Page
    page = Counter5Page(loket, h.LOKET5)
    qtbot.addWidget(page)
    page.show()
    r = page.report
    page.tabs.setCurrentWidget(r)
    # no grey pane with print buttons before a report exists
    assert not r.preview.isVisible()
    # the last 30 days by default (the month so far was 1–2 Dec on the 2nd); the key column is "Kode"
    from ui.widgets import today_local
    today = today_local()
    assert r.date_to.date().toPython() == today
    assert (today - r.date_from.date().toPython()).days == 29
    assert r.table.horizontalHeaderItem(0).text() == "Kode"
    r.date_from.setDate(QDate(2020, 1, 1))
    r.date_to.setDate(QDate(2099, 12, 31))
    r.compute()
    qtbot.waitUntil(lambda: "Belum ada responden" in r.summary.text(), timeout=5000)
    for v in (4, 3):
        no = h.signed(session)
        issuance.print_sk(session, h.LOKET4, no)
        survey.record(session, h.LOKET5, no, answers={f"U{i}": v for i in range(1, 10)}, age=30,
                      gender="P", education="S1", occupation="PNS")
    r.weight.setCurrentIndex(r.weight.findData("0.11"))
    with qtbot.waitSignal(r.computed, timeout=5000) as sig:
        r.compute()
    assert str(sig.args[0].ikm) == "86.63"           # 31.5 × 0.11 × 25 = 86.625 → 86.63
    assert "86,63 — mutu B" in r.summary.text() and r.table.rowCount() == 9
    assert r.table.item(7, 0).text() == "U9"          # the questionnaire's order
    r.build_pdf()
    qtbot.waitUntil(lambda: r.preview.page_count() >= 1, timeout=10000)
    assert r.preview.isVisible() and r.preview.print_button.isEnabled()
    qtbot.keyClick(r.preview.view, Qt.Key.Key_Escape)       # Tutup: the pane goes again
    assert not r.preview.isVisible()
