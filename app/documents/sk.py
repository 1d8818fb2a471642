"""The SK (Surat Keputusan / Surat Izin) and the rejection letter, from the
permit type's template in resources/templates/ (format: templates/README.md),
and legalised copies ("Salinan sesuai dengan aslinya") of any SK PDF.

Layout follows the usual Indonesian regional decree: kop surat, title, NOMOR,
TENTANG, the official's line, Menimbang (a, b, c), Mengingat (1, 2, 3),
MEMUTUSKAN, Menetapkan, the numbered dicta (KESATU, KEDUA…), then place,
date and the signer. Electronically signed: the QR and the BSrE footer.
"""
from __future__ import annotations

import io
import re
import string
import tomllib
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Flowable, KeepTogether

from app.documents import base
from app.documents.base import SERIF, SERIF_BOLD, Office, Paragraph, Spacer, Table, TableStyle, colors, esc, mm
from app.i18n import tr
from app.paths import resources_dir

BSRE_FOOTER = ("Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat "
               "elektronik yang diterbitkan oleh Balai Sertifikasi Elektronik (BSrE), BSSN")
LEGAL_MARK = "Salinan sesuai dengan aslinya"
STAMP_BOX = (25 * mm, 18.5 * mm, 110 * mm, 15 * mm)   # x, y, width, height on the page
DICTA = ("KESATU", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA", "KEENAM", "KETUJUH", "KEDELAPAN",
         "KESEMBILAN", "KESEPULUH", "KESEBELAS", "KEDUA BELAS")
# Placeholders a template may use (README.md in resources/templates/ explains each).
PLACEHOLDERS = frozenset("""
nomor no_permohonan tanggal_permohonan jenis_permohonan nomor_izin_lama
nama_izin nama_izin_kapital kode_izin
nama_pemohon nik tempat_lahir tanggal_lahir pekerjaan alamat_pemohon telepon
nama_perusahaan nib npwp alamat_perusahaan nama_pemegang alamat_pemegang lokasi
teknis data_teknis dasar_hukum alasan_penolakan ketentuan
masa_berlaku berlaku_sampai tanggal_penetapan tempat_penetapan
jabatan_penandatangan jabatan_penandatangan_judul nama_penandatangan nip_penandatangan
kantor kantor_judul pemerintah pemerintah_judul
""".split())
MARGINS = (25 * mm, 20 * mm, 14 * mm, 36 * mm)   # left, right, top, bottom: the bottom band holds
# the BSrE footer and, on legalised copies, the stamp (STAMP_BOX), never over the text


_SMALL_WORDS = {"dan", "di", "ke", "dari", "yang", "untuk", "atas", "pada", "serta", "atau", "tentang", "dalam"}


def judul(text: str) -> str:
    """Title case as Indonesian official text writes it ("Dinas … dan Pelayanan …")."""
    words = (text or "").split()
    return " ".join(w.lower() if i and w.lower() in _SMALL_WORDS else w[:1].upper() + w[1:].lower()
                    for i, w in enumerate(words))


class TemplateError(ValueError):
    """A template file an administrator edited is not usable; the message says where."""


def templates_dir() -> Path:
    return resources_dir() / "templates"


def _check_text(name: str, where: str, text: str) -> None:
    try:
        fields = [f for _, f, _, _ in string.Formatter().parse(text) if f is not None]
    except ValueError as e:
        raise TemplateError(tr("Templat {name}, {where}: kurung kurawal tidak seimbang ({err}).")
                            .format(name=name, where=where, err=e)) from None
    for f in fields:
        root = re.split(r"[.\[]", f, maxsplit=1)[0]
        if root not in PLACEHOLDERS:
            raise TemplateError(tr("Templat {name}, {where}: tempat penampung {{{field}}} tidak dikenal.")
                                .format(name=name, where=where, field=f))


