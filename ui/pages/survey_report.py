"""Laporan SKM at counter 5: the index for a period (office days), with the weight
an earlier report used, and the report PDF (respondents, profile, NRR chart,
IKM and grade, suggestions) to print or save. Computed off the GUI thread."""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui import ops, worker
from ui.pdf_preview import PdfPreview
from ui.widgets import today_local, user_message

WEIGHTS = (("exact", "Bobot 1/9 (PermenPANRB 14/2017)"), ("0.111", "Bobot 0,111 (laporan lama)"),
           ("0.11", "Bobot 0,11 (laporan lama)"))


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


class SurveyReportPanel(QWidget):
    computed = Signal(object)        # app.services.ikm.Result

    def __init__(self, loket, actor, parent=None) -> None:
        super().__init__(parent)
        self.loket, self.actor = loket, actor
        self._pool = worker.serial_pool(self)
        today = today_local()
        # the last 30 days: "this month so far" was 1–2 Dec on the 2nd, too few answers to mean much
        self.date_from = QDateEdit(_qdate(today - timedelta(days=29)))
        self.date_to = QDateEdit(_qdate(today))
        for d in (self.date_from, self.date_to):
            d.setCalendarPopup(True)
            d.setDisplayFormat("dd-MM-yyyy")
        self.weight = QComboBox()
        for key, label in WEIGHTS:
            self.weight.addItem(self.tr(label), key)
        self.compute_button = QPushButton(self.tr("Hitung IKM"))
        self.compute_button.setProperty("primary", True)
        self.compute_button.clicked.connect(self.compute)
        self.pdf_button = QPushButton(self.tr("Laporan PDF"))
        self.pdf_button.clicked.connect(self.build_pdf)
        top = QHBoxLayout()
        for w in (QLabel(self.tr("Dari")), self.date_from, QLabel(self.tr("sampai")), self.date_to,
                  self.weight, self.compute_button, self.pdf_button):
            top.addWidget(w)
        top.addStretch(1)

        self.summary = QLabel(self.tr("Pilih periode lalu tekan “Hitung IKM”."))
        self.summary.setObjectName("pageTitle")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Kode"), self.tr("Unsur pelayanan"), self.tr("NRR")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.summary)
        ll.addWidget(self.table, 1)
        self.preview = PdfPreview(self)
        # no empty grey pane with print buttons before there is a report: the preview
        # appears with the first PDF, and its Tutup hides it again
        self.preview.hide()
        self.preview.closed.connect(self.preview.hide)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.preview)
        split.setSizes([420, 700])
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(top)
        lay.addWidget(split, 1)

    def _period(self) -> tuple[date, date, str]:
        return self.date_from.date().toPython(), self.date_to.date().toPython(), self.weight.currentData()  # type: ignore[return-value]

    def compute(self) -> None:
        d_from, d_to, weight = self._period()
        if d_from > d_to:
            self.summary.setText(self.tr("Tanggal awal setelah tanggal akhir."))
            return

        from app import config
        from app.services import ikm, survey

        def go(s):
            order = ikm.parse_order(config.get(s, "survey.element_order"))
            return survey.index(s, d_from, d_to, weight), order
        ops.query(self, go, self._show, on_error=self._failed, pool=self._pool)

    def _failed(self, exc) -> None:
        self.summary.setText(user_message(exc))
        self.table.setRowCount(0)

    def _show(self, result) -> None:
        from app.services import ikm
        res, order = result
        els = ikm.elements()
        nrr = res.nrr_rounded(4)
        self.table.setRowCount(0)
        for k in order:
            r = self.table.rowCount()
            self.table.insertRow(r)
            for c, v in enumerate((k, els[k].name, ikm.fmt(nrr[k]))):
                item = QTableWidgetItem(v)
                if c == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.summary.setText(self.tr("IKM {ikm} — mutu {g} ({label}); {n} responden").format(
            ikm=ikm.fmt(res.ikm), g=res.grade, label=self.tr(res.label), n=res.respondents))
        self.computed.emit(res)

    def build_pdf(self) -> None:
        d_from, d_to, weight = self._period()

        from app.documents import skm_report
        def show(pdf: bytes) -> None:
            self.preview.show_pdf(pdf, self.tr("Laporan SKM {a} s.d. {b}").format(
                a=d_from.strftime("%d-%m-%Y"), b=d_to.strftime("%d-%m-%Y")))
            self.preview.show()
        ops.query(self, lambda s: skm_report.build(s, d_from, d_to, weight), show,
                  on_error=self._failed, pool=self._pool)
