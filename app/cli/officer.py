"""loket officer add|list|disable|enable|unlock|roles|passwd

Passwords never come from the command line (they would sit in the shell
history and in the process list): they are read from stdin, one per line, or
typed without echo at a terminal.

The first officer of an empty database is the administrator. After that every
change needs an administrator: `--as USERNAME`, whose password is the first
line on stdin.
"""
from __future__ import annotations

import getpass
import sys
from argparse import Namespace
from typing import Any

from sqlalchemy.orm import Session

from app.i18n import tr


def read_lines(prompts: list[tuple[str, bool]]) -> list[str]:
    """One value per prompt: (label, confirm). At a terminal: typed without echo
    (twice when confirm); otherwise one line each from stdin."""
    from app.cli import Failure
    out = []
    if sys.stdin is not None and sys.stdin.isatty():
        for label, confirm in prompts:
            value = getpass.getpass(f"{label}: ")
            if confirm and getpass.getpass(tr("Ulangi {label}: ").format(label=label.lower())) != value:
                raise Failure(tr("Kedua isian tidak sama; tidak ada yang diubah."))
            out.append(value)
        return out
    for label, _ in prompts:
        line = sys.stdin.readline() if sys.stdin is not None else ""
        if not line:
            raise Failure(tr("{label} tidak terbaca dari stdin (satu per baris).").format(label=label))
        out.append(line.rstrip("\r\n"))
    return out


def register(sub: Any) -> None:
    p = sub.add_parser("officer", help=tr("petugas: tambah, daftar, nonaktifkan, peran, kata sandi"))
    osub = p.add_subparsers(dest="officer_command", metavar="AKSI", required=True)

    def with_admin(sp: Any) -> None:
        sp.add_argument("--as", dest="admin", metavar="ADMIN",
                        help=tr("nama pengguna administrator yang melakukan perubahan "
                                "(kata sandinya: baris pertama stdin)"))

    a = osub.add_parser("add", help=tr("tambah petugas; kata sandi dibaca dari stdin"))
    a.add_argument("username")
    a.add_argument("--name", required=True, help=tr("nama lengkap"))
    a.add_argument("--nip", help=tr("NIP 18 digit (boleh kosong untuk tenaga non-ASN)"))
    a.add_argument("--role", action="append", required=True, metavar="PERAN",
                   help=tr("peran (boleh berulang): LOKET2 BACKOFFICE KASI KABID KADIN LOKET4 LOKET5 ADMIN"))
    a.add_argument("--counter", help=tr("loket, mis. \"Loket 2\""))
    a.add_argument("--unit", help=tr("unit kerja / bidang"))
    with_admin(a)
    a.set_defaults(func=_add)

    ls = osub.add_parser("list", help=tr("daftar petugas"))
    ls.set_defaults(func=_list)

    for name, helptext, func in (("disable", tr("nonaktifkan petugas"), _disable),
                                 ("enable", tr("aktifkan kembali petugas"), _enable),
                                 ("unlock", tr("buka kunci akun setelah salah kata sandi"), _unlock)):
        sp = osub.add_parser(name, help=helptext)
        sp.add_argument("username")
        with_admin(sp)
        sp.set_defaults(func=func)

    r = osub.add_parser("roles", help=tr("ganti peran petugas"))
    r.add_argument("username")
    r.add_argument("--role", action="append", required=True, metavar="PERAN")
    with_admin(r)
    r.set_defaults(func=_roles)

    at = osub.add_parser("attest", help=tr("tandatangani semua petugas yang belum bertanda tangan "
                                           "(data dari versi Loket sebelumnya); sekali, lalu sinkronkan"))
    with_admin(at)
    at.set_defaults(func=_attest)

    pw = osub.add_parser("passwd", help=tr("ganti kata sandi sendiri (lama, baru dari stdin) "
                                           "atau atur ulang dengan --as ADMIN"))
    pw.add_argument("username")
    with_admin(pw)
    pw.set_defaults(func=_passwd)


def _admin_actor(args: Namespace, loket: Any, session: Session, extra_prompts: Any=()) -> Any:
    """Authenticate the administrator named by --as; returns (actor, extra values)."""
    from app.cli import Failure
    from app.services import officers
    if not args.admin:
        raise Failure(tr("Perubahan petugas memerlukan administrator: tambahkan --as NAMA_ADMIN "
                         "(kata sandinya dibaca dari baris pertama stdin)."))
    values = read_lines([(tr("Kata sandi {u}").format(u=args.admin), False), *extra_prompts])
    actor = officers.authenticate(session, args.admin, values[0], loket.workstation)
    return actor, values[1:]


