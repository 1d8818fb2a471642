"""loket verify TEXT — is this QR code one the office signed, and what does it refer to?

TEXT is what a scanner or a phone read: the payload (LKT2.…, or an older LKT1.…)
or the verification URL that holds it after '#'. Needs no secret: the public
keys of this database (synced, or `loket keys import`) and this workstation's
own. Never creates a key.

Exit 0: authentic (prints kind, number, date and office, and, when this
database knows it, the application). Exit 1 with "tidak sah": altered,
forged, revoked, or signed with a key this workstation does not know.
"""
from __future__ import annotations

import json
from argparse import Namespace
from typing import Any

from sqlalchemy.orm import Session

from app.i18n import tr


def register(sub: Any) -> None:
    p = sub.add_parser("verify", help=tr("periksa keaslian kode QR dokumen (isi hasil pindai)"))
    p.add_argument("payload", metavar="TEKS",
                   help=tr("teks hasil pindai kode QR: kode LKT2.… atau alamat halaman verifikasi yang memuatnya"))
    p.add_argument("--json", action="store_true", help=tr("keluaran JSON"))
    p.set_defaults(func=_verify)


def describe(session: Session, payload: str) -> dict[str, Any]:
    """The verified fields plus what this database knows of them (raises qrsign.Invalid)."""
    from sqlalchemy import func, select

    from app import qrsign, workflow
    from app.services import applications
    from app.services.context import ServiceError
    from db.models import IssuedDocument
    signed = qrsign.verify(payload, session=session)
    out = signed.as_dict()
    try:
        app = applications.get(session, signed.ref)
    except ServiceError:
        out["application"] = None
        return out
    # some areas sign their numbers with spaces removed (older payloads)
    doc = session.scalar(select(IssuedDocument).where(
        IssuedDocument.application_id == app.id,
        (IssuedDocument.number == signed.number)
        | (func.replace(IssuedDocument.number, " ", "") == signed.number.replace(" ", ""))).limit(1))
    out["application"] = {
        "no_permohonan": app.no_permohonan, "applicant_name": app.applicant_name,
        "nik": app.applicant_nik, "permit_type": app.permit_type.name, "state": app.state,
        "state_label": tr(workflow.STATES[app.state].label),
        "receipt_number": app.receipt_number,
        "due_date": app.due_date.isoformat() if app.due_date else None,
    }
    out["document_on_record"] = doc is not None
    return out


def _verify(args: Namespace) -> int:
    from app import qrsign
    from app.cli import Failure, open_from
    loket = open_from(args)
    with loket.Session() as s:
        try:
            info = describe(s, args.payload)
        except qrsign.Invalid as e:
            raise Failure(str(e)) from None
    if args.json:
        print(json.dumps(info, ensure_ascii=False))
        return 0
    from datetime import date

    from app.documents.base import tanggal
    print(tr("SAH — {kind} nomor {number}, tanggal {date}").format(
        kind=info["kind_label"], number=info["number"], date=tanggal(date.fromisoformat(info["date"]))))
    if info["office"]:
        print(f"{tr('Kantor')}: {info['office']}" + (
            f" ({tr('workstation')} {info['workstation']})" if info["workstation"] else ""))
    app = info.get("application")
    if app is None:
        print(tr("Permohonan {no} belum ada di basis data workstation ini (belum tersinkron).")
              .format(no=info["ref"]))
        return 0
    print(f"{tr('Nomor permohonan')}: {app['no_permohonan']}")
    print(f"{tr('Pemohon')}: {app['applicant_name']} ({app['nik'] or '-'})")
    print(f"{tr('Jenis izin')}: {app['permit_type']}")
    print(f"{tr('Status')}: {app['state_label']}")
    if app["due_date"]:
        print(f"{tr('Perkiraan selesai')}: {app['due_date']}")
    if not info["document_on_record"]:
        print(tr("Catatan: dokumen {number} belum ada di basis data ini (belum tersinkron).")
              .format(number=info["number"]))
    return 0
