"""loket secret set|list|delete — secrets in the OS keyring, never printed.

There is deliberately no `get`: a secret that can be printed ends up in a
terminal's scrollback, a screenshot or a support ticket.
"""
from __future__ import annotations

from argparse import Namespace
from typing import Any

from app.i18n import tr


def register(sub: Any) -> None:
    from app import secrets
    p = sub.add_parser("secret", help=tr("rahasia di keyring OS: set, list, delete (nilai tidak pernah ditampilkan)"))
    ssub = p.add_subparsers(dest="secret_command", metavar="AKSI", required=True)
    s = ssub.add_parser("set", help=tr("simpan rahasia; nilainya dibaca dari stdin"))
    s.add_argument("name", choices=secrets.names(), metavar="NAMA")
    s.set_defaults(func=_set)
    ls = ssub.add_parser("list", help=tr("nama rahasia dan apakah sudah diisi"))
    ls.set_defaults(func=_list)
    d = ssub.add_parser("delete", help=tr("hapus rahasia dari keyring"))
    d.add_argument("name", choices=secrets.names(), metavar="NAMA")
    d.set_defaults(func=_delete)
    from app.cli import doctor
    if doctor_checks not in doctor.EXTRA_CHECKS:
        doctor.EXTRA_CHECKS.append(doctor_checks)


def _system_actor(loket: Any) -> Any:
    from app.services.context import Actor
    return Actor.system(loket.workstation)


def _set(args: Namespace) -> int:
    from app import secrets
    from app.cli import open_from
    from app.cli.officer import read_lines
    loket = open_from(args)
    (value,) = read_lines([(tr("Nilai {name}").format(name=args.name), True)])
    with loket.Session() as s:
        secrets.set_(args.name, value, session=s, actor=_system_actor(loket))
        s.commit()
    print(tr("{name} disimpan di keyring.").format(name=args.name))
    return 0


def _delete(args: Namespace) -> int:
    from app import secrets
    from app.cli import open_from
    loket = open_from(args)
    with loket.Session() as s:
        removed = secrets.delete(args.name, session=s, actor=_system_actor(loket))
        s.commit()
    print((tr("{name} dihapus dari keyring.") if removed else tr("{name} memang belum diisi.")).format(name=args.name))
    return 0


def _list(args: Namespace) -> int:
    from app import secrets
    status = secrets.backend_status()
    print(tr("Keyring: {message}").format(message=status.message))
    if not status.safe:
        for name in secrets.names():
            print(f"{name:<20} ?")
        return 1
    for st in secrets.status():
        mark = tr("terisi") if st.is_set else tr("belum diisi")
        print(f"{st.name:<20} {mark:<12} {st.label}")
    return 0


def doctor_checks(loket: Any) -> list[tuple[str, str, bool | None]]:
    """Which secrets are set (names only). Unset ones only warn: an office with one
    computer and no SiCantik connection needs none of them."""
    from app import secrets
    if not secrets.backend_status().safe:
        return []
    states = secrets.status()
    unset = [st.name for st in states if not st.is_set]
    value = tr("{k} dari {n} terisi").format(k=len(states) - len(unset), n=len(states))
    if unset:
        value += tr("; belum: {names}").format(names=", ".join(unset))
    return [(tr("Rahasia"), value, True)]
