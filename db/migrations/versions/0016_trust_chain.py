"""trust chain: the signed steps behind an officer's current rights (app/proof.py).

Revision ID: 0016
Revises: 0015
"""
import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("officer", schema=None) as batch_op:
        batch_op.add_column(sa.Column("proof_chain", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("officer", schema=None) as batch_op:
        batch_op.drop_column("proof_chain")
