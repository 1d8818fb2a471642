"""The one table model for lists of any length (the search table, the worklist).

The view sees every row at once (`rowCount()` is the whole list, so the scroll
bar, End and Ctrl+End mean what they say), but the model holds only a window of
pages: the pages the view asked for last. A page further away is dropped, and
fetched again when the view comes back to it. Memory stays flat however far
the officer scrolls.

Pages are fetched by key, never by a long OFFSET (app/services/paging.py): the
model keeps the keys of the first and last row of every page it has seen (a
few bytes a page, kept after the rows are dropped), and asks for a page as
"the rows after the last row of the page before", "the rows before the first
row of the page after", or, for Ctrl+End, "the last rows". Only a jump into
the middle (the scroll bar dragged) skips rows, counted from the nearest page
it knows or from either end, whichever is nearest.

A page that starts at a key the model knows, or at either end of the list, is
read at once, on the GUI thread, when the view asks for it (a keyset page of a
hundred rows is a millisecond or two): the view paints it in the same paint,
instead of painting empty rows, handing the read to a worker thread and painting
again when it is back (on two busy cores each of those steps waits for a turn,
which made Ctrl+End at a million rows 40 to 80 ms, the query itself under one).
Every other read runs off the GUI thread on one serial pool (app.unit.query, or
`run_read`): opening the list and counting it, a page that must skip rows (the
scroll bar dragged into the middle), the pages a refresh reads again. The most
recently wanted page goes first, so a fast drag does not queue the pages it flew
past. A result that arrives after the list changed (a new query, a refresh) is
dropped (generation counter). A subclass says what the list is:

    list_args()               -> the filters, read on the GUI thread when the list is (re)opened
    open_list(session, args)  -> the list (plain data: the service's query, decided once)
    count(session, lst)       -> how many rows it has
    fetch(session, lst, seek) -> paging.KeyPage
    cell(row, column, role)   -> what a cell shows

and may say how its pages are read (`page_read`: the worklist reads them with plain
SQL on the file's sqlite3 connection, without a session) and what a paint asks of a
row's cells, all of them in one call (`paint_row`): worked out once per row while its
page is in the window, not per cell, role and paint.
"""
from __future__ import annotations

import itertools
import logging
from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, QTimer, Signal

from app.services.paging import KeyPage, Seek
from ui import worker

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
log = logging.getLogger("loket.ui")


