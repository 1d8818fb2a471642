"""loket report list
loket report NAME --from YYYY-MM-DD --to YYYY-MM-DD [--by month|quarter|year] [--unit UNIT]
                  [--permit-type KODE] [--weight exact|0.111|0.11] --out FILE.xlsx|.pdf|.csv

Reports for heads of office (app/reports). The format follows the extension.
Without dates: this month so far (`expiring`: the next 90 days). A reversed or
invalid range, an unknown report or an unwritable path exits 1 with one line
and leaves no file behind; usage errors exit 2.
"""
from __future__ import annotations

from argparse import Namespace
from typing import Any

from app.i18n import tr


def register(sub: Any) -> None:
    p = sub.add_parser("report", help=tr("laporan: register, kepatuhan standar pelayanan, IKM, izin berakhir…"))
    p.add_argument("name", metavar="NAMA", help=tr("nama laporan, atau list"))
    p.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help=tr("tanggal awal (zona waktu kantor)"))
    p.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help=tr("tanggal akhir (termasuk)"))
    p.add_argument("--by", choices=("month", "quarter", "year"), default="month",
                   help=tr("kelompok periode (bawaan: month)"))
    p.add_argument("--unit", metavar="UNIT", help=tr("hanya jenis izin unit/bidang ini"))
    p.add_argument("--permit-type", metavar="KODE", help=tr("hanya satu jenis izin (kode)"))
    p.add_argument("--weight", choices=("exact", "0.111", "0.11"), default="exact",
                   help=tr("bobot unsur IKM (laporan ikm)"))
    p.add_argument("--out", metavar="BERKAS", help=tr("berkas keluaran: .xlsx, .pdf atau .csv"))
    p.set_defaults(func=_run)


def _run(args: Namespace) -> int:
    from app import reports
    from app.cli import Failure, iso_date, open_from
    if args.name == "list":
        for r in reports.all_reports():
            print(f"{r.name:<10} {tr(r.title)} — {tr(r.description)}")
        return 0
    try:
        report = reports.get(args.name)
    except reports.ReportError as e:
        raise Failure(str(e)) from None
    if not args.out:
        raise Failure(tr("--out BERKAS wajib (.xlsx, .pdf atau .csv)."))
    from pathlib import Path

    from app.reports import export
    if Path(args.out).suffix.lower() not in export.FORMATS:
        raise Failure(tr("Format berkas tidak dikenal: “{ext}” (gunakan .xlsx, .pdf atau .csv).")
                      .format(ext=Path(args.out).suffix or args.out))
    d_from, d_to = iso_date(args.date_from, "--from"), iso_date(args.date_to, "--to")
    loket = open_from(args)
    from app.reports.builders import default_range
    from app.services import tracking
    with loket.Session() as s:
        now = tracking.office_now(s)
        lo, hi = default_range(report.name, now.date())
        params = reports.Params(d_from or lo, d_to or hi, args.by, args.unit, args.permit_type, args.weight,
                                made_by=tr("baris perintah (loket report)"), made_at=now)
        try:
            table = reports.build(s, report.name, params)
            office, head = export.letter_parts(s)
            out = export.write(table, args.out, office, head)
        except reports.ReportError as e:
            raise Failure(str(e)) from None
    total = "" if table.total is None else " · " + tr("baris jumlah disertakan")
    print(tr("{title}: {n} baris{total} → {path}").format(title=table.title, n=len(table.rows), total=total, path=out))
    return 0
