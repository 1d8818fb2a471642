"""Counter 2 documents: receipt PDF generation, the whole accept, click-to-PDF.

    .venv/bin/python -m tests.bench.bench_documents      (standalone, prints a table)

- receipt PDF: app.documents.receipt.build on a typical file (8 requirements),
  against a bare reportlab canvas drawing the same lines of text (no fonts
  embedded beyond DejaVu, no tables, no QR): the price of the layout;
- accept: app.services.intake.accept (number, event, checks, PDF, audit, one
  commit with synchronous=FULL) on a throwaway database;
- click-to-PDF: the counter page, from the Terima click to the preview showing
  the receipt (worker thread + QtPdf load), offscreen.
"""
from __future__ import annotations

import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bench.registry import Result, bench, timed  # noqa: E402

REQUIREMENTS = [
    "Formulir permohonan yang ditandatangani pemohon", "Fotokopi KTP pemohon",
    "Fotokopi Surat Tanda Registrasi (STR) yang masih berlaku",
    "Surat rekomendasi dari organisasi profesi (IDI) setempat",
    "Surat keterangan dari pimpinan fasilitas pelayanan kesehatan tempat praktik",
    "Pas foto berwarna 4x6 (2 lembar)", "Surat pernyataan memiliki tempat praktik",
    "Fotokopi SIP lama (untuk perpanjangan)",
]


def _receipt_data():
    from app.documents import receipt as R
    checks = [R.CheckLine(n, i < 7, i < 7, i % 2 == 0, 2, "", i % 2 == 0) for i, n in enumerate(REQUIREMENTS)]
    return R.ReceiptData(
        number="TT/LOKET2-A/2026/00042", no_permohonan="WI/LOKET2-A/2026/00042",
        at_local=datetime(2026, 11, 25, 9, 41, tzinfo=ZoneInfo("Asia/Jakarta")),
        applicant={"name": "Ni Luh Putu Ayu Kusumawardhani", "id_type": "KTP", "nik": "3276015708900001",
                   "address": "Jl. Margonda Raya No. 100, RT 01/RW 02, Depok, Pancoran Mas, Kota Depok, Jawa Barat",
                   "phone": "081234567890", "email": "ayu@contoh.id"},
        permit_type="Surat Izin Praktik Dokter", kind="BARU", checks=checks, service_days=5,
        due_date=date(2026, 12, 2), officer_name="Siti Rahmawati", officer_nip="199001012020121001",
        qr_payload="LKT1.TT.WI/LOKET2-A/2026/00042.TT/LOKET2-A/2026/00042.20261125.LKOYND6CFK3FMGRE")


def _office():
    from app.documents.base import Office
    return Office("PEMERINTAH KABUPATEN CONTOH", "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU",
                  "Jl. Jenderal Sudirman No. 1, Contoh 12345", "Telp. (021) 0000000 · dpmptsp@contoh.go.id")


STOCK_SANS = "BareDejaVuSans"


def stock_font() -> str:
    """DejaVu Sans registered as a stock reportlab TTFont, for the floors: Loket's own
    registered fonts keep their compressed subsets between documents
    (app/documents/base.py `_Font`), and a floor drawn with them would be faster than
    a bare reportlab canvas."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from app.paths import resources_dir
    if STOCK_SANS not in pdfmetrics.getRegisteredFontNames():
        # not registerFont: it hands back the font already registered for the same face
        # (Loket's DejaVuSans) instead of this one
        pdfmetrics._fonts[STOCK_SANS] = TTFont(STOCK_SANS, str(resources_dir() / "fonts" / "DejaVuSans.ttf"))
    assert type(pdfmetrics.getFont(STOCK_SANS)) is TTFont
    return STOCK_SANS


def _bare_canvas(data) -> bytes:
    """The same text as the receipt, drawn line by line on a bare canvas."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont(stock_font(), 9)
    lines = ["PEMERINTAH KABUPATEN CONTOH", "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU",
             "TANDA TERIMA BERKAS PERMOHONAN", data.number, data.no_permohonan, data.permit_type,
             data.applicant["name"], data.applicant["nik"], data.applicant["address"]]
    lines += [f"{i} {ch.name} {ch.status} {ch.form} {ch.sheets}" for i, ch in enumerate(data.checks, 1)]
    lines += ["5 hari kerja", "2 Desember 2026", "Tanda terima ini WAJIB dibawa pada saat pengambilan izin.",
              data.officer_name, data.officer_nip]
    y = 800
    for line in lines:
        c.drawString(50, y, line)
        y -= 14
    c.showPage()
    c.save()
    return buf.getvalue()


