"""Administrator: messages to applicants — the log of what was sent, failed or is
waiting (resend, cancel), the texts per message kind (placeholders checked when
saved, a preview as typed), and a test message through the configured channel.

The channel settings and secrets are on Admin — Kantor → Koneksi. Every call goes
through app/notify/admin.py (its own session, plain data back); loading the log and
sending a test run off the GUI thread, so a gateway that hangs never freezes the window.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.notify import admin
from app.notify.queue import STATUS_LABELS
from ui import worker
from ui.widgets import app_tr, fmt_datetime, theme, user_message

ERROR_STYLE = theme.error_style()
OK_STYLE = "color: #1f6f3f;"


class NotifyPage(QWidget):
    def __init__(self, loket, actor, bus, parent=None):
        super().__init__(parent)
        self.loket, self.actor, self.bus = loket, actor, bus
        self.pool = worker.serial_pool(self)
        self.rows: list = []
        self.template_rows: dict[str, object] = {}
        lay = QVBoxLayout(self)
        lay.setContentsMargins(20, 16, 20, 12)
        lay.setSpacing(8)
        title = QLabel(self.tr("Pemberitahuan ke pemohon"))
        title.setObjectName("pageTitle")
        lay.addWidget(title)
        self.state_line = QLabel()
        self.state_line.setObjectName("muted")
        self.state_line.setWordWrap(True)
        lay.addWidget(self.state_line)
        self.tabs = QTabWidget()
        lay.addWidget(self.tabs, 1)
        self.tabs.addTab(self._build_log(), self.tr("Log pesan"))
        self.tabs.addTab(self._build_templates(), self.tr("Teks pesan"))
        self.tabs.addTab(self._build_test(), self.tr("Tes koneksi"))
        if bus is not None and hasattr(bus, "master_changed"):
            bus.master_changed.connect(self.refresh)
        self.refresh()
        self.load_templates()

    # -- the log -------------------------------------------------------------------------------
    def _build_log(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        bar = QHBoxLayout()
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("notifyStatus")
        self.status_filter.addItem(self.tr("Semua status"), "")
        for key, label in STATUS_LABELS.items():
            self.status_filter.addItem(app_tr(label), key)
        self.status_filter.currentIndexChanged.connect(self.refresh)
        self.counts = QLabel()
        self.refresh_button = QPushButton(self.tr("Muat ulang"))
        self.resend_button = QPushButton(self.tr("Kirim ulang"))
        self.cancel_button = QPushButton(self.tr("Batalkan"))
        for b in (self.resend_button, self.cancel_button):
            b.setEnabled(False)
        bar.addWidget(QLabel(self.tr("Status")))
        bar.addWidget(self.status_filter)
        bar.addWidget(self.counts, 1)
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.resend_button)
        bar.addWidget(self.cancel_button)
        v.addLayout(bar)
        cols = [self.tr("Waktu"), self.tr("Status"), self.tr("Saluran"), self.tr("Pesan"),
                self.tr("No. permohonan"), self.tr("Tujuan"), self.tr("Percobaan"), self.tr("Keterangan")]
        self.table = QTableWidget(0, len(cols))
        self.table.setObjectName("notifyLog")
        self.table.setHorizontalHeaderLabels(cols)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        head = self.table.horizontalHeader()
        em = self.table.fontMetrics().horizontalAdvance("M")
        for i in range(len(cols)):
            head.setSectionResizeMode(i, QHeaderView.ResizeMode.ResizeToContents)
        # the long columns get a fixed share, so the reason of a failure stays readable
        for i, ems in ((3, 13), (4, 15), (5, 11)):
            head.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(i, em * ems)
        head.setSectionResizeMode(len(cols) - 1, QHeaderView.ResizeMode.Stretch)
        v.addWidget(self.table, 1)
        self.body = QLabel()
        self.body.setObjectName("notifyBody")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.setMinimumHeight(48)
        v.addWidget(self.body)
        self.table.itemSelectionChanged.connect(self._selected)
        self.refresh_button.clicked.connect(self.refresh)
        self.resend_button.clicked.connect(lambda: self._act(admin.resend))
        self.cancel_button.clicked.connect(lambda: self._act(admin.cancel))
        return w

    def refresh(self) -> None:
        loket, status = self.loket, self.status_filter.currentData()
        worker.run(lambda: admin.overview(loket, status), on_done=self._show_log, context=self, pool=self.pool)

    def _show_log(self, ov: admin.Overview) -> None:
        self.rows = ov.messages
        sender = ov.send_workstation or self.tr("setiap workstation untuk pesannya sendiri")
        self.state_line.setText(
            (self.tr("Pengiriman aktif.") if ov.enabled else
             self.tr("Pengiriman belum aktif (“Kirim pemberitahuan” belum dicentang): tidak ada pesan yang dibuat."))
            + " " + self.tr("Pengirim: {sender}; workstation ini: {ws}. Pengaturan saluran: Admin — Kantor → Koneksi.")
            .format(sender=sender, ws=ov.this_workstation))
        self.counts.setText("  ·  ".join(f"{app_tr(STATUS_LABELS.get(k, k))} {n}" for k, n in sorted(ov.counts.items()))
                            or self.tr("Belum ada pesan."))
        self.table.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            when = fmt_datetime(r.sent_at or r.due_at)
            cells = [when, r.status_label, r.channel, r.kind_label, r.no_permohonan or "—", r.recipient,
                     str(r.attempts), r.last_error or ""]
            for j, text in enumerate(cells):
                it = QTableWidgetItem(text)
                if j in (3, 4, 5, 7) and text:
                    it.setToolTip(text)
                if j == 1 and r.status in ("FAILED", "UNCERTAIN"):
                    it.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(i, j, it)
        self._selected()

    def _current(self):
        i = self.table.currentRow()
        return self.rows[i] if 0 <= i < len(self.rows) and self.table.selectedItems() else None

    def _selected(self) -> None:
        r = self._current()
        text = r.body if r else ""
        if r and r.last_error and r.status != "SENT":
            text += "\n" + self.tr("Keterangan: {why}").format(why=r.last_error)
        self.body.setText(text)
        self.resend_button.setEnabled(bool(r and r.status in ("FAILED", "UNCERTAIN", "CANCELLED")))
        self.cancel_button.setEnabled(bool(r and r.status in ("WAITING", "FAILED", "UNCERTAIN")))

    def _act(self, fn) -> None:
        r = self._current()
        if r is None:
            return
        try:
            fn(self.loket, self.actor, r.id)
        except Exception as e:
            self.counts.setText(user_message(e))
            return
        self.refresh()

    # -- templates -------------------------------------------------------------------------------
    def _build_templates(self) -> QWidget:
        split = QSplitter()
        self.kinds = QListWidget()
        self.kinds.setObjectName("notifyKinds")
        self.kinds.setMaximumWidth(260)
        split.addWidget(self.kinds)
        right = QWidget()
        v = QVBoxLayout(right)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("templateEditor")
        self.editor.setAccessibleName(self.tr("Teks pesan"))
        self.editor.setMaximumHeight(140)
        self.placeholders = QLabel()
        self.placeholders.setWordWrap(True)
        self.placeholders.setObjectName("muted")
        self.placeholders.setTextFormat(Qt.TextFormat.PlainText)
        self.template_message = QLabel()
        self.template_message.setObjectName("templateMessage")
        self.template_message.setWordWrap(True)
        self.template_message.setTextFormat(Qt.TextFormat.PlainText)
        cap = QLabel(self.tr("Pratinjau (contoh data)"))
        cap.setStyleSheet("font-weight: 600;")
        self.preview = QLabel()
        self.preview.setObjectName("templatePreview")
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setStyleSheet("background: #eef6ee; border: 1px solid #c6dcc6; border-radius: 6px; padding: 8px;")
        buttons = QHBoxLayout()
        self.default_button = QPushButton(self.tr("Kembalikan ke teks bawaan"))
        self.save_button = QPushButton(self.tr("Simpan teks"))
        self.save_button.setProperty("primary", True)
        buttons.addStretch(1)
        buttons.addWidget(self.default_button)
        buttons.addWidget(self.save_button)
        v.addWidget(QLabel(self.tr("Teks pesan — placeholder ditulis dalam kurung kurawal, mis. {nama}")))
        v.addWidget(self.editor)
        v.addWidget(self.placeholders)
        v.addWidget(self.template_message)
        v.addWidget(cap)
        v.addWidget(self.preview)
        v.addStretch(1)
        v.addLayout(buttons)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(250)
        self.preview_timer.timeout.connect(self.update_preview)
        self.editor.textChanged.connect(self.preview_timer.start)
        self.kinds.currentRowChanged.connect(self._kind_chosen)
        self.save_button.clicked.connect(self.save_template)
        self.default_button.clicked.connect(self._restore_default)
        return split

    def load_templates(self) -> None:
        rows = admin.templates(self.loket)
        self.template_rows = {r.kind: r for r in rows}
        current = self.kinds.currentRow()
        self.kinds.blockSignals(True)
        self.kinds.clear()
        for r in rows:
            it = QListWidgetItem(r.label)
            it.setData(Qt.ItemDataRole.UserRole, r.kind)
            self.kinds.addItem(it)
        self.kinds.blockSignals(False)
        self.kinds.setCurrentRow(max(0, current))

    def _kind(self) -> str | None:
        it = self.kinds.currentItem()
        return it.data(Qt.ItemDataRole.UserRole) if it else None

    def _kind_chosen(self, _row: int) -> None:
        r = self.template_rows.get(self._kind())  # type: ignore[arg-type]
        if r is None:
            return
        self.editor.setPlainText(r.text)  # type: ignore[attr-defined]
        self.placeholders.setText(self.tr("Placeholder: ") + " · ".join(
            f"{{{n}}} {d}" for n, d in r.placeholders.items()))  # type: ignore[attr-defined]
        self._say(self.template_message, "")
        self.update_preview()

    def _restore_default(self) -> None:
        r = self.template_rows.get(self._kind())  # type: ignore[arg-type]
        if r is not None:
            self.editor.setPlainText(r.default)  # type: ignore[attr-defined]

    def _say(self, label: QLabel, text: str, ok: bool = False) -> None:
        label.setText(text)
        label.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)

    def update_preview(self) -> None:
        kind = self._kind()
        if not kind:
            return
        try:
            self.preview.setText(admin.preview(self.loket, kind, self.editor.toPlainText()))
            self._say(self.template_message, "")
        except Exception as e:   # the placeholder check's own message, as typed
            self.preview.setText("—")
            self._say(self.template_message, str(e))

    def save_template(self) -> bool:
        kind = self._kind()
        if not kind:
            return False
        try:
            admin.save_template(self.loket, self.actor, kind, self.editor.toPlainText())
        except Exception as e:
            self._say(self.template_message, user_message(e))
            return False
        self.load_templates()
        self._say(self.template_message, self.tr("Teks “{kind}” disimpan.").format(
            kind=self.template_rows[kind].label), ok=True)  # type: ignore[attr-defined]
        return True

    # -- a test message ------------------------------------------------------------------------------
    def _build_test(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        intro = QLabel(self.tr("Kirim satu pesan uji lewat saluran yang diatur di Admin — Kantor → Koneksi. "
                               "Pesan uji tidak masuk antrean dan tidak memuat data pemohon."))
        intro.setWordWrap(True)
        v.addWidget(intro)
        row = QHBoxLayout()
        self.test_channel = QComboBox()
        self.test_channel.setObjectName("testChannel")
        for text, data in ((self.tr("Surel"), "EMAIL"), ("WhatsApp", "WHATSAPP"), ("SMS", "SMS")):
            self.test_channel.addItem(text, data)
        self.test_address = QLineEdit()
        self.test_address.setObjectName("testAddress")
        self.test_address.setPlaceholderText(self.tr("alamat surel atau nomor HP (08…)"))
        self.test_button = QPushButton(self.tr("Tes koneksi"))
        self.test_button.setObjectName("testSend")
        row.addWidget(self.test_channel)
        row.addWidget(self.test_address, 1)
        row.addWidget(self.test_button)
        v.addLayout(row)
        self.test_result = QLabel()
        self.test_result.setObjectName("testResult")
        self.test_result.setWordWrap(True)
        self.test_result.setTextFormat(Qt.TextFormat.PlainText)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        v.addWidget(self.test_result)
        v.addStretch(1)
        self.test_button.clicked.connect(self.send_test)
        self.test_address.returnPressed.connect(self.send_test)
        return w

    def send_test(self) -> None:
        loket, channel, address = self.loket, self.test_channel.currentData(), self.test_address.text()
        self.test_button.setEnabled(False)
        self._say(self.test_result, self.tr("Mengirim…"), ok=True)

        def done(result) -> None:
            ok, answer = result
            self.test_button.setEnabled(True)
            self._say(self.test_result, answer, ok=ok)

        def failed(exc) -> None:
            self.test_button.setEnabled(True)
            self._say(self.test_result, user_message(exc))
        worker.run(lambda: admin.send_test(loket, channel, address), on_done=done, on_error=failed, context=self)
