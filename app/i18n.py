"""User-facing text of the service layer.

Messages are written in Indonesian and wrapped in ``tr()``. Without Qt this is
the identity; the GUI installs Qt's translator (``set_translator``) so the same
strings come out in English when that language is chosen. The context is
"app" for every service message, which pyside6-lupdate extracts from the
``QT_TRANSLATE_NOOP``-style calls below.
"""
from __future__ import annotations

from collections.abc import Callable

_translate: Callable[[str, str], str] | None = None


def set_translator(fn: Callable[[str, str], str] | None) -> None:
    global _translate
    _translate = fn


def tr(text: str, context: str = "app") -> str:
    return _translate(context, text) if _translate else text
