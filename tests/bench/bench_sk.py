"""The SK (Surat Keputusan) PDF of a signed file, through the service counter
4 prints from (app.services.issuance.generate: template, context from the
database, QR), against a bare reportlab canvas drawing the same text (taken
from Loket's own PDF, page by page, in a stock reportlab TTFont:
bench_documents.stock_font) in the same run."""
from __future__ import annotations

import io

from tests.bench.registry import Result, bench, timed


def _memory_keyring():
    # The office QR key lives in the OS keyring; a benchmark host may have none.
    import keyring
    from keyring.backend import KeyringBackend

    class Memory(KeyringBackend):
        priority = 10
        store: dict = {}

        def get_password(self, service, username):
            return self.store.get((service, username))

        def set_password(self, service, username, password):
            self.store[(service, username)] = password

        def delete_password(self, service, username):
            self.store.pop((service, username), None)

    keyring.set_keyring(Memory())


def _page_lines(pdf: bytes) -> list[list[str]]:
    from pypdf import PdfReader
    return [(p.extract_text() or "").splitlines() for p in PdfReader(io.BytesIO(pdf)).pages]


def _bare(pages: list[list[str]]) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from tests.bench.bench_documents import stock_font
    font = stock_font()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for lines in pages:
        c.setFont(font, 10)
        y = A4[1] - 50
        for line in lines:
            c.drawString(50, y, line)
            y -= 12
        c.showPage()
    c.save()
    return buf.getvalue()


@bench("documents")
def sk_pdf(ctx) -> list[Result]:
    from sqlalchemy import select

    from app.runtime import open_loket
    from app.services import issuance
    from db.models import Application

    _memory_keyring()
    loket = open_loket(ctx.data_dir, backup=False)
    reps = 30 if ctx.full else 20
    try:
        with loket.Session() as s:
            from app import demo
            demo.fill_office(s)   # a data set built before the office's identity settings existed
            # signed by hand: a TTE SK prints only as its signed PDF (app/services/sksign.py);
            # a different file for every call, as counter 4 prints them: a file printed again
            # would find its own applicant's text laid out already (base.Snapshot)
            apps = [a for a in s.scalars(select(Application).where(
                Application.state == "ARCHIVED", Application.outcome == "IZIN").limit(40 * (reps + 1)))
                if not issuance.signing(s, a).electronic][:reps + 1]
            nxt = iter(range(10**9))
            loket_t = timed(lambda: issuance.generate(s, apps[next(nxt) % len(apps)]), reps, cpu=True)
            # the floor draws each file's own text, in the same order (read after the timing:
            # reading it lays the SK out)
            pages = [_page_lines(issuance.generate(s, a)) for a in apps]
            nxt = iter(range(10**9))
            raw_t = timed(lambda: _bare(pages[next(nxt) % len(pages)]), reps, cpu=True)
    finally:
        loket.close()
    return Result.compare("SK PDF of a signed demo file (template, QR), per document", loket_t, raw_t,
                          limit=40, max_ratio=3, note="CPU time")
