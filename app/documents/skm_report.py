"""Laporan Survei Kepuasan Masyarakat for a period: respondents and their
profile, NRR per element with a bar chart, the IKM and its grade, suggestions."""
from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.enums import TA_RIGHT
from reportlab.platypus import KeepTogether
from sqlalchemy.orm import Session

from app import config
from app.documents import base
from app.documents import sk as skdoc
from app.documents.base import Spacer, mm, para
from app.services import ikm, survey
from db.base import utcnow

AGE_GROUPS = ((0, 19, "< 20"), (20, 29, "20–29"), (30, 39, "30–39"), (40, 49, "40–49"),
              (50, 59, "50–59"), (60, 200, "≥ 60"))


def _pct(n: int, total: int) -> str:
    return f"{n * 100 / total:.1f}%".replace(".", ",") if total else "-"


def chart(result: ikm.Result, order: list[str], width: float) -> Drawing:
    h = 62 * mm
    d = Drawing(width, h)
    c = VerticalBarChart()
    c.x, c.y, c.width, c.height = 12 * mm, 10 * mm, width - 16 * mm, h - 18 * mm  # type: ignore[assignment]
    c.data = [[float(result.nrr[k]) for k in order]]
    c.valueAxis.valueMin, c.valueAxis.valueMax, c.valueAxis.valueStep = 0, 4, 1
    c.valueAxis.labels.fontName = base.SANS
    c.valueAxis.labels.fontSize = 7
    c.categoryAxis.categoryNames = order
    c.categoryAxis.labels.fontName = base.SANS
    c.categoryAxis.labels.fontSize = 7.5
    c.bars[0].fillColor = base.colors.HexColor("#2e6da4")
    c.bars[0].strokeColor = None
    c.barLabelFormat = lambda v: f"{v:.2f}".replace(".", ",")
    c.barLabels.fontName = base.SANS
    c.barLabels.fontSize = 6.5
    c.barLabels.nudge = 5
    c.valueAxis.visibleGrid = True
    c.valueAxis.gridStrokeColor = base.colors.HexColor("#dddddd")
    d.add(c)
    d.add(String(width / 2, h - 5 * mm, "Nilai Rata-rata (NRR) per Unsur Pelayanan",
                 fontName=base.SANS_BOLD, fontSize=8.5, textAnchor="middle"))
    return d


OTHER = "Lainnya"


# Diploma levels are not choices of the sample questionnaire, yet offices record them (a
# paper form's "Lainnya", an import): the report gives them their own row after SMA.
DIPLOMA = "Diploma (D1–D4)"
EDUCATION_ALIASES = {"D1": DIPLOMA, "D2": DIPLOMA, "D3": DIPLOMA, "D4": DIPLOMA, "DIPLOMA": DIPLOMA}


def _education_options(prof: ikm.Profile) -> list[tuple[str, str]]:
    out = [(e, e) for e in prof.educations]
    if not any(label == DIPLOMA for _, label in out):
        at = next((i + 1 for i, (e, _) in enumerate(out) if e.upper() in ("SMA", "SMK", "SLTA")), len(out))
        out[at:at] = [(k, DIPLOMA) for k in EDUCATION_ALIASES]
    return out


def _count(values: Any, options: list[tuple[str, str]]) -> list[tuple[str, int]]:
    """(label, respondents) for each option (key, label), then "Lainnya" for every value
    that fits no option (a free-text occupation, a level the list lacks, nothing at all),
    merged into the option list's own "Lainnya" where it has one. The counts always add
    up to the respondents."""
    known = {k.strip().lower(): label for k, label in options}
    c: Counter[str] = Counter()
    for v in values:
        key = str(v).strip().lower() if v is not None else ""
        c[known.get(key, OTHER)] += 1
    labels = list(dict.fromkeys(label for _, label in options))
    out = [(label, c.get(label, 0)) for label in labels]
    if OTHER not in labels:
        out.append((OTHER, c.get(OTHER, 0)))
    return out


def _age_group(age: Any) -> str:
    if not isinstance(age, int):
        return OTHER
    return next((lab for lo, hi, lab in AGE_GROUPS if lo <= age <= hi), OTHER)


def profile_tables(rows: Any, prof: ikm.Profile) -> dict[str, list[tuple[str, int]]]:
    """The respondent profile tables of the report; each adds up to len(rows)."""
    return {
        "Jenis kelamin": _count((r.gender for r in rows), list(prof.genders)),
        "Umur (tahun)": _count((_age_group(r.age) for r in rows), [(lab, lab) for _, _, lab in AGE_GROUPS]),
        "Pendidikan": _count((r.education for r in rows), _education_options(prof)),
        "Pekerjaan utama": _count((r.occupation for r in rows), [(o, o) for o in prof.occupations]),
    }


def _profile_table(title: str, counts: list[tuple[str, int]], total: int, width: float) -> Any:
    rows: list[Any] = [(label, str(n), _pct(n, total)) for label, n in counts]
    n = sum(c for _, c in counts)
    right = base.style("cell_bold", alignment=TA_RIGHT)
    rows.append((para("Jumlah", "cell_bold"), para(str(n), right), para(_pct(n, total), right)))
    t = base.grid_table(("", "Jumlah", "%"), rows, (width - 36 * mm, 16 * mm, 20 * mm),
                        align={1: "RIGHT", 2: "RIGHT"})
    t.setStyle(base.TableStyle([("BACKGROUND", (0, len(rows)), (-1, len(rows)), base.colors.HexColor("#F0F0F0"))]))
    return [para(title, "h2"), t]


