"""Issued documents (receipts, SKs, letters…), their prints, and handovers.

All append-only. `handover` has one row per application office-wide
(unique application_id and permit_number): when two workstations hand over the
same SK while offline, the second row is refused when it reaches the central
database, as it is refused locally.
"""
from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, CodedText, StampText, StampTime, StampUuid, Synced, UtcTime, UuidStr, utcnow


class IssuedDocument(Base, Synced):
    """Append-only: a receipt, return slip, SK, rejection letter, handover receipt…"""
    __tablename__ = "issued_document"
    application_id: Mapped[str | None] = mapped_column(ForeignKey("application.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    number: Mapped[str | None] = mapped_column(String(100), index=True)
    sha256: Mapped[str | None] = mapped_column(String(64))
    pdf: Mapped[bytes | None] = mapped_column(LargeBinary().with_variant(
        LargeBinary(2**32 - 1), "mysql"))
    issued_at: Mapped[datetime] = mapped_column(UtcTime, default=utcnow)
    issued_by: Mapped[str | None] = mapped_column(UuidStr)
    workstation: Mapped[str | None] = mapped_column(String(64))
    data: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class DocumentPrint(Base, Synced):
    """Append-only: each print, reprint or legalised copy of an issued document."""
    __tablename__ = "document_print"
    document_id: Mapped[str] = mapped_column(ForeignKey("issued_document.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # PRINT / REPRINT / LEGALISIR
    copies: Mapped[int] = mapped_column(Integer, default=1)
    reason: Mapped[str | None] = mapped_column(Text)
    officer_id: Mapped[str | None] = mapped_column(UuidStr)
    workstation: Mapped[str | None] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(UtcTime, default=utcnow)


class Handover(Base, Synced):
    __tablename__ = "handover"
    application_id: Mapped[str] = mapped_column(ForeignKey("application.id"), unique=True)
    # Synced's stamps, stored on SQLite only where they differ from handed_at, officer_id
    # and workstation: db/base.py DERIVED_STAMPS, migration 0026. Same DDL.
    created_at: Mapped[datetime] = mapped_column(StampTime, default=utcnow)
    created_by: Mapped[str | None] = mapped_column(StampUuid)
    created_ws: Mapped[str | None] = mapped_column(StampText(64))
    permit_number: Mapped[str | None] = mapped_column(String(100), unique=True)
    sk_document_id: Mapped[str | None] = mapped_column(ForeignKey("issued_document.id"))
    receipt_document_id: Mapped[str | None] = mapped_column(ForeignKey("issued_document.id"))
    recipient_name: Mapped[str] = mapped_column(String(200))
    recipient_id_type: Mapped[str] = mapped_column(String(16))
    recipient_id_number: Mapped[str] = mapped_column(String(64))
    by_proxy: Mapped[bool] = mapped_column(Boolean, default=False)
    proxy_letter_number: Mapped[str | None] = mapped_column(String(100))
    proxy_letter_date: Mapped[date | None] = mapped_column(Date)
    # no index of its own (migration 0031): a hand-over is looked up by its file only; the
    # hand-overs of a period are counted from their events (ix_workflow_event_action_at)
    handed_at: Mapped[datetime] = mapped_column(UtcTime, default=utcnow)
    officer_id: Mapped[str | None] = mapped_column(UuidStr)
    # coded on SQLite through the file's dictionary (db/base.py CodedText, migration 0032)
    officer_name: Mapped[str | None] = mapped_column(CodedText(200))
    workstation: Mapped[str | None] = mapped_column(CodedText(64))
