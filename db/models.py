"""The domain model. One table per thing the office keeps; see BRIEF.md.

Conventions:
- Every table has a client-generated UUID key (`Synced`); rows edited in place
  also carry a version (`Mutable`). Events, issued documents, prints, survey
  responses and audit records are append-only.
- Dates and times are stored as naive UTC; the office time zone is a setting.
- `Application.state` is a cache of the last workflow event's `to_state`,
  written in the same transaction as the event (app/workflow.py).
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, Mutable, Synced, utcnow


class Workstation(Base, Mutable):
    __tablename__ = "workstation"
    name: Mapped[str] = mapped_column(String(64), unique=True)
    description: Mapped[str | None] = mapped_column(String(200))


class Officer(Base, Mutable):
    __tablename__ = "officer"
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    nip: Mapped[str | None] = mapped_column(String(32))
    counter: Mapped[str | None] = mapped_column(String(64))
    unit: Mapped[str | None] = mapped_column(String(120))
    # Comma-separated role codes (LOKET2, BACKOFFICE, KASI, KABID, KADIN, LOKET4, LOKET5, ADMIN).
    roles: Mapped[str] = mapped_column(String(200), default="")
    password_hash: Mapped[str | None] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)
    # Set when an administrator chose the password: the officer picks their own at next login.
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime)
    # The proof that an administrator granted these rights, or that the officer
    # chose this password (app/proof.py): their public key, and the signed stamp.
    sign_key: Mapped[str | None] = mapped_column(String(64))
    proof_version: Mapped[int] = mapped_column(Integer, default=0)
    proof_by: Mapped[str | None] = mapped_column(String(36))
    proof_sig: Mapped[str | None] = mapped_column(String(128))
    proof_chain: Mapped[str | None] = mapped_column(Text)

    @property
    def role_set(self) -> frozenset[str]:
        return frozenset(r for r in (self.roles or "").split(",") if r)


class PermitType(Base, Mutable):
    __tablename__ = "permit_type"
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str | None] = mapped_column(String(120))
    sector: Mapped[str | None] = mapped_column(String(120))
    service_days: Mapped[int] = mapped_column(Integer)
    needs_review: Mapped[bool] = mapped_column(Boolean, default=False)
    review_days: Mapped[int | None] = mapped_column(Integer)
    validity_months: Mapped[int | None] = mapped_column(Integer)
    legal_basis: Mapped[str | None] = mapped_column(Text)
    template: Mapped[str | None] = mapped_column(String(120))
    technical_fields: Mapped[list | None] = mapped_column(JSON)
    # Per field of technical_fields (by name), when not plain text: jenis, wajib, pilihan
    # (migration 0009, app/services/permit_types.py).
    technical_specs: Mapped[list | None] = mapped_column(JSON)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # The current version of the requirement list (see Requirement.since_version).
    requirements_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    # An administrator's proof (app/proof.py): honoured on other workstations only signed.
    proof_version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    proof_by: Mapped[str | None] = mapped_column(String(36))
    proof_sig: Mapped[str | None] = mapped_column(String(128))
    requirements: Mapped[list[Requirement]] = relationship(
        back_populates="permit_type", order_by="Requirement.position",
        cascade="all, delete-orphan")


class Requirement(Base, Mutable):
    __tablename__ = "requirement"
    permit_type_id: Mapped[str] = mapped_column(ForeignKey("permit_type.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(400))
    mandatory: Mapped[bool] = mapped_column(Boolean, default=True)
    original_needed: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # A note for the counter officer (what to look at); not part of the checked content.
    note: Mapped[str | None] = mapped_column(Text)
    # Versioned list: this row belongs to versions since_version .. until_version-1 of its
    # permit type's list (until_version None = still current). Rows are retired, never
    # edited in content or deleted, so a file keeps the list it was checked against.
    since_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    until_version: Mapped[int | None] = mapped_column(Integer)
    # An administrator's proof (app/proof.py): honoured on other workstations only signed.
    proof_version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    proof_by: Mapped[str | None] = mapped_column(String(36))
    proof_sig: Mapped[str | None] = mapped_column(String(128))
    permit_type: Mapped[PermitType] = relationship(back_populates="requirements")


class Applicant(Base, Mutable):
    """The SiCantik `pemohon`."""
    __tablename__ = "applicant"
    id_type: Mapped[str] = mapped_column(String(16), default="KTP")
    nik: Mapped[str | None] = mapped_column(String(32), index=True)
    name: Mapped[str] = mapped_column(String(200))
    birth_place: Mapped[str | None] = mapped_column(String(120))
    birth_date: Mapped[date | None] = mapped_column(Date)
    gender: Mapped[str | None] = mapped_column(String(1))  # L / P
    occupation: Mapped[str | None] = mapped_column(String(120))
    npwp: Mapped[str | None] = mapped_column(String(32))
    address: Mapped[str | None] = mapped_column(Text)
    region_code: Mapped[str | None] = mapped_column(String(13))
    postal_code: Mapped[str | None] = mapped_column(String(5))
    phone: Mapped[str | None] = mapped_column(String(32))
    mobile: Mapped[str | None] = mapped_column(String(32))
    email: Mapped[str | None] = mapped_column(String(200))


class Company(Base, Mutable):
    """The SiCantik `perusahaan`."""
    __tablename__ = "company"
    name: Mapped[str] = mapped_column(String(200))
    nib: Mapped[str | None] = mapped_column(String(13), index=True)
    npwp: Mapped[str | None] = mapped_column(String(32))
    address: Mapped[str | None] = mapped_column(Text)
    region_code: Mapped[str | None] = mapped_column(String(13))
    phone: Mapped[str | None] = mapped_column(String(32))
    email: Mapped[str | None] = mapped_column(String(200))


class Application(Base, Mutable):
    """The SiCantik `permohonan_izin`, plus Loket's cached workflow position."""
    __tablename__ = "application"
    no_permohonan: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(16))  # BARU / PERPANJANGAN / PERUBAHAN
    old_permit_number: Mapped[str | None] = mapped_column(String(100))
    permit_type_id: Mapped[str] = mapped_column(ForeignKey("permit_type.id"), index=True)
    applicant_type: Mapped[str] = mapped_column(String(16))  # PERORANGAN / PERUSAHAAN
    applicant_id: Mapped[str] = mapped_column(ForeignKey("applicant.id"), index=True)
    company_id: Mapped[str | None] = mapped_column(ForeignKey("company.id"), index=True)
    location: Mapped[str | None] = mapped_column(Text)
    location_region_code: Mapped[str | None] = mapped_column(String(13))
    source: Mapped[str] = mapped_column(String(16))  # ONLINE / WALKIN
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime)
    received_at: Mapped[datetime | None] = mapped_column(DateTime)
    due_date: Mapped[date | None] = mapped_column(Date, index=True)
    technical_data: Mapped[dict | None] = mapped_column(JSON)
    # The version of the permit type's requirement list this file was checked against
    # (pinned at its first check at counter 2; None = the current list).
    requirements_version: Mapped[int | None] = mapped_column(Integer)
    # Workflow cache (see app/workflow.py), updated with each event.
    state: Mapped[str] = mapped_column(String(32), index=True)
    state_since: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    holder_role: Mapped[str | None] = mapped_column(String(16))
    holder_id: Mapped[str | None] = mapped_column(String(36))
    outcome: Mapped[str | None] = mapped_column(String(16))  # IZIN / PENOLAKAN
    # Denormalised for the search box: one indexed lookup, no join.
    applicant_name: Mapped[str] = mapped_column(String(200))
    applicant_nik: Mapped[str | None] = mapped_column(String(32), index=True)
    name_key: Mapped[str] = mapped_column(String(200), index=True)
    receipt_number: Mapped[str | None] = mapped_column(String(64), unique=True)
    permit_number: Mapped[str | None] = mapped_column(String(100), unique=True)
    # SiCantik's own view of the file, when imported from there.
    sicantik_process: Mapped[str | None] = mapped_column(String(200))
    sicantik_status: Mapped[str | None] = mapped_column(String(32))
    sicantik_synced_at: Mapped[datetime | None] = mapped_column(DateTime)
    # What SiCantik wrote in an enum-like field that Loket could not interpret (no map
    # yet): {"jenis_permohonan": "Daftar Ulang", "jenis_kelamin": "X", …}. Shown as
    # written; an administrator maps it (app/sicantik/admin.py). NULL = nothing unknown.
    sicantik_values: Mapped[dict | None] = mapped_column(JSON(none_as_null=True))

    permit_type: Mapped[PermitType] = relationship()
    applicant: Mapped[Applicant] = relationship()
    company: Mapped[Company | None] = relationship()

    __table_args__ = (Index("ix_application_state_due", "state", "due_date"),
                      # Browsing the search table newest first, all files or one status
                      # (migration 0008): index order, so a page never sorts the backlog.
                      Index("ix_application_submitted", "submitted_at", "id"),
                      Index("ix_application_state_submitted", "state", "submitted_at", "id"))


