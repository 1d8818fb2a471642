"""compact JSON on the workstation: JSON values in the SQLite file without the
blanks after ',' and ':' (db/base.py `json_dumps`, the engine's serializer), and
the common top-level keys of a workflow event's data written as their position
in a fixed list (db/codes.py EVENT_DATA_KEYS, db/base.py `CodedJSON`).

Each value is read and written again by the same code the types use (Python
json; the servers are not touched, their values and DDL stay as they were), with
the sync capture triggers muted: nothing changed for the central database, so
nothing to push. A backup of the file is taken before any upgrade
(app/runtime.py) and the file is vacuumed afterwards (db/migrate.py `upgrade`).

Revision ID: 0023
Revises: 0022
"""
from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa  # noqa: F401
from alembic import op

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None


# The coded columns of this revision. A JSON column coded later (application.technical_data,
# migration 0031, which codes and decodes it itself) is only compacted here, whatever type
# the models give it now.
CODED_HERE = frozenset({("workflow_event", "data")})


def _rewrite(bind: Connection, upgrade: bool) -> None:
    from sqlalchemy import JSON
    from sqlalchemy.dialects import sqlite

    from db.base import CodedJSON, json_dumps
    from db.models import Base
    raw = bind.connection.driver_connection
    assert raw is not None   # an open connection has its sqlite3 connection
    lite = sqlite.dialect()
    present = {r[0] for r in bind.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}
    muted = "sync_mute" in present
    if muted:     # the capture triggers stay quiet: nothing here goes to the central database
        bind.exec_driver_sql("INSERT OR IGNORE INTO sync_mute (id) VALUES (1)")
    for table in Base.metadata.sorted_tables:
        if table.name not in present:
            continue
        have = {r[1] for r in bind.exec_driver_sql(f'PRAGMA table_info("{table.name}")')}
        for col in table.columns:
            ty = col.type
            if col.name not in have or not (isinstance(ty, JSON) or isinstance(ty, CodedJSON)):
                continue
            convert: Callable[[Any], Any]
            if isinstance(ty, CodedJSON) and (table.name, col.name) in CODED_HERE:
                coded = ty
                if upgrade:
                    def convert(v: Any, t: CodedJSON = coded) -> Any:
                        return t.process_bind_param(v, lite)
                else:
                    def convert(v: Any, t: CodedJSON = coded) -> Any:
                        return t.process_result_value(v, lite)
            else:
                def convert(v: Any) -> Any:
                    return v
            dumps = json_dumps if upgrade else json.dumps

            def redo(text: Any, convert: Callable[[Any], Any] = convert, dumps: Callable[[Any], str] = dumps) -> Any:
                if not isinstance(text, str):
                    return text
                try:
                    value = json.loads(text)
                except ValueError:      # not JSON (written by hand): left as it is
                    return text
                return dumps(convert(value))
            name = f"loket_json_{table.name}_{col.name}"
            raw.create_function(name, 1, redo, deterministic=True)
            bind.exec_driver_sql(f'UPDATE "{table.name}" SET "{col.name}" = {name}("{col.name}") '
                                 f'WHERE "{col.name}" IS NOT NULL')
    if muted:
        bind.exec_driver_sql("DELETE FROM sync_mute")


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        _rewrite(bind, upgrade=True)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        _rewrite(bind, upgrade=False)
