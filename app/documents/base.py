"""The shared PDF base: fonts, styles, the letterhead, QR codes, watermark, render.

Every document of the office (receipt, return slip, SK, handover receipt,
reports) is a reportlab *story* (a list of flowables) passed to `render()`.
The small API:

    esc(text)                       -> markup-safe text for a Paragraph ("<b>" prints literally)
    para(text, style="body")        -> Paragraph of plain text (escaped, wraps, never overflows)
    styles()                        -> dict of ParagraphStyles: title, subtitle, h2, body, small,
                                       tiny, cell, cell_bold, label, center, right, kop_gov,
                                       kop_name, kop_addr, mono
    Office.from_session(session)    -> the letterhead settings (office.* keys, office.logo)
    letterhead(office, width, compact=False) -> [flowables]: logo + centred lines + double rule
    DoubleRule(width)               -> the thick-over-thin line under an Indonesian kop surat
    kv_table(rows, width, label_width=None, style="cell") -> label : value table, values wrap
    grid_table(header, rows, col_widths, ...) -> bordered table of wrapped cells (repeats header)
    QR(payload, size=30*mm)         -> QR-code flowable (error correction M)
    Snapshot(key, build)            -> build()'s flowable, laid out and drawn once per key
                                       (the content it depends on) and replayed after that
    signature_block(...)            -> table of signature columns (title, space, name, NIP)
    local_time(dt_utc, tz)          -> aware local datetime for "tanggal dan jam"
    tanggal(d) / tanggal_jam(dt)    -> "25 November 2026" / "25 November 2026 14:03 WIB"
    render(story, pagesize="A4", *, title, author="", subject="", watermark=None,
           footer=None, margins=None) -> bytes

Page sizes: "A4", "A5" and "ROLL80" (80 mm thermal roll; the page is exactly as
long as its content). `watermark="SALINAN"` draws a large diagonal word under
the content of every page and a plain "SALINAN" line at the top, so a copy is
told from the original on paper and in extracted text. `footer` is a
callable(canvas, doc) or a string printed small at the bottom of each page with
"Halaman n".

Text: all text goes through `para()`/`esc()`; DejaVu (resources/fonts, free
licence beside it) covers Latin, Greek, Cyrillic and common symbols, so any
applicant name prints. Long unbroken words are split at the line width
(ParagraphStyle.splitLongWords) and table rows may split across pages
(splitInRow), so no value can make a build fail.
"""
from __future__ import annotations

