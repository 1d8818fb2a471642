"""Migrations: upgrade from empty on every backend, the models and the
migrations agree, and a database from a newer Loket is refused untouched."""
from __future__ import annotations

import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from db import migrate
from db.engine import make_engine
from db.models import Base
from tests.central_db import BACKENDS, scratch_database


def _diff(engine):
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": False})
        return compare_metadata(ctx, Base.metadata)


def test_sqlite_upgrade_from_empty_matches_models(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path/'x.sqlite3'}")
    assert migrate.current_revision(engine) is None
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == migrate.head_revision()
    assert _diff(engine) == []
    assert set(Base.metadata.tables) <= set(inspect(engine).get_table_names())


@pytest.mark.central
@pytest.mark.parametrize("backend", BACKENDS)
def test_central_upgrade_from_empty_matches_models(backend):
    with scratch_database(backend) as url:
        engine = make_engine(url)
        migrate.upgrade(engine)
        assert migrate.current_revision(engine) == migrate.head_revision()
        assert _diff(engine) == []
        engine.dispose()


def test_newer_schema_is_refused_and_left_untouched(data_dir):
    from app.runtime import StartupError, open_loket
    lk = open_loket(data_dir)
    lk.close()
    db = data_dir / "loket.sqlite3"
    con = sqlite3.connect(db)
    con.execute("UPDATE alembic_version SET version_num='9999_from_the_future'")
    con.commit()
    con.close()
    before = db.read_bytes()
    with pytest.raises(StartupError, match="lebih baru"):
        open_loket(data_dir)
    assert db.read_bytes() == before


def test_gui_start_backs_up_before_upgrading(data_dir):
    """An older database is copied aside before the schema changes."""
    from app.runtime import open_loket
    engine = make_engine(f"sqlite:///{data_dir/'loket.sqlite3'}")
    migrate.upgrade(engine, "0001")
    engine.dispose()
    lk = open_loket(data_dir)
    backups = list((data_dir / "backup").glob("loket-*.sqlite3"))
    assert len(backups) == 1
    con = sqlite3.connect(backups[0])
    assert con.execute("select version_num from alembic_version").fetchone()[0] == "0001"
    con.close()
    assert migrate.current_revision(lk.engine) == migrate.head_revision()
    lk.close()


def test_sqlite_pragmas(loket):
    with loket.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert c.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert c.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10000


def test_revisions_read_from_the_files_agree_with_alembic():
    """The cold start reads revision ids without Alembic (db/migrate.py); same answer."""
    from alembic.script import ScriptDirectory
    script = ScriptDirectory(str(migrate.MIGRATIONS))
    revs, head = migrate.known_revisions()
    assert head == script.get_current_head()
    assert revs == {r.revision for r in script.walk_revisions()}
