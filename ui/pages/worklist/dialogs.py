"""The form of each workflow action (verify, schedule, review, draft, approve, send
back, sign): `dialog_for(action, …)` picks it; `outcome_text` says what happened.
A form stays open with the officer's input when the service refuses."""
from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, QTime, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app import workflow
from ui import fit, ops
from ui.pages.worklist.common import OVERDUE_FG, WORK_ROLES, _d, _dt, _esc, _qtoday
from ui.widgets import app_tr, theme, user_message

if TYPE_CHECKING:
    from ui.pdf_preview import PdfPreview


class ActionDialog(QDialog):
    """A form for one workflow action. `submit()` builds the service call; the
    dialog stays open with the officer's input when the service refuses."""

    done = Signal(object)  # type: ignore[assignment]  # the step's result; QDialog.done(int) is never called from Python here

    def __init__(self, loket, actor, item, title: str, parent=None) -> None:
        super().__init__(parent)
        self.loket, self.actor, self.item = loket, actor, item
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        # the form on the left; the SK preview (add_preview) on the right
        self.top = QHBoxLayout(self)
        left = QWidget()
        left.setMinimumWidth(500)
        left.setMaximumWidth(560)
        self.outer = QVBoxLayout(left)
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.top.addWidget(left)
        self.preview: PdfPreview | None = None
        head = QLabel(f"<b>{item.no_permohonan}</b> — {_esc(item.applicant_name)}<br>"
                      f"<span style='color:{theme.MUTED}'>{_esc(item.permit_type)}</span>")
        head.setTextFormat(Qt.TextFormat.RichText)
        self.outer.addWidget(head)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.outer.addLayout(self.form)
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setStyleSheet(f"color: {OVERDUE_FG.name()};")
        self.error.setWordWrap(True)
        self.error.hide()
        self.outer.addWidget(self.error)
        self.buttons = QDialogButtonBox()
        self.ok = self.buttons.addButton(self.tr("Simpan"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setDefault(True)
        cancel = self.buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAutoDefault(False)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self) -> None:
        self.outer.addStretch(1)
        self.outer.addWidget(self.buttons)
        # a refusal ("Nomor BAP wajib diisi.") stays only until the officer changes the form
        for line in self.findChildren(QLineEdit):
            line.textEdited.connect(self._edited)
        for text in self.findChildren(QPlainTextEdit):
            text.textChanged.connect(self._edited)
        for combo in self.findChildren(QComboBox):
            combo.currentIndexChanged.connect(self._edited)
        for when in self.findChildren(QDateTimeEdit):  # QDateEdit too
            when.dateTimeChanged.connect(self._edited)

    def _edited(self, *_a) -> None:
        if not self.error.isHidden():
            self.error.hide()

    def add_preview(self) -> None:
        """The SK as it will be signed, beside the form: Kasi, Kabid and Kadis see it
        before they act (stamped DRAF; app/services/sksign.preview)."""
        from ui.pdf_preview import PdfPreview
        self.preview = preview = PdfPreview(self)
        preview.print_button.hide()
        preview.save_button.hide()
        preview.close_button.hide()
        preview.caption.setTextFormat(Qt.TextFormat.PlainText)
        preview.caption.setText(self.tr("Memuat pratinjau SK…"))
        preview.setMinimumWidth(440)  # form + preview fit 1280×720 at 125 % (1024 px)
        self.top.addWidget(preview, 1)
        fit.within_screen(self, 1180, 700)
        no, actor = self.item.no_permohonan, self.actor
        ready = self.item.state == "KABID_APPROVED"

        def job(s):
            from app.services import sksign
            if ready:           # approved before Loket prepared at approval: prepared now
                sksign.ensure_prepared(s, actor, no)
            return sksign.preview(s, no)

        ops.change(self, job, lambda r: preview.show_pdf(r[0], r[1]),
                   on_error=lambda e: preview.caption.setText(user_message(e)))

    def set_ok_text(self, text: str) -> None:
        # The shared style sheet makes the default button bold, which Qt leaves out of the
        # size hint; the style sheet's own min-width is what the button honours.
        self.ok.setText(text)
        bold = QFont(self.ok.font())
        bold.setBold(True)
        self.ok.setStyleSheet(f"min-width: {QFontMetrics(bold).horizontalAdvance(text) + 8}px;")

    def call(self):  # pragma: no cover - every subclass defines it
        raise NotImplementedError

    def _submit(self) -> None:
        try:
            fn = self.call()
        except ValueError as e:       # a form-level check (e.g. unreadable file)
            self.show_error(str(e))
            return
        self.ok.setEnabled(False)
        self.error.hide()
        # the service returns the event it wrote: the screen gets its plain Step
        ops.change(self, lambda s: workflow.Step.of(fn(s)), self._ok, on_error=self._refused)

    def _ok(self, result) -> None:
        self.done.emit(result)
        self.accept()

    def _refused(self, exc) -> None:
        self.ok.setEnabled(True)
        self.show_error(user_message(exc))

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


def _text_edit(placeholder: str = "", lines: int = 3) -> QPlainTextEdit:
    e = QPlainTextEdit()
    e.setPlaceholderText(placeholder)
    e.setTabChangesFocus(True)
    e.setFixedHeight(e.fontMetrics().lineSpacing() * lines + 16)
    return e


class VerifyDialog(ActionDialog):
    def __init__(self, loket, actor, item, parent=None) -> None:
        super().__init__(loket, actor, item, self.tr("Entri data & verifikasi"), parent)
        from app.services import backoffice as bo
        from ui.pages import technical_fields as tf
        self.inputs: dict[str, QWidget] = {}
        known = getattr(item, "technical_known", {}) or {}
        for f in item.technical_specs:      # typed as the administrator set them (data_teknis)
            # what the file already holds (its "Lokasi izin"…) is not asked again
            e = tf.make_input(f, item.technical_data.get(f.name) or known.get(f.name, ""))
            if f.name in known and not item.technical_data.get(f.name):
                e.setToolTip(self.tr("Diisi dari berkas (lokasi izin / nama perusahaan); ubah bila berbeda."))
            self.form.addRow(f.name, e)
            self.inputs[f.name] = e
        if not item.technical_fields:
            self.form.addRow(QLabel(self.tr("Jenis izin ini tidak punya isian data teknis.")))
        self.result = QComboBox()  # type: ignore[method-assign,assignment]  # shadows QDialog.result(), which nothing here reads
        for k, label in bo.VERIFY_RESULT_LABELS.items():
            self.result.addItem(app_tr(label), k)  # type: ignore[attr-defined]
        self.form.addRow(self.tr("Hasil verifikasi"), self.result)  # type: ignore[call-overload]
        self.note = _text_edit(self.tr("Wajib bila tidak memenuhi syarat"))
        self.form.addRow(self.tr("Catatan"), self.note)
        self.finish_layout()

    def call(self):
        from app.services import backoffice as bo
        from ui.pages import technical_fields as tf
        tech = {k: tf.value_of(e) for k, e in self.inputs.items()}
        res, note, actor, app_id = self.result.currentData(), self.note.toPlainText(), self.actor, self.item.id
        return lambda s: workflow.Step.of(bo.verify(s, actor, app_id, technical=tech, result=res, note=note))


class ScheduleDialog(ActionDialog):
    def __init__(self, loket, actor, item, parent=None) -> None:
        super().__init__(loket, actor, item, self.tr("Jadwalkan kajian teknis"), parent)
        from app.services import backoffice as bo
        self.kind = QComboBox()
        for k, label in bo.REVIEW_KIND_LABELS.items():
            self.kind.addItem(app_tr(label), k)
        self.form.addRow(self.tr("Jenis"), self.kind)
        self.when = QDateTimeEdit(QDateTime(_qtoday().addDays(1), QTime(9, 0)))
        self.when.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.when.setCalendarPopup(True)
        self.when_warning = QLabel()        # beside the date: a past or non-working day
        self.when_warning.setObjectName("formWarning")
        self.when_warning.setStyleSheet(f"color: {OVERDUE_FG.name()};")
        self.when_warning.setWordWrap(True)
        self.when_warning.setTextFormat(Qt.TextFormat.PlainText)
        self.when_warning.hide()
        when_row = QVBoxLayout()
        when_row.setContentsMargins(0, 0, 0, 0)
        when_row.addWidget(self.when)
        when_row.addWidget(self.when_warning)
        self.form.addRow(self.tr("Tanggal dan jam"), when_row)
        self.when.dateTimeChanged.connect(self._check_day)
        self._check_day()
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("Ruang rapat / lokasi peninjauan"))
        self.form.addRow(self.tr("Tempat"), self.place)
        self.team = _text_edit(self.tr("Satu nama per baris, mis. Ir. Bambang (Dinas PUPR)"), 4)
        self.form.addRow(self.tr("Anggota tim"), self.team)
        self.note = _text_edit()
        self.form.addRow(self.tr("Catatan"), self.note)
        days = item.review_days
        if days:
            self.form.addRow(QLabel(self.tr("Standar kajian untuk jenis izin ini: {n} hari kerja.")
                                    .format(n=days)))
        self.finish_layout()

    def _check_day(self, *_a) -> None:
        """Said beside the date, not refused: a review already held may be recorded late."""
        from app.calendar import WorkCalendar
        qd, qt = self.when.date(), _qtoday()
        d, today = date(qd.year(), qd.month(), qd.day()), date(qt.year(), qt.month(), qt.day())
        cal = ops.now(self, WorkCalendar.from_db)
        text = ""
        if d < today:
            text = self.tr("Tanggal ini sudah lewat ({d}). Periksa lagi bila kajian belum dilaksanakan.").format(
                d=_d(d))
        elif not cal.is_working_day(d):
            name = cal.holiday_name(d)
            text = (self.tr("{d} bukan hari kerja ({why}).").format(d=_d(d), why=name) if name
                    else self.tr("{d} bukan hari kerja (akhir pekan).").format(d=_d(d)))
        self.when_warning.setText(text)
        self.when_warning.setVisible(bool(text))

    def call(self):
        from app.services import backoffice as bo
        when = self.when.dateTime().toPython().replace(second=0, microsecond=0)
        kind, team, place, note = (self.kind.currentData(), self.team.toPlainText(), self.place.text(),
                                   self.note.toPlainText())
        actor, app_id = self.actor, self.item.id
        return lambda s: workflow.Step.of(bo.schedule_review(s, actor, app_id, scheduled_at=when, kind=kind, team=team,
                                            place=place, note=note))


