"""The worklist's rows: pages of app.services.backoffice.worklist fetched as the
officer scrolls, and the delegate that tints a late row."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QStyle, QStyledItemDelegate

from ui import worker
from ui.pages.worklist.common import OVERDUE_BG, OVERDUE_FG, _d, _dt
from ui.widgets import user_message

ROW_ROLE = Qt.ItemDataRole.UserRole + 1


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
