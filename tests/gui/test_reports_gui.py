"""The Laporan page and the heads' dashboard, driven as a Kasi would, on demo data."""
from __future__ import annotations

import os
import sqlite3
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from db import codes
from db.base import time_int

pytestmark = pytest.mark.dates

TODAY = date(2026, 11, 26)
SHOTS = os.environ.get("LOKET_SHOTS")      # a folder: refresh the screenshots (docs/screenshots)


@pytest.fixture(scope="module")
def demo_loket(tmp_path_factory):
    from app import demo
    from app.runtime import open_loket
    lk = open_loket(tmp_path_factory.mktemp("reports_gui"))
    demo.generate(lk, 400, seed=11, today=TODAY)
    yield lk
    lk.close()


def reports_page(qtbot, loket, actor):
    from ui.bus import Bus
    from ui.pages.reports import ReportsPage
    page = ReportsPage(loket, actor, Bus())
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    qtbot.waitUntil(lambda: getattr(page, "today", None) is not None, timeout=5000)
    return page


def test_kasi_shows_a_report_opens_its_files_and_saves_it(qtbot, demo_loket, actor_factory, tmp_path):
    page = reports_page(qtbot, demo_loket, actor_factory("KASI"))
    names = [page.report.itemData(i) for i in range(page.report.count())]
    assert names == ["register", "sla", "late", "ikm", "expiring", "workload"]
    page.date_from.setDate(page.date_from.date().addYears(-1))
    with qtbot.waitSignal(page.shown, timeout=10000) as shown:
        page.refresh()            # what the window's F5 calls
    table = shown.args[0]
    assert page.grid.rowCount() == len(table.rows) + 1 > 10
    last = page.grid.rowCount() - 1
    assert page.grid.item(last, 1).text() == "Jumlah"
    assert int(page.grid.item(last, 5).text().replace(".", "")) == sum(table.values("total"))
    # Enter on a row lists exactly the files counted in it; Enter there opens one
    page.grid.setFocus()
    page.grid.selectRow(0)
    qtbot.keyClick(page.grid, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: getattr(page, "files_dialog", None) is not None, timeout=5000)
    dlg = page.files_dialog
    assert dlg.table.rowCount() == table.rows[0][5]
    with qtbot.waitSignal(page.bus.open_application, timeout=3000) as opened:
        qtbot.keyClick(dlg.table, Qt.Key.Key_Return)
    assert opened.args[0] in table.row_files[0]
    out = tmp_path / "register.xlsx"
    page.save(".xlsx", str(out))
    qtbot.waitUntil(lambda: out.exists() and "Disimpan" in page.summary.text(), timeout=5000)
    if SHOTS:
        page.grab().save(f"{SHOTS}/reports.png")


def test_counter5_sees_only_ikm_and_expiring(qtbot, demo_loket, actor_factory):
    page = reports_page(qtbot, demo_loket, actor_factory("LOKET5"))
    assert [page.report.itemData(i) for i in range(page.report.count())] == ["ikm", "expiring"]


def test_an_empty_range_says_so(qtbot, demo_loket, actor_factory):
    page = reports_page(qtbot, demo_loket, actor_factory("KABID"))
    page.date_from.setDate(page.date_from.date().addYears(-10))
    page.date_to.setDate(page.date_from.date().addDays(3))
    with qtbot.waitSignal(page.shown, timeout=10000):
        page.refresh()
    assert "Tidak ada data dalam rentang ini." in page.summary.text()


def test_dashboard_figures_match_the_database_and_bars_open_files(qtbot, demo_loket, actor_factory):
    from ui.bus import Bus
    from ui.pages.dashboard import DashboardPage
    page = DashboardPage(demo_loket, actor_factory("KADIN"), Bus())
    qtbot.addWidget(page)
    page.resize(1366, 700)
    with qtbot.waitSignal(page.loaded, timeout=10000) as loaded:
        page.show()
    dash = loaded.args[0]
    intake = dash.figures["intake"]
    assert len(intake.bars) == 12 and not intake.empty
    # the last complete week, recounted from the raw events
    bar = intake.bars[-2]
    week = date.fromisoformat(bar.keys[0].split(":")[1])
    wib = ZoneInfo("Asia/Jakarta")
    lo = datetime.combine(week, datetime.min.time(), wib).astimezone(UTC).replace(tzinfo=None)
    hi = lo + timedelta(weeks=1)
    con = sqlite3.connect(demo_loket.db_path)
    online, walkin = con.execute(
        "SELECT sum(a.source='ONLINE'), sum(a.source!='ONLINE') FROM workflow_event e JOIN application a "
        f"ON a.id=e.application_id WHERE e.action={codes.ACTION.sql('receive')} AND e.at >= ? AND e.at < ?",
        (time_int(lo), time_int(hi))).fetchone()      # times as SQLite stores them (db/base.py)
    states = dict(con.execute("SELECT state, count(*) FROM application GROUP BY state").fetchall())
    con.close()
    assert bar.values == [float(online or 0), float(walkin or 0)]
    by_state = {b.keys[0].split(":")[1]: b.values[0] for b in dash.figures["states"].bars}
    assert by_state == {k: float(v) for k, v in states.items() if k != "ARCHIVED"}
    assert all(0 <= b.values[0] <= 100 for b in dash.figures["on_time"].bars)
    assert dash.figures["ikm"].bars and all(25 <= b.values[0] <= 100 for b in dash.figures["ikm"].bars)
    # clicking the online part of that bar lists those files
    page.cards["intake"]._clicked(0, len(intake.bars) - 2)
    qtbot.waitUntil(lambda: getattr(page, "files_dialog", None) is not None, timeout=5000)
    assert page.files_dialog.table.rowCount() == int(online or 0)
    if SHOTS:
        page.grab().save(f"{SHOTS}/dashboard.png")


