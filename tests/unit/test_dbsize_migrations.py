"""The database-size migrations of issue 17 from 0027 on, up and down on a demo file
as `loket` runs them on start (backup first): nothing written is lost, the plans of
the queries the dropped or changed indexes served stay index walks."""
from __future__ import annotations

import sqlite3
from datetime import date

from alembic import command

from app.runtime import open_loket
from db import migrate

TODAY = date(2026, 11, 25)


def _stored(db, sql, args=()):
    con = sqlite3.connect(db)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


def _plan(db, sql) -> str:
    return " ".join(r[-1] for r in _stored(db, "EXPLAIN QUERY PLAN " + sql))


def _indexes(db) -> set[str]:
    return {r[0] for r in _stored(db, "SELECT name FROM sqlite_master WHERE type = 'index'")}


def test_migration_0027_drops_the_due_date_index(data_dir):
    from app import demo
    lk = open_loket(data_dir)
    demo.generate(lk, 20, seed=3, today=TODAY)
    db = lk.db_path
    assert "ix_application_due_date" not in _indexes(db)         # a new file: as the models say
    command.downgrade(migrate.alembic_config(lk.engine), "0026")
    lk.close()
    assert "ix_application_due_date" in _indexes(db)
    apps = _stored(db, "SELECT * FROM application ORDER BY id")
    lk = open_loket(data_dir)                                       # up, as every start does
    try:
        assert len(list((data_dir / "backup").glob("loket-*.sqlite3"))) == 1
        assert migrate.current_revision(lk.engine) == migrate.head_revision()
    finally:
        lk.close()
    assert "ix_application_due_date" not in _indexes(db)
    assert _stored(db, "SELECT * FROM application ORDER BY id") == apps
    # the queries on due_date name the holder role or the state first (tracking, backoffice,
    # reports, closures): their own indexes serve them
    assert "ix_application_holder_due" in _plan(
        db, "SELECT count(*) FROM application WHERE holder_role IN ('a', 'b') AND due_date < '2026-11-25'")
    assert "ix_application_state_due" in _plan(
        db, "SELECT id FROM application WHERE state IN ('1', '2') AND due_date >= '2026-11-25' "
            "ORDER BY due_date")
