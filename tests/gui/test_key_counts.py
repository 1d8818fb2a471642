"""How many keys a counter takes, counted on the real pages (the numbers the issue
tracks: counter 2's intake of an 8-requirement file, counter 5's handover). A key
is one press of a key or chord (Ctrl+Enter is one); what a barcode scanner types
and what the applicant answers on the survey screen are counted apart.

    counter 2, row by row (Space = ADA, sheets, Enter = next row): 24 + accept = 25
      (32 when Enter left the cursor in "Lembar" and Down had to follow; the Space
      on the next row then fell on "Lembar", where it changes nothing)
    counter 2 with "Semua ADA" (Ctrl+Shift+A), sheets typed (digit, Enter): 1 + 16 + accept = 18
      (25 with the Down that Enter now saves)
    counter 2 with "Semua ADA", one sheet each (the default): 1 + accept = 2
    counter 5, the officer: F6 (survey), F9 + Enter (hand over) = 3
    counter 5, the applicant: 9 answers + education + occupation + send = 12
      (16 before gender and age were taken from the NIK)
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests import counter45_helpers as h
from tests.intake_helpers import walkin

pytestmark = pytest.mark.dates


class Keys:
    def __init__(self, qtbot):
        self.qtbot, self.n = qtbot, 0

    def press(self, widget, key, mod=Qt.KeyboardModifier.NoModifier) -> None:
        self.n += 1
        self.qtbot.keyClick(widget, key, mod)
        self.qtbot.wait(60)     # counter 2's scan catcher replays typed keys after 50 ms


def intake_page(qtbot, loket, officer):
    from ui.bus import Bus
    from ui.pages.intake import IntakePage
    p = IntakePage(loket, officer, Bus())
    qtbot.addWidget(p)
    p.resize(1366, 698)
    p.show()
    qtbot.waitExposed(p)
    p.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is p, timeout=3000)
    return p


@pytest.mark.parametrize("how, most", [("row by row", 25), ("Semua ADA, sheets typed", 18),
                                       ("Semua ADA", 2)])
def test_counter2_keys_for_an_8_requirement_file(qtbot, loket, session, actor_factory, how, most):
    officer = actor_factory("LOKET2", name="Siti Rahmawati")
    app = walkin(session, officer)
    page = intake_page(qtbot, loket, officer)
    page.open_application(app.id)                       # as the scan of its number does
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.file, timeout=5000)
    table = page.table
    table.setFocus()
    rows = page.model.rowCount()
    assert rows == 8
    keys = Keys(qtbot)
    if how.startswith("Semua ADA"):
        keys.press(table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    from ui.pages.intake_checklist import PRESENT
    for r in range(rows if how != "Semua ADA" else 0):
        # each row starts on its own status cell: Enter after the count went there
        assert table.currentIndex().row() == r and table.currentIndex().column() == PRESENT
        if how == "row by row":
            keys.press(table, Qt.Key.Key_Space)                 # ADA
            assert page.model.items[r].present
        keys.press(QApplication.focusWidget() or table, Qt.Key.Key_2)    # sheets
        keys.press(QApplication.focusWidget() or table, Qt.Key.Key_Return)
        qtbot.wait(80)
    qtbot.wait(80)
    assert all(it.present for it in page.model.items)
    if how != "Semua ADA":
        assert all(it.sheets == 2 for it in page.model.items)
    assert page.accept_button.isEnabled()
    keys.press(table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)   # accept: the receipt
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.preview, timeout=10_000)
    print(f"\ncounter 2, {how}: {keys.n} keys")
    assert keys.n <= most


def test_counter5_keys_for_a_handover(qtbot, loket, session):
    from app.services import issuance
    from tests.gui_keys import answer_next_box
    from ui.pages.counter5 import Counter5Page
    no = h.signed(session)
    issuance.print_sk(session, h.LOKET4, no)
    page = Counter5Page(loket, h.LOKET5)
    qtbot.addWidget(page)
    page.resize(1366, 698)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page, timeout=3000)
    ho = page.handover
    qtbot.keyClicks(ho.scan, issuance.open_file(session, no).receipt_number)   # the scanner
    qtbot.keyClick(ho.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ho.view_data is not None, timeout=5000)
    officer, applicant = Keys(qtbot), Keys(qtbot)
    officer.press(ho.scan, Qt.Key.Key_F6)
    w = ho.survey_window
    w.thanks_ms = 10
    for k in [Qt.Key.Key_4] * 9 + [Qt.Key.Key_3, Qt.Key.Key_1]:
        i = w.index
        applicant.press(w.focusWidget() or w, k)
        qtbot.waitUntil(lambda i=i: w.index == i + 1, timeout=2000)
    applicant.press(w.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: ho.view_data.survey.code == "DONE", timeout=5000)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page and ho.scan.hasFocus(), timeout=3000)
    # this set-up has no printed counter-2 receipt to scan as proof: its absence is explained
    # (typed data, not counted as keys)
    ho.lost_reason.setText("Tanda terima tertinggal di rumah")
    answer_next_box(qtbot, Qt.Key.Key_Return)
    officer.n += 1                                     # the Enter that confirms
    with qtbot.waitSignal(ho.handed_over, timeout=5000):
        officer.press(ho.scan, Qt.Key.Key_F9)
    print(f"\ncounter 5: officer {officer.n} keys, applicant {applicant.n} keys")
    assert officer.n <= 3 and applicant.n <= 12
