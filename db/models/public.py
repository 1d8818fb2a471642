"""What the public gives back: survey responses, complaints and the history of their handling
(`complaint_update`, append-only; `Complaint.status`/`response` cache the latest)."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    ForeignKey,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, Mutable, StampTime, Synced, UtcTime, UuidStr, utcnow


class SurveyResponse(Base, Synced):
    """One SKM questionnaire. `answers` maps element keys (U1…U9) to 1–4."""
    __tablename__ = "survey_response"
    # Synced's created_at, stored on SQLite only where it differs from `at` (nearly never):
    # db/base.py DERIVED_STAMPS, migration 0031. Same DDL.
    created_at: Mapped[datetime] = mapped_column(StampTime, default=utcnow)
    application_id: Mapped[str | None] = mapped_column(ForeignKey("application.id"), index=True)
    answers: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    age: Mapped[int | None] = mapped_column(Integer)
    gender: Mapped[str | None] = mapped_column(String(1))
    education: Mapped[str | None] = mapped_column(String(32))
    occupation: Mapped[str | None] = mapped_column(String(64))
    suggestion: Mapped[str | None] = mapped_column(Text)
    declined: Mapped[bool] = mapped_column(Boolean, default=False)
    decline_reason: Mapped[str | None] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(UtcTime, default=utcnow, index=True)


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
    received_at: Mapped[datetime] = mapped_column(UtcTime, default=utcnow, index=True)


class ComplaintUpdate(Base, Synced):
    """Each status change of a complaint with its response; Complaint.status and
    Complaint.response cache the latest."""
    __tablename__ = "complaint_update"
    complaint_id: Mapped[str] = mapped_column(ForeignKey("complaint.id"), index=True)
    status: Mapped[str] = mapped_column(String(16))
    response: Mapped[str | None] = mapped_column(Text)
    officer_id: Mapped[str | None] = mapped_column(UuidStr)
    officer_name: Mapped[str | None] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(UtcTime, default=utcnow)
