"""Tables of the SiCantik import (migration 0007).

- `sicantik_permit_map`: which Loket permit type a SiCantik `jenis_izin` is. SiCantik
  offices number their permit types themselves, and one Loket type may stand for
  several SiCantik ones, so the mapping is a table rather than a column.
- `sicantik_step`: SiCantik's own process steps (`proses_permohonan`) of an imported
  application. Kept per step, not only as the application's current status, so
  that a range answer whose steps of one application fall on two pages imports the
  same result whatever the page order, and a second pull changes nothing.
- `sicantik_pull`: one row per pull run, the watermark of the scheduled pull and
  the record of failed rows. Workstation-local bookkeeping, like LOCAL settings.
- `sicantik_value_map` (migration 0012): what an office's own spelling of an
  enum-like field means for Loket ("Daftar Ulang" → PERPANJANGAN), set by an
  administrator, like the permit map.
- `sicantik_waiting` (0012): applications whose SiCantik permit type is not mapped
  yet, with the rows SiCantik sent, so that mapping the type imports them on the
  next pull without reading SiCantik again. `application_id` is set once imported.
"""
from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, Mutable, Synced, UtcTime, UuidStr, utcnow
from db.models import PermitType


class SicantikPermitMap(Base, Mutable):
    __tablename__ = "sicantik_permit_map"
    sicantik_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    sicantik_name: Mapped[str | None] = mapped_column(String(200))
    # Folded sicantik_name (app.validation.name_key) for matching by name.
    name_key: Mapped[str | None] = mapped_column(String(200), index=True)
    permit_type_id: Mapped[str] = mapped_column(ForeignKey("permit_type.id"), index=True)
    permit_type: Mapped[PermitType] = relationship()
    # Office data an administrator sets (migration 0021): honoured elsewhere only with their
    # proof (app/proof.py); a map refused on arrival is kept inactive (sync has no deletes).
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
    proof_version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    proof_by: Mapped[str | None] = mapped_column(UuidStr)
    proof_sig: Mapped[str | None] = mapped_column(String(128))


class SicantikStep(Base, Mutable):
    __tablename__ = "sicantik_step"
    application_id: Mapped[str] = mapped_column(ForeignKey("application.id"), index=True)
    # SiCantik's jenis_proses_id when the template gives it, else the step's name.
    step_key: Mapped[str] = mapped_column(String(100))
    name: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[str | None] = mapped_column(String(32))
    started_at: Mapped[datetime | None] = mapped_column(UtcTime)
    ended_at: Mapped[datetime | None] = mapped_column(UtcTime)
    processed_by: Mapped[str | None] = mapped_column(String(200))
    __table_args__ = (UniqueConstraint("application_id", "step_key", name="uq_sicantik_step_app_key"),)


class SicantikPull(Base, Synced):
    __tablename__ = "sicantik_pull"
    kind: Mapped[str] = mapped_column(String(16))  # RANGE / NUMBER / SCHEDULED
    date_from: Mapped[date | None] = mapped_column(Date)
    date_to: Mapped[date | None] = mapped_column(Date)
    number: Mapped[str | None] = mapped_column(String(64))
    started_at: Mapped[datetime] = mapped_column(UtcTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UtcTime, index=True)
    ok: Mapped[bool] = mapped_column(Boolean, default=False)
    pages: Mapped[int] = mapped_column(Integer, default=0)
    new: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    failed: Mapped[int] = mapped_column(Integer, default=0)
    message: Mapped[str | None] = mapped_column(Text)
    # [{"no_permohonan": …, "reason": …}] — what the administrator must fix.
    failures: Mapped[list[Any] | None] = mapped_column(JSON)


class SicantikValueMap(Base, Mutable):
    __tablename__ = "sicantik_value_map"
    # jenis_permohonan / tipe_pemohon / jenis_kelamin / status
    field: Mapped[str] = mapped_column(String(32))
    # Folded value (app.validation.name_key): "daftar ulang"
    value_key: Mapped[str] = mapped_column(String(200))
    value: Mapped[str] = mapped_column(String(200))          # as SiCantik wrote it
    loket_value: Mapped[str] = mapped_column(String(32))     # BARU / PERORANGAN / L / Selesai …
    # signed like the permit map (migration 0021)
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
    proof_version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    proof_by: Mapped[str | None] = mapped_column(UuidStr)
    proof_sig: Mapped[str | None] = mapped_column(String(128))
    __table_args__ = (UniqueConstraint("field", "value_key", name="uq_sicantik_value_map_field_key"),)


class SicantikWaiting(Base, Mutable):
    __tablename__ = "sicantik_waiting"
    no_permohonan: Mapped[str] = mapped_column(String(64), unique=True)
    permit_id: Mapped[str | None] = mapped_column(String(64), index=True)      # jenis_izin_id
    permit_name: Mapped[str | None] = mapped_column(String(200))               # jenis_izin
    name_key: Mapped[str | None] = mapped_column(String(200), index=True)
    rows: Mapped[list[Any]] = mapped_column(JSON)
    seen_at: Mapped[datetime] = mapped_column(UtcTime, default=utcnow)
    application_id: Mapped[str | None] = mapped_column(UuidStr, index=True)
