"""An application (a file), its applicant and company, its checklist and its workflow events.

`Application.state` is a cache of the last workflow event's `to_state`, written in the
same transaction as the event (app/workflow.py)."""
from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db import codes
from db.base import Base, CodedText, CompactMutable, Mutable, StampText, StampTime, StampUuid, Synced, UtcTime, UuidStr, utcnow
from db.models.permits import PermitType, Requirement


class Applicant(Base, CompactMutable):
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


class Company(Base, CompactMutable):
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
    submitted_at: Mapped[datetime | None] = mapped_column(UtcTime)
    received_at: Mapped[datetime | None] = mapped_column(UtcTime)
    # no index of its own (migration 0027): every query on it names the holder role or the
    # state first, and (holder_role, due_date, …) or (state, due_date) serves it
    due_date: Mapped[date | None] = mapped_column(Date)
    # its keys (the permit type's technical fields) coded on SQLite (db/codes.py TECHNICAL_KEYS)
    technical_data: Mapped[dict[str, Any] | None] = mapped_column(codes.TECHNICAL_DATA)
    # The version of the permit type's requirement list this file was checked against
    # (pinned at its first check at counter 2; None = the current list).
    requirements_version: Mapped[int | None] = mapped_column(Integer)
    # Workflow cache (see app/workflow.py), updated with each event.
    # no index of its own: (state, due_date) and (state, submitted_at, id) start with it
    state: Mapped[str] = mapped_column(String(32))
    state_since: Mapped[datetime] = mapped_column(UtcTime, default=utcnow)
    holder_role: Mapped[str | None] = mapped_column(String(16))
    holder_id: Mapped[str | None] = mapped_column(UuidStr)
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
    sicantik_synced_at: Mapped[datetime | None] = mapped_column(UtcTime)
    # What SiCantik wrote in an enum-like field that Loket could not interpret (no map
    # yet): {"jenis_permohonan": "Daftar Ulang", "jenis_kelamin": "X", …}. Shown as
    # written; an administrator maps it (app/sicantik/admin.py). NULL = nothing unknown.
    sicantik_values: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))

    permit_type: Mapped[PermitType] = relationship()
    applicant: Mapped[Applicant] = relationship()
    company: Mapped[Company | None] = relationship()

    __table_args__ = (Index("ix_application_state_due", "state", "due_date"),
                      # Browsing the search table newest first, all files or one status
                      # (migration 0008): index order, so a page never sorts the backlog.
                      Index("ix_application_submitted", "submitted_at", "id"),
                      Index("ix_application_state_submitted", "state", "submitted_at", "id"))


class RequirementCheck(Base, CompactMutable):
    __tablename__ = "requirement_check"
    # looked up through uq_requirement_check_app_req, whose first column it is
    application_id: Mapped[str] = mapped_column(ForeignKey("application.id"))
    requirement_id: Mapped[str] = mapped_column(ForeignKey("requirement.id"))
    present: Mapped[bool] = mapped_column(Boolean, default=False)
    original: Mapped[bool] = mapped_column(Boolean, default=False)
    sheets: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(Text)
    # Synced's, coded on SQLite through the file's dictionary (db/base.py CodedText, migration
    # 0032): the six rows of a file's checklist are written at one counter. Same DDL.
    created_ws: Mapped[str | None] = mapped_column(CodedText(64))
    requirement: Mapped[Requirement] = relationship()
    __table_args__ = (UniqueConstraint("application_id", "requirement_id",
                                       name="uq_requirement_check_app_req"),)


def _next_event_seq(context: Any) -> int:
    """Default of workflow_event.seq: after every event of the application held here."""
    from sqlalchemy import bindparam, text
    app_id = context.get_current_parameters().get("application_id")
    # typed: the key is stored as 16 bytes on SQLite (db/base.py)
    q = text("SELECT max(seq) FROM workflow_event WHERE application_id = :a").bindparams(
        bindparam("a", type_=UuidStr()))
    top = context.connection.execute(q, {"a": app_id}).scalar()
    return (top or 0) + 1


class WorkflowEvent(Base, Synced):
    """Append-only. The state of an application follows from its events."""
    __tablename__ = "workflow_event"
    # The reports and the heads' dashboard read one kind of event over a window of
    # time (receipts of the last 12 weeks, signatures of the last 90 days).
    __table_args__ = (Index("ix_workflow_event_action_at", "action", "at"),)
    application_id: Mapped[str] = mapped_column(ForeignKey("application.id"), index=True)
    # Synced's stamps, stored on SQLite only where they differ from at, actor_id and
    # workstation (nearly never): db/base.py DERIVED_STAMPS, migration 0025. Same DDL.
    created_at: Mapped[datetime] = mapped_column(StampTime, default=utcnow)
    created_by: Mapped[str | None] = mapped_column(StampUuid)
    created_ws: Mapped[str | None] = mapped_column(StampText(64))
    # coded on SQLite (db/codes.py): a byte or two instead of the text, in the row and the index
    action: Mapped[str] = mapped_column(codes.ACTION)
    from_state: Mapped[str | None] = mapped_column(codes.STATE)
    to_state: Mapped[str] = mapped_column(codes.STATE)
    actor_id: Mapped[str | None] = mapped_column(UuidStr)
    # coded on SQLite through the file's dictionary (db/base.py CodedText, migration 0032)
    actor_name: Mapped[str | None] = mapped_column(CodedText(200))
    workstation: Mapped[str | None] = mapped_column(CodedText(64))
    # no index of its own (migration 0022): every query on a window of time names the
    # actions it wants, and (action, at) serves it (app/reports/builders.py `events`)
    at: Mapped[datetime] = mapped_column(UtcTime, default=utcnow)
    # Position in its application's history (1, 2, …): one more than the highest
    # this workstation knew when the event was written. The state follows this
    # order, never the workstations' clocks (app/sync/derive.py).
    seq: Mapped[int | None] = mapped_column(Integer, default=_next_event_seq)
    # its common keys coded on SQLite (db/codes.py EVENT_DATA_KEYS)
    data: Mapped[dict[str, Any] | None] = mapped_column(codes.EVENT_DATA)
    corrects_id: Mapped[str | None] = mapped_column(UuidStr)
    # Lets the unit of work insert a new application before its first event.
    application: Mapped[Application] = relationship()


# Indexes the back-office worklists need (no new tables).
#
# A worklist is "files held by my role, soonest due first", paged: the
# (holder_role, due_date, state_since, id) index is the list's whole order, so a
# page (Ctrl+End too) is read in index order without sorting the backlog, not even
# the files due on the same day (migration 0024); (holder_role, state) makes the
# counts per state an index-only scan, however many closed files the database keeps.
# The holder's id comes last in both: the officer's own list ("mine": held by nobody or by
# me) is index-only too (migration 0030). Both hold only the files a role holds: every
# worklist statement names a role, and a closed file (most of a workstation's) is in neither.
_HELD = Application.holder_role.is_not(None)
Index("ix_application_holder_due", Application.holder_role, Application.due_date, Application.state_since,
      Application.id, Application.holder_id, sqlite_where=_HELD, postgresql_where=_HELD)
Index("ix_application_holder_state", Application.holder_role, Application.state, Application.holder_id,
      sqlite_where=_HELD, postgresql_where=_HELD)
