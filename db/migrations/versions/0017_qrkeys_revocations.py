"""qrkeys: revocations of QR signing keys as append-only rows (a synced
revocation cannot be lifted by editing signing_key).

Revision ID: 0017
Revises: 0016
"""
import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "signing_key_revocation",
        sa.Column("key_id", sa.String(length=36), nullable=False),
        sa.Column("revoked_from", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(length=500), nullable=True),
        sa.Column("officer_id", sa.String(length=36), nullable=True),
        sa.Column("officer_name", sa.String(length=200), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("created_ws", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(["key_id"], ["signing_key.id"],
                                name=op.f("fk_signing_key_revocation_key_id_signing_key")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signing_key_revocation")),
    )
    with op.batch_alter_table("signing_key_revocation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_signing_key_revocation_key_id"), ["key_id"], unique=False)
    # revocations made before this table existed become rows of it
    op.execute("INSERT INTO signing_key_revocation (key_id, revoked_from, reason, officer_id, id, created_at, "
               "created_ws) SELECT id, revoked_from, revoked_reason, revoked_by, id, updated_at, updated_ws "
               "FROM signing_key WHERE revoked_from IS NOT NULL")


def downgrade() -> None:
    with op.batch_alter_table("signing_key_revocation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_signing_key_revocation_key_id"))
    op.drop_table("signing_key_revocation")
