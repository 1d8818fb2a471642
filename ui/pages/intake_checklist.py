"""The requirement checklist of counter 2, operated from the keyboard.

Up/Down (and Left/Right) move. Space changes a status only where the cursor
stands on one: on "Ada?" it marks the row ADA / TIDAK ADA, on "Bentuk" it
switches asli ↔ salinan; elsewhere Space changes nothing. A digit anywhere
goes to "Lembar"; a letter anywhere, and Enter from any column, open
"Keterangan", so typing a note ("STR kedaluwarsa") never changes a status.
In an open sheet count or note, Enter keeps it and goes to the next
requirement's "Ada?" cell (as a spreadsheet goes down a column), and Up/Down
keep it and move as in the table — so the arrows never change a count the
officer typed, and "Semua ADA" then a count per row is two keys a row
(digit, Enter). F2 edits the cell under the cursor; Tab leaves the table.
Every change emits `changed`, which the page saves (debounced), so a crash
loses at most the last fraction of a second.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, QRect, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from app.services.intake import Item
from ui.widgets import theme

PRESENT_BG = QColor("#e8f5ec")
MISSING_BG = QColor("#fdecea")
MISSING_FG = QColor(theme.LATE_FG)
PRESENT_FG = QColor("#1f6b3a")

# MARK is the mandatory "*" in a column of its own: at the end of a long name it was elided
# away with the name's tail ("Dokumen lingkungan (AMDAL/UKL-UPL/SPPL…")
NO, MARK, NAME, PRESENT, FORM, SHEETS, NOTE = range(7)

# the checklist's own cell padding (the style sheet's 4px 8px made a row 35 px: 4 rows showed
# at 1366×768); the name's wrap width in sizeHint allows for it, or a name that fits the column
# less the padding was measured one line high and painted elided
PAD_X, PAD_Y = 6, 1


class ChecklistModel(QAbstractTableModel):
    changed = Signal()
    status_changed = Signal(int)       # row whose ADA / asli status the officer just changed

    HEADERS = ("No", "*", "Persyaratan", "Ada?", "Bentuk", "Lembar", "Keterangan")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.items: list[Item] = []
        self.read_only = False

    def set_items(self, items: list[Item], read_only: bool = False) -> None:
        self.beginResetModel()
        self.items = items
        self.read_only = read_only
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            from PySide6.QtCore import QCoreApplication
            return QCoreApplication.translate("ChecklistModel", self.HEADERS[section])
        return None

    def flags(self, index):
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.read_only and index.column() in (SHEETS, NOTE):
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def _tr(self, text: str) -> str:
        from PySide6.QtCore import QCoreApplication
        return QCoreApplication.translate("ChecklistModel", text)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        it = self.items[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == NO:
                return str(index.row() + 1)
            if col == MARK:
                return "*" if it.mandatory else ""
            if col == NAME:
                return it.name
            if col == PRESENT:
                return {None: "—", True: "✔ " + self._tr("ADA"), False: "✘ " + self._tr("TIDAK ADA")}[it.present]
            if col == FORM:
                if not it.present:
                    return "—"
                return self._tr("Asli") if it.original else self._tr("Salinan")
            if col == SHEETS:
                return "" if it.sheets is None else str(it.sheets)
            if col == NOTE:
                return it.note
        if role == Qt.ItemDataRole.EditRole:
            if col == SHEETS:
                return it.sheets or 0
            if col == NOTE:
                return it.note
        if role == Qt.ItemDataRole.ToolTipRole and col in (MARK, NAME, FORM):
            # the full name first: a name longer than two lines is elided in its cell
            tips = [it.name, self._tr("Wajib") if it.mandatory else self._tr("Tidak wajib")]
            if it.original_needed:
                tips.append(self._tr("Asli harus diperlihatkan"))
            if it.hint:
                tips.append(it.hint)
            return " · ".join(tips)
        if role == Qt.ItemDataRole.FontRole and col == PRESENT and it.present is not None:
            f = QFont()
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.FontRole and col in (MARK, NAME) and it.mandatory:
            f = QFont()
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.BackgroundRole:
            if it.present:
                return QBrush(MISSING_BG) if it.deficiency else QBrush(PRESENT_BG)
            if it.present is False and it.mandatory:
                return QBrush(MISSING_BG)
        if role == Qt.ItemDataRole.ForegroundRole and col in (PRESENT, FORM):
            if it.deficiency and it.present is not None:
                return QBrush(MISSING_FG)
            if it.present and col == PRESENT:
                return QBrush(PRESENT_FG)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (NO, MARK, PRESENT, FORM, SHEETS):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{it.name}: {self.data(index.siblingAtColumn(PRESENT))}"
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if self.read_only or role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        it = self.items[index.row()]
        if index.column() == SHEETS:
            try:
                n = int(value) if str(value).strip() else None
            except ValueError:
                return False
            if n is not None and not 0 <= n <= 9999:
                return False
            it.sheets = n or None
            if n and not it.present:
                it.present, it.original = True, it.original_needed
        elif index.column() == NOTE:
            it.note = str(value)[:1000]
        else:
            return False
        self._row_changed(index.row())
        return True

    def toggle_present(self, row: int) -> None:
        if self.read_only:
            return
        it = self.items[row]
        it.present = not it.present
        if it.present:
            it.original = it.original_needed
        else:
            it.sheets = None     # TIDAK ADA has no sheet count (the service refuses one)
        self._row_changed(row)
        self.status_changed.emit(row)

    def toggle_original(self, row: int) -> None:
        if self.read_only:
            return
        it = self.items[row]
        if not it.present:
            it.present = True
            it.original = True
        else:
            it.original = not it.original
        self._row_changed(row)
        self.status_changed.emit(row)

    def mark_all_present(self) -> None:
        if self.read_only:
            return
        for it in self.items:
            if not it.present:
                it.present, it.original = True, it.original_needed
        if self.items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.items) - 1, NOTE))
            self.changed.emit()

    def _row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, NOTE))
        self.changed.emit()

    def describe(self, row: int) -> str:
        """The row's status in words, for the line that confirms a change."""
        it = self.items[row]
        if it.present is None:
            state = "—"
        elif not it.present:
            state = "✘ " + self._tr("TIDAK ADA")
        else:
            state = "✔ " + self._tr("ADA") + " (" + (self._tr("asli") if it.original else self._tr("salinan")) + ")"
        return f"{row + 1}. {it.name}: {state}"

    def deficiencies(self) -> list[Item]:
        return [it for it in self.items if it.deficiency]


