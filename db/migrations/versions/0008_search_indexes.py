"""search indexes: browse the search table newest first, all files or one status.

Revision ID: 0008
Revises: 0007
"""
import sqlalchemy as sa  # noqa: F401
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("application", schema=None) as batch_op:
        batch_op.create_index("ix_application_submitted", ["submitted_at", "id"], unique=False)
        batch_op.create_index("ix_application_state_submitted", ["state", "submitted_at", "id"],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table("application", schema=None) as batch_op:
        batch_op.drop_index("ix_application_state_submitted")
        batch_op.drop_index("ix_application_submitted")
