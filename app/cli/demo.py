"""loket demo --applications N [--seed S]"""
from __future__ import annotations

from app.i18n import tr


def register(sub) -> None:
    p = sub.add_parser("demo", help=tr("isi basis data dengan data contoh yang realistis"))
    p.add_argument("--applications", type=int, default=300, metavar="N")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--if-empty", action="store_true", help=tr("hanya bila belum ada permohonan"))
    p.set_defaults(func=_demo)


def _demo(args) -> int:
    from app.cli import open_from
    from app import demo
    loket = open_from(args)
    n = demo.generate(loket, args.applications, seed=args.seed, if_empty=args.if_empty)
    print(tr("{n} permohonan contoh dibuat.").format(n=n))
    return 0
