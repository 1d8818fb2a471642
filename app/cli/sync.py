"""loket sync [--once] | sync status | sync conflicts | sync fetch NOMOR"""
from __future__ import annotations

import time

from app.i18n import tr


def register(sub) -> None:
    p = sub.add_parser("sync", help=tr("sinkronkan dengan basis data pusat kantor"))
    p.add_argument("--once", action="store_true", help=tr("sekali saja, lalu keluar (bawaan: terus, "
                                                          "tiap sync.interval_seconds)"))
    p.add_argument("--url", help=tr("URL basis data pusat (bawaan: pengaturan central.url)"))
    p.add_argument("--batch", type=int, default=500, metavar="N", help=tr("baris per transaksi kirim"))
    p.add_argument("--bootstrap-days", type=int, default=90, metavar="N",
                   help=tr("workstation baru: ambil berkas N hari terakhir (dan semua yang masih berjalan)"))
    p.add_argument("--take-over", action="store_true",
                   help=tr("komputer ini menggantikan workstation lama dengan nama yang sama"))
    p.add_argument("--rescan", action="store_true",
                   help=tr("antrekan ulang semua data lokal (aman: yang sudah ada di pusat tidak berubah)"))
    p.set_defaults(func=_sync)
    ssub = p.add_subparsers(dest="sync_command", metavar="AKSI")
    st = ssub.add_parser("status", help=tr("perubahan yang menunggu dikirim, sinkronisasi terakhir"))
    st.set_defaults(func=_status)
    cf = ssub.add_parser("conflicts", help=tr("nilai yang tertimpa dan perubahan yang ditolak pusat"))
    cf.add_argument("--limit", type=int, default=50)
    cf.set_defaults(func=_conflicts)
    fe = ssub.add_parser("fetch", help=tr("ambil satu berkas lama dari pusat (nomor permohonan/tanda terima)"))
    fe.add_argument("number")
    fe.add_argument("--url")
    fe.set_defaults(func=_fetch)
    from app.cli import doctor
    if _doctor_check not in doctor.EXTRA_CHECKS:
        doctor.EXTRA_CHECKS.append(_doctor_check)


def _doctor_check(loket) -> list:
    """`loket doctor`: where sync goes, what waits, whether the server answers now."""
    from app import config
    from app.sync import central as C
    from app.sync.session import status
    st = status(loket)
    with loket.Session() as s:
        url = config.get(s, "central.url")
    if not url:
        return [(tr("Sinkronisasi"), tr("tidak dipakai (hanya lokal)"), True)]
    waiting = tr("{n} perubahan menunggu, terakhir berhasil: {t}").format(
        n=st["pending"], t=st["last_success"] or tr("belum pernah"))
    try:
        with loket.Session() as s:
            target = C.target_from_settings(s)
        engine = C.connect(target, timeout=3)
        try:
            C.check(engine, target)
        finally:
            engine.dispose()
    except C.CentralError as e:
        return [(tr("Basis data pusat"), str(e), None), (tr("Sinkronisasi"), waiting, True)]
    return [(tr("Basis data pusat"), C.mask(url), True), (tr("Sinkronisasi"), waiting, True)]


def report_lines(res) -> list[str]:
    def parts(d: dict) -> str:
        return ", ".join(f"{k} {v}" for k, v in sorted(d.items())) or "-"
    out = []
    if res.bootstrapped:
        out.append(tr("Workstation baru: data awal diambil dari pusat."))
    out.append(tr("Naik: {n} perubahan terkirim ({parts}); {same} sudah ada di pusat.").format(
        n=res.push.sent, parts=parts(res.push.written), same=res.push.unchanged))
    out.append(tr("Turun: {n} baris ({parts}).").format(n=res.pull.total, parts=parts(res.pull.received)))
    if res.push.merged or res.push.conflicts:
        out.append(tr("Digabung: {m} baris; {c} nilai kalah tercatat (loket sync conflicts).").format(
            m=res.push.merged, c=res.push.conflicts))
    for r in res.push.rejected:
        out.append(tr("DITOLAK pusat: {table} {id}: {msg}").format(table=r.table, id=r.row_id, msg=r.message))
    if res.pull.kept_local:
        out.append(tr("{n} baris menunggu: perubahan lokal dikirim lebih dulu.").format(n=res.pull.kept_local))
    out.append(tr("Menunggu dikirim: {n}. Selesai dalam {s:.1f} detik.").format(n=res.pending, s=res.seconds))
    return out


