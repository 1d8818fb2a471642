"""loket print <document> ... --out FILE

(The module is `printing`, not `print`: a submodule named `print` would become
the attribute app.cli.print and shadow the builtin inside app/cli/__init__.py.)

Writes a document of the office to a file, for scripts and tests. Each kind
of document is one entry of PRINTERS; another area adds its own with one
line, e.g. ``PRINTERS["sk"] = Printer("cetak SK …", "app.services.issuance:cli_print_sk")``.
A printer's target is "module:function" called as function(session, actor, args)
and returns the bytes to write (PDF, or CSV text for the register).

Acting officer: `--officer USERNAME` attributes the print to that (active)
officer; without it the print is recorded as the system actor of this
workstation (Actor.system), the way other maintenance commands act. Reprints
are recorded either way (document_print, kind REPRINT) and marked SALINAN.
"""
from __future__ import annotations

import importlib
from argparse import Namespace
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from app import clock
from app.i18n import tr

if TYPE_CHECKING:
    from app.services.context import Actor


@dataclass(frozen=True)
class Printer:
    help: str
    target: str                                  # "module:function"
    # extra argparse arguments: ((names...), {kwargs}) pairs
    arguments: tuple[Any, ...] = field(default_factory=tuple)


PRINTERS: dict[str, Printer] = {
    "receipt": Printer(
        "tanda terima berkas dari permohonan yang sudah diterima (sebagai SALINAN)",
        "app.cli.printing:print_receipt",
        ((("no_permohonan",), {"metavar": "NO_PERMOHONAN",
                                "help": tr("nomor permohonan atau nomor tanda terima")}),
         (("--reason",), {"help": tr("alasan cetak ulang (dicatat)")}))),
    "return-slip": Printer(
        "bukti pengembalian berkas terakhir dari sebuah permohonan (sebagai SALINAN)",
        "app.cli.printing:print_return_slip",
        ((("no_permohonan",), {"metavar": "NO_PERMOHONAN"}),
         (("--reason",), {"help": tr("alasan cetak ulang (dicatat)")}))),
    "register": Printer(
        "register harian Loket 2 (PDF, atau CSV bila --out berakhiran .csv)",
        "app.cli.printing:print_register",
        ((("--date",), {"metavar": "YYYY-MM-DD", "help": tr("tanggal (bawaan: hari ini)")}),)),
    "sk": Printer(
        "SK / surat penolakan persis seperti dicetak Loket 4 (PDF bertanda tangan diperiksa SHA-256-nya)",
        "app.cli.skm:print_sk",
        ((("no_permohonan",), {"metavar": "NO_PERMOHONAN",
                                "help": tr("nomor permohonan, nomor tanda terima, atau isi QR")}),)),
    "handover": Printer(
        "tanda terima penyerahan SK (Loket 5)",
        "app.cli.skm:print_handover",
        ((("no_permohonan",), {"metavar": "NO_PERMOHONAN"}),)),
    "skm-form": Printer(
        "kuesioner SKM kertas (contoh PermenPANRB 14/2017, urutan unsur kantor)",
        "app.documents.skm_form:cli_print"),
    "tracking": Printer(
        "lembar kendali proses permohonan (pelacakan, satu halaman)",
        "app.documents.tracking:cli_print",
        ((("no_permohonan",), {"metavar": "NO_PERMOHONAN"}),)),
}


def doctor_checks(loket: Any) -> list[tuple[str, str, bool | None]]:
    """`loket doctor`: counter 2's number formats, fonts and logo, before an officer meets them."""
    from pathlib import Path

    from app import config, numbering
    from app.services.context import ServiceError
    out: list[tuple[str, str, bool | None]] = []   # (check, finding, ok / None = a warning)
    try:
        from app.documents import base
        base.register_fonts()
        for face in base.LETTER_FONTS:
            base.letter_fonts(face)
        out.append((tr("Huruf dokumen"), "DejaVu, Loket Bonum, Liberation Sans (resources/fonts)", True))
    except Exception as e:  # a missing font file: every receipt would fail
        out.append((tr("Huruf dokumen"), f"{type(e).__name__}: {e}", False))
    with loket.Session() as s:
        ws = config.get(s, "workstation.name")
        for kind, label in (("receipt", tr("Nomor tanda terima")), ("walkin", tr("Nomor walk-in")),
                            ("return_slip", tr("Nomor bukti pengembalian"))):
            fmt = config.get(s, f"numbering.{kind}")
            try:
                out.append((label, tr("{fmt} → {example}").format(
                    fmt=fmt, example=numbering.format_number(fmt, 1, clock.now(), workstation=ws)), True))
            except ServiceError as e:
                out.append((label, str(e), False))
        logo = config.get(s, "office.logo")
        if logo:
            ok = Path(logo).is_file()
            out.append((tr("Logo kop surat"), logo if ok else tr("{path} tidak ditemukan — kop tanpa logo").format(
                path=logo), True if ok else None))
        out.append((tr("Kertas tanda terima"), config.get(s, "intake.receipt_paper"), True))
        stale = template_field_gaps(s)
        if stale:   # e.g. a database loaded before the SIPB template and fields were aligned
            out.append((tr("Data teknis templat SK"), "; ".join(stale), None))
        from app.services.office import unfilled_identity
        unfilled = unfilled_identity(s)
        out.append((tr("Identitas kantor"),
                    tr("belum diisi: {keys} — isi di Admin — Kantor atau `loket config set <kunci> <nilai>`").format(
                        keys=", ".join(unfilled)) if unfilled else tr("lengkap"),
                    None if unfilled else True))
    return out


