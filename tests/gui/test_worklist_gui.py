"""The worklist page for each role: rows and counts, overdue marking, the action
forms (refusals keep the input and change nothing), signing, the tracking view,
the printed sheet and the overdue badge."""
from __future__ import annotations

import io
from datetime import datetime, timedelta

import pdfplumber
import pytest
from sqlalchemy import func, select

from app import clock
from app.services import backoffice as bo
from db.models import Application, WorkflowEvent
from tests.backoffice_support import ANALIS, KABID, KADIN, KASI, LOKET2, pdf_with_text, received_file, technical_for
from tests.tte_helpers import install_trust, kadis_signer

# Counts working days or dates: rerun by `make test-dates` under other real dates.
pytestmark = pytest.mark.dates


@pytest.fixture
def files(session):
    """Two overdue files (received weeks ago) and two fresh ones, all waiting on the analyst."""
    now = clock.now() - timedelta(hours=1)
    out = []
    for i, (code, days_ago, name) in enumerate([("SIP-DOK", 30, "Ahmad Fauzi"), ("SIPB", 25, "Bunga Citra"),
                                                 ("SIP-DOK", 0, "Citra Lestari"), ("TDUP", 0, "Dewi Sartika")]):
        out.append(received_file(session, code, f"SC-2026-{8000 + i:07d}", now - timedelta(days=days_ago),
                                 name=name, nik=f"32010141079{i:05d}"))
    return out


def make_page(qtbot, loket, actor):
    from ui.bus import Bus
    from ui.pages.worklist import WorklistPage
    page = WorklistPage(loket, actor, Bus())
    qtbot.addWidget(page)
    page.resize(1366, 760)
    page.show()
    qtbot.waitUntil(lambda: page.model.pages_arrived and not page.model.is_loading()
                    and page.chips[None].text().split()[-1] != "–", timeout=5000)
    return page


def pick(qtbot, page, no: str):
    row = next(i for i, r in enumerate(page.model.rows) if r.no_permohonan == no)
    page.table.selectRow(row)
    qtbot.waitUntil(lambda: page.panel.item is not None and page.panel.item.no_permohonan == no, timeout=5000)
    return page.panel.item


def submit(qtbot, dlg):
    dlg.ok.click()
    qtbot.waitUntil(lambda: not dlg.isVisible() or dlg.error.isVisible(), timeout=5000)


def count_events(session):
    session.expire_all()
    return session.scalar(select(func.count()).select_from(WorkflowEvent))


# The expected working-day counts below were read on this instant (03:00 WIB on Thursday).
@pytest.mark.clock("2026-11-25T20:00:00Z")
def test_analyst_worklist_rows_counts_overdue(qtbot, loket, session, files):
    from PySide6.QtCore import Qt

    from ui.pages.worklist import ROW_ROLE
    page = make_page(qtbot, loket, ANALIS)
    m = page.model
    assert [r.applicant_name for r in m.rows][:2] == ["Ahmad Fauzi", "Bunga Citra"]
    overdue = [m.data(m.index(i, 0), ROW_ROLE).overdue for i in range(m.rowCount())]
    assert overdue == [True, True, False, False]
    due_col = m.COLUMNS.index("due")
    assert m.data(m.index(0, due_col), Qt.ItemDataRole.ForegroundRole) is not None
    assert m.data(m.index(3, due_col), Qt.ItemDataRole.ForegroundRole) is None
    assert m.data(m.index(0, 1), Qt.ItemDataRole.ToolTipRole).startswith("Terlambat 18 hari kerja")
    assert page.chips[None].text().endswith("4") and page.chips["RECEIVED"].text().endswith("4")
    assert page.overdue_label.text() == "2 berkas terlambat"

    # filter by text and by "overdue only"
    qtbot.keyClicks(page.search, "citra")
    qtbot.waitUntil(lambda: [r.applicant_name for r in m.rows] == ["Citra Lestari"], timeout=5000)
    page.search.clear()
    page.overdue_only.setChecked(True)
    qtbot.waitUntil(lambda: [r.applicant_name for r in m.rows] == ["Ahmad Fauzi", "Bunga Citra"], timeout=5000)


