"""security: officer login state, audit chain heads.

Revision ID: 0002
Revises: 0001
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("officer", schema=None) as batch_op:
        batch_op.add_column(sa.Column("must_change_password", sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
        batch_op.add_column(sa.Column("last_login_at", sa.DateTime(), nullable=True))
    op.create_table(
        "audit_head",
        sa.Column("workstation", sa.String(length=64), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("workstation", name=op.f("pk_audit_head")),
    )
    # Chains written before this revision get their head now, so a later
    # deletion of their newest records is noticed too.
    op.execute(
        "INSERT INTO audit_head (workstation, seq, hash, updated_at) "
        "SELECT r.workstation, r.seq, r.hash, CURRENT_TIMESTAMP FROM audit_record r "
        "WHERE r.seq = (SELECT MAX(r2.seq) FROM audit_record r2 WHERE r2.workstation = r.workstation)")


def downgrade() -> None:
    op.drop_table("audit_head")
    with op.batch_alter_table("officer", schema=None) as batch_op:
        batch_op.drop_column("last_login_at")
        batch_op.drop_column("must_change_password")
