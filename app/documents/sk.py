"""The SK (Surat Keputusan / Surat Izin), the surat keterangan and the rejection
letter, from the permit type's template in resources/templates/ (format:
templates/README.md), and legalised copies ("Salinan sesuai dengan aslinya")
of any SK PDF.

Layout follows the tata naskah dinas of Permendagri 1/2023:
- keputusan: kop surat, title, NOMOR, TENTANG, the official's line, Menimbang
  (a, b, c), Mengingat (1, 2, 3; in the order of the hierarchy of regulations),
  MEMUTUSKAN, Menetapkan, the numbered dicta (KESATU, KEDUA…; a dictum is never
  split from its first item), then "Ditetapkan di" / "pada tanggal" with aligned
  colons and the signer (title with the region, name, rank, NIP);
- keterangan (surat keterangan): title, NOMOR, Dasar, the statement with its
  details, the conditions, place and date, the signer;
- surat: place and date top right, Nomor / Sifat / Lampiran / Hal, "Yth." block,
  body, signer, tembusan.
Pages after the first are numbered "- 2 -" at the top centre. Electronically
signed: the QR and the BSrE footer.
"""
from __future__ import annotations

import functools
import io
import re
import string
import tomllib
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether

from app.documents import base
from app.documents.base import Office, Paragraph, Spacer, Table, TableStyle, colors, esc, mm
from app.i18n import tr
from app.paths import resources_dir

BSRE_FOOTER = ("Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat "
               "elektronik yang diterbitkan oleh Balai Sertifikasi Elektronik (BSrE), BSSN")
LEGAL_MARK = "Salinan sesuai dengan aslinya"
# x, y, width, height on the page: the bottom band the SK leaves free (MARGINS), above
# the BSrE footer; room for the legalising official's signature and the office cap.
STAMP_BOX = (25 * mm, 17.5 * mm, 165 * mm, 22 * mm)
DICTA = ("KESATU", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA", "KEENAM", "KETUJUH", "KEDELAPAN",
         "KESEMBILAN", "KESEPULUH", "KESEBELAS", "KEDUA BELAS")
# Placeholders a template may use (README.md in resources/templates/ explains each).
PLACEHOLDERS = frozenset("""
nomor no_permohonan tanggal_permohonan jenis_permohonan jenis_permohonan_kalimat nomor_izin_lama
rujukan_permohonan
nama_izin nama_izin_kapital kode_izin
nama_pemohon nik tempat_lahir tanggal_lahir pekerjaan alamat_pemohon telepon
nama_perusahaan nib npwp alamat_perusahaan nama_pemegang alamat_pemegang lokasi
teknis data_teknis dasar_hukum alasan_penolakan ketentuan peraturan tembusan_izin
masa_berlaku berlaku_sampai masa_berlaku_kalimat tanggal_penetapan tempat_penetapan
jabatan_penandatangan jabatan_penandatangan_judul nama_penandatangan nip_penandatangan
pangkat_penandatangan
kantor kantor_judul pemerintah pemerintah_judul wilayah wilayah_judul
""".split())
# Values that only an applicant with a company has: a detail row made of these alone is
# left out for an individual applicant (no "Nama Perusahaan : -").
COMPANY_FIELDS = frozenset({"nama_perusahaan", "nib", "npwp", "alamat_perusahaan"})
MARGINS = (25 * mm, 20 * mm, 16 * mm, 40 * mm)   # left, right, top, bottom: the bottom band holds
# the BSrE footer and, on legalised copies, the stamp (STAMP_BOX), never over the text
KINDS = {"keputusan": ("judul", "menimbang", "mengingat", "diktum"),
         "keterangan": ("judul", "pembuka", "rincian"),
         "surat": ("perihal", "isi")}


def judul(text: str) -> str:
    """Title case as Indonesian official text writes it ("Dinas … dan Pelayanan …")."""
    return base.title_case(text)


def full_title(title: str, office: Office) -> str:
    """The signer's title with the region ("KEPALA DINAS … SATU PINTU KABUPATEN CONTOH")."""
    region = office.region_name
    t = " ".join((title or "").split())
    if region and not t.upper().endswith(region.upper()):
        t = f"{t} {region}"
    return t


class TemplateError(ValueError):
    """A template file an administrator edited is not usable; the message says where."""


def templates_dir() -> Path:
    return resources_dir() / "templates"


def _fields(text: str) -> list[str]:
    return [f for _, f, _, _ in string.Formatter().parse(text) if f is not None]


def _check_text(name: str, where: str, text: str) -> None:
    try:
        fields = _fields(text)
    except ValueError as e:
        raise TemplateError(tr("Templat {name}, {where}: kurung kurawal tidak seimbang ({err}).")
                            .format(name=name, where=where, err=e)) from None
    for f in fields:
        root = re.split(r"[.\[]", f, maxsplit=1)[0]
        if root not in PLACEHOLDERS:
            raise TemplateError(tr("Templat {name}, {where}: tempat penampung {{{field}}} tidak dikenal.")
                                .format(name=name, where=where, field=f))


