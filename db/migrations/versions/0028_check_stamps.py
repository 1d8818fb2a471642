"""checklist stamps on the workstation: a requirement_check row whose update stamps are
its creation stamps (updated_at == created_at, updated_by == created_by, updated_ws ==
created_ws: a row never edited since it was written, nine in ten) stores updated_at = 0
and NULL in updated_by and updated_ws in the SQLite file, as migrations 0025 and 0026 do
for events and hand-overs (db/base.py DERIVED_STAMPS: about 30 bytes less per row, some
six rows per file). A trigger keeps every row inserted later in that form; the sync
capture trigger does not count that as an edit (app/sync/capture.py), and an edit writes
all three stamps again (db/engine.py). Python and the servers see the stamps as written;
the DDL and the central database are unchanged.

Rewritten in place with the sync capture triggers muted (nothing to push); a backup is
taken before any upgrade (app/runtime.py), the file vacuumed after (db/migrate.py
`upgrade`). The downgrade writes the stamps back in full.

Revision ID: 0028
Revises: 0027
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import sqlalchemy as sa  # noqa: F401
from alembic import op

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

revision = "0028"
down_revision = "0027"
branch_labels = None
depends_on = None

TABLE = "requirement_check"
TRIGGER = "loket_check_stamps"
OWN = ("{r}updated_at = {r}created_at AND {r}updated_at <> 0 AND {r}updated_by IS {r}created_by "
       "AND {r}updated_ws IS {r}created_ws")
TRIGGER_SQL = (f"CREATE TRIGGER {TRIGGER} AFTER INSERT ON {TABLE} WHEN {OWN.format(r='NEW.')} "
               f"BEGIN UPDATE {TABLE} SET updated_at = 0, updated_by = NULL, updated_ws = NULL "
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
    if _muted(bind, f"UPDATE {TABLE} SET updated_at = 0, updated_by = NULL, updated_ws = NULL "
                    f"WHERE {OWN.format(r='')}"):
        bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {TRIGGER}")
        bind.exec_driver_sql(TRIGGER_SQL)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {TRIGGER}")
    _muted(bind, f"UPDATE {TABLE} SET updated_at = created_at, updated_by = created_by, "
                 "updated_ws = created_ws WHERE updated_at = 0")
