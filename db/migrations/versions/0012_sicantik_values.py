"""sicantik_values: SiCantik values Loket does not know, kept as written; their map;
applications waiting for their permit type to be mapped.

Revision ID: 0012
Revises: 0011
"""
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def _common() -> list[sa.Column[Any]]:
    return [
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("updated_ws", sa.String(length=64), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("created_ws", sa.String(length=64), nullable=True),
    ]


def upgrade() -> None:
    with op.batch_alter_table("application", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sicantik_values", sa.JSON(none_as_null=True), nullable=True))

    op.create_table(
        "sicantik_value_map",
        sa.Column("field", sa.String(length=32), nullable=False),
        sa.Column("value_key", sa.String(length=200), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.Column("loket_value", sa.String(length=32), nullable=False),
        *_common(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sicantik_value_map")),
        sa.UniqueConstraint("field", "value_key", name="uq_sicantik_value_map_field_key"),
    )

    op.create_table(
        "sicantik_waiting",
        sa.Column("no_permohonan", sa.String(length=64), nullable=False),
        sa.Column("permit_id", sa.String(length=64), nullable=True),
        sa.Column("permit_name", sa.String(length=200), nullable=True),
        sa.Column("name_key", sa.String(length=200), nullable=True),
        sa.Column("rows", sa.JSON(), nullable=False),
        sa.Column("seen_at", sa.DateTime(), nullable=False),
        sa.Column("application_id", sa.String(length=36), nullable=True),
        *_common(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sicantik_waiting")),
        sa.UniqueConstraint("no_permohonan", name=op.f("uq_sicantik_waiting_no_permohonan")),
    )
    with op.batch_alter_table("sicantik_waiting", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sicantik_waiting_permit_id"), ["permit_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_sicantik_waiting_name_key"), ["name_key"], unique=False)
        batch_op.create_index(batch_op.f("ix_sicantik_waiting_application_id"), ["application_id"], unique=False)


def downgrade() -> None:
    op.drop_table("sicantik_waiting")
    op.drop_table("sicantik_value_map")
    with op.batch_alter_table("application", schema=None) as batch_op:
        batch_op.drop_column("sicantik_values")
