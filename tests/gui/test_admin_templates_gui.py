"""Admin — Templat SK (pytest-qt): edit the office's SK template, watch the live
preview, a bad placeholder refused beside its section, save, then counter 4 prints
an SK with the edited text.

LOKET_SCREENSHOTS=1 writes docs/screenshots/admin-templates*.png at 1366×768 and
the printed SK to docs/screenshots/sk-edited-template.pdf (pdftoppm -r 80 -png … makes the
committed sk-edited-template-N.png)."""
from __future__ import annotations

import io
import os
import re
from datetime import timedelta
from pathlib import Path

import pdfplumber
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from sqlalchemy import func, select

from app import clock
from app.services import issuance, officers
from db.models import AuditRecord
from db.models.templates import SkTemplate
from tests import counter45_helpers as h

pytestmark = pytest.mark.dates

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
ADMIN_PW = "Kantor-Pusat-2026"
NEW_LINE = "bahwa pemohon telah mengikuti pembinaan praktik yang diselenggarakan {kantor};"


@pytest.fixture
def admin(session):
    return officers.setup_first_admin(session, "siti", "Siti Rahmawati", "198503122010012003", ADMIN_PW,
                                      "ADMIN-1")


def text_of(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return re.sub(r"\s+", " ", " ".join(p.extract_text() or "" for p in doc.pages))


def shot(w, name: str) -> None:
    if os.environ.get("LOKET_SCREENSHOTS"):
        from PySide6.QtTest import QTest
        QTest.qWait(700)          # the PDF view renders its pages asynchronously
        w.grab().save(str(SHOTS / f"admin-{name}.png"))


def _open(qtbot, loket, admin):
    from ui.main_window import MainWindow
    w = MainWindow(loket, admin, background=False)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    w.show_page("admin_templates")
    return w, w.stack.currentWidget()


def test_edit_preview_refuse_save_and_print(qtbot, loket, session, admin, tmp_path):
    w, page = _open(qtbot, loket, admin)
    names = [r.name for r in page.rows]
    assert "sk_izin_praktik" in names and "surat_penolakan" not in names and "sk_penelitian" not in names
    page.list.setCurrentRow(names.index("sk_izin_praktik"))
    qtbot.waitUntil(lambda: page.preview.page_count() > 0, timeout=15_000)
    assert page.sample.currentData() == "SIP-DOK"
    menimbang = page.inputs["menimbang"]

    # a bad placeholder: refused beside Menimbang (already by the live preview, then on save)
    menimbang.setPlainText(menimbang.toPlainText() + "\nbahwa {nama_pemohonn} layak;")
    qtbot.waitUntil(lambda: page.messages["menimbang"].isVisible(), timeout=15_000)
    page.save()
    msg = page.messages["menimbang"]
    assert msg.isVisible() and "{nama_pemohonn}" in msg.text() and "tidak dikenal" in msg.text()
    assert not page.messages["diktum"].isVisible()
    shot(w, "templates-refused")
    session.expire_all()
    assert session.scalar(select(func.count()).select_from(SkTemplate)) == 0

    # a technical field the permit types using the template lack: refused beside Diktum
    lines = menimbang.toPlainText().splitlines()[:-1]
    menimbang.setPlainText("\n".join(lines))
    diktum = page.inputs["diktum"]
    before = diktum.toPlainText()
    diktum.setPlainText(before + "\n- Luas ruang: {teknis[Luas ruang praktik]}")
    page.save()
    assert page.messages["diktum"].isVisible() and "Luas ruang praktik" in page.messages["diktum"].text()
    diktum.setPlainText(before)

    # the edit, seen in the live preview, then saved
    menimbang.setPlainText("\n".join(lines + [NEW_LINE]))
    qtbot.waitUntil(lambda: page.preview_note.text().startswith("Data contoh"), timeout=15_000)
    shot(w, "templates")
    page.save()
    assert page.saved.text() == "Tersimpan sebagai revisi baru."
    assert not any(m.isVisible() for m in page.messages.values())
    session.expire_all()
    row = session.scalar(select(SkTemplate))
    assert (row.name, row.revision) == ("sk_izin_praktik", 1) and row.proof_sig
    assert session.scalar(select(AuditRecord.summary).where(AuditRecord.action == "sk_template.save"))
    assert "revisi 1" in page.list.currentItem().text()

    # an SK signed after the save, printed at counter 4, reads the edited text
    clock.pin(clock.utcnow() + timedelta(minutes=2))
    no = h.signed(session, "SIP-DOK")
    from ui.pages.counter4 import Counter4Page
    c4 = Counter4Page(loket, h.LOKET4)
    qtbot.addWidget(c4)
    c4.resize(1200, 800)
    c4.show()
    out = tmp_path / "printed.pdf"

    def to_file(printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(72)
        return True
    c4.preview.choose_printer = to_file
    qtbot.keyClicks(c4.scan, issuance.open_file(session, no).receipt_number)
    qtbot.keyClick(c4.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: c4.view_data is not None, timeout=5000)
    with qtbot.waitSignal(c4.printed, timeout=10_000):
        qtbot.keyClick(c4.scan, Qt.Key.Key_F6)
    assert out.stat().st_size > 0
    session.expire_all()
    job_pdf, _doc = issuance.current_pdf(session, issuance.open_file(session, no))
    text = text_of(job_pdf)
    assert "pembinaan praktik yang diselenggarakan" in text and "MEMUTUSKAN" in text
    if os.environ.get("LOKET_SCREENSHOTS"):
        (SHOTS / "sk-edited-template.pdf").write_bytes(job_pdf)


def test_office_page_opens_without_a_keyring(qtbot, loket, admin, monkeypatch):
    """A computer without a safe keyring still gets the Kantor page (the secrets say why
    they cannot be kept) instead of a page that fails to open."""
    from app import secrets

    def no_keyring():
        raise secrets.SecretError("tidak ada keyring")
    monkeypatch.setattr(secrets, "status", no_keyring)
    from ui.main_window import MainWindow
    w = MainWindow(loket, admin, background=False)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    w.show_page("admin_office")
    page = w.stack.currentWidget()
    assert type(page).__name__ == "OfficePage"
    assert "tidak tersedia" in page.secret_inputs["central.password"].placeholderText()