def test_verify_form_refuses_then_saves(qtbot, loket, session, files):
    page = make_page(qtbot, loket, ANALIS)
    item = pick(qtbot, page, "SC-2026-0008002")
    assert [k for k, _ in item.actions] == ["verify"]
    dlg = page.panel.open_action("verify")
    before = count_events(session)
    submit(qtbot, dlg)                            # empty technical fields, result "memenuhi"
    assert dlg.isVisible() and "Data teknis belum lengkap" in dlg.error.text()
    assert count_events(session) == before
    for field, edit in dlg.inputs.items():
        edit.setText(f"data {field}")
    submit(qtbot, dlg)
    assert not dlg.isVisible()
    session.expire_all()
    app = session.scalar(select(Application).where(Application.no_permohonan == "SC-2026-0008002"))
    assert app.state == "VERIFIED" and app.technical_data["Nomor STR"] == "data Nomor STR"
    # the officer reads what happened and where the file is now
    assert page.feedback.isVisible() and "SC-2026-0008002" in page.feedback.text()
    # verified, the file stays with the analyst (the next step, the draft, is theirs too)
    assert "selesai. Berkas tetap di daftar Anda: Terverifikasi." in page.feedback.text()
    qtbot.waitUntil(lambda: page.chips["VERIFIED"].text().endswith("1"), timeout=5000)


def test_send_back_sign_and_tracking_sheet_through_the_gui(qtbot, loket, session, files, tmp_path):
    app = files[2]
    bo.verify(session, ANALIS, app.id, technical=technical_for(app.permit_type), result="MEMENUHI")
    bo.draft(session, ANALIS, app.id, outcome="IZIN", conditions=["Memasang papan nama praktik"])

    kasi = make_page(qtbot, loket, KASI)
    item = pick(qtbot, kasi, app.no_permohonan)
    assert [k for k, _ in item.actions] == ["kasi_approve", "kasi_send_back"]
    dlg = kasi.panel.open_action("kasi_send_back")
    submit(qtbot, dlg)
    assert dlg.isVisible() and "Alasan pengembalian wajib" in dlg.error.text()
    dlg.reason.setPlainText("Jadwal praktik belum sesuai")
    submit(qtbot, dlg)
    assert not dlg.isVisible()
    qtbot.waitUntil(lambda: kasi.model.total == 0, timeout=5000)

    analyst = make_page(qtbot, loket, ANALIS)
    pick(qtbot, analyst, app.no_permohonan)
    assert analyst.panel.send_back_note.isVisible()
    assert "Jadwal praktik belum sesuai" in analyst.panel.send_back_note.text()
    dlg = analyst.panel.open_action("draft")
    assert dlg.conditions.toPlainText() == "Memasang papan nama praktik"   # the earlier draft, to correct
    submit(qtbot, dlg)
    assert not dlg.isVisible()
    bo.approve(session, KASI, app.id)
    bo.approve(session, KABID, app.id)
    session.expire_all()
    # the GUI's redraft went back to the Kasi who asked for it; the Kabid's approval frees it
    assert session.get(Application, app.id).holder_id is None

    kadin = make_page(qtbot, loket, KADIN)
    pick(qtbot, kadin, app.no_permohonan)
    dlg = kadin.panel.open_action("sign")
    # the Kadis sees the final SK beside the form, stamped as a draft
    qtbot.waitUntil(lambda: dlg.preview.page_count() > 0, timeout=10_000)
    assert "belum bertanda tangan" in dlg.preview.caption.text()
    dlg.tte.setChecked(True)
    draft = tmp_path / "draf.pdf"
    dlg.export_to(str(draft))
    qtbot.waitUntil(lambda: draft.exists() and "Draf disimpan" in dlg.file_label.text(), timeout=5000)
    wrong = tmp_path / "salah.pdf"
    wrong.write_bytes(pdf_with_text("SURAT IZIN", "SC-2026-0009999"))
    dlg.set_pdf(str(wrong))
    submit(qtbot, dlg)
    assert dlg.isVisible() and "belum bertanda tangan elektronik" in dlg.error.text()
    install_trust(session)
    right = tmp_path / "sk-tte.pdf"
    right.write_bytes(kadis_signer().sign_pdf(draft.read_bytes(), clock.utcnow()))
    dlg.set_pdf(str(right))
    submit(qtbot, dlg)
    assert not dlg.isVisible()
    session.expire_all()
    signed = session.get(Application, app.id)
    assert signed.state == "SIGNED" and signed.permit_number.startswith("503/0001/DPMPTSP/")

    # the tracking tab of the worklist shows the journey and prints the sheet
    view = analyst.tracking
    view.show_application(app.id)
    qtbot.waitUntil(lambda: view.timeline is not None and view.timeline.state == "SIGNED", timeout=5000)
    texts = [view.table.item(r, 0).text() for r in range(view.table.rowCount())]
    assert any("Validasi Kasi — kembalikan" in t and "Jadwal praktik belum sesuai" in t for t in texts)
    assert view.compact and "Jadwal praktik belum sesuai" in view.steps_label.text()
    got = []
    view.open_preview = lambda pdf, title: got.append((pdf, title))
    view.print_button.click()
    qtbot.waitUntil(lambda: bool(got), timeout=10_000)
    with pdfplumber.open(io.BytesIO(got[0][0])) as pdf:
        text = pdf.pages[0].extract_text()
    assert app.no_permohonan in text and signed.permit_number in text and "LEMBAR KENDALI" in text