def _sync(args) -> int:
    from app.cli import Failure, open_from
    from app.sync import capture
    from app.sync.central import CentralError
    from app.sync.push import pending
    from app.sync.session import run
    loket = open_from(args)
    if args.rescan:
        n = capture.enqueue_all(loket.engine)
        print(tr("{n} baris diantrekan ulang.").format(n=n))
    take_over = args.take_over
    while True:
        try:
            res = run(loket, url=args.url, take_over_name=take_over, batch=args.batch,
                      bootstrap_days=args.bootstrap_days)
            take_over = False
        except CentralError as e:
            msg = tr("{err} — {n} perubahan tetap tersimpan di workstation ini dan dikirim pada "
                     "sinkronisasi berikutnya.").format(err=e, n=pending(loket.engine))
            if args.once:
                raise Failure(msg) from None
            print(msg, flush=True)
        else:
            for line in report_lines(res):
                print(line, flush=True)
        if args.once:
            return 0
        with loket.Session() as s:
            from app import config
            interval = max(5, int(config.get(s, "sync.interval_seconds")))
        time.sleep(interval)


def _status(args) -> int:
    from app.cli import open_from
    from app.sync.session import status
    loket = open_from(args)
    st = status(loket)
    print(tr("Workstation: {ws}").format(ws=loket.workstation))
    print(tr("Menunggu dikirim: {n}").format(n=st["pending"]))
    print(tr("Sinkronisasi terakhir berhasil: {t}").format(t=st["last_success"] or tr("belum pernah")))
    return 0


def _conflicts(args) -> int:
    from sqlalchemy import select

    from app.cli import open_from
    from db.sync_models import SyncConflict
    loket = open_from(args)
    with loket.Session() as s:
        items = list(s.scalars(select(SyncConflict).order_by(SyncConflict.at.desc()).limit(args.limit)))
    if not items:
        print(tr("Tidak ada konflik sinkronisasi."))
        return 0
    for c in items:
        when = c.at.strftime("%Y-%m-%d %H:%M")
        if c.kind == "LOCAL":
            print(tr("{when}  DITOLAK LOKAL  {table} {id}: {msg}").format(
                when=when, table=c.table_name, id=c.row_id, msg=c.message or ""))
        elif c.kind == "REJECTED":
            print(tr("{when}  DITOLAK  {table} {id} dari {ws}: {msg} {lost}").format(
                when=when, table=c.table_name, id=c.row_id, ws=c.lost_ws, msg=c.message or "",
                lost=c.lost_value or ""))
        else:
            print(tr("{when}  {table}.{field} {id}: dipakai “{kept}” ({kws}), kalah “{lost}” ({lws})").format(
                when=when, table=c.table_name, field=c.field, id=c.row_id, kept=c.kept_value,
                kws=c.kept_ws or "?", lost=c.lost_value, lws=c.lost_ws or "?"))
    return 0


def _fetch(args) -> int:
    from app.cli import Failure, open_from
    from app.sync.central import CentralError
    from app.sync.session import fetch_file
    loket = open_from(args)
    try:
        got = fetch_file(loket, args.number, url=args.url)
    except CentralError as e:
        raise Failure(str(e)) from None
    if got is None:
        raise Failure(tr("Berkas {n} tidak ada di basis data pusat.").format(n=args.number))
    print(tr("Berkas {n} diambil dari pusat.").format(n=args.number))
    return 0
