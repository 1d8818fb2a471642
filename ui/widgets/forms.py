"""Form parts every dialog uses: the error line, the password field and the
password typed twice, Simpan/Batal, the wait cursor of a short call, and the
sizing fixes Qt needs for bold default buttons and wrapped labels.

`FormDialog` is the frame of the small dialogs (officers, passwords): an optional
intro, one form, the error line and Simpan/Batal calling `submit()`.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.widgets import theme

T = TypeVar("T")


class PasswordEdit(QLineEdit):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setMaxLength(128)
        # No clipboard copy out of a password field, no autocompletion.
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setInputMethodHints(Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhNoPredictiveText
                                 | Qt.InputMethodHint.ImhSensitiveData)


class ErrorLabel(QLabel):
    """The one line under a form that says, in red, why it was refused (hidden when empty)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("formError")
        self.setWordWrap(True)
        self.setStyleSheet(theme.error_style(bold=True))
        self.setAccessibleName(self.tr("Pesan kesalahan"))
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))
        win = self.window()
        if win is not self and win.layout() is not None:
            refit(win)


class PasswordPair:
    """A new password typed twice, as two rows of a form. `matches()` tells the
    officer when the two differ (and clears the repeat for a new try)."""

    def __init__(self, form: QFormLayout, label: str, repeat_label: str, names: tuple[str, str],
                 placeholder: str = ""):
        self.password = PasswordEdit()
        self.password.setObjectName(names[0])
        if placeholder:
            self.password.setPlaceholderText(placeholder)
        self.repeat = PasswordEdit()
        self.repeat.setObjectName(names[1])
        form.addRow(label, self.password)
        form.addRow(repeat_label, self.repeat)

    def text(self) -> str:
        return self.password.text()

    def matches(self, error: ErrorLabel, message: str) -> bool:
        if self.password.text() == self.repeat.text():
            return True
        error.show_message(message)
        self.repeat.clear()
        self.repeat.setFocus()
        return False


def busy(fn: Callable[[], T]) -> T:
    """Run a short service call (a password hash takes ~0.2 s) with a wait cursor."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return fn()
    finally:
        QGuiApplication.restoreOverrideCursor()


def fit_bold(button: QPushButton) -> None:
    """The style sheet makes default buttons bold, but Qt sizes them with the
    regular font and clips the label; reserve the bold width (style sheets win
    over setMinimumWidth, so it is said in one)."""
    font = QFont(button.font())
    font.setBold(True)
    width = QFontMetrics(font).horizontalAdvance(button.text().replace("&", "")) + 8
    button.setStyleSheet(f"QPushButton {{ min-width: {width}px; }}")


def refit(dialog: QWidget) -> None:
    """Grow the dialog to its wrapped labels' height (Qt sizes top-level windows
    without height-for-width)."""
    lay = dialog.layout()
    need = lay.totalHeightForWidth(dialog.width())  # type: ignore[union-attr]
    if need > dialog.height():
        dialog.resize(dialog.width(), need)


def save_cancel(dialog) -> QDialogButtonBox:
    """Simpan (default, runs dialog.submit) and Batal (rejects): the officer dialogs' buttons."""
    buttons = QDialogButtonBox()
    ok = buttons.addButton(dialog.tr("Simpan"), QDialogButtonBox.ButtonRole.AcceptRole)
    ok.setDefault(True)
    fit_bold(ok)
    cancel = buttons.addButton(dialog.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
    ok.clicked.connect(dialog.submit)
    cancel.clicked.connect(dialog.reject)
    return buttons


class FormDialog(QDialog):
    """intro (optional, `add_intro`) · form · error line · Simpan/Batal → `submit()`.
    Subclasses fill `self.form`, then call `finish()`."""

    def __init__(self, parent=None, margins: tuple[int, int, int, int] = (24, 20, 24, 16),
                 spacing: int | None = None):
        super().__init__(parent)
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(*margins)
        if spacing is not None:
            self.outer.setSpacing(spacing)
        self.form = QFormLayout()
        self.error = ErrorLabel()

    def add_intro(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        self.outer.addWidget(label)
        return label

    def finish(self, min_width: int) -> None:
        self.outer.addLayout(self.form)
        self.outer.addWidget(self.error)
        self.outer.addWidget(save_cancel(self))
        self.setMinimumWidth(min_width)

    def submit(self) -> None:  # pragma: no cover - every subclass defines it
        raise NotImplementedError
