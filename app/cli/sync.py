"""loket sync [--once] | sync status | sync conflicts | sync fetch NOMOR"""
from __future__ import annotations

import time
from argparse import Namespace
from typing import Any

from app.i18n import tr


def register(sub: Any) -> None:
    p = sub.add_parser("sync", help=tr("sinkronkan dengan basis data pusat kantor"))
    p.add_argument("--once", action="store_true", help=tr("sekali saja, lalu keluar (bawaan: terus, "
                                                          "tiap sync.interval_seconds)"))
    p.add_argument("--url", help=tr("URL basis data pusat (bawaan: pengaturan central.url)"))
    p.add_argument("--batch", type=int, default=2000, metavar="N", help=tr("baris per transaksi kirim"))
    p.add_argument("--bootstrap-days", type=int, default=90, metavar="N",
                   help=tr("workstation baru: ambil berkas N hari terakhir (dan semua yang masih berjalan)"))
    p.add_argument("--take-over", action="store_true",
                   help=tr("komputer ini menggantikan workstation lama dengan nama yang sama"))
    p.add_argument("--rescan", action="store_true",
                   help=tr("antrekan ulang semua data lokal (aman: yang sudah ada di pusat tidak berubah)"))
    p.set_defaults(func=_sync)
    ssub = p.add_subparsers(dest="sync_command", metavar="AKSI")
    st = ssub.add_parser("status", help=tr("perubahan yang menunggu dikirim, yang ditolak pusat, "
                                          "sinkronisasi terakhir"))
    st.add_argument("--json", action="store_true", help=tr("satu objek JSON pada satu baris"))
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


def _doctor_check(loket: Any) -> list[Any]:
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
    extra: list[tuple[str, str, bool | None]] = []
    if st["refused"] or st["waiting"]:
        extra.append((tr("Ditolak pusat"), held_line(st["refused"], st["waiting"]), False))
    from app.sync import skew
    warn = skew.warning_for(loket.engine)
    if warn:
        extra.append((tr("Jam"), warn, None))
    elif st.get("clock_offset") is not None:
        extra.append((tr("Jam"), tr("selisih jam {m} menit dengan server pusat").format(
            m=round(abs(st["clock_offset"]) / 60)), True))
    try:
        with loket.Session() as s:
            target = C.target_from_settings(s)
        engine = C.connect(target, timeout=3)
        try:
            C.check(engine, target)
        finally:
            engine.dispose()
    except C.CentralError as e:
        return [(tr("Basis data pusat"), str(e), None), (tr("Sinkronisasi"), waiting, True), *extra]
    return [(tr("Basis data pusat"), C.mask(url), True), (tr("Sinkronisasi"), waiting, True), *extra]


def held_line(refused: int, waiting: int) -> str:
    """What stays in the outbox because the central database refused it."""
    return tr("{r} perubahan ditolak basis data pusat dan {w} menunggu bersamanya; semuanya tetap di "
              "antrean. Lihat halaman Konflik sinkronisasi (Administrator) atau: loket sync conflicts").format(
        r=refused, w=waiting)


def report_lines(res: Any) -> list[str]:
    def parts(d: dict[str, Any]) -> str:
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
    if res.push.waiting:
        out.append(tr("{n} baris menunggu baris yang ditolak (dikirim bersama begitu diterima).").format(
            n=len(res.push.waiting)))
    if res.pull.kept_local:
        out.append(tr("{n} baris menunggu: perubahan lokal dikirim lebih dulu.").format(n=res.pull.kept_local))
    if res.restored:
        out.append(tr("Disamakan dengan pusat: {n} baris yang perubahannya dibuang dari antrean.").format(
            n=res.restored))
    out.append(tr("Menunggu dikirim: {n}. Selesai dalam {s:.1f} detik.").format(n=res.pending, s=res.seconds))
    from app.sync import skew
    warn = skew.warning(res.clock_offset)
    if warn:
        out.append(tr("PERINGATAN: {w}.").format(w=warn))
    return out


def _sync(args: Namespace) -> int:
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
            if args.once and (res.refused or res.waiting):
                raise Failure(held_line(res.refused, res.waiting))
        if args.once:
            return 0
        with loket.Session() as s:
            from app import config
            interval = max(5, int(config.get(s, "sync.interval_seconds")))
        time.sleep(interval)


def _status(args: Namespace) -> int:
    from app.cli import open_from
    from app.sync.session import status
    loket = open_from(args)
    st = status(loket)
    if args.json:
        import json
        print(json.dumps({"workstation": loket.workstation, "pending": st["pending"],
                          # everything held back: refused, and waiting with a refused row
                          "refused": st["refused"] + st["waiting"], "waiting": st["waiting"], "last_success": st["last_success"],
                          "clock_offset_seconds": st["clock_offset"]}, ensure_ascii=False))
        return 0
    print(tr("Workstation: {ws}").format(ws=loket.workstation))
    print(tr("Menunggu dikirim: {n}").format(n=st["pending"]))
    if st["refused"] or st["waiting"]:
        print(tr("Ditolak basis data pusat: {n} (tetap di antrean)").format(n=st["refused"]))
        print(tr("Menunggu baris yang ditolak: {n}").format(n=st["waiting"]))
    print(tr("Sinkronisasi terakhir berhasil: {t}").format(t=st["last_success"] or tr("belum pernah")))
    from app.sync import skew
    warn = skew.warning_for(loket.engine)
    if warn:
        print(tr("PERINGATAN: {w}.").format(w=warn))
    return 0


def _conflicts(args: Namespace) -> int:
    from sqlalchemy import select

    from app.cli import open_from
    from db.models.sync import SyncConflict
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
        elif c.kind == "REJECTED" and c.field:   # a column of a row the central copy keeps (push._edited)
            print(tr("{when}  DITOLAK  {table}.{field} {id} dari {ws}: {msg} Di pusat “{kept}”, "
                     "di sini “{lost}”.").format(when=when, table=c.table_name, field=c.field, id=c.row_id,
                                                ws=c.lost_ws, msg=c.message or "", kept=c.kept_value or "",
                                                lost=c.lost_value or ""))
        elif c.kind == "REJECTED":
            print(tr("{when}  DITOLAK  {table} {id} dari {ws}: {msg} {lost}").format(
                when=when, table=c.table_name, id=c.row_id, ws=c.lost_ws, msg=c.message or "",
                lost=c.lost_value or ""))
        else:
            print(tr("{when}  {table}.{field} {id}: dipakai “{kept}” ({kws}), kalah “{lost}” ({lws})").format(
                when=when, table=c.table_name, field=c.field, id=c.row_id, kept=c.kept_value,
                kws=c.kept_ws or "?", lost=c.lost_value, lws=c.lost_ws or "?"))
    return 0


def _fetch(args: Namespace) -> int:
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
