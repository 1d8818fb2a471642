"""Daftar kerja: the back office, the section and division heads and the head
of office each see the files waiting on them, soonest due first, and act on
them here.

The page adapts to the officer's roles (one page for BACKOFFICE, KASI, KABID,
KADIN). The table is a lazy model (pages fetched on demand off the GUI
thread); overdue rows are tinted a calm red. The right side shows the chosen
file: what was recorded so far, the buttons for the actions the workflow
table allows this officer now (each opens its form), and the tracking view.
Every action goes through app.services.backoffice, which checks roles and
state again and refuses with a message the form shows without losing input.
"""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QModelIndex,
    QObject,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import clock, workflow
from ui import fit, worker
from ui.pages.tracking import TrackingView
from ui.widgets import FlowLayout, app_tr, user_message

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE_BG = QColor("#fbeaea")
OVERDUE_FG = QColor("#9b1c1c")
WORK_ROLES = ("BACKOFFICE", "KASI", "KABID", "KADIN")
# Short names for the state chips (the full label is the tooltip); an office's
# own states fall back to their full label.
CHIP_LABELS = {
    "RECEIVED": QT_TRANSLATE_NOOP("worklist", "Entri data"),
    "VERIFIED": QT_TRANSLATE_NOOP("worklist", "Terverifikasi"),
    "REVIEW_SCHEDULED": QT_TRANSLATE_NOOP("worklist", "Kajian dijadwalkan"),
    "REVIEWED": QT_TRANSLATE_NOOP("worklist", "BAP tercatat"),
    "REVISION": QT_TRANSLATE_NOOP("worklist", "Perbaikan naskah"),
    "DRAFTED": QT_TRANSLATE_NOOP("worklist", "Validasi Kasi"),
    "KASI_APPROVED": QT_TRANSLATE_NOOP("worklist", "Validasi Kabid"),
    "KABID_APPROVED": QT_TRANSLATE_NOOP("worklist", "Tanda tangan"),
}


def _qtoday() -> QDate:
    d = clock.today()
    return QDate(d.year, d.month, d.day)


def _dt(v) -> str:
    return v.strftime("%d-%m-%Y %H:%M") if v else ""


def _d(v) -> str:
    return v.strftime("%d-%m-%Y") if v else ""


# --------------------------------------------------------------------- the model

class OverdueDelegate(QStyledItemDelegate):
    """Tints overdue rows. The style sheet styles table items, which makes Qt
    ignore the model's BackgroundRole, so the tint is painted here first."""

    def paint(self, painter, option, index) -> None:
        r = index.data(ROW_ROLE)
        if r is not None and r.overdue and not (option.state & QStyle.StateFlag.State_Selected):
            painter.fillRect(option.rect, OVERDUE_BG)
        super().paint(painter, option, index)


