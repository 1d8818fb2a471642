"""TLS to the central database that means what `central.sslmode` says, on
PostgreSQL (libpq) and MariaDB/MySQL (PyMySQL) alike.

- disable: no TLS. prefer: TLS when the server offers it, unverified (the
  default of both clients). require: TLS or no connection, unverified.
- verify-ca: the server's certificate must chain to `central.ca_file`, or to
  the system's trusted roots when no file is set.
- verify-full: as verify-ca, and the certificate must name the host in the URL.

PyMySQL turns an `ssl` dict without a CA into CERT_NONE, so Loket hands it a
ready `ssl.SSLContext` instead. libpq without `sslrootcert` looks for
~/.postgresql/root.crt only, so Loket names the system bundle (or libpq's
`system`) when no CA file is set.
"""
from __future__ import annotations

import os
import ssl

from app.i18n import tr
from app.sync.central import CentralError

MODES = ("disable", "prefer", "require", "verify-ca", "verify-full")
VERIFYING = ("verify-ca", "verify-full")


class TLSConfigError(CentralError):
    pass


def _check(mode: str, ca_file: str) -> None:
    if mode not in MODES:
        raise TLSConfigError(tr("central.sslmode tidak dikenal: {m}").format(m=mode))
    if ca_file and not os.path.isfile(ca_file):
        raise TLSConfigError(tr("Berkas CA {f} (central.ca_file) tidak ada.").format(f=ca_file))


def system_bundle() -> str | None:
    """The system's trusted roots as one PEM file, when the platform has one."""
    paths = ssl.get_default_verify_paths()
    for p in (paths.cafile, paths.openssl_cafile):
        if p and os.path.isfile(p):
            return p
    return None


def libpq_args(mode: str, ca_file: str = "") -> dict[str, str]:
    _check(mode, ca_file)
    args = {"sslmode": mode}
    if mode in VERIFYING:
        root = ca_file or system_bundle()
        if root:
            args["sslrootcert"] = root
        else:   # libpq ≥ 16: the roots of its own TLS library (only with verify-full)
            args.update(sslrootcert="system", sslmode="verify-full")
    return args


def context(mode: str, ca_file: str = "") -> ssl.SSLContext:
    """The client context for PyMySQL."""
    _check(mode, ca_file)
    if mode in VERIFYING:
        ctx = ssl.create_default_context(cafile=ca_file or None)   # no file: the system's roots
        ctx.check_hostname = mode == "verify-full"
        ctx.verify_mode = ssl.CERT_REQUIRED
        return ctx
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


def pymysql_args(mode: str, ca_file: str = "") -> dict[str, bool | ssl.SSLContext]:
    _check(mode, ca_file)
    if mode == "disable":
        return {"ssl_disabled": True}
    if mode == "prefer":
        return {}   # PyMySQL's own "preferred": TLS when offered, unverified
    return {"ssl": context(mode, ca_file)}
