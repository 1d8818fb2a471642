"""Permit types and their requirement lists."""
from __future__ import annotations

from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    ForeignKey,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, Mutable, UuidStr


class PermitType(Base, Mutable):
    __tablename__ = "permit_type"
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str | None] = mapped_column(String(120))
    sector: Mapped[str | None] = mapped_column(String(120))
    service_days: Mapped[int] = mapped_column(Integer)
    needs_review: Mapped[bool] = mapped_column(Boolean, default=False)
    review_days: Mapped[int | None] = mapped_column(Integer)
    validity_months: Mapped[int | None] = mapped_column(Integer)
    legal_basis: Mapped[str | None] = mapped_column(Text)
    template: Mapped[str | None] = mapped_column(String(120))
    technical_fields: Mapped[list[Any] | None] = mapped_column(JSON)
    # Per field of technical_fields (by name), when not plain text: jenis, wajib, pilihan
    # (migration 0009, app/services/permit_types.py).
    technical_specs: Mapped[list[Any] | None] = mapped_column(JSON)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # The current version of the requirement list (see Requirement.since_version).
    requirements_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    # An administrator's proof (app/proof.py): honoured on other workstations only signed.
    proof_version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    proof_by: Mapped[str | None] = mapped_column(UuidStr)
    proof_sig: Mapped[str | None] = mapped_column(String(128))
    requirements: Mapped[list[Requirement]] = relationship(
        back_populates="permit_type", order_by="Requirement.position",
        cascade="all, delete-orphan")


class Requirement(Base, Mutable):
    __tablename__ = "requirement"
    permit_type_id: Mapped[str] = mapped_column(ForeignKey("permit_type.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(400))
    mandatory: Mapped[bool] = mapped_column(Boolean, default=True)
    original_needed: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # A note for the counter officer (what to look at); not part of the checked content.
    note: Mapped[str | None] = mapped_column(Text)
    # Versioned list: this row belongs to versions since_version .. until_version-1 of its
    # permit type's list (until_version None = still current). Rows are retired, never
    # edited in content or deleted, so a file keeps the list it was checked against.
    since_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    until_version: Mapped[int | None] = mapped_column(Integer)
    # An administrator's proof (app/proof.py): honoured on other workstations only signed.
    proof_version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    proof_by: Mapped[str | None] = mapped_column(UuidStr)
    proof_sig: Mapped[str | None] = mapped_column(String(128))
    permit_type: Mapped[PermitType] = relationship(back_populates="requirements")
