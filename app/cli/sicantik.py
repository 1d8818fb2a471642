"""loket sicantik pull|map|maps|waiting|map-value|log — import from SiCantik Cloud, and `loket
doctor`'s SiCantik check."""
from __future__ import annotations

from argparse import Namespace
from datetime import UTC, date
from typing import Any

from app.i18n import tr


def register(sub: Any) -> None:
    p = sub.add_parser("sicantik", help=tr("impor permohonan dan status proses dari SiCantik Cloud"))
    ssub = p.add_subparsers(dest="sicantik_command", metavar="AKSI", required=True)

    pull = ssub.add_parser("pull", help=tr("tarik permohonan: satu nomor, rentang tanggal, "
                                           "atau (tanpa opsi) sejak tanda air terakhir"))
    pull.add_argument("--no", dest="number", metavar="NO_PERMOHONAN", help=tr("satu nomor permohonan"))
    pull.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help=tr("tanggal awal"))
    pull.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help=tr("tanggal akhir"))
    pull.set_defaults(func=_pull)

    m = ssub.add_parser("map", help=tr("petakan jenis izin SiCantik ke jenis izin Loket"))
    m.add_argument("code", metavar="KODE_IZIN", help=tr("kode jenis izin Loket, mis. SIP-DOK"))
    g = m.add_mutually_exclusive_group(required=True)
    g.add_argument("--id", dest="sicantik_id", help=tr("jenis_izin_id di SiCantik"))
    g.add_argument("--name", dest="sicantik_name", help=tr("nama jenis_izin di SiCantik"))
    m.add_argument("--as", dest="admin", metavar="ADMIN",
                   help=tr("administrator yang menandatangani pemetaan (kata sandinya: baris pertama stdin); "
                           "tanpa ini pemetaan hanya berlaku di workstation ini"))
    m.set_defaults(func=_map)

    ms = ssub.add_parser("maps", help=tr("daftar pemetaan jenis izin SiCantik"))
    ms.set_defaults(func=_maps)

    w = ssub.add_parser("waiting", help=tr("jenis izin SiCantik yang belum dipetakan (berkas menunggu) dan "
                                           "nilai SiCantik yang belum dikenal"))
    w.set_defaults(func=_waiting)

    mv = ssub.add_parser("map-value", help=tr("petakan nilai SiCantik (mis. jenis_permohonan “Daftar Ulang”) "
                                              "ke nilai Loket"))
    mv.add_argument("field", choices=("jenis_permohonan", "tipe_pemohon", "jenis_kelamin", "status"))
    mv.add_argument("value", metavar="NILAI_SICANTIK")
    mv.add_argument("loket_value", metavar="NILAI_LOKET", help=tr("mis. PERPANJANGAN, PERUSAHAAN, L, Selesai"))
    mv.add_argument("--as", dest="admin", metavar="ADMIN",
                   help=tr("administrator yang menandatangani pemetaan (kata sandinya: baris pertama stdin); "
                           "tanpa ini pemetaan hanya berlaku di workstation ini"))
    mv.set_defaults(func=_map_value)

    lg = ssub.add_parser("log", help=tr("penarikan terakhir dan baris yang gagal"))
    lg.add_argument("--limit", type=int, default=10)
    lg.set_defaults(func=_log)

    from app.cli import doctor
    if doctor_check not in doctor.EXTRA_CHECKS:
        doctor.EXTRA_CHECKS.append(doctor_check)


def _date(text: str, flag: str) -> date:
    from app.cli import Failure
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise Failure(tr("{flag} harus tanggal YYYY-MM-DD, bukan “{v}”.").format(flag=flag, v=text)) from None


def _print_result(result: Any) -> None:
    print(tr("SiCantik: {summary} ({pages} halaman)").format(summary=result.summary(), pages=result.pages))
    for no, reason in result.failures:
        print(tr("  gagal {no}: {reason}").format(no=no, reason=reason))


def _progress(page: int, pages: int | None, result: Any) -> None:
    import sys
    if sys.stderr.isatty():
        of = tr(" dari {n}").format(n=pages) if pages else ""
        print("\r" + tr("halaman {page}{of}: {summary}").format(page=page, of=of, summary=result.summary()),
              end="", file=sys.stderr, flush=True)


