"""The administrator's pages (pytest-qt): permit types, calendar, office.

Set LOKET_SCREENSHOTS=1 to write each page, in the main window at 1366×768,
to docs/screenshots/admin-*.png."""
from __future__ import annotations

import io
import os
from datetime import date
from pathlib import Path

import pdfplumber
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from sqlalchemy import func, select

from app import config
from app.services import applications, intake, officers, permit_types
from db.models import AuditRecord, NonWorkingDay, PermitType
from tests.intake_helpers import complete, form, walkin

pytestmark = pytest.mark.dates

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
ADMIN_PW = "Kantor-Pusat-2026"


@pytest.fixture
def admin(session):
    return officers.setup_first_admin(session, "siti", "Siti Rahmawati", "198503122010012003", ADMIN_PW,
                                      "ADMIN-1")


@pytest.fixture
def window(qtbot, loket, admin):
    """The main window of the administrator at 1366×768, on a page."""
    from ui.main_window import MainWindow
    made = []

    def make(key):
        w = MainWindow(loket, admin, background=False)
        qtbot.addWidget(w)
        w.resize(1366, 768)
        w.show()
        qtbot.waitExposed(w)
        w.show_page(key)
        made.append(w)
        return w, w.stack.currentWidget()

    yield make
    from ui import worker
    worker.wait_all()


def shot(w, name: str) -> None:
    if os.environ.get("LOKET_SCREENSHOTS"):
        from PySide6.QtTest import QTest
        QTest.qWait(700)          # the PDF view renders its pages asynchronously
        w.grab().save(str(SHOTS / f"admin-{name}.png"))


def audit_count(session) -> int:
    session.expire_all()
    return session.scalar(select(func.count()).select_from(AuditRecord))


# --- permit types ---------------------------------------------------------------------------

