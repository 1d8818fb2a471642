"""Permit types and their requirement lists: shipped in resources/permit_types.toml,
loaded into the database on first start, edited by an administrator afterwards."""
from __future__ import annotations

import tomllib
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import identity
from app.paths import resources_dir
from db.models import PermitType, Requirement


def shipped_permit_types(path: Path | None = None) -> list[dict]:
    path = path or resources_dir() / "permit_types.toml"
    with open(path, "rb") as f:
        return tomllib.load(f)["izin"]


def load_if_empty(session: Session, path: Path | None = None) -> bool:
    if session.scalar(select(func.count()).select_from(PermitType)):
        return False
    for item in shipped_permit_types(path):
        pt = PermitType(
            id=identity.permit_type(item["kode"]), code=item["kode"], name=item["nama"], unit=item.get("unit"), sector=item.get("sektor"),
            service_days=int(item["hari"]), needs_review=bool(item.get("kajian", False)),
            review_days=item.get("hari_kajian"), validity_months=item.get("berlaku_bulan"),
            legal_basis=item.get("dasar_hukum"), template=item.get("template"),
            technical_fields=list(item.get("data_teknis", [])), created_ws="resources",
        )
        for i, req in enumerate(item["persyaratan"], start=1):
            pt.requirements.append(Requirement(
                id=identity.requirement(item["kode"], i), position=i, name=req["nama"], mandatory=bool(req.get("wajib", True)),
                original_needed=bool(req.get("asli", False)), created_ws="resources"))
        session.add(pt)
    session.flush()
    return True


def permit_types(session: Session, active_only: bool = True) -> list[PermitType]:
    q = select(PermitType).order_by(PermitType.name)
    if active_only:
        q = q.where(PermitType.active.is_(True))
    return list(session.scalars(q))
