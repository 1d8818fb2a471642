"""A report Table to a file: XLSX (openpyxl), PDF (the office's document base and
reportlab graphics), CSV (semicolons, UTF-8 with BOM, as Excel in Indonesia opens
it). The format follows the file's extension.

Files are written beside the target and renamed into place, so a failure at
any moment leaves no partial file.
"""
from __future__ import annotations

import csv
import io
import os
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from app.i18n import tr
from app.reports import ReportError, Table

FORMATS = (".xlsx", ".pdf", ".csv")


def letter_parts(session: Session) -> tuple[Any, ...]:
    """The office's letterhead and the approving official, from its settings."""
    from app import config
    from app.documents import base as b
    def get(k: str) -> str:
        return str(config.get(session, k) or "") if k in config.KEYS else ""
    head = {"title": get("office.head_title"), "name": get("office.head_name"), "nip": get("office.head_nip")}
    return b.Office.from_session(session), head


def write(table: Table, path: str | Path, office: Any=None, head: dict[str, Any] | None = None) -> Path:
    target = Path(path)
    ext = target.suffix.lower()
    if ext not in FORMATS:
        raise ReportError(tr("Format berkas tidak dikenal: “{ext}” (gunakan .xlsx, .pdf atau .csv).")
                          .format(ext=target.suffix or target.name))
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ReportError(tr("Folder tujuan tidak ada: {path}").format(path=folder))
    data = {".xlsx": to_xlsx, ".pdf": lambda t: to_pdf(t, office, head), ".csv": to_csv}[ext](table)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as e:
        raise ReportError(tr("Tidak dapat menulis ke {path}: {err}").format(path=folder, err=e.strerror)) from None
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except OSError as e:
        Path(tmp).unlink(missing_ok=True)
        raise ReportError(tr("Tidak dapat menulis {path}: {err}").format(path=target, err=e.strerror)) from None
    return target


def _text(value: Any, kind: str) -> str:
    """How a value reads on paper and on screen (Indonesian decimals)."""
    if value is None or value == "":
        return "-" if kind != "text" else ""
    if kind == "date" and isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    if kind == "pct":
        return f"{value * 100:.1f}".replace(".", ",") + " %"
    if kind == "num":
        return f"{value:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")
    if kind == "int":
        return f"{value:,}".replace(",", ".")
    return str(value)


def display(table: Table, row: tuple[Any, ...], i: int) -> str:
    return _text(row[i], table.columns[i].kind)


def header_lines(table: Table) -> list[tuple[str, str]]:
    p = table.params
    made = p.made_at.strftime("%d-%m-%Y %H.%M") if p.made_at else ""
    lines = [(tr("Laporan"), table.title),
             (tr("Rentang"), f"{p.date_from.strftime('%d-%m-%Y')} s.d. {p.date_to.strftime('%d-%m-%Y')}"),
             (tr("Dikelompokkan per"), {"month": tr("bulan"), "quarter": tr("triwulan"), "year": tr("tahun")}[p.by]),
             (tr("Dibuat"), made), (tr("Dibuat oleh"), p.made_by or "-")]
    lines += [(tr("Catatan"), n) for n in table.notes]
    if table.empty:
        lines.append((tr("Catatan"), tr("Tidak ada data dalam rentang ini.")))
    return lines


# --- CSV ---------------------------------------------------------------------------------------

def to_csv(table: Table) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow([c.label for c in table.columns])

    def plain(v: Any, kind: Any) -> Any:
        if v is None:
            return ""
        if kind == "date" and isinstance(v, date):
            return v.isoformat()
        if kind in ("num", "pct") and isinstance(v, float):
            return f"{v:.4f}".rstrip("0").rstrip(".").replace(".", ",") or "0"
        return v
    for row in table.rows + ([table.total] if table.total else []):
        w.writerow([plain(v, c.kind) for v, c in zip(row, table.columns, strict=True)])
    if table.empty:
        w.writerow([tr("Tidak ada data dalam rentang ini.")])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


# --- XLSX ---------------------------------------------------------------------------------------