def test_add_permit_type_then_take_in_a_walkin_and_print_its_receipt(qtbot, window, loket, session, admin,
                                                                     actor_factory, tmp_path, monkeypatch):
    w, page = window("admin_permit_types")
    assert page.table.rowCount() == 14
    # counter 2 is open on the same bus before the type exists (its list refreshes itself)
    from ui.pages.intake import IntakePage
    l2 = actor_factory("LOKET2", name="Rina Marlina")
    counter = IntakePage(loket, l2, w.bus)
    qtbot.addWidget(counter)
    counter.resize(1366, 720)
    assert counter.form.inputs["permit_type"].findData("IKAN-HIAS") < 0
    qtbot.waitUntil(lambda: page.preview.page_count() == 1, timeout=10_000)
    page.add()
    ed = page.editor
    # bad input first: no name → one line beside the name field, nothing stored
    qtbot.keyClicks(ed.code, "ikan-hias")
    before = audit_count(session)
    page.save()
    assert ed.messages["name"].isVisible() and "wajib diisi" in ed.messages["name"].text()
    assert audit_count(session) == before
    qtbot.keyClicks(ed.name, "Izin Usaha Budidaya Ikan Hias")
    ed.days.setValue(4)
    ed.template.setCurrentIndex(ed.template.findData("sk_izin_usaha"))
    ed.tabs.setCurrentIndex(1)
    for name, mandatory, original, note in (("Formulir permohonan", True, True, "Ditandatangani di atas meterai"),
                                            ("Fotokopi KTP pemohon", True, False, ""),
                                            ("Foto lokasi kolam", False, False, "")):
        ed.add_requirement(name, mandatory, original, note)
    # reorder: the photo first, then back
    ed.reqs.table.setCurrentCell(2, 0)
    ed.reqs.move(-1)
    assert ed.reqs.table.item(1, 0).text() == "Foto lokasi kolam"
    ed.reqs.move(1)
    ed.tabs.setCurrentIndex(2)
    ed.add_field("Luas kolam (m²)", "angka", True, ())
    ed.add_field("Jenis ikan", "pilihan", False, ("Koi", "Cupang", "Arwana"))
    # the live preview follows the editor: the receipt's checklist, then the SK with sample data
    qtbot.waitUntil(lambda: not page.preview_timer.isActive(), timeout=3000)
    qtbot.waitUntil(lambda: "Foto lokasi kolam" in pdf_text(page.preview.data), timeout=10_000)
    ed.tabs.setCurrentIndex(1)
    shot(w, "permit-types-receipt")
    page.show_sk.setChecked(True)
    qtbot.waitUntil(lambda: "IKAN HIAS" in pdf_text(page.preview.data), timeout=10_000)
    assert "Luas kolam" in pdf_text(page.preview.data)
    ed.tabs.setCurrentIndex(2)
    shot(w, "permit-types-sk")
    page.save()
    assert not any(m.isVisible() for m in ed.messages.values()), [m.text() for m in ed.messages.values()]
    saved = permit_types.get(session, "IKAN-HIAS")
    assert [r.name for r in saved.requirements] == ["Formulir permohonan", "Fotokopi KTP pemohon", "Foto lokasi kolam"]
    assert saved.requirements[0].note == "Ditandatangani di atas meterai" and saved.fields[1].choices[0] == "Koi"
    assert page.table.rowCount() == 15 and page.editing == "IKAN-HIAS"
    assert audit_count(session) == before + 1

    # counter 2 takes in a walk-in of the new type, with its typed technical data, and prints its receipt
    assert counter.form.inputs["permit_type"].findData("IKAN-HIAS") >= 0
    counter.show()
    counter.form.set_values(form(permit_type="IKAN-HIAS"))
    assert counter.form.values()["permit_type"] == "IKAN-HIAS"
    from PySide6.QtWidgets import QComboBox
    area, fish = counter.form.inputs["teknis:Luas kolam (m²)"], counter.form.inputs["teknis:Jenis ikan"]
    assert isinstance(fish, QComboBox) and [fish.itemText(i) for i in range(1, 4)] == ["Koi", "Cupang", "Arwana"]
    assert not counter.form.tech_group.isHidden()
    assert not counter.form.submit()                     # required at registration: one line beside it
    assert "wajib diisi" in counter.form.messages["teknis:Luas kolam (m²)"].text()
    counter.stack.setCurrentWidget(counter.form)
    qtbot.keyClicks(area, "12a,5", delay=70)     # by hand (a scanner types faster); no letters in a number
    assert area.text() == "12,5"
    fish.setCurrentIndex(fish.findData("Koi"))
    if os.environ.get("LOKET_SCREENSHOTS"):
        from PySide6.QtWidgets import QScrollArea
        counter.form.findChild(QScrollArea).ensureWidgetVisible(fish)
        counter.grab().save(str(SHOTS / "admin-counter2-technical.png"))
    assert counter.form.submit()
    qtbot.waitUntil(lambda: counter.stack.currentWidget() is counter.file, timeout=10_000)
    assert [it.name for it in counter.model.items] == [
        "Formulir permohonan", "Fotokopi KTP pemohon", "Foto lokasi kolam"]
    # the administrator's note for the counter shows on the line
    tip = counter.model.data(counter.model.index(0, 1), Qt.ItemDataRole.ToolTipRole)
    assert "Ditandatangani di atas meterai" in (tip or ""), tip
    complete(counter.model.items)
    counter.model.layoutChanged.emit()
    counter.accept()
    qtbot.waitUntil(lambda: counter.stack.currentWidget() is counter.preview, timeout=10_000)
    text = pdf_text(counter.preview.data)
    assert "Izin Usaha Budidaya Ikan Hias" in text and "Foto lokasi kolam" in text and "4 hari kerja" in text
    out = tmp_path / "tt.pdf"

    def to_file(printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return True
    counter.preview.choose_printer = to_file
    counter.preview.print_document()
    assert out.exists() and out.stat().st_size > 10_000
    with loket.Session() as s:
        app = applications.get(s, counter.app_no)
        assert app.state == "RECEIVED" and app.permit_type.code == "IKAN-HIAS"
        assert app.technical_data == {"Luas kolam (m²)": "12,5", "Jenis ikan": "Koi"}
        assert intake.print_count(s, intake.latest_document(s, app).id) == 1

    # now in use: deactivated (never deleted); it leaves the list counter 2 offers
    w.activateWindow()
    page.search.setText("ikan")
    assert page.table.rowCount() == 1 and "dipakai 1 permohonan" in page.table.item(0, 1).toolTip()
    monkeypatch.setattr("ui.pages.admin_permit_types.confirm", lambda *a, **k: True)
    page.toggle()
    session.expire_all()
    assert session.scalar(select(PermitType.active).where(PermitType.code == "IKAN-HIAS")) is False


def test_import_permit_types_from_sicantik_on_the_page(qtbot, window, loket, session, fake):
    """Admin — Jenis izin → Impor dari SiCantik…: fetch the proposals off the GUI thread,
    look at them (nothing changed yet), import: the list shows the new types."""
    from tests.fake_sicantik import configure
    configure(loket, fake)
    fake.rows = [{"no_permohonan": "SC/1", "tgl_pengajuan": "2026-11-20", "jenis_izin_id": "77",
                  "jenis_izin": "Izin Usaha Perikanan", "lama_proses": "6 hari",
                  "persyaratan": [{"nama_syarat": "Fotokopi KTP", "is_wajib": "1"}]},
                 {"no_permohonan": "SC/3", "tgl_pengajuan": "2026-11-21", "jenis_izin_id": "12",
                  "jenis_izin": "Surat Izin Praktik Dokter"}]
    w, page = window("admin_permit_types")
    page.sicantik_button.click()
    dlg = page.sicantik_dialog
    dlg.fetch_button.click()
    assert "ID Template" in dlg.error.text()                      # nothing asked of SiCantik yet
    dlg.template.setText("jenis")
    before = audit_count(session)
    dlg.fetch_button.click()
    qtbot.waitUntil(lambda: dlg.table.rowCount() == 2, timeout=10_000)
    assert [dlg.table.item(r, 0).text() for r in range(2)] == ["baru", "dipetakan"]
    assert "Belum ada yang diubah" in dlg.status.text() and audit_count(session) == before
    shot(dlg, "permit-types-sicantik")
    dlg.import_button.click()
    qtbot.waitUntil(lambda: "Impor selesai" in dlg.status.text(), timeout=10_000)
    qtbot.waitUntil(lambda: page.table.rowCount() == 15, timeout=5000)
    assert permit_types.get(session, "SC-77").service_days == 6 and audit_count(session) > before
    dlg.reject()


def pdf_text(data: bytes) -> str:
    if not data:
        return ""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(p.extract_text() or "" for p in pdf.pages)


def test_edit_refusal_shows_beside_the_field(qtbot, window, session):
    w, page = window("admin_permit_types")
    page.search.setText("SIP-DOK")
    assert page.editing == "SIP-DOK"
    ed = page.editor
    before = audit_count(session)
    ed.code.setText("SIP-DRG")                  # someone else's code
    page.save()
    assert ed.messages["code"].isVisible() and "sudah dipakai" in ed.messages["code"].text()
    ed.code.setText("SIP-DOK")
    ed.template.setCurrentIndex(ed.template.findData("sk_penelitian"))  # needs teknis fields SIP-DOK lacks
    page.save()
    assert ed.messages["template"].isVisible() and "Judul penelitian" in ed.messages["template"].text()
    assert audit_count(session) == before


# --- calendar -------------------------------------------------------------------------------

def test_calendar_closure_moves_a_due_date(qtbot, window, session, actor_factory, monkeypatch):
    l2 = actor_factory("LOKET2")
    app = walkin(session, l2)
    intake.accept(session, l2, app.id, complete(intake.checklist(session, app)))
    assert app.due_date == date(2026, 12, 3)
    w, page = window("admin_calendar")
    assert page.year.value() == 2026
    kinds = {page.table.item(r, 2).text() for r in range(page.table.rowCount())}
    assert {"Libur nasional", "Cuti bersama"} <= kinds
    # a national holiday is refused beside the date; nothing stored
    page.day.setDate(page.day.date().fromString("25-12-2026", "dd-MM-yyyy"))
    page.reason.setText("Rapat")
    page.add()
    assert page.day_message.isVisible() and "sudah hari libur" in page.day_message.text()
    assert session.scalar(select(func.count()).select_from(NonWorkingDay)) == 0
    page.day.setDate(page.day.date().fromString("01-12-2026", "dd-MM-yyyy"))
    page.reason.setText("Pemadaman listrik gedung")
    page.add()
    assert not page.day_message.isVisible()
    assert page.moved.isVisible() and page.moved.rowCount() == 1
    assert app.no_permohonan in page.moved.item(0, 0).text()
    assert page.moved.item(0, 1).text() == "03-12-2026" and page.moved.item(0, 2).text() == "04-12-2026"
    session.expire_all()
    assert applications.get(session, app.id).due_date == date(2026, 12, 4)
    row = next(r for r in range(page.table.rowCount()) if page.table.item(r, 3).text() == "Pemadaman listrik gedung")
    assert page.table.item(row, 2).text() == "Penutupan kantor"
    page.table.selectRow(row)
    page.calendar.setCurrentPage(2026, 12)
    shot(w, "calendar")
    monkeypatch.setattr("ui.pages.admin_calendar.confirm", lambda *a, **k: True)
    page.remove()
    session.expire_all()
    assert applications.get(session, app.id).due_date == date(2026, 12, 3)
    # office hours: a bad value beside the field, a good one stored
    page.hours.setText("16:00-08:00")
    page.save_hours()
    assert page.hours_message.isVisible()
    page.hours.setText("07:30-15:30")
    page.save_hours()
    assert config.get(session, "office.hours") == "07:30-15:30"


# --- office ---------------------------------------------------------------------------------

def test_office_identity_numbering_and_connections(qtbot, window, session, loket, memory_keyring):
    w, page = window("admin_office")
    shot(w, "office-identity")
    # what the documents still lack is named at the top (issue 16)
    assert page.identity_gaps.isVisible() and "Pangkat/golongan" in page.identity_gaps.text()
    # the shipped sample shows in its field: it is named as a sample, not as "belum diisi" (review)
    empty_line, sample_line = page.identity_gaps.text().split("\n")
    assert empty_line.startswith("Belum diisi") and "Pangkat/golongan" in empty_line
    assert sample_line.startswith("Masih contoh bawaan") and "Pemerintah daerah" in sample_line
    assert "Pemerintah daerah" not in empty_line
    ident = page.identity
    ident.inputs["office.head_name"].setText("Dr. H. Ahmad Fauzi, M.Si.")
    ident.inputs["office.head_nip"].setText("1970010119950310")   # 16 digits
    before = audit_count(session)
    page.save("identity")
    assert ident.messages["office.head_nip"].isVisible() and "18 digit" in ident.messages["office.head_nip"].text()
    assert audit_count(session) == before
    ident.inputs["office.head_nip"].setText("197001011995031001")
    page.save("identity")
    assert config.get(session, "office.head_name") == "Dr. H. Ahmad Fauzi, M.Si."
    assert audit_count(session) == before + 1

    page.tabs.setCurrentIndex(1)
    num = page.numbering
    qtbot.waitUntil(lambda: num.extras["numbering.receipt"].text() == "Nomor berikutnya: TT/ADMIN-1/2026/00001",
                    timeout=5000)
    box = num.inputs["numbering.receipt"]
    box.setText("TT/{year}/{seq:05}")
    box.textEdited.emit(box.text())
    assert "{workstation}" in num.messages["numbering.receipt"].text()
    page.save("numbering")
    assert config.get(session, "numbering.receipt") == "TT/{workstation}/{year}/{seq:05}"
    box.setText("TT/{workstation}/{year}/{seq:05}")
    rejection = num.inputs["numbering.rejection"]
    rejection.setText(config.get(session, "numbering.permit"))   # the same as the SK's: refused
    page.save("numbering")
    assert "sama dengan format sk izin" in num.messages["numbering.rejection"].text()
    rejection.setText(config.get(session, "numbering.rejection"))
    box.setText("TTB/{workstation}/{month_roman}/{year}/{seq:04}")
    box.textEdited.emit(box.text())
    qtbot.waitUntil(lambda: num.extras["numbering.receipt"].text() == "Nomor berikutnya: TTB/ADMIN-1/XI/2026/0001",
                    timeout=5000)
    page.save("numbering")
    assert config.get(session, "numbering.receipt") == "TTB/{workstation}/{month_roman}/{year}/{seq:04}"
    shot(w, "office-numbering")

    page.tabs.setCurrentIndex(2)
    page.test("central")
    qtbot.waitUntil(lambda: page.results["central"].text().startswith("Belum siap"), timeout=5000)
    conn = page.conn_forms["central"]
    conn.inputs["central.url"].setText("postgresql+psycopg://loket@127.0.0.1:1/loket")
    page.secret_inputs["central.password"].setText("rahasia-kantor-123")
    page.save("connections")
    assert memory_keyring.store[("loket", "central.password")] == "rahasia-kantor-123"
    assert page.secret_inputs["central.password"].text() == ""
    assert "tersimpan" in page.secret_inputs["central.password"].placeholderText()
    page.test("central")
    qtbot.waitUntil(lambda: page.results["central"].text().startswith("Gagal"), timeout=15_000)
    assert "rahasia-kantor-123" not in page.results["central"].text()
    page.test("sicantik")
    qtbot.waitUntil(lambda: page.results["sicantik"].text().startswith("Belum siap"), timeout=5000)
    shot(w, "office-connections")
    # a yes/no setting is a checkbox, saved as the typed value
    from PySide6.QtWidgets import QCheckBox
    enabled = page.conn_forms["notify"].inputs["notify.enabled"]
    assert isinstance(enabled, QCheckBox) and not enabled.isChecked()
    assert enabled.text() == "Kirim pemberitahuan"
    enabled.setChecked(True)
    page.save("connections")
    session.expire_all()
    assert config.get(session, "notify.enabled") is True
    page.refresh()
    assert enabled.isChecked()
    session.expire_all()
    summaries = " ".join(session.scalars(select(AuditRecord.summary)))
    assert "rahasia-kantor-123" not in summaries and "central.password" in summaries


def test_nip_is_shown_grouped_as_on_documents():
    from ui.pages.admin_officers import fmt_nip
    assert fmt_nip("198001012005011001") == "19800101 200501 1 001"
    assert fmt_nip("12345") == "12345"          # not an 18-digit NIP: as it is
    assert fmt_nip(None) == ""
