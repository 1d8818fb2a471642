"""foundation schema

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""
import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('applicant',
    sa.Column('id_type', sa.String(length=16), nullable=False),
    sa.Column('nik', sa.String(length=32), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('birth_place', sa.String(length=120), nullable=True),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('gender', sa.String(length=1), nullable=True),
    sa.Column('occupation', sa.String(length=120), nullable=True),
    sa.Column('npwp', sa.String(length=32), nullable=True),
    sa.Column('address', sa.Text(), nullable=True),
    sa.Column('region_code', sa.String(length=13), nullable=True),
    sa.Column('postal_code', sa.String(length=5), nullable=True),
    sa.Column('phone', sa.String(length=32), nullable=True),
    sa.Column('mobile', sa.String(length=32), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('updated_ws', sa.String(length=64), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('created_ws', sa.String(length=64), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_applicant'))
    )
    with op.batch_alter_table('applicant', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_applicant_nik'), ['nik'], unique=False)

    op.create_table('audit_record',
    sa.Column('workstation', sa.String(length=64), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('officer_id', sa.String(length=36), nullable=True),
    sa.Column('officer_name', sa.String(length=200), nullable=True),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('action', sa.String(length=64), nullable=False),
    sa.Column('entity', sa.String(length=64), nullable=True),
    sa.Column('entity_id', sa.String(length=36), nullable=True),
    sa.Column('summary', sa.Text(), nullable=True),
    sa.Column('prev_hash', sa.String(length=64), nullable=True),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('created_ws', sa.String(length=64), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_record')),
    sa.UniqueConstraint('workstation', 'seq', name='uq_audit_record_ws_seq')
    )
    with op.batch_alter_table('audit_record', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_record_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_record_entity_id'), ['entity_id'], unique=False)

    op.create_table('company',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('nib', sa.String(length=13), nullable=True),
    sa.Column('npwp', sa.String(length=32), nullable=True),
    sa.Column('address', sa.Text(), nullable=True),
    sa.Column('region_code', sa.String(length=13), nullable=True),
    sa.Column('phone', sa.String(length=32), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('updated_ws', sa.String(length=64), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('created_ws', sa.String(length=64), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_company'))
    )
    with op.batch_alter_table('company', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_company_nib'), ['nib'], unique=False)

    op.create_table('non_working_day',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('updated_ws', sa.String(length=64), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('created_ws', sa.String(length=64), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_non_working_day')),
    sa.UniqueConstraint('day', name=op.f('uq_non_working_day_day'))
    )
    op.create_table('number_sequence',
    sa.Column('key', sa.String(length=120), nullable=False),
    sa.Column('value', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_number_sequence'))
    )
    op.create_table('officer',
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('nip', sa.String(length=32), nullable=True),
    sa.Column('counter', sa.String(length=64), nullable=True),
    sa.Column('unit', sa.String(length=120), nullable=True),
    sa.Column('roles', sa.String(length=200), nullable=False),
    sa.Column('password_hash', sa.String(length=255), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('failed_attempts', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.DateTime(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('updated_ws', sa.String(length=64), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('created_ws', sa.String(length=64), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_officer')),
    sa.UniqueConstraint('username', name=op.f('uq_officer_username'))
    )
    op.create_table('permit_type',
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('unit', sa.String(length=120), nullable=True),
    sa.Column('sector', sa.String(length=120), nullable=True),
    sa.Column('service_days', sa.Integer(), nullable=False),
    sa.Column('needs_review', sa.Boolean(), nullable=False),
    sa.Column('review_days', sa.Integer(), nullable=True),
    sa.Column('validity_months', sa.Integer(), nullable=True),
    sa.Column('legal_basis', sa.Text(), nullable=True),
    sa.Column('template', sa.String(length=120), nullable=True),
    sa.Column('technical_fields', sa.JSON(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('updated_ws', sa.String(length=64), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('created_ws', sa.String(length=64), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_permit_type')),
    sa.UniqueConstraint('code', name=op.f('uq_permit_type_code'))
    )
    op.create_table('setting',
    sa.Column('key', sa.String(length=120), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('scope', sa.String(length=8), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('workstation',
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('description', sa.String(length=200), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('updated_ws', sa.String(length=64), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('created_ws', sa.String(length=64), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_workstation')),
    sa.UniqueConstraint('name', name=op.f('uq_workstation_name'))
    )
    op.create_table('application',
    sa.Column('no_permohonan', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('old_permit_number', sa.String(length=100), nullable=True),
    sa.Column('permit_type_id', sa.String(length=36), nullable=False),
    sa.Column('applicant_type', sa.String(length=16), nullable=False),
    sa.Column('applicant_id', sa.String(length=36), nullable=False),
    sa.Column('company_id', sa.String(length=36), nullable=True),
    sa.Column('location', sa.Text(), nullable=True),
    sa.Column('location_region_code', sa.String(length=13), nullable=True),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('submitted_at', sa.DateTime(), nullable=True),
    sa.Column('received_at', sa.DateTime(), nullable=True),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('technical_data', sa.JSON(), nullable=True),
    sa.Column('state', sa.String(length=32), nullable=False),
    sa.Column('state_since', sa.DateTime(), nullable=False),
    sa.Column('holder_role', sa.String(length=16), nullable=True),
    sa.Column('holder_id', sa.String(length=36), nullable=True),
    sa.Column('outcome', sa.String(length=16), nullable=True),
    sa.Column('applicant_name', sa.String(length=200), nullable=False),
    sa.Column('applicant_nik', sa.String(length=32), nullable=True),
    sa.Column('name_key', sa.String(length=200), nullable=False),
    sa.Column('receipt_number', sa.String(length=64), nullable=True),
    sa.Column('permit_number', sa.String(length=100), nullable=True),
    sa.Column('sicantik_process', sa.String(length=200), nullable=True),
    sa.Column('sicantik_status', sa.String(length=32), nullable=True),
    sa.Column('sicantik_synced_at', sa.DateTime(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('updated_ws', sa.String(length=64), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('created_ws', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['applicant_id'], ['applicant.id'], name=op.f('fk_application_applicant_id_applicant')),
    sa.ForeignKeyConstraint(['company_id'], ['company.id'], name=op.f('fk_application_company_id_company')),
    sa.ForeignKeyConstraint(['permit_type_id'], ['permit_type.id'], name=op.f('fk_application_permit_type_id_permit_type')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_application')),
    sa.UniqueConstraint('no_permohonan', name=op.f('uq_application_no_permohonan')),
    sa.UniqueConstraint('permit_number', name=op.f('uq_application_permit_number')),
    sa.UniqueConstraint('receipt_number', name=op.f('uq_application_receipt_number'))
    )
    with op.batch_alter_table('application', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_application_applicant_id'), ['applicant_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_application_applicant_nik'), ['applicant_nik'], unique=False)
        batch_op.create_index(batch_op.f('ix_application_company_id'), ['company_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_application_due_date'), ['due_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_application_name_key'), ['name_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_application_permit_type_id'), ['permit_type_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_application_state'), ['state'], unique=False)
        batch_op.create_index('ix_application_state_due', ['state', 'due_date'], unique=False)

    op.create_table('requirement',
    sa.Column('permit_type_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=400), nullable=False),
    sa.Column('mandatory', sa.Boolean(), nullable=False),
    sa.Column('original_needed', sa.Boolean(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('updated_ws', sa.String(length=64), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('created_ws', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['permit_type_id'], ['permit_type.id'], name=op.f('fk_requirement_permit_type_id_permit_type')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_requirement'))
    )
    with op.batch_alter_table('requirement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_requirement_permit_type_id'), ['permit_type_id'], unique=False)

    op.create_table('complaint',
    sa.Column('ticket_number', sa.String(length=64), nullable=False),
    sa.Column('channel', sa.String(length=32), nullable=False),
    sa.Column('topic', sa.String(length=200), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('contact', sa.String(length=200), nullable=True),
    sa.Column('application_id', sa.String(length=36), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('response', sa.Text(), nullable=True),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('updated_ws', sa.String(length=64), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('created_ws', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], name=op.f('fk_complaint_application_id_application')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_complaint')),
    sa.UniqueConstraint('ticket_number', name=op.f('uq_complaint_ticket_number'))
    )
    with op.batch_alter_table('complaint', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_complaint_received_at'), ['received_at'], unique=False)

    op.create_table('issued_document',
    sa.Column('application_id', sa.String(length=36), nullable=True),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('number', sa.String(length=100), nullable=True),
    sa.Column('sha256', sa.String(length=64), nullable=True),
    sa.Column('pdf', sa.LargeBinary().with_variant(sa.LargeBinary(length=4294967295), 'mysql'), nullable=True),
    sa.Column('issued_at', sa.DateTime(), nullable=False),
    sa.Column('issued_by', sa.String(length=36), nullable=True),
    sa.Column('workstation', sa.String(length=64), nullable=True),
    sa.Column('data', sa.JSON(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('created_ws', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], name=op.f('fk_issued_document_application_id_application')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_issued_document'))
    )
    with op.batch_alter_table('issued_document', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_issued_document_application_id'), ['application_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_issued_document_number'), ['number'], unique=False)

    op.create_table('requirement_check',
    sa.Column('application_id', sa.String(length=36), nullable=False),
    sa.Column('requirement_id', sa.String(length=36), nullable=False),
    sa.Column('present', sa.Boolean(), nullable=False),
    sa.Column('original', sa.Boolean(), nullable=False),
    sa.Column('sheets', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('updated_ws', sa.String(length=64), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('created_ws', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], name=op.f('fk_requirement_check_application_id_application')),
    sa.ForeignKeyConstraint(['requirement_id'], ['requirement.id'], name=op.f('fk_requirement_check_requirement_id_requirement')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_requirement_check')),
    sa.UniqueConstraint('application_id', 'requirement_id', name='uq_requirement_check_app_req')
    )
    with op.batch_alter_table('requirement_check', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_requirement_check_application_id'), ['application_id'], unique=False)

    op.create_table('survey_response',
    sa.Column('application_id', sa.String(length=36), nullable=True),
    sa.Column('answers', sa.JSON(), nullable=True),
    sa.Column('age', sa.Integer(), nullable=True),
    sa.Column('gender', sa.String(length=1), nullable=True),
    sa.Column('education', sa.String(length=32), nullable=True),
    sa.Column('occupation', sa.String(length=64), nullable=True),
    sa.Column('suggestion', sa.Text(), nullable=True),
    sa.Column('declined', sa.Boolean(), nullable=False),
    sa.Column('decline_reason', sa.Text(), nullable=True),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('created_ws', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], name=op.f('fk_survey_response_application_id_application')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_survey_response'))
    )
    with op.batch_alter_table('survey_response', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_survey_response_application_id'), ['application_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_survey_response_at'), ['at'], unique=False)

    op.create_table('workflow_event',
    sa.Column('application_id', sa.String(length=36), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('from_state', sa.String(length=32), nullable=True),
    sa.Column('to_state', sa.String(length=32), nullable=False),
    sa.Column('actor_id', sa.String(length=36), nullable=True),
    sa.Column('actor_name', sa.String(length=200), nullable=True),
    sa.Column('workstation', sa.String(length=64), nullable=True),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('data', sa.JSON(), nullable=True),
    sa.Column('corrects_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('created_ws', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], name=op.f('fk_workflow_event_application_id_application')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_workflow_event'))
    )
    with op.batch_alter_table('workflow_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_workflow_event_application_id'), ['application_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_workflow_event_at'), ['at'], unique=False)

    op.create_table('document_print',
    sa.Column('document_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('copies', sa.Integer(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('officer_id', sa.String(length=36), nullable=True),
    sa.Column('workstation', sa.String(length=64), nullable=True),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('created_ws', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['document_id'], ['issued_document.id'], name=op.f('fk_document_print_document_id_issued_document')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_document_print'))
    )
    with op.batch_alter_table('document_print', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_document_print_document_id'), ['document_id'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('document_print', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_document_print_document_id'))

    op.drop_table('document_print')
    with op.batch_alter_table('workflow_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_workflow_event_at'))
        batch_op.drop_index(batch_op.f('ix_workflow_event_application_id'))

    op.drop_table('workflow_event')
    with op.batch_alter_table('survey_response', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_survey_response_at'))
        batch_op.drop_index(batch_op.f('ix_survey_response_application_id'))

    op.drop_table('survey_response')
    with op.batch_alter_table('requirement_check', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_requirement_check_application_id'))

    op.drop_table('requirement_check')
    with op.batch_alter_table('issued_document', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_issued_document_number'))
        batch_op.drop_index(batch_op.f('ix_issued_document_application_id'))

    op.drop_table('issued_document')
    with op.batch_alter_table('complaint', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_complaint_received_at'))

    op.drop_table('complaint')
    with op.batch_alter_table('requirement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_requirement_permit_type_id'))

    op.drop_table('requirement')
    with op.batch_alter_table('application', schema=None) as batch_op:
        batch_op.drop_index('ix_application_state_due')
        batch_op.drop_index(batch_op.f('ix_application_state'))
        batch_op.drop_index(batch_op.f('ix_application_permit_type_id'))
        batch_op.drop_index(batch_op.f('ix_application_name_key'))
        batch_op.drop_index(batch_op.f('ix_application_due_date'))
        batch_op.drop_index(batch_op.f('ix_application_company_id'))
        batch_op.drop_index(batch_op.f('ix_application_applicant_nik'))
        batch_op.drop_index(batch_op.f('ix_application_applicant_id'))

    op.drop_table('application')
    op.drop_table('workstation')
    op.drop_table('setting')
    op.drop_table('permit_type')
    op.drop_table('officer')
    op.drop_table('number_sequence')
    op.drop_table('non_working_day')
    with op.batch_alter_table('company', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_company_nib'))

    op.drop_table('company')
    with op.batch_alter_table('audit_record', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_record_entity_id'))
        batch_op.drop_index(batch_op.f('ix_audit_record_at'))

    op.drop_table('audit_record')
    with op.batch_alter_table('applicant', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_applicant_nik'))

    op.drop_table('applicant')