def _add(args: Namespace) -> int:
    from app.cli import open_from
    from app.services import officers
    loket = open_from(args)
    with loket.Session() as s:
        prompt = [(tr("Kata sandi petugas baru"), True)]
        if officers.needs_setup(s):
            (password,) = read_lines(prompt)
            actor = officers.setup_first_admin(s, args.username, args.name, args.nip, password,
                                               loket.workstation, args.counter, args.unit, roles=args.role)
            print(tr("Administrator pertama {u} dibuat.").format(u=actor.username))
            return 0
        actor, (password,) = _admin_actor(args, loket, s, prompt)
        row = officers.create(s, actor, args.username, args.name, args.nip, args.role, password,
                              args.counter, args.unit)
        print(tr("Petugas {u} dibuat ({roles}); kata sandinya wajib diganti saat masuk pertama.")
              .format(u=row.username, roles=", ".join(row.roles)))
    return 0


def _status(row: Any) -> str:
    if not row.active:
        return tr("nonaktif")
    if row.locked:
        return tr("terkunci")
    return tr("aktif")


def _list(args: Namespace) -> int:
    from app.cli import open_from
    from app.services import officers
    loket = open_from(args)
    with loket.Session() as s:
        rows = officers.list_officers(s)
    if not rows:
        print(tr("Belum ada petugas. Buat administrator pertama: loket officer add NAMA --name … --role ADMIN"))
        return 0
    header = (tr("PENGGUNA"), tr("NAMA"), "NIP", tr("LOKET"), tr("PERAN"), tr("STATUS"))
    table = [header] + [(r.username, r.full_name, r.nip or "-", r.counter or "-", ",".join(r.roles),
                         _status(r)) for r in rows]
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    for row in table:
        print("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())
    return 0


def _simple(args: Namespace, fn: Any, message: Any) -> int:
    from app.cli import open_from
    loket = open_from(args)
    with loket.Session() as s:
        actor, _ = _admin_actor(args, loket, s)
        row = fn(s, actor, args.username)
    print(message.format(u=row.username))
    return 0


def _disable(args: Namespace) -> int:
    from app.services import officers
    return _simple(args, officers.disable, tr("Petugas {u} dinonaktifkan."))


def _enable(args: Namespace) -> int:
    from app.services import officers
    return _simple(args, officers.enable, tr("Petugas {u} aktif kembali."))


def _unlock(args: Namespace) -> int:
    from app.services import officers
    return _simple(args, officers.unlock, tr("Kunci akun {u} dibuka."))


def _roles(args: Namespace) -> int:
    from app.cli import open_from
    from app.services import officers
    loket = open_from(args)
    with loket.Session() as s:
        actor, _ = _admin_actor(args, loket, s)
        row = officers.set_roles(s, actor, args.username, args.role)
    print(tr("Peran {u}: {roles}").format(u=row.username, roles=", ".join(row.roles)))
    return 0


def _attest(args: Namespace) -> int:
    from app.cli import open_from
    from app.services import officers
    loket = open_from(args)
    with loket.Session() as s:
        actor, _ = _admin_actor(args, loket, s)
        n = officers.attest(s, actor)
    print(tr("{n} petugas ditandatangani. Jalankan: loket sync --once").format(n=n))
    return 0


def _passwd(args: Namespace) -> int:
    from app.cli import open_from
    from app.services import officers
    loket = open_from(args)
    new_prompt = (tr("Kata sandi baru"), True)
    with loket.Session() as s:
        if args.admin:
            actor, (new,) = _admin_actor(args, loket, s, [new_prompt])
            officers.change_password(s, actor, args.username, new)
            print(tr("Kata sandi {u} diatur ulang; wajib diganti saat masuk berikutnya.").format(u=args.username))
            return 0
        old, new = read_lines([(tr("Kata sandi lama"), False), new_prompt])
        actor = officers.authenticate(s, args.username, old, loket.workstation)
        officers.change_password(s, actor, args.username, new, old_password=old)
    print(tr("Kata sandi {u} diganti.").format(u=args.username))
    return 0
