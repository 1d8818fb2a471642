"""Counter 2 meets a SiCantik file whose permit type is not mapped yet: an officer
allowed to (administrator, or named in `sicantik.counter_mappers`) picks the Loket
permit type on the spot. The choice becomes the office's mapping (audited) and the
file is imported from the rows SiCantik already sent (app/sicantik/counter.py).

    if offer_pick(page, loket, actor, exc, on_done=open_file):   # exc from the lookup
        return
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from app.sicantik import counter
from app.sicantik.importer import UnmappedPermit
from ui import worker
from ui.widgets import theme, user_message


class PickPermitDialog(QDialog):
    def __init__(self, loket, actor, exc: UnmappedPermit, parent=None) -> None:
        super().__init__(parent)
        self.loket, self.actor, self.exc = loket, actor, exc
        self.app_id: str | None = None
        self.setWindowTitle(self.tr("Jenis izin SiCantik belum dipetakan"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 20, 24, 16)
        what = exc.sicantik_name or "-"
        if exc.sicantik_id:
            what += " " + self.tr("(id {id})").format(id=exc.sicantik_id)
        intro = QLabel(self.tr("Permohonan <b>{no}</b> ada di SiCantik dengan jenis izin <b>{what}</b>, yang "
                               "belum dipetakan ke jenis izin Loket.<br>Pilih jenis izin Loket-nya. Pilihan ini "
                               "dicatat sebagai pemetaan kantor (dengan nama Anda), dan berkas berikutnya "
                               "dengan jenis izin ini diimpor sendiri.").format(no=exc.no_permohonan, what=what))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        lay.addWidget(intro)
        self.permit = QComboBox()
        self.permit.setObjectName("pickPermitType")
        self.permit.setEditable(True)          # type to filter: offices have dozens of types
        self.permit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.permit.addItem("", None)
        for code, name in counter.permit_choices(loket):
            self.permit.addItem(f"{name} ({code})", code)
        comp = self.permit.completer()
        comp.setFilterMode(Qt.MatchFlag.MatchContains)  # type: ignore[union-attr]
        comp.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)  # type: ignore[union-attr]
        label = QLabel(self.tr("&Jenis izin Loket"))
        label.setBuddy(self.permit)
        lay.addWidget(label)
        lay.addWidget(self.permit)
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(theme.error_style())
        lay.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Petakan dan buka berkas"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Batal"))
        self.buttons.accepted.connect(self.choose)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())
        self.permit.setFocus()

    def code(self) -> str | None:
        i = self.permit.findText(self.permit.currentText())
        return self.permit.itemData(i) if i >= 0 else None

    def choose(self) -> None:
        code = self.code()
        if not code:
            self.error.setText(self.tr("Pilih jenis izin Loket dari daftar."))
            return
        self.buttons.setEnabled(False)
        loket, actor, no = self.loket, self.actor, self.exc.no_permohonan

        def done(app_id) -> None:
            self.app_id = app_id
            self.accept()

        def failed(exc) -> None:
            self.buttons.setEnabled(True)
            self.error.setText(user_message(exc))

        worker.run(lambda: counter.choose_permit_type(loket, actor, no, code), on_done=done, on_error=failed,
                   context=self)


def offer_pick(parent, loket, actor, exc, on_done) -> bool:
    """When `exc` is an unmapped SiCantik type and this officer may map it: ask, then
    `on_done(application id)`. True when the dialog was offered."""
    if not isinstance(exc, UnmappedPermit) or not counter.may_choose_permit(loket, actor):
        return False
    dlg = PickPermitDialog(loket, actor, exc, parent)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.accepted.connect(lambda: on_done(dlg.app_id))
    dlg.open()
    return True