class ReviewDialog(ActionDialog):
    def __init__(self, loket, actor, item, parent=None) -> None:
        super().__init__(loket, actor, item, self.tr("Catat rekomendasi / BAP"), parent)
        from app.services import backoffice as bo
        sched = item.review_schedule or {}
        if sched:
            when = datetime.fromisoformat(sched["scheduled_at"]) if sched.get("scheduled_at") else None
            parts = [x for x in (sched.get("review_kind_label", ""), _dt(when) if when else "") if x]
            if sched.get("place"):       # where the review was held, as typed when it was planned
                parts.append(self.tr("di {place}").format(place=sched["place"]))
            plan = QLabel(", ".join(parts) + ("; " + self.tr("tim: {team}").format(team=", ".join(sched["team"]))
                                              if sched.get("team") else ""))
            plan.setWordWrap(True)
            plan.setTextFormat(Qt.TextFormat.PlainText)
            self.schedule_label = plan
            self.form.addRow(self.tr("Jadwal"), plan)
        self.rec = QComboBox()
        for k, label in bo.RECOMMENDATION_LABELS.items():
            self.rec.addItem(app_tr(label), k)
        self.form.addRow(self.tr("Rekomendasi"), self.rec)
        self.bap_no = QLineEdit()
        self.form.addRow(self.tr("Nomor BAP"), self.bap_no)
        self.bap_date = QDateEdit(_qtoday())
        self.bap_date.setDisplayFormat("dd-MM-yyyy")
        self.bap_date.setCalendarPopup(True)
        self.form.addRow(self.tr("Tanggal BAP"), self.bap_date)
        self.notes = _text_edit()
        self.form.addRow(self.tr("Catatan"), self.notes)
        row = QHBoxLayout()
        self.file_label = QLabel(self.tr("(tidak ada lampiran)"))
        self.file_label.setObjectName("muted")
        pick = QPushButton(self.tr("Lampirkan berkas…"))
        pick.setAutoDefault(False)
        pick.clicked.connect(self._pick)
        row.addWidget(self.file_label, 1)
        row.addWidget(pick)
        self.form.addRow(self.tr("Lampiran"), row)
        self.path: str | None = None
        self.finish_layout()

    def _pick(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Lampiran BAP"), "",
                                              self.tr("PDF atau gambar (*.pdf *.jpg *.jpeg *.png)"))
        if path:
            self.set_attachment(path)

    def set_attachment(self, path: str | None) -> None:
        self.path = path
        self.file_label.setText(path or self.tr("(tidak ada lampiran)"))

    def call(self):
        from pathlib import Path

        from app.services import backoffice as bo
        blob, name = None, ""
        if self.path:
            try:
                blob, name = Path(self.path).read_bytes(), Path(self.path).name
            except OSError as e:
                raise ValueError(self.tr("Berkas lampiran tidak dapat dibaca: {err}").format(err=e.strerror)) from e
        rec, no, day, notes = (self.rec.currentData(), self.bap_no.text(), self.bap_date.date().toPython(),
                               self.notes.toPlainText())
        actor, app_id = self.actor, self.item.id
        return lambda s: workflow.Step.of(bo.record_review(s, actor, app_id, recommendation=rec, bap_number=no,
                                          bap_date=day, notes=notes, attachment=blob,
                                          attachment_name=name))


