"""Print preview inside the application (QtPdf) and printing through the
system printer dialog.

    preview = PdfPreview(parent)
    preview.before_print = lambda copies: record_and_return_bytes_to_print()   # optional
    preview.show_pdf(pdf_bytes, title)

Keys: Ctrl+P print, Ctrl+S save as PDF, Ctrl++ / Ctrl+- zoom, Esc close
(emits `closed`). `before_print(copies)` runs after the officer confirmed the
printer dialog: it records the print and returns the bytes to print (e.g. the
SALINAN version of a reprint), or None to cancel. Printing renders each page
at the printer's resolution, so it works with any printer driver.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger("loket.ui")

RASTER_DPI = 300


class PdfPreview(QWidget):
    closed = Signal()
    printed = Signal(int)        # pages sent to the printer

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.data = b""
        self.title = ""
        self.before_print: Callable[[int], bytes | None] | None = None
        # replaced in tests (no modal dialogs there)
        self.choose_printer: Callable[[QPrinter], bool] = self._printer_dialog
        self.choose_save_path: Callable[[str], str] = self._save_dialog

        self._buffer: QBuffer | None = None
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view.setAccessibleName(self.tr("Pratinjau dokumen"))

        bar = QFrame()
        bar.setObjectName("previewBar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        self.caption = QLabel()
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.caption.setObjectName("pageTitle")
        self.caption.setWordWrap(True)
        self.print_button = QPushButton(self.tr("Cetak… (Ctrl+P)"))
        self.print_button.setProperty("primary", True)
        self.save_button = QPushButton(self.tr("Simpan PDF… (Ctrl+S)"))
        self.close_button = QPushButton(self.tr("Tutup (Esc)"))
        self.extra = QHBoxLayout()           # room for a caller's own buttons
        row.addWidget(self.caption, 1)
        row.addLayout(self.extra)
        for b in (self.print_button, self.save_button, self.close_button):
            row.addWidget(b)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(bar)
        lay.addWidget(self.view, 1)

        for b in (self.print_button, self.save_button):
            b.setEnabled(False)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as)
        self.close_button.clicked.connect(self.closed.emit)
        self.keys: dict[str, QShortcut] = {}
        for name, seq, slot in (("print", QKeySequence.StandardKey.Print, self.print_document),
                                ("save", QKeySequence.StandardKey.Save, self.save_as),
                                ("zoom_in", QKeySequence.StandardKey.ZoomIn, lambda: self.zoom(1.25)),
                                ("zoom_out", QKeySequence.StandardKey.ZoomOut, lambda: self.zoom(0.8)),
                                ("close", QKeySequence(Qt.Key.Key_Escape), self.closed.emit)):
            sc = QShortcut(QKeySequence(seq), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)
            self.keys[name] = sc

    def set_keys_enabled(self, enabled: bool, *names: str) -> None:
        """A page that gives Ctrl+P / Ctrl+S its own meaning turns the preview's off."""
        for n in names:
            self.keys[n].setEnabled(enabled)

    # -- content -----------------------------------------------------------------
    def show_pdf(self, data: bytes, title: str = "") -> None:
        self.data, self.title = data, title
        self.caption.setText(title)
        # nothing to print or save before a document is shown (no live buttons over a grey pane)
        for b in (self.print_button, self.save_button):
            if b.property("keep_enabled") is None:
                b.setEnabled(bool(data))
        self.document.close()
        old = self._buffer
        # QPdfDocument reads lazily from the device: keep the buffer alive with it
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(_visible(data)))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        if old is not None:
            old.close()
            old.deleteLater()
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def page_count(self) -> int:
        return self.document.pageCount()

    def zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(4.0, self.view.zoomFactor() * factor)))

    # -- printing ------------------------------------------------------------------
    def _printer_dialog(self, printer: QPrinter) -> bool:
        dlg = QPrintDialog(printer, self)
        dlg.setWindowTitle(self.tr("Cetak {title}").format(title=self.title))
        return dlg.exec() == QPrintDialog.DialogCode.Accepted

    def print_document(self) -> int:
        """Ask for a printer, record (before_print), print. Returns pages printed."""
        if not self.data:
            return 0
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        # the print dialog's "print to file" name comes from here: no "/" of a document number
        printer.setDocName(safe_file_name(self.title or "Loket"))
        printer.setOutputFileName("")
        if not self.choose_printer(printer):
            return 0
        data = self.data
        if self.before_print is not None:
            data = self.before_print(max(1, printer.copyCount()))  # type: ignore[assignment]
            if data is None:
                return 0
            if data != self.data:
                self.show_pdf(data, self.title)
        n = print_pdf(data, printer)
        self.printed.emit(n)
        return n

    # -- saving -----------------------------------------------------------------------
    def _save_dialog(self, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan PDF"), suggested, "PDF (*.pdf)")
        return path

    def save_as(self) -> str:
        if not self.data:
            return ""
        path = self.choose_save_path(str(Path.home() / f"{safe_file_name(self.title)}.pdf"))
        if path:
            Path(path).write_bytes(self.data)
        return path


def safe_file_name(title: str) -> str:
    """A file name from a document title: "Tanda terima TT/LOKET-1/2026/00001" →
    "Tanda terima TT-LOKET-1-2026-00001" (no path separators or characters Windows refuses)."""
    import re
    name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "-", title or "").strip(" .-")
    return re.sub(r"\s+", " ", name)[:100] or "dokumen"


def _visible(data: bytes) -> bytes:
    """What Qt draws: the file with its signature stamps drawn into the page (Qt's PDF
    renderer leaves form-field widgets out); the file itself is what gets saved."""
    from app import tte
    return tte.with_visible_signatures(data) if data else data


def print_pdf(data: bytes, printer: QPrinter) -> int:
    """Render every page of `data` onto `printer`, scaled to fit the printable
    area. Returns the number of pages."""
    doc = QPdfDocument()
    buf = QBuffer()
    buf.setData(QByteArray(_visible(data)))
    buf.open(QIODevice.OpenModeFlag.ReadOnly)
    doc.load(buf)
    pages = doc.pageCount()
    if pages <= 0:
        return 0
    painter = QPainter()
    if not painter.begin(printer):
        log.warning("printer could not start: %s", printer.printerName())
        return 0
    try:
        dpi = printer.resolution()
        area = printer.pageLayout().paintRectPixels(dpi)
        for i in range(pages):
            if i:
                printer.newPage()
            pt = doc.pagePointSize(i)
            scale = min(area.width() / pt.width(), area.height() / pt.height())
            target = QRect(0, 0, int(pt.width() * scale), int(pt.height() * scale))
            # 300 dpi is sharp for text and QR on any office printer; the driver's
            # 1200 dpi would make a 140-megapixel image per page
            k = min(1.0, RASTER_DPI / dpi)
            image = doc.render(i, QSize(int(target.width() * k), int(target.height() * k)))
            painter.drawImage(target, image)
    finally:
        painter.end()
        doc.close()
        buf.close()
    return pages
