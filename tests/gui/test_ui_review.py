"""Technical review and colleagues' files in the worklist, by keyboard: the place of
the review is shown again (panel and BAP form), a past or non-working day is
warned about beside the date, a refusal goes once the field is filled, and a
searched file held by a colleague says so and offers to show it."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QDateTime, Qt, QTime

from app import clock
from app.services import backoffice as bo
from tests.backoffice_support import ANALIS, ANALIS2, KASI, received_file, technical_for, utc
from tests.gui.test_worklist_gui import make_page, pick, submit

pytestmark = pytest.mark.dates


def test_schedule_warns_about_a_past_day_and_the_place_is_shown_again(qtbot, loket, session):
    from app.calendar import WorkCalendar
    from ui.pages.worklist import _qtoday
    app = received_file(session, "SIPB", "SC-2026-0009100", clock.now() - timedelta(days=2), name="Bd. Rini")
    bo.verify(session, ANALIS, app.id, technical=technical_for(app.permit_type), result="MEMENUHI")
    page = make_page(qtbot, loket, ANALIS)
    pick(qtbot, page, app.no_permohonan)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dlg = page.panel.dialog
    assert dlg.windowTitle() == "Jadwalkan kajian teknis"
    cal = WorkCalendar.from_db(session)
    past = _qtoday().addDays(-1)
    while not cal.is_working_day(past.toPython()):
        past = past.addDays(-1)
    dlg.when.setDateTime(QDateTime(past, QTime(9, 0)))
    assert dlg.when_warning.isVisible() and "sudah lewat" in dlg.when_warning.text()
    ahead = _qtoday().addDays(1)
    while not cal.is_working_day(ahead.toPython()):
        ahead = ahead.addDays(1)
    dlg.when.setDateTime(QDateTime(ahead, QTime(9, 0)))
    assert not dlg.when_warning.isVisible()
    dlg.place.setFocus()
    qtbot.keyClicks(dlg.place, "Ruang Rapat Lantai 2")
    dlg.team.setFocus()
    qtbot.keyClicks(dlg.team, "Ir. Bambang (Dinkes)")
    submit(qtbot, dlg)
    assert not dlg.isVisible()
    qtbot.waitUntil(lambda: page.panel.item is not None and page.panel.item.state == "REVIEW_SCHEDULED",
                    timeout=5000)
    shown = " ".join(w.text() for w in page.panel.findChildren(type(dlg.when_warning)))
    assert "di Ruang Rapat Lantai 2" in shown                      # the worklist's panel
    bap = page.panel.open_action("record_review")
    assert "di Ruang Rapat Lantai 2" in bap.schedule_label.text()  # and the BAP form
    assert "Ir. Bambang (Dinkes)" in bap.schedule_label.text()
    # no BAP number: refused beside the form; the reason goes as soon as it is typed
    bap.bap_date.setDate(ahead)
    submit(qtbot, bap)
    assert bap.error.isVisible() and "Nomor BAP wajib diisi." in bap.error.text()
    bap.bap_no.setFocus()
    qtbot.keyClicks(bap.bap_no, "BAP/12/2026")
    assert not bap.error.isVisible()
    bap.close()


def test_a_colleagues_file_searched_in_the_worklist_says_where_it_is(qtbot, loket, session):
    from db.models import Officer
    session.add(Officer(id=ANALIS2.officer_id, username="budi", full_name="Budi Analis", roles="BACKOFFICE"))
    session.commit()
    app = received_file(session, "SIP-DOK", "SC-2026-0009200", datetime(2026, 11, 20, 9, 0), name="Siti Aminah")
    bo.verify(session, ANALIS2, app.id, technical=technical_for(app.permit_type), result="MEMENUHI",
              at=utc(datetime(2026, 11, 20, 10, 0)))
    bo.draft(session, ANALIS2, app.id, outcome="IZIN", at=utc(datetime(2026, 11, 20, 11, 0)))
    bo.send_back(session, KASI, app.id, reason="Nama fasilitas salah ketik", at=utc(datetime(2026, 11, 20, 13, 0)))
    page = make_page(qtbot, loket, ANALIS)          # the file is back with Budi, not with Rina
    page.search.setFocus()
    qtbot.keyClicks(page.search, "SC-2026-0009200")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.show_colleagues.isVisible(), timeout=5000)
    assert "sedang dipegang rekan Anda, Budi Analis" in page.status.text()
    assert "Tidak ada berkas yang menunggu Anda" not in page.status.text()
    page.show_colleagues.setFocus()
    qtbot.keyClick(page.show_colleagues, Qt.Key.Key_Space)
    assert page.colleagues.isChecked()
    qtbot.waitUntil(lambda: any(r.no_permohonan == "SC-2026-0009200" for r in page.model.rows), timeout=5000)
    assert not page.show_colleagues.isVisible()


def test_the_two_counts_say_what_they_count(qtbot, loket, session, actor_factory):
    """The sidebar counts the whole office, the worklist's buttons only the officer's own
    files: each says so, and the caption follows "Termasuk berkas rekan"."""
    from app import workflow
    from ui.main_window import MainWindow
    received_file(session, "SIP-DOK", "SC-2026-0009300", datetime(2026, 11, 20, 9, 0), name="Siti Aminah")
    w = MainWindow(loket, actor_factory(workflow.BACKOFFICE, name="Rina Analis"))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(w.home.is_ready, timeout=10_000)
    tip = w.home.state_items["RECEIVED"].toolTip(0)
    assert "seluruh kantor" in tip and "Daftar Kerja menghitung hanya berkas Anda" in tip
    w.show_page("worklist")
    page = w.stack.currentWidget()
    assert "hanya berkas yang menunggu Anda" in page.scope_label.text()
    assert "seluruh kantor" in page.scope_label.text()
    page.colleagues.setFocus()
    qtbot.keyClick(page.colleagues, Qt.Key.Key_Space)
    assert "berkas Anda dan rekan" in page.scope_label.text()
    from ui import worker
    worker.wait_all()