def template_field_gaps(session: Session) -> list[str]:
    """'SIPB: Nama fasilitas pelayanan kesehatan' for every teknis[...] field a permit
    type's template reads that the permit type does not have (it would print "-")."""
    from app import masterdata
    from app.documents import sk
    out, cache = [], {}
    for pt in masterdata.permit_types(session):
        if not pt.template:
            continue
        if pt.template not in cache:
            try:
                from app.services import sk_templates
                cache[pt.template] = sk.technical_refs(sk_templates.resolve(session, pt.template))
            except sk.TemplateError:
                cache[pt.template] = set()      # reported by the template check itself
        missing = sorted(cache[pt.template] - set(pt.technical_fields or []))
        if missing:
            out.append(f"{pt.code}: {', '.join(missing)}")
    return out


def register(sub: Any) -> None:
    from app.cli import doctor
    if doctor_checks not in doctor.EXTRA_CHECKS:
        doctor.EXTRA_CHECKS.append(doctor_checks)
    p = sub.add_parser("print", help=tr("tulis dokumen (tanda terima, register, …) ke berkas"))
    psub = p.add_subparsers(dest="print_what", metavar="DOKUMEN", required=True)
    for name, printer in PRINTERS.items():
        sp = psub.add_parser(name, help=tr(printer.help))
        for names, kwargs in printer.arguments:
            sp.add_argument(*names, **kwargs)
        sp.add_argument("--out", required=True, metavar="BERKAS", help=tr("berkas tujuan"))
        sp.add_argument("--officer", metavar="USERNAME",
                        help=tr("petugas yang mencetak (bawaan: sistem workstation ini)"))
        sp.set_defaults(func=_run, printer=name)


def acting(session: Session, username: str | None, workstation: str) -> Any:
    """The Actor for a CLI print: the named active officer, or the system actor."""
    from sqlalchemy import select

    from app.cli import Failure
    from app.services.context import Actor
    from db.models import Officer
    if not username:
        return Actor.system(workstation)
    officer = session.scalar(select(Officer).where(Officer.username == username))
    if officer is None or not officer.active:
        raise Failure(tr("Petugas {u} tidak ditemukan atau tidak aktif.").format(u=username))
    return Actor.from_officer(officer, workstation)


def _run(args: Namespace) -> int:
    from app import config
    from app.cli import open_from
    printer = PRINTERS[args.printer]
    mod, _, fn = printer.target.partition(":")
    func = getattr(importlib.import_module(mod), fn)
    loket = open_from(args)
    out = Path(args.out)
    with loket.Session() as s:
        actor = acting(s, args.officer, config.get(s, "workstation.name"))
        data = func(s, actor, args)
    tmp = out.with_name(out.name + ".part")
    # write then rename: a half-written PDF never sits under the final name
    if isinstance(data, str):
        tmp.write_text(data, encoding="utf-8-sig", newline="")
    else:
        tmp.write_bytes(data)
    tmp.replace(out)
    print(tr("Ditulis: {path}").format(path=out))
    return 0


def print_receipt(session: Session, actor: Actor, args: Namespace) -> bytes:
    from app.services import intake
    return intake.reprint_receipt(session, actor, args.no_permohonan, reason=args.reason or "loket print receipt")


def print_return_slip(session: Session, actor: Actor, args: Namespace) -> bytes:
    from app.services import applications, intake
    app = applications.get(session, args.no_permohonan)
    doc = intake.latest_document(session, app, intake.RETURN_SLIP)
    _, pdf = intake.record_print(session, actor, doc.id, reason=args.reason or "loket print return-slip", copy=True)
    return pdf


def print_register(session: Session, actor: Actor, args: Namespace) -> Any:
    from datetime import date

    from app.cli import Failure
    from app.services import intake
    try:
        day = date.fromisoformat(args.date) if args.date else None
    except ValueError:
        raise Failure(tr("Tanggal tidak sah: {d} (format YYYY-MM-DD).").format(d=args.date)) from None
    if args.out.lower().endswith(".csv"):
        return intake.register_csv(intake.daily_register(session, actor, day))
    return intake.register_pdf(session, actor, day)