def template_strings(value: Any) -> list[str]:
    """Every string of a template (to check or pre-fill it)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [s for v in value for s in template_strings(v)]
    if isinstance(value, dict):
        return [s for k, v in value.items() if not str(k).startswith("_") for s in template_strings(v)]
    return []


def technical_refs(template: dict[str, Any]) -> set[str]:
    """The `teknis[...]` fields a template reads (each must be in its permit types' data_teknis)."""
    out = set()
    for text in template_strings(template):
        try:
            fields = _fields(text)
        except ValueError:      # unbalanced braces: load_template says where
            continue
        for f in fields:
            m = re.fullmatch(r"teknis\[(.+)\]", f)
            if m:
                out.add(m.group(1))
    return out


def load_template(name: str, folder: Path | None = None) -> dict[str, Any]:
    """Read and check resources/templates/<name>.toml."""
    if not re.fullmatch(r"[A-Za-z0-9_\-]+", name or ""):
        raise TemplateError(tr("Nama templat tidak sah: {name}").format(name=name))
    path = (folder or templates_dir()) / f"{name}.toml"
    try:
        stat = path.stat()
    except FileNotFoundError:
        raise TemplateError(tr("Templat {name} tidak ada ({path}).").format(name=name, path=path)) from None
    # parsed and checked once per version of the file (its size and time of change):
    # an edited file is read again at once; callers get their own copy
    version = (str(path), stat.st_mtime_ns, stat.st_size)
    checked = _template_files.get(version)
    if checked is None:
        try:
            with open(path, "rb") as f:
                checked = tomllib.load(f)
        except FileNotFoundError:
            raise TemplateError(tr("Templat {name} tidak ada ({path}).").format(name=name, path=path)) from None
        except tomllib.TOMLDecodeError as e:
            raise TemplateError(tr("Templat {name} tidak dapat dibaca: {err}").format(name=name, err=e)) from None
        check_template(checked, name)
        checked["_name"] = name
        if len(_template_files) > 64:     # files edited over and over in one session
            _template_files.clear()
        _template_files[version] = checked
    copied: dict[str, Any] = _copied(checked)
    return copied


def _copied(value: Any) -> Any:
    """A copy of a parsed template, as copy.deepcopy makes it (TOML has no shared or
    cyclic values; its scalars are immutable), in a fraction of the time."""
    if isinstance(value, dict):
        return {k: _copied(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copied(v) for v in value]
    return value


_template_files: dict[tuple[str, int, int], dict[str, Any]] = {}


def check_template(t: dict[str, Any], name: str) -> None:
    """The checks of load_template on a template already read (a file, or an office
    template from the database: app/services/sk_templates.py)."""
    kind = t.get("jenis")
    if kind not in KINDS:
        raise TemplateError(tr("Templat {name}: jenis harus \"keputusan\", \"keterangan\" atau \"surat\".")
                            .format(name=name))
    for key in KINDS[kind]:
        if key not in t:
            raise TemplateError(tr("Templat {name}: bagian “{key}” tidak ada.").format(name=name, key=key))

    def walk(value: Any, where: Any) -> None:
        if str(where).startswith("_"):
            return
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


class _Missing(dict[str, Any]):
    def __missing__(self, key: Any) -> str:
        return "-"


class _Regulations(dict[str, Any]):
    """`peraturan[key]`: the office's own regulation (setting office.legal_<key>); an unfilled
    one prints a visible gap and is remembered, so the SK is refused (unfilled())."""

    def __init__(self, values: dict[str, Any], seen: set[Any]) -> None:
        super().__init__(values)
        self.seen = seen

    def __missing__(self, key: Any) -> str:
        self.seen.add(key)
        return f"[office.legal_{key} belum diisi]"

    def __getitem__(self, key: Any) -> Any:
        value = super().get(key)
        if not value:
            return self.__missing__(key)
        return value


class Context(dict[str, Any]):
    """Template values; `teknis[...]` of an absent field prints "-"."""

    def fill(self, text: str) -> str:
        if "{" not in text and "}" not in text:
            # no placeholder and no escaped brace: the text formats to itself (most of a
            # template's Mengingat and dicta), without copying the context for it
            if "_unfilled" not in self:
                self["_unfilled"] = set()
            return text
        values = dict(self)
        values["teknis"] = _Missing(self.get("teknis") or {})
        values["peraturan"] = _Regulations(self.get("peraturan") or {}, self.setdefault("_unfilled", set()))
        return string.Formatter().vformat(text, (), _Missing(values))

    def unfilled(self, template: dict[str, Any]) -> list[str]:
        """The `office.legal_*` settings the template (and the permit type's legal basis) needs
        and the administrator has not filled yet."""
        self["_unfilled"] = set()
        for text in template_strings(template) + list(self.get("dasar_hukum_list") or []):
            self.fill(text)
        return sorted(f"office.legal_{k}" for k in self["_unfilled"])


@dataclass(frozen=True)
class Signer:
    title: str
    name: str
    nip: str
    rank: str = ""       # pangkat/golongan, e.g. "Pembina Utama Muda (IV/c)"
    acting: str = ""     # "Plt." or "Plh." for an acting head, before the title in the signature block


# --- the order of the Mengingat list -------------------------------------------------------

_HIERARCHY = (  # UU 12/2011 art. 7 and 8, most general first
    (r"undang-undang dasar", 0),
    (r"(undang-undang|peraturan pemerintah pengganti undang-undang)\b", 1),
    (r"peraturan pemerintah\b", 2),
    (r"(peraturan|keputusan|instruksi) presiden\b", 3),
    (r"peraturan (menteri|badan|lembaga|kepala)\b", 4),
    (r"peraturan daerah provinsi\b", 5),
    (r"peraturan gubernur\b", 6),
    (r"(peraturan daerah|qanun)\b", 7),
    (r"peraturan (bupati|wali ?kota)\b", 8),
)


def legal_rank(item: str) -> tuple[int, int, int]:
    """(level, year, number) of a regulation's citation: level by the hierarchy of
    UU 12/2011, then older first, as the Mengingat of a decree lists them."""
    low = item.strip().lower()
    level = next((lv for pattern, lv in _HIERARCHY if re.match(pattern, low)), 9)
    m = re.search(r"nomor\s+(\d+)\s+tahun\s+(\d{4})", low) or re.search(r"nomor\s+(\d+)\S*/(\d{4})\b", low)
    return (level, int(m.group(2)), int(m.group(1))) if m else (level, 9999, 0)


_UNIT = re.compile(r"^(.*\S)\s*\(([^()]+)\)\s*$")
UNITS = frozenset({"Rp", "m²", "m2", "m", "m × m", "ton", "kg", "ha", "km", "kW", "kVA", "unit",
                   "orang", "lantai", "tempat tidur"})


def technical(field: str, value: Any, rupiah_decimals: bool = True) -> tuple[str, str]:
    """A data teknis field and its value as a decree prints them: the unit in the field
    name goes with the value ("Luas bangunan (m²)", 120 → "Luas bangunan", "120 m²"),
    money in Rupiah ("Rp41.700.000,00"), a size keeps its unit ("4 × 6 m")."""
    text = "" if value is None else str(value).strip()
    m = _UNIT.match(field or "")
    if not m or m.group(2).strip() not in UNITS or not text or text == "-":
        return field, text or "-"
    label, unit = m.group(1), m.group(2).strip()
    if unit == "Rp":
        digits = re.sub(r"[.\s]|,00$|,-$", "", text.removeprefix("Rp").strip())
        return label, base.rupiah(int(digits), rupiah_decimals) if digits.isdigit() else text
    if unit == "m × m":
        unit = "m"
    if text.lower().endswith(" " + unit.lower()) or text.endswith(unit):
        return label, text
    if isinstance(value, float):
        text = f"{value:g}".replace(".", ",")
    return label, f"{text} {unit}"


def order_legal(items: list[str]) -> list[str]:
    """Hierarchy order, duplicates dropped, every item ending with ';' as a decree's
    Mengingat writes them (the last one too)."""
    seen, out = set(), []
    for it in items:
        text = it.strip().rstrip(";.").strip()
        key = re.sub(r"\s+", " ", text.lower())
        if text and text != "-" and key not in seen:
            seen.add(key)
            out.append(text + ";")
    return sorted(out, key=legal_rank)


# --- typesetting -----------------------------------------------------------------------------

class _Type:
    """Paragraph makers in the chosen letter face (documents.letter_font); text the face
    cannot show (a name in Cyrillic, say) falls back to DejaVu Serif."""

    def __init__(self, font: str = "bookman", size: float = 11) -> None:
        self.regular, self.bold_face, self.italic, self.bold_italic = base.letter_fonts(font)
        self.size = size
        self._cache: dict[str, Any] = {}

    def style(self, bold: bool = False, **kw: Any) -> ParagraphStyle:
        key = (bold, tuple(sorted(kw.items())))
        st = self._cache.get(key)  # type: ignore[call-overload]
        if st is None:
            st = base.style("body", **{"fontName": self.bold_face if bold else self.regular,
                                       "fontSize": self.size, "leading": self.size * 1.3, **kw})
            self._cache[key] = st  # type: ignore[index]
        return st  # type: ignore[no-any-return]

    def p(self, text: str, bold: bool = False, markup: str | None = None, bullet: str | None = None,
          **kw: Any) -> Paragraph:
        st = self.style(bold, **kw)
        if not str(text).isascii() and not base.covers(st.fontName, text):
            st = ParagraphStyle(f"{st.name}-dejavu", parent=st,
                                fontName=base.SERIF_BOLD if bold else base.SERIF)
        plain = markup is None and bullet is None
        if plain and len(text) < SHORT:
            return base.plain(text, st)  # type: ignore[return-value]  # one line of plain text draws without the markup parser
        # longer text wraps (and is mostly the template's own): laid out once per text
        key = ("p", st.fontName, self.size, bold, tuple(sorted((k, repr(v)) for k, v in kw.items())),
               text, markup, bullet)
        if plain:
            return base.Snapshot(key, lambda: base.plain(text, st))  # type: ignore[return-value]
        return base.Snapshot(key, lambda: Paragraph(markup if markup is not None else esc(text), st,  # type: ignore[return-value]
                                                    bulletText=bullet))

    def b(self, text: str, **kw: Any) -> Paragraph:
        return self.p(text, bold=True, **kw)


def _tight(bottom: float = 0.8) -> TableStyle:
    return TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("LEFTPADDING", (0, 0), (-1, -1), 0),
                       ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                       ("TOPPADDING", (0, 0), (-1, -1), 0.8),
                       ("BOTTOMPADDING", (0, 0), (-1, -1), bottom)])