class _CellDelegate(QStyledItemDelegate):
    """The editors of "Lembar" and "Keterangan": Enter, Up and Down end the entry (kept)
    and ask the view to move; Qt's own spin box would step the count on Up/Down."""

    # rows to move after the entry closed: +1 with Enter (to the next "Ada?") or ±1 with the arrows
    advance = Signal(int, bool)          # step, to the status column

    def sizeHint(self, option, index):
        size = super().sizeHint(option, index)
        view = self.parent()
        if index.column() == NAME and isinstance(view, QTableView):
            opt = QStyleOptionViewItem(option)
            self.initStyleOption(opt, index)
            width = max(view.columnWidth(NAME) - 2 * PAD_X - 8, 40)
            text = QFontMetrics(opt.font).boundingRect(QRect(0, 0, width, 10_000),
                                                       int(Qt.TextFlag.TextWordWrap), opt.text)
            size.setHeight(max(size.height(), text.height() + 2 * PAD_Y + 5))
        return size

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and not (event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                              | Qt.KeyboardModifier.AltModifier)):
            moves = {Qt.Key.Key_Return: (1, True), Qt.Key.Key_Enter: (1, True),
                     Qt.Key.Key_Down: (1, False), Qt.Key.Key_Up: (-1, False)}
            move = moves.get(Qt.Key(event.key()))
            from PySide6.QtWidgets import QWidget
            if move is not None and isinstance(editor, QWidget):
                self.commitData.emit(editor)
                self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
                self.advance.emit(*move)
                return True
        return super().eventFilter(editor, event)


