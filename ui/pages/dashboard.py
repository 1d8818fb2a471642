"""Beranda pimpinan: the heads' first page (Kasi, Kabid, Kadis), five charts from
app/reports/dashboard.py. Clicking a bar lists the files behind it; Enter
there opens the file.

Charts are Qt Charts (PySide6-Addons, already installed with PySide6: no new
dependency, ~2 MB of library, loaded only when this page opens). pyqtgraph
would add numpy and looks like a lab instrument; Qt Charts reads like a report.
"""
from __future__ import annotations

from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui import worker
from ui.widgets import user_message

COLOURS = ("#1f4e79", "#c8102e", "#2e7d32", "#8a6d3b")


class ChartCard(QWidget):
    bar_clicked = Signal(str, str)       # files key, what the bar is

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        from PySide6.QtCharts import QChart, QChartView
        self.chart = QChart()
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(240)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
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
        if fig.empty:
            self.empty.setText(self.tr("{title}: belum ada data.").format(title=fig.title))
            self.empty.show()
        else:
            self.empty.hide()
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
            bs.setLabelColor(QColor("#ffffff"))
        series.setLabelsPosition(series.LabelsPosition.LabelsInsideEnd)
        series.setLabelsPrecision(3)
        series.hovered.connect(lambda on, i, _set: self.view.setToolTip(
            f"{bars[i].name}: {', '.join(f'{v:g}' for v in bars[i].values)}" if on else fig.note))
        series.setLabelsFormat("@value")
        self.chart.addSeries(series)
        cats = QBarCategoryAxis()
        cats.append([b.label for b in bars])
        small = QFont(self.font())
        small.setPointSizeF(7.5)
        cats.setLabelsFont(small)
        cats.setTruncateLabels(False)        # the service already shortened them; elided "…" reads as nothing
        if not horizontal and len(fig.bars) > 6:
            cats.setLabelsAngle(-50)
        values = QValueAxis()
        values.setLabelFormat("%d" if fig.unit == "" else "%.0f")
        if fig.unit == "%":
            values.setRange(0, 100)
        elif fig.unit == "IKM":
            low = min((b.values[0] for b in fig.bars), default=0)
            values.setRange(max(0, int(low) - 5), 100)
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
        self.cards = {key: ChartCard(self) for key in ("intake", "states", "on_time", "ikm", "expiring")}
        grid = QGridLayout()
        grid.addWidget(self.cards["intake"], 0, 0)
        grid.addWidget(self.cards["on_time"], 0, 1)
        grid.addWidget(self.cards["ikm"], 0, 2)
        grid.addWidget(self.cards["states"], 1, 0, 1, 2)
        grid.addWidget(self.cards["expiring"], 1, 2)
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
