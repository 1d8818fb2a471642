"""Opening Loket: the data folder, the local database (migrated), logging."""
from __future__ import annotations

import logging
import logging.handlers
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from app import config, paths
from app.i18n import tr
from db import migrate
from db.engine import make_engine, make_sessionmaker, sqlite_url

log = logging.getLogger("loket")


class StartupError(Exception):
    pass


@dataclass
class Loket:
    data_dir: Path
    db_path: Path
    engine: Engine
    Session: sessionmaker[Session]

    @property
    def workstation(self) -> str:
        with self.Session() as s:
            return config.get(s, "workstation.name")  # type: ignore[no-any-return]

    def close(self) -> None:
        self.engine.dispose()


def setup_logging(folder: Path, level: int = logging.INFO) -> Path:
    """A rotating log file in the data folder. Secrets never reach it: services
    log identifiers and counts, never credentials or tokens."""
    target = paths.log_dir(folder) / "loket.log"
    root = logging.getLogger("loket")
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) and
               Path(h.baseFilename) == target for h in root.handlers):
        for h in list(root.handlers):
            if isinstance(h, logging.handlers.RotatingFileHandler):
                root.removeHandler(h)
                h.close()
        h = logging.handlers.RotatingFileHandler(target, maxBytes=2_000_000, backupCount=5,
                                                 encoding="utf-8")
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
        raise StartupError(tr("Basis data {path} dibuat oleh versi Loket yang lebih baru (skema {rev}). "
                              "Perbarui aplikasi Loket; basis data tidak diubah.").format(path=dbp, rev=e)) from None
    loket = Loket(folder, dbp, engine, make_sessionmaker(engine))
    paths.set_opened(folder)   # app/qrkeys.py keeps the QR key file there when there is no keyring
    # Before any write: every change from here on reaches the sync outbox.
    from app.sync.capture import install as install_sync_capture
    install_sync_capture(engine)
    # The reports' running totals, kept by triggers like the outbox (rebuilt once when missing).
    from app.reports.rollup import install as install_report_rollup
    install_report_rollup(engine)
    from app import masterdata
    with loket.Session() as s:
        if masterdata.load_if_empty(s):
            s.commit()
    return loket
