"""The documents' shortcuts write the PDF reportlab itself would write.

app/documents/base.py keeps each font subset's compressed streams between
documents (`_Font`) and writes a plain line's operators in one go (`_text_ops`):
both must leave the file byte for byte as stock reportlab makes it (apart from
the /ID and dates every build has anew). Their speed is measured in
tests/bench (bench_documents.py, bench_sk.py), never here.
"""
from __future__ import annotations

import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.documents import base, receipt

NAMES = ["Ni Luh Putu Ayu Kusumawardhani",                       # ASCII: the shared subset
         "Ðorđe “Šćepan” Ωμέγα Пётр"]                             # codes of its own, DejaVu fallback


def _same_build(pdf: bytes) -> bytes:
    """The bytes that differ between two builds of the same document anyway."""
    pdf = re.sub(rb"/ID \n\[<[0-9a-f]+><[0-9a-f]+>\]", b"/ID", pdf)
    return re.sub(rb"\(D:\d+[^)]*\)", b"(D:)", pdf)


def _data(name: str) -> receipt.ReceiptData:
    checks = [receipt.CheckLine(f"Persyaratan nomor {i} yang cukup panjang untuk dipotong di dua baris "
                                f"pada kertas A5 maupun gulungan", i < 3, i < 4, i % 2 == 0, 2, "", i % 2 == 0)
              for i in range(6)]
    return receipt.ReceiptData(
        number="TT/LOKET2-A/2026/00042", no_permohonan="WI/LOKET2-A/2026/00042",
        at_local=datetime(2026, 11, 25, 9, 41, tzinfo=ZoneInfo("Asia/Jakarta")),
        applicant={"name": name, "id_type": "KTP", "nik": "3276015708900001",
                   "address": "Jl. Margonda Raya No. 100, Depok", "phone": "081234567890"},
        permit_type="Surat Izin Praktik Dokter", kind="BARU", checks=checks, service_days=5,
        due_date=date(2026, 12, 2), officer_name="Siti Rahmawati", officer_nip="199001012020121001",
        qr_payload="LKT1.TT.WI/LOKET2-A/2026/00042.TT/LOKET2-A/2026/00042.20261125.LKOYND6CFK3FMGRE")


def _office() -> base.Office:
    return base.Office("PEMERINTAH KABUPATEN CONTOH", "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU",
                       "Jl. Jenderal Sudirman No. 1, Contoh 12345", "Telp. (021) 0000000 · dpmptsp@contoh.go.id")


def _builds(paper: str) -> list[bytes]:
    return [_same_build(receipt.build(_data(n), _office(), paper, watermark="SALINAN")) for n in NAMES]


@pytest.mark.parametrize("paper", ["A4", "ROLL80"])
def test_cached_font_subsets_write_what_stock_reportlab_writes(paper, monkeypatch):
    base.register_fonts()
    first, again = _builds(paper), _builds(paper)        # the second from the subset cache
    ours = [f for f in pdfmetrics.getRegisteredFontNames() if isinstance(pdfmetrics.getFont(f), base._Font)]
    assert base.SANS in ours and base.SANS_BOLD in ours
    for name in ours:
        monkeypatch.setitem(pdfmetrics._fonts, name, TTFont(name, pdfmetrics.getFont(name).face.filename))
    stock = _builds(paper)
    assert first == again == stock
    assert first[0] != first[1]   # the names really differ in the file


def test_plain_lines_write_what_the_canvas_calls_write(monkeypatch):
    fast = _builds("A4")
    monkeypatch.setattr(base, "_text_ops", lambda *a: None)
    assert _builds("A4") == fast


def test_a_line_in_a_transparent_colour_goes_through_the_canvas():
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen.canvas import Canvas
    base.register_fonts()
    c = Canvas("unused.pdf")
    grey = ParagraphStyle("grey", fontName=base.SANS, textColor=base.colors.Color(0, 0, 0, alpha=0.5))
    assert base._text_ops(c, "abc", grey, 0, 0) is None
    black = ParagraphStyle("black", fontName=base.SANS)
    assert base._text_ops(c, "abc", black, 0, 0) is not None


# --- SKs from remembered blocks (base.Snapshot) ---------------------------------------------

