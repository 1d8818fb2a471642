"""Laporan: the reports of app/reports on screen, with the range, the grouping,
the unit and the permit type, saved to XLSX, PDF or CSV. Each report is built
off the GUI thread; Enter or a double click on a row lists the files behind it,
and Enter there opens the file (the shell's detail window).

The same page serves KASI, KABID, KADIN and ADMIN (every report) and LOKET5
(IKM and expiring permits): the report list shows only what the role may see,
and the service refuses the rest anyway.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui import worker
from ui.widgets import user_message

BY = (("month", "Per bulan"), ("quarter", "Per triwulan"), ("year", "Per tahun"))
NUMERIC = ("int", "num", "pct", "days")


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


class FilesDialog(QDialog):
    """The files behind a bar or a row; Enter opens one."""
    open_application = Signal(str)

    def __init__(self, title: str, rows: list, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.rows = rows
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("{n} berkas — Enter atau klik ganda membuka rincian.").format(n=len(rows))))
        self.table = QTableWidget(len(rows), 3)
        self.table.setHorizontalHeaderLabels([self.tr("No. permohonan"), self.tr("Pemohon"), self.tr("Status")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for i, r in enumerate(rows):
            for j, v in enumerate((r.no_permohonan, r.applicant_name, r.state_label)):
                self.table.setItem(i, j, QTableWidgetItem(v))
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnToContents(0)
        self.table.doubleClicked.connect(lambda _: self.open_current())
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self.open_current,
                  context=Qt.ShortcutContext.WidgetShortcut)   # Enter on the list, not everywhere
        lay.addWidget(self.table)
        self.resize(760, 460)
        if rows:
            self.table.selectRow(0)

    def open_current(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.rows):
            self.open_application.emit(self.rows[row].id)
            self.accept()


class ReportsPage(QWidget):
    shown = Signal(object)          # the Table on screen (tests wait for it)

    def __init__(self, loket, actor, bus, parent=None) -> None:
        super().__init__(parent)
        from app import reports
        self.loket, self.actor, self.bus = loket, actor, bus
        self.table_data = None
        # set once the officer picked dates or a report was requested: the late list of choices
        # must not then overwrite the range (it did, and the screen showed another range than the data)
        self._range_chosen = False
        self._pool = worker.serial_pool(self)
        title = QLabel(self.tr("Laporan"))
        title.setObjectName("pageTitle")
        self.report = QComboBox()
        for r in reports.all_reports():
            if actor.roles & r.roles:
                self.report.addItem(self.tr(r.title), r.name)
        self.date_from, self.date_to = QDateEdit(), QDateEdit()
        for d in (self.date_from, self.date_to):
            d.setCalendarPopup(True)
            d.setDisplayFormat("dd-MM-yyyy")
        self.by = QComboBox()
        for key, label in BY:
            self.by.addItem(self.tr(label), key)
        self.unit = QComboBox()
        self.unit.addItem(self.tr("Semua unit"), None)
        self.permit = QComboBox()
        self.permit.addItem(self.tr("Semua jenis izin"), None)
        self.permit.setMinimumContentsLength(18)
        self.permit.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.show_button = QPushButton(self.tr("Tampilkan"))
        self.show_button.setProperty("primary", True)
        self.show_button.setToolTip(self.tr("Tampilkan laporan (F5)"))
        self.show_button.clicked.connect(self.refresh)
        self.save_buttons = []
        for ext, label in ((".xlsx", "Simpan XLSX"), (".pdf", "Simpan PDF"), (".csv", "Simpan CSV")):
            b = QPushButton(self.tr(label))
            b.setEnabled(False)
            b.clicked.connect(lambda _=False, e=ext: self.save(e))
            self.save_buttons.append(b)
        self.report.currentIndexChanged.connect(self._report_changed)
        for d in (self.date_from, self.date_to):
            d.userDateChanged.connect(self._dates_edited)

        # two rows: in one, the filters ran 1,060 px wide on a 1280×720 screen
        top = QHBoxLayout()
        for w in (self.report, QLabel(self.tr("Dari")), self.date_from, QLabel(self.tr("s.d.")), self.date_to):
            top.addWidget(w)
        top.addStretch(1)
        filters = QHBoxLayout()
        for w in (self.by, self.unit, self.permit, self.show_button):  # type: ignore[assignment]
            filters.addWidget(w)
        filters.addStretch(1)
        saves = QHBoxLayout()
        self.summary = QLabel(self.tr("Pilih laporan dan rentang, lalu tekan Tampilkan."))
        self.summary.setWordWrap(True)
        saves.addWidget(self.summary, 1)
        for b in self.save_buttons:
            saves.addWidget(b)
        self.grid = QTableWidget(0, 0)
        self.grid.verticalHeader().setVisible(False)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.grid.setAlternatingRowColors(True)
        self.grid.doubleClicked.connect(lambda _: self.open_row())
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.grid, self.open_row,
                  context=Qt.ShortcutContext.WidgetShortcut)
        # In the main window F5 is its reload, which calls refresh() (ui/shortcuts.py); this
        # key is for the page on its own and is off inside the main window (see showEvent)
        self._f5 = QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.refresh)
        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addLayout(top)
        lay.addLayout(filters)
        lay.addLayout(saves)
        lay.addWidget(self.grid, 1)
        # what the figures mean (units, rounding, scope): below the table, full width, so a long
        # note wraps instead of being cut off beside the save buttons
        self.notes = QLabel()
        self.notes.setObjectName("muted")
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.notes.hide()
        lay.addWidget(self.notes)
        worker.run(lambda: reports.choices(loket), on_done=self._fill_choices, on_error=self._failed,
                   context=self, pool=self._pool)

    # -- filters ---------------------------------------------------------------------------
    def _fill_choices(self, ch) -> None:
        self.today = ch.today
        for u in ch.units:
            self.unit.addItem(u, u)
        for code, name in ch.permit_types:
            self.permit.addItem(name, code)
        if not self._range_chosen:
            self._report_changed()

    def _dates_edited(self) -> None:
        self._range_chosen = True

    def _report_changed(self) -> None:
        from app.reports.builders import default_range
        today = getattr(self, "today", None)
        if today is None:
            return
        lo, hi = default_range(self.report.currentData() or "", today)
        self._set_range(lo, hi)

    def _set_range(self, lo: date, hi: date) -> None:
        """Set the dates on screen without counting it as the officer's own choice."""
        for d, v in ((self.date_from, lo), (self.date_to, hi)):
            d.blockSignals(True)
            d.setDate(_qdate(v))
            d.blockSignals(False)

    def params(self):
        from app.reports import Params
        return Params(self.date_from.date().toPython(), self.date_to.date().toPython(), self.by.currentData(),
                      self.unit.currentData(), self.permit.currentData())

    # -- build and show --------------------------------------------------------------------
    def showEvent(self, e) -> None:
        super().showEvent(e)
        self._f5.setEnabled(not hasattr(self.window(), "show_page"))   # the main window has its own F5

    def refresh(self) -> None:
        from app import reports
        name, params = self.report.currentData(), self.params()
        if name is None:
            return
        self._range_chosen = True
        self.summary.setText(self.tr("Menyusun laporan…"))
        worker.run(lambda: reports.run(self.loket, self.actor, name, params), on_done=self._show,
                   on_error=self._failed, context=self, pool=self._pool)

    def _failed(self, exc) -> None:
        self.summary.setText(user_message(exc))

    def _show(self, table) -> None:
        from app.reports import export
        self.table_data = table
        # the range on screen is the range of the data, whatever happened while it was built
        self._set_range(table.params.date_from, table.params.date_to)
        cols = table.columns
        rows = table.rows + ([table.total] if table.total else [])
        self.grid.clear()
        self.grid.setColumnCount(len(cols))
        self.grid.setRowCount(len(rows))
        self.grid.setHorizontalHeaderLabels([c.label for c in cols])
        bold = self.grid.font()
        bold.setBold(True)
        for i, r in enumerate(rows):
            for j, c in enumerate(cols):
                item = QTableWidgetItem(export.display(table, r, j))
                if c.kind in NUMERIC:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if table.total is not None and i == len(rows) - 1:
                    item.setFont(bold)
                self.grid.setItem(i, j, item)
        self.grid.resizeColumnsToContents()
        for j in range(len(cols)):
            self.grid.setColumnWidth(j, min(self.grid.columnWidth(j), 320))
        notes = " ".join(table.notes)
        self.notes.setText(notes)
        self.notes.setVisible(bool(notes))
        if table.empty:
            self.summary.setText(self.tr("Tidak ada data dalam rentang ini."))
        else:
            self.summary.setText(self.tr("{title}: {n} baris. Enter pada baris membuka berkasnya.").format(
                title=table.title, n=len(table.rows)))
        for b in self.save_buttons:
            b.setEnabled(True)
        self.shown.emit(table)

    def open_row(self) -> None:
        from app import reports
        t = self.table_data
        row = self.grid.currentRow()
        if t is None or not (0 <= row < len(t.row_files)) or not t.row_files[row]:
            return
        ids = t.row_files[row]
        worker.run(lambda: reports.files_of(self.loket, ids), on_done=self._files, on_error=self._failed,
                   context=self, pool=self._pool)

    def _files(self, rows) -> None:
        dlg = FilesDialog(self.tr("Berkas di balik baris ini"), rows, self)
        dlg.open_application.connect(self.bus.open_application)
        self.files_dialog = dlg
        dlg.open()

    # -- save ------------------------------------------------------------------------------
    def suggested_name(self, ext: str) -> str:
        t, p = self.table_data, self.params()
        return f"laporan-{t.name}-{p.date_from.isoformat()}-{p.date_to.isoformat()}{ext}"  # type: ignore[attr-defined]

    def save(self, ext: str, path: str | None = None) -> None:
        from app import reports
        if self.table_data is None:
            return
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan laporan"),
                                                  str(Path.home() / self.suggested_name(ext)),
                                                  self.tr("Berkas {ext} (*{ext})").format(ext=ext))
            if not path:
                return
        table = self.table_data
        worker.run(lambda: reports.save(self.loket, table, path),
                   on_done=lambda p: self.summary.setText(self.tr("Disimpan: {path}").format(path=p)),
                   on_error=self._failed, context=self, pool=self._pool)
