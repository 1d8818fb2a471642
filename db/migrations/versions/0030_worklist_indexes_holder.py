"""worklist indexes: the holder's id in them, and only the files someone holds.

The officer's own worklist (the page opens on it: "mine", held by nobody or by me) asks of
each file its holder_id, which neither (holder_role, due_date, state_since, id) nor
(holder_role, state) had: every page walk, the list's count, the counts per state and the
overdue count read the table row of each file they passed. On a million waiting files the
first page's statement was 50 ms, the count 2.3 s and the state chips seconds. With
holder_id last in both indexes they are index-only again (EXPLAIN QUERY PLAN: COVERING
INDEX; tests/unit/test_worklist_plans.py).

The indexes hold only the files a role holds (WHERE holder_role IS NOT NULL; every
worklist statement names a role, so SQLite uses them): a closed file, most of a
workstation's million, is in neither any more. That more than pays for the holder's id
(issue 17, bytes per application, tests/bench/bench_dbsize.py). PostgreSQL makes them
partial too; MariaDB has no partial index and keeps every row (one more column).

"if exists": SQLite runs DDL outside the migration's transaction, so an upgrade stopped
between a drop and its create must not stop at the drop when run again. A backup is taken
before any upgrade (app/runtime.py), the file vacuumed after (db/migrate.py).

Revision ID: 0030
Revises: 0029
"""
import sqlalchemy as sa
from alembic import op

revision = "0030"
down_revision = "0029"
branch_labels = None
depends_on = None

_HELD = sa.text("holder_role IS NOT NULL")


def upgrade() -> None:
    op.drop_index("ix_application_holder_due", table_name="application", if_exists=True)
    op.create_index("ix_application_holder_due", "application",
                    ["holder_role", "due_date", "state_since", "id", "holder_id"], unique=False,
                    sqlite_where=_HELD, postgresql_where=_HELD)
    op.drop_index("ix_application_holder_state", table_name="application", if_exists=True)
    op.create_index("ix_application_holder_state", "application", ["holder_role", "state", "holder_id"],
                    unique=False, sqlite_where=_HELD, postgresql_where=_HELD)


def downgrade() -> None:
    op.drop_index("ix_application_holder_due", table_name="application", if_exists=True)
    op.create_index("ix_application_holder_due", "application", ["holder_role", "due_date", "state_since", "id"],
                    unique=False)
    op.drop_index("ix_application_holder_state", table_name="application", if_exists=True)
    op.create_index("ix_application_holder_state", "application", ["holder_role", "state"], unique=False)