def _pages(pdf: bytes) -> list[bytes]:
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(pdf)
    try:
        return [page.render(scale=1.5).to_pil().tobytes() for page in doc]
    finally:
        doc.close()


def _sk(session, no: str) -> bytes:
    from app.services import issuance
    return issuance.generate(session, issuance.open_file(session, no))


def test_an_sk_from_remembered_blocks_is_the_sk_drawn_anew(session, monkeypatch):
    from tests import counter45_helpers as h
    no = h.signed(session, "SIP-DOK")
    base._shots.clear()
    base._spaces.clear()
    first = _sk(session, no)                          # lays out and draws every block
    assert any(shot.parts for shot in base._shots.values())
    again = _sk(session, no)                          # the same blocks, replayed
    assert _same_build(first) == _same_build(again)
    # and without any remembering, the same pages pixel for pixel and the same text
    monkeypatch.setattr(base, "Snapshot", lambda key, build: build())
    plain = _sk(session, no)
    assert _pages(plain) == _pages(again)
    from tests.unit.test_intake_documents import text_of
    assert text_of(plain) == text_of(again)


def test_a_changed_regulation_shows_in_the_next_sk(session):
    from app import config
    from tests import counter45_helpers as h
    from tests.unit.test_intake_documents import text_of
    no = h.signed(session, "SIP-DOK")
    _sk(session, no)
    config.set_(session, "office.legal_perbup_pendelegasian",
                "Peraturan Bupati Contoh Nomor 99 Tahun 2026 tentang Pendelegasian Yang Baru")
    session.commit()
    assert "Nomor 99 Tahun 2026 tentang Pendelegasian Yang Baru" in " ".join(text_of(_sk(session, no)).split())


def test_a_block_naming_an_image_or_a_character_outside_ascii_is_drawn_each_time():
    from reportlab.pdfgen.canvas import Canvas
    c = Canvas("unused.pdf")
    base.register_fonts()
    ref = base._font_ref(base.SANS, c._doc)                 # "/F2+0": a font this document knows
    assert base._replayable(f"BT {ref} 9 Tf (Nama) Tj ET", c._doc) == ("BT ", base.SANS, " 9 Tf (Nama) Tj ET")
    assert base._replayable(f"BT {ref} 9 Tf (\\001ama) Tj ET", c._doc) is None
    assert base._replayable("q /FormXob.abc Do Q", c._doc) is None
    assert base._replayable("/gRLs0 gs", c._doc) is None


# --- the QR's path --------------------------------------------------------------------------

class _Literal:
    def addLiteral(self, text: str) -> None:
        self.text = text


def _qr_ops_plainly(qr: base.QR) -> str:
    """The path as one rectangle per dark run, every number formatted where it is used."""
    from reportlab.lib.rl_accel import fp_str
    n, dark = qr._matrix()
    box = qr.size / (n + 2 * qr.border)
    runs = []
    for r in range(len(dark) // n):
        y = qr.size - (r + qr.border + 1) * box
        c = 0
        while c < n:
            if dark[r * n + c] == 0:
                start = c
                while c < n and dark[r * n + c] == 0:
                    c += 1
                runs.append(fp_str((start + qr.border) * box, y, (c - start) * box, box) + " re")
            else:
                c += 1
    return f"q\n0 0 0 rg\nn {' '.join(runs)}\nf*\nQ"


@pytest.mark.parametrize("payload, size", [
    ("LKT2.TT.WI/LOKET2-A/2026/00042.TT/LOKET2-A/2026/00042.20261125.1a2b3c4d." + "Q" * 86, 26 * base.mm),
    ("https://izin.contoh.go.id/cek#LKT2.SK.WI%2FX.503%2F7%2FSIP.20261125.1a2b3c4d." + "z" * 86, 30 * base.mm),
    ("x", 17.3)])
def test_the_qr_path_from_formatted_steps_is_the_path_of_its_runs(payload, size):
    qr = base.QR(payload, size=size)
    qr.canv = _Literal()  # type: ignore[assignment]
    qr.draw()
    assert qr.canv.text == _qr_ops_plainly(qr)
    assert qr.canv.text.count(" re") > 50
