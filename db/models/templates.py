"""The office's own SK templates (migration 0021; app/services/sk_templates.py).

One row per saved revision of a template, never edited afterwards (only
deactivated): an SK keeps rendering with the revision in force when it was
signed. `body` is the template as resources/templates/*.toml writes it (jenis,
judul, menimbang, mengingat, diktum, …). Signed by the administrator who saved
it (app/proof.py), so other workstations honour it only with that proof.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, Mutable, UtcTime, UuidStr, utcnow


class SkTemplate(Base, Mutable):
    __tablename__ = "sk_template"
    name: Mapped[str] = mapped_column(String(64))              # what permit_type.template names
    revision: Mapped[int] = mapped_column(Integer)             # 1, 2, …: one row per save
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[dict[str, Any]] = mapped_column(JSON)
    based_on: Mapped[str | None] = mapped_column(String(64))   # the shipped template it started from
    valid_from: Mapped[datetime] = mapped_column(UtcTime, default=utcnow)
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
    proof_version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    proof_by: Mapped[str | None] = mapped_column(UuidStr)
    proof_sig: Mapped[str | None] = mapped_column(String(128))
    __table_args__ = (UniqueConstraint("name", "revision", name="uq_sk_template_name_revision"),)