import functools
import io
import re
import threading
import zlib
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape as _xml_escape
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfdoc, pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont, makeToUnicodeCMap
from reportlab.platypus import (
    ActionFlowable,
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from sqlalchemy.orm import Session

from app.paths import resources_dir

SANS, SANS_BOLD, SANS_ITALIC, SANS_BOLD_ITALIC = (
    "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique")
SERIF, SERIF_BOLD, SERIF_ITALIC, SERIF_BOLD_ITALIC = (
    "DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic", "DejaVuSerif-BoldItalic")

# Letter faces for the SK and letters (`documents.letter_font`): Loket Bonum is TeX Gyre
# Bonum (metric twin of Bookman Old Style) with TrueType outlines; Liberation Sans is the
# metric twin of Arial. Licences beside the files in resources/fonts.
LETTER_FONTS = {
    "bookman": ("LoketBonum-Regular", "LoketBonum-Bold", "LoketBonum-Italic", "LoketBonum-BoldItalic"),
    "arial": ("LiberationSans-Regular", "LiberationSans-Bold", "LiberationSans-Italic",
              "LiberationSans-BoldItalic"),
    "dejavu": (SERIF, SERIF_BOLD, SERIF_ITALIC, SERIF_BOLD_ITALIC),
}

ROLL80_WIDTH = 80 * mm
PAGE_SIZES = {"A4": A4, "A5": A5, "ROLL80": (ROLL80_WIDTH, None)}
BULAN = ("", "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
         "September", "Oktober", "November", "Desember")
TZ_LABEL = {"Asia/Jakarta": "WIB", "Asia/Makassar": "WITA", "Asia/Jayapura": "WIT"}

_fonts_done = False


# --- fonts whose subsets are built once -------------------------------------------------
# reportlab embeds each TrueType font as subsets of at most 256 characters; with
# rl_config.ttfAsciiReadable (the default) subset 0 always holds ASCII 32..126 at their
# own codes, and other characters take codes 1..31, then 128.. in order of first use.
# So most documents (ASCII text) embed the very same subset 0 of each font, and
# building it — cutting the glyph tables (makeSubset), zlib-compressing the font
# program and its ToUnicode map — was the largest single cost of a receipt and about
# a quarter of an SK's. `_Font` keeps those compressed streams per subset (keyed by the
# subset's exact characters, so any other text simply builds its own) and writes
# exactly the objects reportlab writes: the PDF is byte for byte the same
# (tests/unit/test_documents_speed.py compares it with stock reportlab).

_SUBSET_CACHE_SIZE = 24     # per font; each entry is one compressed font program (~20-60 kB)


class _Formatted(pdfdoc.PDFArray):
    """An array of numbers formatted once (the same bytes in any document)."""

    def __init__(self, numbers: Sequence[float]) -> None:
        super().__init__(numbers)
        self._bytes: bytes = pdfdoc.PDFArray(numbers).format(None)

    def format(self, document: Any, IND: bytes = b"\n ") -> bytes:
        return self._bytes


_MARK = re.compile(rb"\x00(\d+)\x00 0 R")


class _Marks:
    """A stand-in document for formatting an object with its references left open:
    reference i is written as a mark (`_Shape`)."""

    def __init__(self, names: Sequence[str]) -> None:
        self.idToObjectNumberAndVersion = {name: (f"\x00{i}\x00", 0) for i, name in enumerate(names)}


@dataclass(frozen=True)
class _Shape:
    """An object's bytes with the references cut out: the same dictionary in any document
    but for the numbers of the objects it refers to (a subset's font and descriptor
    dictionaries were most of the time spent writing a document's objects)."""
    parts: tuple[bytes, ...]
    refs: tuple[str, ...]           # the names referred to, between the parts

    @classmethod
    def of(cls, obj: Any, names: Sequence[str]) -> _Shape:
        pieces = _MARK.split(obj.format(_Marks(names)))
        return cls(tuple(pieces[0::2]), tuple(names[int(i)] for i in pieces[1::2]))


class _Shaped(pdfdoc.PDFObject):
    """A `_Shape` written with this document's object numbers, as PDFObjectReference
    writes them."""
    __RefOnly__ = 1         # as a font dictionary: always an object of its own
    __Comment__: str        # set on a font's, as reportlab sets it (printed with rl_config.pdfComments)

    def __init__(self, shape: _Shape) -> None:
        self.shape = shape

    def format(self, document: Any) -> bytes:
        numbers = document.idToObjectNumberAndVersion
        parts = self.shape.parts
        out = [parts[0]]
        for name, part in zip(self.shape.refs, parts[1:], strict=True):
            out += [b"%d %d R" % numbers[name], part]
        return b"".join(out)


@dataclass(frozen=True)
class _Subset:
    base_name: str
    widths: _Formatted
    cmap: bytes            # ToUnicode CMap, zlib-compressed
    program: bytes         # the subset's TrueType file, zlib-compressed
    length1: int           # its uncompressed length (FontFile2 /Length1)


class _Font(TTFont):
    """A TTFont whose subsets are made and compressed once per process (see above)."""

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename)
        self._subsets: OrderedDict[tuple[int, tuple[int, ...]], _Subset] = OrderedDict()
        self._shapes: OrderedDict[tuple[int, tuple[int, ...], str], tuple[_Shape, _Shape]] = OrderedDict()
        self._lock = threading.Lock()

    def _subset(self, n: int, chars: list[int]) -> _Subset:
        key = (n, tuple(chars))
        with self._lock:
            got = self._subsets.get(key)
            if got is not None:
                self._subsets.move_to_end(key)
                return got
        face = self.face
        base_name = b"".join((SUBSETN(n), b"+", face.name, face.subfontNameX)).decode("pdfdoc")
        program = face.makeSubset(chars)
        got = _Subset(base_name, _Formatted(list(map(face.getCharWidth, chars))),
                      zlib.compress(makeToUnicodeCMap(base_name, chars).encode("utf8")),
                      zlib.compress(program), len(program))
        with self._lock:
            self._subsets[key] = got
            while len(self._subsets) > _SUBSET_CACHE_SIZE:
                self._subsets.popitem(last=False)
        return got

    def splitString(self, text: Any, doc: Any, encoding: str = "utf-8") -> Any:
        """TTFont.splitString, without its loop over the characters for printable ASCII
        in a document whose subset 0 holds ASCII at its own codes (rl_config.ttfAsciiReadable,
        the default): such text is subset 0, byte for byte. Called for every line drawn."""
        state: Any = self.state.get(doc)    # TTFont.State (its stubs leave out the assignments)
        if state is not None and text and isinstance(text, str) and text.isascii() and text.isprintable():
            readable = getattr(state, "_loket_ascii", None)
            if readable is None:    # the state's own assignments decide (fixed once made)
                assigned = state.assignments
                readable = state._loket_ascii = all(assigned.get(c) == c for c in range(32, 127))
            if readable:
                return [(0, text.encode("ascii"))]
        return super().splitString(text, doc, encoding)

    def _font_objects(self, n: int, chars: list[int], internal: str, sub: _Subset, cmap_ref: Any,
                      program_ref: Any) -> tuple[Any, Any]:
        """The descriptor and font dictionaries of a subset, as TTFont.addObjects makes them."""
        face = self.face
        flags = (face.flags & ~ttfonts.FF_NONSYMBOLIC) | ttfonts.FF_SYMBOLIC
        descriptor = pdfdoc.PDFDictionary({
            "Type": "/FontDescriptor", "Ascent": face.ascent, "CapHeight": face.capHeight,
            "Descent": face.descent, "Flags": flags, "FontBBox": pdfdoc.PDFArray(face.bbox),
            "FontName": pdfdoc.PDFName(sub.base_name), "ItalicAngle": face.italicAngle,
            "StemV": face.stemV, "FontFile2": program_ref, "MissingWidth": face.defaultWidth})
        font: Any = pdfdoc.PDFTrueTypeFont()
        font.Name = internal
        font.BaseFont = sub.base_name
        font.FirstChar = 0
        font.LastChar = len(chars) - 1
        font.Widths = sub.widths
        font.ToUnicode = cmap_ref
        font.FontDescriptor = pdfdoc.PDFObjectReference("fontDescriptor:" + sub.base_name)
        return descriptor, font

    def addObjects(self, doc: Any) -> None:
        """TTFont.addObjects (reportlab 5.1) with the subset streams from `_subset`, and its
        descriptor and font dictionaries written from their bytes (`_Shape`)."""
        if not doc.compression:
            super().addObjects(doc)
            return
        this: Any = self    # reportlab's stubs leave out TTFont's per-document state
        state = this._assignState(doc)
        state.frozen = 1
        flate = pdfdoc.PDFArray([pdfdoc.PDFName(pdfdoc.PDFZCompress.pdfname)])
        face = self.face
        for n, chars in enumerate(state.subsets):
            internal = self.getSubsetInternalName(n, doc)[1:]
            sub = self._subset(n, chars)
            cmap = pdfdoc.PDFStream(pdfdoc.PDFDictionary({"Filter": flate}), sub.cmap)
            cmap_ref = doc.Reference(cmap, "toUnicodeCMap:" + sub.base_name)
            # the descriptor as TTFontFace.addSubsetObjects makes it
            program = pdfdoc.PDFStream(pdfdoc.PDFDictionary({"Length1": sub.length1, "Filter": flate}),
                                       sub.program)
            program_ref = doc.Reference(program, f"fontFile:{face.filename}({sub.base_name})")
            key = (n, tuple(chars), internal)
            with self._lock:
                shapes = self._shapes.get(key)
            if shapes is None:
                descriptor, font = self._font_objects(n, chars, internal, sub, cmap_ref, program_ref)
                shapes = (_Shape.of(descriptor, [program_ref.name]),
                          _Shape.of(font, [cmap_ref.name, "fontDescriptor:" + sub.base_name]))
                with self._lock:
                    self._shapes[key] = shapes
                    while len(self._shapes) > 4 * _SUBSET_CACHE_SIZE:
                        self._shapes.popitem(last=False)
            descriptor, font = _Shaped(shapes[0]), _Shaped(shapes[1])
            font.__Comment__ = f"Font {self.fontName} subset {n}"   # as reportlab names it
            doc.Reference(descriptor, "fontDescriptor:" + sub.base_name)
            doc.Reference(font, internal)
            doc.idToObject["BasicFonts"].dict[internal] = font
        del self.state[doc]


def register_fonts() -> None:
    """Register the DejaVu families once per process (idempotent)."""
    global _fonts_done
    if _fonts_done:
        return
    folder = resources_dir() / "fonts"
    for name in (SANS, SANS_BOLD, SANS_ITALIC, SANS_BOLD_ITALIC,
                 SERIF, SERIF_BOLD, SERIF_ITALIC, SERIF_BOLD_ITALIC):
        pdfmetrics.registerFont(_Font(name, str(folder / f"{name}.ttf")))
    # <b>/<i> inside our own (trusted) markup map to the right faces.
    pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD, italic=SANS_ITALIC,
                                  boldItalic=SANS_BOLD_ITALIC)
    pdfmetrics.registerFontFamily(SERIF, normal=SERIF, bold=SERIF_BOLD, italic=SERIF_ITALIC,
                                  boldItalic=SERIF_BOLD_ITALIC)
    _fonts_done = True


_letter_done: set[str] = set()


def letter_fonts(name: str = "bookman") -> tuple[str, str, str, str]:
    """(regular, bold, italic, bold italic) of a letter face, registered on first use.
    An unknown name falls back to DejaVu Serif."""
    register_fonts()
    faces = LETTER_FONTS.get(name) or LETTER_FONTS["dejavu"]
    if faces[0] not in _letter_done and faces[0] != SERIF:
        folder = resources_dir() / "fonts"
        for face in faces:
            pdfmetrics.registerFont(_Font(face, str(folder / f"{face}.ttf")))
        pdfmetrics.registerFontFamily(faces[0], normal=faces[0], bold=faces[1], italic=faces[2],
                                      boldItalic=faces[3])
        _letter_done.add(faces[0])
    return faces


