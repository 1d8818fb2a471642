"""report indexes: one kind of workflow event over a window of time (reports, dashboard).

Revision ID: 0015
Revises: 0014
"""
import sqlalchemy as sa  # noqa: F401
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("workflow_event", schema=None) as batch_op:
        batch_op.create_index("ix_workflow_event_action_at", ["action", "at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("workflow_event", schema=None) as batch_op:
        batch_op.drop_index("ix_workflow_event_action_at")
