"""The worklist's rows: the windowed paged model over
app.services.worklist.worklist_list, and the delegate that tints a late row.

The list is opened and counted in a unit of work (a session: the filters, the
calendar and the office's time zone are read once, there); its pages are read
with plain SQL on the file's sqlite3 connection (`unit.read`, as the search
table does), without a session or the ORM's execute: at a million files a page
is then the query and the rows' decoding, which is what Ctrl+End waits for. What
a paint asks of a cell (text, font, colours, alignment) is worked out once per
row, all its cells in one call, while its page is in the window (`paint_row`), not
per cell, role and paint: a paint after Ctrl+End asks 7 roles of 160 cells."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QStyle, QStyledItemDelegate

from app import workflow
from ui.pages.worklist.common import OVERDUE_BG, OVERDUE_FG, _d, _dt
from ui.widgets import app_tr
from ui.widgets.paged import ROW_ROLE, PagedModel

_TEXT = {
    "no": lambda r: r.no_permohonan, "name": lambda r: r.applicant_name, "permit": lambda r: r.permit_type,
    "state": lambda r: _short_state(r), "due": lambda r: _d(r.due_date),
    # day and month only: the year is in the tooltip (the column must fit at 1366 px)
    "since": lambda r: (f"{r.state_since.day:02d}-{r.state_since.month:02d} "
                        f"{r.state_since.hour:02d}:{r.state_since.minute:02d}") if r.state_since else "",
    "left": lambda r: "" if r.days_left is None else str(r.days_left),
    "holder": lambda r: r.holder_name or "",
}
_OVERDUE_BG, _OVERDUE_FG = QBrush(OVERDUE_BG), QBrush(OVERDUE_FG)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_DISPLAY, _ALIGN, _BACKGROUND, _FOREGROUND, _FONT = (int(r) for r in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole))


def _short_state(r) -> str:
    """The state chip's short name (the full label is the cell's tooltip): the column
    must fit beside seven others at 1366 px. An office's own states keep their label."""
    st = workflow.STATES.get(r.state)
    return app_tr(st.short_label) if st is not None and st.short_label else r.state_label


class OverdueDelegate(QStyledItemDelegate):
    """Tints overdue rows. The style sheet styles table items, which makes Qt
    ignore the model's BackgroundRole, so the tint is painted here first."""

    def paint(self, painter, option, index) -> None:
        r = index.data(ROW_ROLE)
        if r is not None and r.overdue and not (option.state & QStyle.StateFlag.State_Selected):
            painter.fillRect(option.rect, OVERDUE_BG)
        super().paint(painter, option, index)


def _plain_read(loket, fn):
    from app import unit
    return unit.read(loket, fn)