def covers(font_name: str, text: str) -> bool:
    """Whether every character of `text` has a glyph in the font (a name in Cyrillic or
    Greek is printed in DejaVu, which has them, rather than as empty boxes)."""
    face = pdfmetrics.getFont(font_name).face  # type: ignore[attr-defined]
    cmap = face.charToGlyph
    return all(ord(ch) in cmap or ch in "\n\r\t" for ch in str(text or ""))


def esc(text: Any) -> str:
    """Plain text → Paragraph markup that prints exactly that text.
    `<b>PT Maju & Jaya</b>` stays literal; newlines become line breaks."""
    if text is None:
        return ""
    s = _xml_escape(str(text))
    return s.replace("\r\n", "\n").replace("\n", "<br/>")


_styles: dict[str, ParagraphStyle] | None = None


def styles() -> dict[str, ParagraphStyle]:
    global _styles
    if _styles is None:
        register_fonts()
        base = ParagraphStyle("body", fontName=SANS, fontSize=9.5, leading=12.5,
                              splitLongWords=1, allowWidows=0)
        s = {"body": base}

        def add(name: Any, **kw: Any) -> None:
            s[name] = ParagraphStyle(name, parent=base, **kw)
        add("small", fontSize=8, leading=10)
        add("tiny", fontSize=6.5, leading=8)
        add("cell", fontSize=8.5, leading=10.5)
        add("cell_bold", fontSize=8.5, leading=10.5, fontName=SANS_BOLD)
        add("label", fontSize=8.5, leading=10.5, textColor=colors.HexColor("#333333"))
        add("title", fontName=SANS_BOLD, fontSize=12.5, leading=15.5, alignment=TA_CENTER,
            spaceAfter=1 * mm)
        add("subtitle", fontSize=9.5, leading=12, alignment=TA_CENTER)
        add("h2", fontName=SANS_BOLD, fontSize=9.5, leading=12, spaceBefore=2 * mm, spaceAfter=1 * mm)
        add("center", alignment=TA_CENTER)
        add("right", alignment=TA_RIGHT)
        add("mono", fontName=SANS, fontSize=8, leading=10)
        # the office name is the largest line of the kop surat (Permendagri 1/2023)
        add("kop_gov", fontName=SANS_BOLD, fontSize=12, leading=14.5, alignment=TA_CENTER)
        add("kop_name", fontName=SANS_BOLD, fontSize=14, leading=17, alignment=TA_CENTER)
        add("kop_addr", fontSize=8.5, leading=10.5, alignment=TA_CENTER)
        _styles = s
    return _styles


def style(name: str, **overrides: Any) -> ParagraphStyle:
    """A named style, optionally derived (e.g. style("cell", alignment=TA_CENTER))."""
    st = styles()[name]
    if not overrides:
        return st
    return ParagraphStyle(f"{name}-{id(overrides)}", parent=st, **overrides)


def para(text: Any, style_name: str | ParagraphStyle = "body", markup: bool = False) -> Flowable:
    """A Paragraph of plain text. markup=True only for our own trusted markup."""
    st = style_name if isinstance(style_name, ParagraphStyle) else styles()[style_name]
    return Paragraph(str(text), st) if markup else plain(text, st)


# --- plain text that fits on one line ------------------------------------------------------
# Most of a document's paragraphs are short plain texts (labels, values, table cells).
# reportlab parses each one as markup, breaks it into lines and draws it through a text
# object inside two saved graphics states: most of a receipt's time. `Line` measures
# the text once; when it fits the width it draws it exactly where Paragraph would (same
# font, size, colour, baseline, alignment), and otherwise it is a real Paragraph.

_ALIGN_SHARE = {TA_LEFT: 0.0, TA_CENTER: 0.5, TA_RIGHT: 1.0}


def _one_line_style(st: ParagraphStyle) -> bool:
    """Whether a style draws a single line of plain text in the simple way Line copies.
    (Not remembered on the style: a style derived from it copies its attributes.)"""
    def g(name: str, default: Any = None) -> Any:
        return getattr(st, name, default)
    return (g("alignment") in _ALIGN_SHARE and not g("firstLineIndent") and not g("bulletText")
            and not g("backColor") and not (g("borderWidth") and g("borderColor")) and not g("wordWrap")
            and not g("textTransform") and not g("endDots") and not g("underline", 0)
            and not g("strike", 0) and g("autoLeading", "") in ("", "off", None))


