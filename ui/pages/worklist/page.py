"""Daftar kerja, the page: state chips with counts, the filter, the table of files
waiting on the officer (soonest due first) and, beside it, the chosen file's
actions and tracking."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import workflow
from ui import ops, worker
from ui.pages.tracking import TrackingView
from ui.pages.worklist.common import OVERDUE_BG, OVERDUE_FG, WORK_ROLES
from ui.pages.worklist.dialogs import ActionDialog
from ui.pages.worklist.model import OverdueDelegate, WorklistModel
from ui.pages.worklist.panel import FilePanel
from ui.widgets import FlowLayout, app_tr, theme, user_message


# Short names for the state chips (the full label is the tooltip); an office's
# own states fall back to their full label.
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

        # these counts are the officer's own; the sidebar's "Posisi berkas — seluruh kantor"
        # counts every file of the office: the caption says which is which
        self.scope_label = QLabel()
        self.scope_label.setObjectName("muted")
        self.scope_label.setWordWrap(True)
        lay.addWidget(self.scope_label)
        chips = FlowLayout(spacing=6)
        self.chip_group = QButtonGroup(self)
        self.chip_group.setExclusive(True)
        self.chips: dict[str | None, StateChip] = {}
        for st in [None, *self.states]:
            label = self.tr("Semua milik Anda") if st is None else (
                app_tr(workflow.STATES[st].short_label))
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
        self._show_scope()
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
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)   # long names: "…", the whole in the tooltip
        self.table.setItemDelegate(OverdueDelegate(self.table))
        self._size_columns()
        ll.addWidget(self.table, 1)
        self.status = QLabel()
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        # a searched file held by a colleague: one key to see it (ticks "Termasuk berkas rekan")
        self.show_colleagues = QPushButton(self.tr("Tampilkan berkas rekan"))
        self.show_colleagues.clicked.connect(lambda: self.colleagues.setChecked(True))
        self.show_colleagues.hide()
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.show_colleagues)
        ll.addLayout(status_row)
        split.addWidget(left)
        # after an action the file may leave this list: say what happened and where it went
        self.feedback = QLabel()
        self.feedback.setObjectName("actionFeedback")
        self.feedback.setWordWrap(True)
        self.feedback.setTextFormat(Qt.TextFormat.PlainText)
        self.feedback.setStyleSheet(f"background: {theme.OK_BG}; color: {theme.OK}; font-weight: 600; padding: 6px 10px;"
                                    " border-radius: 6px;")
        self.feedback.hide()
        lay.addWidget(self.feedback)

        self.tabs = QTabWidget()
        self.panel = FilePanel(loket, actor)
        self.tabs.addTab(self.panel, self.tr("Tindakan"))
        self.tracking = TrackingView(loket, actor, compact=True)
        self.tracking.layout().setContentsMargins(8, 8, 8, 8)  # type: ignore[union-attr]
        self.tracking.clear()
        self.tabs.addTab(self.tracking, self.tr("Pelacakan"))
        split.addWidget(self.tabs)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([720, 620])
        self.split = split
        # the table gets the width its columns need (see _fit_split) until the officer drags the handle
        self._split_by_hand = False
        split.splitterMoved.connect(self._split_moved)
        lay.addWidget(split, 1)

        self.model.page_loaded.connect(self._loaded)
        self.model.failed.connect(self.status.setText)
        # the state chips' counts wait for the list's first page (see refresh)
        self._counts_wanted = False
        self.model.opened.connect(self._counts_after_rows)
        self.model.failed.connect(self._counts_after_rows)
        self.model.notice.connect(lambda t: t and self.status.setText(t))  # type: ignore[func-returns-value]
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.panel.acted.connect(self._acted)
        self.panel.feedback.connect(self._said)
        self.table.act_requested.connect(self.act_on_current)
        self.table.doubleClicked.connect(lambda _i: self.act_on_current())
        if bus is not None:
            bus.changed.connect(self.apply_changes)
        self.setFocusProxy(self.table)
        self._pending_select: str | None = None
        self.refresh()

    # -- columns ------------------------------------------------------------------
    # Every column must read whole at 1366×768 beside the file panel: dates, days and the
    # file number are fixed to their text, the state and permit type get the width of a
    # typical short value (longer ones elide, the tooltip has them), the name takes the rest.
    _FIXED = ("no", "due", "left", "since")
    _GIVE_WAY = ("since", "permit")
    _SAMPLES = {"no": "2026110000000", "due": "00-00-0000", "left": "-00", "state": "Validasi Kabid",
                "permit": "Surat Izin Praktik", "since": "00-00 00:00", "holder": "Nama Petugas"}

    def _size_columns(self) -> None:
        hh = self.table.horizontalHeader()
        hh.setStretchLastSection(False)
        hh.setMinimumSectionSize(24)
        bold = QFont(self.table.font())
        bold.setBold(True)
        fb, hfm = QFontMetrics(bold), QFontMetrics(hh.font())
        pad = 2 * self.table.style().pixelMetric(self.table.style().PixelMetric.PM_FocusFrameHMargin) + 16
        for col, key in enumerate(WorklistModel.COLUMNS):
            if key == "name":
                hh.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
                continue
            header = self.model.header(col)
            sample = self._SAMPLES[key]
            # overdue dates and days are bold; the header is bold in the office's style
            width = max(fb.horizontalAdvance(sample), hfm.horizontalAdvance(header),
                        QFontMetrics(bold).horizontalAdvance(header)) + pad
            hh.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed if key in self._FIXED
                                    else QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(col, width)
        self._show_holder()

    def _show_holder(self) -> None:
        self._fit_split()

    def table_width_wanted(self) -> int:
        """The width the table needs for its shown columns whole (the name at a short name's width)."""
        fm = self.table.fontMetrics()
        cols = sum(self.table.columnWidth(c) for c in range(self.model.columnCount())
                   if not self.table.isColumnHidden(c) and WorklistModel.COLUMNS[c] != "name")
        return (cols + fm.horizontalAdvance("Nama Pemohon Cukup") + 24
                + self.table.verticalScrollBar().sizeHint().width() + 2 * self.table.frameWidth())

    def _fit_split(self) -> None:
        """Eight columns and the file panel do not fit in 1366 px: the columns that say least
        give way, in this order, until the rest read whole — "since" (the state's tooltip has
        it), then the permit type (the name's tooltip and the panel's title have it). The
        holder is the officer themself unless colleagues' files are shown. The table gets
        the width its columns need until the officer drags the handle."""
        if not hasattr(self, "split"):
            return
        col = WorklistModel.COLUMNS.index
        self.table.setColumnHidden(col("holder"), not self.colleagues.isChecked())
        total = sum(self.split.sizes())
        if total <= 0:
            return
        panel_min = max(self.tabs.minimumSizeHint().width(), 320)
        room = self.split.sizes()[0] if self._split_by_hand else total - panel_min
        for key in self._GIVE_WAY:
            self.table.setColumnHidden(col(key), False)
        for key in self._GIVE_WAY:
            if self.table_width_wanted() <= room:
                break
            self.table.setColumnHidden(col(key), True)
        if not self._split_by_hand:
            left = max(min(self.table_width_wanted(), room), total // 2)
            self.split.blockSignals(True)
            self.split.setSizes([left, total - left])
            self.split.blockSignals(False)

    def _split_moved(self, *_) -> None:
        self._split_by_hand = True
        self._fit_split()

    def showEvent(self, e) -> None:
        super().showEvent(e)
        self._fit_split()

    def resizeEvent(self, e) -> None:
        super().resizeEvent(e)
        self._fit_split()

    # -- filters ------------------------------------------------------------------
    def _state_chosen(self, state) -> None:
        self.apply_filters()

    def _show_scope(self) -> None:
        unit = self.actor.unit
        if self.colleagues.isChecked():
            text = (self.tr("Hitungan di tombol: berkas Anda dan rekan di {unit}.").format(unit=unit) if unit
                    else self.tr("Hitungan di tombol: berkas Anda dan rekan Anda."))
        else:
            text = self.tr("Hitungan di tombol: hanya berkas yang menunggu Anda.")
        self.scope_label.setText(text + " " + self.tr("Angka di samping (Posisi berkas) menghitung seluruh kantor."))

    def _scope_changed(self, *_) -> None:
        self._show_scope()
        self._show_holder()
        self.refresh()

    def current_state(self):
        b = self.chip_group.checkedButton()
        return b.state if b is not None else None

    def apply_filters(self) -> None:
        self.model.set_filters(query=self.search.text(), state=self.current_state(),
                               overdue_only=self.overdue_only.isChecked(),
                               mine_only=not self.colleagues.isChecked())

    def refresh(self) -> None:
        # The list first, its state chips' counts once its first page is there: both read the
        # officer's files at once otherwise, on two threads of a machine with two cores, and
        # the rows are what the officer waits for (issue 17, a million files).
        self._counts_wanted = True
        self.apply_filters()

    def _counts_after_rows(self, *_) -> None:
        if self._counts_wanted:
            self._counts_wanted = False
            self.refresh_counts()

    def refresh_counts(self) -> None:
        from app.services import backoffice
        actor, mine = self.actor, not self.colleagues.isChecked()
        ops.query(self, lambda s: backoffice.counts(s, actor, mine_only=mine), self._counts,
                  on_error=lambda e: self.status.setText(user_message(e)), pool=self._pool)

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
        self.show_colleagues.hide()
        # number formats differ per office (walk-in numbers are long): fit the first column
        fm = self.table.fontMetrics()
        widest = max((fm.horizontalAdvance(r.no_permohonan) for r in self.model.rows[:200]), default=0)
        if widest:
            self.table.setColumnWidth(0, min(max(widest + 28, self.table.columnWidth(0)), 280))
            self._fit_split()
        self.status.setText(self.tr("{shown} dari {total} berkas").format(shown=shown, total=total)
                            if total else self._nothing_text())
        key = self._pending_select or self.panel._key
        self._pending_select = None
        row = self.model.find(key)
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
        self.show_colleagues.hide()
        if self.colleagues.isChecked() or not self.search.text().strip():
            return self.tr("Tidak ada berkas yang menunggu Anda.")
        from app.services import worklist
        actor, query = self.actor, self.search.text()

        def job(s):
            page = worklist.worklist(s, actor, limit=1, offset=0, query=query, state=None,
                                     overdue_only=False, mine_only=False)
            return page.total, (page.rows[0].holder_name if page.rows else None)

        def told(found) -> None:
            n, holder = found
            if n and not self.model.rows and self.search.text() == query:
                text = (self.tr("“{q}”: berkas ini sedang dipegang rekan Anda, {who}.").format(q=query, who=holder)
                        if n == 1 and holder else
                        self.tr("“{q}”: {n} berkas cocok sedang dipegang rekan Anda.").format(q=query, n=n))
                self.status.setText(text + " " + self.tr("Tampilkan dengan “Termasuk berkas rekan”."))
                self.show_colleagues.show()
        ops.query(self, job, told, on_error=lambda _e: None, pool=self._pool)
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
        # the list itself reloads from the announced change (ops.change → bus → apply_changes)
        self.panel._key = None
        self._pending_select = app_id

    def apply_changes(self, changes) -> None:
        """Files changed (here, on another page, by a sync): the list and its counts reload."""
        if changes.touches("applications"):
            self.refresh()
