"""Alembic, driven from code: upgrade, current revision, backup before upgrade.

Every start asks "is the database at the head revision?". Answering that with
Alembic costs its import (~0.2 s, a fifth of a cold start), so the common case
reads the revision ids from the migration files (about a millisecond; unlike a
head constant in the code it cannot go stale when a migration is added) and
the stored revision with one SELECT — on the GUI's start through the sqlite3
driver (`file_needs_upgrade`), before SQLAlchemy is imported at all. Alembic
is imported only when there is something to upgrade (or for the central
database, app/sync/central.py). tests/central/test_migrations.py checks that
both answers agree.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from app import clock

if TYPE_CHECKING:
    import sqlite3

    from alembic.config import Config
    from sqlalchemy import Engine

MIGRATIONS = Path(__file__).parent / "migrations"
_REV = re.compile(r'^(revision|down_revision)\s*=\s*["\']?([^"\'\s]+?)["\']?\s*$', re.M)


class SchemaTooNew(Exception):
    """The database was written by a newer Loket."""


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


@lru_cache(maxsize=1)
def known_revisions() -> tuple[frozenset[str], str]:
    """(every revision id, the head) read from the migration files, without Alembic."""
    revs: set[str] = set()
    parents: set[str] = set()
    for f in (MIGRATIONS / "versions").glob("*.py"):
        found = dict((k, v) for k, v in _REV.findall(f.read_text(encoding="utf-8")))
        if "revision" in found:
            revs.add(found["revision"])
            if found.get("down_revision") not in (None, "None"):
                parents.add(found["down_revision"])
    heads = sorted(revs - parents)
    if len(heads) != 1:
        raise RuntimeError(f"migrations must form one chain; heads: {heads}")
    return frozenset(revs), heads[0]


def head_revision() -> str:
    return known_revisions()[1]


def current_revision(engine: Engine) -> str | None:
    from sqlalchemy import text
    with engine.connect() as conn:
        try:
            row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        except Exception:        # no table yet: a new, empty database
            conn.rollback()
            return None
    return row[0] if row else None


def check_not_newer(engine: Engine) -> str | None:
    rev = current_revision(engine)
    if rev is None:
        return None
    if rev not in known_revisions()[0]:
        raise SchemaTooNew(rev)
    return rev


def needs_upgrade(engine: Engine) -> bool:
    return check_not_newer(engine) != head_revision()


def stored_revision(db_path: Path, conn: sqlite3.Connection | None = None) -> str | None:
    """The revision stored in a SQLite file, read with the sqlite3 driver alone;
    None for a missing or new (empty) file. `conn`: an open connection to that
    file to read it with (left open), else one is opened and closed."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    import sqlite3
    own = conn is None
    if conn is None:
        conn = sqlite3.connect(str(db_path), timeout=10)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError as e:
        if "no such table" in str(e):    # a file without a schema yet
            return None
        raise
    finally:
        if own:
            conn.close()
    return row[0] if row else None


def file_needs_upgrade(db_path: Path, conn: sqlite3.Connection | None = None) -> bool:
    """`needs_upgrade` for the local SQLite file without SQLAlchemy; raises
    SchemaTooNew for a file written by a newer Loket. `conn` as for stored_revision."""
    rev = stored_revision(db_path, conn)
    if rev is not None and rev not in known_revisions()[0]:
        raise SchemaTooNew(rev)
    return rev != head_revision()


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
    from alembic import command
    before = check_not_newer(engine)
    command.upgrade(alembic_config(engine), revision)
    if engine.dialect.name == "sqlite":
        after = current_revision(engine) or ""
        if any((before is None or before < rev) and rev <= after for rev in COMPACT):
            compact(engine)


# The revisions that rewrote the SQLite file's values in a more compact form
# (0020: keys and times, db/base.py; 0022: coded values, db/codes.py; 0023: compact JSON;
# 0025, 0026, 0028: event, hand-over and checklist stamps, db/base.py DERIVED_STAMPS; 0027: an
# index dropped; 0029: report_rollup WITHOUT ROWID; 0031: applicant and company stamps;
# 0032: the events' officer and workstation words coded, db/base.py CodedText).
COMPACT = ("0020", "0022", "0023", "0025", "0026", "0027", "0028", "0029", "0031", "0032")


def compact(engine: Engine) -> None:
    """VACUUM (outside any transaction): the file shrinks to its rows, and from now
    on pages freed later (the outbox drained by a push) are handed back without a
    full VACUUM (app/sync/session.py `reclaim`). In WAL mode auto_vacuum takes
    effect only through a VACUUM, even on a new file, hence one there too (empty: instant)."""
    with engine.connect() as c:
        c.exec_driver_sql("PRAGMA auto_vacuum = INCREMENTAL")
        c.exec_driver_sql("VACUUM")
