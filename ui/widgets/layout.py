"""Layout pieces: a separator line, a row of widgets, emptying a layout, a wrapping
flow layout, and the dashboard's count card."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)


class CountCard(QPushButton):
    """A number with a caption on the dashboard; click (or Enter) to list those files."""

    activated = Signal(object)

    def __init__(self, caption: str, key, parent=None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName("countCard")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 10, 16, 10)
        lay.setSpacing(0)
        self.number = QLabel("…")
        self.number.setObjectName("cardNumber")
        self.caption = QLabel(caption)
        self.caption.setObjectName("cardCaption")
        self.caption.setWordWrap(True)
        for w in (self.number, self.caption):
            w.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            lay.addWidget(w)
        self.setMinimumHeight(lay.sizeHint().height() + 8)
        self.clicked.connect(lambda: self.activated.emit(self.key))
        self.setAccessibleName(caption)

    def set_count(self, n: int | None) -> None:
        self.number.setText("–" if n is None else f"{n:,}".replace(",", "."))
        self.setAccessibleDescription(self.number.text())


def hline(sunken: bool = False) -> QFrame:
    f = QFrame()
    f.setFrameShape(QFrame.Shape.HLine)
    if sunken:
        f.setFrameShadow(QFrame.Shadow.Sunken)
    f.setObjectName("separator")
    return f


def file_summary(page: QWidget, rows, selectable: bool = False) -> tuple[QLabel, QFormLayout, dict[str, QLabel]]:
    """The opened file at the top of a counter page: its title ("Belum ada berkas
    dibuka." until one is), and one "label: value" row per (key, label) of `rows`
    (labels translated in the page's context; values are data, never markup)."""
    title = QLabel(QCoreApplication.translate("file_summary", "Belum ada berkas dibuka."))
    title.setObjectName("pageTitle")
    title.setWordWrap(True)
    title.setTextFormat(Qt.TextFormat.PlainText)
    form = QFormLayout()
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
    fields: dict[str, QLabel] = {}
    for key, label in rows:
        v = QLabel("—")
        v.setWordWrap(True)
        v.setTextFormat(Qt.TextFormat.PlainText)
        if selectable:
            v.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        fields[key] = v
        form.addRow(page.tr(label) + ":", v)
    return title, form, fields


def clear(layout: QLayout) -> None:
    """Take every item out of `layout`; its widgets are hidden now and deleted once the
    event loop runs (a list rebuilt from new data: a timeline, a grid of fields)."""
    while layout.count():
        item = layout.takeAt(0)
        w = item.widget() if item is not None else None
        if w is not None:
            w.hide()
            w.deleteLater()


def row(*widgets, spacing: int = 8) -> QHBoxLayout:
    lay = QHBoxLayout()
    lay.setSpacing(spacing)
    for w in widgets:
        if w is None:
            lay.addStretch(1)
        else:
            lay.addWidget(w)
    return lay


class FlowLayout(QLayout):
    """Widgets left to right, wrapping onto the next line when the row is full
    (state chips, action buttons): nothing is cut on a narrow screen."""

    def __init__(self, parent=None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items = []  # type: ignore[var-annotated]
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item) -> None:
        self._items.append(item)

    def count(self):
        return len(self._items)

    def itemAt(self, i):
        return self._items[i] if 0 <= i < len(self._items) else None

    def takeAt(self, i):
        return self._items.pop(i) if 0 <= i < len(self._items) else None

    def expandingDirections(self):
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width):
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self):
        return self.minimumSize()

    def minimumSize(self):
        size = QSize()
        for it in self._items:
            size = size.expandedTo(it.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _place(self, rect, move: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line = area.x(), area.y(), 0
        for it in self._items:
            if it.widget() is not None and not it.widget().isVisibleTo(self.parentWidget()):
                continue
            hint = it.sizeHint()
            if x > area.x() and x + hint.width() > area.right() + 1:
                x, y, line = area.x(), y + line + self._spacing, 0
            if move:
                it.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line = max(line, hint.height())
        return y + line - rect.y() + m.bottom()
