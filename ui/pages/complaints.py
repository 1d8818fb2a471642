"""Pengaduan at counter 5: register a complaint (ticket number), list and filter,
move it on (diterima → diproses → selesai) with the response, and the count per month.

Keys: Ctrl+Enter record the new complaint, F3 the filter box, Ctrl+S save the response
(Ctrl+F is the main window's search).
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui import ops, worker
from ui.widgets import app_tr, confirm_action, fmt_datetime, user_message


class ComplaintsPanel(QWidget):
    registered = Signal(str)      # ticket number
    updated = Signal(str)

    def __init__(self, loket, actor, parent=None) -> None:
        super().__init__(parent)
        from app.services import complaints
        self.loket, self.actor = loket, actor
        self.rows = []  # type: ignore[var-annotated]
        self._pool = worker.serial_pool(self)

        new = QGroupBox(self.tr("Pengaduan baru"))
        form = QFormLayout(new)
        self.channel = QComboBox()
        for key, label in complaints.CHANNELS.items():
            self.channel.addItem(app_tr(label), key)
        self.topic = QLineEdit()
        # placeholders that read whole in the form's narrow fields at 1366×768; all of each in its tooltip
        self.topic.setPlaceholderText(self.tr("mis. antrean, biaya, sikap"))
        self.topic.setToolTip(self.tr("mis. antrean lama, informasi biaya, sikap petugas"))
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("Isi pengaduan sebagaimana disampaikan"))
        self.text.setMaximumHeight(90)
        self.contact = QLineEdit()
        self.contact.setPlaceholderText(self.tr("telepon / surel (boleh kosong)"))
        self.app_no = QLineEdit()
        self.app_no.setPlaceholderText(self.tr("nomor permohonan (opsional)"))
        self.app_no.setToolTip(self.tr("nomor permohonan bila terkait (boleh kosong)"))
        self.register_button = QPushButton(self.tr("Catat pengaduan (Ctrl+Enter)"))
        self.register_button.setProperty("primary", True)
        self.register_button.clicked.connect(self.register)
        form.addRow(self.tr("Saluran:"), self.channel)
        form.addRow(self.tr("Pokok:"), self.topic)
        form.addRow(self.tr("Isi:"), self.text)
        form.addRow(self.tr("Kontak:"), self.contact)
        form.addRow(self.tr("Permohonan:"), self.app_no)
        form.addRow("", self.register_button)

        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Semua status"), None)
        for key, label in complaints.STATUSES.items():
            self.status_filter.addItem(app_tr(label), key)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari tiket, pokok, isi (F3)"))
        self.search.setToolTip(self.tr("Cari tiket, pokok, isi, kontak (F3)"))
        self.search.setClearButtonEnabled(True)
        self.status_filter.currentIndexChanged.connect(self.refresh)
        self.search.returnPressed.connect(self.refresh)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in (
            "Tiket", "Diterima", "Saluran", "Pokok", "Status", "Permohonan")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        # the topic wraps onto a second line rather than ending in "…"
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.setAccessibleName(self.tr("Daftar pengaduan"))

        detail = QGroupBox(self.tr("Tindak lanjut"))
        dl = QFormLayout(detail)
        self.detail_text = QLabel("—")
        self.detail_text.setWordWrap(True)
        self.detail_text.setTextFormat(Qt.TextFormat.PlainText)
        self.detail_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.next_status = QComboBox()
        self.response = QPlainTextEdit()
        self.response.setTabChangesFocus(True)
        self.response.setMaximumHeight(80)
        self.response.setPlaceholderText(self.tr("Tanggapan / penyelesaian yang disampaikan kepada pengadu"))
        self.response_error = QLabel()      # why a follow-up was refused, beside the field
        self.response_error.setObjectName("errorText")
        self.response_error.setStyleSheet("color: #9b1c1c; font-weight: 600;")
        self.response_error.setWordWrap(True)
        self.response_error.setTextFormat(Qt.TextFormat.PlainText)
        self.response_error.hide()
        self.response.textChanged.connect(self.response_error.hide)
        self.save_button = QPushButton(self.tr("Simpan tindak lanjut (Ctrl+S)"))
        self.save_button.clicked.connect(self.save_update)
        self.receipt_button = QPushButton(self.tr("Tanda terima… (Ctrl+P)"))
        self.receipt_button.setToolTip(self.tr("Cetak tanda terima pengaduan: nomor tiket dan cara "
                                               "menanyakan tindak lanjutnya"))
        self.receipt_button.clicked.connect(self.show_receipt)
        dl.addRow(self.tr("Pengaduan:"), self.detail_text)
        dl.addRow(self.tr("Status baru:"), self.next_status)
        dl.addRow(self.tr("Tanggapan:"), self.response)
        dl.addRow("", self.response_error)
        dl.addRow("", self.save_button)
        self.receipt_dialog = None

        self.months = QLabel()
        self.months.setWordWrap(True)
        self.months.setObjectName("hint")
        self.months.hide()                 # shown once there is a month to count
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)

        filt = QHBoxLayout()
        filt.addWidget(self.status_filter)
        filt.addWidget(self.search, 1)
        filt.addWidget(self.receipt_button)      # for the complaint chosen in the list
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addLayout(filt)
        rl.addWidget(self.table, 1)
        rl.addWidget(detail)
        rl.addWidget(self.months)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(new)
        ll.addWidget(self.message)
        ll.addStretch(1)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([420, 700])
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(split)

        for seq, slot in (("Ctrl+Return", self.register), ("Ctrl+Enter", self.register),
                          ("F3", lambda: (self.search.setFocus(), self.search.selectAll())),  # type: ignore[func-returns-value]
                          ("Ctrl+S", self.save_update), ("Ctrl+P", self.show_receipt)):
            sc = QShortcut(QKeySequence(seq), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)
        self._selected()
        self.refresh()

    # -- list ---------------------------------------------------------------------------
    def refresh(self) -> None:
        status, text = self.status_filter.currentData(), self.search.text()

        from app.services import complaints
        ops.query(self, lambda s: (complaints.search(s, status=status, text=text), complaints.count_per_month(s)),
                  self._fill, on_error=lambda e: self.message.setText(user_message(e)), pool=self._pool)

    def _fill(self, result) -> None:
        from app.services import complaints
        rows, months = result
        keep = self.current().ticket_number if self.current() else None
        self.rows = rows
        # one selection change for the whole reload, not "none" then "the same again"
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for r in rows:
            i = self.table.rowCount()
            self.table.insertRow(i)
            for c, v in enumerate((r.ticket_number, fmt_datetime(r.received_at),
                                   app_tr(complaints.CHANNELS.get(r.channel, r.channel)), r.topic,
                                   app_tr(complaints.STATUSES.get(r.status, r.status)), r.no_permohonan or "—")):
                self.table.setItem(i, c, QTableWidgetItem(v))
            if r.ticket_number == keep:
                self.table.selectRow(i)
        self.table.blockSignals(False)
        self._selected()
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        parts = [self.tr("{m}: {n} (selesai {d})").format(m=m, n=c["total"], d=c["SELESAI"])
                 for m, c in months[-6:]]
        # no months yet: no line ("Pengaduan per bulan — —" said nothing)
        self.months.setText(self.tr("Pengaduan per bulan — ") + "; ".join(parts) if parts else "")
        self.months.setVisible(bool(parts))

    def current(self):
        i = self.table.currentRow()
        sel = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not sel or not 0 <= i < len(self.rows):
            return None
        return self.rows[i]

    def _selected(self) -> None:
        from app.services import complaints
        r = self.current()
        # the list reloads after every change anywhere: the same complaint, still in the same
        # status, keeps what the officer chose (a reload must not turn "Selesai" back)
        same = r is not None and getattr(self, "_shown", None) == (r.ticket_number, r.status)
        chosen = self.next_status.currentData() if same else None
        self._shown = (r.ticket_number, r.status) if r is not None else None
        self.next_status.clear()
        if r is None:
            self.detail_text.setText("—")
        else:
            self.detail_text.setText(f"{r.ticket_number} · {r.topic}\n{r.text}\n"
                                     + self.tr("Kontak: {c}").format(c=r.contact or "—")
                                     + (f"\n{self.tr('Tanggapan terakhir')}: {r.response}" if r.response else ""))
            for st in complaints.NEXT.get(r.status, ()):
                self.next_status.addItem(self._choice_label(r.status, st), st)
            # never "Selesai" by default: closing is a choice, not what Ctrl+S does next
            keep = [i for i in range(self.next_status.count())
                    if self.next_status.itemData(i) != complaints.DONE]
            self.next_status.setCurrentIndex(keep[0] if keep else 0)
            if chosen is not None and self.next_status.findData(chosen) >= 0:
                self.next_status.setCurrentIndex(self.next_status.findData(chosen))
        if not same:
            self.response_error.hide()
        can = r is not None and self.next_status.count() > 0
        for w in (self.next_status, self.response, self.save_button):
            w.setEnabled(can)
        self.receipt_button.setEnabled(r is not None)

    def _choice_label(self, current: str, st: str) -> str:
        from app.services import complaints
        if st == current == complaints.DONE:
            return self.tr("Selesai — tambah tanggapan akhir")
        if st == current:
            return self.tr("{status} — tindak lanjut berikutnya").format(status=app_tr(complaints.STATUSES[st]))
        if st == complaints.DONE:
            return self.tr("Selesai — tutup pengaduan")
        return app_tr(complaints.STATUSES[st])

    # -- actions --------------------------------------------------------------------------
    def register(self) -> None:
        data = dict(channel=self.channel.currentData(), topic=self.topic.text(),
                    text=self.text.toPlainText(), contact=self.contact.text(),
                    no_permohonan=self.app_no.text())

        from app.services import complaints
        actor = self.actor
        ops.change(self, lambda s: complaints.register_ticket(s, actor, **data), self._registered,
                   on_error=lambda e: self.message.setText(user_message(e)), pool=self._pool)

    def _registered(self, ticket: str) -> None:
        in_person = self.channel.currentData() == "LANGSUNG"
        self.message.setText(self.tr("Pengaduan dicatat dengan nomor tiket {t}. Sampaikan nomor ini "
                                     "kepada pengadu.").format(t=ticket)
                             + (" " + self.tr("Tanda terimanya terbuka: Ctrl+P mencetak, Esc menutup.")
                                if in_person else ""))
        for w in (self.topic, self.contact, self.app_no):
            w.clear()
        self.text.clear()
        self.last_ticket = ticket
        self.registered.emit(ticket)
        self.refresh()
        self.topic.setFocus()
        if in_person:      # the complainant is at the counter: the receipt goes home with them
            self.show_receipt(ticket)

    def show_receipt(self, ticket: str | None = None) -> None:
        """The tanda terima pengaduan of the selected (or just recorded) complaint, in a
        preview: Ctrl+P prints, Esc closes."""
        if not ticket:
            r = self.current()
            ticket = r.ticket_number if r is not None else getattr(self, "last_ticket", None)
        if not ticket:
            self.message.setText(self.tr("Pilih pengaduan di daftar untuk mencetak tanda terimanya."))
            return

        from app.services import complaints
        ops.query(self, lambda s: complaints.receipt_pdf(s, ticket), lambda pdf: self._preview(ticket, pdf),
                  on_error=lambda e: self.message.setText(user_message(e)), pool=self._pool)

    def _preview(self, ticket: str, pdf: bytes) -> None:
        from PySide6.QtWidgets import QDialog

        from ui import fit
        from ui.pdf_preview import PdfPreview
        dlg = QDialog(self)
        dlg.setWindowTitle(self.tr("Tanda terima pengaduan {t}").format(t=ticket))
        lay = QVBoxLayout(dlg)
        lay.setContentsMargins(0, 0, 0, 0)
        view = PdfPreview(dlg)
        view.caption.setTextFormat(Qt.TextFormat.PlainText)
        view.closed.connect(dlg.accept)
        lay.addWidget(view)
        view.show_pdf(pdf, self.tr("Tanda terima pengaduan {t}").format(t=ticket))
        actor = self.actor

        def record(copies: int) -> bytes | None:
            # waited for: the printer prints the bytes the print was recorded with
            from app.services import complaints
            try:
                return ops.change_now(self, lambda s: complaints.record_receipt_print(s, actor, ticket, copies))
            except Exception as e:  # refused: nothing recorded, nothing printed
                self.message.setText(user_message(e))
                return None
        view.before_print = record
        fit.within_screen(dlg, 760, 900)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.receipt_dialog = dlg  # type: ignore[assignment]
        dlg.open()
        view.print_button.setFocus()

    def save_update(self) -> None:
        r = self.current()
        if r is None or not self.save_button.isEnabled():
            return
        from app.services import complaints
        status, response = self.next_status.currentData(), self.response.toPlainText()
        if len(response.strip()) < 5:     # said beside the field, nothing saved
            self._refused(self.tr("Tuliskan tanggapan/tindak lanjut (paling sedikit 5 huruf): "
                                  "tindak lanjut tanpa isi tidak disimpan."))
            return
        if status == complaints.DONE and r.status != complaints.DONE and not confirm_action(
                self, self.tr("Tutup pengaduan {t}? Pengaduan yang selesai tidak dapat dibuka lagi "
                              "(tanggapan akhir masih dapat ditambahkan).").format(t=r.ticket_number),
                self.tr("Tutup pengaduan"), self.tr("Tutup pengaduan")):
            self.message.setText(self.tr("Pengaduan {t} tetap terbuka; belum ada yang disimpan.")
                                 .format(t=r.ticket_number))
            return

        actor = self.actor
        ops.change(self, lambda s: complaints.update_ticket(s, actor, r.ticket_number, status, response),
                   self._updated, on_error=lambda e: self._refused(user_message(e)), pool=self._pool)

    def _refused(self, text: str) -> None:
        self.response_error.setText(text)
        self.response_error.show()
        self.response.setFocus()

    def _updated(self, ticket: str) -> None:
        self.response.clear()
        self.message.setText(self.tr("Tindak lanjut pengaduan {t} disimpan.").format(t=ticket))
        self.updated.emit(ticket)
        self.refresh()
