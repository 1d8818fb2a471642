"""sync: outbox, cursor and mute flag (workstation); change log, commit clock,
single-shot guard and client registry (central); conflict log (both).

Revision ID: 0006
Revises: 0005
"""
import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "sync_outbox",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=120), nullable=False),
        sa.Column("gen", sa.Integer(), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=True),
        sa.Column("base", sa.Text(), nullable=True),
        sa.Column("queued_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_sync_outbox")),
        sa.UniqueConstraint("table_name", "row_id", name="uq_sync_outbox_row"),
    )
    op.create_table(
        "sync_state",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_sync_state")),
    )
    op.create_table(
        "sync_mute",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_mute")),
    )
    op.create_table(
        "sync_change",
        sa.Column("id", BigId, autoincrement=True, nullable=False),
        sa.Column("txn", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=True),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=120), nullable=False),
        sa.Column("ws", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_change")),
    )
    with op.batch_alter_table("sync_change", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_change_txn"), ["txn"], unique=False)
        batch_op.create_index("ix_sync_change_seq_id", ["seq", "id"], unique=False)
    op.create_table(
        "sync_clock",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_clock")),
    )
    op.bulk_insert(sa.table("sync_clock", sa.column("id", sa.Integer()),
                            sa.column("value", sa.BigInteger())), [{"id": 1, "value": 0}])
    op.create_table(
        "sync_single_shot",
        sa.Column("application_id", sa.String(length=36), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("ws", sa.String(length=64), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("application_id", "action", name=op.f("pk_sync_single_shot")),
    )
    op.create_table(
        "sync_client",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("install_id", sa.String(length=36), nullable=False),
        sa.Column("first_seen", sa.DateTime(), nullable=False),
        sa.Column("last_seen", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_sync_client")),
    )
    op.create_table(
        "sync_conflict",
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=120), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=True),
        sa.Column("kept_value", sa.Text(), nullable=True),
        sa.Column("lost_value", sa.Text(), nullable=True),
        sa.Column("kept_ws", sa.String(length=64), nullable=True),
        sa.Column("lost_ws", sa.String(length=64), nullable=True),
        sa.Column("message", sa.Text(), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("created_ws", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
    )
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_conflict_row_id"), ["row_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_sync_conflict_lost_ws"), ["lost_ws"], unique=False)
        batch_op.create_index(batch_op.f("ix_sync_conflict_at"), ["at"], unique=False)


def downgrade() -> None:
    for t in ("sync_conflict", "sync_client", "sync_single_shot", "sync_clock",
              "sync_change", "sync_mute", "sync_state", "sync_outbox"):
        op.drop_table(t)