def to_xlsx(table: Table) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    info = wb.worksheets[0]                     # a new workbook's one sheet
    info.title = tr("Keterangan")
    info["A1"] = table.title
    info["A1"].font = Font(bold=True, size=14)
    for i, (k, v) in enumerate(header_lines(table), start=3):
        info.cell(i, 1, k).font = Font(bold=True)
        info.cell(i, 2, v)
    info.column_dimensions["A"].width = 20
    info.column_dimensions["B"].width = max(40, *(len(str(v)) + 2 for _, v in header_lines(table)))

    ws = wb.create_sheet(tr("Data"))
    head = PatternFill("solid", fgColor="DDE4EE")
    for j, c in enumerate(table.columns, start=1):
        cell = ws.cell(1, j, c.label)
        cell.font = Font(bold=True)
        cell.fill = head
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    fmt = {"date": "DD-MM-YYYY", "pct": "0.0%", "num": "#,##0.00", "int": "#,##0", "days": "#,##0"}
    all_rows = table.rows + ([table.total] if table.total else [])
    for i, row in enumerate(all_rows, start=2):
        for j, (v, c) in enumerate(zip(row, table.columns, strict=True), start=1):
            cell = ws.cell(i, j, v)
            if c.kind in fmt and v is not None:
                cell.number_format = fmt[c.kind]
            if table.total is not None and i == len(all_rows) + 1:
                cell.font = Font(bold=True)
    ws.freeze_panes = "A2"
    for j, c in enumerate(table.columns, start=1):
        widest = max([len(c.label)] + [len(_text(r[j - 1], c.kind)) for r in all_rows[:2000]])
        ws.column_dimensions[get_column_letter(j)].width = min(60, max(8, widest + 2))
    if table.empty:
        ws.cell(2, 1, tr("Tidak ada data dalam rentang ini."))
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


# --- PDF ----------------------------------------------------------------------------------------

def to_pdf(table: Table, office: Any=None, head: dict[str, Any] | None = None) -> bytes:
    from reportlab.lib.pagesizes import A4, landscape

    from app.documents import base as b
    from app.documents.base import mm

    page = landscape(A4)
    width = b.frame_width(page)
    office = office or b.Office("", "", "", "")
    head = head or {}
    out = b.letterhead(office, width)
    out.append(b.para(table.title.upper(), "title"))
    p = table.params
    out.append(b.para(tr("{a} s.d. {b}").format(a=b.tanggal(p.date_from), b=b.tanggal(p.date_to)), "subtitle"))
    for note in table.notes:
        out.append(b.para(note, "small"))
    out.append(b.Spacer(1, 3 * mm))
    if table.chart and table.rows:
        drawing = _chart(table, width)
        if drawing is not None:
            out.append(drawing)
            out.append(b.Spacer(1, 3 * mm))
    if table.empty:
        out.append(b.para(tr("Tidak ada data dalam rentang ini."), "body"))
    else:
        rows = [[display(table, r, i) for i in range(len(table.columns))] for r in table.rows]
        if table.total:
            rows.append([display(table, table.total, i) for i in range(len(table.columns))])
        widths = _widths(table, width)
        right = {i: "RIGHT" for i, c in enumerate(table.columns) if c.kind in ("int", "num", "pct", "days")}
        out.append(b.grid_table([c.label for c in table.columns], rows, widths, style_name="small",
                                align=right, zebra=True))
    out.append(b.Spacer(1, 8 * mm))
    day = p.made_at.date() if p.made_at else p.date_to
    heading = tr("{city}, {day}").format(city=office.city or "", day=b.tanggal(day))
    sig = b.signature_block([
        {"heading": tr("Mengetahui,") + "\n" + (head.get("title") or tr("Kepala Dinas")),
         "name": head.get("name") or None, "nip": head.get("nip") or None},
        {"heading": heading + "\n" + tr("Dibuat oleh,"), "name": p.made_by or None},
    ], width, space=16 * mm)
    out.append(sig)
    return b.render(out, page, title=table.title, author=p.made_by,
                    footer=tr("{office} · {title}").format(office=office.name, title=table.title))


