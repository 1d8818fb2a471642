"""Typed inputs for a permit type's technical data (`data_teknis`: name, type,
required, choices — app/services/permit_types.py FieldSpec), shared by counter 2's
walk-in form and the back office's data entry.

Each type gets the input an officer expects: a choice list for `pilihan`, a
field that takes only digits and separators for `angka`, a date typed as on the
rest of the form (HH-BB-TTTT) for `tanggal`. The label marks a required field
with *. What is typed is checked again by the service (`clean_technical`), which
stores a date as the SK prints it."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget


def label(spec) -> str:
    return spec.name + (" *" if spec.required else "")


def make_input(spec, value: str = "") -> QWidget:
    """One input for one field, holding `value` (as stored)."""
    if spec.type == "pilihan" and spec.choices:
        w = QComboBox()
        w.addItem("— " + QCoreApplication.translate("TechnicalFields", "pilih") + " —", "")
        for c in spec.choices:
            w.addItem(c, c)
        i = w.findData(value)
        if i < 0 and value:            # a value from before the choices changed stays visible
            w.addItem(value, value)
            i = w.count() - 1
        w.setCurrentIndex(max(0, i))
    else:
        w = QLineEdit(str(value or ""))  # type: ignore[assignment]
        w.setMaxLength(500)  # type: ignore[attr-defined]
        if spec.type == "angka":
            w.setValidator(QRegularExpressionValidator(QRegularExpression(r"-?[0-9.,]*"), w))
            w.setPlaceholderText(QCoreApplication.translate("TechnicalFields", "angka, mis. 1.250 atau 12,5"))
        elif spec.type == "tanggal":
            w.setPlaceholderText(QCoreApplication.translate("TechnicalFields", "HH-BB-TTTT"))
    w.setAccessibleName(spec.name)
    w.setToolTip(spec.name + (" — " + QCoreApplication.translate("TechnicalFields", "wajib diisi") if spec.required else ""))
    return w


def value_of(w: QWidget) -> str:
    if isinstance(w, QComboBox):
        return w.currentData() or ""
    return w.text() if isinstance(w, QLineEdit) else ""
