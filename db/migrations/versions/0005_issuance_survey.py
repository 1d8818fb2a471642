"""issuance_survey: handover (one per application office-wide) and complaint_update.

Revision ID: 0005
Revises: 0004
"""
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _synced() -> list[sa.Column[Any]]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("created_ws", sa.String(length=64), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "handover",
        sa.Column("application_id", sa.String(length=36), nullable=False),
        sa.Column("permit_number", sa.String(length=100), nullable=True),
        sa.Column("sk_document_id", sa.String(length=36), nullable=True),
        sa.Column("receipt_document_id", sa.String(length=36), nullable=True),
        sa.Column("recipient_name", sa.String(length=200), nullable=False),
        sa.Column("recipient_id_type", sa.String(length=16), nullable=False),
        sa.Column("recipient_id_number", sa.String(length=64), nullable=False),
        sa.Column("by_proxy", sa.Boolean(), nullable=False),
        sa.Column("proxy_letter_number", sa.String(length=100), nullable=True),
        sa.Column("proxy_letter_date", sa.Date(), nullable=True),
        sa.Column("handed_at", sa.DateTime(), nullable=False),
        sa.Column("officer_id", sa.String(length=36), nullable=True),
        sa.Column("officer_name", sa.String(length=200), nullable=True),
        sa.Column("workstation", sa.String(length=64), nullable=True),
        *_synced(),
        sa.ForeignKeyConstraint(["application_id"], ["application.id"],
                                name=op.f("fk_handover_application_id_application")),
        sa.ForeignKeyConstraint(["sk_document_id"], ["issued_document.id"],
                                name=op.f("fk_handover_sk_document_id_issued_document")),
        sa.ForeignKeyConstraint(["receipt_document_id"], ["issued_document.id"],
                                name=op.f("fk_handover_receipt_document_id_issued_document")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handover")),
        sa.UniqueConstraint("application_id", name=op.f("uq_handover_application_id")),
        sa.UniqueConstraint("permit_number", name=op.f("uq_handover_permit_number")),
    )
    with op.batch_alter_table("handover", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_handover_handed_at"), ["handed_at"], unique=False)

    op.create_table(
        "complaint_update",
        sa.Column("complaint_id", sa.String(length=36), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("response", sa.Text(), nullable=True),
        sa.Column("officer_id", sa.String(length=36), nullable=True),
        sa.Column("officer_name", sa.String(length=200), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        *_synced(),
        sa.ForeignKeyConstraint(["complaint_id"], ["complaint.id"],
                                name=op.f("fk_complaint_update_complaint_id_complaint")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint_update")),
    )
    with op.batch_alter_table("complaint_update", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_complaint_update_complaint_id"), ["complaint_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("complaint_update", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_complaint_update_complaint_id"))
    op.drop_table("complaint_update")
    with op.batch_alter_table("handover", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_handover_handed_at"))
    op.drop_table("handover")
