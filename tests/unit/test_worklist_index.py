"""The worklist's index is the list's whole order (migration 0024): (holder_role, due_date,
state_since, id), so a page, Ctrl+End's too, is read in index order, never sorted; a
downgrade gives the old (holder_role, due_date) back."""
from __future__ import annotations

import sqlite3

from alembic import command

from app.runtime import open_loket
from app.services import worklist
from db import migrate


def _columns(db) -> list[str]:
    con = sqlite3.connect(db)
    try:
        return [r[2] for r in con.execute("PRAGMA index_info('ix_application_holder_due')")]
    finally:
        con.close()


def test_a_worklist_page_is_read_in_index_order_from_either_end(loket, actor_factory):
    assert _columns(loket.db_path) == ["holder_role", "due_date", "state_since", "id"]
    head = actor_factory("BACKOFFICE", "KASI", "KABID", "KADIN", name="Kepala Uji")
    with loket.Session() as s:
        wl = worklist.worklist_list(s, head, mine_only=False)
        conn = s.connection()
        for seg in (0, 1):
            for reverse in (False, True):
                stmt = worklist._page_statement(wl, seg, reverse, False)
                compiled = stmt.compile(dialect=s.bind.dialect)
                params = {**compiled.params, "walk": 100, "limit": 100, "offset": 0}
                raw = conn.connection.driver_connection
                plan = [r[3] for r in raw.execute("EXPLAIN QUERY PLAN " + str(compiled),
                                                  [params[k] for k in compiled.positiontup])]
                assert any("ix_application_holder_due" in p for p in plan), plan
                # before 0024 each role's walk sorted the files due on the same day
                assert not any("RIGHT PART OF ORDER BY" in p for p in plan), plan


def test_downgrade_gives_the_old_index_back(data_dir):
    lk = open_loket(data_dir)
    try:
        command.downgrade(migrate.alembic_config(lk.engine), "0023")
        assert _columns(lk.db_path) == ["holder_role", "due_date"]
        command.upgrade(migrate.alembic_config(lk.engine), "head")
        assert _columns(lk.db_path) == ["holder_role", "due_date", "state_since", "id"]
        # an upgrade stopped after the old index was dropped (DDL is not transactional in
        # SQLite here) runs again to the end
        command.downgrade(migrate.alembic_config(lk.engine), "0023")
        con = sqlite3.connect(lk.db_path)
        con.execute("DROP INDEX ix_application_holder_due")
        con.close()
        command.upgrade(migrate.alembic_config(lk.engine), "head")
        assert _columns(lk.db_path) == ["holder_role", "due_date", "state_since", "id"]
    finally:
        lk.close()
