"""hand-over stamps on the workstation: a hand-over whose creation stamps are its
own (created_at == handed_at, created_by == officer_id, created_ws ==
workstation: every hand-over Loket records) stores created_at = 0 and NULL in
created_by and created_ws in the SQLite file, as migration 0025 does for the
workflow events (db/base.py DERIVED_STAMPS); a trigger keeps every hand-over
inserted later in that form. Python and the servers see the stamps as written;
the DDL and the central database are unchanged.

Rewritten in place with the sync capture triggers muted (nothing to push); a
backup is taken before any upgrade (app/runtime.py), the file vacuumed after
(db/migrate.py `upgrade`). The downgrade writes the stamps back in full.

Revision ID: 0026
Revises: 0025
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import sqlalchemy as sa  # noqa: F401
from alembic import op

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

revision = "0026"
down_revision = "0025"
branch_labels = None
depends_on = None

TABLE = "handover"
TRIGGER = "loket_handover_stamps"
OWN = ("{r}created_at = {r}handed_at AND {r}created_at <> 0 AND {r}created_by IS {r}officer_id "
       "AND {r}created_ws IS {r}workstation")
TRIGGER_SQL = (f"CREATE TRIGGER {TRIGGER} AFTER INSERT ON {TABLE} WHEN {OWN.format(r='NEW.')} "
               f"BEGIN UPDATE {TABLE} SET created_at = 0, created_by = NULL, created_ws = NULL "
               "WHERE id = NEW.id; END")


def _muted(bind: Connection, sql: str) -> bool:
    present = {r[0] for r in bind.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if TABLE not in present:
        return False
    muted = "sync_mute" in present
    if muted:     # the capture triggers stay quiet: nothing here goes to the central database
        bind.exec_driver_sql("INSERT OR IGNORE INTO sync_mute (id) VALUES (1)")
    bind.exec_driver_sql(sql)
    if muted:
        bind.exec_driver_sql("DELETE FROM sync_mute")
    return True


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    if _muted(bind, f"UPDATE {TABLE} SET created_at = 0, created_by = NULL, created_ws = NULL "
                    f"WHERE {OWN.format(r='')}"):
        bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {TRIGGER}")
        bind.exec_driver_sql(TRIGGER_SQL)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {TRIGGER}")
    _muted(bind, f"UPDATE {TABLE} SET created_at = handed_at, created_by = officer_id, "
                 "created_ws = workstation WHERE created_at = 0")
