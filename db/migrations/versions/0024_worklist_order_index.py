"""worklist order index: (holder_role, due_date, state_since, id) instead of (holder_role, due_date).

A worklist is sorted on due date, then state_since and id. With only (holder_role, due_date)
SQLite walked the index by due date and sorted the files due on the same day before it could
return the first row of a page ("USE TEMP B-TREE FOR RIGHT PART OF ORDER BY"): on a million
waiting files some 2,300 a day for one role, for every page and for Ctrl+End. The index in the
list's whole order returns a page in index order (bench "search table", the worklist probe's
Ctrl+End and its raw floor; bench_worklist). Same name: it replaces the old one.

Revision ID: 0024
Revises: 0023
"""
import sqlalchemy as sa  # noqa: F401
from alembic import op

revision = "0024"
down_revision = "0023"
branch_labels = None
depends_on = None


# "if exists": SQLite runs DDL outside the migration's transaction (pysqlite commits it as
# it goes), so an upgrade stopped between the two statements (the index takes seconds on a
# million files) has dropped the old index without making the new one; run again, it must
# not stop at the drop.
def upgrade() -> None:
    op.drop_index("ix_application_holder_due", table_name="application", if_exists=True)
    op.create_index("ix_application_holder_due", "application", ["holder_role", "due_date", "state_since", "id"],
                    unique=False)


def downgrade() -> None:
    op.drop_index("ix_application_holder_due", table_name="application", if_exists=True)
    op.create_index("ix_application_holder_due", "application", ["holder_role", "due_date"], unique=False)
