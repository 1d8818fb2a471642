"""Pelacakan berkas: where a file is, who holds it, since when, and whether it
is late — the timeline of app.services.tracking, and the printable sheet.

`TrackingView` shows one application (the worklist embeds it); `TrackingPage`
is the page any officer opens to answer an applicant's "where is my file?".
Reading and printing run off the GUI thread.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui import fit, ops, worker
from ui.widgets import theme, user_message

LATE_BG = QColor(theme.LATE_BG)
LATE_FG = QColor(theme.LATE_FG)
WAIT_FG = QColor("#5b6673")
LATE_ROLE = Qt.ItemDataRole.UserRole + 7


def _dt(v) -> str:
    return v.strftime("%d-%m-%Y %H:%M") if v else "—"


def _d(v) -> str:
    return v.strftime("%d-%m-%Y") if v else "—"


class LateRowDelegate(QStyledItemDelegate):
    """The style sheet styles table items, so Qt ignores item backgrounds: paint the tint."""

    def paint(self, painter, option, index) -> None:
        if index.data(LATE_ROLE) and not (option.state & QStyle.StateFlag.State_Selected):
            painter.fillRect(option.rect, LATE_BG)
        super().paint(painter, option, index)


class TrackingView(QWidget):
    """The timeline of one application, with a Print button."""

    loaded = Signal(object)          # the Timeline shown
    printed = Signal(bytes)          # the sheet's PDF, once built

    COLUMNS = ("Langkah", "Petugas", "Mulai", "Selesai", "Durasi / standar", "Keterangan")

    def __init__(self, loket, actor, parent=None, compact: bool = False) -> None:
        super().__init__(parent)
        self.loket, self.actor = loket, actor
        # compact (beside the worklist): one column of facts; the remark goes under the
        # step and the start time into the tooltip (it is the previous step's end)
        self.compact = compact
        self.timeline = None
        self._key: str | None = None
        self._pool = worker.serial_pool(self)
        # replaced in tests; shows the sheet in the print preview
        self.open_preview = self._preview
        self.preview_dialog: QDialog | None = None

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(8)
        head = QFrame()
        head.setObjectName("detailHeader")
        grid = QGridLayout(head)
        grid.setContentsMargins(12, 10, 12, 10)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(4)
        self.title = QLabel()
        self.title.setObjectName("trackingTitle")
        self.title.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(self.title, 0, 0, 1, 4)
        self.fields: dict[str, QLabel] = {}
        labels = [("position", self.tr("Posisi")), ("due", self.tr("Batas waktu")),
                  ("received", self.tr("Berkas lengkap")), ("summary", self.tr("Ringkasan")),
                  ("sicantik", self.tr("SiCantik"))]
        for i, (key, text) in enumerate(labels):
            cap = QLabel(text)
            cap.setObjectName("fieldLabel")
            val = QLabel("—")
            val.setWordWrap(True)
            val.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            r, c = (1 + i, 0) if compact else (1 + i // 2, (i % 2) * 2)
            grid.addWidget(cap, r, c)
            grid.addWidget(val, r, c + 1)
            self.fields[key] = val
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 0 if compact else 1)
        lay.addWidget(head)

        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("trackingTable")
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.setItemDelegate(LateRowDelegate(self.table))
        self.table.verticalHeader().setVisible(False)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setStretchLastSection(True)
        fm = self.fontMetrics()
        for i, sample in enumerate(("Validasi Kabid — kembalikan__", "Hj. Nur Kadis__", "00-00-0000 00:00_",
                                    "00-00-0000 00:00_", "Durasi / standar__")):
            self.table.setColumnWidth(i, fm.horizontalAdvance(sample) + 16)
        if compact:
            self.table.setColumnHidden(self.COLUMNS.index("Mulai"), True)
            self.table.setColumnHidden(self.COLUMNS.index("Keterangan"), True)
            hh.setStretchLastSection(False)
            hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            for col, sample in ((1, "Hj. Nur Kadis_"), (3, "00-00-0000_"), (4, "Durasi / std_")):
                self.table.setColumnWidth(col, fm.horizontalAdvance(sample) + 16)
            self.table.setHorizontalHeaderItem(4, QTableWidgetItem(self.tr("Durasi / std")))
            self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setMinimumWidth(200)
        self.table.setAccessibleName(self.tr("Riwayat proses"))
        # wrapped cells need their height again once the stretched column has its width
        hh.sectionResized.connect(lambda *_: self._fit_rows())
        lay.addWidget(self.table, 1)
        # compact: the steps as wrapped rich text, which sizes itself to its width
        self.steps_label = QLabel()
        self.steps_label.setObjectName("trackingSteps")
        self.steps_label.setTextFormat(Qt.TextFormat.RichText)
        self.steps_label.setWordWrap(True)
        self.steps_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.steps_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.steps_label.setStyleSheet("background: #ffffff; padding: 8px;")
        self.steps_scroll = QScrollArea()
        self.steps_scroll.setWidgetResizable(True)
        self.steps_scroll.setWidget(self.steps_label)
        lay.addWidget(self.steps_scroll, 1)
        self.table.setVisible(not compact)
        self.steps_scroll.setVisible(compact)

        bottom = QHBoxLayout()
        self.message = QLabel()
        self.message.setObjectName("muted")
        self.message.setWordWrap(True)
        bottom.addWidget(self.message, 1)
        self.print_button = QPushButton(self.tr("Cetak lembar kendali"))
        self.print_button.setToolTip(self.tr("Lembar kendali proses (PDF, satu halaman) — Ctrl+P"))
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(self.print_sheet)
        bottom.addWidget(self.print_button)
        lay.addLayout(bottom)
        sc = QShortcut(QKeySequence.StandardKey.Print, self)
        sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        sc.activated.connect(self.print_sheet)

    # -- loading ------------------------------------------------------------------
    def show_application(self, no_or_id: str | None) -> None:
        self._key = no_or_id
        if not no_or_id:
            self.clear()
            return
        from app.services import tracking
        ops.query(self, lambda s: tracking.timeline(s, no_or_id), pool=self._pool,
                  on_done=lambda tl, k=no_or_id: self._show(k, tl),  # type: ignore[misc]
                  on_error=lambda e, k=no_or_id: self._failed(k, e))  # type: ignore[misc]

    def reload(self) -> None:
        self.show_application(self._key)

    def clear(self) -> None:
        self.timeline = None
        self.title.setText(self.tr("Pilih berkas untuk melihat pelacakannya."))
        for v in self.fields.values():
            v.setText("—")
        self.table.setRowCount(0)
        self.steps_label.setText("")
        self.print_button.setEnabled(False)
        self.message.setText("")

    def _failed(self, key, exc) -> None:
        if key != self._key:
            return
        self.clear()
        self.message.setText(user_message(exc))

    def _show(self, key, tl) -> None:
        if key != self._key:
            return
        self.timeline = tl
        self.title.setText(f"{tl.no_permohonan} — {tl.applicant_name}")
        self.title.setToolTip(tl.permit_type)
        holder = (tl.holder_label or "").strip(" —-")
        # a finished file (archived, rejected) has no holder: say only where it stands
        self.fields["position"].setText(
            self.tr("{state} — {holder}, sejak {since}").format(
                state=tl.state_label, holder=holder, since=_dt(tl.state_since)) if holder else
            self.tr("{state}, sejak {since}").format(state=tl.state_label, since=_dt(tl.state_since)))
        due = self.fields["due"]
        if tl.due_date is None:
            due.setText(self.tr("belum ditetapkan"))
        elif tl.finished:
            due.setText(self.tr("{d} · selesai {n} hari kerja {when}").format(
                d=_d(tl.due_date), n=abs(tl.days_left),
                when=self.tr("lebih awal") if tl.days_left >= 0 else self.tr("terlambat")))
        elif tl.overdue:
            due.setText(self.tr("{d} · TERLAMBAT {n} hari kerja").format(d=_d(tl.due_date), n=-tl.days_left))
        elif tl.days_left == 0:
            due.setText(self.tr("{d} · batas waktu hari ini").format(d=_d(tl.due_date)))
        else:
            due.setText(self.tr("{d} · sisa {n} hari kerja").format(d=_d(tl.due_date), n=tl.days_left))
        due.setStyleSheet(f"color: {LATE_FG.name()}; font-weight: 600;" if tl.overdue else "")
        self.fields["received"].setText(self.tr("{when} · standar {n} hari kerja").format(
            when=_dt(tl.received_at), n=tl.service_days))
        self.fields["summary"].setText(self.tr("{n} langkah, {late} terlambat, {back} kali dikembalikan")
                                       .format(n=len(tl.steps), late=tl.late_steps, back=tl.send_backs))
        sc = self.fields["sicantik"]
        if tl.sicantik_process or tl.sicantik_status:
            text = f"{tl.sicantik_process or '—'} ({tl.sicantik_status or '—'})"
            if tl.sicantik_disagrees:
                text += " — " + self.tr("tidak sesuai: {note}").format(note=tl.sicantik_note)
            sc.setText(text)
            sc.setStyleSheet(f"color: {LATE_FG.name()};" if tl.sicantik_disagrees else "")
        else:
            sc.setText(self.tr("tidak ada data"))
            sc.setStyleSheet("")
        self._fill(tl)
        self.print_button.setEnabled(True)
        self.message.setText(self.tr("Durasi dihitung dalam jam kerja pada hari kerja "
                                     "(tanpa libur nasional, cuti bersama dan hari tutup kantor)."))
        self.loaded.emit(tl)

    def _fill(self, tl) -> None:
        from app.services.tracking import format_minutes
        self.table.setRowCount(len(tl.steps))
        for r, s in enumerate(tl.steps):
            if s.late:
                remark = self.tr("TERLAMBAT (+{over})").format(
                    over=format_minutes(s.minutes - s.standard_minutes))
            elif s.waiting_for_applicant:
                remark = self.tr("menunggu pemohon")
            elif s.running:
                remark = self.tr("sedang berjalan")
            else:
                remark = self.tr("tepat waktu") if s.standard_minutes is not None else ""
            note = " · ".join(x for x in (remark, s.note) if x)
            standard = format_minutes(s.standard_minutes) if s.standard_minutes is not None else "—"
            first = f"{s.action_label}\n{s.state_label}"
            if self.compact and note:
                first += f"\n{note}"
            values = [first,
                      f"{s.actor or '—'}\n{s.workstation or ''}".rstrip(),
                      _dt(s.start), _dt(s.end).replace(" ", "\n") if self.compact else _dt(s.end),
                      f"{format_minutes(s.minutes)} / {standard}", note]
            for c, v in enumerate(values):
                it = QTableWidgetItem(v)
                it.setToolTip(self.tr("Mulai {start}").format(start=_dt(s.start)) if self.compact and c == 3
                              else v)
                if s.late:
                    it.setData(LATE_ROLE, True)
                    if c == len(values) - 1 or (self.compact and c == 0):
                        it.setForeground(QBrush(LATE_FG))
                elif s.waiting_for_applicant:
                    it.setForeground(QBrush(WAIT_FG))
                self.table.setItem(r, c, it)
        self._fit_rows()
        # once more after layout: the stretched column only gets its width when shown
        QTimer.singleShot(0, self, self._fit_rows)
        if self.compact:
            self.steps_label.setText(self._steps_html(tl))

    def _steps_html(self, tl) -> str:
        from html import escape

        from app.services.tracking import format_minutes
        rows = []
        for i, s in enumerate(tl.steps, 1):
            color = LATE_FG.name() if s.late else (WAIT_FG.name() if s.waiting_for_applicant else "#1d2733")
            standard = format_minutes(s.standard_minutes) if s.standard_minutes is not None else "—"
            if s.late:
                flag = self.tr("TERLAMBAT (+{over})").format(over=format_minutes(s.minutes - s.standard_minutes))
            elif s.waiting_for_applicant:
                flag = self.tr("menunggu pemohon")
            elif s.running:
                flag = self.tr("sedang berjalan")
            else:
                flag = self.tr("tepat waktu") if s.standard_minutes is not None else ""
            who = escape(f"{s.actor} · {s.workstation}" if s.actor else (s.actor or "—"))
            when = escape(f"{_dt(s.start)} → {_dt(s.end) if s.end else self.tr('sekarang')}")
            bg = f" style='background:{LATE_BG.name()}'" if s.late else ""
            rows.append(
                f"<tr{bg}><td style='padding:4px 8px 4px 0;color:#5b6673;vertical-align:top'>{i}</td>"
                f"<td style='padding:4px 0;vertical-align:top;color:{color}'>"
                f"<b>{escape(s.action_label)}</b> <span style='color:#5b6673'>({escape(s.state_label)})</span><br>"
                f"{who}<br><span style='color:#5b6673'>{when}</span><br>"
                f"{escape(format_minutes(s.minutes))} / {escape(standard)}"
                f"{' — <b>' + escape(flag) + '</b>' if flag else ''}"
                f"{'<br>' + escape(s.note) if s.note else ''}</td></tr>")
        return "<table width='100%' cellspacing='0'>" + "".join(rows) + "</table>"

    def _fit_rows(self) -> None:
        """Row heights from the wrapped text itself: the style sheet's cell padding
        is not part of Qt's size hint, which would cut the last line of a cell."""
        fm = self.table.fontMetrics()
        pad_w, pad_h = 40, 14
        for r in range(self.table.rowCount()):
            h = 0
            for c in range(self.table.columnCount()):
                it = self.table.item(r, c)
                if it is None or self.table.isColumnHidden(c):
                    continue
                w = max(self.table.columnWidth(c) - pad_w, 20)
                rect = fm.boundingRect(0, 0, w, 100_000, int(Qt.TextFlag.TextWordWrap), it.text())
                h = max(h, rect.height())
            self.table.setRowHeight(r, h + pad_h)

    # -- printing ---------------------------------------------------------------------
    def print_sheet(self) -> None:
        if self.timeline is None or not self.print_button.isEnabled():
            return
        from app.documents import tracking as sheet
        no, who = self.timeline.no_permohonan, self.actor.name
        self.print_button.setEnabled(False)
        self.message.setText(self.tr("Menyiapkan lembar kendali…"))
        ops.query(self, lambda s: sheet.for_application(s, no, who),
                  on_done=lambda pdf: self._printed(no, pdf), on_error=self._print_failed)

    def _printed(self, no: str, pdf: bytes) -> None:
        self.print_button.setEnabled(True)
        self.message.setText("")
        self.printed.emit(pdf)
        self.open_preview(pdf, self.tr("Lembar kendali {no}").format(no=no))

    def _preview(self, pdf: bytes, title: str) -> None:
        from ui.pdf_preview import PdfPreview
        dlg = QDialog(self)
        dlg.setWindowTitle(title)
        fit.within_screen(dlg, 900, 1000)
        lay = QVBoxLayout(dlg)
        lay.setContentsMargins(0, 0, 0, 0)
        view = PdfPreview(dlg)
        view.closed.connect(dlg.accept)
        lay.addWidget(view)
        view.show_pdf(pdf, title)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview_dialog = dlg
        dlg.open()

    def _print_failed(self, exc) -> None:
        self.print_button.setEnabled(True)
        self.message.setText(user_message(exc))