class DraftDialog(ActionDialog):
    def __init__(self, loket, actor, item, parent=None) -> None:
        super().__init__(loket, actor, item, self.tr("Buat naskah izin / surat penolakan"), parent)
        from app.services import backoffice as bo
        if item.last_send_back:
            back = QLabel(self.tr("Dikembalikan oleh {by}: {reason}").format(
                by=item.last_send_back["by"], reason=item.last_send_back["reason"]))
            back.setWordWrap(True)
            back.setStyleSheet(f"color: {OVERDUE_FG.name()}; font-weight: 600;")
            self.form.addRow(back)
        self.outcome = QComboBox()
        for k, label in bo.OUTCOME_LABELS.items():
            self.outcome.addItem(app_tr(label), k)
        negative = ((item.verification or {}).get("result") == "TIDAK_MEMENUHI"
                    or (item.review_result or {}).get("recommendation") == "TOLAK")
        if negative or item.outcome == "PENOLAKAN":
            self.outcome.setCurrentIndex(self.outcome.findData("PENOLAKAN"))
        self.form.addRow(self.tr("Jenis naskah"), self.outcome)
        months = item.validity_months
        self.validity = QLabel(self.tr("{n} bulan sejak ditandatangani").format(n=months) if months
                               else self.tr("selama usaha/kegiatan berjalan"))
        self.form.addRow(self.tr("Masa berlaku"), self.validity)
        prev = item.draft or {}
        self.conditions = _text_edit(self.tr("Satu ketentuan per baris"), 4)
        self.conditions.setPlainText("\n".join(prev.get("conditions", [])))
        self.form.addRow(self.tr("Ketentuan"), self.conditions)
        self.reasons = _text_edit(self.tr("Satu alasan per baris"), 4)
        self.reasons.setPlainText("\n".join(prev.get("reasons", [])))
        self.form.addRow(self.tr("Alasan penolakan"), self.reasons)
        self.note = _text_edit("", 2)
        self.form.addRow(self.tr("Catatan"), self.note)
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self._outcome_changed()
        self.finish_layout()

    def _outcome_changed(self, *_) -> None:
        permit = self.outcome.currentData() == "IZIN"
        for w, show in ((self.validity, permit), (self.conditions, permit), (self.reasons, not permit)):
            w.setVisible(show)
            label = self.form.labelForField(w)
            if label is not None:
                label.setVisible(show)

    def call(self):
        from app.services import backoffice as bo
        out, cond, why, note = (self.outcome.currentData(), self.conditions.toPlainText(),
                                self.reasons.toPlainText(), self.note.toPlainText())
        actor, app_id = self.actor, self.item.id
        return lambda s: workflow.Step.of(bo.draft(s, actor, app_id, outcome=out, conditions=cond, reasons=why, note=note))