class Line(Flowable):
    """Plain text as a Paragraph would lay it out (see above)."""

    def __init__(self, text: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.raw, self.style = text, style
        self.words = text.split()
        self.text = " ".join(self.words)
        self._para: Paragraph | None = None
        self._text_width: float | None = None

    def _paragraph(self) -> Paragraph:
        if self._para is None:
            self._para = Paragraph(esc(self.raw), self.style)
        return self._para

    def _fits(self, avail_w: float) -> bool:
        if self._para is not None:
            return False
        st = self.style
        if self._text_width is None:
            self._text_width = pdfmetrics.stringWidth(self.text, st.fontName, st.fontSize)
        # a margin against rounding: a line that only just fits goes the Paragraph way
        return self._text_width <= avail_w - st.leftIndent - st.rightIndent - 0.01

    def wrap(self, avail_w: Any, avail_h: Any) -> Any:
        if avail_w < 1e-8 or not self.words or not self._fits(avail_w):
            w, h = self._paragraph().wrap(avail_w, avail_h)
            self.width, self.height = w, h
            return w, h
        self.width, self.height = avail_w, self.style.leading
        return self.width, self.height

    def split(self, avail_w: Any, avail_h: Any) -> Any:
        if self._para is None and self.words and self._fits(avail_w):
            return [] if avail_h < self.style.leading else [self]
        return self._paragraph().split(avail_w, avail_h)

    def minWidth(self) -> Any:
        return self._paragraph().minWidth()

    def getPlainText(self, identify: Any=None) -> Any:
        return self.text

    def drawOn(self, canvas: Any, x: Any, y: Any, _sW: Any=0) -> Any:
        if self._para is not None or not self.words:
            return self._paragraph().drawOn(canvas, x, y, _sW)  # type: ignore[call-arg]
        st = self.style
        extra = self.width - st.leftIndent - st.rightIndent - self._text_width  # type: ignore[operator]
        tx, ty = x + st.leftIndent + _ALIGN_SHARE[st.alignment] * extra, y + self.height - st.fontSize  # type: ignore[index]
        ops = _text_ops(canvas, self.text, st, tx, ty)
        if ops is not None:
            canvas.addLiteral(ops)
            return
        canvas.saveState()
        canvas.setFillColor(st.textColor)
        text = canvas.beginText(tx, ty)
        text.setFont(st.fontName, st.fontSize, st.leading)
        text.textOut(self.text)
        canvas.drawText(text)
        canvas.restoreState()

    def draw(self) -> None:   # drawn through drawOn only; kept for Flowable's contract
        self.drawOn(self.canv, 0, 0)


def _text_ops(canvas: Any, text: str, st: ParagraphStyle, x: float, y: float) -> str | None:
    """The operators Line's canvas calls produce (saveState, setFillColor, a text
    object with setFont and textOut, restoreState), written in one go: the calls build
    a text object and copy the canvas state twice for each of the hundreds of short
    texts of a document. None where that is not the plain case (a non-TrueType font,
    a colour that is not plain RGB or sets transparency, a top-down canvas): the
    caller then makes the calls."""
    font: Any = pdfmetrics.getFont(st.fontName)
    color = st.textColor
    if (not getattr(font, "_dynamicFont", 0) or not canvas.bottomup or type(color) is not colors.Color
            or getattr(canvas, "_enforceColorSpace", None)
            or color.alpha != canvas._extgstate.getValue("ca")):
        return None
    doc = canvas._doc
    size = f"{fp_str(st.fontSize)} Tf {fp_str(st.leading)} TL"
    out, current = [], -1
    for subset, chunk in font.splitString(text, doc):
        if subset != current:
            out.append(f"{font.getSubsetInternalName(subset, doc)} {size}")
            current = subset
        out.append(f"({escapePDF(chunk)}) Tj")
    return (f"q\n{fp_str(color.red, color.green, color.blue)} rg\n"
            f"BT 1 0 0 1 {fp_str(x, y)} Tm {' '.join(out)} ET\nQ")


def plain(text: Any, st: ParagraphStyle) -> Flowable:
    """A flowable of plain text in style `st`: a Line where it can be, else a Paragraph."""
    s = "" if text is None else str(text)
    if "\n" in s or "\r" in s or not _one_line_style(st):
        return Paragraph(esc(s), st)
    return Line(s, st)


# --- blocks laid out and drawn once ---------------------------------------------------
# Most of an SK is the same from one decree to the next: the Mengingat list, the
# fixed dicta, the letterhead, the signer. `Snapshot(key, build)` stands for the
# flowable `build()` makes, where `key` names everything that flowable depends on
# (its texts, face, size, width): the first document lays it out and draws it
# normally and keeps its size and drawing operators; the next ones with the same
# key and width reuse them without building it. Keys are the content itself, so an
# edited template or office setting makes new keys and shows at once. A drawing is
# kept only when its operators name nothing but fonts (no image, no transparency
# state) and its text is ASCII: those are the same in any document once the font
# names are swapped (ASCII has fixed codes in subset 0, see `_Font`). Splitting
# across pages always goes to the real flowable.

_SNAPSHOT_LIMIT = 512
_TOKENS = re.compile(r"\((?:\\.|[^\\)])*\)|/[^\s/\[\]()<>{}%]+")
_FONT_REF = re.compile(r"/F\d+(\+0)?")


@dataclass(frozen=True)
class _Shot:
    width: float
    height: float
    h_align: Any
    parts: tuple[str, ...] | None    # operators; odd items are font names; None: not replayable


_shots: OrderedDict[tuple[Any, float], _Shot] = OrderedDict()
_spaces: OrderedDict[Any, tuple[float, float]] = OrderedDict()
_shots_lock = threading.Lock()


def _replayable(ops: str, doc: Any) -> tuple[str, ...] | None:
    """`ops` cut at its font references (odd items: registered font names), or None when
    it refers to anything else by name or has a character outside ASCII."""
    names = {internal: name for name, internal in doc.fontMapping.items()}
    parts, last = [], 0
    for m in _TOKENS.finditer(ops):
        tok = m.group()
        if tok[0] == "(":
            if re.search(r"\\[0-7]", tok):
                return None          # a code outside ASCII: only valid in its own document
            continue
        ref = _FONT_REF.fullmatch(tok)
        name = names.get(tok[:-2] if ref and ref.group(1) else tok) if ref else None
        if name is None:
            return None
        parts += [ops[last:m.start()], name]
        last = m.end()
    parts.append(ops[last:])
    return tuple(parts)


def _font_ref(name: str, doc: Any) -> str:
    font: Any = pdfmetrics.getFont(name)
    if getattr(font, "_dynamicFont", 0):
        font._assignState(doc)
        return str(font.getSubsetInternalName(0, doc))
    return str(doc.getInternalFontName(name))


class Snapshot(Flowable):
    """The flowable `build()` makes, laid out and drawn once per `key` (see above)."""

    def __init__(self, key: Any, build: Callable[[], Flowable]) -> None:
        super().__init__()
        self.key, self._build = key, build
        self._inner: Flowable | None = None
        self._shot: _Shot | None = None
        self._avail = (0.0, 0.0)
        self._wrapped = False
        self._space: tuple[float, float] | None = None

    def _flowable(self) -> Flowable:
        if self._inner is None:
            self._inner = self._build()
        return self._inner

    def _spaces(self) -> tuple[float, float]:
        # asked before wrap (Frame._add), so kept by key alone; asked over and over
        # (each frame add, each KeepTogether), so kept on the instance too
        got = self._space
        if got is not None:
            return got
        with _shots_lock:
            got = _spaces.get(self.key)
        if got is None:
            inner = self._flowable()
            got = (inner.getSpaceBefore(), inner.getSpaceAfter())
            with _shots_lock:
                _spaces[self.key] = got
                while len(_spaces) > _SNAPSHOT_LIMIT:
                    _spaces.popitem(last=False)
        self._space = got
        return got

    def getSpaceBefore(self) -> Any:
        return self._spaces()[0]

    def getSpaceAfter(self) -> Any:
        return self._spaces()[1]

    def wrap(self, avail_w: Any, avail_h: Any) -> Any:
        self._avail = (avail_w, avail_h)
        with _shots_lock:
            shot = _shots.get((self.key, avail_w))
        if shot is None:
            inner: Any = self._flowable()    # wrapped with the canvas it has, if any
            w, h = inner.wrapOn(getattr(self, "canv", None), avail_w, avail_h)
            shot = _Shot(w, h, getattr(inner, "hAlign", "LEFT"), None)
            self._shot, self._wrapped = None, True
        else:
            self._shot, self._wrapped = shot, False
        this: Any = self         # reportlab's stubs take hAlign for a literal
        self.width, self.height, this.hAlign = shot.width, shot.height, shot.h_align
        return shot.width, shot.height

    def _laid_out(self, canvas: Any) -> Flowable:
        """The real flowable, wrapped as this one last was (a table cell is wrapped
        inside its padding and split with the column's width: the lines must stay
        those of the wrap, as a Paragraph keeps them)."""
        inner = self._flowable()
        if not self._wrapped:
            inner.wrapOn(canvas, *self._avail)
            self._wrapped = True
        return inner

    def split(self, avail_w: Any, avail_h: Any) -> Any:
        return self._laid_out(getattr(self, "canv", None)).split(avail_w, avail_h)

    def minWidth(self) -> Any:
        return self._flowable().minWidth()

    def getPlainText(self, identify: Any = None) -> Any:
        inner: Any = self._flowable()
        return inner.getPlainText()

    def drawOn(self, canvas: Any, x: Any, y: Any, _sW: Any = 0) -> Any:
        this: Any = self         # Flowable's alignment helper, left out of the stubs
        x = this._hAlignAdjust(x, _sW)
        shot, doc = self._shot, canvas._doc
        canvas.saveState()
        canvas.translate(x, y)
        if shot is not None and shot.parts is not None:
            p = shot.parts
            canvas.addLiteral("".join(_font_ref(v, doc) if i % 2 else v for i, v in enumerate(p)))
        else:
            inner = self._laid_out(canvas)
            code = canvas._code
            start = len(code)
            inner.drawOn(canvas, 0, 0)
            parts = _replayable("\n".join(code[start:]), doc)
            with _shots_lock:
                _shots[(self.key, self._avail[0])] = _Shot(self.width, self.height, self.hAlign, parts)
                while len(_shots) > _SNAPSHOT_LIMIT:
                    _shots.popitem(last=False)
        canvas.restoreState()


# --- tables laid out by hand -----------------------------------------------------------
# The SK's tables are simple: fixed column widths, no spans, no lines or backgrounds,
# cells of paragraphs, lines and spacers. reportlab's Table lays such a table out
# through its style machinery and wraps every cell again when it draws (most of an SK's
# layout time went there). `Grid` computes the same geometry (CellStyle's defaults, the
# paddings, VALIGN and ALIGN of the style commands, Table._listCellGeom's heights) once,
# and draws each cell's flowables where Table._drawCell puts them. Splitting across a
# page goes to the real Table, built from the same rows and commands, so a table that
# breaks over pages breaks exactly as before. `table()` makes a Grid where the style
# and the cells allow it, and a Table otherwise.

_GRID_OPS = frozenset({"LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING", "VALIGN", "ALIGN",
                       "NOSPLIT"})
_CELL_DEFAULT = (6.0, 6.0, 3.0, 3.0, "BOTTOM", "LEFT")   # reportlab.platypus.tables.CellStyle
_CELL_FIELD = {"LEFTPADDING": 0, "RIGHTPADDING": 1, "TOPPADDING": 2, "BOTTOMPADDING": 3, "VALIGN": 4,
               "ALIGN": 5}
_CELL_LEADING = 12.0    # CellStyle.leading: the height of a text cell's line


def _grid_cell(value: Any) -> list[Flowable] | str | None:
    """A cell as Grid takes it: a list of flowables, or blank text; None: Table's job."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value if not value.strip() else None
    if isinstance(value, Flowable):
        value = [value]
    if isinstance(value, (list, tuple)):
        out: list[Flowable] = []
        for v in value:
            inner = _grid_cell(v) if isinstance(v, (list, tuple)) else ([v] if isinstance(v, Flowable) else None)
            if not isinstance(inner, list):
                return None
            out += inner
        if any(getattr(f, "__split_only__", None) or isinstance(f, ActionFlowable) for f in out):
            return None
        return out
    return None


def table(rows: Sequence[Sequence[Any]], col_widths: Sequence[float], style: Any = (), *,
          hAlign: str = "CENTER", splitInRow: int = 0) -> Flowable:  # noqa: N803 (Table's names)
    """A Grid of `rows`, or the Table reportlab would make of them (see above)."""
    cmds = [tuple(c) for c in (style.getCommands() if isinstance(style, TableStyle) else style)]
    cells = [[_grid_cell(v) for v in row] for row in rows]
    ncols = len(col_widths)
    simple = (all(c[0] in _GRID_OPS for c in cmds) and all(w is not None for w in col_widths)
              and all(len(r) == ncols for r in rows) and all(c is not None for r in cells for c in r))
    if not simple:
        align: Any = hAlign
        t = Table([list(r) for r in rows], colWidths=list(col_widths), splitInRow=splitInRow, hAlign=align)
        t.setStyle(TableStyle(cmds))
        return t
    return Grid(rows, cells, list(col_widths), cmds, hAlign, splitInRow)  # type: ignore[arg-type]


class Grid(Flowable):
    """A simple table, laid out and drawn as reportlab's Table would (see above)."""

    def __init__(self, rows: Sequence[Sequence[Any]], cells: list[list[list[Flowable] | str]],
                 widths: list[float], cmds: list[tuple[Any, ...]], h_align: str, split_in_row: int) -> None:
        super().__init__()
        self._rows, self._cells, self._widths, self._cmds = rows, cells, widths, cmds
        self._split_in_row = split_in_row
        this: Any = self         # reportlab's stubs take hAlign for a literal
        this.hAlign = h_align
        nrows, ncols = len(cells), len(widths)
        styles: list[list[Any]] = [[list(_CELL_DEFAULT) for _ in range(ncols)] for _ in range(nrows)]
        for cmd in cmds:     # in order, as Table._addCommand applies them
            field = _CELL_FIELD.get(cmd[0])
            if field is None:
                continue
            (sc, sr), (ec, er) = cmd[1], cmd[2]
            sc, ec = (sc + ncols if sc < 0 else sc), (ec + ncols if ec < 0 else ec)
            sr, er = (sr + nrows if sr < 0 else sr), (er + nrows if er < 0 else er)
            value = cmd[3]
            if field == 5 and value == "CENTRE":
                value = "CENTER"
            for r in range(sr, er + 1):
                for c in range(sc, ec + 1):
                    styles[r][c][field] = value
        self._styles = styles
        self.width = sum(widths)
        self._geometry: list[tuple[float, list[tuple[float, list[tuple[float, float]]]]]] | None = None
        self._table: Table | None = None

    def _layout(self) -> None:
        canv: Any = getattr(self, "canv", None)
        rows = []
        total = 0.0
        for cells, styles in zip(self._cells, self._styles, strict=True):
            h = 0.0
            laid = []
            for cell, st, w in zip(cells, styles, self._widths, strict=True):
                lp, rp, tp, bp = st[0], st[1], st[2], st[3]
                sizes: list[tuple[float, float]] = []
                if isinstance(cell, str):
                    t = _CELL_LEADING * len(cell.split("\n"))
                elif not cell:
                    t = 0.0
                else:
                    aw, ah = w - lp - rp, 72000 - tp - bp
                    t, sb0, sa = 0.0, None, 0.0
                    for v in cell:
                        vw, vh = v.wrapOn(canv, aw, ah)
                        sb, sa = v.getSpaceBefore(), v.getSpaceAfter()
                        sizes.append((vw, vh))
                        t += vh + sa + sb
                        if sb0 is None:
                            sb0 = sb
                    t -= (sb0 or 0.0) + sa
                laid.append((t, sizes))
                h = max(h, t + tp + bp)
            rows.append((h, laid))
            total += h
        self._geometry = rows
        self.height = total

    def wrap(self, avail_w: Any, avail_h: Any) -> Any:
        if self._geometry is None:
            self._layout()
        return self.width, self.height

    def _real(self) -> Table:
        if self._table is None:
            h_align: Any = getattr(self, "hAlign", "CENTER")
            t = Table([list(r) for r in self._rows], colWidths=list(self._widths),
                      splitInRow=self._split_in_row, hAlign=h_align)
            t.setStyle(TableStyle(self._cmds))
            self._table = t
        return self._table

    def split(self, avail_w: Any, avail_h: Any) -> Any:
        self._geometry = None     # the Table wraps the cells as it splits them: wrap anew after
        real: Any = self._real()
        canv = getattr(self, "canv", None)
        if canv is not None:
            real.canv = canv
        try:
            return real.split(avail_w, avail_h)
        finally:
            if canv is not None:
                del real.canv

    def drawOn(self, canvas: Any, x: Any, y: Any, _sW: Any = 0) -> Any:
        this: Any = self         # Flowable's alignment helper, left out of the stubs
        x = this._hAlignAdjust(x, _sW)
        if self._geometry is None:
            self._layout()
        assert self._geometry is not None
        # in the table's own coordinates, as Flowable.drawOn puts a Table: the cells' positions
        # then round in the file exactly as a Table's do
        canvas.saveState()
        canvas.translate(x, y)
        x = 0.0
        top = self.height
        for (rh, laid), cells, styles in zip(self._geometry, self._cells, self._styles, strict=True):
            rowpos = top - rh
            colpos = x
            for (t, sizes), cell, st, cw in zip(laid, cells, styles, self._widths, strict=True):
                if cell and not isinstance(cell, str):
                    lp, rp, tp, bp, valign, align = st
                    if valign == "TOP":
                        yy = rowpos + rh - tp
                    elif valign == "BOTTOM":
                        yy = rowpos + bp + t
                    else:
                        yy = rowpos + (rh + bp - tp + t) / 2.0
                    yy += cell[0].getSpaceBefore()
                    for v, (vw, vh) in zip(cell, sizes, strict=True):
                        if align == "RIGHT":
                            xx = colpos + cw - rp - vw
                        elif align == "CENTER":
                            xx = colpos + (cw + lp - rp - vw) / 2.0
                        else:
                            xx = colpos + lp
                        yy -= v.getSpaceBefore() + vh
                        v.drawOn(canvas, xx, yy)
                        yy -= v.getSpaceAfter()
                colpos += cw
            top = rowpos
        canvas.restoreState()

    def draw(self) -> None:   # drawn through drawOn only; kept for Flowable's contract
        self.drawOn(self.canv, 0, 0)


# --- the office and its letterhead ------------------------------------------------

@dataclass(frozen=True)
class Office:
    government: str
    name: str
    address: str
    contact: str                  # free contact line, used when phone/website/email are empty
    city: str = ""
    timezone: str = "Asia/Jakarta"
    logo: str = ""   # path to a PNG/JPG; empty = no logo
    phone: str = ""
    website: str = ""
    email: str = ""
    region: str = ""              # "KABUPATEN CONTOH"; empty = from `government`

    FIELDS = ("government", "name", "address", "contact", "city", "timezone", "logo", "phone",
              "website", "email", "region")

    @classmethod
    def keys(cls) -> list[str]:
        """The settings the letterhead reads (to read them with others in one query)."""
        from app import config
        return [f"office.{f}" for f in cls.FIELDS if f"office.{f}" in config.KEYS]

    @classmethod
    def from_session(cls, session: Session) -> Office:
        from app import config
        return cls.from_values(config.values(session, cls.keys()))

    @classmethod
    def from_values(cls, got: dict[str, Any]) -> Office:
        defaults = {"timezone": "Asia/Jakarta"}
        return cls(**{f: got.get(f"office.{f}", defaults.get(f, "")) for f in cls.FIELDS})

    @property
    def contact_line(self) -> str:
        """"Telepon … Laman … Pos-el …" as the kop surat of Permendagri 1/2023 writes it."""
        parts = [f"{label} {v}" for label, v in (("Telepon", self.phone), ("Laman", self.website),
                                                  ("Pos-el", self.email)) if v]
        return ", ".join(parts) if parts else self.contact

    @property
    def region_name(self) -> str:
        """"KABUPATEN CONTOH": the region the head of office's title ends with."""
        if self.region:
            return self.region.upper()
        gov = self.government.upper().strip()
        return gov[len("PEMERINTAH "):].strip() if gov.startswith("PEMERINTAH ") else gov

    @property
    def short_name(self) -> str:
        """The office for a footer line: "Dinas … Kabupaten Contoh"."""
        return " ".join(x for x in (title_case(self.name), title_case(self.region_name)) if x)


class DoubleRule(Flowable):
    """A thick line over a thin one: the rule under an Indonesian kop surat."""

    def __init__(self, width: float, thick: float = 2.2, thin: float = 0.7, gap: float = 1.6) -> None:
        super().__init__()
        self.width, self.thick, self.thin, self.gap = width, thick, thin, gap
        self.height = thick + gap + thin

    def wrap(self, avail_w: Any, avail_h: Any) -> Any:
        self.width = min(self.width, avail_w)
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.setStrokeColor(colors.black)
        c.setLineWidth(self.thick)
        y_top = self.height - self.thick / 2
        c.line(0, y_top, self.width, y_top)
        c.setLineWidth(self.thin)
        y_low = self.thin / 2
        c.line(0, y_low, self.width, y_low)


def _logo(path: str, size: float) -> Flowable | None:
    if not path:
        return None
    p = Path(path)
    if not p.is_file():
        return None
    try:
        from reportlab.lib.utils import ImageReader
        iw, ih = ImageReader(str(p)).getSize()
    except Exception:  # an unreadable logo must not stop a receipt
        return None
    scale = size / max(iw, ih)
    return Image(str(p), width=iw * scale, height=ih * scale)


def letterhead(office: Office, width: float, compact: bool = False) -> list[Flowable]:
    """Kop surat: optional logo on the left, the centred office lines, the double rule.
    compact=True for A5 and the 80 mm roll (smaller type, logo only if room)."""
    register_fonts()
    k = 0.78 if compact else 1.0
    logo_size = (18 if compact else 24) * mm
    logo = _logo(office.logo, logo_size) if width > 100 * mm else None
    room = width - (2 * (logo_size + 2 * mm) if logo is not None else 0)
    # the office name is the largest line, on one line where it can be (down to 12 pt)
    gov_size, name_size = 11 * k, 14 * k
    name_text = office.name.upper()
    while name_size > 12 * k and pdfmetrics.stringWidth(name_text, SANS_BOLD, name_size) > room:
        name_size -= 0.5 * k
    gov = style("kop_gov", fontSize=gov_size, leading=gov_size * 1.25)
    name = style("kop_name", fontSize=name_size, leading=name_size * 1.2)
    addr = style("kop_addr", fontSize=8.5 * k, leading=10.5 * k)
    lines = [para(office.government.upper(), gov), para(name_text, name)]
    if office.address:
        lines.append(para(office.address, addr))
    if office.contact_line:
        lines.append(para(office.contact_line, addr))
    if logo is not None:
        side = logo_size + 2 * mm
        t = Table([[logo, lines, ""]], colWidths=[side, width - 2 * side, side])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        head: list[Flowable] = [t]
    else:
        head = lines
    return head + [Spacer(1, 1.5 * mm), DoubleRule(width), Spacer(1, 3 * mm * k)]


# --- tables ------------------------------------------------------------------------

def _cell(v: Any, st: ParagraphStyle) -> Flowable:
    if isinstance(v, Flowable):
        return v
    if isinstance(v, (list, tuple)):
        return v  # type: ignore[return-value]  # a list of flowables is a valid table cell
    return plain(v, st)


def kv_table(rows: Iterable[tuple[Any, ...]], width: float, label_width: float | None = None,
             style_name: str = "cell") -> Table:
    """Label : value lines (applicant, company…). Values wrap; rows split across pages."""
    st = styles()[style_name]
    label_st = styles()["label"] if style_name == "cell" else st
    lw = label_width or min(42 * mm, width * 0.36)
    data = [[_cell(label, label_st), plain(":", st), _cell(value, st)] for label, value in rows]
    t = Table(data, colWidths=[lw, 3 * mm, width - lw - 3 * mm], splitInRow=1, hAlign="LEFT")
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 1.5),
                           ("TOPPADDING", (0, 0), (-1, -1), 0.6),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6)]))
    return t


