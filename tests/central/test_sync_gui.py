"""The background sync runner: off the GUI thread, status bar online/offline,
changes waiting, progress of a first sync."""
from __future__ import annotations

import pytest

from app import config
from tests.central_db import scratch_database
from tests.sync_helpers import new_file

pytestmark = pytest.mark.central


def test_runner_reports_online_offline_and_pending(qtbot, loket, actor_factory, tmp_path):
    from app.sync import central as C
    from ui.main_window import MainWindow
    from ui.sync_runner import SyncRunner
    with scratch_database("postgresql") as url:
        C.upgrade(C.Target(url))
        with loket.Session() as s:
            config.set_(s, "central.url", url)
            config.set_(s, "workstation.name", "LOKET2-A")
            new_file(s, "LOKET2-A")
            s.commit()
        win = MainWindow(loket, actor_factory("LOKET2"))
        qtbot.addWidget(win)
        runner = SyncRunner(loket, win.bus, parent=win)
        seen = []
        win.bus.sync_status.connect(seen.append)
        runner.start(first_delay_ms=0)
        qtbot.waitUntil(lambda: any(st.get("online") and st.get("pending") == 0 and not runner.running
                                    for st in seen), timeout=20000)
        assert any("progress" in st for st in seen)          # a first sync shows progress
        win.show_sync_status({"online": True, "pending": 0, "progress": 1200, "last_success": None,
                              "message": "Sinkronisasi awal: 1200 baris diterima…"})
        assert "1200 baris" in win.sync_label.text()
        win.show_sync_status(seen[-1])
        assert "Tersinkron" in win.sync_label.text()
        win.resize(1200, 700)
        win.grab().save(str(tmp_path / "sync_online.png"))
        # The link goes down; the officer keeps working; the bar says so.
        with loket.Session() as s:
            config.set_(s, "central.url", "postgresql+psycopg://loket@127.0.0.1:1/none")
            new_file(s, "LOKET2-A")
            s.commit()
        seen.clear()
        assert runner.sync_now()
        assert not runner.sync_now()                       # never two at once
        qtbot.waitUntil(lambda: any(not st.get("online") for st in seen) and not runner.running,
                        timeout=20000)
        last = seen[-1]
        assert last["pending"] == 3 and "tidak dapat dihubungi" in last["message"]
        assert "Luring" in win.sync_label.text() and "3 menunggu" in win.sync_label.text()
        win.grab().save(str(tmp_path / "sync_offline.png"))
        # A refused hand-over is told to the officer plainly, without blocking the counter.
        from app.sync.push import Rejection
        from app.sync.session import SyncResult
        res = SyncResult()
        res.push.rejected = [Rejection("workflow_event", "x", "“Serahkan SK” untuk permohonan P-1 sudah "
                                       "dicatat lebih dulu di LOKET5-A pada 01-03-2026 10:00; yang dicatat "
                                       "di workstation ini tidak berlaku.")]
        runner._done(res)
        assert runner.notice.isVisible() and not runner.notice.isModal()
        assert "LOKET5-A" in runner.notice_text and "P-1" in runner.notice_text
        runner.notice.grab().save("/tmp/sync_rejected.png")
        runner.notice.close()
        runner.stop()
        win.close()


def test_conflict_page_shows_overwritten_and_refused(qtbot, loket, actor_factory):
    from datetime import datetime

    from db.models.sync import SyncConflict
    from ui.bus import Bus
    from ui.pages.sync_conflicts import SyncConflictsPage
    with loket.Session() as s:
        s.add(SyncConflict(kind="FIELD", table_name="applicant", row_id="a" * 36, field="phone",
                           kept_value="0812-B", lost_value="0811-A", kept_ws="LOKET2-B", lost_ws="LOKET2-A",
                           message="Perubahan dari LOKET2-A kalah oleh perubahan yang lebih baru.",
                           at=datetime(2026, 3, 1, 3, 0)))
        s.add(SyncConflict(kind="REJECTED", table_name="handover", row_id="b" * 36, field="recipient_name",
                           kept_value="Budi Santoso", lost_value="Budi Santosa", lost_ws="LOKET5-B",
                           message="SK permohonan ini sudah diserahkan di workstation lain.",
                           at=datetime(2026, 3, 1, 4, 0)))
        s.commit()
    page = SyncConflictsPage(loket, actor_factory("ADMIN"), Bus())
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.table.rowCount() == 2, timeout=5000)
    texts = [page.table.item(r, c).text() for r in range(2) for c in range(7)]
    assert "Ditolak pusat" in texts and "Penyerahan SK bbbbbbbb" in texts
    # columns by the names on the forms, the stored name in the tooltip
    col = {page.table.item(r, 3).text(): page.table.item(r, 3).toolTip() for r in range(2)}
    assert col == {"Penerima": "recipient_name", "Telepon": "phone"}
    assert "0812-B (LOKET2-B)" in texts and "0811-A (LOKET2-A)" in texts
    page.kind.setCurrentIndex(1)   # only overwritten values
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=5000)
    page.resize(1100, 400)
    page.grab().save("/tmp/sync_conflicts.png")


