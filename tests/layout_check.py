"""What "reads fully" means on a small counter screen, as code: shared by the
layout test and the screenshot script.

A screen W×H at scale S gives Qt W/S × H/S logical pixels (fonts are in points,
so 125 % is the same layout as a screen 1/1.25 the size); the taskbar takes
40 physical pixels and the window's title bar 30 logical ones.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTabBar,
    QTreeWidget,
    QWidget,
)

SCREENS = [(1366, 768, 1.0), (1366, 768, 1.25), (1280, 720, 1.0), (1280, 720, 1.25)]
TASKBAR, TITLE_BAR = 40, 30
_RAW = re.compile(r"&(?=[\s\W]|$)")       # an "&" Qt would show as "_" or eat ("&&" is a real "&")


class _Raw:
    @staticmethod
    def search(text: str):
        return _RAW.search(text.replace("&&", ""))


RAW_MNEMONIC = _Raw()


def client_size(w: int, h: int, scale: float) -> tuple[int, int]:
    return int(w / scale), int((h - TASKBAR) / scale) - TITLE_BAR


def _in_scroll_area(w: QWidget, top: QWidget) -> bool:
    p = w.parentWidget()
    while p is not None and p is not top:
        if isinstance(p, QAbstractScrollArea) and not isinstance(p, QAbstractItemView):
            return True
        p = p.parentWidget()
    return False


def _shown_text(w: QWidget) -> str:
    if isinstance(w, QAbstractButton):
        return w.text()
    if isinstance(w, QGroupBox):
        return w.title()
    return ""


def problems(top: QWidget) -> list[str]:
    """Clipped text, raw "&", widgets outside the window, elided list entries."""
    out: list[str] = []
    win = QRect(QPoint(0, 0), top.size())
    for w in top.findChildren(QWidget):
        if not w.isVisible() or w.window() is not top:
            continue
        name = f"{type(w).__name__} “{_shown_text(w) or (w.text() if isinstance(w, QLabel) else '')}”"[:120]
        text = _shown_text(w)
        if text and RAW_MNEMONIC.search(text):
            out.append(f"raw & in {name}")
        if isinstance(w, QTabBar):
            for i in range(w.count()):
                if RAW_MNEMONIC.search(w.tabText(i)):
                    out.append(f"raw & in tab “{w.tabText(i)}”")
                if w.tabRect(i).width() < w.tabSizeHint(i).width() - 2:
                    out.append(f"tab “{w.tabText(i)}” cut")
        inside_scroll = _in_scroll_area(w, top)
        if not inside_scroll:
            r = QRect(w.mapTo(top, QPoint(0, 0)), w.size())
            if r.width() > 0 and r.height() > 0 and not win.contains(r):
                out.append(f"{name} outside the window: {r.getRect()} not in {win.getRect()}")
        hint = w.sizeHint()
        if isinstance(w, QAbstractButton) or isinstance(w, QComboBox):
            if w.width() < hint.width() - 2:
                out.append(f"{name} cut: {w.width()} < {hint.width()}")
        elif isinstance(w, QLabel) and w.text() and w.pixmap().isNull():
            if w.wordWrap():
                need = w.heightForWidth(w.width())
                if need > 0 and w.height() < need - 2:
                    out.append(f"{name} cut: height {w.height()} < {need}")
            elif w.width() < hint.width() - 2 and not w.text().startswith("<"):
                out.append(f"{name} cut: {w.width()} < {hint.width()}")
        elif isinstance(w, QLineEdit) and w.placeholderText() and not w.text():
            pass       # a placeholder may run under the field's edge: it is a hint, not data
        if isinstance(w, QListWidget):
            fm, room = w.fontMetrics(), w.viewport().width()
            for i in range(w.count()):
                it = w.item(i)
                if it.isHidden():
                    continue
                rect = w.visualItemRect(it)
                lines = max(1, rect.height() // max(1, fm.lineSpacing()))
                if fm.horizontalAdvance(it.text()) + 24 > room * lines:
                    out.append(f"list entry “{it.text()}” cut ({room}px)")
        if isinstance(w, QTreeWidget) and w.isHeaderHidden():
            fm = w.fontMetrics()
            for i in range(w.topLevelItemCount()):
                items = [w.topLevelItem(i)] + [w.topLevelItem(i).child(j) for j in range(w.topLevelItem(i).childCount())]
                for it in items:
                    rect = w.visualItemRect(it)
                    if rect.isEmpty():
                        continue
                    width = w.columnWidth(0) - (w.indentation() if it.parent() else 0)
                    lines = max(1, rect.height() // max(1, fm.lineSpacing()))
                    if fm.horizontalAdvance(it.text(0)) + 12 > width * lines:
                        out.append(f"tree entry “{it.text(0)}” cut ({width}px)")
    return out