class WorklistModel(QAbstractTableModel):
    """Pages of app.services.backoffice.worklist, fetched as the officer scrolls."""

    page_loaded = Signal(int, int)       # rows shown, total
    failed = Signal(str)
    notice = Signal(str)

    # due date and days left come first after the name: the question of the day is "what is late"
    COLUMNS = ("no", "name", "due", "left", "state", "permit", "since", "holder")

    def __init__(self, loket, actor, parent: QObject | None = None, page_size: int = 100) -> None:
        super().__init__(parent)
        self.loket, self.actor, self.page_size = loket, actor, page_size
        self.rows: list = []
        self.total = 0
        self.filters = dict(query="", state=None, overdue_only=False, mine_only=True)
        self._gen = 0
        self._loading = False
        self.pages_arrived = 0          # tells a first, empty list from "not loaded yet"
        self._pool = worker.serial_pool(self)
        self._headers = (self.tr("No. Permohonan"), self.tr("Pemohon"), self.tr("Jatuh Tempo"),
                         self.tr("Sisa (hk)"), self.tr("Status"), self.tr("Jenis Izin"),
                         self.tr("Sejak"), self.tr("Pemegang"))

    def is_loading(self) -> bool:
        return self._loading

    def set_filters(self, **kw) -> None:
        self.filters.update(kw)
        self._gen += 1
        self._fetch(0, self.page_size, replace=True)

    def refresh(self) -> None:
        self._gen += 1
        self._fetch(0, max(len(self.rows), self.page_size), replace=True)

    def _fetch(self, offset: int, limit: int, replace: bool) -> None:
        gen, loket, actor, f = self._gen, self.loket, self.actor, dict(self.filters)

        def job():
            from app.services import backoffice
            with loket.Session() as s:
                return backoffice.worklist(s, actor, limit=limit, offset=offset, **f)

        self._loading = True
        worker.run(job, context=self, pool=self._pool,
                   on_done=lambda page: self._arrived(gen, page, replace),
                   on_error=lambda e: self._failed(gen, e))

    def _arrived(self, gen, page, replace) -> None:
        if gen != self._gen:
            return
        self._loading = False
        self.pages_arrived += 1
        self.total = page.total
        if replace:
            self.beginResetModel()
            self.rows = list(page.rows)
            self.endResetModel()
        elif page.rows:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page.rows) - 1)
            self.rows.extend(page.rows)
            self.endInsertRows()
        self.notice.emit(page.notice)
        self.page_loaded.emit(len(self.rows), self.total)

    def _failed(self, gen, exc) -> None:
        if gen != self._gen:
            return
        self._loading = False
        self.failed.emit(user_message(exc))

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and not self._loading and len(self.rows) < self.total

    def fetchMore(self, parent=QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self._fetch(len(self.rows), self.page_size, replace=False)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def row_at(self, index: QModelIndex):
        return self.rows[index.row()] if index.isValid() and index.row() < len(self.rows) else None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        r = self.row_at(index)
        if r is None:
            return None
        col = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return {
                "no": r.no_permohonan, "name": r.applicant_name, "permit": r.permit_type,
                "state": r.state_label, "since": _dt(r.state_since), "due": _d(r.due_date),
                "left": "" if r.days_left is None else str(r.days_left),
                "holder": r.holder_name or "",
            }[col]
        if role == Qt.ItemDataRole.BackgroundRole and r.overdue:
            return QBrush(OVERDUE_BG)
        if role == Qt.ItemDataRole.ForegroundRole and r.overdue and col in ("due", "left"):
            return QBrush(OVERDUE_FG)
        if role == Qt.ItemDataRole.FontRole and r.overdue and col in ("due", "left"):
            f = QFont()
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.TextAlignmentRole and col == "left":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if r.overdue:
                return self.tr("Terlambat {n} hari kerja dari batas waktu {d}").format(
                    n=-(r.days_left or 0), d=_d(r.due_date))
            return self.data(index)
        if role == ROW_ROLE:
            return r
        return None


# --------------------------------------------------------------------- action forms

class ActionDialog(QDialog):
    """A form for one workflow action. `submit()` builds the service call; the
    dialog stays open with the officer's input when the service refuses."""

    done = Signal(object)

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
        self.preview = None
        head = QLabel(f"<b>{item.no_permohonan}</b> — {_esc(item.applicant_name)}<br>"
                      f"<span style='color:#5b6673'>{_esc(item.permit_type)}</span>")
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

    def add_preview(self) -> None:
        """The SK as it will be signed, beside the form: Kasi, Kabid and Kadis see it
        before they act (stamped DRAF; app/services/sksign.preview)."""
        from ui.pdf_preview import PdfPreview
        self.preview = PdfPreview(self)
        self.preview.print_button.hide()
        self.preview.save_button.hide()
        self.preview.close_button.hide()
        self.preview.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.caption.setText(self.tr("Memuat pratinjau SK…"))
        self.preview.setMinimumWidth(440)        # form + preview fit 1280×720 at 125 % (1024 px)
        self.top.addWidget(self.preview, 1)
        fit.within_screen(self, 1180, 700)
        loket, no, actor = self.loket, self.item.no_permohonan, self.actor
        ready = self.item.state == "KABID_APPROVED"

        def job():
            from app.services import sksign
            with loket.Session() as s:
                if ready:           # approved before Loket prepared at approval: prepared now
                    sksign.ensure_prepared(s, actor, no)
                return sksign.preview(s, no)

        worker.run(job, context=self, on_done=lambda r: self.preview.show_pdf(r[0], r[1]),
                   on_error=lambda e: self.preview.caption.setText(user_message(e)))

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
        loket = self.loket
        self.ok.setEnabled(False)
        self.error.hide()

        def job():
            with loket.Session() as s:
                return fn(s)

        worker.run(job, context=self, on_done=self._ok, on_error=self._refused)

    def _ok(self, result) -> None:
        self.done.emit(result)
        self.accept()

    def _refused(self, exc) -> None:
        self.ok.setEnabled(True)
        self.show_error(user_message(exc))

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


def _esc(s) -> str:
    from html import escape
    return escape(str(s or ""))


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
        for f in item.technical_specs:      # typed as the administrator set them (data_teknis)
            e = tf.make_input(f, item.technical_data.get(f.name, ""))
            self.form.addRow(f.name, e)
            self.inputs[f.name] = e
        if not item.technical_fields:
            self.form.addRow(QLabel(self.tr("Jenis izin ini tidak punya isian data teknis.")))
        self.result = QComboBox()
        for k, label in bo.VERIFY_RESULT_LABELS.items():
            self.result.addItem(app_tr(label), k)
        self.form.addRow(self.tr("Hasil verifikasi"), self.result)
        self.note = _text_edit(self.tr("Wajib bila tidak memenuhi syarat"))
        self.form.addRow(self.tr("Catatan"), self.note)
        self.finish_layout()

    def call(self):
        from app.services import backoffice as bo
        from ui.pages import technical_fields as tf
        tech = {k: tf.value_of(e) for k, e in self.inputs.items()}
        res, note, actor, app_id = self.result.currentData(), self.note.toPlainText(), self.actor, self.item.id
        return lambda s: bo.verify(s, actor, app_id, technical=tech, result=res, note=note)


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
        self.form.addRow(self.tr("Tanggal dan jam"), self.when)
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

    def call(self):
        from app.services import backoffice as bo
        when = self.when.dateTime().toPython().replace(second=0, microsecond=0)
        kind, team, place, note = (self.kind.currentData(), self.team.toPlainText(), self.place.text(),
                                   self.note.toPlainText())
        actor, app_id = self.actor, self.item.id
        return lambda s: bo.schedule_review(s, actor, app_id, scheduled_at=when, kind=kind, team=team,
                                            place=place, note=note)


class ReviewDialog(ActionDialog):
    def __init__(self, loket, actor, item, parent=None) -> None:
        super().__init__(loket, actor, item, self.tr("Catat rekomendasi / BAP"), parent)
        from app.services import backoffice as bo
        sched = item.review_schedule or {}
        if sched:
            when = datetime.fromisoformat(sched["scheduled_at"]) if sched.get("scheduled_at") else None
            self.form.addRow(self.tr("Jadwal"), QLabel("{k}, {w}".format(
                k=sched.get("review_kind_label", ""), w=_dt(when))))
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
        return lambda s: bo.record_review(s, actor, app_id, recommendation=rec, bap_number=no,
                                          bap_date=day, notes=notes, attachment=blob,
                                          attachment_name=name)


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
        return lambda s: bo.draft(s, actor, app_id, outcome=out, conditions=cond, reasons=why, note=note)


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
        return lambda s: bo.approve(s, actor, app_id, note=note)


class SendBackDialog(ActionDialog):
    """The reason is required: the file returns to its previous holder."""

    def __init__(self, loket, actor, item, title, parent=None) -> None:
        super().__init__(loket, actor, item, title, parent)
        action = next((a for a in workflow.ACTIONS.values() if workflow.is_send_back(a.key)
                       and item.state in a.from_states), None)
        if action is not None:
            role = workflow.STATES[action.to_state].holder
            back = QLabel(self.tr("Berkas kembali ke {role}, kepada petugas yang meneruskannya.").format(
                role=app_tr(workflow.ROLE_LABELS.get(role, role or ""))))
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
        return lambda s: bo.send_back(s, actor, app_id, reason=reason)


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
        loket, actor, no = self.loket, self.actor, self.item.no_permohonan

        def job():
            from pathlib import Path

            from app.services import sksign
            with loket.Session() as s:
                pdf, _number = sksign.draft_pdf(s, actor, no)
            Path(path).write_bytes(pdf)
            return path

        worker.run(job, context=self, on_done=lambda p: self.file_label.setText(
            self.tr("Draf disimpan: {p}").format(p=p)), on_error=lambda e: self.show_error(user_message(e)))

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
            return lambda s: bo.sign(s, actor, app_id, signed_pdf=blob, filename=name)
        signer = self.signer.text()
        return lambda s: bo.sign(s, actor, app_id, signer_name=signer)


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


def _code_words(code) -> str:
    """A stored code without a label ("LENGKAP") as words ("Lengkap"), never raw."""
    return str(code or "").replace("_", " ").capitalize()


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


# --------------------------------------------------------------------- the file panel

class FilePanel(QWidget):
    """What was recorded on the chosen file, and its action buttons."""

    acted = Signal(str)          # application id
    feedback = Signal(str, str, str)   # application id, what happened and where the file went, undo action

    def __init__(self, loket, actor, parent=None) -> None:
        super().__init__(parent)
        self.loket, self.actor = loket, actor
        self.item = None
        self._key = None
        self._pool = worker.serial_pool(self)
        self.dialog: ActionDialog | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 10, 12, 10)
        lay.setSpacing(10)
        self.header = QLabel()
        self.header.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        lay.addWidget(self.header)
        self.send_back_note = QLabel()
        self.send_back_note.setWordWrap(True)
        self.send_back_note.setObjectName("sendBackNote")
        self.send_back_note.setStyleSheet(
            f"background: {OVERDUE_BG.name()}; color: {OVERDUE_FG.name()}; padding: 8px; border-radius: 6px;")
        self.send_back_note.hide()
        lay.addWidget(self.send_back_note)
        self.buttons_row = FlowLayout(spacing=8)       # wraps on a narrow screen, never cuts a label
        lay.addLayout(self.buttons_row)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.details)
        lay.addWidget(scroll, 1)
        self.action_buttons: dict[str, QPushButton] = {}
        self.clear()

    def clear(self) -> None:
        self.item = None
        self.header.setText(self.tr("Pilih berkas di daftar kerja."))
        self.details.setText("")
        self.send_back_note.hide()
        self._set_buttons([])

    def show_application(self, app_id: str | None) -> None:
        self._key = app_id
        if not app_id:
            self.clear()
            return
        loket, actor = self.loket, self.actor

        def job():
            from app.services import backoffice
            with loket.Session() as s:
                return backoffice.work_item(s, actor, app_id)

        worker.run(job, context=self, pool=self._pool,
                   on_done=lambda it, k=app_id: self._show(k, it),
                   on_error=lambda e, k=app_id: self._failed(k, e))

    def _failed(self, key, exc) -> None:
        if key == self._key:
            self.clear()
            self.header.setText(_esc(user_message(exc)))

    def _show(self, key, item) -> None:
        if key != self._key:
            return
        self.item = item
        self.header.setText(f"{_esc(item.no_permohonan)} — {_esc(item.applicant_name)}<br>"
                            f"<span style='font-size:10pt;font-weight:400;color:#5b6673'>"
                            f"{_esc(item.permit_type)} · {_esc(item.state_label)}</span>")
        sb = item.last_send_back
        if sb:
            self.send_back_note.setText(self.tr("Dikembalikan oleh {by} ({when}): {reason}").format(
                by=sb["by"] or "—", when=_dt(sb["at"]), reason=sb["reason"]))
            self.send_back_note.show()
        else:
            self.send_back_note.hide()
        self._set_buttons(item.actions)
        self.details.setText(self._details_html(item))

    def _set_buttons(self, actions) -> None:
        for b in self.action_buttons.values():
            self.buttons_row.removeWidget(b)
            b.deleteLater()
        self.action_buttons = {}
        while self.buttons_row.count():
            self.buttons_row.takeAt(0)
        for i, (key, label) in enumerate(actions):
            b = QPushButton(label.replace("&", "&&"))     # "Entri data & verifikasi" is text, not a mnemonic
            b.setObjectName(f"action_{key}")
            if i == 0 and not workflow.is_send_back(key):
                b.setProperty("primary", True)
            b.clicked.connect(lambda _=False, k=key: self.open_action(k))
            self.buttons_row.addWidget(b)
            self.action_buttons[key] = b
        if not actions and self.item is not None:
            lab = QLabel(self.tr("Tidak ada tindakan untuk Anda pada status ini."))
            lab.setObjectName("muted")
            self.buttons_row.addWidget(lab)
            self.action_buttons["_none"] = lab
        self.buttons_row.invalidate()

    def open_action(self, key: str) -> ActionDialog | None:
        if self.item is None:
            return None
        dlg = dialog_for(key, self.loket, self.actor, self.item, self)
        item = self.item
        dlg.done.connect(lambda r, it=item, k=key: self.feedback.emit(it.id, *outcome_text(k, it, r)))
        dlg.done.connect(lambda _r, app_id=self.item.id: self.acted.emit(app_id))
        self.dialog = dlg
        dlg.open()
        return dlg

    def _details_html(self, it) -> str:
        from app.services import backoffice as bo
        rows: list[tuple[str, str]] = []
        if it.technical_data:      # an empty field is not shown as "label:"
            rows += [(k, v) for k, v in it.technical_data.items() if str(v or "").strip()]
        v = it.verification
        if v:
            result = v.get("result")
            rows.append((self.tr("Verifikasi"), (app_tr(bo.VERIFY_RESULT_LABELS.get(result, "")) or _code_words(result))
                         + (f" — {v['note']}" if v.get("note") else "")))
        if it.needs_review:
            s = it.review_schedule
            if s:
                when = _dt(datetime.fromisoformat(s["scheduled_at"])) if s.get("scheduled_at") else ""
                kind = s.get("review_kind_label") or app_tr(bo.REVIEW_KIND_LABELS.get(s.get("review_kind") or "", ""))
                parts = [x for x in (kind, when) if x]
                if s.get("place"):
                    parts.append(self.tr("di {place}").format(place=s["place"]))
                text = ", ".join(parts)
                if s.get("team"):
                    text += "; " + self.tr("tim: {team}").format(team=", ".join(s["team"]))
                rows.append((self.tr("Kajian teknis"), text or self.tr("dijadwalkan")))
            else:
                rows.append((self.tr("Kajian teknis"), self.tr("belum dijadwalkan (standar {n} hari kerja)").format(
                    n=it.review_days or "—")))
            r = it.review_result
            if r:
                parts = [app_tr(bo.RECOMMENDATION_LABELS.get(r.get("recommendation"), ""))]
                if r.get("bap_number"):
                    parts.append(self.tr("BAP {no}").format(no=r["bap_number"]))
                if r.get("bap_date"):
                    parts.append(self.tr("tanggal {d}").format(d=_d(datetime.fromisoformat(r["bap_date"]))))
                text = "; ".join(x for x in parts if x) + (f" — {r['notes']}" if r.get("notes") else "")
                rows.append((self.tr("Rekomendasi / BAP"), text or self.tr("tercatat")))
        d = it.draft
        if d:
            text = app_tr(bo.OUTCOME_LABELS.get(d.get("outcome"), ""))
            if d.get("conditions"):
                text += "<br>" + "<br>".join("• " + _esc(c) for c in d["conditions"])
            if d.get("reasons"):
                text += "<br>" + "<br>".join("• " + _esc(c) for c in d["reasons"])
            rows.append((self.tr("Naskah"), text))
        if it.permit_number:
            rows.append((self.tr("Nomor izin"), it.permit_number))
        if not rows:
            return f"<p style='color:#5b6673'>{self.tr('Belum ada data back office untuk berkas ini.')}</p>"
        body = "".join(
            f"<tr><td style='color:#5b6673;padding:3px 12px 3px 0;vertical-align:top'>{_esc(k)}</td>"
            f"<td style='padding:3px 0'>{v if k == self.tr('Naskah') else _esc(v)}</td></tr>"
            for k, v in rows)
        return f"<table>{body}</table>"


