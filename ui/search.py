"""The home page: where every file is ("Posisi berkas", counts per state,
grouped by the counter that holds it) and the results of "Cari permohonan".

The query comes from the global search box of the main window; selecting a
state in the tree narrows the list to that state.
"""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QRegion
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import workflow
from ui import worker
from ui.search_model import SearchModel
from ui.widgets import app_tr, user_message

STATE_ROLE = Qt.ItemDataRole.UserRole + 1


def state_groups() -> list[tuple[str | None, list[str]]]:
    """States grouped by the role holding the file, in workflow order (read from
    the workflow table, so an office's own states appear by themselves)."""
    groups: dict[str | None, list[str]] = {}
    for key, st in workflow.STATES.items():
        groups.setdefault(st.holder, []).append(key)
    return list(groups.items())



class WrappingDelegate(QStyledItemDelegate):
    """Rows of a tree as tall as their wrapped first column needs (Qt's tree asks
    the delegate without the column width, so one line would be assumed)."""

    def sizeHint(self, option, index):
        size = super().sizeHint(option, index)
        tree = self.parent()
        if index.column() != 0 or tree is None:
            return size
        depth, p = 0, index.parent()
        while p.isValid():
            depth, p = depth + 1, p.parent()
        room = tree.columnWidth(0) - depth * tree.indentation() - 30   # item padding of the style sheet
        text = str(index.data() or "")
        fm = option.fontMetrics
        if room > 20 and fm.horizontalAdvance(text) > room:
            lines = fm.boundingRect(0, 0, room, 10_000, int(Qt.TextFlag.TextWordWrap), text).height()
            size.setHeight(max(size.height(), lines + 10))
        return size


class ResultsTable(QTableView):
    """Enter opens the selected application (also on platforms where Enter
    does not activate an item). Says when its rows have been painted (`painted`,
    what `loket --smoke` waits for) without anyone asking for `viewport()`: the
    viewport is a plain QWidget made by Qt, and the first such widget handed to
    Python makes PySide build the Python type of every QWidget subclass it has
    (~70 types, ~15 ms of the start) while it looks for the most derived one."""

    open_requested = Signal(object)
    painted = Signal()      # after each paint of the rows

    def paintEvent(self, e) -> None:
        super().paintEvent(e)
        self.painted.emit()

    def repaint_rows(self) -> None:
        """Paint the rows again soon (the region is clipped to the viewport)."""
        self.setDirtyRegion(QRegion(self.rect()))

    def keyPressEvent(self, e) -> None:
        if e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex())
            return
        super().keyPressEvent(e)


