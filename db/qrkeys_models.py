"""Public keys that sign the office's QR codes (app/qrkeys.py).

One row per workstation key; the id is derived from the public key, so the same
key registered on its workstation and imported elsewhere is one row when sync
brings them together. Edited in place only to revoke (revoked_from moves earlier,
never later). The private keys are never in the database.
"""
from __future__ import annotations

from datetime import date

from sqlalchemy import Date, String
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, Mutable


class SigningKey(Base, Mutable):
    __tablename__ = "signing_key"
    kid: Mapped[str] = mapped_column(String(16), index=True)
    algorithm: Mapped[str] = mapped_column(String(16), default="Ed25519")
    public_key: Mapped[str] = mapped_column(String(64))       # raw 32 bytes, base64url
    office: Mapped[str | None] = mapped_column(String(200))
    workstation: Mapped[str | None] = mapped_column(String(64))
    revoked_from: Mapped[date | None] = mapped_column(Date)
    revoked_reason: Mapped[str | None] = mapped_column(String(500))
    revoked_by: Mapped[str | None] = mapped_column(String(36))
