"""Administrator: SiCantik permit types seen in pulls but not mapped (with the files
waiting on each) and SiCantik values Loket does not know, each mapped with a picker.
Files of a type just mapped are imported by the next pull, from the rows SiCantik
already sent (or now, with «Impor sekarang»). Every action calls app/sicantik/admin.py,
which checks the administrator role, audits and commits; this page only shows answers.
"""
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

from app.sicantik import admin, counter
from ui import ops, worker
from ui.widgets import theme, user_message


def _load(loket, actor):
    return admin.overview(loket, actor), counter.permit_choices(loket)


def _table(name: str, columns: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(columns))
    t.setObjectName(name)
    t.setHorizontalHeaderLabels(columns)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.verticalHeader().setVisible(False)
    # rows tall enough for the picker in them
    t.verticalHeader().setDefaultSectionSize(QComboBox().sizeHint().height() + 8)
    t.setWordWrap(False)
    head = t.horizontalHeader()
    for i in range(len(columns)):
        head.setSectionResizeMode(i, QHeaderView.ResizeMode.ResizeToContents)
    return t


def _fixed(t: QTableWidget, column: int, ems: int) -> None:
    t.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
    t.setColumnWidth(column, t.fontMetrics().horizontalAdvance("M") * ems)


class SicantikMapPage(QWidget):
    def __init__(self, loket, actor, bus, parent=None) -> None:
        super().__init__(parent)
        self.loket, self.actor, self.bus = loket, actor, bus
        self.pool = worker.serial_pool(self)
        self.overview: admin.Overview | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(20, 16, 20, 16)
        lay.setSpacing(8)
        title = QLabel(self.tr("Pemetaan SiCantik"))
        title.setObjectName("pageTitle")
        lay.addWidget(title)
        intro = QLabel(self.tr("Jenis izin dan nilai dari SiCantik yang belum dikenal Loket. Tidak ada berkas yang "
                               "hilang: berkas dengan jenis izin yang belum dipetakan menunggu di sini dan diimpor "
                               "pada penarikan berikutnya setelah dipetakan, tanpa membaca ulang SiCantik; nilai "
                               "yang belum dikenal ditampilkan seperti ditulis SiCantik sampai dipetakan."))
        intro.setWordWrap(True)
        lay.addWidget(intro)

        head1 = QLabel(self.tr("Jenis izin SiCantik yang belum dipetakan"))
        head1.setObjectName("sectionTitle")
        head1.setStyleSheet("font-weight: 600; margin-top: 6px;")
        lay.addWidget(head1)
        self.types = _table("sicantikTypes", [self.tr("ID SiCantik"), self.tr("Nama di SiCantik"),
                                              self.tr("Berkas menunggu"), self.tr("Contoh nomor"),
                                              self.tr("Jenis izin Loket"), ""])
        self.types.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        _fixed(self.types, 3, 12)
        _fixed(self.types, 4, 24)
        lay.addWidget(self.types, 3)
        ready_bar = QHBoxLayout()
        self.ready = QLabel()
        self.ready.setObjectName("sicantikReady")
        self.import_now = QPushButton(self.tr("&Impor sekarang"))
        self.import_now.setObjectName("sicantikImportNow")
        self.import_now.setToolTip(self.tr("Impor berkas yang sudah dipetakan dari data yang sudah dikirim SiCantik"))
        ready_bar.addWidget(self.ready, 1)
        ready_bar.addWidget(self.import_now)
        lay.addLayout(ready_bar)

        head2 = QLabel(self.tr("Nilai SiCantik yang belum dikenal"))
        head2.setStyleSheet("font-weight: 600; margin-top: 6px;")
        lay.addWidget(head2)
        self.values = _table("sicantikValues", [self.tr("Kolom"), self.tr("Ditulis SiCantik"), self.tr("Berkas"),
                                                self.tr("Arti di Loket"), ""])
        self.values.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        _fixed(self.values, 3, 16)
        lay.addWidget(self.values, 2)

        bottom = QHBoxLayout()
        self.message = QLabel()
        self.message.setObjectName("sicantikMessage")
        self.message.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("&Muat ulang"))
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.refresh_button)
        lay.addLayout(bottom)

        self.refresh_button.clicked.connect(self.refresh)
        self.import_now.clicked.connect(self._import_now)
        self.refresh()

    # -- data ------------------------------------------------------------------------
    def refresh(self) -> None:
        loket, actor = self.loket, self.actor
        worker.run(lambda: _load(loket, actor), on_done=self._show, on_error=self._failed, context=self,
                   pool=self.pool)

    def _failed(self, exc) -> None:
        self.say(user_message(exc), error=True)

    def say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(theme.error_style() if error else f"color: {theme.OK};")

    def _show(self, loaded) -> None:
        ov, permits = loaded
        self.overview = ov
        self.types.setRowCount(len(ov.types))
        for r, t in enumerate(ov.types):
            for c, v in enumerate((t.sicantik_id or "—", t.sicantik_name or "—", str(t.files),
                                   ", ".join(t.numbers) + (" …" if t.files > len(t.numbers) else ""))):
                cell = QTableWidgetItem(v)
                cell.setToolTip(v)
                if c == 2:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.types.setItem(r, c, cell)
            pick = QComboBox()
            pick.setObjectName(f"sicantikTypePick{r}")
            pick.setEditable(True)
            pick.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            pick.completer().setFilterMode(Qt.MatchFlag.MatchContains)  # type: ignore[union-attr]
            pick.addItem("", None)
            for code, name in permits:
                pick.addItem(f"{name} ({code})", code)
            self.types.setCellWidget(r, 4, pick)
            button = QPushButton(self.tr("Petakan"))
            button.setObjectName(f"sicantikTypeMap{r}")
            button.clicked.connect(lambda _=False, t=t, pick=pick: self._map_type(t, pick))
            self.types.setCellWidget(r, 5, button)
        if not ov.types:
            self.types.setRowCount(0)
        self.ready.setText(self.tr("{n} berkas sudah dipetakan; diimpor pada penarikan berikutnya.").format(n=ov.ready)
                           if ov.ready else self.tr("Tidak ada berkas yang siap diimpor."))
        self.import_now.setEnabled(bool(ov.ready))

        self.values.setRowCount(len(ov.values))
        for r, u in enumerate(ov.values):
            for c, v in enumerate((u.field_label, u.value, str(u.files))):
                cell = QTableWidgetItem(v)
                if c == 2:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.values.setItem(r, c, cell)
            pick = QComboBox()
            pick.setObjectName(f"sicantikValuePick{r}")
            pick.addItem("", None)
            for value, label in u.choices:
                pick.addItem(label, value)
            self.values.setCellWidget(r, 3, pick)
            button = QPushButton(self.tr("Petakan"))
            button.setObjectName(f"sicantikValueMap{r}")
            button.clicked.connect(lambda _=False, u=u, pick=pick: self._map_value(u, pick))
            self.values.setCellWidget(r, 4, button)
        if not ov.types and not ov.values and not ov.ready:
            self.say(self.tr("Semua jenis izin dan nilai SiCantik sudah dikenal Loket."))

    # -- actions ---------------------------------------------------------------------
    def _run(self, job, said) -> None:
        """`job` opens its own sessions (app/sicantik/admin.py); the unit of work
        around it still records what they commit, and ops announces it."""
        def done(result) -> None:
            self.say(said(result))
            self.refresh()
        ops.change(self, lambda _s: job(), done, on_error=self._failed, pool=self.pool)

    def _map_type(self, t: admin.WaitingType, pick: QComboBox) -> None:
        i = pick.findText(pick.currentText())
        code = pick.itemData(i) if i >= 0 else None
        if not code:
            self.say(self.tr("Pilih jenis izin Loket untuk “{name}” dari daftar.").format(
                name=t.sicantik_name or t.sicantik_id), error=True)
            return
        loket, actor = self.loket, self.actor
        self._run(lambda: admin.map_permit(loket, actor, code, sicantik_id=t.sicantik_id,
                                           sicantik_name=t.sicantik_name),
                  lambda n: self.tr("“{name}” → {code}. {n} berkas diimpor pada penarikan berikutnya.").format(
                      name=t.sicantik_name or t.sicantik_id, code=code, n=n))

    def _map_value(self, u: admin.UnknownValue, pick: QComboBox) -> None:
        value = pick.currentData()
        if not value:
            self.say(self.tr("Pilih arti “{v}” di Loket.").format(v=u.value), error=True)
            return
        loket, actor = self.loket, self.actor
        self._run(lambda: admin.map_value(loket, actor, u.field, u.value, value),
                  lambda n: self.tr("{field} “{v}” → {loket}; {n} berkas diperbarui.").format(
                      field=u.field_label, v=u.value, loket=pick.currentText(), n=n))

    def _import_now(self) -> None:
        loket, actor = self.loket, self.actor
        self._run(lambda: admin.import_waiting_now(loket, actor),
                  lambda r: self.tr("Diimpor: {summary}.").format(summary=r.summary()))
