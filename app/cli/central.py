"""loket central upgrade|status: the office's central database schema."""
from __future__ import annotations

from argparse import Namespace
from typing import Any

from app.i18n import tr


def register(sub: Any) -> None:
    p = sub.add_parser("central", help=tr("basis data pusat kantor: buat/perbarui skema, status"))
    csub = p.add_subparsers(dest="central_command", metavar="AKSI", required=True)
    up = csub.add_parser("upgrade", help=tr("buat atau perbarui skema basis data pusat (Alembic)"))
    up.add_argument("--url", help=tr("URL basis data pusat (bawaan: pengaturan central.url)"))
    up.set_defaults(func=_upgrade)
    st = csub.add_parser("status", help=tr("versi skema dan isi basis data pusat"))
    st.add_argument("--url")
    st.set_defaults(func=_status)


def _target(args: Namespace) -> Any:
    from app.cli import Failure, open_from
    from app.sync.central import CentralError, target_from_settings
    loket = open_from(args)
    try:
        with loket.Session() as s:
            return target_from_settings(s, args.url)
    except CentralError as e:
        raise Failure(str(e)) from None


def _upgrade(args: Namespace) -> int:
    from app.cli import Failure
    from app.sync.central import CentralError, upgrade
    target = _target(args)
    try:
        rev = upgrade(target)
    except CentralError as e:
        raise Failure(str(e)) from None
    print(tr("Basis data pusat {url}: skema {rev}").format(url=target.shown, rev=rev))
    from sqlalchemy.engine import make_url

    from app.sync import guard
    url = make_url(target.url)
    backend = "postgresql" if url.get_backend_name() == "postgresql" else "mariadb"
    print(tr("Tabel yang hanya boleh ditambah dijaga trigger (UPDATE/DELETE ditolak): {t}").format(
        t=", ".join(guard.append_only())))
    print(tr("Peran {role} dibuat dengan hak berikut (sudah dijalankan):").format(role=guard.ROLE))
    for st in guard.grants(backend, url.database or ""):
        print("  " + st)
    print(tr("Beri setiap workstation login sendiri, anggota peran itu (ganti nama dan kata sandinya), "
             "lalu di workstation: loket secret set central.password"))
    for st in guard.login_statements(backend, "loket_loket2_a"):
        print("  " + st)
    return 0


def _status(args: Namespace) -> int:
    from sqlalchemy import text

    from app.cli import Failure
    from app.sync.central import CentralError, check, connect
    from db import migrate
    target = _target(args)
    engine = connect(target)
    try:
        check(engine, target)
        with engine.connect() as c:
            clock = c.execute(text("SELECT value FROM sync_clock WHERE id = 1")).scalar()
            clients = c.execute(text("SELECT name, last_seen FROM sync_client ORDER BY name")).all()
    except CentralError as e:
        raise Failure(str(e)) from None
    finally:
        engine.dispose()
    print(tr("Basis data pusat {url}: skema {rev}, {n} transaksi sinkronisasi").format(
        url=target.shown, rev=migrate.head_revision(), n=clock))
    for name, seen in clients:
        print(f"  {name:<20} {seen:%Y-%m-%d %H:%M}" if seen else f"  {name}")
    return 0
