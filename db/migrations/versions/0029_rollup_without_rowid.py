"""report_rollup WITHOUT ROWID on the workstation: the running totals keyed by (kind, day,
permit type) are one b-tree instead of a table and its primary-key index holding the same
key again (about 33 bytes per application, issue 17; the table is this workstation's own
cache, never synced, app/reports/rollup.py).

SQLite cannot change a table's kind in place: the rows are copied into a new table and it
takes the old one's name. The rollup triggers on workflow_event and survey_response name the
table in their bodies, so they are set aside first and put back as they were (the totals
stay: no rebuild at the next start). The model says the same (db/models/reports.py,
sqlite_with_rowid), so a new file is made this way; the central database has no such kind
and is left alone. A backup is taken before any upgrade (app/runtime.py), the file vacuumed
after (db/migrate.py). The downgrade copies the rows back into an ordinary table.

Revision ID: 0029
Revises: 0028
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import sqlalchemy as sa  # noqa: F401
from alembic import op

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

revision = "0029"
down_revision = "0028"
branch_labels = None
depends_on = None

COLUMNS = ("kind VARCHAR(16) NOT NULL, day DATE NOT NULL, permit_type_id VARCHAR(36) NOT NULL, "
           "n INTEGER NOT NULL, CONSTRAINT pk_report_rollup PRIMARY KEY (kind, day, permit_type_id)")


def _rebuild(bind: Connection, tail: str) -> None:
    present = {r[0] for r in bind.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "report_rollup" not in present:
        return
    triggers = bind.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                    "AND name LIKE 'report_rollup_%'").all()
    for name, _sql in triggers:
        bind.exec_driver_sql(f'DROP TRIGGER "{name}"')
    bind.exec_driver_sql("DROP TABLE IF EXISTS report_rollup_new")
    bind.exec_driver_sql(f"CREATE TABLE report_rollup_new ({COLUMNS}){tail}")
    bind.exec_driver_sql("INSERT INTO report_rollup_new (kind, day, permit_type_id, n) "
                         "SELECT kind, day, permit_type_id, n FROM report_rollup ORDER BY kind, day, permit_type_id")
    bind.exec_driver_sql("DROP TABLE report_rollup")
    bind.exec_driver_sql("ALTER TABLE report_rollup_new RENAME TO report_rollup")
    for _name, sql in triggers:
        bind.exec_driver_sql(sql)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        _rebuild(bind, " WITHOUT ROWID")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        _rebuild(bind, "")