def test_refused_changes_stay_queued_on_the_admin_page_and_in_the_status_bar(qtbot, loket, actor_factory,
                                                                              monkeypatch, tmp_path):
    """What an administrator sees for a refused change: it is still queued, why,
    what to do; the status bar counts it; discarding it is audited."""
    from PySide6.QtWidgets import QMessageBox
    from sqlalchemy import func, select

    from app.sync import outbox
    from db.models import AuditRecord
    from db.models.sync import SyncOutbox
    from ui.bus import Bus
    from ui.main_window import MainWindow
    from ui.pages.sync_conflicts import SyncConflictsPage
    with loket.Session() as s:
        app = new_file(s, "LOKET5-B")
        s.commit()
        app_id = app.id
        s.query(SyncOutbox).filter(SyncOutbox.table_name == "application").update({
            "refused": "Nomor izin ini sudah dipakai permohonan lain.", "refused_at": app.created_at})
        s.query(SyncOutbox).filter(SyncOutbox.table_name == "workflow_event").update({
            "refused": "Menunggu permohonan " + app_id[:8] + " yang belum diterima basis data pusat; dikirim "
                       "bersama begitu data itu diterima.", "refused_at": app.created_at,
            "waits_for": f"application:{app_id}"})
        s.commit()
    before = outbox.counts(loket.engine)
    assert (before.refused, before.waiting) == (1, 1)
    shots = tmp_path   # docs/screenshots/sync-refused-admin.png and sync-status-refused.png are these
    page = SyncConflictsPage(loket, actor_factory("ADMIN"), Bus())
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.held_table.rowCount() == 2, timeout=5000)
    assert page.held_box.isVisible() or not page.isVisible()
    assert "1 perubahan workstation ini ditolak" in page.held_title.text()
    assert "Buang dari antrean" in page.held_help.text() and "Ctrl+F5" in page.held_help.text()
    cells = [page.held_table.item(r, c).text() for r in range(2) for c in range(4)]
    assert "Ditolak pusat" in cells and "Menunggu" in cells
    assert any("sudah dipakai" in c for c in cells)
    page.resize(1280, 700)
    page.show()
    page.grab().save(str(shots / "sync-refused-admin.png"))
    # The status bar counts what is held back.
    win = MainWindow(loket, actor_factory("ADMIN"))
    qtbot.addWidget(win)
    win.show_sync_status({"online": True, "pending": 3, "refused": 2, "last_success": "10:02",
                          "clock_warning": "selisih jam 60 menit: jam komputer ini terlambat dari server pusat; "
                                           "betulkan jam komputer"})
    assert "2 DITOLAK pusat" in win.sync_label.text() and "selisih jam 60 menit" in win.sync_label.text()
    win.resize(1366, 768)
    win.statusBar().grab().save(str(shots / "sync-status-refused.png"))
    win.close()
    # Discarding the refused change takes the one waiting with it; audited.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.held_table.selectRow(0)
    page._discard()
    qtbot.waitUntil(lambda: page.held_table.rowCount() == 0, timeout=5000)
    # both rows take the central copy back at the next sync (app/sync/restore.py)
    from app.sync import restore
    marked = restore.marked(loket.engine)
    assert f"application:{app_id}" in marked and len(marked) == 2 and all(
        m.startswith(("application:", "workflow_event:")) for m in marked)
    # two entries gone, the audit record of the discard queued
    assert outbox.counts(loket.engine) == outbox.Counts(pending=before.pending - 1, refused=0, waiting=0)
    with loket.Session() as s:
        assert s.scalar(select(func.count()).select_from(AuditRecord).where(AuditRecord.action == "sync.discard")) == 1