CHAR_PT = 5.1     # the table's 8-point DejaVu Sans: a digit is 0.64 em (text averages less)


def _widths(table: Table, width: float) -> list[float]:
    """Column widths: first what no column can do without (its longest word: a permit number,
    a phone number or a date never wraps inside), then the rest of the line shared by how
    much longer each column's text runs (capped, so one long name does not take all)."""
    need, want = [], []
    for i, c in enumerate(table.columns):
        texts = [c.label] + [display(table, r, i) for r in table.rows[:300]]
        need.append(max(5, max(len(w) for t in texts for w in (t.split() or [""])) + 1))
        want.append(min(max(max(len(t) for t in texts) + 1, need[-1]), 40))
    capacity = width / CHAR_PT                  # characters a line of the table holds
    if sum(need) >= capacity or sum(want) <= sum(need):
        return [width * n / sum(need) for n in need]
    spare = min(capacity, sum(want)) - sum(need)
    extra = [w - n for w, n in zip(want, need, strict=True)]
    chars = [n + spare * e / sum(extra) for n, e in zip(need, extra, strict=True)]
    return [width * ch / sum(chars) for ch in chars]


def _chart(table: Table, width: float) -> Any:
    """Bars of the chart's value per label (Chart: summed, averaged or counted;
    ranked by value or in the rows' order), at most 12 bars, top to bottom."""
    from reportlab.graphics.charts.barcharts import HorizontalBarChart
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib import colors

    chart = table.chart
    if chart is None:
        return None
    li = table.column(chart.label_key)
    vi = table.column(chart.value_key) if chart.value_key else None
    kind = table.columns[vi].kind if vi is not None else "int"
    wi = table.column(chart.weight_key) if chart.weight_key else None
    ci, wanted = (table.column(chart.where[0]), chart.where[1]) if chart.where else (None, None)
    sums: dict[str, list[tuple[float, float]]] = {}          # insertion order = the rows' order
    for r in table.rows:
        if (vi is not None and r[vi] is None) or (ci is not None and r[ci] != wanted):
            continue
        weight = float(r[wi] or 0) if wi is not None else 1.0
        sums.setdefault(str(r[li]), []).append((float(r[vi]) if vi is not None else 1.0, weight))
    if not sums:
        return None
    # a percentage is averaged over its rows (weighted by its count when given); counts are added up
    agg = {k: (sum(x * w for x, w in v) / (sum(w for _, w in v) or 1) if kind == "pct" else sum(x for x, _ in v))
           for k, v in sums.items()}
    items = list(agg.items())
    if chart.order == "value":
        items = sorted(items, key=lambda kv: -kv[1])[:12]
    else:                                       # a time axis: the latest 12, still in order
        items = items[-12:]
    h = 18 + 14 * len(items)
    axis = 12                                   # room under the bars for the value axis' numbers
    d = Drawing(width, h + 16 + axis)
    d.add(String(0, h + 4 + axis, chart.title, fontName="Helvetica-Bold", fontSize=9))
    c = HorizontalBarChart()
    c.x, c.y, c.width, c.height = width * 0.32, 4 + axis, width * 0.6, h - 8  # type: ignore[assignment]  # the stubs say int; reportlab takes points
    c.data = [[v * 100 if kind == "pct" else v for _, v in reversed(items)]]
    c.categoryAxis.categoryNames = [k[:48] for k, _ in reversed(items)]
    c.categoryAxis.labels.fontSize = 7
    c.categoryAxis.labels.boxAnchor = "e"
    c.valueAxis.valueMin = 0
    c.valueAxis.labels.fontSize = 7
    c.bars[0].fillColor = colors.HexColor("#1f4e79")
    # numbers as the table beside it writes them: a decimal comma
    c.barLabelFormat = (lambda v: f"{v:.1f}".replace(".", ",")) if kind in ("pct", "num") else "%d"
    c.barLabels.fontSize = 6
    c.barLabels.boxAnchor = "w"
    c.barLabels.dx = 3
    d.add(c)
    return d
