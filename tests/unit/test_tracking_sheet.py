"""The one-page tracking sheet: its text, its QR code, escaping, many loops on one page."""
from __future__ import annotations

import io
from datetime import date, datetime

import pdfplumber
import pypdfium2 as pdfium
import pytest
import zxingcpp

from app.documents import tracking as sheet
from app.services import backoffice as bo
from tests.backoffice_support import ANALIS, KASI, received_file, technical_for, utc

# Counts working days or dates: rerun by `make test-dates` under other real dates.
pytestmark = pytest.mark.dates


def _render_qr(pdf: bytes) -> list[str]:
    doc = pdfium.PdfDocument(pdf)
    try:
        img = doc[0].render(scale=3).to_pil()
    finally:
        doc.close()
    return [r.text for r in zxingcpp.read_barcodes(img)]


def remarks_column(page) -> str:
    """The remarks column on its own, so a wrapped cell reads in order."""
    head = next(w for w in page.extract_words() if w["text"] == "Keterangan")
    return " ".join(page.crop((head["x0"] - 1, 0, page.width, page.height)).extract_text().split())


def test_tracking_sheet_text_and_qr(session):
    app = received_file(session, "SIPB", "SC-2026-7001", datetime(2026, 3, 16, 10, 15),
                        name="Siti <b>Aminah</b> & Putri")
    bo.verify(session, ANALIS, app.id, technical=technical_for(app.permit_type), result="MEMENUHI",
              at=utc(datetime(2026, 3, 17, 9, 0)))
    bo.schedule_review(session, ANALIS, app.id, scheduled_at=datetime(2026, 3, 25, 9, 0), kind="LAPANGAN",
                       team=["Ir. Bambang"], at=utc(datetime(2026, 3, 17, 10, 0)))
    bo.record_review(session, ANALIS, app.id, recommendation="SETUJU", bap_number="BAP/045/2026",
                     bap_date=date(2026, 3, 25), now_utc=utc(datetime(2026, 3, 26, 9, 0)),
                     at=utc(datetime(2026, 3, 26, 9, 0)))
    bo.draft(session, ANALIS, app.id, outcome="IZIN", at=utc(datetime(2026, 3, 26, 10, 0)))
    bo.send_back(session, KASI, app.id, reason="Alamat praktik belum sesuai BAP",
                 at=utc(datetime(2026, 3, 26, 14, 0)))
    app.sicantik_process, app.sicantik_status = "Penyerahan SK", "Selesai"
    session.commit()

    pdf = sheet.for_application(session, app.no_permohonan, "Rina Analis",
                                now_utc=utc(datetime(2026, 4, 1, 9, 0)))
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        assert len(doc.pages) == 1
        page = doc.pages[0]
        text = page.extract_text()
        remarks = remarks_column(page)
    assert "Dikembalikan: Alamat praktik belum sesuai BAP" in remarks
    assert "TERLAMBAT (+3 jam)" in remarks
    flat = " ".join(text.split())
    for expected in ("LEMBAR KENDALI PROSES PERMOHONAN", "SC-2026-7001", "Siti <b>Aminah</b> & Putri",
                     "Surat Izin Praktik Bidan", "30 Maret 2026", "TERLAMBAT 2 hari kerja",
                     "Rina Analis",
                     "1 kali dikembalikan", "TIDAK SESUAI", "Dicetak 1 April 2026 pukul 09.00 WIB"):
        assert expected in flat, expected
    assert _render_qr(pdf) == ["SC-2026-7001"]


def test_many_send_back_loops_still_one_page(session):
    app = received_file(session, "SIP-DOK", "SC-2026-7002", datetime(2026, 11, 2, 8, 0))
    bo.verify(session, ANALIS, app.id, technical=technical_for(app.permit_type), result="MEMENUHI")
    for i in range(9):
        bo.draft(session, ANALIS, app.id, outcome="IZIN")
        bo.send_back(session, KASI, app.id, reason=f"Perbaikan ke-{i + 1}: redaksi ketentuan")
    pdf = sheet.for_application(session, app.id, "Sari Kasi")
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        assert len(doc.pages) == 1
        assert "Perbaikan ke-9: redaksi ketentuan" in remarks_column(doc.pages[0])