class ApplicationsPage(QWidget):
    """Counts per state + the paged results table."""

    open_application = Signal(str)     # application id
    ready = Signal()                   # counts and the first page have arrived (once)

    def __init__(self, loket, bus=None, parent=None) -> None:
        super().__init__(parent)
        self.loket, self.bus = loket, bus
        self.setObjectName("applicationsPage")
        self._counts_loaded = self._rows_loaded = self._ready_sent = False
        self._open_single = False
        self.counts: dict[str, int] = {}
        self._pool = worker.serial_pool(self)

        # -- where the files are: `state_pane` is placed in the main window's
        # sidebar, under the navigation, so the table gets the width
        left = self.state_pane = QWidget()
        left.setObjectName("statePane")
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 8, 0, 0)
        ll.setSpacing(6)
        # office-wide counts: a worklist counts only the officer's own files, so the two differ
        cap = QLabel(self.tr("Posisi berkas — seluruh kantor"))
        cap.setWordWrap(True)
        cap.setToolTip(self.tr("Semua berkas di kantor per status, siapa pun pemegangnya. "
                               "Daftar Kerja menghitung hanya berkas Anda (atau unit Anda)."))
        cap.setObjectName("paneTitle")
        ll.addWidget(cap)
        self.tree = QTreeWidget()
        self.tree.setObjectName("stateTree")
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(2)
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(14)
        # long state names wrap onto a second line in a narrow sidebar, never cut
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setItemDelegateForColumn(0, WrappingDelegate(self.tree))
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.tree.setAccessibleName(self.tr("Posisi berkas per status"))
        self._build_tree()
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().sectionResized.connect(lambda *_: self.tree.doItemsLayout())
        self.tree.currentItemChanged.connect(self._state_chosen)
        ll.addWidget(self.tree, 1)

        # -- results
        rl = QVBoxLayout(self)
        rl.setContentsMargins(16, 14, 16, 10)
        rl.setSpacing(8)
        self.title = QLabel(self.tr("Semua permohonan"))
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)
        rl.addWidget(self.title)
        self.model = SearchModel(loket, self)
        self.table = ResultsTable()
        self.table.setObjectName("results")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 14)
        hh = self.table.horizontalHeader()
        hh.setHighlightSections(False)
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setStretchLastSection(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)   # long names: "…", the whole in the tooltip
        # widths from typical values, never under the (bold) header: the number, dates and NIK
        # are fixed to their text; a long name or permit type elides (its tooltip has it whole)
        fm = self.table.fontMetrics()
        bold = QFont(self.table.font())
        bold.setBold(True)
        from PySide6.QtGui import QFontMetrics
        hfm = QFontMetrics(bold)
        samples = {"no": "WI/LOKET2-A/2026/00000", "name": "Nurhayati Mulyani", "permit": "Surat Izin Praktik Bidan",
                   "state": "Kajian dijadwalkan", "due": "00-00-0000", "nik": "0" * 16,
                   "receipt": "TT/LOKET2-A/2026/00000", "submitted": "00-00-0000 00:00"}
        for col, key in enumerate(SearchModel.COLUMNS):
            head = self.model.headerData(col, Qt.Orientation.Horizontal)
            self.table.setColumnWidth(col, max(fm.horizontalAdvance(samples[key]),
                                               hfm.horizontalAdvance(head)) + 24)
            if key in ("no", "due", "nik", "submitted"):
                hh.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
        self.table.setAccessibleName(self.tr("Daftar permohonan"))
        self.table.activated.connect(self._activated)
        self.table.open_requested.connect(self._activated)
        rl.addWidget(self.table, 1)
        self.status = QLabel()
        self.status.setObjectName("muted")
        rl.addWidget(self.status)

        self.model.loading_changed.connect(self._update_status)
        self.model.page_loaded.connect(self._page_loaded)
        self.model.first_page.connect(self._first_page)
        self.model.failed.connect(self._failed)
        if bus is not None:
            bus.changed.connect(self._changed)
        self._refresh_timer = QTimer(self, singleShot=True, interval=400)
        self._refresh_timer.timeout.connect(self.refresh)

        # The first page, then the counts, on one worker thread: two threads at the start
        # would each open a connection (and parse the schema) for two reads the window
        # waits on together anyway; refreshes later count on this page's own pool.
        self.model.set_query("")
        self.load_counts(pool=self.model.pool)

    # -- state tree ------------------------------------------------------------
    def _build_tree(self) -> None:
        bold = QFont(self.font())
        bold.setBold(True)
        self.all_item = QTreeWidgetItem([self.tr("Semua permohonan"), "…"])
        self.all_item.setData(0, STATE_ROLE, None)
        self.all_item.setFont(0, bold)
        self.all_item.setFont(1, bold)
        self.tree.addTopLevelItem(self.all_item)
        self.state_items: dict[str, QTreeWidgetItem] = {}
        self.group_items: list[tuple[QTreeWidgetItem, list[str]]] = []
        for holder, states in state_groups():
            title = app_tr(workflow.ROLE_LABELS.get(holder, "")) if holder else self.tr("Arsip")
            g = QTreeWidgetItem([title, ""])
            g.setFlags(Qt.ItemFlag.ItemIsEnabled)
            g.setFont(0, bold)
            g.setData(0, STATE_ROLE, "")
            self.tree.addTopLevelItem(g)
            for key in states:
                it = QTreeWidgetItem([app_tr(workflow.STATES[key].label), "…"])
                it.setData(0, STATE_ROLE, key)
                it.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                it.setToolTip(0, self.tr("{state} — seluruh kantor, siapa pun pemegangnya "
                                         "(Daftar Kerja menghitung hanya berkas Anda)").format(state=it.text(0)))
                g.addChild(it)
                self.state_items[key] = it
            self.group_items.append((g, states))
        self.all_item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.tree.expandAll()
        self.tree.setCurrentItem(self.all_item)

    def load_counts(self, pool=None) -> None:
        loket = self.loket

        def job():   # plain SQL on the sqlite3 driver: the first paint needs no ORM
            from app import unit
            from app.services import search
            return unit.read(loket, search.count_by_state)

        worker.run(job, on_done=self._show_counts, on_error=self._failed_counts,
                   context=self, pool=pool or self._pool)

    def _show_counts(self, counts: dict) -> None:
        fmt = lambda n: f"{n:,}".replace(",", ".")  # noqa: E731 - Indonesian thousands
        self.counts = counts
        # Each new count would fit the count column to its contents again (the
        # delegate asked for every row) and relayout every row for the wrapping
        # names: forty times forty calls into Python. Fixed while they change, fitted once after.
        header = self.tree.header()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        quiet = header.blockSignals(True)
        try:
            for key, it in self.state_items.items():
                it.setText(1, fmt(counts.get(key, 0)))
            for g, states in self.group_items:
                g.setText(1, fmt(sum(counts.get(k, 0) for k in states)))
                g.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.all_item.setText(1, fmt(sum(counts.values())))
        finally:
            header.blockSignals(quiet)
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.doItemsLayout()
        self._counts_loaded = True
        self._check_ready()

    def _failed_counts(self, exc) -> None:
        self.status.setText(user_message(exc))
        self._counts_loaded = True
        self._check_ready()

    def _state_chosen(self, item, _prev=None) -> None:
        if item is None:
            return
        state = item.data(0, STATE_ROLE)
        if state == "":          # a group heading: nothing to filter on
            return
        if state != self.model.state:
            self.model.set_query(self.model.query, state)
            self._update_title()

    def current_state(self) -> str | None:
        return self.model.state

    # -- search ----------------------------------------------------------------
    def search(self, text: str, open_single: bool = False) -> None:
        """Run a query from the global search box (state filter kept)."""
        self._open_single = open_single
        self.model.set_query(text, self.model.state)
        self._update_title()

    def _update_title(self) -> None:
        q, st = self.model.query, self.model.state
        where = app_tr(workflow.STATES[st].label) if st else ""
        if q and st:
            t = self.tr("Hasil untuk “{q}” · status {state}").format(q=q, state=where)
        elif q:
            t = self.tr("Hasil untuk “{q}”").format(q=q)
        elif st:
            t = where
        else:
            t = self.tr("Semua permohonan")
        self.title.setText(t)

    def _first_page(self, n: int) -> None:
        if n:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect |
                QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollToTop()
        if self._open_single and n == 1:
            self.open_application.emit(self.model.rows[0].id)
        self._open_single = False
        self._rows_loaded = True
        self._check_ready()

    def _page_loaded(self, n: int, exhausted: bool) -> None:
        self._update_status()

    def _update_status(self, *_) -> None:
        n = self.model.rowCount()
        if self.model.is_loading():
            text = self.tr("Memuat…")
        elif n == 0:
            text = (self.tr("Tidak ada permohonan yang cocok dengan “{q}”.").format(q=self.model.query)
                    if self.model.query else self.tr("Belum ada permohonan."))
        else:
            text = self.tr("{n} permohonan").format(n=f"{n:,}".replace(",", "."))
        self.status.setText(text)

    def _failed(self, message: str) -> None:
        self.status.setText(message)
        self._rows_loaded = True
        self._check_ready()

    def _check_ready(self) -> None:
        if self._counts_loaded and self._rows_loaded and not self._ready_sent:
            self._ready_sent = True
            self.ready.emit()

    def is_ready(self) -> bool:
        return self._ready_sent

    def _activated(self, index) -> None:
        r = self.model.row_at(index)
        if r is not None:
            self.open_application.emit(r.id)

    def focus_results(self) -> None:
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))

    # -- refresh -----------------------------------------------------------------
    def _changed(self, changes) -> None:
        # many changes in a row (a sync, an import) cost one refresh
        if changes.touches("applications"):
            self._refresh_timer.start()

    def refresh(self) -> None:
        self.load_counts()
        self.model.refresh()
