"""loket closures list|add|remove — the office's own closures (besides national
holidays and cuti bersama). Adding or removing one recomputes the due dates of
files already received; the command lists those that moved."""
from __future__ import annotations

import json
from argparse import Namespace
from typing import Any

from app.i18n import tr


def register(sub: Any) -> None:
    p = sub.add_parser("closures", help=tr("penutupan kantor (hari tidak bekerja selain libur nasional)"))
    csub = p.add_subparsers(dest="closure_command", metavar="AKSI", required=True)
    ls = csub.add_parser("list", help=tr("daftar penutupan kantor"))
    ls.add_argument("--year", type=int, metavar="TTTT", help=tr("satu tahun; juga menampilkan libur nasional"))
    ls.add_argument("--json", action="store_true", help=tr("keluaran JSON"))
    ls.set_defaults(func=_list)
    a = csub.add_parser("add", help=tr("tambah penutupan kantor"))
    a.add_argument("day", metavar="TTTT-BB-HH")
    a.add_argument("reason", metavar="ALASAN")
    a.add_argument("--as", dest="admin", metavar="ADMIN",
                   help=tr("administrator (kata sandinya: baris pertama stdin)"))
    a.set_defaults(func=_add)
    r = csub.add_parser("remove", help=tr("hapus penutupan kantor"))
    r.add_argument("day", metavar="TTTT-BB-HH")
    r.add_argument("--as", dest="admin", metavar="ADMIN",
                   help=tr("administrator (kata sandinya: baris pertama stdin)"))
    r.set_defaults(func=_remove)


def _list(args: Namespace) -> int:
    from app.cli import open_from
    from app.services import closures
    loket = open_from(args)
    with loket.Session() as s:
        days = closures.year_view(s, args.year) if args.year else closures.closures(s)
    if args.json:
        print(json.dumps([{"tanggal": d.day.isoformat(), "nama": d.name, "jenis": d.kind} for d in days],
                         ensure_ascii=False, indent=2))
        return 0
    if not days:
        print(tr("Belum ada penutupan kantor."))
        return 0
    for d in days:
        print(f"{d.day.isoformat()}  {tr(closures.DAY_NAMES[d.day.weekday()]):<6}  {d.label:<16}  {d.name}")
    return 0


def _print_moved(res: Any) -> None:
    if not res.moved:
        print(tr("Tidak ada berkas yang tanggal selesainya bergeser."))
        return
    print(tr("{n} berkas bergeser tanggal selesainya:").format(n=len(res.moved)))
    for m in res.moved:
        print(f"  {m.no_permohonan}  {m.applicant}  {m.old.isoformat()} → {m.new.isoformat()}")


def _add(args: Namespace) -> int:
    from app.cli import open_from
    from app.cli.permit_types import admin_actor
    from app.services import closures
    loket = open_from(args)
    with loket.Session() as s:
        actor = admin_actor(args, loket, s)
        res = closures.add(s, actor, args.day, args.reason)
    print(tr("Penutupan kantor {d} dicatat: {name}.").format(d=res.day.isoformat(), name=res.name))
    _print_moved(res)
    return 0


def _remove(args: Namespace) -> int:
    from app.cli import open_from
    from app.cli.permit_types import admin_actor
    from app.services import closures
    loket = open_from(args)
    with loket.Session() as s:
        actor = admin_actor(args, loket, s)
        res = closures.remove(s, actor, args.day)
    print(tr("Penutupan kantor {d} dihapus.").format(d=res.day.isoformat()))
    _print_moved(res)
    return 0
