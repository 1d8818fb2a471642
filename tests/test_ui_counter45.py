"""Counter 4 and 5 pages, driven by keyboard as the officers do."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from sqlalchemy import select

from app.services import issuance
from db.models import DocumentPrint
from tests import counter45_helpers as h

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (raise|propagateSizeHints)")


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
    assert page.preview.page_count() == 1
    assert "SHA-256" in page.fields["source"].text()
    with qtbot.waitSignal(page.printed, timeout=5000):
        qtbot.keyClick(page.scan, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: page.view_data.reprintable, timeout=5000)
    assert (tmp_path / "printed-0.pdf").stat().st_size > 0
    # reprint without a reason: refused on the spot, nothing recorded
    qtbot.keyClick(page.scan, Qt.Key.Key_F6)
    assert "alasan" in page.message.text().lower()
    qtbot.keyClicks(page.reason, "Kertas macet")
    with qtbot.waitSignal(page.printed, timeout=5000):
        qtbot.keyClick(page.reason, Qt.Key.Key_F6)
    page.legal_copies.setValue(3)
    with qtbot.waitSignal(page.printed, timeout=5000):
        qtbot.keyClick(page.scan, Qt.Key.Key_F7)
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
