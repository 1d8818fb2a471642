"""The audit trail."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, Synced, UtcTime, UuidStr, utcnow


class AuditRecord(Base, Synced):
    """Append-only, hash-chained per workstation (app/audit.py)."""
    __tablename__ = "audit_record"
    workstation: Mapped[str] = mapped_column(String(64))
    seq: Mapped[int] = mapped_column(Integer)
    officer_id: Mapped[str | None] = mapped_column(UuidStr)
    officer_name: Mapped[str | None] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(UtcTime, default=utcnow, index=True)
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str | None] = mapped_column(String(64))
    entity_id: Mapped[str | None] = mapped_column(UuidStr, index=True)
    summary: Mapped[str | None] = mapped_column(Text)
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    __table_args__ = (UniqueConstraint("workstation", "seq", name="uq_audit_record_ws_seq"),)


class AuditHead(Base):
    """The last link of each workstation's audit chain, written in the same
    transaction as the record. Without it, deleting the newest records would
    leave a shorter chain that still verifies; with it, `loket audit verify`
    notices the missing tail."""
    __tablename__ = "audit_head"
    workstation: Mapped[str] = mapped_column(String(64), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str | None] = mapped_column(String(64))
    updated_at: Mapped[datetime] = mapped_column(UtcTime, default=utcnow)