def test_tracking_page_and_overdue_badge(qtbot, loket, session, files):
    from PySide6.QtWidgets import QMainWindow

    from ui.bus import Bus
    from ui.pages.tracking import TrackingPage
    from ui.pages.worklist import add_overdue_badge
    page = TrackingPage(loket, LOKET2, Bus())
    qtbot.addWidget(page)
    page.show()
    qtbot.keyClicks(page.input, "SC-2026-0008000")
    qtbot.keyClick(page.input, "\r")
    qtbot.waitUntil(lambda: page.view.timeline is not None, timeout=5000)
    assert page.view.timeline.overdue and "TERLAMBAT" in page.view.fields["due"].text()
    page.input.setText("TIDAK-ADA")
    page.lookup()
    qtbot.waitUntil(lambda: "tidak ditemukan" in page.view.message.text(), timeout=5000)

    win = QMainWindow()
    qtbot.addWidget(win)
    win.loket, win.actor, win.bus = loket, ANALIS, Bus()
    badge = add_overdue_badge(win)
    qtbot.waitUntil(lambda: badge.count == 2, timeout=5000)
    assert "2 berkas terlambat" in badge.text()
    win.bus.actor_changed.emit(KASI)
    qtbot.waitUntil(lambda: badge.count == 0, timeout=5000)
    win.actor = LOKET2
    badge.set_actor(LOKET2)
    assert badge.count == 0 and not badge.isVisible()


def test_main_window_has_worklist_page_and_badge(qtbot, loket, session, files):
    from ui.main_window import MainWindow
    from ui.pages.worklist import WorklistPage
    w = MainWindow(loket, ANALIS)
    qtbot.addWidget(w)
    w.show()
    titles = [w.nav.item(i).text() for i in range(w.nav.count())]
    assert "Daftar Kerja" in titles and "Pelacakan Berkas" not in titles
    qtbot.waitUntil(lambda: w.overdue_badge.count == 2, timeout=5000)
    assert w.overdue_badge.isVisible() and "2 berkas terlambat" in w.overdue_badge.text()
    w.show_page("worklist")
    assert isinstance(w.stack.currentWidget(), WorklistPage)
    qtbot.waitUntil(lambda: w.stack.currentWidget().model.total == 4, timeout=5000)
    from ui import worker
    worker.wait_all()


