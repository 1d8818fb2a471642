"""The connection to the office's central database: URL from settings, password
from the keyring, TLS options, and error messages that never show the password."""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError
from sqlalchemy.orm import Session

from app.i18n import tr

log = logging.getLogger("loket.sync")

SUPPORTED = ("postgresql", "mysql", "mariadb")


class CentralError(Exception):
    """The central database cannot be used now; the message is for the officer
    and never contains the password."""


class Unreachable(CentralError):
    pass


@dataclass(frozen=True)
class Target:
    url: str            # without password
    password: str | None = None
    sslmode: str = "prefer"
    ca_file: str = ""

    @property
    def shown(self) -> str:
        return mask(self.url)


def mask(url: str) -> str:
    """The URL as it may appear in logs and messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "<URL tidak sah>"


def scrub(message: str, *secrets: str | None) -> str:
    for s in secrets:
        if s:
            message = message.replace(s, "***")
    return message


def target_from_settings(session: Session, url: str | None = None) -> Target:
    from app import config
    if url and config.url_password(url):
        raise CentralError(config.PASSWORD_IN_URL())
    url = url or config.get(session, "central.url")
    if not url:
        raise CentralError(tr("Basis data pusat belum diatur. Jalankan: loket config set central.url "
                              "postgresql+psycopg://loket@server/loket"))
    return Target(url, central_password(), config.get(session, "central.sslmode"),
                  config.get(session, "central.ca_file"))


def central_password() -> str | None:
    try:
        from app import secrets
        return secrets.get("central.password")
    except Exception as e:  # no safe keyring: connect without a password (trust / TLS client auth)
        log.warning("central password not available from keyring: %s", type(e).__name__)
        return None


def connect(target: Target, *, timeout: int = 10, pool_size: int = 2) -> Engine:
    """An engine for the central database. Raises CentralError for a bad URL."""
    try:
        url = make_url(target.url)
    except ArgumentError:
        raise CentralError(tr("URL basis data pusat tidak sah: {url}").format(url=mask(target.url))) from None
    if url.get_backend_name() not in SUPPORTED:
        raise CentralError(tr("Basis data pusat harus PostgreSQL atau MariaDB/MySQL, bukan {b}.")
                           .format(b=url.get_backend_name()))
    if target.password and not url.password:
        url = url.set(password=target.password)
    from app.sync import tls
    args: dict[str, object] = {}
    if url.get_backend_name() == "postgresql":
        args = {"connect_timeout": timeout, "application_name": "loket-sync",
                **tls.libpq_args(target.sslmode, target.ca_file)}
    else:
        if "charset" not in url.query:
            url = url.update_query_dict({"charset": "utf8mb4"})
        args = {"connect_timeout": timeout, "read_timeout": 120, "write_timeout": 120,
                **tls.pymysql_args(target.sslmode, target.ca_file)}
    try:
        # hide_parameters: values (names, NIKs) stay out of error messages and logs.
        # READ COMMITTED on both servers: InnoDB's default REPEATABLE READ takes gap
        # locks on the key ranges a push probes, which would make concurrent pushers
        # of unrelated rows wait on each other. Nothing here needs a longer snapshot.
        engine = create_engine(url, connect_args=args, pool_size=pool_size, max_overflow=2,
                               hide_parameters=True, isolation_level="READ COMMITTED")
    except NoSuchModuleError:
        raise CentralError(tr("Driver basis data untuk {url} tidak tersedia.").format(url=mask(target.url))) from None
    _ping_when_idle(engine)
    return engine


PING_IDLE = 1.0   # seconds a pooled connection may rest before its next checkout pings it


def _ping_when_idle(engine: Engine) -> None:
    """pool_pre_ping, but only for a connection that rested in the pool for more
    than PING_IDLE seconds. A sync checks a connection out a dozen times within
    milliseconds (each step its own transaction); a ping at every checkout was a
    round trip each. A connection the server dropped while it rested (a restart,
    an idle timeout) is still found out and replaced before use; one that dies
    within the second fails its statement, which the sync reports as for any
    connection lost mid-sync, and the pool then drops it."""
    from sqlalchemy import event, exc

    @event.listens_for(engine, "checkin")
    def _rested(_dbapi: object, record: Any) -> None:
        record.info["loket.idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _ping(dbapi: Any, record: Any, _proxy: object) -> None:
        since = record.info.get("loket.idle_since")
        if since is None or time.monotonic() - since <= PING_IDLE:
            return    # fresh from connect(), or back in the pool only just now
        record.info.pop("loket.idle_since", None)
        if not engine.dialect._do_ping_w_event(dbapi):
            raise exc.InvalidatePoolError()   # as pre-ping: reconnect, and drop the older pooled ones


def describe(exc: BaseException, target: Target) -> str:
    """One line for the officer: what failed, where, never the password."""
    inner = getattr(exc, "orig", None) or exc
    detail = str(inner).strip().splitlines()[0] if str(inner).strip() else type(inner).__name__
    return scrub(tr("Basis data pusat {url} tidak dapat dihubungi: {detail}").format(
        url=target.shown, detail=detail[:300]), target.password)


_HEAD: list[str] = []


def _head() -> str:
    # Reading the migration scripts costs more than the whole of an idle sync.
    if not _HEAD:
        from db import migrate
        _HEAD.append(migrate.head_revision())
    return _HEAD[0]


def _revision(c: Connection) -> str | None:
    """The schema revision the server holds, None without one. One round trip
    when the table is there (every sync but the first): read first, the catalogue
    consulted only when the read fails."""
    try:
        rev = c.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except DBAPIError:
        c.rollback()    # (PostgreSQL: the failed read ended the transaction)
        if c.dialect.has_table(c, "alembic_version"):
            raise       # there, but not readable: a real error
        return None
    return None if rev is None else str(rev)


def check(engine: Engine, target: Target) -> None:
    """Raise Unreachable (clear, password-free) unless the server answers and its
    schema is current."""
    from db import migrate
    try:
        with engine.connect() as c:
            rev = _revision(c)
        if rev == _head():
            return
        if migrate.needs_upgrade(engine):
            raise CentralError(tr("Skema basis data pusat {url} belum mutakhir. Jalankan: "
                                  "loket central upgrade").format(url=target.shown))
    except migrate.SchemaTooNew:
        raise CentralError(tr("Basis data pusat {url} dipakai oleh versi Loket yang lebih baru. "
                              "Perbarui Loket di workstation ini.").format(url=target.shown)) from None
    except DBAPIError as e:
        raise Unreachable(describe(e, target)) from None
    except OSError as e:
        raise Unreachable(describe(e, target)) from None


def upgrade(target: Target) -> str | None:
    """Create or migrate the central schema (same Alembic chain as workstations)."""
    from db import migrate
    engine = connect(target)
    try:
        try:
            with engine.connect() as c:
                c.execute(text("SELECT 1"))
            migrate.upgrade(engine)
            from app.sync import guard
            guard.install(engine)   # append-only triggers, the workstation role and its grants
            return migrate.current_revision(engine)
        except migrate.SchemaTooNew:
            raise CentralError(tr("Basis data pusat {url} dibuat oleh versi Loket yang lebih baru.")
                               .format(url=target.shown)) from None
        except DBAPIError as e:
            raise Unreachable(describe(e, target)) from None
    finally:
        engine.dispose()
