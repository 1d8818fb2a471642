"""Small pieces every screen uses: message boxes with Indonesian buttons, time
and date display in the office time zone, the service-message translation.

Qt ships no Indonesian translation of its own buttons, so the boxes here set
their button texts themselves.
"""
from __future__ import annotations

import logging
from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app import clock

log = logging.getLogger("loket.ui")
translate = QCoreApplication.translate



def app_tr(text: str | None) -> str:
    """Translate a label that lives in app/ (workflow states, actions, roles)."""
    from app.i18n import tr
    return tr(text) if text else ""


# Indonesia has no daylight saving time: the three zones are fixed offsets, so
# no tz database is needed (Windows Python ships none).
_OFFSETS = {"Asia/Jakarta": 7, "Asia/Makassar": 8, "Asia/Jayapura": 9}
_ZONE_NAMES = {7: "WIB", 8: "WITA", 9: "WIT"}
_office_offset = 7


def set_office_timezone(name: str) -> None:
    global _office_offset
    _office_offset = _OFFSETS.get(name, 7)


def zone_name() -> str:
    return _ZONE_NAMES[_office_offset]


def local(dt: datetime | None) -> datetime | None:
    """Stored naive UTC → office local time (naive)."""
    if dt is None:
        return None
    return (dt.replace(tzinfo=UTC) + timedelta(hours=_office_offset)).replace(tzinfo=None)


def fmt_datetime(dt: datetime | None) -> str:
    d = local(dt)
    return d.strftime("%d-%m-%Y %H:%M") if d else ""


def fmt_date(d: date | datetime | None) -> str:
    if d is None:
        return ""
    if isinstance(d, datetime):
        d = local(d)
    return d.strftime("%d-%m-%Y")


def today_local() -> date:
    return local(clock.utcnow()).date()


def user_message(exc: BaseException) -> str:
    """What the officer reads: the service's own message for a refusal,
    a calm pointer to the log for anything unexpected."""
    from app.errors import LoketError
    if isinstance(exc, LoketError):
        return str(exc)
    return translate("widgets", "Terjadi kesalahan yang tidak terduga. Data yang sudah disimpan tetap aman.\n"
              "Rincian teknis dicatat di berkas log ({log}).").format(log=log_path_text())


def log_path_text() -> str:
    import logging.handlers
    for h in logging.getLogger("loket").handlers:
        if isinstance(h, logging.handlers.RotatingFileHandler):
            return h.baseFilename
    return "loket.log"


def _box(parent, icon, title: str, text: str, buttons, default=None) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    labels = {
        QMessageBox.StandardButton.Ok: translate("widgets", "OK"),
        QMessageBox.StandardButton.Yes: translate("widgets", "Ya"),
        QMessageBox.StandardButton.No: translate("widgets", "Tidak"),
        QMessageBox.StandardButton.Cancel: translate("widgets", "Batal"),
        QMessageBox.StandardButton.Close: translate("widgets", "Tutup"),
    }
    for b in buttons:
        btn = box.addButton(b)
        btn.setText(labels[b])
    if default is not None:
        box.setDefaultButton(default)
    return box


def error_box(parent: QWidget | None, text: str, title: str | None = None) -> None:
    _box(parent, QMessageBox.Icon.Warning, title or translate("widgets", "Loket"), text,
         [QMessageBox.StandardButton.Ok]).exec()


def info_box(parent: QWidget | None, text: str, title: str | None = None) -> None:
    _box(parent, QMessageBox.Icon.Information, title or translate("widgets", "Loket"), text,
         [QMessageBox.StandardButton.Ok]).exec()


def confirm(parent: QWidget | None, text: str, title: str | None = None) -> bool:
    box = _box(parent, QMessageBox.Icon.Question, title or translate("widgets", "Loket"), text,
               [QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No],
               QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def confirm_action(parent: QWidget | None, text: str, yes: str, title: str | None = None) -> bool:
    """A step that cannot be undone, asked once: Enter confirms (the button named
    `yes`), Esc cancels, so the keyboard flow stays one key longer, not more."""
    box = _box(parent, QMessageBox.Icon.Question, title or translate("widgets", "Loket"), text,
               [QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Cancel],
               QMessageBox.StandardButton.Yes)
    box.button(QMessageBox.StandardButton.Yes).setText(yes.replace("&", "&&"))
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    box.setInformativeText(translate("widgets", "Enter = {yes} · Esc = batal").format(yes=yes))
    return box.exec() == QMessageBox.StandardButton.Yes


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


def hline() -> QFrame:
    f = QFrame()
    f.setFrameShape(QFrame.Shape.HLine)
    f.setObjectName("separator")
    return f


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
        self._items = []
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
