"""loket audit verify|list"""
from __future__ import annotations

from argparse import Namespace
from datetime import date
from typing import Any

from app.i18n import tr


def register(sub: Any) -> None:
    p = sub.add_parser("audit", help=tr("log audit: periksa rantai, tampilkan catatan"))
    asub = p.add_subparsers(dest="audit_command", metavar="AKSI", required=True)
    v = asub.add_parser("verify", help=tr("periksa rantai hash setiap workstation; keluar 1 bila ada yang rusak"))
    v.set_defaults(func=_verify)
    ls = asub.add_parser("list", help=tr("catatan audit terbaru (administrator)"))
    ls.add_argument("--officer", metavar="PENGGUNA", help=tr("hanya petugas ini"))
    ls.add_argument("--from", dest="date_from", type=date.fromisoformat, metavar="YYYY-MM-DD")
    ls.add_argument("--to", dest="date_to", type=date.fromisoformat, metavar="YYYY-MM-DD")
    ls.add_argument("--application", metavar="NOMOR", help=tr("nomor permohonan, tanda terima atau SK"))
    ls.add_argument("--limit", type=int, default=100)
    ls.add_argument("--as", dest="admin", required=True, metavar="ADMIN",
                    help=tr("administrator yang membaca (kata sandinya dari stdin)"))
    ls.set_defaults(func=_list)
    from app.cli import doctor
    if doctor_checks not in doctor.EXTRA_CHECKS:
        doctor.EXTRA_CHECKS.append(doctor_checks)


def _verify(args: Namespace) -> int:
    from app import audit
    from app.cli import Failure, open_from
    from app.sync import anchor
    loket = open_from(args)
    live = anchor.live(loket)
    with loket.Session() as s:
        results = audit.verify_all(s, live)
        anchored = len(audit.anchors_for(s, live))
    total = sum(r.count for r in results)
    for r in results:
        state = tr("utuh") if r.broken is None else tr("RUSAK")
        print(tr("{ws}: {n} catatan, {state}").format(ws=r.workstation, n=r.count, state=state))
    broken = next((r.broken for r in results if r.broken is not None), None)
    if broken is not None:
        raise Failure(tr("rantai audit rusak: {where}").format(where=broken))
    print(tr("Rantai audit utuh: {n} catatan.").format(n=total))
    if live is not None:
        print(tr("Dibandingkan dengan basis data pusat (langsung) dan {k} jangkar sinkronisasi.").format(k=anchored))
    elif anchored:
        print(tr("Basis data pusat tidak terjangkau: dibandingkan dengan {k} jangkar dari sinkronisasi terakhir.")
              .format(k=anchored))
    else:
        print(tr("Belum pernah disinkronkan: rantai yang dipotong di ujungnya belum dapat dikenali."))
    return 0


def _list(args: Namespace) -> int:
    from zoneinfo import ZoneInfo

    from app import audit, config
    from app.cli import open_from
    from app.cli.officer import _admin_actor
    from app.services import officers
    loket = open_from(args)
    with loket.Session() as s:
        actor, _ = _admin_actor(args, loket, s)
        officer_id = officers._find(s, args.officer).id if args.officer else None
        rows = audit.search(s, actor, officer_id=officer_id, date_from=args.date_from,
                            date_to=args.date_to, application=args.application, limit=args.limit)
        tz = ZoneInfo(config.get(s, "office.timezone"))
    utc = ZoneInfo("UTC")
    for r in rows:
        at = r.at.replace(tzinfo=utc).astimezone(tz).strftime("%Y-%m-%d %H:%M:%S")
        print(f"{at}  {r.workstation}#{r.seq}  {r.officer_name or '-'}  {r.action}  {r.summary or ''}")
    return 0


def doctor_checks(loket: Any) -> list[tuple[str, str, bool | None]]:
    from app import audit
    from app.services import officers
    with loket.Session() as s:
        total, broken = audit.verify(s)
        n = officers.count(s)
    out: list[tuple[str, str, bool | None]] = [(tr("Rantai audit"), tr("{n} catatan, utuh").format(n=total) if broken is None
            else tr("RUSAK — {where}").format(where=broken), broken is None)]
    out.append((tr("Petugas"), tr("{n} akun").format(n=n) if n else
                tr("belum ada: buka aplikasi untuk membuat administrator pertama"), True if n else None))
    return out