class RequirementCheck(Base, Mutable):
    __tablename__ = "requirement_check"
    application_id: Mapped[str] = mapped_column(ForeignKey("application.id"), index=True)
    requirement_id: Mapped[str] = mapped_column(ForeignKey("requirement.id"))
    present: Mapped[bool] = mapped_column(Boolean, default=False)
    original: Mapped[bool] = mapped_column(Boolean, default=False)
    sheets: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(Text)
    requirement: Mapped[Requirement] = relationship()
    __table_args__ = (UniqueConstraint("application_id", "requirement_id",
                                       name="uq_requirement_check_app_req"),)


def _next_event_seq(context) -> int:
    """Default of workflow_event.seq: after every event of the application held here."""
    from sqlalchemy import text
    app_id = context.get_current_parameters().get("application_id")
    top = context.connection.execute(text("SELECT max(seq) FROM workflow_event WHERE application_id = :a"),
                                     {"a": app_id}).scalar()
    return (top or 0) + 1


class WorkflowEvent(Base, Synced):
    """Append-only. The state of an application follows from its events."""
    __tablename__ = "workflow_event"
    # The reports and the heads' dashboard read one kind of event over a window of
    # time (receipts of the last 12 weeks, signatures of the last 90 days).
    __table_args__ = (Index("ix_workflow_event_action_at", "action", "at"),)
    application_id: Mapped[str] = mapped_column(ForeignKey("application.id"), index=True)
    action: Mapped[str] = mapped_column(String(40))
    from_state: Mapped[str | None] = mapped_column(String(32))
    to_state: Mapped[str] = mapped_column(String(32))
    actor_id: Mapped[str | None] = mapped_column(String(36))
    actor_name: Mapped[str | None] = mapped_column(String(200))
    workstation: Mapped[str | None] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    # Position in its application's history (1, 2, …): one more than the highest
    # this workstation knew when the event was written. The state follows this
    # order, never the workstations' clocks (app/sync/derive.py).
    seq: Mapped[int | None] = mapped_column(Integer, default=_next_event_seq)
    data: Mapped[dict | None] = mapped_column(JSON)
    corrects_id: Mapped[str | None] = mapped_column(String(36))
    # Lets the unit of work insert a new application before its first event.
    application: Mapped[Application] = relationship()


