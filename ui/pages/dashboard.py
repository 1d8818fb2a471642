"""Beranda pimpinan: the heads' first page (Kasi, Kabid, Kadis), five charts from
app/reports/dashboard.py. Clicking a bar lists the files behind it; Enter
there opens the file.

Charts are Qt Charts (PySide6-Addons, already installed with PySide6: no new
dependency, ~2 MB of library, loaded only when this page opens). pyqtgraph
would add numpy and looks like a lab instrument; Qt Charts reads like a report.
"""
from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QLocale, QMargins, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui import worker
from ui.widgets import user_message

COLOURS = ("#1f4e79", "#c8102e", "#2e7d32", "#8a6d3b")
LABEL_WIDTH = 118          # px for a bar's name on the narrowest card at 1366 px
WIDE_LABEL_WIDTH = 200     # on the card two columns wide
LABEL_INK = "#1b1b1b"      # values beside the bar's end: white inside a thin bar was taller than the bar


def nice_step(top: float, ticks: int = 5) -> float:
    """A round tick interval (1, 2, 2.5, 5 × 10ⁿ) giving at most `ticks` steps up to `top`:
    Qt's own split of the range gave 0/8/17/26/35."""
    if top <= 0:
        return 1.0
    raw = top / ticks
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in ((1, 2, 2.5, 5, 10) if mag >= 10 else (1, 2, 5, 10)) if m * mag >= raw)
    return float(max(step, 1.0))


def unique(labels: list[str]) -> list[str]:
    """A category axis keeps one bar per distinct name: two names elided alike ("Surat Keterangan
    Pe…") lost a bar. An invisible zero-width space tells them apart."""
    seen: set[str] = set()
    out = []
    for label in labels:
        while label in seen:
            label += "\u200b"
        seen.add(label)
        out.append(label)
    return out


def chart_locale() -> QLocale:
    """The numbers on the charts as the rest of Loket writes them ("51,6" in Indonesian)."""
    app = QCoreApplication.instance()
    english = app is not None and app.property("language") == "en"
    return QLocale(QLocale.Language.English if english else QLocale.Language.Indonesian)


class ChartCard(QWidget):
    bar_clicked = Signal(str, str)       # files key, what the bar is

    def __init__(self, parent=None, label_width: int = LABEL_WIDTH) -> None:
        super().__init__(parent)
        from PySide6.QtCharts import QChart, QChartView
        self.label_width = label_width
        self.chart = QChart()
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.setLocalizeNumbers(True)
        self.chart.setLocale(chart_locale())
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(200)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setMinimumHeight(200)
        self.empty.hide()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.view)
        lay.addWidget(self.empty)
        self.figure = None

    def show_figure(self, fig) -> None:
        from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QHorizontalBarSeries, QStackedBarSeries, QValueAxis
        self.figure = fig
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        self.chart.setTitle(fig.title)
        self.view.setToolTip(fig.note)
        # an empty chart is one line in its place, not a blank chart with the line below it
        if fig.empty:
            self.empty.setText(self.tr("{title}: belum ada data.").format(title=fig.title))
        self.empty.setVisible(fig.empty)
        self.view.setVisible(not fig.empty)
        horizontal = len(fig.bars) > 0 and max(len(b.label) for b in fig.bars) > 8
        series = QHorizontalBarSeries() if horizontal else QStackedBarSeries()
        # horizontal bars are drawn bottom-up: reverse them so the list reads top-down
        self.order = list(range(len(fig.bars)))[::-1] if horizontal else list(range(len(fig.bars)))
        bars = [fig.bars[i] for i in self.order]
        for si, name in enumerate(fig.series):
            bs = QBarSet(name)
            bs.setColor(QColor(COLOURS[si % len(COLOURS)]))
            for b in bars:
                bs.append(b.values[si])
            bs.clicked.connect(lambda index, si=si: self._clicked(si, index))
            series.append(bs)
        series.setLabelsVisible(fig.unit in ("%", "IKM") or len(fig.bars) <= 6)
        # the value inside the bar's end, in a type small enough for a thin bar: centred in
        # the window's own size it ran over the bars above and below ("51.6" across two)
        label_font = QFont(self.font())
        label_font.setPointSizeF(7.5)
        for bs in series.barSets():
            bs.setLabelFont(label_font)
            bs.setLabelColor(QColor(LABEL_INK))
        series.setLabelsPosition(series.LabelsPosition.LabelsOutsideEnd if horizontal
                                 else series.LabelsPosition.LabelsInsideEnd)
        if not horizontal:
            for bs in series.barSets():
                bs.setLabelColor(QColor("#ffffff"))   # inside a wide column, on its colour
        series.setLabelsPrecision(3)
        series.hovered.connect(lambda on, i, _set: self.view.setToolTip(
            f"{bars[i].name}: {', '.join(f'{v:g}' for v in bars[i].values)}" if on else fig.note))
        series.setLabelsFormat("@value")
        self.chart.addSeries(series)
        cats = QBarCategoryAxis()
        small = QFont(self.font())
        # Qt drops a name that would touch its neighbour: a size smaller keeps all 13–15 at 696 px
        small.setPointSizeF(6.8 if horizontal and len(bars) > 10 else 7.5)
        # names beside horizontal bars: past ~120 px Qt drew them over the card's left edge, cut
        # off ("zin Penyelenggaraan Op…"); elide them to what fits (the tooltip has the full name)
        fm = QFontMetrics(small)
        cats.append(unique([fm.elidedText(b.label, Qt.TextElideMode.ElideRight, self.label_width) if horizontal
                            else b.label for b in bars]))
        cats.setLabelsFont(small)
        cats.setTruncateLabels(False)        # Qt's own eliding left "…" alone on a narrow card
        if not horizontal and len(fig.bars) > 6:
            cats.setLabelsAngle(-50)
        values = QValueAxis()
        values.setLabelFormat("%.0f")         # "%d" gives no labels once numbers are localised
        values.setTruncateLabels(False)       # on a short card Qt wrote "…" for "40"
        values.setTickType(QValueAxis.TickType.TicksDynamic)
        values.setTickAnchor(0)
        if fig.unit == "%":
            # room past 100 for the value written beside the longest bar; ticks stop at 100
            values.setRange(0, 120 if horizontal else 100)
            values.setTickInterval(25)
        elif fig.unit == "IKM":
            low = min((b.values[0] for b in fig.bars), default=0)
            bottom = max(0, 5 * math.floor((low - 5) / 5))
            values.setRange(bottom, 100)
            values.setTickInterval(5 if 100 - bottom <= 30 else 10)
        else:
            top = max((sum(b.values) if not horizontal else max(b.values) for b in fig.bars), default=0)
            step = nice_step(top)
            values.setRange(0, step * max(1, math.ceil(top / step)) + (step * 0.3 if horizontal else 0))
            values.setTickInterval(step)
        first, second = (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom) if horizontal else (
            Qt.AlignmentFlag.AlignBottom, Qt.AlignmentFlag.AlignLeft)
        self.chart.addAxis(cats, first)
        self.chart.addAxis(values, second)
        series.attachAxis(cats)
        series.attachAxis(values)
        self.chart.legend().setVisible(len(fig.series) > 1)

    def _clicked(self, series_index: int, index: int) -> None:
        """`index` is the bar's place on screen."""
        fig = self.figure
        if fig is None or not (0 <= index < len(fig.bars)):
            return
        bar = fig.bars[self.order[index]]
        self.bar_clicked.emit(bar.keys[series_index], f"{fig.title} — {bar.name}")


