"""notify: the queue of messages to applicants and each file's consent (app/notify/).

Revision ID: 0019
Revises: 0018
"""
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def _stamps() -> list[sa.Column[Any]]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("created_ws", sa.String(length=64), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("updated_ws", sa.String(length=64), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "notify_preference",
        sa.Column("application_id", sa.String(length=36), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("address", sa.String(length=200), nullable=True),
        *_stamps(),
        sa.ForeignKeyConstraint(["application_id"], ["application.id"],
                                name=op.f("fk_notify_preference_application_id_application")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notify_preference")),
        sa.UniqueConstraint("application_id", name=op.f("uq_notify_preference_application_id")),
    )
    op.create_table(
        "notify_message",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("recipient", sa.String(length=200), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("application_id", sa.String(length=36), nullable=True),
        sa.Column("complaint_id", sa.String(length=36), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("due_at", sa.DateTime(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_attempt_at", sa.DateTime(), nullable=True),
        sa.Column("last_error", sa.String(length=500), nullable=True),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.Column("answer", sa.String(length=200), nullable=True),
        sa.Column("sender_ws", sa.String(length=64), nullable=True),
        *_stamps(),
        sa.ForeignKeyConstraint(["application_id"], ["application.id"],
                                name=op.f("fk_notify_message_application_id_application")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notify_message")),
        sa.UniqueConstraint("key", name=op.f("uq_notify_message_key")),
    )
    with op.batch_alter_table("notify_message", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_notify_message_application_id"), ["application_id"], unique=False)
        batch_op.create_index("ix_notify_message_status_due", ["status", "due_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("notify_message", schema=None) as batch_op:
        batch_op.drop_index("ix_notify_message_status_due")
        batch_op.drop_index(batch_op.f("ix_notify_message_application_id"))
    op.drop_table("notify_message")
    op.drop_table("notify_preference")