class ApproveDialog(ActionDialog):
    def __init__(self, loket, actor, item, title, parent=None) -> None:
        super().__init__(loket, actor, item, title, parent)
        d = item.draft or {}
        self.form.addRow(self.tr("Naskah"), QLabel(
            self.tr("Surat penolakan") if d.get("outcome") == "PENOLAKAN" else self.tr("Naskah izin (SK)")))
        if d.get("conditions"):
            lab = QLabel("\n".join(f"• {c}" for c in d["conditions"]))
            lab.setWordWrap(True)
            self.form.addRow(self.tr("Ketentuan"), lab)
        if d.get("reasons"):
            lab = QLabel("\n".join(f"• {c}" for c in d["reasons"]))
            lab.setWordWrap(True)
            self.form.addRow(self.tr("Alasan"), lab)
        self.note = _text_edit(self.tr("Opsional"), 2)
        self.form.addRow(self.tr("Catatan"), self.note)
        if item.state == "KASI_APPROVED":
            info = QLabel(self.tr("Dengan persetujuan ini Loket memberi nomor SK dan menyiapkan PDF final "
                                  "(dengan kode QR dan kolom tanda tangan) untuk Kepala Dinas."))
            info.setWordWrap(True)
            info.setObjectName("muted")
            self.form.addRow(info)
        self.set_ok_text(self.tr("Setujui"))
        self.finish_layout()
        if item.extra.get("preview"):
            self.add_preview()

    def call(self):
        from app.services import backoffice as bo
        note, actor, app_id = self.note.toPlainText(), self.actor, self.item.id
        return lambda s: workflow.Step.of(bo.approve(s, actor, app_id, note=note))


