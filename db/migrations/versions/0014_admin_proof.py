"""admin proof: permit types, requirements and office closures carry the
administrator's signature (app/proof.py), like officers' rights; a removed
closure stays as an inactive row (sync has no deletes).

Revision ID: 0014
Revises: 0013
"""
import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

TABLES = ("permit_type", "requirement", "non_working_day")


def upgrade() -> None:
    with op.batch_alter_table("non_working_day", schema=None) as b:
        b.add_column(sa.Column("active", sa.Boolean(), nullable=False, server_default=sa.true()))
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as b:
            b.add_column(sa.Column("proof_version", sa.Integer(), nullable=False, server_default="0"))
            b.add_column(sa.Column("proof_by", sa.String(length=36), nullable=True))
            b.add_column(sa.Column("proof_sig", sa.String(length=128), nullable=True))


def downgrade() -> None:
    for table in reversed(TABLES):
        with op.batch_alter_table(table, schema=None) as b:
            b.drop_column("proof_sig")
            b.drop_column("proof_by")
            b.drop_column("proof_version")
    with op.batch_alter_table("non_working_day", schema=None) as b:
        b.drop_column("active")
