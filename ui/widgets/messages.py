"""Message boxes with Indonesian buttons, and what the officer reads of an error.

Qt ships no Indonesian translation of its own buttons, so the boxes here set
their button texts themselves.

QMessageBox is imported when a box is shown: the window's start needs
`user_message` and `log_path_text` from here, and the first touch of
QMessageBox makes PySide build its type and enums (loket --smoke).
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger("loket.ui")
translate = QCoreApplication.translate


def user_message(exc: BaseException) -> str:
    """What the officer reads: the service's own message for a refusal,
    a calm pointer to the log for anything unexpected."""
    from app.errors import LoketError
    if isinstance(exc, LoketError):
        return str(exc)
    return translate("widgets", "Terjadi kesalahan yang tidak terduga. Data yang sudah disimpan tetap aman.\n"
              "Rincian teknis dicatat di berkas log ({log}).").format(log=log_path_text())


def log_path_text() -> str:
    for h in logging.getLogger("loket").handlers:
        if isinstance(h, logging.FileHandler):      # app.runtime.RotatingLog
            return h.baseFilename
    return "loket.log"


def _box(parent, icon, title: str, text: str, buttons, default=None) -> QMessageBox:
    from PySide6.QtWidgets import QMessageBox
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
    from PySide6.QtWidgets import QMessageBox
    _box(parent, QMessageBox.Icon.Warning, title or translate("widgets", "Loket"), text,
         [QMessageBox.StandardButton.Ok]).exec()


def info_box(parent: QWidget | None, text: str, title: str | None = None) -> None:
    from PySide6.QtWidgets import QMessageBox
    _box(parent, QMessageBox.Icon.Information, title or translate("widgets", "Loket"), text,
         [QMessageBox.StandardButton.Ok]).exec()


def confirm(parent: QWidget | None, text: str, title: str | None = None) -> bool:
    from PySide6.QtWidgets import QMessageBox
    box = _box(parent, QMessageBox.Icon.Question, title or translate("widgets", "Loket"), text,
               [QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No],
               QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def confirm_action(parent: QWidget | None, text: str, yes: str, title: str | None = None) -> bool:
    """A step that cannot be undone, asked once: Enter confirms (the button named
    `yes`), Esc cancels, so the keyboard flow stays one key longer, not more."""
    from PySide6.QtWidgets import QMessageBox
    box = _box(parent, QMessageBox.Icon.Question, title or translate("widgets", "Loket"), text,
               [QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Cancel],
               QMessageBox.StandardButton.Yes)
    box.button(QMessageBox.StandardButton.Yes).setText(yes.replace("&", "&&"))
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    box.setInformativeText(translate("widgets", "Enter = {yes} · Esc = batal").format(yes=yes))
    return box.exec() == QMessageBox.StandardButton.Yes