def load_template(name: str, folder: Path | None = None) -> dict:
    """Read and check resources/templates/<name>.toml."""
    if not re.fullmatch(r"[A-Za-z0-9_\-]+", name or ""):
        raise TemplateError(tr("Nama templat tidak sah: {name}").format(name=name))
    path = (folder or templates_dir()) / f"{name}.toml"
    try:
        with open(path, "rb") as f:
            t = tomllib.load(f)
    except FileNotFoundError:
        raise TemplateError(tr("Templat {name} tidak ada ({path}).").format(name=name, path=path)) from None
    except tomllib.TOMLDecodeError as e:
        raise TemplateError(tr("Templat {name} tidak dapat dibaca: {err}").format(name=name, err=e)) from None
    kind = t.get("jenis")
    if kind not in ("keputusan", "surat"):
        raise TemplateError(tr("Templat {name}: jenis harus \"keputusan\" atau \"surat\".").format(name=name))
    required = ("judul", "menimbang", "mengingat", "diktum") if kind == "keputusan" else ("perihal", "isi")
    for key in required:
        if key not in t:
            raise TemplateError(tr("Templat {name}: bagian “{key}” tidak ada.").format(name=name, key=key))

    def walk(value, where):
        if isinstance(value, str):
            _check_text(name, where, value)
        elif isinstance(value, list):
            for i, v in enumerate(value, 1):
                walk(v, f"{where} {i}")
        elif isinstance(value, dict):
            for k, v in value.items():
                walk(v, f"{where} {k}".strip())
    walk(t, "")
    for i, d in enumerate(t.get("diktum", []), 1):
        if "teks" not in d:
            raise TemplateError(tr("Templat {name}: diktum {i} tanpa teks.").format(name=name, i=i))
        if d.get("daftar") not in (None, "ketentuan"):
            raise TemplateError(tr("Templat {name}: diktum {i}: daftar hanya boleh \"ketentuan\".")
                                .format(name=name, i=i))
    t["_name"] = name
    return t


class _Missing(dict):
    def __missing__(self, key):
        return "-"


class Context(dict):
    """Template values; `teknis[...]` of an absent field prints "-"."""

    def fill(self, text: str) -> str:
        values = dict(self)
        values["teknis"] = _Missing(self.get("teknis") or {})
        return string.Formatter().vformat(text, (), _Missing(values))


@dataclass(frozen=True)
class Signer:
    title: str
    name: str
    nip: str


# --- styles ----------------------------------------------------------------------------

def _st(**kw):
    return base.style("body", **{"fontName": SERIF, "fontSize": 10, "leading": 13, **kw})


def _p(text: str, **kw) -> Paragraph:
    return Paragraph(esc(text), _st(**kw))


def _bold(text: str, **kw) -> Paragraph:
    return Paragraph(esc(text), _st(fontName=SERIF_BOLD, **kw))


def _label_rows(label: str, items: list[str], numbering: str, width: float) -> Table:
    """'Menimbang : a. …' — a label column, a colon, the marker, the wrapped item."""
    rows = []
    for i, item in enumerate(items):
        mark = (chr(ord("a") + i) + ".") if numbering == "alpha" else f"{i + 1}."
        rows.append([_p(label if i == 0 else ""), _p(":" if i == 0 else ""), _p(mark),
                     _p(item, alignment=TA_JUSTIFY)])
    t = Table(rows, colWidths=[27 * mm, 4 * mm, 7 * mm, width - 38 * mm], splitInRow=1)
    t.setStyle(_tight())
    return t


def _tight() -> TableStyle:
    return TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("LEFTPADDING", (0, 0), (-1, -1), 0),
                       ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                       ("TOPPADDING", (0, 0), (-1, -1), 0.8),
                       ("BOTTOMPADDING", (0, 0), (-1, -1), 0.8)])


def _expand(items: list[str], ctx: Context, key: str) -> list[str]:
    """An item that is exactly "{dasar_hukum}" becomes one item per entry."""
    out = []
    for it in items:
        if it.strip() == "{" + key + "}":
            out.extend(ctx.get(key + "_list") or ["-"])
        else:
            out.append(ctx.fill(it))
    return out


def _detail_rows(rows: list[list[str]], ctx: Context) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for row in rows:
        if len(row) == 1 and row[0].strip() == "{data_teknis}":
            out.extend((k, str(v) if v not in (None, "") else "-") for k, v in (ctx.get("data_teknis_list") or []))
        elif len(row) == 2:
            out.append((ctx.fill(row[0]), ctx.fill(row[1])))
    return out


# The signature field of a TTE draft (app/services/sksign.py): set to a dict, render()
# fills it with where the signature appears (page, x, y, width, height in points).
SIGNATURE_SPOT: ContextVar[dict | None] = ContextVar("SIGNATURE_SPOT", default=None)
SPOT_SIZE = (62 * mm, 17 * mm)


