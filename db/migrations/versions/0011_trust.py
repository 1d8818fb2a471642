"""trust: the proof an administrator signed an officer's rights (app/proof.py).

Revision ID: 0011
Revises: 0010
"""
import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("officer", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sign_key", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("proof_version", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("proof_by", sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column("proof_sig", sa.String(length=128), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("officer", schema=None) as batch_op:
        batch_op.drop_column("proof_sig")
        batch_op.drop_column("proof_by")
        batch_op.drop_column("proof_version")
        batch_op.drop_column("sign_key")
