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
        win.grab().save("/tmp/sync_offline.png")
        runner.stop()
        win.close()
