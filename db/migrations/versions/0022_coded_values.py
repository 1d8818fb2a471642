"""coded values on the workstation: a workflow event's action, from_state and
to_state stored as their position in a fixed vocabulary (db/codes.py, db/base.py
`Code`) in the SQLite file; the events' index on `at` alone dropped (every backend).

Twelve events per file made those three texts (26 bytes a row, and the action
again in the (action, at) index) a tenth of the file; coded they take a byte or
two. The declared types stay VARCHAR, so the DDL and the servers are as before
and only the SQLite file's values are rewritten, in place, with the sync capture
triggers muted (nothing changed for the central database, nothing to push).
The index on `at` alone served only the reports over a window of time with no
action named; they now name every action and read the (action, at) index
(app/reports/builders.py). A backup of the file is taken before any upgrade
(app/runtime.py) and the file is vacuumed afterwards (db/migrate.py `upgrade`).

Revision ID: 0022
Revises: 0021
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import sqlalchemy as sa  # noqa: F401
from alembic import op

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None

CODED = (("action", "ACTIONS"), ("from_state", "STATES"), ("to_state", "STATES"))


def _rewrite(bind: Connection, to_code: bool) -> None:
    from db import codes
    present = {r[0] for r in bind.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "workflow_event" not in present:
        return
    sets = []
    for col, vocab in CODED:
        pairs = [(v, str(i)) for i, v in enumerate(getattr(codes, vocab), 1)]
        whens = " ".join(f"WHEN '{a}' THEN '{b}'" if to_code else f"WHEN '{b}' THEN '{a}'" for a, b in pairs)
        sets.append(f'"{col}" = CASE "{col}" {whens} ELSE "{col}" END')
    muted = "sync_mute" in present
    if muted:     # the capture triggers stay quiet: nothing here goes to the central database
        bind.exec_driver_sql("INSERT OR IGNORE INTO sync_mute (id) VALUES (1)")
    # the secondary indexes built again afterwards in one sorted pass, not row by row
    indexes = bind.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                   "AND tbl_name = 'workflow_event' AND sql IS NOT NULL").all()
    for name, _sql in indexes:
        bind.exec_driver_sql(f'DROP INDEX "{name}"')
    bind.exec_driver_sql(f'UPDATE workflow_event SET {", ".join(sets)}')
    for _name, sql in indexes:
        bind.exec_driver_sql(sql)
    if muted:
        bind.exec_driver_sql("DELETE FROM sync_mute")


def upgrade() -> None:
    op.drop_index("ix_workflow_event_at", table_name="workflow_event")
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        _rewrite(bind, to_code=True)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        _rewrite(bind, to_code=False)
    op.create_index("ix_workflow_event_at", "workflow_event", ["at"], unique=False)