class SendBackDialog(ActionDialog):
    """The reason is required: the file returns to its previous holder."""

    def __init__(self, loket, actor, item, title, parent=None) -> None:
        super().__init__(loket, actor, item, title, parent)
        action = next((a for a in workflow.ACTIONS.values() if workflow.is_send_back(a.key)
                       and item.state in a.from_states), None)
        if action is not None:
            role = workflow.STATES[action.to_state].holder
            back = QLabel(self.tr("Berkas kembali ke {role}, kepada petugas yang meneruskannya.").format(
                role=app_tr(workflow.ROLE_LABELS.get(role or "", role or ""))))
            back.setObjectName("muted")
            back.setWordWrap(True)
            self.form.addRow(back)
        self.reason = _text_edit(self.tr("Apa yang harus diperbaiki? (wajib)"), 4)
        self.reason.setAccessibleName(self.tr("Alasan pengembalian"))
        self.form.addRow(self.tr("Alasan"), self.reason)
        self.set_ok_text(self.tr("Kembalikan"))
        self.finish_layout()
        self.reason.setFocus()

    def call(self):
        from app.services import backoffice as bo
        reason, actor, app_id = self.reason.toPlainText(), self.actor, self.item.id
        return lambda s: workflow.Step.of(bo.send_back(s, actor, app_id, reason=reason))


