"""admin: versioned requirement lists, a note per requirement, typed technical fields.

Revision ID: 0009
Revises: 0008
"""
import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("permit_type", schema=None) as b:
        b.add_column(sa.Column("technical_specs", sa.JSON(), nullable=True))
        b.add_column(sa.Column("requirements_version", sa.Integer(), nullable=False, server_default="1"))
    with op.batch_alter_table("requirement", schema=None) as b:
        b.add_column(sa.Column("note", sa.Text(), nullable=True))
        b.add_column(sa.Column("since_version", sa.Integer(), nullable=False, server_default="1"))
        b.add_column(sa.Column("until_version", sa.Integer(), nullable=True))
    with op.batch_alter_table("application", schema=None) as b:
        b.add_column(sa.Column("requirements_version", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("application", schema=None) as b:
        b.drop_column("requirements_version")
    with op.batch_alter_table("requirement", schema=None) as b:
        b.drop_column("until_version")
        b.drop_column("since_version")
        b.drop_column("note")
    with op.batch_alter_table("permit_type", schema=None) as b:
        b.drop_column("requirements_version")
        b.drop_column("technical_specs")
