"""Receipt and return slip PDFs: read back their text and decode their QR codes."""
from __future__ import annotations

import io

import pdfplumber
import pypdfium2 as pdfium
import pytest
import zxingcpp

from app import qrsign
from app.documents import base, receipt
from app.services import intake
from tests.intake_helpers import NIK_P, complete, walkin

# Counts working days or dates: rerun by `make test-dates` under other real dates.
pytestmark = pytest.mark.dates


def text_of(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return "\n".join(p.extract_text() or "" for p in doc.pages)


def qr_codes(pdf: bytes, scale: float = 3) -> list[str]:
    doc = pdfium.PdfDocument(pdf)
    try:
        found = []
        for page in doc:
            image = page.render(scale=scale).to_pil()
            found += [r.text for r in zxingcpp.read_barcodes(image)]
        return found
    finally:
        doc.close()


def pages(pdf: bytes) -> list[tuple[float, float]]:
    doc = pdfium.PdfDocument(pdf)
    try:
        return [p.get_size() for p in doc]
    finally:
        doc.close()


@pytest.fixture
def officer(actor_factory):
    return actor_factory("LOKET2", name="Siti Rahmawati")


def accepted(session, officer, paper="A4", **over):
    app = walkin(session, officer, **over)
    items = complete(intake.checklist(session, app), sheets=2)
    if not items[-1].mandatory:
        items[-1].present = False  # the optional "SIP lama"
        items[-1].sheets = None   # TIDAK ADA has no sheet count
    return app, items, intake.accept(session, officer, app.id, items, duration_seconds=300, paper=paper)


@pytest.mark.parametrize("paper", ["A4", "A5", "ROLL80"])
def test_receipt_content_and_qr(session, officer, paper):
    app, items, issued = accepted(session, officer, paper)
    text = text_of(issued.pdf)
    flat = " ".join(text.split())
    for expected in ("TANDA TERIMA BERKAS", issued.number, app.no_permohonan, "Siti Aminah", NIK_P,
                     "Surat Izin Praktik Dokter", "Baru", "Siti Rahmawati", "NIP. 19900101 202012 1 001",
                     "5 hari kerja", base.tanggal(app.due_date), "PEMERINTAH KABUPATEN CONTOH",
                     "WAJIB dibawa pada saat pengambilan izin", "WIB"):
        assert expected in flat, (expected, paper)
    assert flat.count("TIDAK ADA") == 1 and flat.count("ADA") >= len(items)
    assert "SALINAN" not in flat
    assert len(pages(issued.pdf)) == 1, "the receipt fits on one page"
    codes = qr_codes(issued.pdf)
    assert len(codes) == 1
    signed = qrsign.verify(codes[0])
    assert (signed.kind, signed.ref, signed.number) == ("TT", app.no_permohonan, issued.number)


def test_roll_is_80mm_wide_and_as_long_as_its_content(session, officer):
    _, _, issued = accepted(session, officer, "ROLL80")
    (w, h), = pages(issued.pdf)
    assert abs(w - 80 * 72 / 25.4) < 0.5 and 100 * 72 / 25.4 < h < 400 * 72 / 25.4


def test_checklist_lines_in_order_with_form_and_sheets(session, officer):
    _, items, issued = accepted(session, officer)
    lines = text_of(issued.pdf).splitlines()
    for n, it in enumerate(items[:-1], 1):
        words = it.name.split()[:3]
        line = next(ln for ln in lines if ln.startswith(f"{n} * {' '.join(words)}"))
        # a "Fotokopi …" requirement is handed in as a copy, even when its original was shown
        form = "Salinan" if receipt.is_copy_requirement(it.name) or not it.original_needed else "Asli"
        assert "ADA" in line and form in line and line.rstrip().endswith("2")


def test_markup_long_and_non_latin_names_print_literally(session, officer):
    markup = "<b>PT Maju & Jaya</b> <font size=40>x</font>"
    long_name = "Raden " + "Wiryawan" * 20 + " Kusumaningrat " * 8
    app, _, issued = accepted(session, officer, name=markup, applicant_type="PERUSAHAAN",
                              company_name=markup, company_nib="1234567890123",
                              address=long_name * 3)
    flat = text_of(issued.pdf).replace("\n", "")
    assert "<b>PT Maju & Jaya</b> <font size=40>x</font>" in flat
    assert ("Wiryawan" * 20) in flat  # an unbroken 160-character word wraps, it is not cut
    names = ("Ζωή Παπαδοπούλου", "Владимир Путинцев", "Nguyễn Thị Ánh", "Ñúñez O'Brien-Šćepanović")
    for i, name in enumerate(names):
        _, _, doc = accepted(session, officer, "A5", name=name, nik=f"32760101019000{i + 20}",
                             gender="L", birth_date="01-01-1990")
        assert name in text_of(doc.pdf)


def test_extreme_lengths_never_crash(session, officer):
    _, _, issued = accepted(session, officer, name="A" * 200, address="Jl. " + "B" * 1990)
    assert len(pages(issued.pdf)) >= 1 and "A" * 200 in text_of(issued.pdf).replace("\n", "")


def test_return_slip_lists_exactly_what_is_missing(session, officer):
    app = walkin(session, officer)
    items = complete(intake.checklist(session, app))
    items[1].present = False
    items[1].sheets = None   # TIDAK ADA has no sheet count
    items[1].note = "KTP kedaluwarsa <sejak 2020>"
    items[3].present = False
    items[3].sheets = None   # TIDAK ADA has no sheet count
    slip = intake.return_file(session, officer, app.id, items, reason="Lengkapi & bawa kembali")
    flat = " ".join(text_of(slip.pdf).split())
    assert "BUKTI PENGEMBALIAN BERKAS" in flat and slip.number in flat
    assert items[1].name in flat and "KTP kedaluwarsa <sejak 2020>" in flat
    assert items[3].name in flat and "Tidak ada / belum dilampirkan" in flat
    missing_part, handed_back = flat.split("Dokumen yang diserahkan kembali kepada pemohon:", 1)
    for it in items:
        if it.present:   # what the applicant brought is listed as handed back, not as missing
            assert it.name not in missing_part and it.name in handed_back
    assert "Lengkapi & bawa kembali" in flat
    signed = qrsign.verify(qr_codes(slip.pdf)[0])
    assert signed.kind == "BP" and signed.number == slip.number


def test_reprint_is_marked_salinan_and_keeps_the_qr(session, officer):
    app, _, issued = accepted(session, officer)
    copy = intake.reprint_receipt(session, officer, app.no_permohonan)
    text = text_of(copy)
    assert "SALINAN — cetak ulang ke-1" in text and issued.number in text
    assert qrsign.verify(qr_codes(copy)[0]).number == issued.number


def test_register_pdf(session, officer):
    accepted(session, officer)
    pdf = intake.register_pdf(session, officer)
    flat = " ".join(text_of(pdf).split())
    assert "REGISTER HARIAN PENERIMAAN BERKAS" in flat and "Siti Rahmawati" in flat
    assert "Diterima: 1 berkas" in flat


def test_letterhead_and_watermark_helpers():
    office = base.Office("PEMERINTAH KOTA <CONTOH>", "DINAS & CO", "Jl. A", "Telp. 1")
    story = base.letterhead(office, base.frame_width("A4")) + [base.para("isi")]
    pdf = base.render(story, "A4", title="t", watermark="SALINAN", footer="kaki")
    text = text_of(pdf)
    assert "PEMERINTAH KOTA <CONTOH>" in text and "DINAS & CO" in text and "Halaman 1" in text
    assert "SALINAN" in text
    assert base.esc("<b>x & y</b>\nz") == "&lt;b&gt;x &amp; y&lt;/b&gt;<br/>z"


def test_letterhead_logo_drawn_and_a_missing_logo_tolerated(tmp_path):
    from PIL import Image
    logo = tmp_path / "logo.png"
    Image.new("RGB", (120, 150), (20, 90, 40)).save(logo)
    for path, images in ((str(logo), 1), (str(tmp_path / "hilang.png"), 0)):
        office = base.Office("PEMERINTAH KABUPATEN CONTOH", "DINAS X", "Jl. A", "Telp. 1", logo=path)
        pdf = base.render(base.letterhead(office, base.frame_width("A4")) + [base.para("isi")], "A4", title="t")
        with pdfplumber.open(io.BytesIO(pdf)) as doc:
            assert len(doc.pages[0].images) == images
            assert "PEMERINTAH KABUPATEN CONTOH" in doc.pages[0].extract_text()
