"""The SiCantik mapping on screen (pytest-qt): the administrator's page, and counter 2
choosing the Loket permit type of an unmapped SiCantik type on the spot.

LOKET_SCREENSHOTS=1 writes docs/screenshots/admin-sicantik.png and
intake-sicantik-pick.png (1366×768)."""
from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app import config
from app.services import officers
from app.sicantik import importer
from db.models import Application
from tests.fake_sicantik import application_rows, configure, fast_client

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
D = date(2026, 11, 2)


def shot(w, name: str) -> None:
    if os.environ.get("LOKET_SCREENSHOTS"):
        from PySide6.QtTest import QTest
        QTest.qWait(300)
        w.grab().save(str(SHOTS / f"{name}.png"))


def _odd_office(fake):
    rows = (application_rows(2) + application_rows(3, start=3, permit="Izin Usaha Perikanan", permit_id="555")
            + application_rows(1, start=6, permit="Rekomendasi Reklame Insidentil", permit_id="901"))
    for r in rows:
        if r["no_permohonan"] == "SC-2026-00001":
            r.update(jenis_permohonan="Daftar Ulang", jenis_kelamin="LK")
    fake.rows = rows


def _pick(combo, code):
    combo.setCurrentIndex(next(i for i in range(combo.count()) if combo.itemData(i) == code))


def test_admin_maps_a_waiting_type_and_a_value_on_screen(qtbot, loket, session, fake):
    from ui import worker
    from ui.main_window import MainWindow
    _odd_office(fake)
    configure(loket, fake)
    importer.pull_range(loket, D, D, client=fast_client(loket))
    admin = officers.setup_first_admin(session, "siti", "Siti Rahmawati", "198503122010012003",
                                       "Kantor-Pusat-2026", "ADMIN-1")
    w = MainWindow(loket, admin, background=False)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    w.show_page("admin_sicantik")
    page = w.stack.currentWidget()
    qtbot.waitUntil(lambda: page.types.rowCount() == 2 and page.values.rowCount() == 2, timeout=5000)
    assert page.types.item(0, 1).text() == "Izin Usaha Perikanan" and page.types.item(0, 2).text() == "3"
    assert {page.values.item(r, 1).text() for r in range(2)} == {"Daftar Ulang", "LK"}
    shot(w, "admin-sicantik")
    _pick(page.types.cellWidget(0, 4), "TOKO-OBAT")
    page.types.cellWidget(0, 5).click()
    qtbot.waitUntil(lambda: page.types.rowCount() == 1 and "3 berkas" in page.message.text(), timeout=5000)
    assert "3 berkas" in page.ready.text() and page.import_now.isEnabled()
    row = next(r for r in range(page.values.rowCount()) if page.values.item(r, 1).text() == "Daftar Ulang")
    _pick(page.values.cellWidget(row, 3), "PERPANJANGAN")
    page.values.cellWidget(row, 4).click()
    qtbot.waitUntil(lambda: page.values.rowCount() == 1, timeout=5000)
    page.import_now.click()
    qtbot.waitUntil(lambda: "baru 3" in page.message.text(), timeout=5000)
    worker.wait_all()
    session.expire_all()
    assert session.scalar(select(Application).where(Application.no_permohonan == "SC-2026-00001")).kind == \
        "PERPANJANGAN"
    assert session.scalar(select(Application).where(Application.no_permohonan == "SC-2026-00004")) is not None


def test_counter2_picks_the_permit_type_of_an_unmapped_sicantik_file(qtbot, loket, fake, actor_factory):
    from ui.bus import Bus
    from ui.pages.intake import IntakePage
    from ui.sicantik_pick import PickPermitDialog
    fake.rows = application_rows(1, permit="Izin Aneh", permit_id="88")
    officer = actor_factory("LOKET2", name="Siti Rahmawati")
    configure(loket, fake, sicantik__counter_mappers=officer.username, sicantik__timeout_seconds=5)
    page = IntakePage(loket, officer, Bus())
    qtbot.addWidget(page)
    page.resize(1366, 760)
    page.show()
    qtbot.waitExposed(page)
    page.find_box.setText("SC-2026-00001")
    page.open_text(page.find_box.text())

    def dialog():
        return next((d for d in QApplication.topLevelWidgets()
                     if isinstance(d, PickPermitDialog) and d.isVisible()), None)
    qtbot.waitUntil(lambda: dialog() is not None, timeout=8000)
    dlg = dialog()
    assert "Izin Aneh" in page.status.text() and "walk-in" in page.status.text()
    shot(dlg, "intake-sicantik-pick")
    dlg.choose()
    assert "Pilih jenis izin" in dlg.error.text()            # nothing chosen yet
    _pick(dlg.permit, "SIA")
    dlg.choose()
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.file, timeout=8000)
    assert page.app_no == "SC-2026-00001"
    with loket.Session() as s:
        assert s.scalar(select(Application)).permit_type.code == "SIA"


def test_counter2_without_the_permission_only_reads_why(qtbot, loket, fake, actor_factory):
    from ui.bus import Bus
    from ui.pages.intake import IntakePage
    from ui.sicantik_pick import PickPermitDialog
    fake.rows = application_rows(1, permit="Izin Aneh", permit_id="88")
    configure(loket, fake)
    with loket.Session() as s:
        assert config.get(s, "sicantik.counter_mappers") == ""
    page = IntakePage(loket, actor_factory("LOKET2"), Bus())
    qtbot.addWidget(page)
    page.show()
    page.open_text("SC-2026-00001")
    qtbot.waitUntil(lambda: "belum dipetakan" in page.status.text(), timeout=8000)
    assert not any(isinstance(d, PickPermitDialog) and d.isVisible() for d in QApplication.topLevelWidgets())


def test_detail_shows_what_sicantik_wrote_and_the_disagreement(qtbot, loket, fake):
    from ui import detail
    _odd_office(fake)
    configure(loket, fake)
    importer.pull_range(loket, D, D, client=fast_client(loket))
    snap = detail.load(loket, "SC-2026-00001")
    assert snap.kind == "Daftar Ulang" and snap.sicantik["values"] == {"jenis_permohonan": "Daftar Ulang",
                                                                        "jenis_kelamin": "LK"}
    with loket.Session() as s:
        a = s.scalar(select(Application).where(Application.no_permohonan == "SC-2026-00002"))
        a.sicantik_process, a.sicantik_status = "Verifikasi Berkas", "Drop"
        s.commit()
    assert "Drop" in detail.load(loket, "SC-2026-00002").sicantik["note"]


def test_detail_window_reads_the_values_as_written(qtbot, loket, fake):
    from ui import worker
    from ui.detail import DetailWindow
    _odd_office(fake)
    configure(loket, fake)
    importer.pull_range(loket, D, D, client=fast_client(loket))
    w = DetailWindow(loket, "SC-2026-00001")
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    from PySide6.QtWidgets import QLabel
    qtbot.waitUntil(lambda: any("Daftar Ulang" in lab.text() and "belum dipetakan" in lab.text()
                                for lab in w.findChildren(QLabel)), timeout=5000)
    shot(w, "detail-sicantik-values")
    worker.wait_all()
