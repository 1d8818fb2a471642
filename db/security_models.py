"""Tables of the security area (officers and login live on `officer` in db/models.py)."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, utcnow


class AuditHead(Base):
    """The last link of each workstation's audit chain, written in the same
    transaction as the record. Without it, deleting the newest records would
    leave a shorter chain that still verifies; with it, `loket audit verify`
    notices the missing tail."""
    __tablename__ = "audit_head"
    workstation: Mapped[str] = mapped_column(String(64), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str | None] = mapped_column(String(64))
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
