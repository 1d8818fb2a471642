"""Buku register harian Loket 2: files received and returned on one day, per officer."""
from __future__ import annotations

from datetime import date
from itertools import groupby

from reportlab.lib.pagesizes import A4, landscape

from app.documents import base as b
from app.documents.base import mm
from app.i18n import tr

PAGE = landscape(A4)


def build(rows: list, day: date, office: b.Office, printed_by: str) -> bytes:
    """rows: app.services.intake.RegisterRow, ordered by officer then time."""
    width = b.frame_width(PAGE)
    out = b.letterhead(office, width)
    out.append(b.para(tr("REGISTER HARIAN PENERIMAAN BERKAS — LOKET 2"), "title"))
    out.append(b.para(b.tanggal(day), "subtitle"))
    out.append(b.Spacer(1, 3 * mm))
    received = sum(1 for r in rows if r.result == "DITERIMA")
    out.append(b.para(tr("Diterima: {a} berkas · Dikembalikan: {r} berkas · Jumlah: {n}").format(
        a=received, r=len(rows) - received, n=len(rows)), "body"))
    if not rows:
        out.append(b.Spacer(1, 4 * mm))
        out.append(b.para(tr("Tidak ada berkas yang diterima atau dikembalikan pada hari ini."), "body"))
    widths = [9 * mm, 13 * mm, 24 * mm, 46 * mm, 0, 62 * mm, 46 * mm, 14 * mm]
    widths[4] = width - sum(widths)
    for officer, group in groupby(rows, key=lambda r: r.officer):
        group = list(group)
        ok = sum(1 for r in group if r.result == "DITERIMA")
        out.append(b.para(tr("Petugas: {name} — diterima {a}, dikembalikan {r}").format(
            name=officer, a=ok, r=len(group) - ok), "h2"))
        data = [[str(i), r.at_local.strftime("%H:%M"), tr("Diterima") if r.result == "DITERIMA" else tr("Dikembalikan"),
                 r.no_permohonan, r.applicant, r.permit_type, r.number,
                 "-" if r.duration_seconds is None else f"{r.duration_seconds / 60:.1f}".replace(".", ",")]
                for i, r in enumerate(group, 1)]
        out.append(b.grid_table([tr("No"), tr("Jam"), tr("Hasil"), tr("No. permohonan"), tr("Pemohon"),
                                 tr("Jenis izin"), tr("No. tanda terima / bukti"), tr("Menit")],
                                data, widths, style_name="small", align={0: "CENTER", 1: "CENTER", 7: "RIGHT"},
                                zebra=True))
    out.append(b.Spacer(1, 8 * mm))
    sig = b.signature_block([{"heading": tr("{city}, {day}").format(city=office.city or "", day=b.tanggal(day))
                              + "\n" + tr("Dicetak oleh,"), "name": printed_by}], 90 * mm, space=14 * mm)
    sig.hAlign = "RIGHT"
    out.append(sig)
    return b.render(out, PAGE, title=tr("Register harian Loket 2 {day}").format(day=day.isoformat()),
                    author=printed_by, footer=tr("Register harian Loket 2 · {day}").format(day=day.isoformat()))
