"""Administrator: what sync overwrote (the losing value of two offline edits) and
what the central database refused (a second hand-over, a number already used).
Read from this workstation's copy of the office-wide log; works offline.

On top, the changes of this workstation the central database refused and that
therefore still wait in its outbox, with what to do about them in plain words."""
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

from ui import ops, worker
from ui.widgets import fmt_datetime

LIMIT = 1000


def _load(s, kind):
    from app.sync import conflicts, outbox
    return conflicts.recent(s, LIMIT, kind), outbox.held_rows(s)




class SyncConflictsPage(QWidget):
    COLUMNS = ("Waktu", "Jenis", "Data", "Kolom", "Dipakai", "Kalah / ditolak", "Keterangan")

    def __init__(self, loket, actor, bus, parent=None) -> None:
        super().__init__(parent)
        self.loket, self.actor, self.bus = loket, actor, bus
        self.items = []  # type: ignore[var-annotated]
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

        self.held_box = QWidget()
        self.held_box.setObjectName("heldBox")
        hl = QVBoxLayout(self.held_box)
        hl.setContentsMargins(0, 0, 0, 0)
        self.held_title = QLabel()
        self.held_title.setObjectName("heldTitle")
        self.held_title.setStyleSheet("font-weight: bold; color: darkred;")
        hl.addWidget(self.held_title)
        self.held_help = QLabel(self.tr(
            "Perubahan yang ditolak basis data pusat tidak pernah dihapus diam-diam: tetap di antrean dan "
            "dikirim ulang pada setiap sinkronisasi.\n"
            "• Baca kolom Alasan. Bila data itu sudah dicatat lebih dulu di workstation lain, yang berlaku data "
            "di pusat: periksa berkasnya bersama petugas workstation itu. Baris “Menunggu …” terkirim sendiri "
            "begitu baris yang ditolak diterima.\n"
            "• Setelah penyebabnya dibetulkan, sinkronkan (Ctrl+F5). Bila perubahan di sini memang tidak berlaku, "
            "pilih barisnya lalu “Buang dari antrean”: tercatat di log audit, dan pada sinkronisasi berikutnya "
            "workstation ini disamakan dengan data di pusat."))
        self.held_help.setWordWrap(True)
        hl.addWidget(self.held_help)
        self.held_table = QTableWidget(0, 4)
        self.held_table.setObjectName("heldTable")
        self.held_table.setHorizontalHeaderLabels([self.tr("Sejak"), self.tr("Data"), self.tr("Status"),
                                                   self.tr("Alasan")])
        self.held_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.held_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.held_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.held_table.verticalHeader().setVisible(False)
        self.held_table.setMaximumHeight(180)
        hh = self.held_table.horizontalHeader()
        for i in range(3):
            hh.setSectionResizeMode(i, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        hl.addWidget(self.held_table)
        hb = QHBoxLayout()
        hb.addStretch(1)
        self.discard_button = QPushButton(self.tr("&Buang dari antrean"))
        self.discard_button.setObjectName("heldDiscard")
        self.discard_button.clicked.connect(self._discard)
        hb.addWidget(self.discard_button)
        hl.addLayout(hb)
        self.held_box.setVisible(False)
        lay.addWidget(self.held_box)
        self.held = []  # type: ignore[var-annotated]

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
        kind = self.kind.currentData()
        ops.query(self, lambda s: _load(s, kind), self._show, pool=self.pool)

    def _synced(self, st: dict) -> None:
        if st.get("online") and "progress" not in st:
            self.refresh()

    def _show(self, loaded) -> None:
        from app.sync.conflicts import column_label
        items, held = loaded
        self._show_held(held)
        self.items = items
        self.table.setRowCount(len(items))
        for r, it in enumerate(items):
            kept = f"{it.kept or ''}" + (f" ({it.kept_ws})" if it.kept_ws else "")
            lost = f"{it.lost or ''}" + (f" ({it.lost_ws})" if it.lost_ws else "")
            values = (fmt_datetime(it.at), it.kind_label, f"{it.table_label} {it.row_id[:8]}",
                      column_label(it.field), kept.strip(), lost.strip(), it.message or "")
            for c, v in enumerate(values):
                cell = QTableWidgetItem(v)
                cell.setToolTip(it.row_id if c == 2 else (it.field or "") if c == 3 else v)
                if it.kind != "FIELD":
                    cell.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(r, c, cell)
        self.count.setText(self.tr("{n} catatan").format(n=len(items)) if items
                           else self.tr("Tidak ada konflik sinkronisasi."))

    def _show_held(self, held) -> None:
        from app.i18n import tr as app_tr
        from app.sync.conflicts import TABLE_LABELS
        self.held = held
        self.held_box.setVisible(bool(held))
        refused = sum(1 for h in held if not h.waits_for)
        self.held_title.setText(self.tr("{r} perubahan workstation ini ditolak basis data pusat, {w} menunggu "
                                        "bersamanya — masih di antrean").format(r=refused, w=len(held) - refused))
        self.held_table.setRowCount(len(held))
        for r, h in enumerate(held):
            values = (fmt_datetime(h.since) if h.since else "",
                      f"{app_tr(TABLE_LABELS.get(h.table, h.table))} {h.row_id[:8]}",
                      self.tr("Menunggu") if h.waits_for else self.tr("Ditolak pusat"), h.reason)
            for c, v in enumerate(values):
                cell = QTableWidgetItem(v)
                cell.setToolTip(h.row_id if c == 1 else v)
                self.held_table.setItem(r, c, cell)

    def _discard(self) -> None:
        from PySide6.QtWidgets import QMessageBox
        row = self.held_table.currentRow()
        if row < 0 or row >= len(self.held):
            return
        h = self.held[row]
        if h.waits_for:
            QMessageBox.information(self, self.tr("Buang dari antrean"),
                                    self.tr("Baris ini menunggu baris lain yang ditolak; buang baris yang ditolak itu."))
            return
        ok = QMessageBox.question(self, self.tr("Buang dari antrean"), self.tr(
            "Perubahan ini (dan yang menunggu bersamanya) tidak akan dikirim lagi ke pusat. Pada sinkronisasi "
            "berikutnya data di workstation ini diganti dengan data di pusat (data yang tidak ada di pusat tetap "
            "di sini). Lanjutkan?"))
        if ok != QMessageBox.StandardButton.Yes:
            return
        from app.sync import outbox
        actor = self.actor
        ops.change(self, lambda s: outbox.discard(s, actor, h.table, h.row_id), lambda _n: self.refresh(),
                   on_error=lambda e: QMessageBox.warning(self, self.tr("Buang dari antrean"), str(e)),  # type: ignore[arg-type]
                   pool=self.pool)
