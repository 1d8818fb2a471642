"""drop ix_application_due_date: no query reads application by due date alone.

Every query that filters or orders on due_date names the holder role or the state first,
and (holder_role, due_date, state_since, id) or (state, due_date) serves it (EXPLAIN QUERY
PLAN: the worklists and their overdue counts, the main window's badge, the overdue report,
closures' recompute of due dates). The lone index cost about 18 bytes per application on
the workstation's file (issue 17, tests/bench/bench_dbsize.py). Dropped on the central
database too, so the schema stays one (it reads no worklist). The indexes on applicant_id
and company_id stay: the SiCantik import asks whether a person's or a company's row is
shared by another file (app/sicantik/importer.py `_shared`), and MariaDB wants an index
under each foreign key.

A backup is taken before any upgrade (app/runtime.py); the file is vacuumed after (db/migrate.py).

Revision ID: 0027
Revises: 0026
"""
import sqlalchemy as sa  # noqa: F401
from alembic import op

revision = "0027"
down_revision = "0026"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_application_due_date", table_name="application", if_exists=True)


def downgrade() -> None:
    op.drop_index("ix_application_due_date", table_name="application", if_exists=True)
    op.create_index("ix_application_due_date", "application", ["due_date"], unique=False)
