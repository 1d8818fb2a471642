"""Counter 2 screen, driven only from the keyboard (pytest-qt)."""
from __future__ import annotations

import io

import pdfplumber
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QLineEdit

from app import clock
from app.services import applications, intake
from tests.intake_helpers import NIK_P, complete, walkin

# Counts working days or dates: rerun by `make test-dates` under other real dates.
pytestmark = pytest.mark.dates

# the offscreen platform's own notices, not ours


@pytest.fixture
def officer(actor_factory):
    return actor_factory("LOKET2", name="Siti Rahmawati")


@pytest.fixture
def page(qtbot, loket, officer):
    from ui.bus import Bus
    from ui.pages.intake import IntakePage
    bus = Bus()
    p = IntakePage(loket, officer, bus)
    p.bus_events = []
    bus.applications_changed.connect(p.bus_events.append)
    qtbot.addWidget(p)
    p.resize(1366, 760)
    p.show()
    qtbot.waitExposed(p)
    p.activateWindow()
    return p


def type_text(qtbot, widget, text):
    """Type like a person: the scan catcher holds keys for 50 ms, then replays them."""
    qtbot.keyClicks(widget, text)
    qtbot.wait(80)


def focused(page):
    return QApplication.focusWidget()


def tab_to(qtbot, page, target, limit=80):
    for _ in range(limit):
        if focused(page) is target:
            return
        qtbot.keyClick(focused(page), Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.accessibleName()}")