def grid_table(header: Sequence[Any], rows: Iterable[Sequence], col_widths: Sequence[float],  # type: ignore[type-arg]
               style_name: str = "cell", align: dict[int, str] | None = None,
               zebra: bool = False) -> Table:
    """A bordered table with a bold repeated header; every cell wraps.
    align maps a column index to "CENTER"/"RIGHT" for its text."""
    st = styles()[style_name]
    head_st = style("cell_bold", fontSize=st.fontSize, leading=st.leading)
    aligned = {}
    for col, a in (align or {}).items():
        al = {"CENTER": TA_CENTER, "RIGHT": TA_RIGHT, "LEFT": TA_LEFT}[a]
        aligned[col] = (style(style_name, alignment=al), style("cell_bold", fontSize=st.fontSize,
                                                                leading=st.leading, alignment=al))
    data = [[_cell(h, aligned.get(i, (None, head_st))[1]) for i, h in enumerate(header)]]
    for r in rows:
        data.append([_cell(v, aligned.get(i, (st, None))[0]) for i, v in enumerate(r)])
    t = Table(data, colWidths=list(col_widths), repeatRows=1, splitInRow=1, hAlign="LEFT")
    cmds = [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E6E6E6")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5 if st.fontSize >= 8.5 else 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5 if st.fontSize >= 8.5 else 1)]
    if zebra:
        cmds.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F5F5F5")]))  # type: ignore[arg-type]
    t.setStyle(TableStyle(cmds))  # type: ignore[arg-type]
    return t


def signature_block(columns: Sequence[dict[str, Any]], width: float, space: float = 18 * mm,
                    style_name: str = "cell") -> Table:
    """Signature columns side by side. Each dict: heading (e.g. "Yang menyerahkan,"),
    title (optional, e.g. "Pemohon"), name, rank (optional pangkat/golongan), nip
    (optional). Text is escaped."""
    st = style(style_name, alignment=TA_CENTER)
    bold = style("cell_bold", fontSize=st.fontSize, leading=st.leading, alignment=TA_CENTER)
    cells = []
    for col in columns:
        block: list[Flowable] = [para(col.get("heading", ""), st)]
        if col.get("title"):
            block.append(para(col["title"], st))
        block.append(Spacer(1, space))
        block.append(Paragraph("<u>" + esc(col.get("name") or " " * 30) + "</u>", bold)
                     if col.get("name") else para("(" + "." * 34 + ")", st))
        if col.get("rank"):
            block.append(para(col["rank"], st))
        if col.get("nip"):
            block.append(para("NIP. " + nip(col["nip"]), st))
        cells.append(block)
    n = max(len(columns), 1)
    t = Table([cells], colWidths=[width / n] * n, hAlign="CENTER")
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 1),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 1)]))
    return t


