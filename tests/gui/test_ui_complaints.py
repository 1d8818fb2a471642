"""Complaints at counter 5, by keyboard: the receipt the complainant takes home, a
follow-up that says nothing refused beside the field, no accidental close, and a
closed complaint that still takes its final reply."""
from __future__ import annotations

import io

import pdfplumber
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from db.models import DocumentPrint
from tests import counter45_helpers as h
from tests.gui_keys import answer_next_box


def pdf_text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(p.extract_text() or "" for p in pdf.pages)


@pytest.fixture
def panel(session, loket, qtbot):
    from app import config
    from ui.pages.counter5 import Counter5Page
    config.set_(session, "office.phone", "(021) 8765 4321")
    session.commit()
    page = Counter5Page(loket, h.LOKET5)
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page, timeout=3000)
    qtbot.keyClick(page.handover.scan, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    return page, page.complaints


def test_complaint_receipt_flow_and_no_accidental_close(session, panel, qtbot, tmp_path):
    from app.services import complaints
    page, c = panel
    qtbot.keyClicks(c.topic, "Antrean lama")
    qtbot.keyClicks(c.text, "Menunggu lebih dari satu jam di Loket 2.")
    with qtbot.waitSignal(c.registered, timeout=5000) as sig:
        qtbot.keyClick(c.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    ticket = sig.args[0]
    # in person: the receipt opens at once, Ctrl+P would print it
    qtbot.waitUntil(lambda: c.receipt_dialog is not None and c.receipt_dialog.isVisible(), timeout=10_000)
    view = c.receipt_dialog.findChild(type(page.handover.preview))
    text = pdf_text(view.data)
    assert "TANDA TERIMA PENGADUAN" in text and ticket in text
    assert "Cara menanyakan tindak lanjut" in text and "Loket 5" in text and "SP4N-LAPOR!" in text
    assert "Antrean lama" in text and "Maya Loket Lima" in text and "(021) 8765 4321" in text
    assert view.print_button.isEnabled() and view.print_button.hasFocus()

    # printing it records the print, as every document's print is recorded
    def to_file(printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "pengaduan.pdf"))
        printer.setResolution(72)
        return True
    view.choose_printer = to_file
    assert view.print_document() == 1
    session.expire_all()
    (doc,) = complaints.receipts(session, ticket)
    assert [p.kind for p in session.scalars(select(DocumentPrint).where(
        DocumentPrint.document_id == doc.id))] == ["PRINT"]
    qtbot.keyClick(view.print_button, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not c.receipt_dialog.isVisible() if c.receipt_dialog else True, timeout=3000)

    qtbot.waitUntil(lambda: c.table.rowCount() == 1, timeout=5000)
    page.activateWindow()       # the officer's window again, once the receipt has closed
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page, timeout=3000)
    c.table.setFocus()
    c.table.selectRow(0)
    # the status box is never "Selesai" by default
    assert c.next_status.currentData() == "DIPROSES"
    # a follow-up that says nothing: refused beside the field, nothing saved
    qtbot.keyClick(c.response, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert c.response_error.isVisible() and "tanggapan" in c.response_error.text().lower()
    session.expire_all()
    assert [u.status for u in complaints.history(session, ticket)] == ["DITERIMA"]
    c.response.setFocus()         # the officer is in the response field
    qtbot.keyClicks(c.response, "Diteruskan ke Kepala Seksi.")
    assert not c.response_error.isVisible()              # the reason goes once the field is filled
    with qtbot.waitSignal(c.updated, timeout=5000):
        qtbot.keyClick(c.response, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: c.table.item(0, 4).text() == "Diproses", timeout=5000)
    # in progress: the next Ctrl+S is another follow-up, not a close
    c.table.selectRow(0)
    assert c.next_status.count() == 2 and c.next_status.currentData() == "DIPROSES"
    c.response.setFocus()         # the officer is in the response field
    qtbot.keyClicks(c.response, "Kepala Seksi menambah petugas di jam sibuk.")
    with qtbot.waitSignal(c.updated, timeout=5000):
        qtbot.keyClick(c.response, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(complaints.history(session, ticket)) == 3, timeout=5000)
    session.expire_all()
    assert complaints.get(session, ticket).status == "DIPROSES"
    # closing asks first: Esc keeps it open, Enter closes
    qtbot.waitUntil(lambda: c.table.rowCount() == 1 and c.table.item(0, 4).text() == "Diproses", timeout=5000)
    c.table.selectRow(0)
    c.next_status.setCurrentIndex(c.next_status.findData("SELESAI"))
    c.response.setFocus()         # the officer is in the response field
    qtbot.keyClicks(c.response, "Petugas tambahan sudah bertugas sejak 1 Desember.")
    asked = []
    answer_next_box(qtbot, Qt.Key.Key_Escape, asked)
    qtbot.keyClick(c.response, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "Tutup pengaduan" in asked[0] and "tetap terbuka" in c.message.text()
    session.expire_all()
    assert complaints.get(session, ticket).status == "DIPROSES"
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page, timeout=3000)
    c.response.setFocus()
    answer_next_box(qtbot, Qt.Key.Key_Return)
    with qtbot.waitSignal(c.updated, timeout=5000):
        qtbot.keyClick(c.response, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: c.table.item(0, 4).text() == "Selesai", timeout=5000)
    # closed: the status box still offers the final reply, and Simpan works
    c.table.selectRow(0)
    assert c.next_status.count() == 1 and c.next_status.isEnabled() and c.save_button.isEnabled()
    assert "tanggapan akhir" in c.next_status.currentText()
    page.activateWindow()         # back from the question box
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page, timeout=3000)
    c.response.setFocus()         # the officer is in the response field
    qtbot.keyClicks(c.response, "Surat jawaban resmi dikirim ke pengadu.")
    with qtbot.waitSignal(c.updated, timeout=5000):
        qtbot.keyClick(c.response, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    session.expire_all()
    done = complaints.get(session, ticket)
    assert done.status == "SELESAI" and done.response == "Surat jawaban resmi dikirim ke pengadu."
    assert [u.status for u in complaints.history(session, ticket)] == [
        "DITERIMA", "DIPROSES", "DIPROSES", "SELESAI", "SELESAI"]
    # the receipt again, for the selected complaint (Ctrl+P)
    c.table.selectRow(0)
    c.receipt_dialog = None
    qtbot.keyClick(c.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: c.receipt_dialog is not None, timeout=10_000)
    c.receipt_dialog.close()


def test_complaint_by_telephone_opens_no_receipt_by_itself(session, panel, qtbot):
    page, c = panel
    c.channel.setCurrentIndex(c.channel.findData("TELEPON"))
    qtbot.keyClicks(c.topic, "Informasi biaya")
    qtbot.keyClicks(c.text, "Apakah izin praktik dokter dipungut biaya?")
    with qtbot.waitSignal(c.registered, timeout=5000):
        qtbot.keyClick(c.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    from ui import worker
    worker.wait_all()
    qtbot.wait(50)
    assert c.receipt_dialog is None and "Tanda terimanya" not in c.message.text()