LABEL_W, COLON_W, MARK_W = 30 * mm, 4 * mm, 7 * mm
SHORT = 48   # characters: a shorter plain text is one line in any column of a decree


def _label_rows(T: _Type, label: str, items: list[str], numbering: str, width: float) -> list[Any]:
    """'Menimbang : a. …' — a label column, a colon, the marker, the wrapped item. One
    table per item, each laid out once (base.Snapshot): the Mengingat list and most of
    the Menimbang are the same from one decree to the next, the item naming the
    applicant is not. Stacked without spacing they sit exactly as the rows of one table
    and split the same way (between items, or inside a long one); the label stays with
    its first item."""
    cols = (LABEL_W, COLON_W, MARK_W, width - LABEL_W - COLON_W - MARK_W)
    out = []
    for i, item in enumerate(items):
        mark = (chr(ord("a") + i) + ".") if numbering == "alpha" else f"{i + 1}."
        first = label if i == 0 else ""
        out.append(base.Snapshot(("label_row", T.regular, T.size, first, mark, item, cols),
                                 functools.partial(_label_row, T, first, mark, item, cols)))
    return out


def _label_row(T: _Type, label: str, mark: str, item: str, cols: tuple[float, ...]) -> Flowable:
    return base.table([[T.p(label) if label else "", T.p(":") if label else "", T.p(mark),
                        T.p(item, alignment=TA_JUSTIFY)]], cols, _tight(), splitInRow=1)


