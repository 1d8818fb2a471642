"""loket sk — the SK signing chain from the command line.

    loket sk draft NOMOR --out FILE.pdf
        The final SK PDF for the office's own BSrE signing tool, exactly as Loket
        stored it (prepared now when the Kabid approved before Loket did that
        itself). The SK number is the last line printed.
    loket sk attach-signed NOMOR FILE.pdf --as USERNAME      (password on stdin)
        Bring the signed file back: accepted only when its signature is valid,
        chains to tte.trust_roots, and signs exactly the draft; then SIGNED.
    loket sk sign NOMOR --as USERNAME [--nik NIK]            (password, then passphrase on stdin)
        Sign directly through the office's BSrE Esign Client service (tte.url).
    loket sk check NOMOR
        Check the stored signed SK again (hash and signature), as counter 4 does.

Exit 0 on success, 1 with one Indonesian line when refused; nothing changes then.
"""
from __future__ import annotations

from argparse import Namespace
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from app.i18n import tr


def register(sub: Any) -> None:
    p = sub.add_parser("sk", help=tr("SK: draf untuk TTE, lampirkan PDF bertanda tangan, tanda tangan langsung"))
    s = p.add_subparsers(dest="sk_command", metavar="AKSI", required=True)

    d = s.add_parser("draft", help=tr("ekspor PDF final SK untuk ditandatangani (nomor SK di baris terakhir)"))
    d.add_argument("nomor", metavar="NOMOR", help=tr("nomor permohonan atau nomor tanda terima"))
    d.add_argument("--out", required=True, metavar="FILE.pdf")
    d.set_defaults(func=_draft)

    a = s.add_parser("attach-signed", help=tr("lampirkan PDF hasil TTE (kata sandi petugas dari stdin)"))
    a.add_argument("nomor", metavar="NOMOR")
    a.add_argument("file", metavar="FILE.pdf")
    a.add_argument("--as", dest="username", required=True, metavar="USERNAME",
                   help=tr("Kepala Dinas yang menandatangani (kata sandinya baris pertama stdin)"))
    a.set_defaults(func=_attach)

    g = s.add_parser("sign", help=tr("tanda tangani langsung lewat layanan BSrE (kata sandi, lalu passphrase dari stdin)"))
    g.add_argument("nomor", metavar="NOMOR")
    g.add_argument("--as", dest="username", required=True, metavar="USERNAME")
    g.add_argument("--nik", metavar="NIK", help=tr("NIK pada sertifikat (bawaan: tte.head_nik)"))
    g.set_defaults(func=_sign)

    c = s.add_parser("check", help=tr("periksa ulang SK bertanda tangan elektronik yang tersimpan"))
    c.add_argument("nomor", metavar="NOMOR")
    c.set_defaults(func=_check)
    from app.cli import doctor
    if _doctor_check not in doctor.EXTRA_CHECKS:
        doctor.EXTRA_CHECKS.append(_doctor_check)


def _doctor_check(loket: Any) -> list[Any]:
    """`loket doctor`: the TTE trust roots this workstation checks signed SKs against."""
    from app import config, tte
    with loket.Session() as s:
        paths, url = config.get(s, "tte.trust_roots") or "", config.get(s, "tte.url") or ""
    out: list[tuple[str, str, bool | None]] = []   # (check, finding, ok / None = a warning)
    if not paths:
        out.append((tr("TTE: akar tepercaya"), tr("belum diatur (tte.trust_roots): PDF TTE tidak dapat "
                                                 "diterima atau dicetak di workstation ini"), None))
    else:
        try:
            roots = tte.load_trust_roots(paths)
            names = ", ".join(str(r.subject.native.get("common_name") or "?") for r in roots)
            demo = any("DEMO" in str(r.subject.native.get("common_name") or "") for r in roots)
            out.append((tr("TTE: akar tepercaya"), names, None if demo else True))
        except tte.Refused as e:
            out.append((tr("TTE: akar tepercaya"), str(e), False))
    out.append((tr("TTE: layanan BSrE"), url or tr("tidak diatur (TTE lewat berkas)"), True))
    return out


