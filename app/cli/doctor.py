"""loket doctor: where things are and whether they work. Never prints a secret."""
from __future__ import annotations

from argparse import Namespace
from typing import Any

from app.i18n import tr

# Other areas add checks: callables (loket) -> list[(label, value, ok)], where ok is
# True, False (a failure: exit 1) or None (a warning the officer must read).
EXTRA_CHECKS: list[Any] = []


def register(sub: Any) -> None:
    p = sub.add_parser("doctor", help=tr("periksa folder data, basis data, keyring, koneksi"))
    p.set_defaults(func=_doctor)


def keyring_status() -> tuple[str, bool]:
    """The keyring backend Loket uses and whether it keeps secrets safely
    (app/secrets.py picks the platform's secure store explicitly)."""
    from app import secrets
    status = secrets.backend_status()
    return status.message, status.safe


def checks(loket: Any) -> list[tuple[str, str, bool]]:
    from app import __version__, paths
    from db import migrate
    out = [
        (tr("Versi"), __version__, True),
        (tr("Folder data"), str(loket.data_dir), True),
        (tr("Basis data"), str(loket.db_path), loket.db_path.exists()),
    ]
    rev, head = migrate.current_revision(loket.engine), migrate.head_revision()
    out.append((tr("Skema"), f"{rev} (" + (tr("terbaru") if rev == head else tr("terbaru: {h}").format(h=head)) + ")",
                rev == head))
    out.append((tr("Berkas log"), str(paths.log_dir(loket.data_dir) / "loket.log"), True))
    name, safe = keyring_status()
    out.append((tr("Keyring"), name, True if safe else None))
    for extra in EXTRA_CHECKS:
        out.extend(extra(loket))
    return out


def _doctor(args: Namespace) -> int:
    from app.cli import open_from
    loket = open_from(args)
    results = checks(loket)
    width = max(len(label) for label, _, _ in results)
    for label, value, ok in results:
        mark = {True: "OK ", False: "!! ", None: "?? "}[ok]
        print(f"{mark} {label:<{width}}  {value}")
    return 1 if any(ok is False for _, _, ok in results) else 0
