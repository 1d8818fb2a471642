"""admin and reports: office settings carry an administrator's proof; the reports'
running totals (report_rollup, kept by triggers installed at open: app/reports/rollup.py).

Revision ID: 0018
Revises: 0017
"""
import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("setting", schema=None) as batch_op:
        batch_op.add_column(sa.Column("proof_version", sa.Integer(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("proof_by", sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column("proof_sig", sa.String(length=128), nullable=True))
    op.create_table(
        "report_rollup",
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("permit_type_id", sa.String(length=36), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "day", "permit_type_id", name=op.f("pk_report_rollup")),
    )


def downgrade() -> None:
    op.drop_table("report_rollup")
    with op.batch_alter_table("setting", schema=None) as batch_op:
        batch_op.drop_column("proof_sig")
        batch_op.drop_column("proof_by")
        batch_op.drop_column("proof_version")