@bench("documents")
def receipt_pdf(ctx) -> list[Result]:
    from app.documents import receipt
    data, office = _receipt_data(), _office()
    repeats = max(ctx.repeats, 50)
    out = []
    for paper in ("A4", "A5", "ROLL80"):
        ours = timed(lambda paper=paper: receipt.build(data, office, paper), repeats, cpu=True)
        raw = timed(lambda: _bare_canvas(data), repeats, cpu=True) if paper == "A4" else None
        out += Result.compare(f"receipt PDF {paper}, per document", ours, raw, unit="ms", limit=100,
                              max_ratio=3 if raw else None,
                              note="CPU time; bare canvas: same text, no layout" if raw else "CPU time")
    return out


def _throwaway_loket():
    import keyring

    from tests.conftest import MemoryKeyring
    keyring.set_keyring(MemoryKeyring())
    from app.runtime import open_loket
    return open_loket(tempfile.mkdtemp(prefix="bench-intake-"))


def _files(lk, actor, n: int) -> list[str]:
    from app.services import intake
    ids = []
    with lk.Session() as s:
        for i in range(n):
            app = intake.register_walkin(s, actor, dict(
                applicant_type="PERORANGAN", nik=f"3276010101{90 + i // 9999:02d}{i % 9999 + 1:04d}",   # serial 0000 is not a NIK
                name=f"Pemohon {i}", address="Jl. Kenanga 5", mobile="081234567890",
                permit_type="SIP-DOK", kind="BARU"), allow_duplicate=True)
            ids.append(app.id)
    return ids


def _complete(items):
    for it in items:
        it.present, it.original, it.sheets = True, it.original_needed, 1
    return items


@bench("documents")
def accept(ctx) -> list[Result]:
    from app.services import applications, intake
    from tests.conftest import make_actor
    lk = _throwaway_loket()
    actor = make_actor("LOKET2", name="Siti Rahmawati")
    n = max(ctx.repeats, 30)
    ids = _files(lk, actor, n + 1)
    times = []
    with lk.Session() as s:
        for app_id in ids:
            items = _complete(intake.checklist(s, applications.get(s, app_id)))
            t = time.perf_counter()
            intake.accept(s, actor, app_id, items, duration_seconds=300)
            times.append(time.perf_counter() - t)
    lk.close()
    return Result.compare("accept (number + event + receipt PDF + commit)", times[1:], None,
                          unit="ms", limit=250)


@bench("documents")
def click_to_pdf(ctx) -> list[Result]:
    import os
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from tests.conftest import make_actor
    from ui.bus import Bus
    from ui.pages.intake import IntakePage
    qapp = QApplication.instance() or QApplication([])
    lk = _throwaway_loket()
    actor = make_actor("LOKET2", name="Siti Rahmawati")
    n = max(ctx.repeats // 2, 15)
    ids = _files(lk, actor, n + 1)
    page = IntakePage(lk, actor, Bus())
    page.resize(1366, 760)
    page.show()
    times = []
    for app_id in ids:
        page.open_application(app_id)
        page.model.mark_all_present()
        page.flush_save()
        t = time.perf_counter()
        page.accept_button.click()
        while page.stack.currentWidget() is not page.preview:
            qapp.processEvents()
            time.sleep(0.001)
            if time.perf_counter() - t > 20:
                raise RuntimeError("no preview after 20 s")
        qapp.processEvents()
        times.append(time.perf_counter() - t)
    page.close()
    page.deleteLater()
    qapp.processEvents()
    lk.close()
    return Result.compare("click Terima → receipt in preview", times[1:], None, unit="ms", limit=500)


if __name__ == "__main__":
    from tests.bench.registry import Context
    ctx = Context(full=False, n=0, data_dir=Path(tempfile.mkdtemp()), repeats=50)
    for fn in (receipt_pdf, accept, click_to_pdf):
        for r in fn(ctx):
            base = f" (bare canvas {r.baseline:.1f} {r.unit}, ×{r.ratio:.1f})" if r.baseline else ""
            print(f"{r.what}: {r.value:.1f} {r.unit}{base}  [{r.target}: {'OK' if r.met else 'NOT MET'}]")
