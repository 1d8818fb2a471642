"""loket keys list|export|import|revoke, and loket verify-page --out FOLDER

The public keys that sign the office's QR codes (app/qrkeys.py). Only public
keys ever leave a workstation: `export` writes them to a JSON file,
`import` trusts such a file (a workstation that only imported keys verifies
and has nothing to sign with), `revoke` stops a key from a date on.
`verify-page` writes the static verification page (app/verify_page.py).
"""
from __future__ import annotations

import json
from argparse import Namespace
from datetime import date
from pathlib import Path
from typing import Any

from app.i18n import tr


def register(sub: Any) -> None:
    p = sub.add_parser("keys", help=tr("kunci publik penanda QR: daftar, ekspor, impor, cabut"))
    ksub = p.add_subparsers(dest="keys_command", metavar="AKSI", required=True)
    ls = ksub.add_parser("list", help=tr("kunci publik yang dipercaya workstation ini"))
    ls.set_defaults(func=_list)
    ex = ksub.add_parser("export", help=tr("tulis kunci publik kantor ke berkas JSON (tanpa kunci privat)"))
    ex.add_argument("--out", required=True, metavar="BERKAS")
    ex.set_defaults(func=_export)
    im = ksub.add_parser("import", help=tr("percayai kunci publik dari berkas `loket keys export`"))
    im.add_argument("file", metavar="BERKAS")
    im.add_argument("--as", dest="admin", metavar="ADMIN",
                    help=tr("administrator yang mengimpor (kata sandinya: baris pertama stdin); tanpa ini "
                            "tercatat atas nama sistem workstation ini"))
    im.set_defaults(func=_import)
    rv = ksub.add_parser("revoke", help=tr("cabut kunci sejak tanggal: dokumen sejak tanggal itu tidak sah"))
    rv.add_argument("kid", metavar="KID", help=tr("nomor kunci (8 digit heksadesimal, lihat `loket keys list`)"))
    rv.add_argument("--from", dest="from_day", required=True, metavar="YYYY-MM-DD",
                    help=tr("tanggal mulai tidak sah (dokumen bertanggal sebelumnya tetap sah)"))
    rv.add_argument("--reason", required=True, help=tr("alasan (dicatat di log audit)"))
    rv.add_argument("--as", dest="admin", required=True, metavar="ADMIN",
                    help=tr("administrator (kata sandinya: baris pertama stdin)"))
    rv.set_defaults(func=_revoke)

    vp = sub.add_parser("verify-page", help=tr("tulis halaman verifikasi QR statis (index.html) untuk situs kantor"))
    vp.add_argument("--out", required=True, metavar="FOLDER")
    vp.set_defaults(func=_verify_page)

    from app.cli import doctor
    if doctor_checks not in doctor.EXTRA_CHECKS:
        doctor.EXTRA_CHECKS.append(doctor_checks)


def doctor_checks(loket: Any) -> Any:
    """Where this workstation's QR key is and how it is protected (app/qrkeys.py,
    imported only when asked: cryptography is not paid at every start)."""
    from app import qrkeys
    return qrkeys.doctor_checks(loket)


def _write(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def _list(args: Namespace) -> int:
    from app import qrkeys
    from app.cli import open_from
    loket = open_from(args)
    own = qrkeys.holder().kid
    with loket.Session() as s:
        rows = qrkeys.listing(s)
        if not rows:
            print(tr("Belum ada kunci. Kunci workstation ini dibuat saat dokumen pertama ditandatangani."))
            return 0
        for r, revoked in rows:
            state = (tr("dicabut sejak {day}: {reason}").format(day=revoked.isoformat(), reason=r.revoked_reason or "-")
                     if revoked else tr("berlaku"))
            mine = tr(" (workstation ini, dapat menandatangani)") if r.kid == own else ""
            print(f"{r.kid}  {r.algorithm}  {r.workstation or '-'}  {r.office or '-'}  {state}{mine}")
    return 0


def _export(args: Namespace) -> int:
    from app import qrkeys
    from app.cli import open_from
    loket = open_from(args)
    with loket.Session() as s:
        data = qrkeys.export(s)
    _write(Path(args.out), json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    print(tr("{n} kunci publik ditulis ke {path} (tanpa kunci privat).").format(n=len(data["keys"]), path=args.out))
    return 0


def _import(args: Namespace) -> int:
    from app import qrkeys
    from app.cli import Failure, open_from
    from app.cli.officer import _admin_actor
    from app.services.context import Actor
    try:
        data = json.loads(Path(args.file).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        raise Failure(tr("Berkas kunci publik {path} tidak terbaca atau bukan JSON.").format(path=args.file)) from None
    loket = open_from(args)
    with loket.Session() as s:
        if not args.admin:
            # like `loket secret set`: a maintenance act of this workstation, audited as its system
            # actor (whoever can run it could write the database file just as well)
            actor = Actor.system(loket.workstation)
        else:
            actor, _ = _admin_actor(args, loket, s)
            actor.require("ADMIN")
        added, updated = qrkeys.import_keys(s, actor, data)
    print(tr("Kunci publik diimpor: {a} baru, {u} diperbarui. Workstation ini kini dapat memeriksa kode QR "
             "kantor {office}.").format(a=added, u=updated, office=data.get("office") or "-"))
    return 0


def _revoke(args: Namespace) -> int:
    from app import qrkeys
    from app.cli import Failure, open_from
    from app.cli.officer import _admin_actor
    try:
        day = date.fromisoformat(args.from_day)
    except ValueError:
        raise Failure(tr("Tanggal tidak sah: {d} (format YYYY-MM-DD).").format(d=args.from_day)) from None
    loket = open_from(args)
    with loket.Session() as s:
        actor, _ = _admin_actor(args, loket, s)
        row = qrkeys.revoke(s, actor, args.kid, day, args.reason)
        print(tr("Kunci {kid} ({ws}) dicabut sejak {day}: dokumen bertanggal sejak itu tidak sah, "
                 "sebelumnya tetap sah. Perbarui halaman verifikasi (`loket verify-page`).").format(
                     kid=row.kid, ws=row.workstation or "-", day=day.isoformat()))
    return 0


def _verify_page(args: Namespace) -> int:
    from app import verify_page
    from app.cli import open_from
    loket = open_from(args)
    with loket.Session() as s:
        path, n = verify_page.write(s, Path(args.out))
    print(tr("Halaman verifikasi ditulis: {path} ({n} kunci publik). Unggah folder ini ke situs kantor dan isi "
             "office.verify_url dengan alamatnya.").format(path=path, n=n))
    return 0
