"""loket find [QUERY] [--state STATE] [--limit N] [--json]"""
from __future__ import annotations

import json
from argparse import Namespace
from typing import Any

from app.i18n import tr


def register(sub: Any) -> None:
    p = sub.add_parser("find", help=tr("cari permohonan: nomor, NIK, nama atau nomor tanda terima"))
    p.add_argument("query", nargs="?", default="", help=tr("nomor permohonan, NIK, awal nama, atau nomor tanda terima"))
    p.add_argument("--state", help=tr("hanya status ini (mis. RECEIVED)"))
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--json", action="store_true", help=tr("satu objek JSON per baris"))
    p.set_defaults(func=_find)


def _find(args: Namespace) -> int:
    from app import workflow
    from app.cli import open_from
    from app.services import applications
    loket = open_from(args)
    with loket.Session() as s:
        rows = applications.search(s, args.query, state=args.state, limit=args.limit)
    for r in rows:
        if args.json:
            print(json.dumps(r.as_json(), ensure_ascii=False))
        else:
            print(f"{r.no_permohonan:<24} {workflow.STATES[r.state].label:<34} "
                  f"{r.applicant_name[:30]:<30} {r.permit_type[:36]:<36} {r.receipt_number or '-'}")
    if not args.json and not rows:
        print(tr("Tidak ada permohonan yang cocok."))
    return 0
