"""Loket 2 — Penerimaan Berkas: the screen the front office works in all day.

Flow: find the file (type, or scan — a USB scanner is caught wherever the
focus is), or register a walk-in; check the requirements from the keyboard;
Terima (Ctrl+Enter, Alt+T) issues the receipt, Kembalikan (Alt+K) the return
slip; the document opens in the preview, Ctrl+P prints it. Esc goes back to
the find box for the next applicant.

Keys on this page: F2 the page and its find box · Ctrl+N walk-in · Ctrl+H
daily register · Space ADA/TIDAK ADA · Ctrl+Shift+A all ADA.
"""
from __future__ import annotations

import dataclasses
import logging
import time

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import qrsign, workflow
from app.services import intake
from ui import ops, worker
from ui.pages.intake_checklist import ChecklistModel, ChecklistView
from ui.pages.intake_form import WalkInForm
from ui.pdf_preview import PdfPreview
from ui.widgets import ScanCatcher, app_tr, confirm_action, error_box, theme, user_message

log = logging.getLogger("loket.ui")

PAGE_KEY = "intake"


class IntakePage(QWidget):
    """Page factory target: IntakePage(loket, actor, bus, parent)."""

    file_opened = Signal(str)          # application id
    issued = Signal(str, str)          # kind (RECEIPT/RETURN_SLIP), number

    def __init__(self, loket, actor, bus=None, parent=None) -> None:
        super().__init__(parent)
        self.loket, self.actor, self.bus = loket, actor, bus
        self.app_id: str | None = None
        self.app_no: str | None = None
        self.document_id: str | None = None
        self._busy = False
        self._writes = worker.serial_pool(self)   # checklist saves, then accept/return: in order
        self.saving = 0                           # checklist saves not yet written
        from app import config
        # waited for: the page is being built and its clock needs the standard time
        self.standard_seconds = int(ops.now(self, lambda s: config.get(s, "intake.standard_minutes"),
                                            loket=loket)) * 60
        self.clock = QElapsedTimer()
        self._clock_for: str | None = None     # the file (or "walkin") the clock is timing
        self._clock_offset = 0                 # seconds timed before a restart (intake-clock.json)
        self.last_click_to_pdf_ms: float | None = None

        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 12)
        lay.setSpacing(8)
        top = QHBoxLayout()
        title = QLabel(self.tr("Loket 2 — Penerimaan Berkas"))
        title.setObjectName("pageTitle")
        top.addWidget(title)
        top.addStretch(1)
        # today's count sits on the message line, at its right: beside the title and the clock
        # it made the page 1,066 px wide when a file was open (it scrolled sideways at 1366×768)
        self.today_label = QLabel()
        self.today_label.setObjectName("muted")
        self.elapsed_label = QLabel()
        self.elapsed_label.setObjectName("intakeClock")
        self.elapsed_label.setAccessibleName(self.tr("Waktu pemeriksaan"))
        top.addWidget(self.elapsed_label)
        lay.addLayout(top)

        find_row = QHBoxLayout()
        self.find_box = QLineEdit()
        self.find_box.setObjectName("globalSearch")
        # short enough to read whole at 1366×768 (it was cut after "tanda terim…"); all of it in the tooltip
        self.find_box.setPlaceholderText(self.tr("Nomor, NIK, nama, tanda terima — atau pindai"))
        self.find_box.setToolTip(self.tr("Nomor permohonan, NIK, nama, nomor tanda terima — atau pindai QR/kode batang"))
        self.find_box.setAccessibleName(self.tr("Cari berkas"))
        self.find_box.setClearButtonEnabled(True)
        self.open_button = QPushButton(self.tr("Buka (Enter)"))
        self.walkin_button = QPushButton(self.tr("Walk-in baru (Ctrl+N)"))
        self.register_button = QPushButton(self.tr("Register harian (Ctrl+H)"))
        find_row.addWidget(self.find_box, 1)
        for b in (self.open_button, self.walkin_button, self.register_button):
            find_row.addWidget(b)
        lay.addLayout(find_row)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setObjectName("intakeStatus")
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.today_label, 0, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(status_row)

        self.stack = QStackedWidget()
        lay.addWidget(self.stack, 1)
        self.start = self._build_start()
        self.form = WalkInForm(loket)
        if bus is not None:     # an administrator's change (permit types, their fields) shows at once
            bus.master_changed.connect(self.form.refresh_permit_types)
        self.file = self._build_file()
        self.preview = PdfPreview()
        for w in (self.start, self.form, self.file, self.preview):
            self.stack.addWidget(w)
        self.csv_button = QPushButton(self.tr("Ekspor CSV…"))
        self.csv_button.clicked.connect(self.export_register_csv)
        self.preview.extra.addWidget(self.csv_button)
        self.csv_button.hide()

        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(400)
        self.save_timer.timeout.connect(self.save_checks)
        self.tick = QTimer(self)
        self.tick.setInterval(1000)
        self.tick.timeout.connect(self._update_clock)

        self.find_box.returnPressed.connect(lambda: self.open_text(self.find_box.text()))
        self.open_button.clicked.connect(lambda: self.open_text(self.find_box.text()))
        self.walkin_button.clicked.connect(self.new_walkin)
        self.register_button.clicked.connect(self.show_register)
        self.form.submitted.connect(self.register_walkin)
        self.form.cancelled.connect(self.form.clear_draft)
        self.form.cancelled.connect(self.back_to_find)
        self.preview.closed.connect(self.back_to_find)
        self.preview.before_print = self._before_print
        self.model.changed.connect(self.save_timer.start)
        self.model.changed.connect(self._update_actions)
        # every status change is said in words on the status line, beside the row's new colour
        self.model.status_changed.connect(lambda row: self.say(self.model.describe(row)))
        self.table.space_ignored.connect(lambda: self.say(self.tr(
            "Spasi mengubah status hanya di kolom “Ada?” (dan “Bentuk” untuk asli/salinan). "
            "Ketik huruf atau Enter untuk keterangan."), error=True))
        # F2 is the main window's key for this page: it lands in the find box (focus_entry)
        for seq, slot in (("Ctrl+N", self.new_walkin), ("Ctrl+H", self.show_register)):
            sc = QShortcut(QKeySequence(seq), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)

        self.scanner = ScanCatcher(self)
        self.scanner.scanned.connect(self.on_scan)
        QApplication.instance().installEventFilter(self.scanner)  # type: ignore[union-attr]
        self._update_clock()
        self.update_today()
        self.stack.setCurrentWidget(self.start)
        self.find_box.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- building ----------------------------------------------------------------------
    def _build_start(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        v.setContentsMargins(0, 0, 0, 0)
        self.hint = QLabel(self.tr(
            "Pindai QR tanda terima atau kode batang nomor permohonan — di mana pun kursor berada — "
            "atau ketik nomor/NIK/nama lalu Enter.\nBelum terdaftar? Ctrl+N untuk permohonan walk-in."))
        self.hint.setObjectName("emptyState")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.results = QTableWidget(0, 5)
        self.results.setHorizontalHeaderLabels([self.tr("Nomor permohonan"), self.tr("Pemohon"), self.tr("NIK"),
                                                self.tr("Jenis izin"), self.tr("Status")])
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.verticalHeader().hide()
        self.results.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.results.setTabKeyNavigation(False)
        self.results.itemActivated.connect(lambda item: self.open_application(
            self.results.item(item.row(), 0).data(Qt.ItemDataRole.UserRole)))  # type: ignore[union-attr]
        self.results.hide()
        v.addWidget(self.hint)
        v.addWidget(self.results, 1)
        return w

    def _build_file(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(6)
        head = QFrame()
        head.setObjectName("detailHeader")
        grid = QGridLayout(head)
        # tight: every pixel here is a checklist row less at 1366×768
        grid.setContentsMargins(12, 6, 12, 6)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(2)
        self.file_title = QLabel()
        self.file_title.setTextFormat(Qt.TextFormat.PlainText)
        self.file_title.setObjectName("detailNumber")
        self.file_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.file_state = QLabel()
        self.file_state.setObjectName("stateBadge")
        grid.addWidget(self.file_title, 0, 0, 1, 3)
        grid.addWidget(self.file_state, 0, 3, Qt.AlignmentFlag.AlignRight)
        self.file_fields: dict[str, QLabel] = {}
        for i, (key, label) in enumerate([("applicant", self.tr("Pemohon")), ("permit", self.tr("Jenis izin")),
                                          ("company", self.tr("Perusahaan")), ("kind", self.tr("Permohonan")),
                                          ("address", self.tr("Alamat")), ("standard", self.tr("Standar"))]):
            cap = QLabel(label)
            cap.setObjectName("fieldLabel")
            val = QLabel("—")
            val.setTextFormat(Qt.TextFormat.PlainText)   # a name like "<b>PT Maju</b>" shows as typed
            val.setWordWrap(True)
            val.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            r, c = 1 + i // 2, (i % 2) * 2
            grid.addWidget(cap, r, c)
            grid.addWidget(val, r, c + 1)
            self.file_fields[key] = val
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        v.addWidget(head)
        self.file_warning = QLabel()
        self.file_warning.setTextFormat(Qt.TextFormat.PlainText)
        self.file_warning.setWordWrap(True)
        self.file_warning.setStyleSheet("color: #8a4b00; font-weight: 600;")
        self.file_warning.hide()
        v.addWidget(self.file_warning)

        # the keys (one line; the whole help in its tooltip) and the summary stacked beside
        # "Semua ADA": as tall as the button, where the summary had a row of its own below
        # the table (with the two-line help, 4 of 8 requirements showed at 1366×768)
        bar = QHBoxLayout()
        texts = QVBoxLayout()
        texts.setSpacing(0)
        cap = QLabel(self.tr("Persyaratan (* wajib) · Spasi: ada/tidak ada, asli/salinan · angka: lembar · "
                             "huruf/Enter: keterangan"))
        cap.setToolTip(self.tr("Spasi di kolom Ada?: ada/tidak ada · Spasi di kolom Bentuk: asli/salinan · "
                               "angka: lembar · huruf atau Enter: keterangan"))
        cap.setObjectName("muted")
        cap.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        texts.addWidget(cap)
        texts.addWidget(self.summary)
        self.all_button = QPushButton(self.tr("Semua ADA (Ctrl+Shift+A)"))
        self.all_button.setShortcut(QKeySequence("Ctrl+Shift+A"))
        bar.addLayout(texts, 1)
        bar.addWidget(self.all_button, 0, Qt.AlignmentFlag.AlignVCenter)
        v.addLayout(bar)
        self.model = ChecklistModel(self)
        self.table = ChecklistView(self.model)
        v.addWidget(self.table, 1)
        self.all_button.clicked.connect(self.model.mark_all_present)
        actions = QHBoxLayout()
        # the applicant's consent to messages about this file, and the channel (app/notify/)
        self.notify_channel = QComboBox()
        self.notify_channel.setAccessibleName(self.tr("Pemberitahuan ke pemohon"))
        for text, data in ((self.tr("Tanpa pemberitahuan"), "NONE"), (self.tr("Beri tahu lewat WhatsApp"), "WHATSAPP"),
                           (self.tr("Beri tahu lewat SMS"), "SMS"), (self.tr("Beri tahu lewat surel"), "EMAIL")):
            self.notify_channel.addItem(text, data)
        self.notify_channel.activated.connect(self._notify_channel_chosen)
        actions.addWidget(self.notify_channel)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Catatan pengembalian (opsional), mis. berkas tidak terbaca"))
        self.reason.setAccessibleName(self.tr("Catatan pengembalian"))
        self.reason.setMaxLength(2000)
        self.return_button = QPushButton(self.tr("&Kembalikan berkas"))
        self.accept_button = QPushButton(self.tr("&Terima — cetak tanda terima (Ctrl+Enter)"))
        self.accept_button.setProperty("primary", True)
        self.reprint_button = QPushButton(self.tr("Lihat/cetak ulang tanda terima (Ctrl+P)"))
        actions.addWidget(self.reason, 1)
        v.addLayout(actions)
        # the buttons on their own row, at the right: beside the consent and the note they
        # made the page 1,200 px wide (it scrolled sideways on a 1366×768 screen)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.return_button, self.accept_button, self.reprint_button):
            buttons.addWidget(b)
        v.addLayout(buttons)
        self.return_button.clicked.connect(self.return_file)
        self.accept_button.clicked.connect(self.accept)
        self.reprint_button.clicked.connect(self.show_receipt)
        for seq, slot in (("Ctrl+Return", self.accept), ("Ctrl+Enter", self.accept),
                          ("Ctrl+P", self.show_receipt), ("Esc", self.back_to_find)):
            sc = QShortcut(QKeySequence(seq), w)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)
        return w

    def hideEvent(self, e) -> None:
        # leaving the page (or closing the window) must not drop the last ticks
        self.flush_save()
        super().hideEvent(e)

    # -- messages ----------------------------------------------------------------------
    def say(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(theme.error_style(bold=True) if error else f"color: {theme.OK};")

    def focus_entry(self) -> None:
        """Where F2 (the page's key in the main window) puts the cursor: the find box."""
        self.focus_find()

    def focus_find(self) -> None:
        if self.stack.currentWidget() is self.file:
            self.flush_save()
        self.find_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_box.selectAll()

    def back_to_find(self) -> None:
        self.flush_save()
        self.csv_button.hide()
        self.stack.setCurrentWidget(self.start)
        self.find_box.clear()
        self.focus_find()

    def update_today(self) -> None:
        """This officer's count today, beside the clock (from the daily register),
        read off the GUI thread: it follows every accept and return."""
        actor = self.actor

        def show(register: list) -> None:
            rows = [r for r in register if r.officer == actor.name]
            ok = sum(1 for r in rows if r.result == "DITERIMA")
            self.today_label.setText(self.tr("Hari ini: {a} diterima · {r} dikembalikan")
                                     .format(a=ok, r=len(rows) - ok))
        ops.query(self, lambda s: intake.daily_register(s, actor), show,
                  on_error=lambda e: log.error("today's count: %s", type(e).__name__))

    # -- clock -------------------------------------------------------------------------
    def start_clock(self) -> None:
        if not self.clock.isValid():
            self.clock.start()
        self.tick.start()
        self._update_clock()

    def stop_clock(self) -> int | None:
        secs = self.elapsed_seconds()
        self._forget_clock(self._clock_for)
        self.clock.invalidate()
        self._clock_offset = 0
        self._clock_for = None
        self.tick.stop()
        self._update_clock()
        return secs

    def elapsed_seconds(self) -> int | None:
        return self._clock_offset + int(self.clock.elapsed() / 1000) if self.clock.isValid() else None

    # The elapsed time is kept beside the autosaved checklist (data folder, per file), so a
    # crash or restart in the middle of a check does not record 0.1 minute for it.
    def _clock_path(self):
        return self.loket.data_dir / "intake-clock.json"

    def _saved_clocks(self) -> dict:
        import json
        try:
            return json.loads(self._clock_path().read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def _save_clock(self) -> None:
        import json
        secs = self.elapsed_seconds()
        if not self._clock_for or self._clock_for == "walkin" or secs is None:
            return
        clocks = self._saved_clocks()
        clocks[self._clock_for] = secs
        try:
            self._clock_path().write_text(json.dumps(clocks), encoding="utf-8")
        except OSError:
            log.warning("intake clock not saved", exc_info=True)

    def clock_saved_for(self, key: str) -> int:
        return int(self._saved_clocks().get(key, 0))

    def _forget_clock(self, key) -> None:
        import json
        clocks = self._saved_clocks()
        if key in clocks:
            del clocks[key]
            try:
                self._clock_path().write_text(json.dumps(clocks), encoding="utf-8")
            except OSError:
                pass

    def _update_clock(self) -> None:
        secs = self.elapsed_seconds()
        std = self.standard_seconds
        if secs is None:
            self.elapsed_label.setText(self.tr("Standar pemeriksaan: {m} menit").format(m=std // 60))
            self.elapsed_label.setStyleSheet("color: #5b6673;")
            return
        over = secs > std
        self.elapsed_label.setText(self.tr("Waktu pemeriksaan {mm:02d}:{ss:02d} / {std} menit").format(
            mm=secs // 60, ss=secs % 60, std=std // 60) + (self.tr(" — melewati standar") if over else ""))
        self.elapsed_label.setStyleSheet(
            "font-size: 14pt; font-weight: 600; color: %s;" % (theme.ERROR if over else theme.OK))

    # -- scanning / finding -------------------------------------------------------------
    def on_scan(self, text: str) -> None:
        win = self.window()
        if hasattr(win, "show_page"):
            win.show_page(PAGE_KEY)
        self.find_box.setText(text.strip())
        self.open_text(text)

    def open_text(self, text: str) -> None:
        text = (text or "").strip()
        if not text:
            self.focus_find()
            return
        self.flush_save()
        actor = self.actor
        try:
            # waited for (one indexed lookup): the file opens in the same event as the
            # scan's Enter, so the keys the officer types next reach its checklist, not
            # the find box; the slow part, SiCantik over the network, runs off the thread
            found = ops.now(self, lambda s: intake.locate(s, actor, text))
        except Exception as e:
            self.say(user_message(e), error=True)
            return
        if found.app_id is not None:
            self.open_application(found.app_id)
            return
        rows = found.rows
        if not rows and intake.LOOKUPS and not qrsign.looks_like(text):
            self._lookup_remote(text)
            return
        self._show_results(text, rows)

    def _lookup_remote(self, text: str) -> None:
        """A number unknown here: ask SiCantik (network) off the GUI thread."""
        self.say(self.tr("“{text}” tidak ada di basis data lokal; mencari di SiCantik…").format(text=text))
        loket, actor = self.loket, self.actor

        def done(app_id) -> None:
            if app_id:     # the imported file is announced by ops.change
                self.open_application(app_id)
            else:
                self._show_results(text, [])

        def failed(exc) -> None:
            self._show_results(text, [])
            self.say(user_message(exc), error=True)
            from ui.sicantik_pick import offer_pick  # a SiCantik type not mapped yet: pick it here
            offer_pick(self, loket, actor, exc, on_done=done)

        ops.change(self, lambda s: intake.lookup_remote_id(s, actor, text), done, on_error=failed)

    def _show_results(self, text: str, rows: list) -> None:
        self.results.setRowCount(0)
        if not rows:
            shown = text if not qrsign.looks_like(text) else self.tr("kode QR")
            self.say(self.tr("“{text}” tidak ditemukan. Ctrl+N untuk mendaftarkan permohonan walk-in.")
                     .format(text=shown), error=True)
            self.results.hide()
            self.hint.show()
            self.stack.setCurrentWidget(self.start)
            return
        self.hint.hide()
        self.results.show()
        for r in rows:
            i = self.results.rowCount()
            self.results.insertRow(i)
            for c, v in enumerate([r.no_permohonan, r.applicant_name, r.applicant_nik or "",
                                   r.permit_type, app_tr(workflow.STATES[r.state].label)]):
                item = QTableWidgetItem(v)
                if c == 0:
                    item.setData(Qt.ItemDataRole.UserRole, r.id)
                self.results.setItem(i, c, item)
        self.say(self.tr("{n} berkas cocok — pilih dengan panah, Enter untuk membuka.").format(n=len(rows)))
        self.stack.setCurrentWidget(self.start)
        self.results.setCurrentCell(0, 0)
        self.results.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_application(self, app_id: str) -> None:
        from app.documents.base import tanggal
        self.flush_save()
        from app.notify import consent
        # waited for, as the scan that leads here (open_text): the checklist must be
        # in place before the officer's next key
        v, pref = ops.now(self, lambda s: (intake.file_view(s, app_id), consent.get(s, app_id)))
        fields = {
            "applicant": f"{v.applicant_name} — {v.applicant_id_type} {v.applicant_nik or '-'}",
            "permit": v.permit_type,
            "company": f"{v.company_name} (NIB {v.company_nib or '-'})"
            if v.company_name and v.applicant_type == "PERUSAHAAN" else "—",
            "kind": app_tr({"BARU": "Baru", "PERPANJANGAN": "Perpanjangan", "PERUBAHAN": "Perubahan"}
                           .get(v.kind, v.kind)) + (f" · {self.tr('izin lama')} {v.old_permit_number}"
                                                    if v.old_permit_number else ""),
            "address": v.applicant_address or "—",
            "standard": self.tr("{n} hari kerja").format(n=v.service_days)
            + (f" · {self.tr('selesai')} {tanggal(v.due_date)}" if v.due_date else ""),
        }
        state, no, receipt, items = v.state, v.no_permohonan, v.receipt_number, v.items
        doc_id, doc_kind, dup = v.document_id, v.document_kind, v.duplicate_of
        self.app_id, self.app_no, self.document_id = app_id, no, doc_id
        editable = state in workflow.INTAKE_STATES
        self.file_title.setText(no + (f"  ·  {receipt}" if receipt else ""))
        self.file_state.setText(app_tr(workflow.STATES[state].label))
        for key, shown in fields.items():
            self.file_fields[key].setText(shown)
        warnings = []
        if dup:
            warnings.append(self.tr("⚠ NIK ini juga punya permohonan jenis izin yang sama yang masih berjalan: {no}.")
                            .format(no=dup))
        if state == "RETURNED":
            warnings.append(self.tr("Berkas ini pernah dikembalikan; pemeriksaan sebelumnya sudah terisi."))
        self.file_warning.setText("\n".join(warnings))
        self.file_warning.setVisible(bool(warnings))
        self.model.set_items(items, read_only=not editable)
        self.reason.clear()
        self.notify_channel.setCurrentIndex(max(0, self.notify_channel.findData(pref.channel if pref else "NONE")))
        for b in (self.return_button, self.accept_button, self.reason, self.all_button, self.notify_channel):
            b.setVisible(editable)
        self.reprint_button.setVisible(doc_id is not None)
        self.reprint_button.setText(self.tr("Lihat/cetak ulang tanda terima (Ctrl+P)") if doc_kind == intake.RECEIPT
                                    else self.tr("Lihat/cetak ulang bukti pengembalian (Ctrl+P)"))
        self.stack.setCurrentWidget(self.file)
        if editable:
            # a new file restarts the clock; a walk-in keeps the time spent on its form
            if self._clock_for not in ("walkin", app_id):
                self.clock.invalidate()
                self._clock_offset = int(self._saved_clocks().get(app_id, 0))   # after a restart
            self._clock_for = app_id
            self.start_clock()
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.stop_clock()
            self.reprint_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_actions()
        self.say(self.tr("Berkas {no} dibuka.").format(no=no) if editable else
                 self.tr("Berkas {no} sudah melewati Loket 2 ({state}).").format(
                     no=no, state=app_tr(workflow.STATES[state].label)))
        self.file_opened.emit(app_id)

    def _notify_channel_chosen(self, _index: int) -> None:
        """Record the applicant's answer now: the receipt's message goes out with the receipt."""
        from app.notify import consent
        actor, app_id, channel = self.actor, self.app_id, self.notify_channel.currentData()
        if app_id is None:      # the choice is shown only with a file open; a stray signal does nothing
            return
        text = self.notify_channel.currentText()

        def refused(exc: BaseException) -> None:
            self.notify_channel.setCurrentIndex(0)
            self.say(user_message(exc), error=True)
        ops.change(self, lambda s: consent.set_preference(s, actor, app_id, channel),
                   lambda _pref: self.say(self.tr("Pemberitahuan: {channel}.").format(channel=text)),
                   on_error=refused)

    # -- walk-in ----------------------------------------------------------------------------
    def new_walkin(self) -> None:
        self.flush_save()
        draft = self.form.load_draft()
        self.form.reset()
        if draft:
            self.form.set_values(draft)
        self.stack.setCurrentWidget(self.form)
        self.clock.invalidate()
        self._clock_offset = 0
        self._clock_for = "walkin"
        self.start_clock()
        d = self.find_box.text().strip().replace(" ", "")
        if d.isdigit() and len(d) == 16:
            self.form.set_values({"nik": d})
        self.say(self.tr("Draf pendaftaran yang belum selesai dipulihkan; periksa lalu Ctrl+S.") if draft else
                 self.tr("Pendaftaran walk-in: isi data pemohon; waktu pemeriksaan berjalan."))

    def register_walkin(self, values: dict, allow_duplicate: bool) -> None:
        try:
            actor = self.actor
            app_id, no = ops.change_now(self, lambda s: intake.register_walkin_id(
                s, actor, values, allow_duplicate=allow_duplicate))
        except Exception as e:
            self.say(user_message(e), error=True)
            return
        self.form.clear_draft()
        self.open_application(app_id)
        self.say(self.tr("Permohonan walk-in {no} terdaftar. Periksa persyaratannya.").format(no=no))

    # -- checklist -------------------------------------------------------------------------------
    def _items(self) -> list[intake.Item]:
        return [dataclasses.replace(it) for it in self.model.items]

    def save_checks(self) -> None:
        if not self.app_id or self.model.read_only:
            return
        actor, app_id, items = self.actor, self.app_id, self._items()
        self.saving += 1

        def saved(_n) -> None:
            self.saving -= 1
            self._save_clock()

        def refused(e) -> None:
            self.saving -= 1
            self.say(user_message(e), error=True)
        # off the GUI thread, in order with the accept/return that may follow (one writer)
        ops.change(self, lambda s: intake.save_checks(s, actor, app_id, items), saved,
                   on_error=refused, pool=self._writes)

    def flush_save(self) -> None:
        if self.save_timer.isActive():
            self.save_timer.stop()
            self.save_checks()

    def _update_actions(self) -> None:
        missing = [it for it in self.model.items if it.deficiency]
        unexamined = [it for it in self.model.items if it.present is None]
        complete = not missing and bool(self.model.items)
        self.accept_button.setEnabled(complete and not self._busy)
        self.return_button.setEnabled(not self._busy)
        if self.model.read_only:
            self.summary.setText("")
        elif complete:
            self.summary.setText(self.tr("✔ Semua persyaratan wajib ada. Ctrl+Enter untuk menerima berkas."))
            self.summary.setStyleSheet("color: #1f6b3a; font-weight: 600;")
        else:
            self.summary.setText(self.tr("Belum lengkap: {n} persyaratan wajib belum terpenuhi{u}.").format(
                n=len(missing), u=self.tr(" ({k} belum diperiksa)").format(k=len(unexamined)) if unexamined else ""))
            self.summary.setStyleSheet(f"color: {theme.LATE_FG};")

    # -- accept / return -------------------------------------------------------------------------
    def accept(self) -> None:
        if self.stack.currentWidget() is not self.file or self.model.read_only or self._busy:
            return
        if self.model.deficiencies():
            self.say(self.tr("Belum dapat diterima: {items}.").format(
                items="; ".join(it.name for it in self.model.deficiencies())), error=True)
            return
        self._run("accept")

    def return_file(self) -> None:
        """Alt+K: asks first (Enter = kembalikan, Esc = batal); a return slip cannot be taken back."""
        if self.stack.currentWidget() is not self.file or self.model.read_only or self._busy:
            return
        missing = [it.name for it in self.model.deficiencies()]
        text = self.tr("Kembalikan berkas {no} kepada pemohon dan cetak bukti pengembalian?").format(no=self.app_no)
        if missing:
            text += "\n\n" + self.tr("Yang kurang: {items}.").format(items="; ".join(missing))
        if not confirm_action(self, text, self.tr("Kembalikan"), self.tr("Kembalikan berkas")):
            self.say(self.tr("Pengembalian dibatalkan; berkas tetap terbuka."))
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._run("return")

    def _run(self, what: str) -> None:
        self.save_timer.stop()
        self._busy = True
        self._update_actions()
        started = time.perf_counter()
        app_id, items, actor = self.app_id, self._items(), self.actor
        duration = self.elapsed_seconds()
        reason = self.reason.text()

        def job(s):
            if what == "accept":
                return intake.accept_view(s, actor, app_id, items, duration_seconds=duration)
            return intake.return_view(s, actor, app_id, items, reason=reason, duration_seconds=duration)

        def done(r) -> None:
            self._busy = False
            doc_id, kind, number, pdf, no = r.document_id, r.kind, r.number, r.pdf, r.no_permohonan
            self.stop_clock()
            self.document_id = doc_id
            title = (self.tr("Tanda terima {number}") if kind == intake.RECEIPT
                     else self.tr("Bukti pengembalian {number}")).format(number=number)
            self.csv_button.hide()
            self.preview.before_print = self._before_print
            self.preview.show_pdf(pdf, title)
            self.stack.setCurrentWidget(self.preview)
            self.last_click_to_pdf_ms = (time.perf_counter() - started) * 1000
            self.say((self.tr("Berkas {no} diterima; tanda terima {number}. Ctrl+P untuk mencetak.")
                      if kind == intake.RECEIPT else
                      self.tr("Berkas {no} dikembalikan; bukti {number}. Ctrl+P untuk mencetak."))
                     .format(no=no, number=number))
            self.update_today()
            self.issued.emit(kind, number)

        def failed(exc) -> None:
            self._busy = False
            self._update_actions()
            self.say(user_message(exc), error=True)

        ops.change(self, job, done, on_error=failed, pool=self._writes)

    # -- documents ----------------------------------------------------------------------------------
    def _before_print(self, copies: int) -> bytes | None:
        if not self.document_id:
            return self.preview.data
        try:
            actor, doc_id = self.actor, self.document_id
            kind, pdf = ops.change_now(self, lambda s: intake.record_print(s, actor, doc_id, copies=copies))
        except Exception as e:
            error_box(self, user_message(e))
            return None
        self.say(self.tr("Dicetak (cetak ulang — SALINAN).") if kind == "REPRINT" else self.tr("Dicetak."))
        return pdf

    def show_receipt(self) -> None:
        if self.stack.currentWidget() is not self.file or not self.document_id:
            return
        actor, doc_id = self.actor, self.document_id
        ops.query(self, lambda s: intake.stored_view(s, actor, doc_id), self._show_stored,
                  on_error=lambda e: self.say(user_message(e), error=True))

    def _show_stored(self, doc: intake.StoredView) -> None:
        if doc.document_id != self.document_id:
            return              # another file was opened meanwhile
        pdf, number, kind, count = doc.pdf, doc.number, doc.kind, doc.prints
        self.csv_button.hide()
        self.preview.before_print = self._before_print
        title = (self.tr("Tanda terima {number}") if kind == intake.RECEIPT
                 else self.tr("Bukti pengembalian {number}")).format(number=number)
        if count:
            title += " — " + self.tr("sudah dicetak {n}×; cetak berikutnya SALINAN").format(n=count)
        self.preview.show_pdf(pdf, title)
        self.stack.setCurrentWidget(self.preview)

    def show_register(self) -> None:
        self.flush_save()
        actor = self.actor
        ops.query(self, lambda s: intake.register_pdf(s, actor), self._show_register,
                  on_error=lambda e: self.say(user_message(e), error=True))

    def _show_register(self, pdf: bytes) -> None:
        self.document_id = None
        self.preview.before_print = None
        self.preview.show_pdf(pdf, self.tr("Register harian Loket 2"))
        self.csv_button.show()
        self.stack.setCurrentWidget(self.preview)

    def export_register_csv(self, path: str | None = None) -> str:
        from pathlib import Path
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Ekspor register harian"),
                                                  str(Path.home() / "register-loket2.csv"), "CSV (*.csv)")
        if not path:
            return ""
        actor, target = self.actor, path

        def write(text: str) -> None:
            Path(target).write_text(text, encoding="utf-8-sig", newline="")
            self.say(self.tr("Register diekspor ke {path}").format(path=target))
        # read and formatted off the GUI thread; the file is written when it is ready
        ops.query(self, lambda s: intake.register_csv(intake.daily_register(s, actor)), write,
                  on_error=lambda e: self.say(user_message(e), error=True))
        return path
