"""event stamps on the workstation: a workflow event whose creation stamps are its
own (created_at == at, created_by == actor_id, created_ws == workstation: every
event Loket writes) stores created_at = 0 and NULL in created_by and created_ws
in the SQLite file (db/base.py DERIVED_STAMPS: 32 bytes less per event, a dozen
events per file); a trigger keeps every event inserted later in that form,
whoever writes it. Python and the servers see the stamps as written; the DDL
and the central database are unchanged.

The rows are rewritten in place with the sync capture triggers muted (nothing
changed for the central database, nothing to push). A backup of the file is
taken before any upgrade (app/runtime.py) and the file is vacuumed afterwards
(db/migrate.py `upgrade`). The downgrade writes the stamps back in full and
drops the trigger.

Revision ID: 0025
Revises: 0024
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import sqlalchemy as sa  # noqa: F401
from alembic import op

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

revision = "0025"
down_revision = "0024"
branch_labels = None
depends_on = None

TRIGGER = "loket_event_stamps"
# Only where every stamp equals its column (IS: NULL equals NULL), and never a row
# already compact (its created_at is 0): the marker alone says "derived".
OWN = ("{r}created_at = {r}at AND {r}created_at <> 0 AND {r}created_by IS {r}actor_id "
       "AND {r}created_ws IS {r}workstation")
TRIGGER_SQL = (f"CREATE TRIGGER {TRIGGER} AFTER INSERT ON workflow_event WHEN {OWN.format(r='NEW.')} "
               "BEGIN UPDATE workflow_event SET created_at = 0, created_by = NULL, created_ws = NULL "
               "WHERE id = NEW.id; END")


def _muted(bind: Connection, sql: str) -> None:
    present = {r[0] for r in bind.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "workflow_event" not in present:
        return
    muted = "sync_mute" in present
    if muted:     # the capture triggers stay quiet: nothing here goes to the central database
        bind.exec_driver_sql("INSERT OR IGNORE INTO sync_mute (id) VALUES (1)")
    bind.exec_driver_sql(sql)
    if muted:
        bind.exec_driver_sql("DELETE FROM sync_mute")


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    _muted(bind, "UPDATE workflow_event SET created_at = 0, created_by = NULL, created_ws = NULL "
                 f"WHERE {OWN.format(r='')}")
    bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {TRIGGER}")
    bind.exec_driver_sql(TRIGGER_SQL)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {TRIGGER}")
    _muted(bind, "UPDATE workflow_event SET created_at = at, created_by = actor_id, created_ws = workstation "
                 "WHERE created_at = 0")