def test_the_dashboard_is_the_first_page_of_a_head(qtbot, demo_loket, actor_factory):
    from ui.main_window import MainWindow
    w = MainWindow(demo_loket, actor_factory("KASI"))
    qtbot.addWidget(w)
    w.show()
    from ui.pages.dashboard import DashboardPage
    assert isinstance(w.stack.currentWidget(), DashboardPage)


def test_the_range_on_screen_is_the_range_of_the_report(qtbot, demo_loket, actor_factory):
    """The choices arrive off the GUI thread; a range picked and shown before they did was
    overwritten by the default, and the screen showed another range than the data (review)."""
    from PySide6.QtCore import QDate

    from ui.bus import Bus
    from ui.pages.reports import ReportsPage
    page = ReportsPage(demo_loket, actor_factory("KASI"), Bus())
    qtbot.addWidget(page)
    page.show()
    page.date_from.setDate(QDate(2026, 1, 1))       # before the choices are in
    page.date_to.setDate(QDate(2026, 11, 25))
    with qtbot.waitSignal(page.shown, timeout=10000) as shown:
        page.refresh()
    qtbot.waitUntil(lambda: getattr(page, "today", None) is not None, timeout=5000)
    table = shown.args[0]
    assert (table.params.date_from, table.params.date_to) == (date(2026, 1, 1), date(2026, 11, 25))
    assert page.date_from.date().toPython() == table.params.date_from
    assert page.date_to.date().toPython() == table.params.date_to
    assert page.params().date_from == table.params.date_from


def test_dashboard_charts_read_as_an_officer_expects(qtbot, demo_loket, actor_factory):
    """Review of the dashboard: "51.6", ticks 0/8/17/26/35, "Okt 26", a bar lost to two names
    elided alike, white labels taller than thin bars, an empty chart with a line below it."""
    from PySide6.QtCharts import QBarCategoryAxis, QValueAxis
    from PySide6.QtGui import QColor

    from app.reports.dashboard import Bar, Figure
    from ui.bus import Bus
    from ui.pages.dashboard import DashboardPage, nice_step
    assert [nice_step(t) for t in (35, 41, 21, 4, 0, 230)] == [10, 10, 5, 1, 1, 50]
    page = DashboardPage(demo_loket, actor_factory("KADIN"), Bus())
    qtbot.addWidget(page)
    page.resize(1366, 700)
    with qtbot.waitSignal(page.loaded, timeout=10000) as loaded:
        page.show()
    dash = loaded.args[0]
    assert all(b.label.endswith(" 2026") for b in dash.figures["ikm"].bars)   # "Okt 2026", not "Okt 26"
    card = page.cards["on_time"]
    assert card.chart.localizeNumbers() and card.chart.locale().toString(51.6, "f", 1) == "51,6"
    (series,) = card.chart.series()
    assert all(bs.labelColor() != QColor("#ffffff") for bs in series.barSets())   # beside the bar, dark
    ticks = next(a for a in card.chart.axes() if isinstance(a, QValueAxis))
    assert (ticks.tickType(), ticks.tickInterval()) == (QValueAxis.TickType.TicksDynamic, 25)
    # every bar keeps its name on the axis, however long the names
    long = Figure("t", ["n"], [Bar(f"Surat Keterangan Penelitian {i}", [float(i + 1)], [f"k:{i}"]) for i in range(5)])
    card.show_figure(long)
    cats = next(a for a in card.chart.axes() if isinstance(a, QBarCategoryAxis))
    assert cats.count() == 5
    counts = next(a for a in card.chart.axes() if isinstance(a, QValueAxis))
    assert counts.tickInterval() == 1 and counts.tickAnchor() == 0
    # an empty figure: the line alone, no blank chart above it
    card.show_figure(Figure("Izin berakhir dalam 90 hari", ["n"], [Bar("≤ 30 hari", [0.0], ["e:30"])]))
    assert card.empty.isVisible() and not card.view.isVisible()
    card.show_figure(long)
    assert card.view.isVisible() and not card.empty.isVisible()