class IssuedDocument(Base, Synced):
    """Append-only: a receipt, return slip, SK, rejection letter, handover receipt…"""
    __tablename__ = "issued_document"
    application_id: Mapped[str | None] = mapped_column(ForeignKey("application.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    number: Mapped[str | None] = mapped_column(String(100), index=True)
    sha256: Mapped[str | None] = mapped_column(String(64))
    pdf: Mapped[bytes | None] = mapped_column(LargeBinary().with_variant(
        LargeBinary(2**32 - 1), "mysql"))
    issued_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    issued_by: Mapped[str | None] = mapped_column(String(36))
    workstation: Mapped[str | None] = mapped_column(String(64))
    data: Mapped[dict | None] = mapped_column(JSON)


class DocumentPrint(Base, Synced):
    """Append-only: each print, reprint or legalised copy of an issued document."""
    __tablename__ = "document_print"
    document_id: Mapped[str] = mapped_column(ForeignKey("issued_document.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # PRINT / REPRINT / LEGALISIR
    copies: Mapped[int] = mapped_column(Integer, default=1)
    reason: Mapped[str | None] = mapped_column(Text)
    officer_id: Mapped[str | None] = mapped_column(String(36))
    workstation: Mapped[str | None] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class SurveyResponse(Base, Synced):
    """One SKM questionnaire. `answers` maps element keys (U1…U9) to 1–4."""
    __tablename__ = "survey_response"
    application_id: Mapped[str | None] = mapped_column(ForeignKey("application.id"), index=True)
    answers: Mapped[dict | None] = mapped_column(JSON)
    age: Mapped[int | None] = mapped_column(Integer)
    gender: Mapped[str | None] = mapped_column(String(1))
    education: Mapped[str | None] = mapped_column(String(32))
    occupation: Mapped[str | None] = mapped_column(String(64))
    suggestion: Mapped[str | None] = mapped_column(Text)
    declined: Mapped[bool] = mapped_column(Boolean, default=False)
    decline_reason: Mapped[str | None] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)


class Complaint(Base, Mutable):
    __tablename__ = "complaint"
    ticket_number: Mapped[str] = mapped_column(String(64), unique=True)
    channel: Mapped[str] = mapped_column(String(32))
    topic: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)
    contact: Mapped[str | None] = mapped_column(String(200))
    application_id: Mapped[str | None] = mapped_column(ForeignKey("application.id"))
    status: Mapped[str] = mapped_column(String(16), default="DITERIMA")
    response: Mapped[str | None] = mapped_column(Text)
    received_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)


class AuditRecord(Base, Synced):
    """Append-only, hash-chained per workstation (app/audit.py)."""
    __tablename__ = "audit_record"
    workstation: Mapped[str] = mapped_column(String(64))
    seq: Mapped[int] = mapped_column(Integer)
    officer_id: Mapped[str | None] = mapped_column(String(36))
    officer_name: Mapped[str | None] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str | None] = mapped_column(String(64))
    entity_id: Mapped[str | None] = mapped_column(String(36), index=True)
    summary: Mapped[str | None] = mapped_column(Text)
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    __table_args__ = (UniqueConstraint("workstation", "seq", name="uq_audit_record_ws_seq"),)