class TrackingPage(QWidget):
    """Any officer: type or scan an application number, see where it is."""

    def __init__(self, loket, actor, bus=None, parent=None) -> None:
        super().__init__(parent)
        self.loket, self.actor, self.bus = loket, actor, bus
        lay = QVBoxLayout(self)
        lay.setContentsMargins(20, 16, 20, 16)
        lay.setSpacing(10)
        title = QLabel(self.tr("Pelacakan berkas"))
        title.setObjectName("pageTitle")
        lay.addWidget(title)
        row = QHBoxLayout()
        self.input = QLineEdit()
        self.input.setPlaceholderText(self.tr("Nomor permohonan, nomor tanda terima, atau pindai QR — Enter"))
        self.input.setAccessibleName(self.tr("Nomor permohonan"))
        self.input.setClearButtonEnabled(True)
        self.input.returnPressed.connect(self.lookup)
        row.addWidget(self.input, 1)
        go = QPushButton(self.tr("Lacak"))
        go.setProperty("primary", True)
        go.clicked.connect(self.lookup)
        row.addWidget(go)
        lay.addLayout(row)
        self.view = TrackingView(loket, actor, self)
        self.view.clear()
        lay.addWidget(self.view, 1)
        self.setFocusProxy(self.input)
        if bus is not None:
            bus.changed.connect(self._changed)

    def lookup(self) -> None:
        text = self.input.text().strip()
        if text:
            self.view.show_application(text)

    def refresh(self) -> None:
        self.view.reload()

    def _changed(self, changes) -> None:
        tl = self.view.timeline
        if tl is not None and changes.application(tl.application_id):
            self.view.reload()