def test_keyboard_only_walkin_accept_and_print(qtbot, page, session, tmp_path):
    form = page.form
    qtbot.keyClick(page.find_box, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.stack.currentWidget() is form
    assert focused(page) is form.inputs["permit_type"]
    # choose the permit type by typing its first letters in the combo box
    combo = form.inputs["permit_type"]
    combo.setFocus()
    while not combo.currentData() == "SIP-DOK":
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    tab_to(qtbot, page, form.inputs["nik"])
    type_text(qtbot, form.inputs["nik"], "32760157089")
    assert "16 digit" in form.messages["nik"].text()          # a message while typing
    assert form.inputs["nik"].property("invalid") is True
    type_text(qtbot, form.inputs["nik"], "00001")
    assert form.messages["nik"].text() == ""
    assert form.inputs["birth_date"].text() == "17-08-1990"   # filled from the NIK
    qtbot.keyClick(focused(page), Qt.Key.Key_Tab)
    assert focused(page) is form.inputs["name"]
    type_text(qtbot, form.inputs["name"], "Siti Aminah")
    tab_to(qtbot, page, form.inputs["address"])
    type_text(qtbot, form.inputs["address"], "Jl. Kenanga No. 5")
    tab_to(qtbot, page, form.inputs["mobile"])
    type_text(qtbot, form.inputs["mobile"], "081234567890")
    qtbot.keyClick(focused(page), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    # the file is open on the checklist, focus in the table
    assert page.stack.currentWidget() is page.file
    assert page.app_no.startswith("WI/LOKET2-A/")
    table = page.table
    assert focused(page) is table
    rows = page.model.rowCount()
    assert not page.accept_button.isEnabled()
    for r in range(rows):
        qtbot.keyClick(table, Qt.Key.Key_Space)
        if r < rows - 1:
            qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.wait(80)
    # the last (optional) row toggled back off: mark it TIDAK ADA explicitly
    assert all(it.present for it in page.model.items)
    # three sheets for the first row, typed as digits
    qtbot.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(table, Qt.Key.Key_3)
    qtbot.keyClick(focused(page), Qt.Key.Key_Return)
    qtbot.wait(80)
    assert page.model.items[0].sheets == 3
    # the draft is saved without any button (debounced)
    qtbot.waitUntil(lambda: not page.save_timer.isActive() and not page.saving, timeout=2000)
    with page.loket.Session() as s:
        saved = intake.checklist(s, applications.get(s, page.app_no))
    assert saved[0].present and saved[0].sheets == 3
    assert page.accept_button.isEnabled()

    qtbot.keyClick(table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.preview, timeout=10000)
    assert page.preview.page_count() == 1
    with page.loket.Session() as s:
        app = applications.get(s, page.app_no)
        assert app.state == "RECEIVED" and app.receipt_number
        ev = [e for e in applications.events(s, app.id) if e.action == "receive"][0]
        assert ev.data["duration_seconds"] is not None
    assert page.bus_events and page.bus_events[-1] == [app.id]
    qtbot.waitUntil(lambda: page.today_label.text() == "Hari ini: 1 diterima · 0 dikembalikan", timeout=5000)

    # print through the (stubbed) printer dialog into a PDF file
    out = tmp_path / "printed.pdf"

    def to_file(printer: QPrinter) -> bool:
        # the name the print dialog would offer for "print to file" has no "/" of the number
        assert "/" not in printer.docName() and "Tanda terima TT-LOKET2-A-" in printer.docName()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return True
    page.preview.choose_printer = to_file
    qtbot.keyClick(page.preview.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert out.exists() and out.stat().st_size > 10_000
    with page.loket.Session() as s:
        doc = intake.latest_document(s, applications.get(s, page.app_no))
        assert intake.print_count(s, doc.id) == 1
    # a second print is a recorded reprint, marked SALINAN
    page.preview.print_document()
    with pdfplumber.open(io.BytesIO(page.preview.data)) as pdf:
        assert "SALINAN" in pdf.pages[0].extract_text()
    # Esc: back to the find box for the next applicant
    qtbot.keyClick(page.preview.view, Qt.Key.Key_Escape)
    assert page.stack.currentWidget() is page.start and focused(page) is page.find_box


def test_scan_anywhere_opens_the_file(qtbot, page, session, officer):
    app = walkin(session, officer)
    issued = intake.accept(session, officer, app.id, complete(intake.checklist(session, app)))
    other = walkin(session, officer, nik="3276010101900002", gender="L", birth_date="01-01-1990",
                   name="Budi Santoso")
    # focus is in the find box's neighbour (a button); the scanner types the QR payload fast
    page.walkin_button.setFocus()
    qtbot.keyClicks(page.walkin_button, issued.document.data["qr"])
    qtbot.keyClick(page.walkin_button, Qt.Key.Key_Return)
    assert page.stack.currentWidget() is page.file and page.app_no == app.no_permohonan
    assert page.reprint_button.isVisible() and not page.accept_button.isVisible()
    # a scan while the focus is in the checklist of another file, or in a text field
    page.open_application(other.id)
    note = page.reason
    note.setFocus()
    qtbot.keyClicks(note, app.no_permohonan)
    qtbot.keyClick(note, Qt.Key.Key_Return)
    assert page.app_no == app.no_permohonan
    assert note.text() == ""          # the scanned characters never reached the field


def test_typing_is_not_mistaken_for_a_scan(qtbot, page):
    page.find_box.setFocus()
    for ch in "Siti":
        qtbot.keyClick(page.find_box, ch)
        qtbot.wait(70)
    assert page.find_box.text() == "Siti"
    qtbot.keyClick(page.find_box, Qt.Key.Key_Backspace)
    assert page.find_box.text() == "Sit"


def test_forged_qr_scan_is_refused(qtbot, page, session, officer):

    from app import qrsign
    app = walkin(session, officer)
    forged = qrsign.sign("TT", app.no_permohonan, "TT/X/2026/00001", clock.today(), key=b"z" * 32)
    qtbot.keyClicks(page.find_box, forged)
    qtbot.keyClick(page.find_box, Qt.Key.Key_Return)
    assert "tidak sah" in page.status.text() and page.stack.currentWidget() is page.start


def test_returned_file_reopens_with_checks_and_returns_slip(qtbot, page, session, officer):
    app = walkin(session, officer)
    page.find_box.setText(NIK_P)
    qtbot.keyClick(page.find_box, Qt.Key.Key_Return)
    qtbot.wait(80)
    assert page.app_no == app.no_permohonan
    page.model.toggle_present(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    qtbot.keyClick(page.table, Qt.Key.Key_Space)   # present
    qtbot.keyClick(page.table, Qt.Key.Key_Space)   # … and not present after all
    qtbot.wait(80)
    assert page.model.items[1].present is False
    page.reason.setText("Fotokopi KTP tidak terbaca")
    # Alt+K asks first: Esc keeps the file open, Alt+K + Enter returns it
    from tests.gui_keys import answer_next_box
    asked = []
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page, timeout=3000)
    answer_next_box(qtbot, Qt.Key.Key_Escape, asked)
    qtbot.keyClick(page.table, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: "dibatalkan" in page.status.text(), timeout=3000)   # a mnemonic clicks 100 ms later
    assert asked and app.no_permohonan in asked[0] and page.model.items[1].name in asked[0]
    assert page.stack.currentWidget() is page.file and "dibatalkan" in page.status.text()
    with page.loket.Session() as s:
        assert applications.get(s, app.id).state != "RETURNED"
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page, timeout=3000)
    answer_next_box(qtbot, Qt.Key.Key_Return)
    qtbot.keyClick(page.table, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.preview, timeout=10000)
    with pdfplumber.open(io.BytesIO(page.preview.data)) as pdf:
        text = pdf.pages[0].extract_text()
    assert "BUKTI PENGEMBALIAN BERKAS" in text and "Fotokopi KTP tidak terbaca" in text
    # the applicant comes back: earlier checks are filled in
    page.back_to_find()
    page.open_text(app.no_permohonan)
    assert page.model.items[0].present is True and page.model.items[1].present is False
    assert "pernah dikembalikan" in page.file_warning.text()
    # the return slip can be shown and reprinted from the reopened file
    assert page.reprint_button.isVisible() and "bukti pengembalian" in page.reprint_button.text()
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page, timeout=3000)
    qtbot.keyClick(page.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.preview, timeout=5000)
    assert page.stack.currentWidget() is page.preview and "Bukti pengembalian" in page.preview.caption.text()


def test_elapsed_time_against_standard(qtbot, page, session, officer):
    app = walkin(session, officer)
    page.open_application(app.id)
    assert "/ 10 menit" in page.elapsed_label.text()
    page.standard_seconds = 0
    qtbot.waitUntil(lambda: "melewati standar" in page.elapsed_label.text(), timeout=3000)


def test_daily_register_preview_and_csv(qtbot, page, session, officer, tmp_path):
    app = walkin(session, officer)
    intake.accept(session, officer, app.id, complete(intake.checklist(session, app)))
    qtbot.keyClick(page.find_box, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.preview, timeout=5000)
    assert page.stack.currentWidget() is page.preview and page.csv_button.isVisible()
    path = page.export_register_csv(str(tmp_path / "r.csv"))
    qtbot.waitUntil(lambda: (tmp_path / "r.csv").exists(), timeout=5000)
    assert "Siti Rahmawati;DITERIMA" in open(path, encoding="utf-8-sig").read()


def test_form_messages_beside_fields_on_submit(qtbot, page):
    page.new_walkin()
    assert not page.form.submit()
    msgs = {k: v.text() for k, v in page.form.messages.items() if v.text()}
    assert msgs["permit_type"] == "Jenis izin wajib diisi."
    assert msgs["nik"] == "NIK / nomor identitas wajib diisi." and msgs["mobile"] == "Nomor HP wajib diisi."
    assert isinstance(QApplication.focusWidget(), (QLineEdit, type(page.form.inputs["permit_type"])))


def test_unknown_number_is_looked_up_off_the_gui_thread(qtbot, page, officer, monkeypatch):
    import threading
    seen = []

    def fake_sicantik(s, actor, text):
        seen.append((text, threading.current_thread() is threading.main_thread()))
        if text != "SC/2026/0042":
            return None
        return walkin(s, officer, nik="3276010101900003", gender="L", birth_date="01-01-1990")
    monkeypatch.setattr(intake, "LOOKUPS", [fake_sicantik])
    page.find_box.setText("SC/2026/0042")
    page.open_text(page.find_box.text())
    assert "mencari di SiCantik" in page.status.text()
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.file, timeout=5000)
    assert seen == [("SC/2026/0042", False)]
    page.back_to_find()
    page.open_text("SC/2026/9999")
    qtbot.waitUntil(lambda: "tidak ditemukan" in page.status.text(), timeout=5000)


