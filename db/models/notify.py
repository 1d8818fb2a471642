"""Messages to applicants (app/notify/): the durable queue and each file's consent.

`notify_message` is the queue and the log at once: one row per message, written in
the same transaction as the event that causes it, its id derived from its
idempotency key (app/identity.py), so the same message is one row on every
workstation and in the central database. Only the sending workstation
(`notify.send_workstation`) edits a row after it was queued (status, attempts), so
the per-field merge of the sync never sees two writers of one field.

`notify_preference` is the applicant's consent and preferred channel for one file,
recorded at intake (one row per application, id derived from the application's).
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, Mutable, UtcTime, UuidStr


class NotifyPreference(Base, Mutable):
    __tablename__ = "notify_preference"
    application_id: Mapped[str] = mapped_column(ForeignKey("application.id"), unique=True)
    channel: Mapped[str] = mapped_column(String(16))        # NONE | WHATSAPP | SMS | EMAIL
    address: Mapped[str | None] = mapped_column(String(200))  # 62… number or e-mail address


class NotifyMessage(Base, Mutable):
    __tablename__ = "notify_message"
    key: Mapped[str] = mapped_column(String(200), unique=True)      # the idempotency key
    kind: Mapped[str] = mapped_column(String(32))                   # RECEIVED, RETURNED, READY, …
    channel: Mapped[str] = mapped_column(String(16))                # WHATSAPP | SMS | EMAIL
    recipient: Mapped[str] = mapped_column(String(200))
    subject: Mapped[str | None] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    application_id: Mapped[str | None] = mapped_column(ForeignKey("application.id"), index=True)
    complaint_id: Mapped[str | None] = mapped_column(UuidStr)
    # WAITING → SENDING → SENT; back to WAITING (later) on a temporary failure; FAILED
    # for good; UNCERTAIN = interrupted mid-send where the channel cannot deduplicate;
    # CANCELLED = no longer wanted (a renewal arrived before the reminder).
    status: Mapped[str] = mapped_column(String(16), default="WAITING")
    due_at: Mapped[datetime] = mapped_column(UtcTime)              # naive UTC: not before
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_attempt_at: Mapped[datetime | None] = mapped_column(UtcTime)
    last_error: Mapped[str | None] = mapped_column(String(500))
    sent_at: Mapped[datetime | None] = mapped_column(UtcTime)
    answer: Mapped[str | None] = mapped_column(String(200))         # the gateway's message id, the SMTP reply
    sender_ws: Mapped[str | None] = mapped_column(String(64))       # the workstation that sent it

    # The runner's one query: what is due, soonest first.
    __table_args__ = (Index("ix_notify_message_status_due", "status", "due_at"),)