class PagedModel(QAbstractTableModel):
    loading_changed = Signal(bool)
    failed = Signal(str)
    # the list was (re)opened: its first page is shown (rows in it); `count_known` follows
    opened = Signal(int)
    # the whole list's length is known (rowCount() says it)
    count_known = Signal(int)

    COLUMNS: tuple[str, ...] = ()
    # The roles `cell` answers (ROW_ROLE aside); any other role is None at once, without
    # looking the row up. A painted cell asks for seven roles (font, alignment, colours,
    # check state, icon, text) and most of them have nothing: at a million rows what
    # Ctrl+End waits for is mostly the paint, and the paint is mostly these calls.
    ROLES: frozenset[int] = frozenset(int(r) for r in Qt.ItemDataRole)
    # The roles `paint_row` answers (when a subclass defines it): what the delegate's paint
    # asks for (QStyledItemDelegate.initStyleOption: font, alignment, colours, check state,
    # icon, text). A role of these that a cell's dictionary lacks is None.
    PAINT_ROLES: frozenset[int] = frozenset(int(r) for r in (
        Qt.ItemDataRole.FontRole, Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.CheckStateRole, Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.BackgroundRole))
    # paint_row(row) -> one {role: answer} per column, the same answers `cell` gives for
    # PAINT_ROLES; kept until the row's page is dropped or read again. None: `cell` per role.
    paint_row: Any = None

    def __init__(self, loket, parent: QObject | None = None, page_size: int = 100,
                 window_pages: int = 12) -> None:
        super().__init__(parent)
        self.loket = loket
        self.page_size = page_size
        self.window_pages = max(3, window_pages)
        self.total = 0                     # rows in the list (the first page's until counted)
        self.counted = False
        self.pages_arrived = 0             # tells a first, empty list from "not loaded yet"
        self._list: Any = None
        self._pages: OrderedDict[int, list] = OrderedDict()    # the window, least recently used first
        self._cells: dict[int, list] = {}    # page → per row: paint_row's answers (None: not yet painted)
        self._first_keys: dict[int, tuple] = {}    # key of each seen page's first row
        self._last_keys: dict[int, tuple] = {}     # … and of its last row
        self._wanted: dict[int, int] = {}     # page → when the view last asked for it
        self._stale: set[int] = set()         # pages shown until a refresh reads them again
        self._tick = itertools.count()
        self._in_flight: int | None = None
        self._gen = 0
        self._loading = False
        self._pool = worker.serial_pool(self)
        self.pool = self._pool             # the serial pool its reads run on (in order)
        self._dispatch = QTimer(self, singleShot=True, interval=0)
        self._dispatch.timeout.connect(self._next_fetch)

    # -- what a subclass says ------------------------------------------------------
    @staticmethod
    def run_read(loket, fn):
        """How a read runs on the worker thread: a unit of work (a session); the
        search table runs its plain SQL on the sqlite3 driver instead (`unit.read`)."""
        from app import unit
        return unit.query(loket, fn)

    # How a page is read (`fetch`), on the worker thread or on the GUI thread (`_read_now`):
    # a staticmethod like run_read; None: as every other read (run_read), the first page
    # in the same read as the opening of the list.
    page_read: Any = None

    def _page_reader(self):
        return self.page_read or self.run_read

    def list_args(self) -> Any:
        return None

    def open_list(self, session, args) -> Any:  # pragma: no cover - every subclass defines it
        raise NotImplementedError

    def count(self, session, lst) -> int:  # pragma: no cover
        raise NotImplementedError

    def fetch(self, session, lst, seek: Seek) -> KeyPage:  # pragma: no cover
        raise NotImplementedError

    def cell(self, row, column: str, role: int, index: QModelIndex):  # pragma: no cover
        raise NotImplementedError

    def header(self, section: int) -> str:  # pragma: no cover
        raise NotImplementedError

    # -- opening -------------------------------------------------------------------
    def reload(self, keep_position: bool = False) -> None:
        """Open the list again (new filters, or a change announced): its first
        page and its length, in one trip off the GUI thread, then the count.
        keep_position: the view stays where it was (a refresh), the rows there are
        fetched again; otherwise the table starts at the top."""
        self._gen += 1
        gen, loket, size = self._gen, self.loket, self.page_size
        opener, fetch, args, read, page_read = self.open_list, self.fetch, self.list_args(), self.run_read, \
            self.page_read

        def job():
            if page_read is None:
                def run(s):
                    lst = opener(s, args)
                    return lst, fetch(s, lst, Seek(size))
                return read(loket, run)
            lst = read(loket, lambda s: opener(s, args))
            return lst, page_read(loket, lambda s: fetch(s, lst, Seek(size)))

        self._set_loading(True)
        worker.run(job, context=self, pool=self._pool,
                   on_done=lambda r: self._opened(gen, r[0], r[1], keep_position),
                   on_error=lambda e: self._failed(gen, e))

    def _opened(self, gen: int, lst, first: KeyPage, keep: bool) -> None:
        if gen != self._gen:
            return
        self.pages_arrived += 1
        self._list = lst
        self._first_keys.clear()
        self._last_keys.clear()
        self._wanted.clear()
        self._in_flight = None
        n = len(first.rows)
        complete = n < self.page_size
        if keep and self.counted and not complete:
            # a refresh: the view keeps its place and its rows until they are read
            # again (the pages in the window, the most recently seen first), the
            # length is counted again
            self._stale = set(self._pages) - {0}
            for p in self._pages:
                self._wanted[p] = next(self._tick)
            self._store(0, first)
            if self.total:
                self.dataChanged.emit(self.index(0, 0), self.index(self.total - 1, len(self.COLUMNS) - 1))
        else:
            self.beginResetModel()
            self._pages.clear()
            self._cells.clear()
            self._stale = set()
            self._store(0, first)
            self.total, self.counted = n, complete
            self.endResetModel()
        if complete:
            self._set_total(n)
            self._set_loading(False)
        else:
            self._count(gen, lst)
        self.opened.emit(n)
        if complete:
            self.count_known.emit(self.total)

    def _count(self, gen: int, lst) -> None:
        loket, count, read = self.loket, self.count, self.run_read

        def job():
            return read(loket, lambda s: count(s, lst))

        worker.run(job, context=self, pool=self._pool, on_done=lambda n: self._counted(gen, n),
                   on_error=lambda e: self._failed(gen, e))

    def _counted(self, gen: int, n: int) -> None:
        if gen != self._gen:
            return
        self._set_total(n)
        self.counted = True
        self._set_loading(False)
        self.count_known.emit(n)
        self._dispatch.start()

    def _set_total(self, n: int) -> None:
        if n > self.total:
            self.beginInsertRows(QModelIndex(), self.total, n - 1)
            self.total = n
            self.endInsertRows()
        elif n < self.total:
            self.beginRemoveRows(QModelIndex(), n, self.total - 1)
            self.total = n
            for p in [p for p in self._pages if p * self.page_size >= n]:
                del self._pages[p]
                self._cells.pop(p, None)
            self.endRemoveRows()

    # -- the window ------------------------------------------------------------------
    def _store(self, p: int, page: KeyPage) -> None:
        self._stale.discard(p)
        self._pages[p] = list(page.rows)
        self._cells.pop(p, None)
        self._pages.move_to_end(p)
        if page.keys:
            self._first_keys[p], self._last_keys[p] = page.keys[0], page.keys[-1]
        while len(self._pages) > self.window_pages:
            gone, _rows = self._pages.popitem(last=False)
            self._stale.discard(gone)
            self._cells.pop(gone, None)

    def loaded_pages(self) -> list[int]:
        return sorted(self._pages)

    def row(self, i: int):
        """Row i when its page is in the window or is read at once by key (`_read_now`),
        else None (and the page is asked for)."""
        if not 0 <= i < self.total:
            return None
        p = i // self.page_size
        page = self._pages.get(p)
        if page is None:
            page = self._read_now(p)
            if page is None:
                self._want(p)
                return None
        else:
            self._pages.move_to_end(p)
        j = i - p * self.page_size
        return page[j] if j < len(page) else None

    @property
    def rows(self) -> list:
        """The rows loaded from the top without a gap (a short list: all of it)."""
        out: list = []
        p = 0
        while p in self._pages:
            out += self._pages[p]
            p += 1
        return out

    def find(self, key) -> int | None:
        """The row number of the loaded row with this id (None when not in the window)."""
        for p in sorted(self._pages):
            for j, r in enumerate(self._pages[p]):
                if getattr(r, "id", None) == key:
                    return p * self.page_size + j
        return None

    def _read_now(self, p: int) -> list | None:
        """Page p read here and now when no row has to be skipped to reach it (see the
        module doc); None when it must be fetched off the GUI thread."""
        if self._list is None or p == self._in_flight or p in self._stale:
            return None
        seek, _n = self._plan(p)
        if seek.offset:
            return None
        lst, fetch = self._list, self.fetch
        try:
            page = self._page_reader()(self.loket, lambda s: fetch(s, lst, seek))
        except Exception as e:      # said by `failed`, after the paint that asked
            log.exception("page read failed")
            QTimer.singleShot(0, self, lambda gen=self._gen, err=e: self._failed(gen, err))
            return None
        if seek.reverse:          # nearest first: back into list order
            page = KeyPage(page.rows[::-1], page.keys[::-1])
        self._store(p, page)
        self._wanted.pop(p, None)
        return self._pages.get(p)

    def _want(self, p: int) -> None:
        if p == self._in_flight:
            return
        self._wanted[p] = next(self._tick)
        if not self._dispatch.isActive() and self._in_flight is None:
            self._dispatch.start()

    def _plan(self, p: int) -> tuple[Seek, int]:
        """How to fetch page p: from the nearest key (or end) of the list; the
        Seek, and the number of rows the page should have."""
        size = self.page_size
        start = p * size
        n = min(size, self.total - start) if self.counted else size
        best = (start, Seek(n, offset=start))                        # from the top
        before = [q for q in self._last_keys if q < p]
        if before:
            q = max(before)
            off = (p - 1 - q) * size
            if off < best[0]:
                best = (off, Seek(n, after=self._last_keys[q], offset=off))
        after = [r for r in self._first_keys if r > p]
        if after:
            r = min(after)
            off = r * size - (start + n)
            if off < best[0]:
                best = (off, Seek(n, after=self._first_keys[r], reverse=True, offset=off))
        if self.counted:
            off = self.total - (start + n)
            if off < best[0]:
                best = (off, Seek(n, reverse=True, offset=off))     # from the end: Ctrl+End
        return best[1], n

    def _next_fetch(self) -> None:
        if self._in_flight is not None or self._list is None:
            return
        p = None
        while self._wanted:
            # the page the view asked for last; pages it asked for long ago it has scrolled past
            q = max(self._wanted, key=self._wanted.__getitem__)
            recent = sorted(self._wanted, key=self._wanted.__getitem__)[-self.window_pages:]
            self._wanted = {r: self._wanted[r] for r in recent if r != q}
            if (q not in self._pages or q in self._stale) and q * self.page_size < self.total:
                p = q
                break
        if p is None:            # nothing left to read: the table is complete where the view is
            if self.counted:
                self._set_loading(False)
            return
        seek, _n = self._plan(p)
        gen, lst, loket, fetch, read = self._gen, self._list, self.loket, self.fetch, self._page_reader()
        self._in_flight = p

        def job():
            return read(loket, lambda s: fetch(s, lst, seek))

        self._set_loading(True)
        worker.run(job, context=self, pool=self._pool,
                   on_done=lambda page: self._arrived(gen, p, seek, page),
                   on_error=lambda e: self._failed(gen, e))

    def _arrived(self, gen: int, p: int, seek: Seek, page: KeyPage) -> None:
        if gen != self._gen:
            return
        self._in_flight = None
        if seek.reverse:          # nearest first: back into list order
            page = KeyPage(page.rows[::-1], page.keys[::-1])
        self._store(p, page)
        first = p * self.page_size
        last = min(first + self.page_size, self.total) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.COLUMNS) - 1))
        if self._wanted:
            self._dispatch.start()
        else:
            self._set_loading(False)

    def _failed(self, gen: int, exc: BaseException) -> None:
        if gen != self._gen:
            return
        self._in_flight = None
        self._set_loading(False)
        from ui.widgets import user_message
        self.failed.emit(user_message(exc))

    def is_loading(self) -> bool:
        return self._loading

    def _set_loading(self, on: bool) -> None:
        if on != self._loading:
            self._loading = on
            self.loading_changed.emit(on)

    # -- Qt model ------------------------------------------------------------------------
    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return False          # every row is already in rowCount(); pages come as they are seen

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self.total

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.header(section)
        return None

    def row_at(self, index: QModelIndex):
        return self.row(index.row()) if index.isValid() else None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[override]
        if role != ROW_ROLE and role not in self.ROLES:
            return None
        r = self.row_at(index)
        if r is None:
            return None
        if role == ROW_ROLE:
            return r
        return self.cell(r, self.COLUMNS[index.column()], role, index)

    def multiData(self, index: QModelIndex, roleDataSpan) -> None:  # type: ignore[override]
        """All the roles a painted cell asks for, in one call (Qt's own multiData calls
        data() once per role: seven trips into Python per cell, a paint's main cost).
        With paint_row, the row's answers are worked out the first time one of its cells
        is painted while its page is in the window."""
        i, column = index.row(), index.column()       # (an invalid index: row -1, no row)
        r = self.row(i)
        # The delegate hands the same span from cell to cell: every role not answered here is
        # cleared, or the previous cell's font, colour or alignment would paint this one.
        if r is None:
            for rd in roleDataSpan:
                rd.clearData()
            return
        if self.paint_row is not None:
            # row(i) has just put its page in the window
            p, j = divmod(i, self.page_size)
            cells = self._cells.get(p)
            if cells is None:
                cells = self._cells[p] = [None] * len(self._pages[p])
            got = cells[j]
            if got is None:
                got = cells[j] = self.paint_row(r)
            kept, painted = got[column], self.PAINT_ROLES
        else:
            kept, painted = _NOTHING, _NONE
        col, roles, cell = self.COLUMNS[column], self.ROLES, self.cell
        for rd in roleDataSpan:
            role = rd.role()
            v = kept.get(role)
            if v is None and role not in painted:
                v = r if role == ROW_ROLE else cell(r, col, role, index) if role in roles else None
            if v is None:
                rd.clearData()
            else:
                rd.setData(v)


_NOTHING: dict[int, Any] = {}
_NONE: frozenset[int] = frozenset()
