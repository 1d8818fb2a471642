"""Workstations, officers, settings, the office's own closures and number counters."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, Mutable, UtcTime, UuidStr, utcnow


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
    locked_until: Mapped[datetime | None] = mapped_column(UtcTime)
    # Set when an administrator chose the password: the officer picks their own at next login.
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    last_login_at: Mapped[datetime | None] = mapped_column(UtcTime)
    # The proof that an administrator granted these rights, or that the officer
    # chose this password (app/proof.py): their public key, and the signed stamp.
    sign_key: Mapped[str | None] = mapped_column(String(64))
    proof_version: Mapped[int] = mapped_column(Integer, default=0)
    proof_by: Mapped[str | None] = mapped_column(UuidStr)
    proof_sig: Mapped[str | None] = mapped_column(String(128))
    proof_chain: Mapped[str | None] = mapped_column(Text)

    @property
    def role_set(self) -> frozenset[str]:
        return frozenset(r for r in (self.roles or "").split(",") if r)


class Setting(Base):
    """Typed settings (app/config.py). scope LOCAL stays on this workstation,
    OFFICE travels with sync."""
    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    scope: Mapped[str] = mapped_column(String(8), default="LOCAL")
    updated_at: Mapped[datetime] = mapped_column(UtcTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)
    # An OFFICE setting is honoured on other workstations only with an administrator's
    # proof (app/proof.py; signed by app/services/office.py save).
    proof_version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    proof_by: Mapped[str | None] = mapped_column(UuidStr)
    proof_sig: Mapped[str | None] = mapped_column(String(128))


class NonWorkingDay(Base, Mutable):
    """The office's own closures, on top of national holidays."""
    __tablename__ = "non_working_day"
    day: Mapped[date] = mapped_column(Date, unique=True)
    name: Mapped[str] = mapped_column(String(200))
    # Removing a closure keeps the row, inactive (rows are never deleted: sync has no deletes).
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
    # An administrator's proof (app/proof.py): honoured on other workstations only signed.
    proof_version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    proof_by: Mapped[str | None] = mapped_column(UuidStr)
    proof_sig: Mapped[str | None] = mapped_column(String(128))


class NumberSequence(Base):
    """Counters for receipt, permit and ticket numbers. The key names its scope,
    e.g. ``receipt/LOKET2-A/2026``; incremented inside the transaction that uses it."""
    __tablename__ = "number_sequence"
    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)