def test_markup_looking_names_show_literally(qtbot, page, session, officer):
    app = walkin(session, officer, name="<b>PT Maju & Jaya</b>")
    page.open_application(app.id)
    label = page.file_fields["applicant"]
    assert label.text().startswith("<b>PT Maju & Jaya</b>") and label.textFormat() == Qt.TextFormat.PlainText


def test_duplicate_flagged_while_typing_and_confirmed_before_creating(qtbot, page, session, officer):
    from tests.intake_helpers import form as walkin_form
    first = walkin(session, officer)
    page.new_walkin()
    page.form.set_values(walkin_form())
    page.form._check("nik")
    qtbot.waitUntil(lambda: page.form.duplicate_label.isVisible(), timeout=5000)
    assert first.no_permohonan in page.form.duplicate_label.text() and page.form.duplicate_label.isVisible()
    asked = []
    page.form.confirm_duplicate = lambda message: asked.append(message) or False
    assert not page.form.submit()
    assert asked and page.stack.currentWidget() is page.form
    with page.loket.Session() as s:
        assert len(applications.search(s, NIK_P)) == 1
    page.form.confirm_duplicate = lambda message: True
    assert page.form.submit()
    assert page.stack.currentWidget() is page.file and page.app_no != first.no_permohonan
    assert first.no_permohonan in page.file_warning.text()


