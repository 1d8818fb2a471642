"""backoffice: worklist indexes on application (holder_role, due_date) and (holder_role, state).

Revision ID: 0004
Revises: 0003
"""
import sqlalchemy as sa  # noqa: F401
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("application", schema=None) as batch_op:
        batch_op.create_index("ix_application_holder_due", ["holder_role", "due_date"], unique=False)
        batch_op.create_index("ix_application_holder_state", ["holder_role", "state"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("application", schema=None) as batch_op:
        batch_op.drop_index("ix_application_holder_state")
        batch_op.drop_index("ix_application_holder_due")