class SignatureSpot(Flowable):
    """Empty room for the electronic signature's visible stamp; records where it lands."""

    def __init__(self, sink: dict | None):
        super().__init__()
        self.sink = sink
        self.width, self.height = SPOT_SIZE

    def wrap(self, avail_w, avail_h):
        return self.width, self.height

    def draw(self):
        if self.sink is not None:
            x, y = self.canv.absolutePosition(0, 0)
            self.sink.update(page=self.canv.getPageNumber() - 1, x=x, y=y, width=self.width,
                             height=self.height)


def _signature(ctx: Context, signer: Signer, width: float, qr_payload: str | None,
               electronic: bool, decree: bool = True) -> Table:
    right: list = []
    if decree:
        right += [_p(tr("Ditetapkan di") + f" : {ctx['tempat_penetapan']}"),
                  _p(tr("pada tanggal") + f" : {ctx['tanggal_penetapan']}"), Spacer(1, 2 * mm)]
    right.append(_bold(signer.title + ",", alignment=TA_CENTER))
    if electronic:
        spot = SignatureSpot(SIGNATURE_SPOT.get())
        spot.hAlign = "CENTER"
        right += [Spacer(1, 1 * mm), spot,
                  _p(tr("Ditandatangani secara elektronik"), alignment=TA_CENTER,
                     fontSize=8.5, textColor=colors.HexColor("#333333")),
                  Spacer(1, 2 * mm)]
    else:
        right.append(Spacer(1, 20 * mm))
    right.append(Paragraph("<u>" + esc(signer.name or "(" + "." * 30 + ")") + "</u>",
                           _st(fontName=SERIF_BOLD, alignment=TA_CENTER)))
    if signer.nip:
        right.append(_p("NIP. " + signer.nip, alignment=TA_CENTER))
    left = []
    if qr_payload:
        left = [base.QR(qr_payload, size=26 * mm),
                _p(tr("Pindai untuk memeriksa keaslian"), fontSize=7, leading=9)]
    t = Table([[left, right]], colWidths=[width * 0.45, width * 0.55])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return t


def _footer(electronic: bool):
    def draw(canvas, doc):
        w, _ = canvas._pagesize
        canvas.saveState()
        canvas.setFillColor(colors.HexColor("#333333"))
        y = 9 * mm
        if electronic:
            canvas.setStrokeColor(colors.HexColor("#888888"))
            canvas.setLineWidth(0.4)
            canvas.line(doc.leftMargin, y + 8 * mm, w - doc.rightMargin, y + 8 * mm)
            canvas.setFont(base.SANS_ITALIC, 7)
            # two lines: the full sentence must be legible, never cut
            words, lines, cur = BSRE_FOOTER.split(), [], ""
            limit = w - doc.leftMargin - doc.rightMargin - 22 * mm
            for word in words:
                trial = (cur + " " + word).strip()
                if canvas.stringWidth(trial, base.SANS_ITALIC, 7) > limit and cur:
                    lines.append(cur)
                    cur = word
                else:
                    cur = trial
            lines.append(cur)
            for i, line in enumerate(lines):
                canvas.drawString(doc.leftMargin, y + 4.5 * mm - i * 3.4 * mm, line)
        canvas.setFont(base.SANS, 7)
        # its own baseline, below the footer text, so extracted text keeps the sentence whole
        canvas.drawRightString(w - doc.rightMargin, y - 3 * mm, f"Halaman {canvas.getPageNumber()}")
        canvas.restoreState()
    return draw


# --- the documents -------------------------------------------------------------------

def render(template: dict, ctx: Context, office: Office, signer: Signer, *, electronic: bool,
           qr_payload: str | None, title: str) -> bytes:
    width = A4[0] - MARGINS[0] - MARGINS[1]
    story = list(base.letterhead(office, width))
    if template["jenis"] == "keputusan":
        story += _decree(template, ctx, signer, width, electronic, qr_payload)
    else:
        story += _letter(template, ctx, signer, width, electronic, qr_payload)
    return base.render(story, A4, title=title, author=office.name, subject=ctx.get("nama_izin", ""),
                       footer=_footer(electronic), margins=MARGINS)


