"""loket config get|set|list"""
from __future__ import annotations

from argparse import Namespace
from typing import Any

from app.i18n import tr


def register(sub: Any) -> None:
    p = sub.add_parser("config", help=tr("pengaturan (bukan rahasia): get, set, list"))
    csub = p.add_subparsers(dest="config_command", metavar="AKSI", required=True)
    g = csub.add_parser("get", help=tr("tampilkan nilai satu pengaturan"))
    g.add_argument("key")
    g.set_defaults(func=_get)
    s = csub.add_parser("set", help=tr("ubah nilai satu pengaturan"))
    s.add_argument("key")
    s.add_argument("value")
    s.add_argument("--as", dest="admin", metavar="ADMIN",
                   help=tr("administrator yang menandatangani pengaturan kantor (kata sandinya: baris pertama "
                           "stdin); tanpa ini pengaturan kantor hanya berlaku di workstation ini"))
    s.set_defaults(func=_set)
    ls = csub.add_parser("list", help=tr("semua pengaturan dengan nilainya dan keterangannya"))
    ls.set_defaults(func=_list)


def _get(args: Namespace) -> int:
    from app import config
    from app.cli import open_from
    loket = open_from(args)
    with loket.Session() as s:
        print(config.get(s, args.key))
    return 0


def _set(args: Namespace) -> int:
    from app import config
    from app.cli import open_from
    loket = open_from(args)
    value = config.parse(args.key, args.value)
    with loket.Session() as s:
        if args.admin:      # an audited, signed administrator's act, as on the Admin — Kantor page
            from app.cli.permit_types import admin_actor
            from app.services import office
            office.save(s, admin_actor(args, loket, s), {args.key: args.value})
            return 0
        config.set_(s, args.key, value)
        s.commit()
    if config.KEYS[args.key].scope == "OFFICE":
        import sys
        print(tr("Catatan: {key} adalah pengaturan kantor; tanpa --as ADMIN perubahan ini tidak ditandatangani "
                 "dan workstation lain tidak memberlakukannya.").format(key=args.key), file=sys.stderr)
    return 0


def _list(args: Namespace) -> int:
    from app import config
    from app.cli import open_from
    loket = open_from(args)
    with loket.Session() as s:
        for name, value in config.all_values(s).items():
            print(f"{name} = {value!r}    # {config.KEYS[name].doc}")
    return 0