def test_half_typed_walkin_survives_a_crash(qtbot, loket, officer, page):
    from ui.bus import Bus
    from ui.pages.intake import IntakePage
    page.new_walkin()
    nik = page.form.inputs["nik"]
    nik.setFocus()
    type_text(qtbot, nik, NIK_P)
    name = page.form.inputs["name"]
    name.setFocus()
    type_text(qtbot, name, "Siti Aminah")
    qtbot.waitUntil(lambda: page.form.draft_path.exists() and "Siti Aminah" in page.form.draft_path.read_text(
        encoding="utf-8"), timeout=3000)
    # "crash": a new page (as after a restart) on the same data folder
    again = IntakePage(loket, officer, Bus())
    qtbot.addWidget(again)
    again.new_walkin()
    values = again.form.values()
    assert values["nik"] == NIK_P and values["name"] == "Siti Aminah"
    assert "dipulihkan" in again.status.text()
    again.form.cancelled.emit()
    assert not again.form.draft_path.exists()


def test_checklist_keys_cannot_flip_a_status_by_typing(qtbot, page, session, officer):
    """Enter opens the note from any column; letters (and the spaces between them)
    go to the note; Space changes a status only on the status cell, and says so."""
    from ui.pages.intake_checklist import NAME, NOTE, PRESENT, SHEETS
    app = walkin(session, officer)
    page.open_application(app.id)
    table = page.table
    assert focused(page) is table and table.currentIndex().column() == PRESENT
    # row 1: TIDAK ADA, then a note typed straight away on the status cell
    qtbot.keyClick(table, Qt.Key.Key_Space)
    qtbot.keyClick(table, Qt.Key.Key_Space)
    qtbot.wait(80)                     # the scan catcher holds printable keys for 50 ms
    assert page.model.items[0].present is False
    assert "TIDAK ADA" in page.status.text() and page.model.items[0].name in page.status.text()
    type_text(qtbot, table, "STR kedaluwarsa")
    qtbot.keyClick(focused(page), Qt.Key.Key_Return)
    qtbot.wait(80)
    assert page.model.items[0].note == "STR kedaluwarsa"
    assert page.model.items[0].present is False          # the space in the note changed nothing
    # Enter from the name column and from the sheets column opens the note too
    for col in (NAME, SHEETS):
        table.setCurrentIndex(page.model.index(1, col))
        qtbot.keyClick(table, Qt.Key.Key_Return)
        assert table.state() == table.State.EditingState and table.currentIndex().column() == NOTE
        qtbot.keyClick(focused(page), Qt.Key.Key_Escape)
    # Space on a cell that is not a status changes nothing and says where it works
    before = page.model.items[1].present
    table.setCurrentIndex(page.model.index(1, NAME))
    qtbot.keyClick(table, Qt.Key.Key_Space)
    qtbot.wait(80)
    assert page.model.items[1].present is before and "kolom “Ada?”" in page.status.text()
    # on the status cell it toggles, and the row's new status is said in words
    table.setCurrentIndex(page.model.index(1, PRESENT))
    qtbot.keyClick(table, Qt.Key.Key_Space)
    qtbot.wait(80)
    assert page.model.items[1].present is True and "✔ ADA" in page.status.text()
    # a sheet count typed then Down: kept as typed (no spin-box step), the cursor one row down;
    # Enter after a count goes to the next requirement's status cell
    qtbot.keyClick(table, Qt.Key.Key_3)
    qtbot.keyClick(focused(page), Qt.Key.Key_Down)
    qtbot.wait(80)
    assert page.model.items[1].sheets == 3
    assert table.state() != table.State.EditingState and table.currentIndex().row() == 2
    qtbot.keyClick(table, Qt.Key.Key_4)
    qtbot.keyClick(focused(page), Qt.Key.Key_Return)
    qtbot.wait(80)
    assert page.model.items[2].sheets == 4 and page.model.items[2].present
    assert (table.currentIndex().row(), table.currentIndex().column()) == (3, PRESENT)
    assert focused(page) is table


def test_intake_clock_survives_a_restart(qtbot, loket, officer, page, session):
    """The elapsed time is saved with the autosaved checklist: after a crash the clock
    goes on from where it was, and the register records the whole check."""
    from ui.bus import Bus
    from ui.pages.intake import IntakePage
    app = walkin(session, officer)
    page.open_application(app.id)
    page._clock_offset = 95                       # as if 1 min 35 s had passed
    qtbot.keyClick(page.table, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.clock_saved_for(app.id) >= 95, timeout=3000)
    again = IntakePage(loket, officer, Bus())     # the "restart"
    qtbot.addWidget(again)
    again.open_application(app.id)
    assert again.elapsed_seconds() >= 95 and "01:3" in again.elapsed_label.text()
    again.model.mark_all_present()
    again.accept()
    qtbot.waitUntil(lambda: again.stack.currentWidget() is again.preview, timeout=10000)
    with loket.Session() as s:
        ev = [e for e in applications.events(s, app.id) if e.action == "receive"][0]
    assert ev.data["duration_seconds"] >= 95
    assert again.clock_saved_for(app.id) == 0     # done: forgotten
