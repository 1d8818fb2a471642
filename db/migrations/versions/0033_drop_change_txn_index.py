"""drop ix_sync_change_txn: no query reads the change log by its transaction.

The change-log rows of a push are written already numbered, in one bulk write under
the clock lock (app/sync/push.py `write_changes`); the old second pass that stamped them
by `txn` (UPDATE … WHERE txn = …) is gone, and the pull reads the log by (seq, id)
alone (ix_sync_change_seq_id). The index still cost a B-tree insert for every change
row of every push, about a third of the server's time taking the change log's COPY
(issue 17: 6,000 rows per 5,000-event push, 81 vs 122 ms measured side by side). The
column stays: it tells which rows one push wrote. Dropped on the workstation's file too,
where the table is empty, so the schema stays one.

A backup is taken before any upgrade (app/runtime.py).

Revision ID: 0033
Revises: 0032
"""
import sqlalchemy as sa  # noqa: F401
from alembic import op

revision = "0033"
down_revision = "0032"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_sync_change_txn", table_name="sync_change", if_exists=True)


def downgrade() -> None:
    op.drop_index("ix_sync_change_txn", table_name="sync_change", if_exists=True)
    op.create_index("ix_sync_change_txn", "sync_change", ["txn"], unique=False)