def _app_no(session: Session, text: str) -> str:
    from app.services import issuance
    return issuance.open_file(session, text).no_permohonan


def _draft(args: Namespace) -> int:
    from app.cli import Failure, open_from
    from app.services import sksign
    from app.services.context import Actor
    loket = open_from(args)
    with loket.Session() as s:
        pdf, number = sksign.draft_pdf(s, Actor.system(loket.workstation), _app_no(s, args.nomor))
    try:
        Path(args.out).write_bytes(pdf)
    except OSError as e:
        raise Failure(tr("Tidak dapat menulis {path}: {err}").format(path=args.out, err=e.strerror)) from None
    print(tr("Draf SK disimpan di {path} ({n} bait). Tanda tangani berkas ini apa adanya, lalu: "
             "loket sk attach-signed {no} FILE.pdf --as USERNAME").format(path=args.out, n=len(pdf), no=args.nomor))
    print(number)
    return 0


def _officer(args: Namespace, loket: Any, session: Session, extra: Any=()) -> Any:
    from app.cli.officer import read_lines
    from app.services import officers
    values = read_lines([(tr("Kata sandi {u}").format(u=args.username), False), *extra])
    actor = officers.authenticate(session, args.username, values[0], loket.workstation)
    return actor, values[1:]


def _report(ev: Any) -> None:
    d = ev.data or {}
    cert = d.get("certificate") or {}
    print(tr("Ditandatangani: SK {n}, penanda tangan {who} (NIK {nik}), diterbitkan oleh {ca}, "
             "waktu {t} UTC.").format(n=d.get("number"), who=cert.get("signer_name") or d.get("signer_name"),
                                      nik=cert.get("signer_nik") or "-", ca=cert.get("issuer") or "-",
                                      t=cert.get("signing_time") or "-"))
    for w in d.get("warnings") or []:
        print(tr("PERINGATAN: {w}").format(w=w))


def _attach(args: Namespace) -> int:
    from app.cli import Failure, open_from
    from app.services import backoffice
    loket = open_from(args)
    try:
        blob = Path(args.file).read_bytes()
    except OSError as e:
        raise Failure(tr("Berkas {path} tidak dapat dibaca: {err}").format(path=args.file, err=e.strerror)) from None
    with loket.Session() as s:
        actor, _ = _officer(args, loket, s)
        ev = backoffice.sign(s, actor, _app_no(s, args.nomor), signed_pdf=blob, filename=Path(args.file).name)
        _report(ev)
    return 0


def _sign(args: Namespace) -> int:
    from app import config
    from app.cli import open_from
    from app.services import sksign
    loket = open_from(args)
    with loket.Session() as s:
        actor, (passphrase,) = _officer(args, loket, s, [(tr("Passphrase TTE"), False)])
        nik = args.nik or config.get(s, "tte.head_nik")
        ev = sksign.sign_direct(s, actor, _app_no(s, args.nomor), nik=nik, passphrase=passphrase)
        del passphrase
        _report(ev)
    return 0


def _check(args: Namespace) -> int:
    from app.cli import Failure, open_from
    from app.services import issuance, sksign
    loket = open_from(args)
    with loket.Session() as s:
        app = issuance.open_file(s, args.nomor)
        doc = issuance.signed_pdf_document(s, app)
        if doc is None:
            raise Failure(tr("Permohonan {no} tidak punya SK bertanda tangan elektronik.").format(no=app.no_permohonan))
        v = sksign.recheck(s, app, doc)
    print(tr("SAH: SK {n} ditandatangani {who} (NIK {nik}) pada {t} UTC; rantai ke {root}; SHA-256 {sha}.").format(
        n=doc.number, who=v.signer_name, nik=v.signer_nik or "-", t=v.signing_time.isoformat(), root=v.root,
        sha=v.sha256))
    return 0
