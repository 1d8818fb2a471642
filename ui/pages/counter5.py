"""Loket 5 — Pengaduan & Penyerahan.

Penyerahan: open the file (scan / number), launch the survey on the applicant's
screen (the second monitor when there is one), or record that the applicant
declined it; then hand the SK over — to the applicant in person or to a proxy
named in a recorded power of attorney ("Catat surat kuasa") — with the receipt
of counter 2 as proof (the scan that opened the file counts; when it is lost, a
reason), confirm, print the handover receipt, and the file is archived. The officer sees only whether the survey is done, never the answers.

Pengaduan: the complaints panel (ui/pages/complaints.py). Laporan SKM: the index
and the report PDF for a period (ui/pages/survey_report.py).

Keys: F4 scan box, F6 start the survey, F9 hand over, Alt+1 / 2 / 3 tabs,
F5 (the window's refresh) reloads.
"""
from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui import fit, ops, worker
from ui.pages.complaints import ComplaintsPanel
from ui.pages.survey_report import SurveyReportPanel
from ui.pdf_preview import PdfPreview
from ui.widgets import (
    ScanBar,
    confirm_action,
    file_summary,
    fmt_datetime,
    hline,
    theme,
    today_local,
    user_message,
)

SURVEY_COLORS = {"DONE": "#1b5e20", "DECLINED": "#8a5a00", "PENDING": theme.LATE_FG, "NOT_YET": theme.MUTED}


