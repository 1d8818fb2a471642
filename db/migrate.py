"""Alembic, driven from code: upgrade, current revision, backup before upgrade."""
from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from app import clock

MIGRATIONS = Path(__file__).parent / "migrations"


class SchemaTooNew(Exception):
    """The database was written by a newer Loket."""


def alembic_config(engine: Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    script = ScriptDirectory(str(MIGRATIONS))
    return script.get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def check_not_newer(engine: Engine) -> str | None:
    rev = current_revision(engine)
    if rev is None:
        return None
    script = ScriptDirectory(str(MIGRATIONS))
    try:
        script.get_revision(rev)
    except Exception:
        raise SchemaTooNew(rev) from None
    return rev


def needs_upgrade(engine: Engine) -> bool:
    return check_not_newer(engine) != head_revision()


def backup_sqlite(db_path: Path) -> Path | None:
    """Copy the database (with its WAL) aside before a schema change."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    import sqlite3
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    backup_dir = db_path.parent / "backup"
    backup_dir.mkdir(exist_ok=True)
    target = backup_dir / f"{db_path.stem}-{stamp}{db_path.suffix}"
    # sqlite's online backup copies a consistent snapshot, WAL included.
    src = sqlite3.connect(str(db_path))
    dst = sqlite3.connect(str(target))
    with dst:
        src.backup(dst)
    src.close()
    dst.close()
    return target


def upgrade(engine: Engine, revision: str = "head") -> None:
    check_not_newer(engine)
    command.upgrade(alembic_config(engine), revision)
