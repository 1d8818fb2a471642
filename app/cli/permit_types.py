"""loket permit-types list|export|import — the office's permit types in bulk.

The file is the shipped resources/permit_types.toml format. Import checks the
whole file first and changes nothing unless every permit type in it is right;
it needs an administrator (`--as USERNAME`, password on the first line of stdin).
"""
from __future__ import annotations

import json
from argparse import Namespace
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from app.i18n import tr


def admin_actor(args: Namespace, loket: Any, session: Session) -> Any:
    """The administrator named by --as, authenticated with the first stdin line."""
    from app.cli import Failure
    from app.cli.officer import read_lines
    from app.services import officers
    if not args.admin:
        raise Failure(tr("Perubahan ini memerlukan administrator: tambahkan --as NAMA_ADMIN "
                         "(kata sandinya dibaca dari baris pertama stdin)."))
    (password,) = read_lines([(tr("Kata sandi {u}").format(u=args.admin), False)])
    return officers.authenticate(session, args.admin, password, loket.workstation)


def register(sub: Any) -> None:
    p = sub.add_parser("permit-types", help=tr("jenis izin: daftar, ekspor, impor (TOML)"))
    psub = p.add_subparsers(dest="pt_command", metavar="AKSI", required=True)
    ls = psub.add_parser("list", help=tr("daftar jenis izin"))
    ls.add_argument("--json", action="store_true", help=tr("keluaran JSON"))
    ls.set_defaults(func=_list)
    ex = psub.add_parser("export", help=tr("tulis semua jenis izin ke berkas TOML"))
    ex.add_argument("--out", required=True, metavar="BERKAS", help=tr("berkas .toml tujuan ('-' = stdout)"))
    ex.set_defaults(func=_export)
    im = psub.add_parser("import", help=tr("baca jenis izin dari berkas TOML (semua atau tidak sama sekali)"))
    im.add_argument("file", metavar="BERKAS")
    im.add_argument("--as", dest="admin", metavar="ADMIN",
                    help=tr("administrator yang mengimpor (kata sandinya: baris pertama stdin)"))
    im.add_argument("--check", action="store_true", help=tr("hanya periksa berkas, tidak mengubah apa pun"))
    im.set_defaults(func=_import)
    sc = psub.add_parser("import-sicantik", help=tr("jenis izin dari Template Data SiCantik kantor, "
                                                    "sekaligus dipetakan (titik awal)"))
    sc.add_argument("--template", required=True, metavar="ID", help=tr("ID template yang memuat jenis izin"))
    sc.add_argument("--days", type=int, metavar="N",
                    help=tr("kirim rentang tanggal N hari terakhir (untuk template per rentang)"))
    sc.add_argument("--as", dest="admin", metavar="ADMIN",
                    help=tr("administrator yang mengimpor (kata sandinya: baris pertama stdin)"))
    sc.add_argument("--check", action="store_true", help=tr("hanya tampilkan usulan, tidak mengubah apa pun"))
    sc.set_defaults(func=_import_sicantik)


def _list(args: Namespace) -> int:
    from app.cli import open_from
    from app.services import permit_types
    loket = open_from(args)
    with loket.Session() as s:
        rows = permit_types.list_types(s)
    if args.json:
        print(json.dumps([r.as_json() for r in rows], ensure_ascii=False, indent=2))
        return 0
    header = (tr("KODE"), tr("NAMA"), tr("HARI"), tr("PERSYARATAN"), tr("TEMPLAT"), tr("DIPAKAI"), tr("STATUS"))
    table = [header] + [(r.code, r.name, str(r.service_days), str(r.requirements), r.template or "-",
                         str(r.in_use), tr("aktif") if r.active else tr("nonaktif")) for r in rows]
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    for row in table:
        print("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())
    return 0


def _export(args: Namespace) -> int:
    from app import clock
    from app.cli import Failure, open_from
    from app.services import permit_types
    loket = open_from(args)
    with loket.Session() as s:
        text = permit_types.export_toml(s, clock.now().strftime("%Y-%m-%d %H:%M"))
        n = len(permit_types.list_types(s))
    if args.out == "-":
        print(text)
        return 0
    try:
        Path(args.out).write_text(text, encoding="utf-8")
    except OSError as e:
        raise Failure(tr("Tidak dapat menulis {path}: {err}").format(path=args.out, err=e.strerror)) from None
    print(tr("{n} jenis izin diekspor ke {path}.").format(n=n, path=args.out))
    return 0


def _import(args: Namespace) -> int:
    from app.cli import Failure, open_from
    from app.services import permit_types
    try:
        text = Path(args.file).read_text(encoding="utf-8")
    except OSError as e:
        raise Failure(tr("Tidak dapat membaca {path}: {err}").format(path=args.file, err=e.strerror)) from None
    except UnicodeDecodeError:
        raise Failure(tr("{path} bukan teks UTF-8.").format(path=args.file)) from None
    if args.check:
        specs = permit_types.parse_toml(text)
        print(tr("Berkas sah: {n} jenis izin.").format(n=len(specs)))
        return 0
    loket = open_from(args)
    from app.services import sk_templates
    with loket.Session() as s:   # the office's own SK templates count as well as the shipped ones
        specs = permit_types.parse_toml(text, sk_templates.office_templates(s))
    with loket.Session() as s:
        actor = admin_actor(args, loket, s)
        res = permit_types.import_specs(s, actor, specs, source=Path(args.file).name)
    print(tr("Impor selesai: {c} baru, {u} diubah, {n} tetap.").format(
        c=len(res.created), u=len(res.updated), n=len(res.unchanged)))
    return 0


def _import_sicantik(args: Namespace) -> int:
    from app.cli import open_from
    from app.services import permit_types_sicantik as psc
    loket = open_from(args)
    with loket.Session() as s:
        params = psc.range_params(s, args.days or 0)
    rows = psc.fetch_rows(loket, args.template, params)
    with loket.Session() as s:
        if args.check:
            props = psc.proposals(s, rows)
        else:
            actor = admin_actor(args, loket, s)
            props = psc.import_rows(s, actor, rows)
    labels = {"baru": tr("baru"), "petakan": tr("dipetakan"), "sudah": tr("sudah ada")}
    for p in props:
        print(f"{labels[p.action]:<10} {p.spec.code:<14} {p.sicantik_name}  "
              f"({len(p.spec.requirements)} {tr('persyaratan')})" + (f" — {p.note}" if p.note else ""))
    new = sum(p.action == "baru" for p in props)
    print((tr("Usulan: {n} jenis izin baru dari {rows} baris SiCantik (tidak ada yang diubah).") if args.check
           else tr("Impor SiCantik selesai: {n} jenis izin baru dari {rows} baris.")).format(n=new, rows=len(rows)))
    return 0
