"""Buku register harian Loket 2: files received and returned on one day, per officer."""
from __future__ import annotations

from datetime import date
from itertools import groupby
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import KeepTogether

from app.documents import base as b
from app.documents.base import mm
from app.i18n import tr

PAGE = landscape(A4)


HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")


def build(rows: list[Any], day: date, office: b.Office, printed_by: str, *, printed_nip: str | None = None,
          printed_on: date | None = None, supervisor: dict[str, Any] | None = None) -> bytes:
    """rows: app.services.intake.RegisterRow, ordered by officer then time. The register's
    date is its subject; it is signed by the officer who printed it, dated the day it was
    printed (`printed_on`), with a "Mengetahui" line for the section head (`supervisor`:
    title, name, nip)."""
    width = b.frame_width(PAGE)
    out = b.letterhead(office, width)
    out.append(b.para(tr("REGISTER HARIAN PENERIMAAN BERKAS — LOKET 2"), "title"))
    out.append(b.para(f"{tr(HARI[day.weekday()])}, {b.tanggal(day)}", "subtitle"))
    out.append(b.Spacer(1, 3 * mm))
    received = sum(1 for r in rows if r.result == "DITERIMA")
    out.append(b.para(tr("Diterima: {a} berkas · Dikembalikan: {r} berkas · Jumlah: {n}").format(
        a=received, r=len(rows) - received, n=len(rows)), "body"))
    if not rows:
        out.append(b.Spacer(1, 4 * mm))
        out.append(b.para(tr("Tidak ada berkas yang diterima atau dikembalikan pada hari ini."), "body"))
    widths = [9 * mm, 13 * mm, 24 * mm, 46 * mm, 0, 62 * mm, 46 * mm, 14 * mm]
    widths[4] = width - sum(widths)
    for officer, grouped in groupby(rows, key=lambda r: r.officer):
        group = list(grouped)
        ok = sum(1 for r in group if r.result == "DITERIMA")
        out.append(b.para(tr("Petugas: {name} — diterima {a}, dikembalikan {r}").format(
            name=officer, a=ok, r=len(group) - ok), "h2"))
        data = [[str(i), r.at_local.strftime("%H.%M"), tr("Diterima") if r.result == "DITERIMA" else tr("Dikembalikan"),
                 r.no_permohonan, r.applicant, r.permit_type, r.number,
                 "-" if r.duration_seconds is None else f"{r.duration_seconds / 60:.1f}".replace(".", ",")]
                for i, r in enumerate(group, 1)]
        out.append(b.grid_table([tr("No"), tr("Jam"), tr("Hasil"), tr("No. permohonan"), tr("Pemohon"),
                                 tr("Jenis izin"), tr("No. tanda terima / bukti"), tr("Menit")],
                                data, widths, style_name="small", align={0: "CENTER", 1: "CENTER", 7: "RIGHT"},
                                zebra=True))
    out.append(b.Spacer(1, 8 * mm))
    sup = supervisor or {}
    on = printed_on or day
    sig = b.signature_block([
        {"heading": tr("Mengetahui,"), "title": (sup.get("title") or tr("Kepala Seksi Pelayanan")) + ",",
         "name": sup.get("name") or None, "nip": b.nip(sup.get("nip")) or None},
        {"heading": tr("{city}, {day}").format(city=office.city or "", day=b.tanggal(on)),
         "title": tr("Petugas Loket 2 yang mencetak,"), "name": printed_by, "nip": b.nip(printed_nip) or None},
    ], width * 0.8, space=16 * mm)
    out.append(KeepTogether([sig]))
    footer = tr("{office} · Register harian Loket 2 · {day}").format(office=office.short_name, day=b.tanggal(day))
    return b.render(out, PAGE, title=tr("Register harian Loket 2 {day}").format(day=b.tanggal(day)),
                    author=printed_by, footer=footer)
