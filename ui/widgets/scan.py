"""Opening a file by its QR or number: the scan box at the top of counters 4
and 5, and the catcher of a USB scanner.

A USB barcode/QR scanner is a keyboard: it types a burst of keys and Enter,
into whatever widget has the focus. `ScanCatcher` tells that burst from a
person typing and emits it as one `scanned(text)`, wherever the focus is in its
window. Counter 2's catcher is window-wide (a scan on any page opens the file
at counter 2); a page's own catcher (`visible_only`, the scan bar of counters 4
and 5) takes the scan while its page is shown, and the window-wide one then
leaves it alone. A page's catcher leaves the page's text fields their keys (the
scan box itself takes a scan as typing and Enter).

`ScanBar` is the box, the Buka button and the page's catcher in one row:
`submitted(text)` for Enter, the button and a scan.
"""
from __future__ import annotations

import time
import weakref

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)

# a page's catcher leaves typing in its text fields alone (a reprint reason, counter 5's
# receipt proof, which is scanned into on purpose): it catches the scan that arrives
# while the focus is on a button, the preview or a table
_TEXT_FIELDS = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)
# every live catcher, so the window-wide one can see a page's own
_catchers: weakref.WeakSet[ScanCatcher] = weakref.WeakSet()


class ScanCatcher(QObject):
    """Catches a USB barcode/QR scanner (a keyboard that types a burst and
    presses Enter) anywhere in `scope`'s window.

    Printable keys are held back for `interval_ms`: if the next key comes
    sooner, it belongs to the same burst. Enter closing a burst of at least
    `min_length` keys is a scan (emitted, the keys never reach the widget);
    otherwise held keys are replayed to the widget that had them, in order, a
    few milliseconds late — unnoticeable when a person types."""

    scanned = Signal(str)

    def __init__(self, scope: QWidget, interval_ms: int = 50, min_length: int = 4,
                 visible_only: bool = False) -> None:
        super().__init__(scope)
        self.scope = scope
        self.visible_only = visible_only
        _catchers.add(self)
        self.interval_ms = interval_ms
        self.min_length = min_length
        self._held: list[tuple[QObject, QKeyEvent]] = []
        self._last = 0.0
        self._replaying = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.flush)

    def eventFilter(self, obj, event) -> bool:
        if self._replaying or event.type() != QEvent.Type.KeyPress or not isinstance(obj, QWidget):
            return False
        try:
            # only keys meant for the counter's own window (never a dialog's)
            if obj.window() is not self.scope.window():
                return False
            if not self._mine() or (self.visible_only and isinstance(obj, _TEXT_FIELDS)):
                return False
        except RuntimeError:   # scope already deleted
            return False
        now = time.monotonic() * 1000
        text = event.text()
        mods = event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
        if text and text.isprintable() and mods == Qt.KeyboardModifier.NoModifier:
            if self._held and now - self._last > self.interval_ms:
                self.flush()
            self._held.append((obj, QKeyEvent(event.type(), event.key(), event.modifiers(), text,
                                              event.isAutoRepeat(), event.count())))
            self._last = now
            self._timer.start(self.interval_ms)
            return True
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._held \
                and now - self._last <= self.interval_ms and len(self._held) >= self.min_length:
            scanned = "".join(e.text() for _, e in self._held)
            self._held.clear()
            self._timer.stop()
            self.scanned.emit(scanned)
            return True
        if self._held:
            self.flush()
            # the replayed keys may have moved the focus (e.g. opened a cell
            # editor): this key belongs where the focus is now
            now_focus = QApplication.focusWidget()
            if now_focus is not None and now_focus is not obj:
                self._replaying = True
                try:
                    QApplication.sendEvent(now_focus, QKeyEvent(
                        event.type(), event.key(), event.modifiers(), event.text(),
                        event.isAutoRepeat(), event.count()))
                finally:
                    self._replaying = False
                return True
        return False

    def _mine(self) -> bool:
        """A page's own catcher works while its page is shown; the window-wide
        one leaves a scan to such a page."""
        if self.visible_only:
            return self.scope.isVisible()
        return not any(c is not self and c.visible_only and shiboken6.isValid(c) and c._shown_in(self.scope.window())
                       for c in list(_catchers))

    def _shown_in(self, window) -> bool:
        try:
            return self.scope.window() is window and self.scope.isVisible()
        except RuntimeError:
            return False

    def flush(self) -> None:
        """Replay held keys to their widgets (a person was typing)."""
        self._timer.stop()
        held, self._held = self._held, []
        self._replaying = True
        try:
            for obj, ev in held:
                if shiboken6.isValid(obj):
                    QApplication.sendEvent(obj, ev)
        finally:
            self._replaying = False


def bar_placeholder() -> str:
    return QCoreApplication.translate("ScanBar", "Pindai QR tanda terima, atau ketik nomor tanda terima / "
                                                 "nomor permohonan, lalu Enter")


def scan_box(parent: QWidget | None, placeholder: str) -> QLineEdit:
    box = QLineEdit(parent)
    box.setObjectName("scanBox")
    box.setPlaceholderText(placeholder)
    box.setClearButtonEnabled(True)
    box.setMinimumHeight(34)
    return box


class ScanBar(QWidget):
    """[ scan box ······ ] [Buka]: Enter, the button, or a scan anywhere on the
    page emit `submitted(text)`; `box` is the line edit (F4 focuses it)."""

    submitted = Signal(str)

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = scan_box(self, placeholder)
        self.open_button = QPushButton(self.tr("Buka"))
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.box, 1)
        lay.addWidget(self.open_button)
        self.box.returnPressed.connect(lambda: self.submitted.emit(self.box.text()))
        self.open_button.clicked.connect(lambda: self.submitted.emit(self.box.text()))
        self.catcher: ScanCatcher | None = None

    @classmethod
    def for_receipt(cls, page: QWidget, open_text) -> ScanBar:
        """The bar of a counter that opens a file by its receipt (counters 4 and 5):
        the one placeholder, `open_text(text)` on Enter, the button or a scan on the page."""
        bar = cls(bar_placeholder(), page)
        bar.submitted.connect(open_text)
        bar.catch_scans(page)
        return bar

    def catch_scans(self, page: QWidget) -> None:
        """A scan anywhere on `page` (while it is shown) lands in the box and opens."""
        self.catcher = ScanCatcher(page, visible_only=True)
        self.catcher.scanned.connect(self._scanned)
        QApplication.instance().installEventFilter(self.catcher)  # type: ignore[union-attr]

    def _scanned(self, text: str) -> None:
        self.box.setText(text.strip())
        self.submitted.emit(text)

    def focus(self) -> None:
        self.box.setFocus()
        self.box.selectAll()
