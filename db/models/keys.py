"""Public keys that sign the office's QR codes (app/qrkeys.py).

One row per workstation key; the id is derived from the public key, so the same
key registered on its workstation and imported elsewhere is one row when sync
brings them together. Revocations are rows of their own (append-only); the
private keys are never in the database.
"""
from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, Mutable, Synced, UuidStr


class SigningKey(Base, Mutable):
    __tablename__ = "signing_key"
    kid: Mapped[str] = mapped_column(String(16), index=True)
    algorithm: Mapped[str] = mapped_column(String(16), default="Ed25519")
    public_key: Mapped[str] = mapped_column(String(64))       # raw 32 bytes, base64url
    office: Mapped[str | None] = mapped_column(String(200))
    workstation: Mapped[str | None] = mapped_column(String(64))
    revoked_from: Mapped[date | None] = mapped_column(Date)
    revoked_reason: Mapped[str | None] = mapped_column(String(500))
    revoked_by: Mapped[str | None] = mapped_column(UuidStr)


class SigningKeyRevocation(Base, Synced):
    """One administrator's revocation of a key from a date. Append-only (the
    central database refuses to change or delete such rows, app/sync/guard.py), so
    a revocation, once synced, cannot be lifted by editing `signing_key`: the key
    stands revoked from the earliest date of its rows. SigningKey.revoked_from
    keeps that date for display."""
    __tablename__ = "signing_key_revocation"
    key_id: Mapped[str] = mapped_column(ForeignKey("signing_key.id"), index=True)
    revoked_from: Mapped[date] = mapped_column(Date)
    reason: Mapped[str | None] = mapped_column(String(500))
    officer_id: Mapped[str | None] = mapped_column(UuidStr)
    officer_name: Mapped[str | None] = mapped_column(String(200))