# --------------------------------------------------------------------- the page

class WorkTable(QTableView):
    """Enter on a row opens the file's first action (the next step of the SOP)."""

    act_requested = Signal()

    def keyPressEvent(self, e) -> None:
        if e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.act_requested.emit()
            return
        super().keyPressEvent(e)


class StateChip(QPushButton):
    """A count per state; checked = the list is filtered to that state."""

    def __init__(self, state: str | None, label: str, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self.label = label
        self.setCheckable(True)
        self.setObjectName("stateChip")
        self.set_count(None)

    def set_count(self, n: int | None) -> None:
        self.setText(f"{self.label}  {'–' if n is None else n}")


class WorklistPage(QWidget):
    """One page for every back-office role; it shows what the officer's roles hold."""

    counts_changed = Signal(object)

    def __init__(self, loket, actor, bus=None, parent=None) -> None:
        super().__init__(parent)
        self.loket, self.actor, self.bus = loket, actor, bus
        self.setObjectName("worklistPage")
        # the chosen state chip must read as chosen (the shared style sheet has no checked buttons)
        self.setStyleSheet("QPushButton#stateChip:checked { background: #dbe9f8; border: 1px solid #2b72d6;"
                           " color: #12436b; }")
        self._pool = worker.serial_pool(self)
        roles = [r for r in WORK_ROLES if r in actor.roles]
        self.states = [k for k, st in workflow.STATES.items() if st.holder in roles]

        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 12)
        lay.setSpacing(8)
        top = QHBoxLayout()
        title = QLabel(self.tr("Daftar kerja"))
        title.setObjectName("pageTitle")
        top.addWidget(title)
        who = QLabel(" · ".join(app_tr(workflow.ROLE_LABELS[r]) for r in roles)
                     + (f" · {actor.unit}" if actor.unit else ""))
        who.setObjectName("muted")
        top.addWidget(who)
        top.addStretch(1)
        self.overdue_label = QLabel()
        self.overdue_label.setObjectName("overdueBadge")
        top.addWidget(self.overdue_label)
        lay.addLayout(top)

        chips = FlowLayout(spacing=6)
        self.chip_group = QButtonGroup(self)
        self.chip_group.setExclusive(True)
        self.chips: dict[str | None, StateChip] = {}
        for st in [None, *self.states]:
            label = self.tr("Semua milik Anda") if st is None else (
                QCoreApplication.translate("worklist", CHIP_LABELS[st]) if st in CHIP_LABELS
                else app_tr(workflow.STATES[st].label))
            chip = StateChip(st, label)
            chip.setToolTip(self.tr("Semua berkas yang menunggu Anda") if st is None
                            else app_tr(workflow.STATES[st].label))
            chip.clicked.connect(lambda _=False, s=st: self._state_chosen(s))
            self.chip_group.addButton(chip)
            chips.addWidget(chip)
            self.chips[st] = chip
        self.chips[None].setChecked(True)
        lay.addLayout(chips)

        filt = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Saring: nomor permohonan, tanda terima, NIK, atau nama pemohon"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Saring daftar kerja"))
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.apply_filters)
        self.search.textEdited.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self.apply_filters)
        filt.addWidget(self.search, 1)
        self.overdue_only = QCheckBox(self.tr("Hanya yang terlambat"))
        self.overdue_only.toggled.connect(self.apply_filters)
        filt.addWidget(self.overdue_only)
        self.colleagues = QCheckBox(self.tr("Termasuk berkas rekan"))
        self.colleagues.setToolTip(self.tr("Tampilkan juga berkas yang sedang dipegang petugas lain di unit Anda"))
        self.colleagues.toggled.connect(self._scope_changed)
        filt.addWidget(self.colleagues)
        lay.addLayout(filt)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        self.model = WorklistModel(loket, actor, self)
        self.table = WorkTable()
        self.table.setObjectName("worklistTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("Daftar kerja"))
        hh = self.table.horizontalHeader()
        hh.setStretchLastSection(True)
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setItemDelegate(OverdueDelegate(self.table))
        fm = self.fontMetrics()
        bold = QFont(self.font())
        bold.setBold(True)
        fb = QFontMetrics(bold)
        for col, sample in enumerate(("SC-2026-0000000", "Nama Pemohon Yang Cukup", "Jatuh Tempo",
                                      "Sisa (hk)", "Diterima — menunggu entri", "Surat Izin Praktik Dok",
                                      "00-00-0000 00:00", "Nama Petugas")):
            self.table.setColumnWidth(col, max(fm.horizontalAdvance(sample), fb.horizontalAdvance(sample)) + 22)
        ll.addWidget(self.table, 1)
        self.status = QLabel()
        self.status.setObjectName("muted")
        ll.addWidget(self.status)
        split.addWidget(left)
        # after an action the file may leave this list: say what happened and where it went
        self.feedback = QLabel()
        self.feedback.setObjectName("actionFeedback")
        self.feedback.setWordWrap(True)
        self.feedback.setTextFormat(Qt.TextFormat.PlainText)
        self.feedback.setStyleSheet("background: #e8f5ec; color: #1f6b3a; font-weight: 600; padding: 6px 10px;"
                                    " border-radius: 6px;")
        self.feedback.hide()
        lay.addWidget(self.feedback)

        self.tabs = QTabWidget()
        self.panel = FilePanel(loket, actor)
        self.tabs.addTab(self.panel, self.tr("Tindakan"))
        self.tracking = TrackingView(loket, actor, compact=True)
        self.tracking.layout().setContentsMargins(8, 8, 8, 8)
        self.tracking.clear()
        self.tabs.addTab(self.tracking, self.tr("Pelacakan"))
        split.addWidget(self.tabs)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([720, 620])
        lay.addWidget(split, 1)

        self.model.page_loaded.connect(self._loaded)
        self.model.failed.connect(self.status.setText)
        self.model.notice.connect(lambda t: t and self.status.setText(t))
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.panel.acted.connect(self._acted)
        self.panel.feedback.connect(self._said)
        self.table.act_requested.connect(self.act_on_current)
        self.table.doubleClicked.connect(lambda _i: self.act_on_current())
        if bus is not None:
            bus.applications_changed.connect(lambda _ids: self.refresh())
        self.setFocusProxy(self.table)
        self._pending_select: str | None = None
        self.refresh()

    # -- filters ------------------------------------------------------------------
    def _state_chosen(self, state) -> None:
        self.apply_filters()

    def _scope_changed(self, *_) -> None:
        self.refresh_counts()
        self.apply_filters()

    def current_state(self):
        b = self.chip_group.checkedButton()
        return b.state if b is not None else None

    def apply_filters(self) -> None:
        self.model.set_filters(query=self.search.text(), state=self.current_state(),
                               overdue_only=self.overdue_only.isChecked(),
                               mine_only=not self.colleagues.isChecked())

    def refresh(self) -> None:
        self.apply_filters()
        self.refresh_counts()

    def refresh_counts(self) -> None:
        loket, actor, mine = self.loket, self.actor, not self.colleagues.isChecked()

        def job():
            from app.services import backoffice
            with loket.Session() as s:
                return backoffice.counts(s, actor, mine_only=mine)

        worker.run(job, context=self, pool=self._pool, on_done=self._counts,
                   on_error=lambda e: self.status.setText(user_message(e)))

    def _counts(self, c) -> None:
        for st, chip in self.chips.items():
            chip.set_count(c.total if st is None else c.by_state.get(st, 0))
        if c.overdue:
            self.overdue_label.setText(self.tr("{n} berkas terlambat").format(n=c.overdue))
            self.overdue_label.setStyleSheet(
                f"background: {OVERDUE_BG.name()}; color: {OVERDUE_FG.name()}; font-weight: 600;"
                "padding: 4px 10px; border-radius: 10px;")
        else:
            self.overdue_label.setText(self.tr("Tidak ada berkas terlambat"))
            self.overdue_label.setStyleSheet("color: #1f7a3d; padding: 4px 10px;")
        self.overdue_label.setMinimumWidth(self.overdue_label.sizeHint().width())   # padding included
        self.counts_changed.emit(c)

    # -- rows ------------------------------------------------------------------------
    def _loaded(self, shown: int, total: int) -> None:
        # number formats differ per office (walk-in numbers are long): fit the first column
        fm = self.table.fontMetrics()
        widest = max((fm.horizontalAdvance(r.no_permohonan) for r in self.model.rows[:200]), default=0)
        if widest:
            self.table.setColumnWidth(0, min(max(widest + 28, self.table.columnWidth(0)), 280))
        self.status.setText(self.tr("{shown} dari {total} berkas").format(shown=shown, total=total)
                            if total else self._nothing_text())
        key = self._pending_select or self.panel._key
        self._pending_select = None
        row = next((i for i, r in enumerate(self.model.rows) if r.id == key), None)
        if row is None and self.model.rows:
            row = 0
        if row is not None:
            self.table.selectRow(row)
            self._current_changed(self.model.index(row, 0))
        else:
            self.panel.show_application(None)
            self.tracking.show_application(None)

    def _nothing_text(self) -> str:
        """An empty list says why: a file held by a colleague is not "nowhere"."""
        if self.colleagues.isChecked() or not self.search.text().strip():
            return self.tr("Tidak ada berkas yang menunggu Anda.")
        loket, actor, query = self.loket, self.actor, self.search.text()

        def job():
            from app.services import backoffice
            with loket.Session() as s:
                return backoffice.worklist(s, actor, limit=1, offset=0, query=query, state=None,
                                           overdue_only=False, mine_only=False).total

        def told(n) -> None:
            if n and not self.model.rows and self.search.text() == query:
                self.status.setText(self.tr("“{q}”: {n} berkas cocok sedang dipegang rekan Anda — centang "
                                            "“Termasuk berkas rekan” untuk melihatnya.").format(q=query, n=n))
        worker.run(job, context=self, pool=self._pool, on_done=told, on_error=lambda _e: None)
        return self.tr("Tidak ada berkas Anda yang cocok dengan “{q}”.").format(q=query)

    def _current_changed(self, current: QModelIndex, _prev=None) -> None:
        r = self.model.row_at(current)
        if r is None:
            return
        if r.id != self.panel._key or self.panel.item is None:
            self.panel.show_application(r.id)
        self.tracking.show_application(r.id)

    def act_on_current(self) -> ActionDialog | None:
        """The first action the workflow allows on the chosen file (Enter / double-click)."""
        item = self.panel.item
        r = self.model.row_at(self.table.currentIndex())
        if item is None or r is None or item.id != r.id or not item.actions:
            return None
        return self.panel.open_action(item.actions[0][0])

    def _said(self, _app_id: str, text: str, _undo: str) -> None:
        self.feedback.setText("✔ " + text)
        self.feedback.show()

    def _acted(self, app_id: str) -> None:
        # keep the file chosen while it stays in this list (the analyst's next step);
        # when it has left, the list's first file is chosen
        self.panel._key = None
        self._pending_select = app_id
        self.refresh()
        if self.bus is not None:
            self.bus.applications_changed.emit([app_id])


# --------------------------------------------------------------------- the badge

class OverdueBadge(QLabel):
    """For the main window's status bar: how many of this officer's files are
    late. Refreshes on a timer and whenever applications change."""

    def __init__(self, loket, actor, bus=None, parent=None, interval_ms: int = 120_000) -> None:
        super().__init__(parent)
        self.loket, self.actor = loket, actor
        self.setObjectName("overdueBadge")
        self.count: int | None = None
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        if bus is not None:
            bus.applications_changed.connect(lambda _ids: self.refresh())
            bus.actor_changed.connect(self.set_actor)
        self.refresh()

    def set_actor(self, actor) -> None:
        if actor is not None:
            self.actor = actor
            self.refresh()

    def refresh(self) -> None:
        loket, actor = self.loket, self.actor
        if not (set(actor.roles) & set(WORK_ROLES)):
            self.count = 0
            self.hide()
            return

        def job():
            from app.services import tracking
            with loket.Session() as s:
                return tracking.overdue_count(s, actor)

        worker.run(job, context=self, on_done=self._show, on_error=lambda _e: None)

    def _show(self, n: int) -> None:
        self.count = n
        self.setVisible(True)
        if n:
            self.setText(self.tr("⚠ {n} berkas terlambat").format(n=n))
            self.setStyleSheet(f"color: {OVERDUE_FG.name()}; font-weight: 600;")
            self.setToolTip(self.tr("Berkas yang menunggu Anda dan sudah melewati batas waktu pelayanan"))
        else:
            self.setText(self.tr("Tidak ada berkas terlambat"))
            self.setStyleSheet("")


def add_overdue_badge(window) -> OverdueBadge:
    """Put the badge in a main window's status bar (window has loket, actor, bus)."""
    badge = OverdueBadge(window.loket, window.actor, getattr(window, "bus", None), window)
    window.statusBar().addPermanentWidget(badge)
    return badge


__all__ = ["WorklistPage", "WorklistModel", "FilePanel", "OverdueBadge", "add_overdue_badge",
           "dialog_for"]
