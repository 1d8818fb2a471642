"""loket db upgrade|status"""
from __future__ import annotations

from argparse import Namespace
from typing import Any

from app.i18n import tr


def register(sub: Any) -> None:
    p = sub.add_parser("db", help=tr("basis data lokal: upgrade skema, status"))
    dsub = p.add_subparsers(dest="db_command", metavar="AKSI", required=True)
    up = dsub.add_parser("upgrade", help=tr("terapkan migrasi (salinan cadangan dibuat lebih dulu)"))
    up.set_defaults(func=_upgrade)
    st = dsub.add_parser("status", help=tr("versi skema basis data lokal"))
    st.set_defaults(func=_status)


def _upgrade(args: Namespace) -> int:
    from app.cli import open_from
    from db.migrate import current_revision
    loket = open_from(args)
    print(tr("Basis data {path}: skema {rev}").format(path=loket.db_path, rev=current_revision(loket.engine)))
    return 0


def _status(args: Namespace) -> int:
    from app import paths
    from app.cli import Failure
    from db import migrate
    from db.engine import make_engine, sqlite_url
    dbp = paths.db_path(paths.data_dir(args.data_dir))
    if not dbp.exists():
        raise Failure(tr("Basis data belum ada: {path} (jalankan: loket db upgrade)").format(path=dbp))
    engine = make_engine(sqlite_url(dbp))
    rev, head = migrate.current_revision(engine), migrate.head_revision()
    print(tr("Skema {rev}, terbaru {head}").format(rev=rev, head=head))
    return 0
