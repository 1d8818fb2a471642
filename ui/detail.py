"""One application at a glance: applicant, company, permit type, requirement
checks, where the file is now, what may happen next, and the event timeline.

`app.services.detail.load(loket, no_or_id)` reads everything into plain data
on a worker thread (a session belongs to one thread); `DetailView` shows it and
reloads itself when the bus announces a change to this application. `DetailWindow` wraps
the view as its own window (Esc closes), so a counter page keeps its place.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPen, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import event_words, workflow
from app.services.detail import Snapshot, load
from app.sicantik.mapping import FIELD_LABELS
from ui import fit, worker
from ui.widgets import app_tr, clear, fmt_date, fmt_datetime, today_local, translate, user_message


def kind_label(kind: str) -> str:
    return {"BARU": translate("detail", "Baru"),
            "PERPANJANGAN": translate("detail", "Perpanjangan"),
            "PERUBAHAN": translate("detail", "Perubahan")}.get(kind, kind.title())


def applicant_type_label(t: str) -> str:
    return {"PERORANGAN": translate("detail", "Perorangan"),
            "PERUSAHAAN": translate("detail", "Perusahaan")}.get(t, t.title())


def source_label(s: str) -> str:
    return {"ONLINE": translate("detail", "Daring (SiCantik)"),
            "WALKIN": translate("detail", "Datang langsung")}.get(s, s)


def _value(text) -> QLabel:
    lab = QLabel("—" if text in (None, "") else str(text))
    lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse |
                                Qt.TextInteractionFlag.TextSelectableByKeyboard)
    lab.setWordWrap(True)
    lab.setObjectName("fieldValue")
    return lab


@dataclass
class TimelineEntry:
    title: str          # the action
    state: str          # the state it led to
    meta: str           # when, who, where
    note: str = ""
    kind: str = ""      # "" | "back" (returned / sent back) | "done"


class _Rail(QWidget):
    """The dot and the line of one timeline entry."""

    COLORS = {"": "#2b72d6", "back": "#d97706", "done": "#1f8a4c", "msg": "#7c3aed", "msgwait": "#a8a2c0"}

    def __init__(self, kind: str, first: bool, last: bool, parent=None) -> None:
        super().__init__(parent)
        self.kind, self.first, self.last = kind, first, last
        self.setFixedWidth(28)

    def paintEvent(self, _e) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        x, y = self.width() / 2, 14.0
        p.setPen(QPen(QColor("#c9d3df"), 2))
        if not self.first:
            p.drawLine(QPointF(x, 0), QPointF(x, y))
        if not self.last:
            p.drawLine(QPointF(x, y), QPointF(x, self.height()))
        p.setPen(QPen(QColor("#ffffff"), 2))
        p.setBrush(QColor(self.COLORS.get(self.kind, "#2b72d6")))
        p.drawEllipse(QPointF(x, y), 7, 7)
        p.end()


class Timeline(QWidget):
    """The events of one application, oldest first, as a vertical timeline."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self._lay = QVBoxLayout(self)
        self._lay.setContentsMargins(12, 12, 12, 12)
        self._lay.setSpacing(0)
        self.entries: list[TimelineEntry] = []

    def set_entries(self, entries: list[TimelineEntry]) -> None:
        clear(self._lay)
        self.entries = list(entries)
        for i, e in enumerate(entries):
            row = QWidget()
            row.setObjectName("timelineEntry")
            h = QHBoxLayout(row)
            h.setContentsMargins(0, 0, 0, 0)
            h.setSpacing(10)
            h.addWidget(_Rail(e.kind, i == 0, i == len(entries) - 1))
            col = QVBoxLayout()
            col.setContentsMargins(0, 4, 0, 16)
            col.setSpacing(2)
            title = QLabel(f"<b>{_esc(e.title)}</b> &nbsp;→&nbsp; {_esc(e.state)}")
            title.setTextFormat(Qt.TextFormat.RichText)
            title.setWordWrap(True)
            title.setObjectName("timelineTitle")
            meta = QLabel(e.meta)
            meta.setObjectName("muted")
            meta.setWordWrap(True)
            col.addWidget(title)
            col.addWidget(meta)
            if e.note:
                note = QLabel(e.note)
                note.setObjectName("timelineNote")
                note.setWordWrap(True)
                note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                col.addWidget(note)
            h.addLayout(col, 1)
            self._lay.addWidget(row)
        if not entries:
            empty = QLabel(self.tr("Belum ada riwayat."))
            empty.setObjectName("emptyState")
            self._lay.addWidget(empty)
        self._lay.addStretch(1)

    def texts(self) -> list[str]:
        """What the timeline says, one line per entry (for tests and copying)."""
        return [" | ".join(x for x in (e.title, e.state, e.meta, e.note) if x) for e in self.entries]