class SignDialog(ActionDialog):
    """The Kadis signs the SK prepared at the Kabid's approval (shown beside the form):
    directly through the office's BSrE service (NIK and passphrase, typed each time and
    never kept), through the office's own signing tool (save the draft, attach the signed
    file), or by hand."""

    def __init__(self, loket, actor, item, parent=None) -> None:
        super().__init__(loket, actor, item, self.tr("Tandatangani"), parent)
        d = item.draft or {}
        what = self.tr("Surat penolakan") if d.get("outcome") == "PENOLAKAN" else self.tr("Naskah izin (SK)")
        self.form.addRow(self.tr("Naskah"), QLabel(what + (f" {item.permit_number}" if item.permit_number else "")))
        group = QButtonGroup(self)
        self.direct = QRadioButton(self.tr("TTE langsung (layanan BSrE kantor)"))
        self.tte = QRadioButton(self.tr("TTE lewat berkas (aplikasi TTE sendiri)"))
        self.hand = QRadioButton(self.tr("Tanda tangan basah"))
        for b in (self.direct, self.tte, self.hand):
            group.addButton(b)
        direct_ok = bool(item.extra.get("tte_direct"))
        self.direct.setEnabled(direct_ok)
        if not direct_ok:
            self.direct.setToolTip(self.tr("Layanan BSrE belum diatur (tte.url)."))
        (self.direct if direct_ok else self.tte).setChecked(True)

        self.form.addRow(self.direct)
        self.nik = QLineEdit(item.extra.get("head_nik", ""))
        self.nik.setMaxLength(16)
        self.nik.setPlaceholderText(self.tr("16 angka, NIK pada sertifikat"))
        self.form.addRow(self.tr("NIK"), self.nik)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("diketik setiap kali, tidak disimpan"))
        self.passphrase.setAccessibleName(self.tr("Passphrase TTE"))
        self.form.addRow(self.tr("Passphrase"), self.passphrase)

        self.form.addRow(self.tte)
        self.export = QPushButton(self.tr("Simpan draf PDF untuk TTE…"))
        self.export.setAutoDefault(False)
        self.export.clicked.connect(self._export)
        self.form.addRow("", self.export)
        row = QHBoxLayout()
        self.file_label = QLabel(self.tr("(belum ada berkas)"))
        self.file_label.setObjectName("muted")
        self.file_label.setWordWrap(True)
        self.pick = QPushButton(self.tr("Pilih PDF bertanda tangan…"))
        self.pick.setAutoDefault(False)
        self.pick.clicked.connect(self._pick)
        row.addWidget(self.file_label, 1)
        row.addWidget(self.pick)
        self.form.addRow(self.tr("PDF TTE"), row)

        self.form.addRow(self.hand)
        self.signer = QLineEdit(actor.name)
        self.form.addRow(self.tr("Penandatangan"), self.signer)
        info = QLabel(self.tr("PDF bertanda tangan diterima hanya bila tanda tangannya sah, sertifikatnya "
                              "berasal dari akar tepercaya kantor, dan isinya persis PDF final di samping. "
                              "Tanda tangan basah: SK dicetak tanpa kalimat BSrE."))
        info.setWordWrap(True)
        info.setObjectName("muted")
        self.form.addRow(info)
        self.set_ok_text(self.tr("Tandatangani"))
        self.path: str | None = None
        for b in (self.direct, self.tte, self.hand):
            b.toggled.connect(self._mode)
        self._mode()
        self.finish_layout()
        self.add_preview()
        (self.passphrase if direct_ok else self.pick).setFocus()

    def _mode(self, *_) -> None:
        direct, tte = self.direct.isChecked(), self.tte.isChecked()
        self.nik.setEnabled(direct)
        self.passphrase.setEnabled(direct)
        self.pick.setEnabled(tte)
        self.signer.setEnabled(self.hand.isChecked())

    def _export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Simpan draf PDF"),
            f"{(self.item.permit_number or self.item.no_permohonan).replace('/', '-')}.pdf", self.tr("PDF (*.pdf)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        """The draft exactly as stored (the bytes the signature must cover)."""
        from app.services import sksign
        actor, no = self.actor, self.item.no_permohonan

        def job(s):
            from pathlib import Path
            pdf, _number = sksign.draft_pdf(s, actor, no)
            Path(path).write_bytes(pdf)
            return path

        ops.change(self, job, lambda p: self.file_label.setText(self.tr("Draf disimpan: {p}").format(p=p)),
                   on_error=lambda e: self.show_error(user_message(e)))

    def _pick(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("PDF hasil TTE"), "", self.tr("PDF (*.pdf)"))
        if path:
            self.set_pdf(path)

    def set_pdf(self, path: str | None) -> None:
        self.path = path
        self.file_label.setText(path or self.tr("(belum ada berkas)"))

    def _ok(self, result) -> None:
        self.passphrase.clear()
        super()._ok(result)

    def _refused(self, exc) -> None:
        self.passphrase.clear()          # typed again for every attempt
        super()._refused(exc)

    def call(self):
        from pathlib import Path

        from app.services import backoffice as bo
        actor, app_id = self.actor, self.item.id
        if self.direct.isChecked():
            nik, phrase, no = self.nik.text(), self.passphrase.text(), self.item.no_permohonan
            if not phrase:
                raise ValueError(self.tr("Ketik passphrase TTE."))

            def direct(s):
                from app.services import sksign
                return sksign.sign_direct(s, actor, no, nik=nik, passphrase=phrase)
            return direct
        if self.tte.isChecked():
            if not self.path:
                raise ValueError(self.tr("Pilih berkas PDF hasil TTE terlebih dahulu."))
            try:
                blob = Path(self.path).read_bytes()
            except OSError as e:
                raise ValueError(self.tr("Berkas PDF tidak dapat dibaca: {err}").format(err=e.strerror)) from None
            name = Path(self.path).name
            return lambda s: workflow.Step.of(bo.sign(s, actor, app_id, signed_pdf=blob, filename=name))
        signer = self.signer.text()
        return lambda s: workflow.Step.of(bo.sign(s, actor, app_id, signer_name=signer))


DIALOGS = {
    "verify": VerifyDialog, "schedule_review": ScheduleDialog, "record_review": ReviewDialog,
    "draft": DraftDialog, "sign": SignDialog,
}


def dialog_for(action: str, loket, actor, item, parent=None) -> ActionDialog:
    label = app_tr(workflow.ACTIONS[action].label)
    if action in DIALOGS:
        return DIALOGS[action](loket, actor, item, parent)
    if workflow.is_send_back(action):
        return SendBackDialog(loket, actor, item, label, parent)
    return ApproveDialog(loket, actor, item, label, parent)


def outcome_text(action: str, item, event) -> tuple[str, str]:
    """What the officer reads after an action: what happened and where the file went
    ("… Diteruskan ke Kepala Seksi"), and the undo action ("" — see below)."""
    label = app_tr(workflow.ACTIONS[action].label) if action in workflow.ACTIONS else action
    to = getattr(event, "to_state", None)
    st = workflow.STATES.get(to) if to else None
    if st is None:
        return QCoreApplication.translate("worklist", "{action}: tersimpan untuk {no}.").format(
            action=label, no=item.no_permohonan), ""
    role = app_tr(workflow.ROLE_LABELS.get(st.holder or "", ""))
    state = app_tr(st.label)
    if st.holder and st.holder in WORK_ROLES and st.holder == workflow.STATES.get(item.state, st).holder:
        where = QCoreApplication.translate("worklist", "Berkas tetap di daftar Anda: {state}.").format(state=state)
    elif role:
        where = QCoreApplication.translate("worklist", "Diteruskan ke {role} ({state}).").format(role=role, state=state)
    else:
        where = QCoreApplication.translate("worklist", "Status sekarang: {state}.").format(state=state)
    # No undo button: in the SOP table only the next holder sends a file back (with a
    # reason), never the officer who just passed it on, so an "undo" would break the SOP.
    undo = ""
    return QCoreApplication.translate("worklist", "{action} — {no} ({name}) selesai. {where}").format(
        action=label, no=item.no_permohonan, name=item.applicant_name, where=where), undo
