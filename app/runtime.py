"""Opening Loket: the data folder, the local database (migrated), logging.

The start of the window is timed (`loket --smoke`, tests/bench/bench_smoke.py)
and SQLAlchemy with the mapped models costs more than Qt itself, so opening
does not import them when the file is already at the head revision: the
revision is read with the sqlite3 driver (db/migrate.py), and the engine, the
session factory, the sync capture triggers, the report rollup and the master
data are set up on first use of `Loket.engine` or `Loket.Session`, on whichever
thread asks first (the GUI warms them on a worker thread, `Loket.preload`, while
the officer reads the login screen). What the first page shows is read through
`Loket.read()`, a read-only sqlite3 connection, with plain SQL
(app/services/search.py, `config.read`). Every write goes through the engine,
so the capture triggers are always in place before one. A file that needs an
upgrade (or a new one) is opened as before, everything at once.
"""
from __future__ import annotations

import logging
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from app import config, paths
from app.i18n import tr
from db import migrate

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session as OrmSession
    from sqlalchemy.orm import sessionmaker

log = logging.getLogger("loket")


class StartupError(Exception):
    pass


class Loket:
    """An opened data folder: its SQLite file, the engine and session factory
    (made on first use, see the module docstring) and plain reads."""

    def __init__(self, data_dir: Path, db_path: Path, engine: Engine | None = None) -> None:
        self.data_dir, self.db_path = data_dir, db_path
        self._engine = engine
        self._sessions: sessionmaker[OrmSession] | None = None
        self._lock = threading.Lock()
        self._closed = False
        self._idle: list[sqlite3.Connection] = []     # Loket.read()'s connections, free
        self._idle_lock = threading.Lock()             # not _lock: a read never waits for the ORM

    @property
    def engine(self) -> Engine:
        self._orm()
        assert self._engine is not None
        return self._engine

    @property
    def Session(self) -> sessionmaker[OrmSession]:  # noqa: N802 (the factory, called like a class)
        return self._orm()

    @property
    def orm_ready(self) -> bool:
        return self._sessions is not None

    def _orm(self) -> sessionmaker[OrmSession]:
        with self._lock:
            if self._sessions is None:
                self._sessions = _open_orm(self)
            return self._sessions

    def preload(self) -> None:
        """Set up the ORM on a background thread (the login screen shows meanwhile)."""
        def run() -> None:
            try:
                if not self._closed:
                    self._orm()
            except Exception:      # the first real use raises it again, where it is shown
                log.exception("database setup in the background failed")
        threading.Thread(target=run, name="loket-orm", daemon=True).start()

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """A read-only connection to the SQLite file (sqlite3, no SQLAlchemy), for
        plain-SQL reads, used by one thread at a time. Connections are kept for the
        next read: a new one parses the whole schema (~200 tables, indexes and
        triggers) on its first statement."""
        with self._idle_lock:
            conn = self._idle.pop() if self._idle else None
        if conn is None:
            conn = _read_connection(self.db_path)
        try:
            yield conn
        finally:
            if conn.in_transaction:
                conn.rollback()
            with self._idle_lock:
                if self._closed:
                    conn.close()
                else:
                    self._idle.append(conn)

    @property
    def workstation(self) -> str:
        with self.read() as conn:
            return config.read(conn, ["workstation.name"])["workstation.name"]  # type: ignore[no-any-return]

    def close(self) -> None:
        with self._idle_lock:
            self._closed = True
            for conn in self._idle:
                conn.close()
            self._idle.clear()
        with self._lock:
            if self._engine is not None:
                self._engine.dispose()


def _read_connection(db_path: Path) -> sqlite3.Connection:
    """A connection for Loket.read(): read-only, usable from any thread (by one at a time)."""
    conn = sqlite3.connect(str(db_path), timeout=10, check_same_thread=False)
    conn.execute("PRAGMA query_only = ON")
    return conn


def _open_orm(loket: Loket) -> sessionmaker[OrmSession]:
    """The engine and sessions, and what must be in place before any write."""
    from db.engine import make_engine, make_sessionmaker, sqlite_url
    if loket._engine is None:
        loket._engine = make_engine(sqlite_url(loket.db_path))
    engine = loket._engine
    sessions = make_sessionmaker(engine)
    # Before any write: every change from here on reaches the sync outbox.
    from app.sync.capture import install as install_sync_capture
    install_sync_capture(engine)
    # The reports' running totals, kept by triggers like the outbox (rebuilt once when missing).
    from app.reports.rollup import install as install_report_rollup
    install_report_rollup(engine)
    from app import masterdata
    with sessions() as s:
        if masterdata.load_if_empty(s):
            s.commit()
    return sessions


