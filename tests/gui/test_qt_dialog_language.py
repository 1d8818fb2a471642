"""Qt's own print and file dialogs speak the officer's language: Qt's qtbase_<lang>.qm
where Qt ships one (English), Loket's resources/translations/qtbase_id.qm for
Indonesian (Qt ships none)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton


@pytest.fixture
def indonesian(qapp):
    from ui.main import install_translator, remove_qt_translator
    install_translator(qapp, "id")
    yield qapp
    remove_qt_translator(qapp)


def test_every_qt_dialog_string_loket_shows_has_indonesian(indonesian):
    assert indonesian.property("qt_translation").endswith("resources/translations/qtbase_id.qm")
    for ctx, src, want in (("QPrintDialog", "Print", "Cetak"), ("QPrintDialog", "&Print", "&Cetak"),
                           ("QPrintSettingsOutput", "Copies:", "Salinan:"),
                           ("QPrintDialog", "Print to File (PDF)", "Cetak ke berkas (PDF)"),
                           ("QFileDialog", "File &name:", "&Nama berkas:"),
                           ("QPlatformTheme", "Cancel", "Batal"), ("QPlatformTheme", "Save", "Simpan")):
        assert QCoreApplication.translate(ctx, src) == want


def test_the_save_dialog_reads_in_indonesian(qtbot, indonesian):
    dlg = QFileDialog(None, "Simpan PDF")
    dlg.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dlg.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dlg)
    dlg.show()
    shown = {w.text() for w in dlg.findChildren(QLabel)} | {b.text() for b in dlg.findChildren(QPushButton)}
    assert "&Nama berkas:" in shown and "&Simpan" in shown and "Batal" in shown
    assert not shown & {"File &name:", "&Save", "Cancel"}


def test_the_print_dialog_reads_in_indonesian(qtbot, indonesian):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    printer = QPrinter()
    dlg = QPrintDialog(printer)
    qtbot.addWidget(dlg)
    dlg.show()
    shown = {w.text() for w in dlg.findChildren(QLabel)} | {b.text() for b in dlg.findChildren(QPushButton)}
    assert "&Cetak" in shown or "Cetak" in shown
    assert "Salinan:" in shown
    assert not shown & {"&Print", "Copies:", "Cancel"}


def test_english_uses_qts_own(qapp):
    from ui.main import install_translator, remove_qt_translator
    tr = install_translator(qapp, "en")
    try:
        assert "PySide6" in qapp.property("qt_translation") and qapp.property("qt_translation").endswith("qtbase_en.qm")
        assert QCoreApplication.translate("QPrintDialog", "Print") == "Print"
    finally:
        qapp.removeTranslator(tr)
        remove_qt_translator(qapp)
        qapp.setProperty("language", "id")
        from app import i18n
        i18n.set_translator(None)