def _pull(args: Namespace) -> int:
    from app.cli import Failure, open_from
    from app.sicantik import importer
    if args.number and (args.date_from or args.date_to):
        raise Failure(tr("Pilih --no atau --from/--to, tidak keduanya."))
    if bool(args.date_from) != bool(args.date_to):
        raise Failure(tr("--from dan --to harus diisi bersama."))
    loket = open_from(args)
    if args.number:
        result = importer.pull_number(loket, args.number)
        if not result.outcomes:
            print(tr("SiCantik tidak mengenal permohonan {no}.").format(no=args.number))
            return 1
    elif args.date_from:
        result = importer.pull_range(loket, _date(args.date_from, "--from"), _date(args.date_to, "--to"),
                                     progress=_progress)
    else:
        result = importer.pull_scheduled(loket, progress=_progress)
    import sys
    if sys.stderr.isatty() and result.pages and not args.number:
        print(file=sys.stderr)
    if result.error and not result.pages and not result.outcomes:
        raise Failure(result.error)      # nothing came: the reason is the one line
    _print_result(result)
    if result.error:
        raise Failure(result.error)
    return 0


def _map(args: Namespace) -> int:
    from app.cli import open_from
    from app.sicantik import importer
    loket = open_from(args)
    with loket.Session() as s:
        actor = _signer(args, loket, s)
        row = importer.map_permit_type(s, actor, args.code,
                                       sicantik_id=args.sicantik_id, sicantik_name=args.sicantik_name)
        print(tr("Jenis izin SiCantik {what} → {code}").format(
            what=f"id {row.sicantik_id}" if row.sicantik_id else f"“{row.sicantik_name}”", code=args.code))
    _unsigned_note(args)
    return 0


def _signer(args: Namespace, loket: Any, session: Any) -> Any:
    """The administrator of --as (signed, honoured office-wide), else this workstation's
    system actor (the map then holds on this workstation only: others refuse it unsigned)."""
    from app.services.context import Actor
    if getattr(args, "admin", None):
        from app.cli.permit_types import admin_actor
        return admin_actor(args, loket, session)
    return Actor.system(loket.workstation)


def _unsigned_note(args: Namespace) -> None:
    if not getattr(args, "admin", None):
        import sys
        print(tr("Catatan: tanpa --as ADMIN pemetaan ini tidak ditandatangani dan workstation lain tidak "
                 "memberlakukannya."), file=sys.stderr)


def _maps(args: Namespace) -> int:
    from app.cli import open_from
    from app.sicantik import importer
    loket = open_from(args)
    with loket.Session() as s:
        rows = importer.permit_maps(s)
        if not rows:
            print(tr("Belum ada pemetaan; jenis izin dicocokkan dengan nama atau kode jenis izin Loket."))
        for r in rows:
            print(f"{r.sicantik_id or '-':>8}  {r.sicantik_name or '-':<50}  → {r.permit_type.code}")
    return 0


def _waiting(args: Namespace) -> int:
    from app.cli import open_from
    from app.services.context import Actor
    from app.sicantik import admin
    loket = open_from(args)
    ov = admin.overview(loket, Actor.system(loket.workstation))
    if not ov.types and not ov.values:
        print(tr("Semua jenis izin dan nilai SiCantik sudah dikenal Loket."))
    for t in ov.types:
        print(tr("jenis izin {id:>6}  {name:<40}  {n} berkas menunggu ({numbers})").format(
            id=t.sicantik_id or "-", name=t.sicantik_name or "-", n=t.files, numbers=", ".join(t.numbers)))
    for u in ov.values:
        print(tr("{field:<16}  “{value}”  {n} berkas  → {choices}").format(
            field=u.field, value=u.value, n=u.files, choices=" / ".join(v for v, _ in u.choices)))
    if ov.ready:
        print(tr("{n} berkas sudah dipetakan; diimpor pada penarikan berikutnya.").format(n=ov.ready))
    return 0


