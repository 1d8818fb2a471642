"""Loket 4 — Pengambilan & Legalisasi: open a signed file by scanning the receipt QR
(or typing the receipt number / no_permohonan), preview the SK, print it, reprint
it with a reason, print legalised copies. Every print goes through
app.services.issuance, which records it; the printer dialog's copy count is
the count recorded.

Keys: F4 the scan box (Ctrl+L locks the screen, as everywhere), Enter open, F6 print, F7 reprint, F8 legalise,
F5 (the window's refresh) reloads the open file.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui import fit, ops, worker
from ui.pages import title_label
from ui.pdf_preview import PdfPreview
from ui.widgets import ScanBar, app_tr, file_summary, fmt_datetime, hline, theme, user_message

KIND_LABEL = {"PRINT": "Cetak", "REPRINT": "Cetak ulang", "LEGALISIR": "Legalisir"}


class Counter4Page(QWidget):
    printed = Signal(str, str)        # kind, document id (tests and the bus listen)

    def __init__(self, loket, actor, bus=None, parent=None) -> None:
        super().__init__(parent)
        self.loket, self.actor, self.bus = loket, actor, bus
        self.view_data = None
        self._mode = "PRINT"
        self._pool = worker.serial_pool(self)

        self.scan_bar = ScanBar.for_receipt(self, self.open_text)
        self.scan = self.scan_bar.box

        # the file
        self.title, info, self.fields = file_summary(self, (
            ("no", "Nomor permohonan"), ("receipt", "Tanda terima"), ("applicant", "Pemohon"),
            ("permit", "Jenis izin"), ("number", "Nomor SK"), ("state", "Status"),
            ("signature", "Tanda tangan"), ("source", "Dokumen")), selectable=True)
        self.message = QLabel()
        self.message.setObjectName("errorText")
        self.message.setStyleSheet(f"color: {theme.LATE_FG}; font-weight: 600;")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)

        # actions
        actions = QGroupBox(self.tr("Cetak"))
        al = QVBoxLayout(actions)
        self.print_button = QPushButton(self.tr("Cetak SK (F6)"))
        self.print_button.setProperty("primary", True)
        self.print_button.clicked.connect(lambda: self.start_print("PRINT"))
        al.addWidget(self.print_button)
        self.reason = QLineEdit()
        # the placeholder reads whole in the narrow field at 1366×768; the example in the tooltip
        self.reason.setPlaceholderText(self.tr("Alasan cetak ulang"))
        self.reason.setToolTip(self.tr("Alasan cetak ulang, mis. kertas macet"))
        self.reprint_button = QPushButton(self.tr("Cetak ulang (F7)"))
        self.reprint_button.clicked.connect(lambda: self.start_print("REPRINT"))
        al.addLayout(_row(self.reason, self.reprint_button))
        self.legal_copies = QSpinBox()
        self.legal_copies.setRange(1, 50)
        self.legal_copies.setValue(2)
        self.legal_copies.setSuffix(self.tr(" salinan"))
        self.legal_button = QPushButton(self.tr("Legalisir (F8)"))
        self.legal_button.clicked.connect(lambda: self.start_print("LEGALISIR"))
        al.addLayout(_row(QLabel(self.tr("Salinan legalisir:")), self.legal_copies, self.legal_button))

        self.history = QTableWidget(0, 6)
        self.history.setHorizontalHeaderLabels([self.tr(h) for h in (
            "Waktu", "Jenis", "Lembar", "Petugas", "Workstation", "Alasan")])
        self.history.verticalHeader().setVisible(False)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # the columns as wide as their header or text (a cut "Workstation" read "/orks"),
        # the reason takes the rest
        hist = self.history.horizontalHeader()
        hist.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hist.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.history.setAccessibleName(self.tr("Riwayat cetak"))

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.title)
        ll.addLayout(info)
        ll.addWidget(self.message)
        ll.addWidget(actions)
        ll.addWidget(QLabel(self.tr("Riwayat cetak")))
        self.history.setMinimumHeight(self.history.fontMetrics().lineSpacing() * 6)
        ll.addWidget(self.history, 1)

        self.preview = PdfPreview(self)
        self.preview.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.before_print = self._before_print
        # one print button: the page's own, beside the reprint and legalisation (F6 either way)
        self.preview.print_button.clicked.disconnect()
        self.preview.print_button.hide()
        self.preview.closed.connect(self.clear)
        # paper copies of an SK leave this counter only through the recorded prints
        # (an export for other uses: `loket print sk`, which the audit log notes)
        self.preview.save_button.hide()
        split = QSplitter()
        split.setChildrenCollapsible(False)
        split.addWidget(fit.scrolling(left))
        # no file open: a short hint, not an empty grey page (as counter 5's SKM pane)
        self.preview_hint = QLabel(self.tr("Pratinjau SK tampil di sini setelah berkas dibuka: pindai QR "
                                           "tanda terima atau ketik nomornya di atas."))
        self.preview_hint.setObjectName("muted")
        self.preview_hint.setWordWrap(True)
        self.preview_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.right = QStackedWidget()
        self.right.addWidget(self.preview_hint)
        self.right.addWidget(self.preview)
        split.addWidget(self.right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([430, 650])

        lay = QVBoxLayout(self)
        lay.addWidget(title_label("counter4"))   # the page's name, as the navigation says it
        lay.addWidget(self.scan_bar)
        lay.addWidget(hline(sunken=True))
        lay.addWidget(split, 1)

        # F5 is the main window's refresh (see refresh()); these keys are free there
        for seq, slot in (("F6", lambda: self.start_print("PRINT")),
                          ("F7", lambda: self.start_print("REPRINT")),
                          ("F8", lambda: self.start_print("LEGALISIR")),
                          ("F4", self.focus_scan)):
            sc = QShortcut(QKeySequence(seq), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)
        if bus is not None:
            bus.changed.connect(self.apply_changes)
            bus.actor_changed.connect(self.set_actor)
        self._set_buttons()

    # -- opening ----------------------------------------------------------------------
    def set_actor(self, actor) -> None:
        self.actor = actor

    def refresh(self) -> None:
        if self.view_data is not None:
            self.open_text(self.view_data.no_permohonan)

    def focus_scan(self) -> None:
        self.scan_bar.focus()

    def showEvent(self, e) -> None:
        super().showEvent(e)
        self.focus_scan()

    def open_text(self, text: str) -> None:
        text = (text or "").strip()
        if not text:
            self.message.setText(self.tr("Pindai QR tanda terima atau ketik nomornya."))
            return
        from app.services import issuance
        self.message.setText(self.tr("Membuka…"))
        ops.query(self, lambda s: issuance.view_with_pdf(s, text), self._show, on_error=self._failed,
                  pool=self._pool)

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(user_message(exc))
        self.scan.selectAll()

    def _show(self, result) -> None:
        v, pdf, err = result
        self.view_data = v
        self.title.setText(f"{v.applicant_name} — {v.permit_type}")
        f = self.fields
        f["no"].setText(v.no_permohonan)
        f["receipt"].setText(v.receipt_number or "—")
        f["applicant"].setText(v.applicant_name + (f" / {v.company_name}" if v.company_name else ""))
        f["permit"].setText(v.permit_type)
        f["number"].setText(v.permit_number or "—")
        f["state"].setText(v.state_label)
        if v.signing:
            kind = self.tr("elektronik (TTE)") if v.signing.electronic else self.tr("basah")
            f["signature"].setText(f"{kind} — {v.signing.signer.name} · {fmt_datetime(v.signing.at)}")
        else:
            f["signature"].setText("—")
        f["source"].setText(self.tr("PDF bertanda tangan elektronik, dicetak apa adanya (SHA-256 diperiksa)")
                            if v.has_signed_pdf else self.tr("Dibuat dari templat jenis izin"))
        self.message.setText(err or v.blocked_reason or "")
        self.history.setRowCount(0)
        for p in v.prints:
            r = self.history.rowCount()
            self.history.insertRow(r)
            for c, text in enumerate((fmt_datetime(p.at), self.tr(KIND_LABEL.get(p.kind, p.kind)),
                                      str(p.copies), p.officer, p.workstation or "—", p.reason or "")):
                self.history.setItem(r, c, QTableWidgetItem(text))
        self.history.resizeColumnsToContents()
        if pdf is not None:
            self.preview.show_pdf(pdf, self.tr("SK {n} — {name}").format(n=v.permit_number or "", name=v.applicant_name))
            self.right.setCurrentWidget(self.preview)
        else:
            self.preview.show_pdf(b"", "")
            self.right.setCurrentWidget(self.preview_hint)
        self._pdf_ok = pdf is not None
        self._set_buttons()

    def clear(self) -> None:
        self.view_data = None
        self._pdf_ok = False
        self.title.setText(self.tr("Belum ada berkas dibuka."))
        for v in self.fields.values():
            v.setText("—")
        self.history.setRowCount(0)
        self.message.clear()
        self.preview.show_pdf(b"", "")
        self.right.setCurrentWidget(self.preview_hint)
        self._set_buttons()
        self.focus_scan()

    def _set_buttons(self) -> None:
        v = self.view_data
        ok = getattr(self, "_pdf_ok", False)
        self.print_button.setEnabled(bool(v and v.printable and ok))
        self.preview.print_button.setEnabled(bool(v and v.printable and ok))
        for w in (self.reprint_button, self.legal_button, self.reason, self.legal_copies):
            w.setEnabled(bool(v and v.reprintable and ok))

    def apply_changes(self, changes) -> None:
        """An announced change to the open file (a print here, a handover elsewhere)."""
        if self.view_data is not None and changes.application(self.view_data.id):
            self.open_text(self.view_data.no_permohonan)

    # -- printing -------------------------------------------------------------------------
    def start_print(self, mode: str) -> None:
        v = self.view_data
        if v is None:
            self.message.setText(self.tr("Buka berkas dulu (pindai QR tanda terima)."))
            return
        if mode == "REPRINT" and len(self.reason.text().strip()) < 5:
            self.message.setText(self.tr("Tuliskan alasan cetak ulang (paling sedikit 5 huruf)."))
            self.reason.setFocus()
            return
        button = {"PRINT": self.print_button, "REPRINT": self.reprint_button,
                  "LEGALISIR": self.legal_button}[mode]
        if not button.isEnabled():
            return
        self._mode = mode
        self.preview.print_document()

    def _before_print(self, copies: int) -> bytes | None:
        """Runs after the printer dialog was confirmed: record, then print what the
        service returns (the SK as it is, or the stamped legalised copies)."""
        from app.services import issuance
        v = self.view_data
        actor, mode, reason, legal = self.actor, self._mode, self.reason.text(), self.legal_copies.value()

        def record(s):
            if mode == "PRINT":
                return issuance.print_sk(s, actor, v.no_permohonan, copies=copies)
            if mode == "REPRINT":
                return issuance.reprint_sk(s, actor, v.no_permohonan, reason, copies=copies)
            return issuance.legalise(s, actor, v.no_permohonan, legal)
        try:
            # the printer waits for these bytes: recorded first, on this thread; the
            # announcement (bus, or apply_changes without one) reopens the file
            job = ops.change_now(self, record)
        except Exception as e:  # refused: nothing was recorded, nothing is printed
            self.message.setText(user_message(e))
            return None
        self.reason.clear()
        self._mode = "PRINT"     # Ctrl+P in the preview never repeats a legalisation
        self.printed.emit(job.kind, job.document_id)
        return job.pdf


def _row(*widgets) -> QHBoxLayout:
    r = QHBoxLayout()
    for w in widgets:
        r.addWidget(w, 1 if isinstance(w, QLineEdit) else 0)
    return r



__all__ = ["Counter4Page", "app_tr"]
