"""The GUI's scheduled SiCantik pull: off the GUI thread, announced on the bus."""
from __future__ import annotations

from datetime import date

from app import config
from tests.fake_sicantik import application_rows, configure


def _runner(loket, qtbot, **kw):
    from ui.bus import Bus
    from ui.sicantik_runner import SicantikRunner
    bus = Bus()
    return SicantikRunner(loket, bus, **kw), bus


def test_scheduled_pull_announces_changed_files(loket, fake, qtbot):
    fake.rows = application_rows(3, day="2026-11-02")
    configure(loket, fake, sicantik__pull_minutes=5)
    from app.sicantik import importer
    runner, bus = _runner(loket, qtbot)
    calls = []
    # The scheduled range ends today; pull the fake's day instead, through the same path.
    runner._pull = lambda lk: calls.append(1) or importer.pull_range(lk, date(2026, 11, 1), date(2026, 11, 30))
    runner.start()
    assert runner.interval_minutes == 5
    with qtbot.waitSignal(bus.applications_changed, timeout=10_000) as sig:
        assert runner.pull_now() is True
        assert runner.pull_now() is False           # never two at once
    assert len(sig.args[0]) == 3
    qtbot.waitUntil(lambda: not runner.running)
    assert runner.last["ok"] is True and "baru 3" in runner.last["message"]
    # Nothing new the second time: no announcement.
    with qtbot.assertNotEmitted(bus.applications_changed, wait=300):
        with qtbot.waitSignal(runner.status_changed, timeout=10_000,
                              check_params_cb=lambda d: d["ok"] is not None):
            runner.pull_now()
    assert "tetap 3" in runner.last["message"]
    assert calls == [1, 1]
    runner.stop()


def test_failed_pull_is_reported_not_raised(loket, fake, qtbot):
    fake.faults = ["html"]
    configure(loket, fake, sicantik__pull_minutes=1)
    runner, bus = _runner(loket, qtbot)
    runner.start()
    with qtbot.waitSignal(runner.status_changed, timeout=10_000, check_params_cb=lambda d: d["ok"] is False):
        runner.pull_now()
    assert "HTML" in runner.last["message"]
    runner.stop()


def test_off_when_not_configured_or_zero_minutes(loket, fake, qtbot):
    runner, bus = _runner(loket, qtbot)
    runner.start()
    assert runner.interval_minutes == 0 and "mati" in runner.last["message"]
    configure(loket, fake, sicantik__pull_minutes=0)
    bus.master_changed.emit()
    assert runner.interval_minutes == 0
    with loket.Session() as s:
        config.set_(s, "sicantik.pull_minutes", 2)
        s.commit()
    bus.master_changed.emit()
    assert runner.interval_minutes == 2
    runner.stop()


def test_first_pull_comes_soon_after_start(loket, fake, qtbot):
    fake.rows = application_rows(1)
    configure(loket, fake, sicantik__pull_minutes=30)
    runner, bus = _runner(loket, qtbot, first_delay_ms=50)
    with qtbot.waitSignal(runner.status_changed, timeout=10_000, check_params_cb=lambda d: d["ok"] is not None):
        runner.start()
    assert runner.last["ok"] is True and fake.data_requests()
    runner.stop()


def test_only_the_office_puller_runs_the_scheduled_pull(loket, fake, qtbot):
    configure(loket, fake, sicantik__pull_minutes=5, workstation__name="LOKET2-A",
              sicantik__pull_workstation="LOKET2-B")
    runner, bus = _runner(loket, qtbot)
    runner.start()
    assert runner.interval_minutes == 0
    with loket.Session() as s:
        config.set_(s, "sicantik.pull_workstation", "LOKET2-A")
        s.commit()
    bus.master_changed.emit()
    assert runner.interval_minutes == 5
    runner.stop()