def test_review_forms_and_enter_opens_the_next_step(qtbot, loket, session, files, tmp_path):
    from PySide6.QtCore import QDateTime, Qt, QTime

    app = files[1]                                   # SIPB: needs a technical review
    bo.verify(session, ANALIS, app.id, technical=technical_for(app.permit_type), result="MEMENUHI")
    page = make_page(qtbot, loket, ANALIS)
    pick(qtbot, page, app.no_permohonan)
    assert [k for k, _ in page.panel.item.actions] == ["schedule_review"]
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)     # Enter: the next step's form
    dlg = page.panel.dialog
    assert dlg is not None and dlg.windowTitle() == "Jadwalkan kajian teknis"
    # a Sunday is refused with the reason; the input stays
    from ui.pages.worklist import _qtoday
    sunday = _qtoday().addDays(7 - _qtoday().dayOfWeek())
    dlg.when.setDateTime(QDateTime(sunday, QTime(9, 0)))
    dlg.team.setPlainText("Ir. Bambang (Dinkes)")
    submit(qtbot, dlg)
    assert dlg.isVisible() and "bukan hari kerja" in dlg.error.text()
    assert dlg.team.toPlainText() == "Ir. Bambang (Dinkes)"
    monday = sunday.addDays(1)
    while True:                                       # the first working day from that Monday
        from app.calendar import WorkCalendar
        if WorkCalendar().is_working_day(monday.toPython()):
            break
        monday = monday.addDays(1)
    dlg.when.setDateTime(QDateTime(monday, QTime(9, 0)))
    submit(qtbot, dlg)
    assert not dlg.isVisible()

    # the same file stays chosen, now one step further
    qtbot.waitUntil(lambda: page.panel.item is not None and page.panel.item.state == "REVIEW_SCHEDULED",
                    timeout=5000)
    assert page.panel.item.id == app.id
    assert [k for k, _ in page.panel.item.actions] == ["record_review"]


def test_record_review_form_with_attachment(qtbot, loket, session, tmp_path):
    from PySide6.QtCore import QDate

    from db.models import IssuedDocument
    received = clock.now() - timedelta(days=20)
    app = received_file(session, "SIPB", "SC-2026-0008100", received, name="Bd. Rini Astuti")
    bo.verify(session, ANALIS, app.id, technical=technical_for(app.permit_type), result="MEMENUHI")
    from app.calendar import WorkCalendar
    day = received.date() + timedelta(days=1)
    while not WorkCalendar().is_working_day(day):
        day += timedelta(days=1)
    bo.schedule_review(session, ANALIS, app.id, scheduled_at=datetime.combine(day, datetime.min.time()).replace(hour=9),
                       kind="LAPANGAN", team=["Tim teknis"])
    page = make_page(qtbot, loket, ANALIS)
    pick(qtbot, page, app.no_permohonan)
    dlg = page.panel.open_action("record_review")
    assert dlg.windowTitle() == "Catat rekomendasi / BAP"
    dlg.bap_no.setText("BAP/77/2026")
    dlg.bap_date.setDate(QDate(day.year, day.month, day.day).addDays(-1))
    scan = tmp_path / "bap.pdf"
    scan.write_bytes(pdf_with_text("BERITA ACARA", "BAP/77/2026"))
    dlg.set_attachment(str(scan))
    submit(qtbot, dlg)
    assert dlg.isVisible() and "sebelum jadwal kajian" in dlg.error.text()
    dlg.bap_date.setDate(QDate(day.year, day.month, day.day))
    submit(qtbot, dlg)
    assert not dlg.isVisible()
    session.expire_all()
    doc = session.scalar(select(IssuedDocument).where(IssuedDocument.kind == "BAP"))
    assert doc.number == "BAP/77/2026" and doc.pdf == scan.read_bytes() and doc.data["filename"] == "bap.pdf"
    assert session.get(Application, app.id).state == "REVIEWED"
