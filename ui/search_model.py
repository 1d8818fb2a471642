"""The table model behind "Cari permohonan": pages fetched on demand.

Never holds more rows than the officer has scrolled through. Each page is one
`applications.search(…, limit, offset)` call run off the GUI thread on a
serial pool, so typing stays fluid on a million applications; a result that
arrives after the query changed is dropped (generation counter).
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from app import workflow
from ui import worker
from ui.widgets import app_tr, fmt_date, fmt_datetime, theme, today_local

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
LATE = QColor(theme.ERROR)


class SearchModel(QAbstractTableModel):
    # rows now shown, True when no more can be fetched
    page_loaded = Signal(int, bool)
    loading_changed = Signal(bool)
    failed = Signal(str)
    # the first page of a new query has arrived (number of rows in it)
    first_page = Signal(int)

    COLUMNS = ("no", "name", "nik", "permit", "state", "due", "receipt", "submitted")

    def __init__(self, loket, parent: QObject | None = None, page_size: int = 100) -> None:
        super().__init__(parent)
        self.loket = loket
        self.page_size = page_size
        self.rows: list = []
        self.query = ""
        self.state: str | None = None
        self._gen = 0
        self._loading = False
        self._exhausted = True
        self._pool = worker.serial_pool(self)
        self._headers = (self.tr("No. Permohonan"), self.tr("Pemohon"), self.tr("NIK"),
                         self.tr("Jenis Izin"), self.tr("Status"), self.tr("Jatuh Tempo"),
                         self.tr("No. Tanda Terima"), self.tr("Diajukan"))

    # -- querying --------------------------------------------------------
    def set_query(self, text: str, state: str | None = None) -> None:
        """Start a new search; rows are replaced when its first page arrives."""
        self.query, self.state = (text or "").strip(), state
        self._gen += 1
        self._exhausted = False
        self._fetch(0, self.page_size, replace=True)

    def refresh(self) -> None:
        """Re-read what is shown (after a change announced on the bus),
        keeping as many rows as the officer had scrolled through."""
        self._gen += 1
        self._fetch(0, max(len(self.rows), self.page_size), replace=True, keep=True)

    def is_loading(self) -> bool:
        return self._loading

    def _set_loading(self, on: bool) -> None:
        if on != self._loading:
            self._loading = on
            self.loading_changed.emit(on)

    def _fetch(self, offset: int, limit: int, replace: bool, keep: bool = False) -> None:
        gen, query, state, loket = self._gen, self.query, self.state, self.loket

        def job():
            from app import unit
            from app.services import applications
            return unit.query(loket, lambda s: applications.search(s, query, state=state,
                                                                   limit=limit, offset=offset))

        self._set_loading(True)
        worker.run(job, context=self, pool=self._pool,
                   on_done=lambda rows: self._arrived(gen, rows, limit, replace, keep),
                   on_error=lambda e: self._failed(gen, e))

    def _arrived(self, gen: int, rows: list, limit: int, replace: bool, keep: bool) -> None:
        if gen != self._gen:
            return
        self._set_loading(False)
        self._exhausted = len(rows) < limit
        if replace:
            same = keep and [r.id for r in rows] == [r.id for r in self.rows]
            if same:
                self.rows = rows
                if rows:
                    self.dataChanged.emit(self.index(0, 0),
                                          self.index(len(rows) - 1, len(self.COLUMNS) - 1))
            else:
                self.beginResetModel()
                self.rows = rows
                self.endResetModel()
            if not keep:
                self.first_page.emit(len(rows))
        elif rows:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()
        self.page_loaded.emit(len(self.rows), self._exhausted)

    def _failed(self, gen: int, exc: BaseException) -> None:
        if gen != self._gen:
            return
        self._set_loading(False)
        self._exhausted = True
        from ui.widgets import user_message
        self.failed.emit(user_message(exc))

    # -- Qt model --------------------------------------------------------
    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted and not self._loading

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

    def _late(self, r) -> bool:
        return bool(r.due_date and r.state in workflow.OPEN_STATES and r.due_date < today_local())

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        r = self.row_at(index)
        if r is None:
            return None
        col = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "no":
                return r.no_permohonan
            if col == "name":
                return r.applicant_name
            if col == "nik":
                return r.applicant_nik or ""
            if col == "permit":
                return r.permit_type
            if col == "state":
                st = workflow.STATES.get(r.state)
                return app_tr(st.label) if st else r.state
            if col == "receipt":
                return r.receipt_number or ""
            if col == "submitted":
                return fmt_datetime(r.submitted_at)
            if col == "due":
                return fmt_date(r.due_date)
        elif role == Qt.ItemDataRole.ToolTipRole:
            if col == "due" and self._late(r):
                return self.tr("Melewati standar waktu pelayanan")
            if col in ("permit", "name", "state"):
                return self.data(index)
        elif role == Qt.ItemDataRole.ForegroundRole:
            if col == "due" and self._late(r):
                return QBrush(LATE)
        elif role == ROW_ROLE:
            return r
        elif role == Qt.ItemDataRole.AccessibleTextRole:
            return self.data(index)
        return None
