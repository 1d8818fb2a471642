"""Counters 4 and 5: handovers and the history of complaint handling.

Both are append-only. `handover` has one row per application office-wide
(unique application_id and permit_number): when two workstations hand over the
same SK while offline, the second row is refused when it reaches the central
database, as it is refused locally.
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, Synced, utcnow


class Handover(Base, Synced):
    __tablename__ = "handover"
    application_id: Mapped[str] = mapped_column(ForeignKey("application.id"), unique=True)
    permit_number: Mapped[str | None] = mapped_column(String(100), unique=True)
    sk_document_id: Mapped[str | None] = mapped_column(ForeignKey("issued_document.id"))
    receipt_document_id: Mapped[str | None] = mapped_column(ForeignKey("issued_document.id"))
    recipient_name: Mapped[str] = mapped_column(String(200))
    recipient_id_type: Mapped[str] = mapped_column(String(16))
    recipient_id_number: Mapped[str] = mapped_column(String(64))
    by_proxy: Mapped[bool] = mapped_column(Boolean, default=False)
    proxy_letter_number: Mapped[str | None] = mapped_column(String(100))
    proxy_letter_date: Mapped[date | None] = mapped_column(Date)
    handed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    officer_id: Mapped[str | None] = mapped_column(String(36))
    officer_name: Mapped[str | None] = mapped_column(String(200))
    workstation: Mapped[str | None] = mapped_column(String(64))


class ComplaintUpdate(Base, Synced):
    """Each status change of a complaint with its response; Complaint.status and
    Complaint.response cache the latest."""
    __tablename__ = "complaint_update"
    complaint_id: Mapped[str] = mapped_column(ForeignKey("complaint.id"), index=True)
    status: Mapped[str] = mapped_column(String(16))
    response: Mapped[str | None] = mapped_column(Text)
    officer_id: Mapped[str | None] = mapped_column(String(36))
    officer_name: Mapped[str | None] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
