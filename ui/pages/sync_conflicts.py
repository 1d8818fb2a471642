"""Administrator: what sync overwrote (the losing value of two offline edits) and
what the central database refused (a second hand-over, a number already used).
Read from this workstation's copy of the office-wide log; works offline."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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
from ui.widgets import fmt_datetime

LIMIT = 1000


def _load(loket, kind):
    from app.sync import conflicts
    with loket.Session() as s:
        return conflicts.recent(s, LIMIT, kind)


class SyncConflictsPage(QWidget):
    COLUMNS = ("Waktu", "Jenis", "Data", "Kolom", "Dipakai", "Kalah / ditolak", "Keterangan")

    def __init__(self, loket, actor, bus, parent=None):
        super().__init__(parent)
        self.loket, self.actor, self.bus = loket, actor, bus
        self.items = []
        self.pool = worker.serial_pool(self)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(20, 16, 20, 16)
        lay.setSpacing(10)
        title = QLabel(self.tr("Konflik sinkronisasi"))
        title.setObjectName("pageTitle")
        lay.addWidget(title)
        intro = QLabel(self.tr("Nilai yang kalah saat dua workstation mengubah data yang sama selagi luring, "
                               "dan perubahan yang ditolak basis data pusat. Tidak ada yang dihapus: nilai "
                               "yang kalah tersimpan di sini."))
        intro.setWordWrap(True)
        lay.addWidget(intro)

        bar = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("conflictKind")
        for label, key in ((self.tr("Semua"), None), (self.tr("Nilai tertimpa"), "FIELD"),
                           (self.tr("Ditolak pusat"), "REJECTED"), (self.tr("Ditolak lokal"), "LOCAL")):
            self.kind.addItem(label, key)
        lab = QLabel(self.tr("&Jenis"))
        lab.setBuddy(self.kind)
        self.refresh_button = QPushButton(self.tr("&Muat ulang"))
        self.refresh_button.setObjectName("conflictRefresh")
        bar.addWidget(lab)
        bar.addWidget(self.kind)
        bar.addStretch(1)
        bar.addWidget(self.refresh_button)
        lay.addLayout(bar)

        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("conflictTable")
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)   # full text in the tooltip
        head = self.table.horizontalHeader()
        for i in range(len(self.COLUMNS) - 1):
            head.setSectionResizeMode(i, QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(len(self.COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        lay.addWidget(self.table, 1)
        self.count = QLabel()
        lay.addWidget(self.count)

        self.kind.currentIndexChanged.connect(self.refresh)
        self.refresh_button.clicked.connect(self.refresh)
        bus.sync_status.connect(self._synced)
        self.refresh()

    def refresh(self) -> None:
        loket, kind = self.loket, self.kind.currentData()
        worker.run(lambda: _load(loket, kind), on_done=self._show, context=self, pool=self.pool)

    def _synced(self, st: dict) -> None:
        if st.get("online") and "progress" not in st:
            self.refresh()

    def _show(self, items) -> None:
        self.items = items
        self.table.setRowCount(len(items))
        for r, it in enumerate(items):
            kept = f"{it.kept or ''}" + (f" ({it.kept_ws})" if it.kept_ws else "")
            lost = f"{it.lost or ''}" + (f" ({it.lost_ws})" if it.lost_ws else "")
            values = (fmt_datetime(it.at), it.kind_label, f"{it.table_label} {it.row_id[:8]}",
                      it.field or "", kept.strip(), lost.strip(), it.message or "")
            for c, v in enumerate(values):
                cell = QTableWidgetItem(v)
                cell.setToolTip(it.row_id if c == 2 else v)
                if it.kind != "FIELD":
                    cell.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(r, c, cell)
        self.count.setText(self.tr("{n} catatan").format(n=len(items)) if items
                           else self.tr("Tidak ada konflik sinkronisasi."))