class HandoverPanel(QWidget):
    handed_over = Signal(str)      # no_permohonan

    def __init__(self, loket, actor, bus=None, parent=None) -> None:
        super().__init__(parent)
        from app.services import handover
        self.loket, self.actor, self.bus = loket, actor, bus
        self.view_data = None
        self.survey_window = None
        self._pool = worker.serial_pool(self)
        if bus is not None:
            bus.changed.connect(self.apply_changes)
        self._scanned = ""            # the receipt QR that opened the file, the proof at the handover
        self.proxies = []  # type: ignore[var-annotated]

        self.scan_bar = ScanBar.for_receipt(self, self.open_text)
        self.scan = self.scan_bar.box

        self.title, info, self.fields = file_summary(self, (
            ("no", "Nomor permohonan"), ("applicant", "Pemohon"), ("id", "Identitas pemohon"),
            ("permit", "Jenis izin"), ("number", "Nomor SK"), ("state", "Status")))

        # survey
        sv = QGroupBox(self.tr("1. Survei Kepuasan Masyarakat"))
        svl = QVBoxLayout(sv)
        # before a file is open: what the box will say, not a lone dash
        self.survey_state = QLabel(self.tr("Status SKM pemohon tampil di sini setelah berkas dibuka."))
        self.survey_state.setObjectName("surveyState")
        self.survey_state.setWordWrap(True)
        self.survey_state.setTextFormat(Qt.TextFormat.PlainText)
        self.survey_button = QPushButton(self.tr("Mulai survei di layar pemohon (F6)"))
        self.survey_button.setProperty("primary", True)
        self.survey_button.clicked.connect(self.start_survey)
        self.decline_reason = QLineEdit()
        # placeholders short enough to read whole at 1366×768; the full hint in the tooltip
        self.decline_reason.setPlaceholderText(self.tr("Alasan menolak SKM"))
        self.decline_reason.setToolTip(self.tr("Alasan pemohon menolak mengisi SKM"))
        self.decline_button = QPushButton(self.tr("Catat penolakan"))
        self.decline_button.clicked.connect(self.decline)
        svl.addWidget(self.survey_state)
        svl.addWidget(self.survey_button)
        row = QHBoxLayout()
        row.addWidget(self.decline_reason, 1)
        row.addWidget(self.decline_button)
        svl.addLayout(row)

        # handover
        ho = QGroupBox(self.tr("2. Penyerahan SK"))
        form = QFormLayout(ho)
        self.in_person = QRadioButton(self.tr("Diambil sendiri oleh pemohon"))
        self.by_proxy = QRadioButton(self.tr("Dikuasakan (surat kuasa)"))
        self.in_person.setChecked(True)
        grp = QButtonGroup(self)
        grp.addButton(self.in_person)
        grp.addButton(self.by_proxy)
        self.by_proxy.toggled.connect(self._mode_changed)
        self.recipient = QLineEdit()
        self.id_type = QComboBox()
        for key, label in handover.ID_TYPES.items():
            self.id_type.addItem(label, key)
        self.id_number = QLineEdit()
        self.id_number.setPlaceholderText(self.tr("nomor pada identitas yang diperlihatkan"))
        self.letter_number = QLineEdit()
        self.letter_date = QDateEdit()
        self.letter_date.setCalendarPopup(True)
        self.letter_date.setDisplayFormat("dd-MM-yyyy")
        self.proxy_button = QPushButton(self.tr("Catat surat kuasa"))
        self.proxy_button.clicked.connect(self.record_proxy)
        self.proxies_label = QLabel()
        self.proxies_label.setWordWrap(True)
        self.proxies_label.setTextFormat(Qt.TextFormat.PlainText)
        self.proxies_label.setObjectName("muted")
        self.receipt_proof = QLineEdit()
        self.receipt_proof.setPlaceholderText(self.tr("pindai/ketik tanda terima"))
        self.receipt_proof.setToolTip(self.tr("pindai QR tanda terima berkas, atau ketik nomornya"))
        self.lost_reason = QLineEdit()
        self.lost_reason.setPlaceholderText(self.tr("atau, bila hilang: alasannya"))
        self.handover_button = QPushButton(self.tr("Serahkan SK dan arsipkan (F9)"))
        self.handover_button.setProperty("primary", True)
        self.handover_button.clicked.connect(self.hand_over)
        mode = QHBoxLayout()
        mode.addWidget(self.in_person)
        mode.addWidget(self.by_proxy)
        form.addRow(mode)
        form.addRow(self.tr("Nama penerima:"), self.recipient)
        form.addRow(self.tr("Jenis identitas:"), self.id_type)
        form.addRow(self.tr("Nomor identitas:"), self.id_number)
        self.letter_label = QLabel(self.tr("Nomor surat kuasa:"))
        self.letter_date_label = QLabel(self.tr("Tanggal surat kuasa:"))
        letter = QHBoxLayout()
        letter.addWidget(self.letter_number, 1)
        letter.addWidget(self.proxy_button)
        form.addRow(self.letter_label, letter)
        form.addRow(self.letter_date_label, self.letter_date)
        form.addRow("", self.proxies_label)       # its own row: it wraps, and is never cut
        form.addRow(self.tr("Tanda terima berkas:"), self.receipt_proof)
        form.addRow("", self.lost_reason)
        form.addRow("", self.handover_button)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setStyleSheet(f"color: {theme.LATE_FG}; font-weight: 600;")

        # left: the file and its survey; right: the handover form, and once the SK has been
        # handed over its receipt in place of the form (the two are never needed at once,
        # and side by side they fit a 1366×768 screen even with the power-of-attorney rows)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.title)
        ll.addLayout(info)
        ll.addWidget(sv)
        ll.addWidget(self.message)
        ll.addStretch(1)
        self.preview = PdfPreview(self)
        self.preview.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.before_print = self._before_print
        self.preview.closed.connect(lambda: self.right.setCurrentWidget(self.handover_box))  # type: ignore[has-type]
        self.right = QStackedWidget()
        form_side = QWidget()
        fl = QVBoxLayout(form_side)
        fl.setContentsMargins(0, 0, 0, 0)
        fl.addWidget(ho)
        fl.addStretch(1)
        self.right.addWidget(form_side)
        self.right.addWidget(self.preview)
        self.handover_box = form_side
        split = QSplitter()
        split.setChildrenCollapsible(False)
        split.addWidget(fit.scrolling(left))
        split.addWidget(self.right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([500, 560])
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.scan_bar)
        lay.addWidget(hline(sunken=True))
        lay.addWidget(split, 1)

        for seq, slot in (("F6", self.start_survey), ("F9", self.hand_over),
                          ("F4", self.focus_scan)):
            sc = QShortcut(QKeySequence(seq), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)
        self._mode_changed()
        self._set_enabled()

    # -- opening ------------------------------------------------------------------------
    def focus_scan(self) -> None:
        self.scan_bar.focus()

    def open_text(self, text: str) -> None:
        from app import qrsign
        from app.services import handover
        text = (text or "").strip()
        if not text:
            return
        if qrsign.looks_like(text) and ".TT." in qrsign.payload_of(text):
            self._scanned = text
        elif self.view_data is None or text != self.view_data.no_permohonan:
            self._scanned = ""

        ops.query(self, lambda s: handover.counter_view(s, text), self._show, on_error=self._failed, pool=self._pool)

    def _failed(self, exc) -> None:
        self.message.setText(user_message(exc))
        self.scan.selectAll()

    def _show(self, result) -> None:
        v, allow_decline, proxies = result
        self.view_data, self.allow_decline = v, allow_decline
        self._show_proxies(proxies)
        if self._scanned and not self.receipt_proof.text():
            self.receipt_proof.setText(self._scanned)
        self.title.setText(f"{v.applicant_name} — {v.permit_type}")
        f = self.fields
        f["no"].setText(v.no_permohonan)
        f["applicant"].setText(v.applicant_name + (f" / {v.company_name}" if v.company_name else ""))
        f["id"].setText(f"{v.applicant_id_type} {v.applicant_nik or '—'}")
        f["permit"].setText(v.permit_type)
        f["number"].setText(v.permit_number or "—")
        f["state"].setText(v.state_label)
        st = v.survey
        text = st.label + (f" · {fmt_datetime(st.at)}" if st.at else "")
        if st.decline_reason:
            text += "\n" + self.tr("Alasan: {r}").format(r=st.decline_reason)
        self.survey_state.setText(text)
        self.survey_state.setStyleSheet(f"font-size: 11pt; font-weight: 600; color: {SURVEY_COLORS[st.code]};")
        self.message.setText(v.blocked_reason or "")
        color = "#1b5e20" if v.done is not None else theme.LATE_FG
        self.message.setStyleSheet(f"color: {color}; font-weight: 600;")
        if v.done is not None:
            self._show_done(v.done)
        elif self.in_person.isChecked():
            self._prefill()
        self._set_enabled()
        if v.done is not None:
            self._show_receipt(v.no_permohonan)
        else:
            self.right.setCurrentWidget(self.handover_box)

    def _show_done(self, done) -> None:
        """The form shows who actually received the SK (read only)."""
        (self.by_proxy if done.by_proxy else self.in_person).setChecked(True)
        self.recipient.setText(done.recipient_name)
        self.id_type.setCurrentIndex(max(self.id_type.findData(done.recipient_id_type), 0))
        self.id_number.setText(done.recipient_id_number)
        self.letter_number.setText(done.proxy_letter_number or "")
        if done.proxy_letter_date:
            d = done.proxy_letter_date
            self.letter_date.setDate(QDate(d.year, d.month, d.day))

    def _prefill(self) -> None:
        v = self.view_data
        if v is None:
            return
        self.recipient.setText(v.applicant_name)
        i = self.id_type.findData(v.applicant_id_type if v.applicant_id_type in ("KTP", "PASPOR", "KITAS") else "KTP")
        self.id_type.setCurrentIndex(max(i, 0))
        self.id_number.setText(v.applicant_nik or "")

    def _show_proxies(self, proxies) -> None:
        self.proxies = proxies
        self.proxies_label.setText(
            self.tr("Surat kuasa tercatat: {list}").format(list="; ".join(
                f"{p.letter_number} → {p.proxy_name}" for p in proxies)) if proxies
            else self.tr("Belum ada surat kuasa tercatat."))

    def _mode_changed(self) -> None:
        proxy = self.by_proxy.isChecked()
        for w in (self.letter_number, self.letter_date, self.letter_label, self.letter_date_label,
                  self.proxies_label, self.proxy_button):
            w.setVisible(proxy)
        if proxy:
            self.recipient.clear()
            self.id_number.clear()
            today = today_local()
            self.letter_date.setMaximumDate(QDate(today.year, today.month, today.day))
            self.letter_date.setDate(QDate(today.year, today.month, today.day))
            self.recipient.setFocus()
        else:
            self._prefill()

    def _set_enabled(self) -> None:
        v = self.view_data
        pending = bool(v and v.survey.code == "PENDING" and v.done is None)
        self.survey_button.setEnabled(pending)
        self.decline_button.setEnabled(pending and getattr(self, "allow_decline", True))
        self.decline_reason.setEnabled(pending and getattr(self, "allow_decline", True))
        ready = bool(v and v.can_hand_over)
        for w in (self.handover_button, self.in_person, self.by_proxy, self.recipient, self.id_type,
                  self.id_number, self.letter_number, self.letter_date, self.proxy_button,
                  self.receipt_proof, self.lost_reason):
            w.setEnabled(ready)

    def apply_changes(self, changes) -> None:
        """An announced change to the open file (a survey, a handover, here or elsewhere)."""
        if self.view_data is not None and changes.application(self.view_data.id):
            self._reopen()

    def _reopen(self) -> None:
        if self.view_data is not None:
            self.open_text(self.view_data.no_permohonan)

    # -- survey ---------------------------------------------------------------------------
    def start_survey(self) -> None:
        from app.services import survey
        from ui.survey import SurveyScreen
        v = self.view_data
        if v is None or not self.survey_button.isEnabled():
            return
        if self.survey_window is not None:     # already open on the applicant's screen
            self.survey_window.raise_()
            self.survey_window.activateWindow()
            return
        no = v.no_permohonan
        q = ops.now(self, survey.questionnaire)
        actor = self.actor

        def submit(answers, profile, suggestion) -> None:
            # the applicant's screen waits for the answer (a refusal is shown there)
            ops.change_now(self, lambda s: survey.record(s, actor, no, answers=answers,
                                                         suggestion=suggestion, **profile))

        w = SurveyScreen(q, submit, f"{v.permit_type} · {no}", known=self._respondent_known())
        w.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        w.finished.connect(self._survey_closed)
        w.destroyed.connect(lambda *_: setattr(self, "survey_window", None))
        self.survey_window = w
        screens = QGuiApplication.screens()
        if len(screens) > 1:   # the applicant's monitor, facing them
            w.setScreen(screens[-1])
            w.move(screens[-1].geometry().topLeft())
        w.showFullScreen()
        self.message.setText(self.tr("Survei sedang diisi pemohon di layarnya."))

    def _respondent_known(self) -> dict:
        """Gender and age of whoever answers the survey, from their NIK when Loket has it:
        the applicant in person, or a proxy whose KTP number is already typed."""
        from app import validation
        v = self.view_data
        if self.by_proxy.isChecked():
            nik = self.id_number.text() if self.id_type.currentData() == "KTP" else ""
        else:
            nik = v.applicant_nik if v is not None and v.applicant_id_type in ("KTP", None, "") else ""
        try:
            nik = validation.nik(nik or "")
        except validation.Invalid:
            return {}
        born, gender = validation.nik_birth(nik)
        known: dict = {"gender": gender}
        if born is not None:
            today = today_local()
            known["age"] = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
        return known

    def _survey_closed(self, _submitted: bool) -> None:
        # back to the officer's window, ready for the handover
        self.window().activateWindow()
        self.focus_scan()
        self._reopen()

    def decline(self) -> None:
        v = self.view_data
        if v is None:
            return
        reason = self.decline_reason.text()

        from app.services import survey
        actor = self.actor
        ops.change(self, lambda s: survey.decline(s, actor, v.no_permohonan, reason),
                   lambda _r: self.decline_reason.clear(),
                   on_error=lambda e: self.message.setText(user_message(e)), pool=self._pool)

    # -- handover ----------------------------------------------------------------------------
    def record_proxy(self) -> None:
        """The power of attorney the proxy brings: the person it names may collect the SK."""
        from app.services import handover
        v = self.view_data
        if v is None or not self.proxy_button.isEnabled():
            return
        args = dict(letter_number=self.letter_number.text(), letter_date=self.letter_date.date().toPython(),
                    proxy_name=self.recipient.text(), proxy_id_type=self.id_type.currentData(),
                    proxy_id_number=self.id_number.text())
        no = v.no_permohonan

        actor = self.actor

        def go(s):
            return handover.record_proxy_view(s, actor, no, **args)

        def done(result) -> None:
            p, proxies = result
            self._show_proxies(proxies)
            self.message.setText(self.tr("Surat kuasa {n} dicatat: {name} boleh mengambil SK.").format(
                n=p.letter_number, name=p.proxy_name))
        ops.change(self, go, done, on_error=lambda e: self.message.setText(user_message(e)), pool=self._pool)

    def hand_over(self) -> None:
        from app.services import handover
        v = self.view_data
        if v is None or not self.handover_button.isEnabled():
            return
        # F9 asks once (Enter = serahkan, Esc = batal): a handover cannot be taken back
        who = self.recipient.text().strip() or "—"
        text = self.tr("Serahkan SK {number} kepada {who}{proxy} dan arsipkan berkas {no}?").format(
            number=v.permit_number or "", who=who, no=v.no_permohonan,
            proxy=self.tr(" (kuasa)") if self.by_proxy.isChecked() else "")
        if not confirm_action(self, text, self.tr("Serahkan"), self.tr("Serahkan SK")):
            self.message.setText(self.tr("Penyerahan dibatalkan; belum ada yang dicatat."))
            return
        qd = self.letter_date.date()
        r = handover.Recipient(
            self.recipient.text(), self.id_type.currentData(), self.id_number.text(),
            by_proxy=self.by_proxy.isChecked(),
            proxy_letter_number=self.letter_number.text() if self.by_proxy.isChecked() else None,
            proxy_letter_date=qd.toPython() if self.by_proxy.isChecked() else None,
            receipt_proof=self.receipt_proof.text(), receipt_lost_reason=self.lost_reason.text())
        no = v.no_permohonan

        actor = self.actor

        def go(s):
            handover.hand_over(s, actor, no, r)
            return handover.receipt_pdf(s, no)
        ops.change(self, go, lambda pdf: self._done(no, pdf),
                   on_error=lambda e: self.message.setText(user_message(e)), pool=self._pool)

    def _done(self, no: str, pdf: bytes) -> None:
        self.preview.show_pdf(pdf, self.tr("Tanda terima penyerahan — {no}").format(no=no))
        self.right.setCurrentWidget(self.preview)
        self.handed_over.emit(no)
        self.in_person.setChecked(True)
        self.letter_number.clear()
        self.receipt_proof.clear()
        self.lost_reason.clear()
        self._scanned = ""
        self.preview.print_button.setFocus()

    def _before_print(self, copies: int) -> bytes | None:
        from app.services import handover
        v = self.view_data
        if v is None:
            return None
        actor = self.actor
        try:
            return ops.change_now(self, lambda s: handover.record_receipt_print(s, actor, v.no_permohonan, copies))
        except Exception as e:  # refused: nothing recorded, nothing printed
            self.message.setText(user_message(e))
            return None

    def _show_receipt(self, no: str) -> None:
        from app.services import handover

        def show(pdf: bytes) -> None:
            self.preview.show_pdf(pdf, self.tr("Tanda terima penyerahan — {no}").format(no=no))
            self.right.setCurrentWidget(self.preview)
        ops.query(self, lambda s: handover.receipt_pdf(s, no), show, on_error=lambda e: None, pool=self._pool)