# --- QR ------------------------------------------------------------------------------

class QR(Flowable):
    """A square QR code of `payload` (error correction M, 2-module quiet zone).

    Drawn straight onto the canvas as one filled path of row runs: reportlab's
    QrCodeWidget builds a graphics object per module and was most of a
    receipt's generation time."""

    def __init__(self, payload: str, size: float = 30 * mm, level: str = "M", border: int = 2) -> None:
        super().__init__()
        self.payload, self.size, self.level, self.border = payload, size, level, border
        self.width = self.height = size

    def wrap(self, avail_w: Any, avail_h: Any) -> Any:
        return self.size, self.size

    def _matrix(self) -> tuple[int, bytes]:
        """(modules per side, one byte per module row by row: 0 dark, 255 light)."""
        # zxing-cpp's encoder (C++): the smallest version and the best mode and mask
        # for the text, in a fraction of a millisecond (segno, pure Python, took
        # longer than the rest of a receipt's layout; tests/bench/bench_qrsign.py)
        import zxingcpp
        code = zxingcpp.create_barcode(self.payload, zxingcpp.BarcodeFormat.QRCode, ec_level=self.level)
        image = memoryview(code.to_image(scale=1, add_quiet_zones=False))  # type: ignore[arg-type]
        return image.shape[1], image.tobytes()  # type: ignore[index]

    def modules(self) -> list[list[bool]]:
        n, dark = self._matrix()
        return [[dark[r * n + c] == 0 for c in range(n)] for r in range(len(dark) // n)]

    def draw(self) -> None:
        # one filled path of the dark runs of each row, written as the operators a path
        # object of rectangles makes (the same bytes), without its per-call overhead.
        # Every x and width is a whole number of modules: each multiple of the module is
        # formatted once (fp_str of several numbers is theirs joined by spaces), not
        # four numbers per run (a payload of ~200 characters has ~1,000 runs)
        n, dark = self._matrix()
        side = n + 2 * self.border
        box = self.size / side
        steps = _module_steps(box, side)
        height = steps[1]
        runs = []
        for r in range(len(dark) // n):
            row = r * n - self.border       # so that start - row is the run's module x
            y = f" {fp_str(self.size - (r + self.border + 1) * box)} "
            for run in _DARK_RUN.finditer(dark, r * n, r * n + n):
                start, end = run.span()
                runs.append(f"{steps[start - row]}{y}{steps[end - start]} {height} re")
        self.canv.addLiteral(f"q\n0 0 0 rg\nn {' '.join(runs)}\nf*\nQ")


@functools.lru_cache(maxsize=64)
def _module_steps(box: float, side: int) -> tuple[str, ...]:
    """fp_str(k * box) for k = 0..side: the x positions and widths a QR's runs take."""
    return tuple(fp_str(k * box) for k in range(side + 1))


_DARK_RUN = re.compile(b"\x00+")


# --- dates -----------------------------------------------------------------------------

def local_time(dt_utc: datetime, tz: str = "Asia/Jakarta") -> datetime:
    """Naive UTC (as stored) → aware time in the office zone."""
    if dt_utc.tzinfo is None:
        dt_utc = dt_utc.replace(tzinfo=UTC)
    return dt_utc.astimezone(ZoneInfo(tz))


def tanggal(d: date | datetime | None) -> str:
    if d is None:
        return "-"
    return f"{d.day} {BULAN[d.month]} {d.year}"


def jam(dt_local: datetime) -> str:
    """'14.03 WIB': the time as Indonesian offices write it (a point, the zone)."""
    label = TZ_LABEL.get(getattr(dt_local.tzinfo, "key", ""), dt_local.strftime("%Z"))
    return f"{dt_local:%H.%M} {label}".rstrip()


def tanggal_jam(dt_local: datetime) -> str:
    """'25 November 2026 pukul 14.03 WIB' from an aware local datetime."""
    return f"{tanggal(dt_local)} pukul {jam(dt_local)}"


_SMALL_WORDS = {"dan", "di", "ke", "dari", "yang", "untuk", "atas", "pada", "serta", "atau", "tentang",
                "dalam"}


def title_case(text: str) -> str:
    """Title case as Indonesian official text writes it ("Dinas … dan Pelayanan …")."""
    words = (text or "").split()
    return " ".join(w.lower() if i and w.lower() in _SMALL_WORDS else w[:1].upper() + w[1:].lower()
                    for i, w in enumerate(words))


def rupiah(amount: Any, decimals: bool = True) -> str:
    """'Rp41.700.000,00' (or 'Rp41.700.000'): Indonesian Rupiah through Babel's id locale."""
    from babel.numbers import format_currency
    fmt = "¤#,##0.00" if decimals else "¤#,##0"
    return format_currency(amount, "IDR", locale="id_ID", format=fmt, currency_digits=False)


def nip(value: str | None) -> str:
    """An 18-digit NIP grouped as printed under a signature: '19700101 199503 1 001'."""
    v = "".join((value or "").split())
    if len(v) == 18 and v.isdigit():
        return f"{v[:8]} {v[8:14]} {v[14]} {v[15:]}"
    return (value or "").strip()


# --- page decorations and render --------------------------------------------------------

def watermark(text: str = "SALINAN") -> Callable[..., Any]:
    """A page callback drawing `text` large, light and diagonal under the content."""
    def draw(canvas: Any, doc: Any) -> None:
        w, h = canvas._pagesize
        canvas.saveState()
        size = min(w, h) / (len(text) * 0.62)
        canvas.setFont(SANS_BOLD, size)
        canvas.setFillColor(colors.Color(0.6, 0.6, 0.6, alpha=0.22))
        canvas.translate(w / 2, h / 2)
        canvas.rotate(35 if h > w else 15)
        canvas.drawCentredString(0, -size / 3, text)
        canvas.restoreState()
        # a plain line too, so the copy is evident in extracted text and on small rolls
        canvas.saveState()
        canvas.setFont(SANS_BOLD, 7)
        canvas.setFillColor(colors.black)
        canvas.drawRightString(w - doc.rightMargin, h - doc.topMargin / 2, text)
        canvas.restoreState()
    return draw


def footer(text: str, with_page_number: bool = True) -> Callable[..., Any]:
    """A page callback printing `text` small at the bottom, plus 'Halaman n'."""
    def draw(canvas: Any, doc: Any) -> None:
        w, _ = canvas._pagesize
        canvas.saveState()
        canvas.setFont(SANS, 6.5)
        canvas.setFillColor(colors.HexColor("#444444"))
        y = doc.bottomMargin / 2
        number = f"Halaman {canvas.getPageNumber()}" if with_page_number else ""
        if text:
            room = w - doc.leftMargin - doc.rightMargin - canvas.stringWidth(number + "    ", SANS, 6.5)
            # wrapped, never elided: a document number cut to "TT/LOKET2-A…" is no number
            lines, cur = [], ""
            for word in text[:400].split():
                trial = (cur + " " + word).strip()
                if cur and canvas.stringWidth(trial, SANS, 6.5) > room:
                    lines.append(cur)
                    cur = word
                else:
                    cur = trial
            lines.append(cur)
            for i, line in enumerate(lines):   # the last line on the baseline, the others above it
                canvas.drawString(doc.leftMargin, y + (len(lines) - 1 - i) * 7.5, line)
        if number:
            canvas.drawRightString(w - doc.rightMargin, y, number)
        canvas.restoreState()
    return draw


def page_size(name_or_size: Any) -> tuple[float, float | None]:
    if isinstance(name_or_size, str):
        try:
            return PAGE_SIZES[name_or_size.upper()]
        except KeyError:
            raise ValueError(f"unknown page size {name_or_size!r}; choose from {', '.join(PAGE_SIZES)}") from None
    return tuple(name_or_size)


def default_margins(size_name_or_size: Any) -> tuple[float, float, float, float]:
    """(left, right, top, bottom) fit for the size."""
    w, _ = page_size(size_name_or_size)
    if w <= ROLL80_WIDTH + 1:
        return (4 * mm, 4 * mm, 5 * mm, 6 * mm)
    if w <= A5[0] + 1:
        return (12 * mm, 10 * mm, 8 * mm, 9 * mm)
    return (20 * mm, 18 * mm, 14 * mm, 14 * mm)


def frame_width(size_name_or_size: Any, margins: Any=None) -> float:
    """The usable text width of a page size (to lay out tables before render)."""
    w, _ = page_size(size_name_or_size)
    left, right, _, _ = margins or default_margins(size_name_or_size)
    return w - left - right


def _story_height(story: list[Flowable], width: float) -> float:
    total = 0.0
    for f in story:
        _, h = f.wrap(width, 10_000 * mm)
        total += h + f.getSpaceBefore() + f.getSpaceAfter()
    return total


def render(story: list[Flowable], pagesize: Any="A4", *, title: str, author: str = "",
           subject: str = "", watermark: str | Callable[..., Any] | None = None,
           footer: str | Callable[..., Any] | None = None,
           margins: tuple[float, float, float, float] | None = None) -> bytes:
    """Lay out `story` and return the PDF bytes. See the module docstring."""
    register_fonts()
    w, h = page_size(pagesize)
    left, right, top, bottom = margins or default_margins((w, h))
    if h is None:
        # A roll: one page exactly as long as the content (the printer cuts there).
        h = _story_height(list(story), w - left - right) + top + bottom + 8 * mm
    callbacks: list[Callable[..., Any]] = []
    if watermark:
        callbacks.append(globals()["watermark"](watermark) if isinstance(watermark, str) else watermark)
    if footer:
        callbacks.append(globals()["footer"](footer) if isinstance(footer, str) else footer)

    def on_page(canvas: Any, doc: Any) -> None:
        for cb in callbacks:
            cb(canvas, doc)

    buf = io.BytesIO()
    doc = BaseDocTemplate(buf, pagesize=(w, h), leftMargin=left, rightMargin=right,
                          topMargin=top, bottomMargin=bottom, title=title, author=author,
                          subject=subject, creator="Loket", invariant=0)
    frame = Frame(left, bottom, w - left - right, h - top - bottom, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
    doc.build(list(story))
    return buf.getvalue()


__all__ = [
    "SANS", "SANS_BOLD", "SANS_ITALIC", "SANS_BOLD_ITALIC", "SERIF", "SERIF_BOLD", "SERIF_ITALIC",
    "SERIF_BOLD_ITALIC", "PAGE_SIZES", "ROLL80_WIDTH", "BULAN", "register_fonts", "esc", "styles",
    "style", "para", "Office", "DoubleRule", "letterhead", "kv_table", "grid_table",
    "signature_block", "QR", "local_time", "tanggal", "tanggal_jam", "watermark", "footer",
    "page_size", "default_margins", "frame_width", "render", "mm", "colors", "Spacer", "jam",
    "title_case", "rupiah", "nip", "letter_fonts", "covers", "LETTER_FONTS",
    "Paragraph", "Table", "TableStyle", "Snapshot", "Grid", "table",
]
