"""The worklist's index is the list's whole order (migration 0024): (holder_role, due_date,
state_since, id), so a page, Ctrl+End's too, is read in index order, never sorted; a
downgrade gives the old (holder_role, due_date) back. Since 0030 the holder's id is last in
it and in (holder_role, state, holder_id), both only over the files a role holds: the
officer's own list ("mine") and its counts read the indexes alone."""
from __future__ import annotations

import sqlite3

from alembic import command

from app.runtime import open_loket
from app.services import worklist
from db import migrate

NOW = ["holder_role", "due_date", "state_since", "id", "holder_id"]


def _columns(db, name: str = "ix_application_holder_due") -> list[str]:
    con = sqlite3.connect(db)
    try:
        return [r[2] for r in con.execute(f"PRAGMA index_info('{name}')")]
    finally:
        con.close()


def _partial(db, name: str) -> bool:
    con = sqlite3.connect(db)
    try:
        return bool([r for r in con.execute("PRAGMA index_list('application')") if r[1] == name][0][4])
    finally:
        con.close()


def _plans(s, wl) -> list[list[str]]:
    out = []
    conn = s.connection()
    raw = conn.connection.driver_connection
    for seg in (0, 1):
        for reverse in (False, True):
            stmt = worklist._page_statement(wl, seg, reverse, False)
            compiled = stmt.compile(dialect=s.bind.dialect)
            params = {**compiled.params, "walk": 100, "limit": 100, "offset": 0}
            out.append([r[3] for r in raw.execute("EXPLAIN QUERY PLAN " + str(compiled),
                                                  [params[k] for k in compiled.positiontup])])
    return out


def _plan_of(s, stmt) -> list[str]:
    compiled = stmt.compile(dialect=s.bind.dialect, compile_kwargs={"render_postcompile": True})
    raw = s.connection().connection.driver_connection
    d = s.bind.dialect
    params = []
    for k in compiled.positiontup:
        value = compiled.params[k]
        bp = compiled.binds.get(k)
        proc = bp.type.dialect_impl(d).bind_processor(d) if bp is not None else None
        params.append(proc(value) if proc is not None else value)
    return [r[3] for r in raw.execute("EXPLAIN QUERY PLAN " + compiled.string, params)]


def test_a_worklist_page_is_read_in_index_order_from_either_end(loket, actor_factory):
    assert _columns(loket.db_path) == NOW
    head = actor_factory("BACKOFFICE", "KASI", "KABID", "KADIN", name="Kepala Uji")
    with loket.Session() as s:
        for mine in (False, True):
            wl = worklist.worklist_list(s, head, mine_only=mine)
            for plan in _plans(s, wl):
                # the index alone, also for "mine" (held by nobody or by me: holder_id is in it)
                assert any("COVERING INDEX ix_application_holder_due" in p for p in plan), (mine, plan)
                # before 0024 each role's walk sorted the files due on the same day
                assert not any("RIGHT PART OF ORDER BY" in p for p in plan), plan


def test_the_officers_own_counts_read_the_indexes_alone(loket, actor_factory):
    # the page's state chips, the list's length and the overdue badge of "mine": before 0030
    # each read the table row of every held file (the chips scanned another index whole)
    from datetime import date

    from sqlalchemy import func, select

    from app.services import tracking
    from db.models import Application
    assert _columns(loket.db_path, "ix_application_holder_state") == ["holder_role", "state", "holder_id"]
    assert _partial(loket.db_path, "ix_application_holder_due")
    assert _partial(loket.db_path, "ix_application_holder_state")
    officer = actor_factory("BACKOFFICE", name="Petugas Uji")
    with loket.Session() as s:
        conds = tracking.scope_filter(s, officer, mine_only=True)
        for stmt in (select(Application.state, func.count()).where(*conds).group_by(Application.state),
                     select(func.count()).select_from(Application).where(*conds),
                     select(func.count()).select_from(Application).where(
                         *conds, Application.due_date < date(2026, 11, 26))):
            plan = _plan_of(s, stmt)
            assert any("COVERING INDEX ix_application_holder_" in p for p in plan), plan


def test_downgrade_gives_the_old_index_back(data_dir):
    lk = open_loket(data_dir)
    try:
        command.downgrade(migrate.alembic_config(lk.engine), "0029")
        assert _columns(lk.db_path) == ["holder_role", "due_date", "state_since", "id"]
        assert _columns(lk.db_path, "ix_application_holder_state") == ["holder_role", "state"]
        assert not _partial(lk.db_path, "ix_application_holder_due")
        command.downgrade(migrate.alembic_config(lk.engine), "0023")
        assert _columns(lk.db_path) == ["holder_role", "due_date"]
        command.upgrade(migrate.alembic_config(lk.engine), "head")
        assert _columns(lk.db_path) == NOW
        assert _partial(lk.db_path, "ix_application_holder_due")
        # an upgrade stopped after an old index was dropped (DDL is not transactional in
        # SQLite here) runs again to the end
        for old, name in (("0023", "ix_application_holder_due"), ("0029", "ix_application_holder_state")):
            command.downgrade(migrate.alembic_config(lk.engine), old)
            con = sqlite3.connect(lk.db_path)
            con.execute(f"DROP INDEX {name}")
            con.close()
            command.upgrade(migrate.alembic_config(lk.engine), "head")
            assert _columns(lk.db_path) == NOW
            assert _columns(lk.db_path, "ix_application_holder_state") == ["holder_role", "state", "holder_id"]
    finally:
        lk.close()