class Counter5Page(QWidget):
    def __init__(self, loket, actor, bus=None, parent=None) -> None:
        super().__init__(parent)
        self.loket, self.actor, self.bus = loket, actor, bus
        self.tabs = QTabWidget()
        self.handover = HandoverPanel(loket, actor, bus, self)
        self.complaints = ComplaintsPanel(loket, actor, self)
        self.tabs.addTab(self.handover, self.tr("Penyerahan SK (Alt+1)"))
        self.tabs.addTab(self.complaints, self.tr("Pengaduan (Alt+2)"))
        self.report = SurveyReportPanel(loket, actor, self)
        self.tabs.addTab(self.report, self.tr("Laporan SKM (Alt+3)"))
        lay = QVBoxLayout(self)
        lay.addWidget(self.tabs)
        # Ctrl+1…9 belong to the main window's page switcher
        for i, seq in enumerate(("Alt+1", "Alt+2", "Alt+3")):
            sc = QShortcut(QKeySequence(seq), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(lambda i=i: self.tabs.setCurrentIndex(i))
        if bus is not None:
            bus.actor_changed.connect(self.set_actor)

    def set_actor(self, actor) -> None:
        self.actor = self.handover.actor = self.complaints.actor = actor

    def refresh(self) -> None:
        """F5 in the main window."""
        if self.handover.view_data is not None:
            self.handover.open_text(self.handover.view_data.no_permohonan)
        self.complaints.refresh()

    def showEvent(self, e) -> None:
        super().showEvent(e)
        if self.tabs.currentIndex() == 0:
            self.handover.focus_scan()