class WorklistModel(PagedModel):
    """The files waiting on this officer, soonest due first: the windowed paged
    model (ui/widgets/paged.py) over `worklist.worklist_list`."""

    page_loaded = Signal(int, int)       # rows in the list, total (the same number: every row is reachable)
    notice = Signal(str)

    # due date and days left come first after the name: the question of the day is "what is late"
    COLUMNS = ("no", "name", "due", "left", "state", "permit", "since", "holder")
    ROLES = frozenset(int(r) for r in (
        Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ToolTipRole))
    page_read = staticmethod(_plain_read)

    def __init__(self, loket, actor, parent: QObject | None = None, page_size: int = 100,
                 window_pages: int = 12) -> None:
        super().__init__(loket, parent, page_size, window_pages)
        self.actor = actor
        self._bold: QFont | None = None
        self.filters = dict(query="", state=None, overdue_only=False, mine_only=True)
        self._headers = (self.tr("No. Permohonan"), self.tr("Pemohon"), self.tr("Jatuh Tempo"),
                         self.tr("Sisa"), self.tr("Status"), self.tr("Jenis Izin"),
                         self.tr("Sejak"), self.tr("Pemegang"))
        self.opened.connect(lambda _n: self.notice.emit(self._list.notice if self._list is not None else ""))
        self.count_known.connect(lambda n: self.page_loaded.emit(n, n))

    def set_filters(self, **kw) -> None:
        self.filters.update(kw)
        self.reload()

    def refresh(self) -> None:
        self.reload(keep_position=True)

    def list_args(self):
        return self.actor, dict(self.filters)

    def open_list(self, s, args):
        from app.services import worklist
        actor, f = args
        return worklist.worklist_list(s, actor, **f)

    def count(self, s, lst) -> int:
        from app.services import worklist
        n = worklist.worklist_count(s, lst)
        worklist.worklist_prepare(s, lst)      # Ctrl+End's statements, while the view shows the top
        return n

    def fetch(self, conn, lst, seek):
        # conn: the sqlite3 connection of unit.read (page_read)
        from app.services import worklist
        return worklist.worklist_page(conn, lst, seek)

    def header(self, section: int) -> str:
        return self._headers[section]

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        # the short headers ("Sisa", "Sejak") say in full what they count
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            col = self.COLUMNS[section]
            if col == "left":
                return self.tr("Sisa hari kerja sampai jatuh tempo")
            if col == "since":
                return self.tr("Sejak kapan berkas berada di status ini")
            return self.header(section)
        return super().headerData(section, orientation, role)

    def paint_row(self, r) -> list[dict[int, object]]:
        """What a paint asks of each cell of row r: the same answers as `cell` for
        PAINT_ROLES (tests/gui/test_paged_gui.py holds them equal), in one call."""
        looks = self._looks_overdue if r.overdue else self._looks
        if looks is None:
            plain, late = self._make_looks()
            looks = late if r.overdue else plain
        return [{**look, _DISPLAY: text(r)} for look, text in zip(looks, _TEXTS, strict=True)]

    _looks: list[dict[int, object]] | None = None
    _looks_overdue: list[dict[int, object]] | None = None

    def _make_looks(self) -> tuple[list[dict[int, object]], list[dict[int, object]]]:
        # per column, what does not depend on the row's text (a QFont needs the application)
        bold = self._bold_font()
        plain, late = [], []
        for col in self.COLUMNS:
            look: dict[int, object] = {_ALIGN: _RIGHT} if col == "left" else {}
            plain.append(look)
            late.append({**look, _BACKGROUND: _OVERDUE_BG,
                         **({_FOREGROUND: _OVERDUE_FG, _FONT: bold} if col in ("due", "left") else {})})
        self._looks, self._looks_overdue = plain, late
        return plain, late

    def _bold_font(self) -> QFont:
        if self._bold is None:       # made once (a QFont needs the application to exist)
            self._bold = QFont()
            self._bold.setBold(True)
        return self._bold

    def cell(self, r, col: str, role: int, index: QModelIndex):
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            # only the asked column: a painted page asks for each cell in several roles
            return _TEXT[col](r)
        if role == Qt.ItemDataRole.BackgroundRole and r.overdue:
            return _OVERDUE_BG
        if role == Qt.ItemDataRole.ForegroundRole and r.overdue and col in ("due", "left"):
            return _OVERDUE_FG
        if role == Qt.ItemDataRole.FontRole and r.overdue and col in ("due", "left"):
            return self._bold_font()
        if role == Qt.ItemDataRole.TextAlignmentRole and col == "left":
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            if r.overdue:
                return self.tr("Terlambat {n} hari kerja dari batas waktu {d}").format(
                    n=-(r.days_left or 0), d=_d(r.due_date))
            if col == "name":      # the permit type may have no column (page._fit_split)
                return f"{r.applicant_name} — {r.permit_type}"
            if col in ("state", "since"):
                # "since" has no column at 1366 px (see page._show_holder): the state says it
                return (self.tr("{state} — sejak {since}").format(state=r.state_label, since=_dt(r.state_since))
                        if r.state_since else r.state_label)
            if col == "left":
                return self.tr("Sisa hari kerja sampai jatuh tempo")
            return self.cell(r, col, Qt.ItemDataRole.DisplayRole, index)
        return None


# the text of each column, in the model's column order
_TEXTS = tuple(_TEXT[c] for c in WorklistModel.COLUMNS)
