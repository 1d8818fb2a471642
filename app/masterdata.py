"""Permit types and their requirement lists: shipped in resources/permit_types.toml,
loaded into the database on first start, edited by an administrator afterwards."""
from __future__ import annotations

import functools
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app import identity
from app.paths import resources_dir
from db.models import PermitType, Requirement

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from db.models import Application


def shipped_permit_types(path: Path | None = None) -> list[dict[str, Any]]:
    """The [[izin]] tables of permit_types.toml, as tomllib reads them."""
    path = path or resources_dir() / "permit_types.toml"
    with open(path, "rb") as f:
        items: list[dict[str, Any]] = tomllib.load(f)["izin"]
    return items


def copies_to(code: str, path: Path | None = None) -> list[str]:
    """The permit type's tembusan recipients beside "Arsip" (permit_types.toml `tembusan`;
    a type the administrator added has none until it is named there)."""
    for item in _shipped_cached(str(path or "")):
        if item.get("kode") == code:
            return list(item.get("tembusan") or [])
    return []


@functools.lru_cache(maxsize=4)
def _shipped_cached(path: str) -> tuple[dict[str, Any], ...]:
    return tuple(shipped_permit_types(Path(path) if path else None))


def load_if_empty(session: Session, path: Path | None = None) -> bool:
    if session.scalar(select(func.count()).select_from(PermitType)):
        return False
    for item in shipped_permit_types(path):
        pt = PermitType(
            id=identity.permit_type(item["kode"]), code=item["kode"], name=item["nama"], unit=item.get("unit"), sector=item.get("sektor"),
            service_days=int(item["hari"]), needs_review=bool(item.get("kajian", False)),
            review_days=item.get("hari_kajian"), validity_months=item.get("berlaku_bulan"),
            legal_basis=item.get("dasar_hukum"), template=item.get("template"),
            technical_fields=[f["nama"] if isinstance(f, dict) else f for f in item.get("data_teknis", [])],
            technical_specs=[f for f in item.get("data_teknis", []) if isinstance(f, dict)] or None,
            requirements_version=1, created_ws="resources",
        )
        for i, req in enumerate(item["persyaratan"], start=1):
            pt.requirements.append(Requirement(
                id=identity.requirement(item["kode"], i, 1), position=i, name=req["nama"],
                mandatory=bool(req.get("wajib", True)),
                original_needed=bool(req.get("asli", False)), note=req.get("catatan") or None,
                since_version=1, created_ws="resources"))
        session.add(pt)
    session.flush()
    return True


def permit_types(session: Session, active_only: bool = True) -> list[PermitType]:
    q = select(PermitType).order_by(PermitType.name)
    if active_only:
        q = q.where(PermitType.active.is_(True))
    return list(session.scalars(q))


def permit_type_choices(session: Session) -> list[tuple[str, str]]:
    """(name, code) of every active permit type, for a screen's choice list."""
    return [(p.name, p.code) for p in permit_types(session)]


def requirements_for(session: Session, app: Application) -> list[Requirement]:
    """The requirement list a file is checked against: the version it was pinned
    to at its first check (Application.requirements_version), else the current one."""
    q = select(Requirement).where(Requirement.permit_type_id == app.permit_type_id)
    v = app.requirements_version
    if v is None:
        q = q.where(Requirement.active.is_(True), Requirement.until_version.is_(None))
    else:
        q = q.where(Requirement.since_version <= v,
                    or_(Requirement.until_version.is_(None), Requirement.until_version > v))
    return list(session.scalars(q.order_by(Requirement.position)))


def pin_requirements(app: Application) -> None:
    """Counter 2's first check of a file: from now on it keeps this list."""
    if app.requirements_version is None:
        app.requirements_version = app.permit_type.requirements_version or 1


# --- the shipped rows, for the sync's proof check -------------------------------------------

@lru_cache(maxsize=1)
def shipped_rows() -> tuple[dict[str, dict[str, Any]], dict[tuple[str, int], dict[str, Any]]]:
    """({code: permit_type values}, {(code, position): requirement values}) exactly
    as load_if_empty seeds them, for the fields an administrator's proof covers."""
    pts: dict[str, dict[str, Any]] = {}
    reqs: dict[tuple[str, int], dict[str, Any]] = {}
    for item in shipped_permit_types():
        fields = item.get("data_teknis", [])
        pts[item["kode"]] = dict(
            code=item["kode"], name=item["nama"], unit=item.get("unit"), sector=item.get("sektor"),
            service_days=int(item["hari"]), needs_review=bool(item.get("kajian", False)),
            review_days=item.get("hari_kajian"), validity_months=item.get("berlaku_bulan"),
            legal_basis=item.get("dasar_hukum"), template=item.get("template"),
            technical_fields=[f["nama"] if isinstance(f, dict) else f for f in fields],
            technical_specs=[f for f in fields if isinstance(f, dict)] or None, active=True,
            requirements_version=1)
        for i, req in enumerate(item["persyaratan"], start=1):
            reqs[(item["kode"], i)] = dict(
                position=i, name=req["nama"], mandatory=bool(req.get("wajib", True)),
                original_needed=bool(req.get("asli", False)), active=True, note=req.get("catatan") or None,
                since_version=1, until_version=None)
    return pts, reqs


def is_shipped(conn: Connection, table: str, row: dict[str, Any]) -> bool:
    """True when a permit type or requirement row holds exactly the shipped values."""
    from app import proof
    pts, reqs = shipped_rows()
    if table == "permit_type":
        expected = pts.get(row.get("code", ""))
    elif table == "requirement":
        code = conn.execute(select(PermitType.code).where(PermitType.id == row.get("permit_type_id"))).scalar()
        expected = reqs.get((code, row.get("position", 0))) if code is not None else None
    elif table == "setting":
        # a setting at its declared default says nothing an administrator has to vouch for
        import json

        from app import config
        k = config.KEYS.get(row.get("key") or "")
        try:
            return k is not None and row.get("scope") == k.scope and json.loads(row.get("value") or "null") == k.default
        except ValueError:
            return False
    else:
        return False
    if expected is None:
        return False
    bools = proof.BOOLEANS.get(table, ())
    for f, v in expected.items():
        got = row.get(f)
        if (bool(got) != bool(v)) if f in bools else (proof._norm(got) != proof._norm(v)):
            return False
    return True