def build(session: Session, d_from: date | None, d_to: date | None, weight: str = "exact") -> bytes:
    rows = survey.report_rows(session, d_from, d_to)
    declined = survey.declined_count(session, d_from, d_to)
    result = ikm.compute([r.answers for r in rows], weight)   # IkmError when nobody answered
    office = base.Office.from_session(session)
    order = ikm.parse_order(config.get(session, "survey.element_order"))
    els = ikm.elements()
    w = ikm.weight_of(weight)
    width = base.frame_width("A4")
    period = f"{base.tanggal(d_from) if d_from else 'awal'} sampai dengan {base.tanggal(d_to) if d_to else 'kini'}"

    story = list(base.letterhead(office, width))
    story += [para("LAPORAN SURVEI KEPUASAN MASYARAKAT (SKM)", "title"),
              para(f"Periode {period}", "subtitle"),
              para("Berdasarkan Peraturan Menteri PANRB Nomor 14 Tahun 2017", "subtitle"),
              Spacer(1, 4 * mm)]
    weight_text = {"exact": "1/9", "0.111": "0,111", "0.11": "0,11"}[weight]
    big = base.style("title", fontSize=22, leading=26)
    summary = base.Table([[
        [para("Jumlah responden", "label"), para(str(result.respondents), big)],
        [para("Indeks Kepuasan Masyarakat (IKM)", "label"), para(ikm.fmt(result.ikm), big)],
        [para("Mutu pelayanan", "label"), para(f"{result.grade} — {result.label}", base.style("title", fontSize=14, leading=26))],
    ]], colWidths=[width / 3] * 3)
    summary.setStyle(base.TableStyle([("BOX", (0, 0), (-1, -1), 0.8, base.colors.black),
                                      ("INNERGRID", (0, 0), (-1, -1), 0.4, base.colors.grey),
                                      ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                      ("TOPPADDING", (0, 0), (-1, -1), 4),
                                      ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    story += [summary, Spacer(1, 1 * mm),
              para(f"IKM = Σ(NRR × bobot) × 25, bobot tiap unsur {weight_text}; dibulatkan setengah ke atas "
                   f"menjadi dua desimal. Pemohon yang menolak mengisi survei: {declined} (tidak dihitung).",
                   "small"), Spacer(1, 3 * mm)]

    nrr4 = result.nrr_rounded(4)
    table_rows = []
    sums = {k: sum(r.answers[k] for r in rows) for k in ikm.KEYS}
    for i, k in enumerate(order, 1):
        table_rows.append((str(i), k, els[k].name, str(sums[k]), ikm.fmt(nrr4[k]),
                           ikm.fmt(ikm.round_half_up(result.nrr[k] * w, 4))))
    table_rows.append(("", "", "Jumlah NRR tertimbang × 25 = IKM", "", "",
                       ikm.fmt(result.ikm)))
    story += [para("Nilai per unsur pelayanan", "h2"),
              base.grid_table(("No", "Kunci", "Unsur pelayanan", "Σ nilai", "NRR", "NRR × bobot"),
                              table_rows, (9 * mm, 13 * mm, width - 84 * mm, 18 * mm, 20 * mm, 24 * mm),
                              align={0: "CENTER", 1: "CENTER", 3: "RIGHT", 4: "RIGHT", 5: "RIGHT"}),
              Spacer(1, 3 * mm), chart(result, order, width), Spacer(1, 2 * mm)]

    grades = [(g, label, ikm.GRADE_RANGES[g]) for g, label, _ in ikm.GRADES]
    story += [para("Kategori mutu pelayanan", "h2"),
              base.grid_table(("Mutu", "Kinerja unit pelayanan", "Nilai interval konversi IKM"),
                              grades, (20 * mm, 60 * mm, 60 * mm), align={0: "CENTER", 2: "CENTER"})]

    total = result.respondents
    prof = ikm.profile()
    half = (width - 6 * mm) / 2
    tables = profile_tables(rows, prof)
    left = (_profile_table("Jenis kelamin", tables["Jenis kelamin"], total, half)
            + _profile_table("Umur (tahun)", tables["Umur (tahun)"], total, half))
    right = (_profile_table("Pendidikan", tables["Pendidikan"], total, half)
             + _profile_table("Pekerjaan utama", tables["Pekerjaan utama"], total, half))
    two = base.Table([[left, right]], colWidths=[half + 3 * mm, half + 3 * mm])
    two.setStyle(base.TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story += [Spacer(1, 2 * mm), KeepTogether([para("Profil responden", "h2"), two])]

    tips = [r.suggestion for r in rows if r.suggestion]
    story.append(para(f"Saran dan masukan ({len(tips)})", "h2"))
    if tips:
        story.append(base.grid_table(("No", "Saran"), [(str(i), t) for i, t in enumerate(tips, 1)],
                                     (10 * mm, width - 10 * mm), align={0: "CENTER"}, zebra=True))
    else:
        story.append(para("Tidak ada saran tertulis pada periode ini.", "small"))

    today = base.local_time(utcnow(), office.timezone).date()
    sig = base.signature_block([{
        "heading": f"{office.city}, {base.tanggal(today)}",
        "title": skdoc.full_title(config.get(session, "office.head_title"), office) + ",",
        "name": config.get(session, "office.head_name") or None,
        "rank": config.get(session, "office.head_rank") or None,
        "nip": base.nip(config.get(session, "office.head_nip")) or None}], width * 0.55)
    place = base.Table([["", sig]], colWidths=[width * 0.45, width * 0.55])
    place.setStyle(base.TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story += [Spacer(1, 6 * mm), place]
    return base.render(story, "A4", title=f"Laporan SKM {period}", author=office.name,
                       subject="Survei Kepuasan Masyarakat", footer=f"{office.short_name} · Laporan SKM · {period}")