def _expand(items: list[str], ctx: Context, key: str) -> list[str]:
    """An item that is exactly "{dasar_hukum}" becomes one item per entry."""
    out = []  # type: ignore[var-annotated]
    for it in items:
        if it.strip() == "{" + key + "}":
            out.extend(ctx.fill(x) for x in (ctx.get(key + "_list") or []))
        else:
            out.append(ctx.fill(it))
    return out


def _company_only(text: str) -> bool:
    try:
        fields = {re.split(r"[.\[]", f, maxsplit=1)[0] for f in _fields(text)}
    except ValueError:
        return False
    return bool(fields) and fields <= COMPANY_FIELDS


def _detail_rows(rows: list[list[str]], ctx: Context) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    has_company = bool(ctx.get("ada_perusahaan"))
    for row in rows:
        if len(row) == 1 and row[0].strip() == "{data_teknis}":
            out.extend((k, str(v) if v not in (None, "") else "-") for k, v in (ctx.get("data_teknis_list") or []))
        elif len(row) == 2:
            if not has_company and _company_only(row[1]):
                continue
            out.append((ctx.fill(row[0]), ctx.fill(row[1])))
    return out


# The signature field of a TTE draft (app/services/sksign.py): set to a dict, render()
# fills it with where the signature appears (page, x, y, width, height in points).
SIGNATURE_SPOT: ContextVar[dict[str, Any] | None] = ContextVar("SIGNATURE_SPOT", default=None)
SPOT_SIZE = (62 * mm, 17 * mm)


class SignatureSpot(Flowable):
    """Empty room for the electronic signature's visible stamp; records where it lands."""

    def __init__(self, sink: dict[str, Any] | None) -> None:
        super().__init__()
        self.sink = sink
        self.width, self.height = SPOT_SIZE

    def wrap(self, avail_w: Any, avail_h: Any) -> Any:
        return self.width, self.height

    def draw(self) -> None:
        if self.sink is not None:
            x, y = self.canv.absolutePosition(0, 0)
            self.sink.update(page=self.canv.getPageNumber() - 1, x=x, y=y, width=self.width,
                             height=self.height)


