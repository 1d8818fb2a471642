"""sicantik: permit type mapping, SiCantik process steps, pull log.

Revision ID: 0007
Revises: 0006
"""
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def _mutable() -> list[sa.Column[Any]]:
    return [
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("updated_ws", sa.String(length=64), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
    ]


def _synced() -> list[sa.Column[Any]]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("created_ws", sa.String(length=64), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "sicantik_permit_map",
        sa.Column("sicantik_id", sa.String(length=64), nullable=True),
        sa.Column("sicantik_name", sa.String(length=200), nullable=True),
        sa.Column("name_key", sa.String(length=200), nullable=True),
        sa.Column("permit_type_id", sa.String(length=36), nullable=False),
        *_mutable(), *_synced(),
        sa.ForeignKeyConstraint(["permit_type_id"], ["permit_type.id"],
                                name=op.f("fk_sicantik_permit_map_permit_type_id_permit_type")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sicantik_permit_map")),
        sa.UniqueConstraint("sicantik_id", name=op.f("uq_sicantik_permit_map_sicantik_id")),
    )
    with op.batch_alter_table("sicantik_permit_map", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sicantik_permit_map_name_key"), ["name_key"], unique=False)
        batch_op.create_index(batch_op.f("ix_sicantik_permit_map_permit_type_id"), ["permit_type_id"],
                              unique=False)

    op.create_table(
        "sicantik_step",
        sa.Column("application_id", sa.String(length=36), nullable=False),
        sa.Column("step_key", sa.String(length=100), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=True),
        sa.Column("started_at", sa.DateTime(), nullable=True),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.Column("processed_by", sa.String(length=200), nullable=True),
        *_mutable(), *_synced(),
        sa.ForeignKeyConstraint(["application_id"], ["application.id"],
                                name=op.f("fk_sicantik_step_application_id_application")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sicantik_step")),
        sa.UniqueConstraint("application_id", "step_key", name="uq_sicantik_step_app_key"),
    )
    with op.batch_alter_table("sicantik_step", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sicantik_step_application_id"), ["application_id"], unique=False)

    op.create_table(
        "sicantik_pull",
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("date_from", sa.Date(), nullable=True),
        sa.Column("date_to", sa.Date(), nullable=True),
        sa.Column("number", sa.String(length=64), nullable=True),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.Column("ok", sa.Boolean(), nullable=False),
        sa.Column("pages", sa.Integer(), nullable=False),
        sa.Column("new", sa.Integer(), nullable=False),
        sa.Column("updated", sa.Integer(), nullable=False),
        sa.Column("unchanged", sa.Integer(), nullable=False),
        sa.Column("failed", sa.Integer(), nullable=False),
        sa.Column("message", sa.Text(), nullable=True),
        sa.Column("failures", sa.JSON(), nullable=True),
        *_synced(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sicantik_pull")),
    )
    with op.batch_alter_table("sicantik_pull", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sicantik_pull_finished_at"), ["finished_at"], unique=False)


def downgrade() -> None:
    op.drop_table("sicantik_pull")
    op.drop_table("sicantik_step")
    op.drop_table("sicantik_permit_map")