def message_entry(m) -> TimelineEntry:
    """A message to the applicant, as a timeline entry: what, to whom, and how it went."""
    when = m.sent_at or m.due_at
    status = m.status_label
    if m.status == "WAITING" and m.attempts:
        status = translate("detail", "{status}, dicoba lagi {time}").format(status=status, time=fmt_datetime(when))
    elif m.status == "WAITING":
        status = translate("detail", "{status} sampai {time}").format(status=status, time=fmt_datetime(when))
    meta = " · ".join(x for x in (fmt_datetime(m.sent_at or m.created_at), f"{m.channel} {m.recipient}") if x)
    note = m.last_error if m.status in ("FAILED", "UNCERTAIN", "WAITING") and m.last_error else ""
    return TimelineEntry(translate("detail", "Pemberitahuan: {kind}").format(kind=m.kind_label), status, meta, note,
                         "msg" if m.status == "SENT" else "msgwait" if m.status in ("WAITING", "SENDING")
                         else "back" if m.status in ("FAILED", "UNCERTAIN") else "msgwait")


def merge_messages(entries: list[TimelineEntry], events: list, messages: list) -> list[TimelineEntry]:
    """Events and messages in one line of time (a message at the moment it was queued)."""
    keyed = [(e.at, 0, i, entry) for i, (e, entry) in enumerate(zip(events, entries, strict=True))]
    keyed += [(m.created_at, 1, i, message_entry(m)) for i, m in enumerate(messages)]
    return [entry for *_k, entry in sorted(keyed, key=lambda t: (t[0], t[1], t[2]))]


def _esc(text: str) -> str:
    from html import escape
    return escape(text or "")