class RotatingLog(logging.FileHandler):
    """logging.handlers.RotatingFileHandler's rotation (loket.log → loket.log.1 …
    loket.log.N when it would pass max_bytes), without importing logging.handlers:
    socket, pickle and queue with it cost every start 15–25 ms (loket --smoke).
    Handler.handle holds the handler's lock around emit, so the rotation is too."""

    def __init__(self, filename: Path, max_bytes: int, backups: int) -> None:
        super().__init__(filename, mode="a", encoding="utf-8")
        self.max_bytes, self.backups = max_bytes, backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._full(record):
                self._rotate()
        except Exception:
            self.handleError(record)
            return
        super().emit(record)

    def _full(self, record: logging.LogRecord) -> bool:
        if self.max_bytes <= 0 or not os.path.isfile(self.baseFilename):
            return False
        if self.stream is None:
            self.stream = self._open()
        self.stream.seek(0, 2)
        return bool(self.stream.tell() + len(f"{self.format(record)}\n") >= self.max_bytes)

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None
        for i in range(self.backups, 0, -1):
            src = self.baseFilename if i == 1 else f"{self.baseFilename}.{i - 1}"
            if os.path.exists(src):
                os.replace(src, f"{self.baseFilename}.{i}")
        self.stream = self._open()


def setup_logging(folder: Path, level: int = logging.INFO) -> Path:
    """A rotating log file in the data folder. Secrets never reach it: services
    log identifiers and counts, never credentials or tokens."""
    target = paths.log_dir(folder) / "loket.log"
    root = logging.getLogger("loket")
    if not any(isinstance(h, RotatingLog) and Path(h.baseFilename) == target for h in root.handlers):
        for h in list(root.handlers):
            if isinstance(h, RotatingLog):
                root.removeHandler(h)
                h.close()
        h = RotatingLog(target, max_bytes=2_000_000, backups=5)
        h.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(h)
    root.setLevel(level)
    return target


def open_loket(data_dir: str | Path | None = None, *, upgrade: bool = True,
               backup: bool = True) -> Loket:
    """Open (and create or migrate) the local database. Raises StartupError with
    a message for the officer when the database is from a newer Loket."""
    folder = paths.data_dir(data_dir)
    setup_logging(folder)
    dbp = paths.db_path(folder)
    # The revision is read on the connection that then serves Loket.read() first:
    # its first statement parses the whole schema (~200 tables, indexes and
    # triggers, a few ms), which a second connection would parse again.
    first: sqlite3.Connection | None = None
    try:
        if dbp.exists() and dbp.stat().st_size:     # connecting would create the file
            first = _read_connection(dbp)
        current = not migrate.file_needs_upgrade(dbp, first)
    except migrate.SchemaTooNew as e:
        if first is not None:
            first.close()
        raise _too_new(dbp, e) from None
    except sqlite3.Error:      # not readable this way: the full path below says why
        current = False
    if current:
        loket = Loket(folder, dbp)
        if first is not None:
            loket._idle.append(first)
    else:
        if first is not None:
            first.close()
        from db.engine import make_engine, sqlite_url
        engine = make_engine(sqlite_url(dbp))
        try:
            if upgrade and migrate.needs_upgrade(engine):
                if backup and migrate.current_revision(engine) is not None:
                    saved = migrate.backup_sqlite(dbp)
                    log.info("database backed up to %s before upgrade", saved)
                migrate.upgrade(engine)
                log.info("database upgraded to %s", migrate.head_revision())
            else:
                migrate.check_not_newer(engine)
        except migrate.SchemaTooNew as e:
            engine.dispose()
            raise _too_new(dbp, e) from None
        loket = Loket(folder, dbp, engine)
    paths.set_opened(folder)   # app/qrkeys.py keeps the QR key file there when there is no keyring
    if not current:
        loket.Session   # noqa: B018 - set up now: SQLAlchemy is loaded anyway
    return loket


def _too_new(dbp: Path, rev: migrate.SchemaTooNew) -> StartupError:
    return StartupError(tr("Basis data {path} dibuat oleh versi Loket yang lebih baru (skema {rev}). "
                           "Perbarui aplikasi Loket; basis data tidak diubah.").format(path=dbp, rev=rev))