def _map_value(args: Namespace) -> int:
    from app.cli import open_from
    from app.sicantik import admin
    loket = open_from(args)
    with loket.Session() as s:
        actor = _signer(args, loket, s)
    n = admin.map_value(loket, actor, args.field, args.value, args.loket_value)
    print(tr("{field} “{value}” → {loket}; {n} berkas diperbarui").format(
        field=args.field, value=args.value, loket=args.loket_value, n=n))
    _unsigned_note(args)
    return 0


def _log(args: Namespace) -> int:
    from zoneinfo import ZoneInfo

    from app import config
    from app.cli import open_from
    from app.sicantik import importer
    loket = open_from(args)
    with loket.Session() as s:
        tz = ZoneInfo(config.get(s, "office.timezone"))
        wm = importer.watermark(s)
        print(tr("Tanda air penarikan terjadwal: {wm}").format(wm=wm.isoformat() if wm else "-"))
        for p in importer.last_pulls(s, args.limit):
            what = p.number or f"{p.date_from}..{p.date_to}"
            state = tr("OK") if p.ok else (tr("GAGAL") if p.finished_at else tr("berjalan/terputus"))
            at = p.started_at.replace(tzinfo=UTC).astimezone(tz)
            print(f"{at:%d-%m-%Y %H:%M}  {p.kind:<9} {what:<24} {state:<8} "
                  + tr("baru {new}, diperbarui {updated}, tetap {unchanged}, gagal {failed}").format(
                      new=p.new, updated=p.updated, unchanged=p.unchanged, failed=p.failed))
            if p.message:
                print("    " + p.message)
            for f in p.failures or []:
                print(tr("    gagal {no}: {reason}").format(no=f["no_permohonan"], reason=f["reason"]))
    return 0


def doctor_check(loket: Any) -> list[tuple[str, str, bool | None]]:
    """SiCantik for `loket doctor`: configured? reachable? secrets present (never shown)?"""
    from app.sicantik import client as sc
    from app.sicantik import importer
    with loket.Session() as s:
        settings = sc.Settings.from_session(s)
        last = importer.last_pulls(s, 1)
    if not settings.configured:
        return [(tr("SiCantik"), tr("tidak dikonfigurasi (sicantik.base_url kosong)"), True)]
    out: list[tuple[str, str, bool | None]] = []   # (check, finding, ok / None = a warning)
    needed = {"template": (), "token": ("sicantik.username", "sicantik.password"),
              "splp": sc.SECRET_NAMES}.get(settings.mode, ())
    from app.services.context import ServiceError
    try:
        missing = [n for n in needed if not sc.read_secret(n)]
        if missing:
            out.append((tr("SiCantik rahasia"), tr("belum diisi: {names}").format(names=", ".join(missing)),
                        False))
        c = sc.Client(settings, retry_offline=False, max_attempts=1)
        try:
            out.append((tr("SiCantik"), f"{settings.base_url} — {c.check()}", True))
        finally:
            c.close()
    except ServiceError as e:  # SiCantik's own failures, and a keyring that cannot be read
        out.append((tr("SiCantik"), f"{settings.base_url} — {e}", False))
    with loket.Session() as s:
        from app import config
        central = str(config.get(s, "central.url")).strip()
        puller = str(config.get(s, "sicantik.pull_workstation")).strip()
        minutes = importer.schedule(loket)
    if central and not puller:
        out.append((tr("SiCantik tarik terjadwal"),
                    tr("setiap workstation menarik sendiri; dengan basis data pusat tetapkan satu: "
                       "loket config set sicantik.pull_workstation NAMA"), None))
    else:
        out.append((tr("SiCantik tarik terjadwal"),
                    tr("setiap {n} menit di workstation ini").format(n=minutes) if minutes
                    else tr("tidak di workstation ini"), True))
    if last:
        from zoneinfo import ZoneInfo

        from app import config
        p = last[0]
        with loket.Session() as s:
            at = p.started_at.replace(tzinfo=UTC).astimezone(ZoneInfo(config.get(s, "office.timezone")))
        out.append((tr("SiCantik tarikan terakhir"),
                    f"{at:%d-%m-%Y %H:%M} {p.kind} " +
                    (tr("OK") if p.ok else tr("GAGAL: {msg}").format(msg=p.message or "-")),
                    True if p.ok else None))
    return out