class DetailView(QWidget):
    """The detail of one application; `reload()` after a change."""

    loaded = Signal(object)      # Snapshot
    title_changed = Signal(str)

    def __init__(self, loket, no_or_id: str, bus=None, parent=None) -> None:
        super().__init__(parent)
        self.loket, self.key, self.bus = loket, no_or_id, bus
        self.snapshot: Snapshot | None = None
        self._pool = worker.serial_pool(self)
        self.setObjectName("detailView")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack)
        self.message = QLabel(self.tr("Memuat permohonan…"))
        self.message.setObjectName("emptyState")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.stack.addWidget(self.message)
        self.body = QWidget()
        self.stack.addWidget(self.body)
        self._build()
        if bus is not None:
            bus.changed.connect(self.apply_changes)
        self.reload()

    # -- layout ------------------------------------------------------------
    def _build(self) -> None:
        lay = QVBoxLayout(self.body)
        lay.setContentsMargins(20, 16, 20, 16)
        lay.setSpacing(12)

        head = QFrame()
        head.setObjectName("detailHeader")
        hl = QGridLayout(head)
        hl.setContentsMargins(16, 12, 16, 12)
        hl.setHorizontalSpacing(24)
        self.h_no = QLabel()
        self.h_no.setObjectName("detailNumber")
        self.h_no.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.h_permit = QLabel()
        self.h_permit.setObjectName("detailPermit")
        self.h_permit.setWordWrap(True)
        self.h_state = QLabel()
        self.h_state.setObjectName("stateBadge")
        self.h_due = QLabel()
        self.h_due.setObjectName("detailDue")
        self.h_due.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.h_since = QLabel()
        self.h_since.setObjectName("muted")
        self.h_since.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # the long ones wrap: on a 1024 px wide screen they made the window wider than it
        for lbl in (self.h_due, self.h_since):
            lbl.setWordWrap(True)
        hl.addWidget(self.h_no, 0, 0)
        hl.addWidget(self.h_state, 0, 1, Qt.AlignmentFlag.AlignLeft)
        hl.addWidget(self.h_due, 0, 2)
        hl.addWidget(self.h_permit, 1, 0, 1, 2)
        hl.addWidget(self.h_since, 1, 2)
        hl.setColumnStretch(1, 1)
        lay.addWidget(head)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        lay.addWidget(split, 1)

        # left: the facts, in forms
        facts = QWidget()
        self.facts_layout = QVBoxLayout(facts)
        self.facts_layout.setContentsMargins(0, 0, 8, 0)
        self.facts_layout.setSpacing(12)
        self.g_app = self._group(self.tr("Permohonan"))
        self.g_applicant = self._group(self.tr("Pemohon"))
        self.g_company = self._group(self.tr("Perusahaan"))
        self.g_next = self._group(self.tr("Langkah berikutnya"))
        self.facts_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(facts)
        split.addWidget(scroll)

        # right: timeline and requirements
        self.tabs = QTabWidget()
        self.timeline = Timeline()
        self.timeline_scroll = QScrollArea()
        self.timeline_scroll.setObjectName("timelineScroll")
        self.timeline_scroll.setWidgetResizable(True)
        self.timeline_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.timeline_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.timeline_scroll.setWidget(self.timeline)
        self.checks = QTreeWidget()
        self.checks.setObjectName("checks")
        self.checks.setRootIsDecorated(False)
        self.checks.setWordWrap(True)
        self.checks.setAlternatingRowColors(True)
        self.checks.setHeaderLabels(["#", self.tr("Persyaratan"), self.tr("Wajib"),
                                     self.tr("Ada"), self.tr("Asli"), self.tr("Lembar"),
                                     self.tr("Catatan")])
        hh = self.checks.header()
        hh.setStretchLastSection(False)
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tabs.addTab(self.timeline_scroll, self.tr("Riwayat"))
        self.tabs.addTab(self.checks, self.tr("Persyaratan"))
        split.addWidget(self.tabs)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([420, 640])

    def _group(self, title: str) -> QGridLayout:
        # a grid, not a QFormLayout: QFormLayout's height-for-width left wrapped values a line
        # short in a narrow pane (a 1024 px screen), the grid asks each value its height
        box = QGroupBox(title)
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        grid.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.facts_layout.addWidget(box)
        return grid

    # -- data ----------------------------------------------------------------
    def reload(self) -> None:
        loket, key = self.loket, self.key
        worker.run(lambda: load(loket, key), on_done=self._show, on_error=self._error,
                   context=self, pool=self._pool)

    def apply_changes(self, changes) -> None:
        """Reload when the announced changes may concern this file."""
        if changes.application(self.snapshot.id if self.snapshot else None) or (
                self.snapshot is None and changes.touches("applications")):
            self.reload()

    def _error(self, exc: BaseException) -> None:
        self.message.setText(user_message(exc))
        self.stack.setCurrentWidget(self.message)
        self.title_changed.emit(self.tr("Permohonan tidak dapat dibuka"))

    def _show(self, s: Snapshot) -> None:
        self.snapshot = s
        st = workflow.STATES.get(s.state)
        self.h_no.setText(s.no_permohonan)
        self.h_state.setText(app_tr(st.label) if st else s.state)
        self.h_state.setProperty("final", bool(st and (st.final or st.done)))
        self.h_state.style().unpolish(self.h_state)
        self.h_state.style().polish(self.h_state)
        self.h_permit.setText(f"{s.permit_name} · {kind_label(s.kind)} · "
                              f"{applicant_type_label(s.applicant_type)}")
        late = bool(s.due_date and s.state in workflow.OPEN_STATES and s.due_date < today_local())
        if s.due_date:
            self.h_due.setText(self.tr("Jatuh tempo {date}").format(date=fmt_date(s.due_date))
                               + (self.tr(" — terlambat") if late else ""))
        else:
            self.h_due.setText(self.tr("Standar pelayanan {n} hari kerja").format(n=s.service_days))
        self.h_due.setProperty("late", late)
        self.h_due.style().unpolish(self.h_due)
        self.h_due.style().polish(self.h_due)
        holder = workflow.ROLE_LABELS.get(s.holder_role or "", "")
        since = self.tr("Sejak {time}").format(time=fmt_datetime(s.state_since))
        self.h_since.setText(since + (self.tr(" · di {holder}").format(holder=app_tr(holder))
                                      if holder else ""))

        self._fill(self.g_app, [
            (self.tr("No. permohonan"), s.no_permohonan),
            (self.tr("Jenis izin"), f"{s.permit_name} ({s.permit_code})"),
            (self.tr("Unit"), s.permit_unit),
            (self.tr("Jenis permohonan"), kind_label(s.kind)),
            (self.tr("No. izin lama"), s.old_permit_number) if s.old_permit_number else None,
            (self.tr("Sumber"), source_label(s.source)),
            (self.tr("Diajukan"), fmt_datetime(s.submitted_at)),
            (self.tr("Diterima lengkap"), fmt_datetime(s.received_at)),
            (self.tr("No. tanda terima"), s.receipt_number),
            (self.tr("Standar pelayanan"),
             self.tr("{n} hari kerja").format(n=s.service_days)
             + (self.tr(", dengan kajian teknis") if s.needs_review else "")),
            (self.tr("Jatuh tempo"), fmt_date(s.due_date)),
            (self.tr("Lokasi izin"), ", ".join(x for x in (s.location, s.location_region) if x)),
            (self.tr("No. SK"), s.permit_number) if s.permit_number else None,
            (self.tr("SiCantik"), f"{s.sicantik.get('process') or ''} "
                                  f"({s.sicantik.get('status') or ''})"
                                  + (" — " + self.tr("tidak sesuai: {note}").format(note=s.sicantik["note"])
                                     if s.sicantik.get("note") else ""))
            if s.sicantik and (s.sicantik.get("process") or s.sicantik.get("status")) else None,
            (self.tr("Ditulis SiCantik"), self.tr("{values} — belum dipetakan (Admin — SiCantik)").format(
                values=", ".join(f"{app_tr(FIELD_LABELS.get(k, k))} “{v}”" for k, v in s.sicantik["values"].items())))
            if s.sicantik and s.sicantik.get("values") else None,
        ])
        a = s.applicant
        gender = {"L": self.tr("Laki-laki"), "P": self.tr("Perempuan")}.get(a.get("gender") or "", "")
        born = ", ".join(x for x in (a.get("birth_place"), fmt_date(a.get("birth_date"))) if x)
        self._fill(self.g_applicant, [
            (self.tr("Nama"), a.get("name")),
            (self.tr("NIK") if (a.get("id_type") or "KTP") == "KTP" else a.get("id_type"),
             a.get("nik")),
            (self.tr("Tempat, tgl lahir"), born),
            (self.tr("Jenis kelamin"), gender),
            (self.tr("Pekerjaan"), a.get("occupation")),
            (self.tr("NPWP"), a.get("npwp")) if a.get("npwp") else None,
            (self.tr("Alamat"), "\n".join(x for x in (a.get("address"), s.applicant_region,
                                                      a.get("postal_code")) if x)),
            (self.tr("Telepon"), " / ".join(x for x in (a.get("mobile"), a.get("phone")) if x)),
            (self.tr("Surel"), a.get("email")),
        ])
        box = self.g_company.parentWidget()
        box.setVisible(s.company is not None)  # type: ignore[union-attr]
        if s.company:
            c = s.company
            self._fill(self.g_company, [
                (self.tr("Nama"), c.get("name")), (self.tr("NIB"), c.get("nib")),
                (self.tr("NPWP"), c.get("npwp")),
                (self.tr("Alamat"), "\n".join(x for x in (c.get("address"), s.company_region) if x)),
                (self.tr("Telepon"), c.get("phone")), (self.tr("Surel"), c.get("email")),
            ])
        self._fill(self.g_next, [
            (app_tr(label), ", ".join(app_tr(workflow.ROLE_LABELS.get(r, r)) for r in roles))
            for label, roles in s.next_steps]
            or [(self.tr("Selesai"), self.tr("Tidak ada langkah lagi."))])

        entries = []
        for e in s.events:
            act = workflow.ACTIONS.get(e.action)
            to = workflow.STATES.get(e.to_state)
            who = e.actor or ""
            if e.workstation:
                who = f"{who} ({e.workstation})" if who else e.workstation
            title = app_tr(act.label) if act else e.action
            kind = ("back" if (act and act.backward)
                    else "done" if (to and (to.final or to.done)) else "")
            entries.append(TimelineEntry(
                title, app_tr(to.label) if to else e.to_state,
                " · ".join(x for x in (fmt_datetime(e.at), who) if x), event_words.note(e.action, e.data), kind))
        entries = merge_messages(entries, s.events, s.messages)
        self.timeline.set_entries(entries)
        # the latest event in view once laid out (and never after the window closed)
        QTimer.singleShot(0, self.timeline_scroll, self._timeline_to_end)

        self.checks.clear()
        yes, no = self.tr("Ada"), self.tr("Tidak ada")
        for i, chk in enumerate(s.checks, 1):
            it = QTreeWidgetItem([
                str(i), chk.name, self.tr("Wajib") if chk.mandatory else self.tr("Pilihan"),
                (yes if chk.present else no) if chk.checked else self.tr("belum diperiksa"),
                (self.tr("Asli") if chk.original else self.tr("Salinan")) if chk.checked and chk.present
                else (self.tr("perlu asli") if chk.original_needed else ""),
                "" if chk.sheets is None else str(chk.sheets), chk.note or ""])
            it.setToolTip(1, chk.name)
            if chk.checked and chk.mandatory and not chk.present:
                it.setForeground(3, Qt.GlobalColor.darkRed)
            self.checks.addTopLevelItem(it)
        done = sum(1 for c in s.checks if c.checked)
        self.tabs.setTabText(0, self.tr("Riwayat ({n})").format(n=len(s.events)))
        self.tabs.setTabText(1, self.tr("Persyaratan ({done}/{n} diperiksa)").format(
            done=done, n=len(s.checks)))
        self.stack.setCurrentWidget(self.body)
        self.title_changed.emit(f"{s.no_permohonan} — {a.get('name') or ''}")
        self.loaded.emit(s)

    def _timeline_to_end(self) -> None:
        bar = self.timeline_scroll.verticalScrollBar()
        bar.setValue(bar.maximum())

    @staticmethod
    def _fill(grid: QGridLayout, rows) -> None:
        clear(grid)
        n = 0
        for r in rows:
            if r is None:
                continue
            label, value = r
            cap = QLabel(label)
            cap.setObjectName("fieldLabel")
            # the same label width in every group, so the values line up
            cap.setMinimumWidth(cap.fontMetrics().horizontalAdvance("Standar pelayanan__"))
            cap.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(cap, n, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(_value(value), n, 1)
            n += 1


class DetailWindow(QWidget):
    """A DetailView in its own window; Esc closes it."""

    def __init__(self, loket, no_or_id: str, bus=None, parent=None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("detailWindow")
        self.setWindowTitle(self.tr("Permohonan {no}").format(no=no_or_id))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.view = DetailView(loket, no_or_id, bus, self)
        lay.addWidget(self.view)
        bar = QHBoxLayout()
        bar.setContentsMargins(20, 0, 20, 16)
        bar.addStretch(1)
        close = QPushButton(self.tr("Tutup (Esc)"))
        close.clicked.connect(self.close)
        bar.addWidget(close)
        lay.addLayout(bar)
        self.view.title_changed.connect(
            lambda t: self.setWindowTitle(self.tr("{title} · Loket").format(title=t)))
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.view.reload)
        fit.within_screen(self, 1180, 720)
