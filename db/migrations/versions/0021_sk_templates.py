"""sk templates and signed SiCantik maps: the office's own SK templates, one row per
saved revision (app/services/sk_templates.py), signed by the administrator like the
other office data (app/proof.py); the SiCantik permit-type and value maps carry the
same proof, and `active` so that a map refused on arrival stays inert (sync has no
deletes).

Revision ID: 0021
Revises: 0020
"""
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None

MAPS = ("sicantik_permit_map", "sicantik_value_map")


def _proof() -> list[sa.Column[Any]]:
    return [sa.Column("proof_version", sa.Integer(), nullable=False, server_default="0"),
            sa.Column("proof_by", sa.String(length=36), nullable=True),
            sa.Column("proof_sig", sa.String(length=128), nullable=True)]


def upgrade() -> None:
    op.create_table(
        "sk_template",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("body", sa.JSON(), nullable=False),
        sa.Column("based_on", sa.String(length=64), nullable=True),
        sa.Column("valid_from", sa.DateTime(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False, server_default=sa.true()),
        *_proof(),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("created_ws", sa.String(length=64), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.Column("updated_ws", sa.String(length=64), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sk_template")),
        sa.UniqueConstraint("name", "revision", name="uq_sk_template_name_revision"),
    )
    for table in MAPS:
        with op.batch_alter_table(table, schema=None) as b:
            b.add_column(sa.Column("active", sa.Boolean(), nullable=False, server_default=sa.true()))
            for c in _proof():
                b.add_column(c)


def downgrade() -> None:
    for table in reversed(MAPS):
        with op.batch_alter_table(table, schema=None) as b:
            for name in ("proof_sig", "proof_by", "proof_version", "active"):
                b.drop_column(name)
    op.drop_table("sk_template")