class Setting(Base):
    """Typed settings (app/config.py). scope LOCAL stays on this workstation,
    OFFICE travels with sync."""
    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    scope: Mapped[str] = mapped_column(String(8), default="LOCAL")
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)


class NonWorkingDay(Base, Mutable):
    """The office's own closures, on top of national holidays."""
    __tablename__ = "non_working_day"
    day: Mapped[date] = mapped_column(Date, unique=True)
    name: Mapped[str] = mapped_column(String(200))
    # Removing a closure keeps the row, inactive (rows are never deleted: sync has no deletes).
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
    # An administrator's proof (app/proof.py): honoured on other workstations only signed.
    proof_version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    proof_by: Mapped[str | None] = mapped_column(String(36))
    proof_sig: Mapped[str | None] = mapped_column(String(128))


class NumberSequence(Base):
    """Counters for receipt, permit and ticket numbers. The key names its scope,
    e.g. ``receipt/LOKET2-A/2026``; incremented inside the transaction that uses it."""
    __tablename__ = "number_sequence"
    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)


import db.backoffice_models  # noqa: E402,F401  (worklist indexes)
import db.counter45_models  # noqa: E402,F401  (handover, complaint history)
import db.qrkeys_models  # noqa: E402,F401  (public keys of the QR signatures)
import db.security_models  # noqa: E402,F401  (audit chain heads)
import db.sicantik_models  # noqa: E402,F401  (SiCantik import: permit map, steps, pull log)
import db.sync_models  # noqa: E402,F401  (central sync: outbox, change log, conflicts)