def _kv(T: _Type, rows: list[tuple[str, str]], width: float, label_w: float = 50 * mm) -> Flowable:
    return base.table([[T.p(k), T.p(":"), T.p(v)] for k, v in rows],
                      [label_w, COLON_W, width - label_w - COLON_W], _tight(), splitInRow=1, hAlign="LEFT")


def _signature(T: _Type, ctx: Context, signer: Signer, width: float, qr_payload: str | None,
               electronic: bool, mode: str = "decree") -> Flowable:
    """mode: "decree" (Ditetapkan di / pada tanggal), "statement" (place, date), "letter"
    (the date is at the top right of the letter already)."""
    right_w = width * 0.55
    right: list[Any] = []
    if mode == "decree":
        cols = (30 * mm, COLON_W, right_w - 34 * mm)

        def place_row(label: str, value: str) -> Flowable:
            return base.table([[T.p(label), T.p(":"), T.p(value)]], cols, _tight(), hAlign="LEFT")

        def rule() -> Table:
            line = Table([[""]], colWidths=[right_w], rowHeights=[1.5 * mm])
            line.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.6, colors.black)]))
            return line
        # one table per line, as the Menimbang items: the place and the rule are the same
        # on every SK, the date on every SK of the day
        for label, value in ((tr("Ditetapkan di"), ctx["tempat_penetapan"]),
                             (tr("pada tanggal"), ctx["tanggal_penetapan"])):
            right.append(base.Snapshot(("place", T.regular, T.size, label, value, cols),
                                       functools.partial(place_row, label, value)))
        right += [base.Snapshot(("rule", right_w), rule), Spacer(1, 2 * mm)]
    elif mode == "statement":
        right += [T.p(f"{ctx['tempat_penetapan']}, {ctx['tanggal_penetapan']}", alignment=TA_CENTER),
                  Spacer(1, 2 * mm)]
    # an acting head signs as "Plt. KEPALA DINAS …" (the decree stays the office head's)
    right.append(T.b((signer.acting + " " if signer.acting else "") + signer.title.upper() + ",",
                     alignment=TA_CENTER))
    if electronic:
        spot = SignatureSpot(SIGNATURE_SPOT.get())
        spot.hAlign = "CENTER"
        right += [Spacer(1, 1 * mm), spot,
                  T.p(tr("Ditandatangani secara elektronik"), alignment=TA_CENTER,
                      fontSize=T.size - 2, textColor=colors.HexColor("#333333")),
                  Spacer(1, 2 * mm)]
    else:
        right.append(Spacer(1, 22 * mm))
    name = signer.name or "(" + "." * 30 + ")"
    right.append(T.p(name, bold=True, markup="<u>" + esc(name) + "</u>", alignment=TA_CENTER))
    if signer.rank:
        right.append(T.p(signer.rank, alignment=TA_CENTER))
    if signer.nip:
        right.append(T.p("NIP. " + base.nip(signer.nip), alignment=TA_CENTER))
    left = []
    if qr_payload:
        left = [base.QR(qr_payload, size=26 * mm),
                T.p(tr("Pindai untuk memeriksa keaslian"), fontSize=7, leading=9)]
    return base.table([[left, right]], [width - right_w, right_w],
                      [("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                       ("RIGHTPADDING", (0, 0), (-1, -1), 0)])


def _footer(electronic: bool) -> Any:
    def draw(canvas: Any, doc: Any) -> None:
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
        canvas.restoreState()
    return draw


def page_number(font: str) -> Any:
    """'- 2 -' at the top centre of every page after the first (Permendagri 1/2023)."""
    def draw(canvas: Any, doc: Any) -> None:
        n = canvas.getPageNumber()
        if n < 2:
            return
        w, h = canvas._pagesize
        canvas.saveState()
        canvas.setFont(font, 10)
        canvas.drawCentredString(w / 2, h - 10 * mm, f"- {n} -")
        canvas.restoreState()
    return draw


# --- the documents -------------------------------------------------------------------

def render(template: dict[str, Any], ctx: Context, office: Office, signer: Signer, *, electronic: bool,
           qr_payload: str | None, title: str, font: str = "bookman") -> bytes:
    T = _Type(font)
    width = A4[0] - MARGINS[0] - MARGINS[1]
    story = list(base.letterhead(office, width))
    kind = template["jenis"]
    if kind == "keputusan":
        story += _decree(T, template, ctx, signer, width, electronic, qr_payload)
    elif kind == "keterangan":
        story += _statement(T, template, ctx, signer, width, electronic, qr_payload)
    else:
        story += _letter(T, template, ctx, signer, width, electronic, qr_payload)
    bottom, numbers = _footer(electronic), page_number(T.regular)

    def decorations(canvas: Any, doc: Any) -> None:
        bottom(canvas, doc)
        numbers(canvas, doc)
    return base.render(story, A4, title=title, author=office.name, subject=ctx.get("nama_izin", ""),
                       footer=decorations, margins=MARGINS)


def _heading(T: _Type, ctx: Context, t: dict[str, Any]) -> list[Any]:
    story: list[Any] = [T.b(ctx.fill(t["judul"]).upper(), alignment=TA_CENTER),
                   T.p("NOMOR " + ctx["nomor"], alignment=TA_CENTER)]
    if ctx.fill(t.get("tentang", "")).strip():
        story += [Spacer(1, 1.5 * mm), T.p("TENTANG", alignment=TA_CENTER),
                  T.b(ctx.fill(t["tentang"]).upper(), alignment=TA_CENTER)]
    return story


def _dicta_table(T: _Type, dicta: list[tuple[str, str, list[Any]]], width: float) -> Flowable:
    """All dicta in one table: 'KESATU : text', then its items (numbered paragraphs or one
    details table) in the body column. A dictum's text never ends a page without its
    first item (NOSPLIT over those two rows); the table splits anywhere else."""
    body_w = width - LABEL_W - COLON_W
    rows, cmds = [], [*_tight().getCommands()]  # type: ignore[var-annotated]
    for label, text, subs in dicta:
        first = len(rows)
        rows.append([T.p(label), T.p(":"), T.p(text, alignment=TA_JUSTIFY)])
        rows += [["", "", sub] for sub in subs]  # type: ignore[list-item]
        last = len(rows) - 1
        if subs:
            cmds.append(("NOSPLIT", (0, first), (-1, first + 1)))
        cmds.append(("BOTTOMPADDING", (0, last), (-1, last), 2.5))
    return base.table(rows, [LABEL_W, COLON_W, body_w], cmds, splitInRow=1)


def _dictum(T: _Type, dictum: tuple[str, str, list[Any]], width: float) -> Flowable:
    """One dictum's table (stacked, they sit and split as the rows of one); a dictum of
    text alone is the template's own sentence, laid out once (base.Snapshot)."""
    label, text, subs = dictum
    if subs:
        return _dicta_table(T, [dictum], width)
    return base.Snapshot(("dictum", T.regular, T.size, label, text, width),
                         functools.partial(_dicta_table, T, [dictum], width))


def _decree(T: _Type, t: dict[str, Any], ctx: Context, signer: Signer, width: float, electronic: bool,
            qr_payload: str | None) -> list[Any]:
    story = _heading(T, ctx, t)
    story.append(Spacer(1, 4 * mm))
    opening = t.get("pembuka", "{jabatan_penandatangan},")
    story += [T.p(ctx.fill(opening), bold="pembuka" not in t,
                  alignment=TA_CENTER if "pembuka" not in t else TA_JUSTIFY), Spacer(1, 3 * mm)]
    story += _label_rows(T, tr("Menimbang"), _expand(t["menimbang"], ctx, "dasar_hukum"), "alpha", width)
    story.append(Spacer(1, 2 * mm))
    mengingat = order_legal(_expand(t["mengingat"], ctx, "dasar_hukum"))
    story += _label_rows(T, tr("Mengingat"), mengingat, "number", width)
    decide: list[Any] = [Spacer(1, 3 * mm), T.b("MEMUTUSKAN:", alignment=TA_CENTER), Spacer(1, 2 * mm)]
    if ctx.fill(t.get("menetapkan", "")).strip():
        decide.append(_dictum(T, (tr("Menetapkan"), ctx.fill(t["menetapkan"]), []), width))
    story.append(KeepTogether(decide))   # MEMUTUSKAN never alone at the foot of a page
    dicta = [d for d in t["diktum"] if not d.get("daftar") or ctx.get(d["daftar"] + "_list")]
    body_w = width - LABEL_W - COLON_W
    rows = []
    for i, d in enumerate(dicta):
        subs: list[Any] = []
        if d.get("daftar"):  # a numbered list (e.g. the conditions); the dictum is left out when empty
            subs += [T.p(x, alignment=TA_JUSTIFY, leftIndent=MARK_W, bulletIndent=0, bullet=f"{n}.")
                     for n, x in enumerate(ctx[d["daftar"] + "_list"], 1)]
        details = _detail_rows(d.get("rincian", []), ctx)
        if details:
            subs.append(_kv(T, details, body_w))
        rows.append((DICTA[i] if i < len(DICTA) else f"KE-{i + 1}", ctx.fill(d["teks"]), subs))
    if len(rows) > 1:
        story += [_dictum(T, row, width) for row in rows[:-1]]
    # the signature never stands alone on the last page: the last dictum goes with it
    last = [_dictum(T, rows[-1], width)] if rows else []
    story.append(KeepTogether([*last, Spacer(1, 6 * mm),
                               _signature(T, ctx, signer, width, qr_payload, electronic)]))
    story += _tembusan(T, t, ctx)
    return story


def _statement(T: _Type, t: dict[str, Any], ctx: Context, signer: Signer, width: float, electronic: bool,
               qr_payload: str | None) -> list[Any]:
    """Surat keterangan: Dasar, the statement, its details and conditions, then the signer."""
    story = _heading(T, ctx, t)
    story.append(Spacer(1, 5 * mm))
    dasar = order_legal(_expand(t.get("dasar", ["{dasar_hukum}"]), ctx, "dasar_hukum"))
    if dasar:
        story += _label_rows(T, tr("Dasar"), dasar, "number", width)
        story.append(Spacer(1, 3 * mm))
    story += [T.p(ctx.fill(t["pembuka"]), alignment=TA_JUSTIFY), Spacer(1, 2 * mm)]
    rows = _detail_rows(t["rincian"], ctx)
    if rows:
        letters = [(f"{chr(ord('a') + i)}. {k}", v) for i, (k, v) in enumerate(rows)]
        kv = _kv(T, letters, width - 8 * mm, 52 * mm)
        wrap = base.table([["", kv]], [8 * mm, width - 8 * mm], _tight())
        story += [wrap, Spacer(1, 2 * mm)]
    terms = [ctx.fill(x) for x in t.get("ketentuan", [])] + list(ctx.get("ketentuan_list") or [])
    if terms:
        story += [T.p(ctx.fill(t.get("ketentuan_pembuka", tr("dengan ketentuan sebagai berikut:")))),
                  Spacer(1, 1 * mm)]
        for n, x in enumerate(terms, 1):
            story.append(base.table([["", T.p(f"{n}."), T.p(x, alignment=TA_JUSTIFY)]],
                                    [8 * mm, MARK_W, width - 8 * mm - MARK_W], _tight(0.5), splitInRow=1))
        story.append(Spacer(1, 2 * mm))
    closing: list[Any] = []
    for para_ in t.get("penutup", []):
        closing += [T.p(ctx.fill(para_), alignment=TA_JUSTIFY, firstLineIndent=10 * mm), Spacer(1, 2 * mm)]
    # the closing sentence goes with the signature: never a signature alone on a page
    story.append(KeepTogether([*closing, Spacer(1, 4 * mm),
                               _signature(T, ctx, signer, width, qr_payload, electronic, "statement")]))
    story += _tembusan(T, t, ctx)
    return story


def _letter(T: _Type, t: dict[str, Any], ctx: Context, signer: Signer, width: float, electronic: bool,
            qr_payload: str | None) -> list[Any]:
    """Surat dinas: place and date top right; Nomor, Sifat, Lampiran, Hal on the left,
    the addressee ("Yth.") on the right; the body; the signer; tembusan."""
    left_w = width * 0.56
    head = base.table([
        [T.p(tr("Nomor")), T.p(":"), T.p(ctx["nomor"])],
        [T.p(tr("Sifat")), T.p(":"), T.p(ctx.fill(t.get("sifat", "Biasa")))],
        [T.p(tr("Lampiran")), T.p(":"), T.p(ctx.fill(t.get("lampiran", "-")))],
        [T.p(tr("Hal")), T.p(":"), T.b(ctx.fill(t["perihal"]))],
    ], [20 * mm, COLON_W, left_w - 24 * mm - 3 * mm], _tight(), hAlign="LEFT")
    lines = [ctx.fill(x) for x in t.get("kepada", [])]
    to: list[Any] = []
    if lines:
        to.append(T.p(tr("Yth.") + " " + lines[0]))
        to += [T.p(x) for x in lines[1:]]
    to += [T.p(tr("di")), T.p(ctx.fill(t.get("tempat", "Tempat")), leftIndent=6 * mm)]
    top = base.table([[head, to]], [left_w, width - left_w], _tight())
    story: list[Any] = [T.p(f"{ctx['tempat_penetapan']}, {ctx['tanggal_penetapan']}", alignment=TA_RIGHT),
                   Spacer(1, 4 * mm), top, Spacer(1, 6 * mm)]
    indent = 24 * mm   # the body starts under the values of Nomor/Hal, as the format shows
    for para_ in t["isi"]:
        text = ctx.fill(para_)
        if para_.strip() == "{alasan_penolakan}":
            items = [x.strip() for x in text.splitlines() if x.strip()] or ["-"]
            rows = [[T.p(f"{i}."), T.p(x, alignment=TA_JUSTIFY)] for i, x in enumerate(items, 1)]
            at = base.table(rows, [MARK_W, width - indent - 6 * mm - MARK_W], _tight(), splitInRow=1)
            story += [base.table([[" ", at]], [indent + 6 * mm, width - indent - 6 * mm], _tight()),
                      Spacer(1, 2 * mm)]
        else:
            p = T.p(text, alignment=TA_JUSTIFY, firstLineIndent=8 * mm)
            story += [base.table([[" ", p]], [indent, width - indent], _tight()),
                      Spacer(1, 2 * mm)]
    story.append(Spacer(1, 5 * mm))
    story.append(KeepTogether([_signature(T, ctx, signer, width, qr_payload, electronic, "letter")]))
    story += _tembusan(T, t, ctx)
    return story


def _tembusan(T: _Type, t: dict[str, Any], ctx: Context) -> list[Any]:
    items: list[str] = []
    for x in t.get("tembusan", []):
        if x.strip() == "{tembusan_izin}":
            items += list(ctx.get("tembusan_izin_list") or [])
        else:
            items.append(ctx.fill(x))
    items = [x.strip().rstrip(";.") for x in items if x.strip() and x.strip() != "-"]
    if not items:
        return []
    ends = [";"] * (len(items) - 1) + ["."]
    return [Spacer(1, 6 * mm), T.p(tr("Tembusan:"), fontSize=T.size - 1),
            *[T.p(f"{i}. {x}{e}", fontSize=T.size - 1) for i, (x, e) in enumerate(zip(items, ends, strict=True), 1)]]


# --- legalised copies --------------------------------------------------------------------

def legalise(pdf: bytes, copies: int, *, officer_name: str, officer_nip: str | None,
             officer_title: str, when_text: str, office_name: str, on_behalf: str = "") -> bytes:
    """N copies of `pdf`, every page stamped "Salinan sesuai dengan aslinya" with the
    legalising official (bottom band, inside the space the SK leaves free: their title,
    room for the signature and the office cap, name and NIP) and "Salinan n dari N".
    The original bytes are never changed."""
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
            _stamp(c, n, copies, officer_name, officer_nip, officer_title, when_text, office_name,
                   on_behalf)
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


def _fit(c: Any, text: str, font: str, size: float, width: float) -> float:
    while size > 5 and c.stringWidth(text, font, size) > width:
        size -= 0.25
    return size


def _stamp(c: Any, n: int, copies: int, officer_name: str, officer_nip: str | None, officer_title: str,
           when_text: str, office_name: str, on_behalf: str = "") -> None:
    """Left: the mark, the copy count, the office and the date. Right: the official's
    block as under a signature — "a.n. …", the title, blank room for the signature and
    the cap, the name and NIP."""
    x, y, bw, bh = STAMP_BOX
    ink = colors.HexColor("#1a3a8a")
    c.setFillColor(colors.white)
    c.setStrokeColor(ink)
    c.setLineWidth(1.1)
    c.roundRect(x, y, bw, bh, 1.5 * mm, stroke=1, fill=1)
    c.setFillColor(ink)
    left_w = bw * 0.42
    c.setFont(base.SANS_BOLD, 8.5)
    c.drawString(x + 3 * mm, y + bh - 5 * mm, LEGAL_MARK.upper())
    c.setFont(base.SANS, 7)
    c.drawString(x + 3 * mm, y + bh - 9 * mm, f"Salinan {n} dari {copies}")
    office = judul(office_name)
    size = _fit(c, office, base.SANS, 6.5, left_w - 5 * mm)
    c.setFont(base.SANS, size)
    c.drawString(x + 3 * mm, y + bh - 12.5 * mm, office)
    c.setFont(base.SANS, 6.5)
    c.drawString(x + 3 * mm, y + 2.6 * mm, f"Dilegalisasi {when_text}")
    # the official's block, centred in the right part
    cx = x + left_w + (bw - left_w) / 2
    inner = bw - left_w - 4 * mm
    top = y + bh - 4.2 * mm
    for text in [t for t in (on_behalf, officer_title + ",") if t]:
        size = _fit(c, text, base.SANS, 7, inner)
        c.setFont(base.SANS, size)
        c.drawCentredString(cx, top, text)
        top -= 3 * mm
    name = officer_name[:60]
    c.setFont(base.SANS_BOLD, 7.5)
    c.drawCentredString(cx, y + 5.4 * mm, name)
    c.setLineWidth(0.5)
    half = c.stringWidth(name, base.SANS_BOLD, 7.5) / 2
    c.line(cx - half, y + 4.9 * mm, cx + half, y + 4.9 * mm)
    if officer_nip:
        c.setFont(base.SANS, 6.5)
        c.drawCentredString(cx, y + 2.2 * mm, "NIP. " + base.nip(officer_nip))
