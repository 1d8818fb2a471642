"""Administrator: the audit log, filtered by officer, date and application,
and a check of every workstation's chain. Queries run off the GUI thread."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.audit import action_label
from ui import ops, worker
from ui.widgets import fmt_datetime, theme, today_local

LIMIT = 1000




class AuditPage(QWidget):
    COLUMNS = ("Waktu", "Workstation", "No.", "Petugas", "Tindakan", "Ringkasan")

    def __init__(self, loket, actor, bus, parent=None) -> None:
        super().__init__(parent)
        self.loket, self.actor, self.bus = loket, actor, bus
        self.rows = []  # type: ignore[var-annotated]
        self.pool = worker.serial_pool(self)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(20, 16, 20, 16)
        lay.setSpacing(10)
        title = QLabel(self.tr("Log audit"))
        title.setObjectName("pageTitle")
        lay.addWidget(title)

        filters, filters2 = QHBoxLayout(), QHBoxLayout()
        self.officer = QComboBox()
        self.officer.setObjectName("auditOfficer")
        self.officer.setMinimumContentsLength(22)
        self.date_from = QDateEdit()
        self.date_to = QDateEdit()
        for w, name in ((self.date_from, "auditFrom"), (self.date_to, "auditTo")):
            w.setObjectName(name)
            w.setCalendarPopup(True)
            w.setDisplayFormat("dd-MM-yyyy")
        today = today_local()
        self.date_to.setDate(QDate(today.year, today.month, today.day))
        start = QDate(today.year, today.month, today.day).addDays(-30)
        self.date_from.setDate(start)
        self.application = QLineEdit()
        self.application.setObjectName("auditApplication")
        self.application.setPlaceholderText(self.tr("No. permohonan / tanda terima / SK"))
        self.application.setClearButtonEnabled(True)
        self.show_button = QPushButton(self.tr("Tampilkan"))
        self.show_button.setObjectName("auditShow")
        self.show_button.setProperty("primary", True)
        for label, w in ((self.tr("&Petugas"), self.officer), (self.tr("&Dari"), self.date_from),  # type: ignore[assignment]
                         (self.tr("&Sampai"), self.date_to), (self.tr("Per&mohonan"), self.application)):
            lab = QLabel(label)
            lab.setBuddy(w)
            # two rows: in one, the filters were 1,044 px wide (a 1280×720 screen has 964)
            row = filters if w is not self.application else filters2  # type: ignore[comparison-overlap]
            row.addWidget(lab)
            row.addWidget(w, 1 if w is self.application else 0)  # type: ignore[comparison-overlap]
        filters.addStretch(1)
        filters2.addWidget(self.show_button)
        lay.addLayout(filters)
        lay.addLayout(filters2)

        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("auditTable")
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        # a long summary wraps in its row instead of ending in "…"
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        lay.addWidget(self.table, 1)

        bottom = QHBoxLayout()
        self.status = QLabel()
        self.status.setObjectName("muted")
        self.chain = QLabel()
        self.chain.setObjectName("auditChain")
        self.chain.setWordWrap(True)
        self.verify_button = QPushButton(self.tr("Periksa rantai audit"))
        self.verify_button.setObjectName("auditVerify")
        self.status.setWordWrap(True)
        lay.addWidget(self.status)          # its own line: a refusal's text is long
        bottom.addWidget(self.chain, 1)
        bottom.addWidget(self.verify_button)
        lay.addLayout(bottom)

        self.show_button.clicked.connect(self.refresh)
        self.application.returnPressed.connect(self.refresh)
        self.verify_button.clicked.connect(self.verify)
        bus.changed.connect(self._changed)
        self._load_officers()
        self.refresh()

    def _changed(self, changes) -> None:
        if changes.touches("officers"):
            self._load_officers()

    def _load_officers(self) -> None:
        from app.services import officers
        current = self.officer.currentData()
        self.officer.clear()
        self.officer.addItem(self.tr("Semua petugas"), None)
        for r in ops.now(self, officers.list_officers):
            self.officer.addItem(f"{r.full_name} ({r.username})", r.id)
        i = self.officer.findData(current)
        self.officer.setCurrentIndex(max(0, i))

    def filters(self) -> dict:
        qf, qt = self.date_from.date(), self.date_to.date()
        return {"officer_id": self.officer.currentData(),
                "date_from": date(qf.year(), qf.month(), qf.day()),
                "date_to": date(qt.year(), qt.month(), qt.day()),
                "application": self.application.text().strip() or None}

    def refresh(self) -> None:
        self.status.setText(self.tr("Memuat…"))
        self.show_button.setEnabled(False)
        from app import audit
        actor, f = self.actor, self.filters()
        ops.query(self, lambda s: audit.search(s, actor, limit=LIMIT, **f), self._show,
                  on_error=self._failed, pool=self.pool)

    def _failed(self, exc) -> None:
        from ui.widgets import user_message
        self.show_button.setEnabled(True)
        self.rows = []
        self.table.setRowCount(0)
        self.status.setText(user_message(exc))

    def _show(self, rows) -> None:
        self.show_button.setEnabled(True)
        self.rows = rows
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            for j, v in enumerate((fmt_datetime(r.at, seconds=True), r.workstation, str(r.seq), r.officer_name or "",
                                   action_label(r.action), r.summary or "")):
                item = QTableWidgetItem(v)
                if j == 4:
                    item.setToolTip(r.action)
                if j == 5:
                    item.setToolTip(v)
                if j == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(i, j, item)
        self.table.resizeRowsToContents()
        more = self.tr(" (dibatasi {n}; persempit saringan)").format(n=LIMIT) if len(rows) >= LIMIT else ""
        self.status.setText(self.tr("{n} catatan").format(n=len(rows)) + more)

    def verify(self) -> None:
        self.verify_button.setEnabled(False)
        self.chain.setText(self.tr("Memeriksa rantai…"))
        from app import audit
        ops.query(self, audit.verify_all, self._verified, pool=self.pool)

    def _verified(self, results) -> None:
        self.verify_button.setEnabled(True)
        total = sum(r.count for r in results)
        broken = [r.broken for r in results if r.broken is not None]
        if broken:
            self.chain.setText(self.tr("RUSAK: {where}").format(where=broken[0]))
            self.chain.setStyleSheet(theme.error_style(bold=True))
        else:
            self.chain.setText(self.tr("Rantai utuh: {n} catatan dari {k} workstation.").format(
                n=total, k=len(results)))
            self.chain.setStyleSheet("color: #1a7f37; font-weight: 600;")
