"""The table model behind "Cari permohonan": the windowed paged model
(ui/widgets/paged.py) over `applications.search_list`.

The view sees the whole result (a million rows scroll, End and Ctrl+End go to
the last one at once); the model holds a window of pages fetched by key off the
GUI thread, so typing stays fluid and memory stays flat. A result that arrives
after the query changed is dropped (generation counter).
"""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from app import workflow
from ui.widgets import app_tr, fmt_date, fmt_datetime, theme, today_local
from ui.widgets.paged import ROW_ROLE, PagedModel

LATE = QColor(theme.ERROR)

__all__ = ["SearchModel", "ROW_ROLE"]


def _read(loket, fn):
    from app import unit
    return unit.read(loket, fn)


class SearchModel(PagedModel):
    # rows in the result, True once their number is known
    page_loaded = Signal(int, bool)
    # the first page of a new query has arrived (number of rows in it)
    first_page = Signal(int)

    # what the officer looks for first (which permit, where it is, when it is due) comes
    # before the identifiers: at 1366 px the receipt number and date may need a scroll
    COLUMNS = ("no", "name", "permit", "state", "due", "nik", "receipt", "submitted")
    ROLES = frozenset(int(r) for r in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                                       Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.AccessibleTextRole))

    def __init__(self, loket, parent: QObject | None = None, page_size: int = 100,
                 window_pages: int = 12) -> None:
        super().__init__(loket, parent, page_size, window_pages)
        self.query = ""
        self.state: str | None = None
        self._keep = False
        self._headers = (self.tr("No. Permohonan"), self.tr("Pemohon"), self.tr("Jenis Izin"),
                         self.tr("Status"), self.tr("Jatuh Tempo"), self.tr("NIK"),
                         self.tr("No. Tanda Terima"), self.tr("Diajukan"))
        self.opened.connect(self._first)
        self.count_known.connect(lambda n: self.page_loaded.emit(n, True))

    # -- querying --------------------------------------------------------
    def set_query(self, text: str, state: str | None = None) -> None:
        """Start a new search; rows are replaced when its first page arrives."""
        self.query, self.state = (text or "").strip(), state
        self._keep = False
        self.reload()

    def refresh(self) -> None:
        """Re-read what is shown (after a change announced on the bus), where
        the officer is in the list."""
        self._keep = True
        self.reload(keep_position=True)

    def _first(self, n: int) -> None:
        if not self._keep:
            self.first_page.emit(n)
        self.page_loaded.emit(self.total, self.counted)

    def list_args(self):
        return self.query, self.state

    # The search is plain SQL (app/services/search.py) on the local file's sqlite3
    # connection: the window's first page is listed before SQLAlchemy is loaded.
    run_read = staticmethod(_read)

    def open_list(self, s, args):
        from app.services import search
        query, state = args
        return search.search_list(s, query, state=state)

    def count(self, s, lst) -> int:
        from app.services import search
        return search.search_count(s, lst)

    def fetch(self, s, lst, seek):
        from app.services import search
        return search.search_page(s, lst, seek)

    def header(self, section: int) -> str:
        return self._headers[section]

    def _late(self, r) -> bool:
        return bool(r.due_date and r.state in workflow.OPEN_STATES and r.due_date < today_local())

    def cell(self, r, col: str, role: int, index: QModelIndex):
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
                # the short name (as on the worklist's chips); the full label is the tooltip
                st = workflow.STATES.get(r.state)
                return app_tr(st.short_label) if st else r.state
            if col == "receipt":
                return r.receipt_number or ""
            if col == "submitted":
                return fmt_datetime(r.submitted_at)
            if col == "due":
                return fmt_date(r.due_date)
        elif role == Qt.ItemDataRole.ToolTipRole:
            if col == "due" and self._late(r):
                return self.tr("Melewati standar waktu pelayanan")
            if col == "state":
                st = workflow.STATES.get(r.state)
                return app_tr(st.label) if st else r.state
            if col in ("permit", "name"):
                return self.cell(r, col, Qt.ItemDataRole.DisplayRole, index)
        elif role == Qt.ItemDataRole.ForegroundRole:
            if col == "due" and self._late(r):
                return QBrush(LATE)
        elif role == Qt.ItemDataRole.AccessibleTextRole:
            return self.cell(r, col, Qt.ItemDataRole.DisplayRole, index)
        return None