def _decree(t: dict, ctx: Context, signer: Signer, width: float, electronic: bool,
            qr_payload: str | None) -> list:
    center_bold = dict(alignment=TA_CENTER, fontName=SERIF_BOLD)
    story: list = [_p(ctx.fill(t["judul"]).upper(), **center_bold),
                   _p("NOMOR: " + ctx["nomor"], alignment=TA_CENTER)]
    if ctx.fill(t.get("tentang", "")).strip():
        story += [_p("TENTANG", alignment=TA_CENTER), _p(ctx.fill(t["tentang"]).upper(), **center_bold)]
    story.append(Spacer(1, 4 * mm))
    opening = t.get("pembuka", "{jabatan_penandatangan},")
    story += [_p(ctx.fill(opening), alignment=TA_CENTER if "pembuka" not in t else TA_JUSTIFY,
                 **({"fontName": SERIF_BOLD} if "pembuka" not in t else {})), Spacer(1, 3 * mm)]
    story.append(_label_rows(tr("Menimbang"), _expand(t["menimbang"], ctx, "dasar_hukum"), "alpha", width))
    story.append(Spacer(1, 2 * mm))
    story.append(_label_rows(tr("Mengingat"), _expand(t["mengingat"], ctx, "dasar_hukum"), "number", width))
    story += [Spacer(1, 3 * mm), _p("MEMUTUSKAN:", **center_bold), Spacer(1, 2 * mm)]
    rows = []
    if ctx.fill(t.get("menetapkan", "")).strip():
        rows.append([_p(tr("Menetapkan")), _p(":"), _p(ctx.fill(t["menetapkan"]))])
    dicta = [d for d in t["diktum"] if not d.get("daftar") or ctx.get(d["daftar"] + "_list")]
    for i, d in enumerate(dicta):
        cell: list = [_p(ctx.fill(d["teks"]), alignment=TA_JUSTIFY)]
        if d.get("daftar"):  # a numbered list (e.g. the conditions); the dictum is left out when empty
            lst = Table([[_p(f"{n}."), _p(x, alignment=TA_JUSTIFY)]
                         for n, x in enumerate(ctx[d["daftar"] + "_list"], 1)],
                        colWidths=[7 * mm, width - 38 * mm], splitInRow=1)
            lst.setStyle(_tight())
            cell += [Spacer(1, 1 * mm), lst]
        details = _detail_rows(d.get("rincian", []), ctx)
        if details:
            kv = Table([[_p(k), _p(":"), _p(v)] for k, v in details],
                       colWidths=[46 * mm, 4 * mm, width - 31 * mm - 50 * mm], splitInRow=1)
            kv.setStyle(_tight())
            cell += [Spacer(1, 1 * mm), kv]
        rows.append([_p(DICTA[i] if i < len(DICTA) else f"KE-{i + 1}"), _p(":"), cell])
    dt = Table(rows, colWidths=[27 * mm, 4 * mm, width - 31 * mm], splitInRow=1)
    dt.setStyle(TableStyle([*_tight().getCommands(), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]))
    story += [dt, Spacer(1, 6 * mm)]
    story.append(KeepTogether([_signature(ctx, signer, width, qr_payload, electronic)]))
    story += _tembusan(t, ctx)
    return story


def _letter(t: dict, ctx: Context, signer: Signer, width: float, electronic: bool,
            qr_payload: str | None) -> list:
    head = Table([
        [_p(tr("Nomor")), _p(":"), _p(ctx["nomor"])],
        [_p(tr("Sifat")), _p(":"), _p(ctx.fill(t.get("sifat", "Biasa")))],
        [_p(tr("Lampiran")), _p(":"), _p(ctx.fill(t.get("lampiran", "-")))],
        [_p(tr("Perihal")), _p(":"), _bold(ctx.fill(t["perihal"]))],
    ], colWidths=[22 * mm, 4 * mm, width * 0.62 - 26 * mm], hAlign="LEFT")
    head.setStyle(_tight())
    story: list = [_p(f"{ctx['tempat_penetapan']}, {ctx['tanggal_penetapan']}", alignment=TA_RIGHT),
                   Spacer(1, 2 * mm), head, Spacer(1, 5 * mm), _p(tr("Kepada Yth.")),
                   *[_p(ctx.fill(line)) for line in t.get("kepada", [])], _p(tr("di tempat")),
                   Spacer(1, 5 * mm)]
    for para_ in t["isi"]:
        text = ctx.fill(para_)
        if para_.strip() == "{alasan_penolakan}":
            items = [x.strip() for x in text.splitlines() if x.strip()] or ["-"]
            rows = [[_p(f"{i}."), _p(x, alignment=TA_JUSTIFY)] for i, x in enumerate(items, 1)]
            at = Table(rows, colWidths=[10 * mm, width - 20 * mm], splitInRow=1)
            at.setStyle(_tight())
            story += [Table([[" ", at]], colWidths=[10 * mm, width - 10 * mm], style=_tight()),
                      Spacer(1, 2 * mm)]
        else:
            story += [_p(text, alignment=TA_JUSTIFY, firstLineIndent=10 * mm), Spacer(1, 2 * mm)]
    story.append(Spacer(1, 5 * mm))
    story.append(KeepTogether([_signature(ctx, signer, width, qr_payload, electronic, decree=False)]))
    story += _tembusan(t, ctx)
    return story