class ChecklistView(QTableView):
    def __init__(self, model: ChecklistModel, parent=None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self._delegate = _CellDelegate(self)
        self._delegate.advance.connect(self._advance)
        self.setItemDelegate(self._delegate)
        self.setTabKeyNavigation(False)     # Tab leaves the table: no keyboard trap
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # no AnyKeyPressed: keyPressEvent routes digits to "Lembar" and letters to "Keterangan"
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked)
        self.setWordWrap(True)
        self.setAlternatingRowColors(False)
        self.setStyleSheet(f"QTableView::item {{ padding: {PAD_Y}px {PAD_X}px; }}")
        self.verticalHeader().hide()
        self.verticalHeader().setMinimumSectionSize(self.fontMetrics().height() + 8)
        h = self.horizontalHeader()
        # the name takes the room: the status columns are as wide as "✘ TIDAK ADA" and their
        # headers, the (mostly empty) note column narrow; a typed note shows in full in its editor
        h.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        em = self.fontMetrics().horizontalAdvance("M")
        for col, chars in ((NO, 3), (MARK, 1.8), (PRESENT, 10), (FORM, 6.5), (SHEETS, 6.5)):
            h.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            self.setColumnWidth(col, int(em * chars))
        h.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Interactive)
        self.setColumnWidth(NOTE, em * 9)
        self.setAccessibleName(self.tr("Daftar persyaratan"))
        model.modelReset.connect(self._after_reset)
        h.sectionResized.connect(lambda *_: self.fit_rows())

    def resizeEvent(self, e) -> None:
        super().resizeEvent(e)
        # wrapped requirement names: row heights follow the width actually given
        self.fit_rows()

    def fit_rows(self) -> None:
        """Each row as high as its cells (a wrapped name two lines). Not resizeRowsToContents:
        that takes the hidden row header's height too, which the style sheet's section padding
        makes 35 px — a row for every line of text."""
        for row in range(self.model().rowCount()):
            self.setRowHeight(row, self.sizeHintForRow(row))

    def _after_reset(self) -> None:
        self.fit_rows()
        if self.model().rowCount():
            self.setCurrentIndex(self.model().index(0, PRESENT))

    def _advance(self, step: int, to_status: bool) -> None:
        """After an entry closed with Enter/Up/Down: the next (or previous) requirement."""
        idx = self.currentIndex()
        if not idx.isValid():
            return
        row = min(max(idx.row() + step, 0), self.model().rowCount() - 1)
        self.setCurrentIndex(self.model().index(row, PRESENT if to_status else idx.column()))
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    # Space on a cell that is no status: the page says where Space works
    space_ignored = Signal()

    def _edit_in(self, idx, e=None) -> None:
        """Open the editor of `idx` and give it the key that asked for it."""
        self.setCurrentIndex(idx)
        self.edit(idx)
        if e is None:
            return
        from PySide6.QtWidgets import QApplication
        editor = self.indexWidget(idx) or QApplication.focusWidget()
        if editor is not None and editor is not self:
            QApplication.sendEvent(editor, e)

    def keyPressEvent(self, e) -> None:
        from PySide6.QtWidgets import QApplication
        idx = self.currentIndex()
        editing = self.state() == QAbstractItemView.State.EditingState
        if editing:
            # a key replayed to the table while its editor is open belongs to the editor
            editor = QApplication.focusWidget()
            # (only typed characters: Enter/Esc reach the table after the editor saw them)
            if not getattr(self, "_forwarding", False) and e.text() and e.text().isprintable() \
                    and editor is not None and editor is not self and self.isAncestorOf(editor):
                self._forwarding = True      # the editor may pass the key back up to the table
                try:
                    QApplication.sendEvent(editor, e)
                finally:
                    self._forwarding = False
                return
            super().keyPressEvent(e)
            return
        m: ChecklistModel = self.model()  # type: ignore[assignment]
        plain = not (e.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                                      | Qt.KeyboardModifier.MetaModifier))
        if not idx.isValid() or m.read_only:
            super().keyPressEvent(e)
            return
        if e.key() == Qt.Key.Key_Space and plain:
            if idx.column() == PRESENT:
                m.toggle_present(idx.row())
            elif idx.column() == FORM:
                m.toggle_original(idx.row())
            else:
                self.space_ignored.emit()
            return
        if e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            self._edit_in(idx.siblingAtColumn(NOTE))
            return
        text = e.text()
        if plain and text and text.isprintable() and not text.isspace():
            # a digit anywhere goes to "Lembar", any other character to "Keterangan"
            self._edit_in(idx.siblingAtColumn(SHEETS if text.isdigit() else NOTE), e)
            return
        super().keyPressEvent(e)
