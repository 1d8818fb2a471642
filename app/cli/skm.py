"""loket skm ikm [--from YYYY-MM-DD --to YYYY-MM-DD] [--csv FILE] [--weight exact|0.111|0.11] [--json]
loket skm report --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.pdf [--weight …]

The satisfaction index (PermenPANRB 14/2017) from the database for a period
(office-local days), or from a CSV with one column per element key U1…U9.
A bad CSV (missing column, a value outside 1–4, empty file) exits 1 naming
the line.

This module also holds the `loket print sk` / `loket print handover`
adapters registered in app/cli/printing.py PRINTERS.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.services.context import Actor

import json
from argparse import Namespace
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from app.i18n import tr

WEIGHT_LABEL = {"exact": "1/9", "0.111": "0,111", "0.11": "0,11"}


def register(sub: Any) -> None:
    p = sub.add_parser("skm", help=tr("Survei Kepuasan Masyarakat: indeks (IKM) dan laporan"))
    ssub = p.add_subparsers(dest="skm_what", metavar="PERINTAH", required=True)

    def period(sp: Any, required: Any=False) -> None:
        sp.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", required=required,
                        help=tr("tanggal awal (zona waktu kantor)"))
        sp.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", required=required,
                        help=tr("tanggal akhir (termasuk)"))
        sp.add_argument("--weight", choices=("exact", "0.111", "0.11"), default="exact",
                        help=tr("bobot unsur: exact = 1/9 (bawaan), atau 0.111 / 0.11 seperti laporan lama"))

    ik = ssub.add_parser("ikm", help=tr("hitung NRR per unsur, IKM dan mutu pelayanan"))
    period(ik)
    ik.add_argument("--csv", metavar="BERKAS", help=tr("hitung dari CSV (kolom U1…U9) alih-alih basis data"))
    ik.add_argument("--json", action="store_true", help=tr("satu objek JSON"))
    ik.set_defaults(func=_ikm)

    rp = ssub.add_parser("report", help=tr("laporan SKM (PDF) untuk satu periode"))
    period(rp, required=True)
    rp.add_argument("--out", required=True, metavar="BERKAS.pdf")
    rp.set_defaults(func=_report)
    from app.cli import doctor
    if _doctor_check not in doctor.EXTRA_CHECKS:
        doctor.EXTRA_CHECKS.append(_doctor_check)


def _doctor_check(loket: Any) -> list[Any]:
    """`loket doctor`: every SK template a permit type names is present and valid,
    the survey element order is usable."""
    from app import config, masterdata
    from app.documents import sk as skdoc
    from app.services import ikm
    out: list[tuple[str, str, bool | None]] = []
    with loket.Session() as s:
        names = sorted({pt.template for pt in masterdata.permit_types(s) if pt.template} | {"surat_penolakan"})
        missing = sorted(pt.name for pt in masterdata.permit_types(s) if not pt.template)
        order = config.get(s, "survey.element_order")
        from app.services import sk_templates
        bad = []
        for name in names:
            try:
                sk_templates.resolve(s, name)    # the office's own revision, else the shipped file
            except skdoc.TemplateError as e:
                bad.append(str(e))
    out.append((tr("Templat SK"), "; ".join(bad) if bad else tr("{n} templat sah").format(n=len(names)), not bad))
    if missing:
        out.append((tr("Jenis izin tanpa templat"), ", ".join(missing), None))
    try:
        ikm.parse_order(order)
        out.append((tr("Urutan unsur SKM"), order, True))
    except ikm.IkmError as e:
        out.append((tr("Urutan unsur SKM"), str(e), False))
    return out


def _period(args: Namespace) -> tuple[date | None, date | None]:
    from app.cli import Failure, iso_date
    d_from, d_to = iso_date(args.date_from, "--from"), iso_date(args.date_to, "--to")
    if d_from and d_to and d_from > d_to:
        raise Failure(tr("--from ({a}) setelah --to ({b}).").format(a=d_from, b=d_to))
    return d_from, d_to


def _ikm(args: Namespace) -> int:
    from app.cli import Failure, open_from
    from app.services import ikm, survey
    d_from, d_to = _period(args)
    try:
        if args.csv:
            if d_from or d_to:
                raise Failure(tr("--csv tidak dapat digabung dengan --from/--to."))
            result = ikm.compute(ikm.read_csv(args.csv), args.weight)
            source = args.csv
        else:
            loket = open_from(args)
            with loket.Session() as s:
                result = survey.index(s, d_from, d_to, args.weight)
            source = tr("basis data, {a} s.d. {b}").format(a=d_from or "awal", b=d_to or "kini")
    except ikm.IkmError as e:
        raise Failure(str(e)) from None
    if args.json:
        out = {"nrr": {k: float(v) for k, v in result.nrr_rounded(4).items()},
               "ikm": float(result.ikm), "grade": result.grade, "label": result.label,
               "respondents": result.respondents, "weight": args.weight}
        print(json.dumps(out, ensure_ascii=False))
        return 0
    els = ikm.elements()
    print(tr("SKM — {src}; {n} responden; bobot {w}").format(src=source, n=result.respondents,
                                                            w=WEIGHT_LABEL[args.weight]))
    for key, v in result.nrr_rounded(4).items():
        print(f"  {key:<3} {els[key].name:<42} NRR {v}")
    print(tr("IKM {ikm} — mutu {grade} ({label})").format(ikm=result.ikm, grade=result.grade,
                                                        label=tr(result.label)))
    return 0


def _report(args: Namespace) -> int:
    from pathlib import Path

    from app.cli import Failure, open_from
    from app.documents import skm_report
    from app.services import ikm
    d_from, d_to = _period(args)
    loket = open_from(args)
    with loket.Session() as s:
        try:
            pdf = skm_report.build(s, d_from, d_to, args.weight)
        except ikm.IkmError as e:
            raise Failure(str(e)) from None
    out = Path(args.out)
    tmp = out.with_name(out.name + ".part")
    tmp.write_bytes(pdf)
    tmp.replace(out)
    print(tr("Ditulis: {path}").format(path=out))
    return 0


# --- `loket print sk|handover` (registered in app/cli/printing.py) ----------------------

def print_sk(session: Session, actor: Actor, args: Namespace) -> bytes:
    """The SK exactly as counter 4 prints it (signed PDF after its SHA-256 check, or the
    generated one). An export to a file: no paper print is counted, the audit notes it."""
    from app import audit
    from app.services import issuance
    app = issuance.open_file(session, args.no_permohonan)
    pdf, doc = issuance.current_pdf(session, app)
    audit.record(session, actor, "sk.export", "application", app.id,
                 f"SK {app.no_permohonan} ditulis ke berkas (loket print sk)")
    session.commit()
    return pdf


def print_handover(session: Session, actor: Actor, args: Namespace) -> bytes:
    from app import audit
    from app.services import handover, issuance
    pdf = handover.receipt_pdf(session, args.no_permohonan)
    app = issuance.open_file(session, args.no_permohonan)
    audit.record(session, actor, "handover.export", "application", app.id,
                 f"Tanda terima penyerahan {app.no_permohonan} ditulis ke berkas")
    session.commit()
    return pdf