def _tembusan(t: dict, ctx: Context) -> list:
    items = [ctx.fill(x) for x in t.get("tembusan", [])]
    if not items:
        return []
    return [Spacer(1, 4 * mm), _p(tr("Tembusan:"), fontSize=9),
            *[_p(f"{i}. {x}", fontSize=9) for i, x in enumerate(items, 1)]]


# --- legalised copies --------------------------------------------------------------------

def legalise(pdf: bytes, copies: int, *, officer_name: str, officer_nip: str | None,
             officer_title: str, when_text: str, office_name: str) -> bytes:
    """N copies of `pdf`, every page stamped "Salinan sesuai dengan aslinya" with the
    legalising officer (bottom left, inside the space the SK leaves free) and
    "Salinan n dari N". The original bytes are never changed."""
    from pypdf import PageObject, PdfReader, PdfWriter
    from reportlab.pdfgen import canvas as rl_canvas

    base.register_fonts()
    src = PdfReader(io.BytesIO(pdf))
    sizes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in src.pages]
    # every stamp on one canvas: the stamp's font subset is embedded once, not per page
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf)
    for n in range(1, copies + 1):
        for w, h in sizes:
            c.setPageSize((w, h))
            _stamp(c, n, copies, officer_name, officer_nip, officer_title, when_text, office_name)
            c.showPage()
    c.save()
    stamps = PdfReader(io.BytesIO(buf.getvalue())).pages
    out = PdfWriter()
    i = 0
    for _n in range(copies):
        for page, (w, h) in zip(src.pages, sizes, strict=True):
            # a fresh sheet per copy: the original's content merged in (its fonts and
            # images stay shared objects, written once), then this copy's own stamp
            sheet = PageObject.create_blank_page(width=w, height=h)
            sheet.merge_page(page)
            sheet.merge_page(stamps[i])
            out.add_page(sheet)
            i += 1
    res = io.BytesIO()
    out.add_metadata({"/Title": f"{LEGAL_MARK} ({copies} salinan)", "/Producer": "Loket"})
    out.write(res)
    return res.getvalue()


def _stamp(c, n: int, copies: int, officer_name: str, officer_nip: str | None, officer_title: str,
           when_text: str, office_name: str) -> None:
    x, y, bw, bh = STAMP_BOX
    c.setFillColor(colors.white)
    c.setStrokeColor(colors.HexColor("#1a3a8a"))
    c.setLineWidth(1.1)
    c.roundRect(x, y, bw, bh, 1.5 * mm, stroke=1, fill=1)
    c.setFillColor(colors.HexColor("#1a3a8a"))
    c.setFont(base.SANS_BOLD, 8.5)
    c.drawString(x + 3 * mm, y + bh - 4.6 * mm, LEGAL_MARK.upper())
    c.setFont(base.SANS, 6.5)
    c.drawRightString(x + bw - 3 * mm, y + bh - 4.6 * mm, f"Salinan {n} dari {copies}")
    line = f"Dilegalisasi oleh {officer_title}, {judul(office_name)}"
    size = 6.5
    while size > 5 and c.stringWidth(line, base.SANS, size) > bw - 6 * mm:
        size -= 0.25
    c.setFont(base.SANS, size)
    c.drawString(x + 3 * mm, y + bh - 8.2 * mm, line)
    c.setFont(base.SANS_BOLD, 7.5)
    c.drawString(x + 3 * mm, y + 2.4 * mm, officer_name[:50])
    c.setFont(base.SANS, 6.5)
    c.drawRightString(x + bw - 3 * mm, y + 2.4 * mm,
                      (f"NIP. {officer_nip} · " if officer_nip else "") + when_text)