class DashboardPage(QWidget):
    loaded = Signal(object)          # the Dashboard on screen (tests wait for it)

    def __init__(self, loket, actor, bus, parent=None) -> None:
        super().__init__(parent)
        self.loket, self.actor, self.bus = loket, actor, bus
        self._pool = worker.serial_pool(self)
        self.data = None
        title = QLabel(self.tr("Beranda pimpinan"))
        title.setObjectName("pageTitle")
        self.status = QLabel(self.tr("Memuat…"))
        refresh = QPushButton(self.tr("Muat ulang"))
        refresh.setToolTip(self.tr("Muat ulang grafik (F5)"))
        refresh.clicked.connect(self.refresh)
        head = QHBoxLayout()
        head.addWidget(title)
        head.addWidget(self.status, 1)
        head.addWidget(refresh)
        # the states card spans two columns: room for "Dikembalikan ke pemohon untuk dilengkapi"
        self.cards = {key: ChartCard(self, label_width=WIDE_LABEL_WIDTH if key == "states" else LABEL_WIDTH)
                      for key in ("intake", "states", "on_time", "ikm", "expiring")}
        # The two long lists (a bar per state, a bar per permit type) share the taller lower
        # row: in the upper one, 12 permit types left Qt room for every other name only.
        grid = QGridLayout()
        grid.addWidget(self.cards["intake"], 0, 0)
        grid.addWidget(self.cards["ikm"], 0, 1)
        grid.addWidget(self.cards["expiring"], 0, 2)
        grid.addWidget(self.cards["states"], 1, 0, 1, 2)
        grid.addWidget(self.cards["on_time"], 1, 2)
        grid.setRowStretch(0, 2)
        grid.setRowStretch(1, 3)
        for card in self.cards.values():
            card.bar_clicked.connect(self.open_files)
        lay = QVBoxLayout(self)
        lay.addLayout(head)
        lay.addLayout(grid, 1)
        bus.applications_changed.connect(lambda _ids: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        from app.reports import dashboard
        worker.run(lambda: dashboard.load(self.loket), on_done=self._show,
                   on_error=lambda e: self.status.setText(user_message(e)), context=self, pool=self._pool)

    def _show(self, dash) -> None:
        self.data = dash
        for key, card in self.cards.items():
            card.show_figure(dash.figures[key])
        self.status.setText(self.tr("Keadaan {d}. Klik batang untuk melihat berkasnya.").format(
            d=dash.today.strftime("%d-%m-%Y")))
        self.loaded.emit(dash)

    def open_files(self, key: str, what: str) -> None:
        from app.reports import dashboard
        worker.run(lambda: dashboard.files_for(self.loket, key), on_done=lambda rows: self._files(what, rows),
                   on_error=lambda e: self.status.setText(user_message(e)), context=self, pool=self._pool)

    def _files(self, what: str, rows) -> None:
        from ui.pages.reports import FilesDialog
        dlg = FilesDialog(what, rows, self)
        dlg.open_application.connect(self.bus.open_application)
        self.files_dialog = dlg
        dlg.open()
