"""Permit types from the office's SiCantik Template Data, as a starting point.

Where the office's template exposes its permit types (rows with `jenis_izin`,
`jenis_izin_id` and, when the template selects them, the requirement list), the
administrator imports them: each SiCantik permit type not yet known becomes a
Loket permit type (checked like any other, see permit_types.clean) and is
mapped at the same time (`sicantik_permit_map`, the table the SiCantik import
reads), in one audited transaction. A type already mapped, or whose code is
already here, is only mapped, never changed. The administrator then completes
each one on the Permit types page (service standard, template, fields).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit, proof
from app.i18n import tr
from app.services import permit_types as pt_service
from app.services.context import Actor
from app.services.officers import require_admin
from app.services.permit_types import PermitTypeSpec, RequirementSpec
from app.validation import Invalid, name_key
from db.base import new_id

NAME_FIELDS = ("jenis_izin", "nama_izin", "nama_jenis_izin")
ID_FIELDS = ("jenis_izin_id", "izin_id", "id_jenis_izin")
CODE_FIELDS = ("kode_izin", "kode_jenis_izin")
DAYS_FIELDS = ("lama_proses", "standar_waktu", "sla_hari", "hari")
UNIT_FIELDS = ("bidang", "nama_bidang", "unit")
REQ_FIELDS = ("persyaratan", "syarat", "daftar_syarat", "list_syarat")
REQ_NAME = ("nama", "nama_syarat", "syarat", "persyaratan")
REQ_MANDATORY = ("wajib", "is_wajib", "mandatory", "status_wajib")
PLACEHOLDER_REQ = "Formulir permohonan"


@dataclass
class Proposal:
    spec: PermitTypeSpec
    sicantik_id: str | None
    sicantik_name: str
    action: str = "baru"          # baru | petakan (map to an existing type) | sudah (already mapped)
    note: str = ""


def _first(row: dict[str, Any], names: tuple[str, ...]) -> Any:
    for n in names:
        v = row.get(n)
        if v not in (None, ""):
            return v
    return None


def _truthy(v: Any) -> bool:
    return str(v).strip().lower() in ("1", "true", "ya", "y", "wajib", "yes")


def requirements_of(value: Any) -> list[RequirementSpec]:
    """SiCantik's requirement list in any of the shapes templates give it."""
    if value in (None, ""):
        return []
    if isinstance(value, str):
        items: list[Any] = [x.strip(" -•\t") for x in re.split(r"[\n;|]", value)]
    elif isinstance(value, list):
        items = value
    else:
        return []
    out = []
    for it in items:
        if isinstance(it, dict):
            name = _first(it, REQ_NAME)
            flag = _first(it, REQ_MANDATORY)
            if name:
                out.append(RequirementSpec(str(name), True if flag is None else _truthy(flag)))
        elif isinstance(it, str) and it.strip():
            out.append(RequirementSpec(it.strip()))
    return out


def _code(raw: Any, sid: Any, name: str, taken: set[str]) -> str:
    base = re.sub(r"[^A-Z0-9._/-]+", "-", str(raw or "").upper()).strip("-")[:32]
    if not base and sid:
        base = re.sub(r"[^A-Z0-9]+", "", str(sid).upper())
        base = f"SC-{base}"[:32] if base else ""
    if not base:
        base = ("SC-" + "".join(w[0] for w in name.upper().split() if w[:1].isalnum()))[:28]
    code, n = base, 2
    while code in taken:
        code = f"{base[:28]}-{n}"
        n += 1
    return code


def proposals(session: Session, rows: list[dict[str, Any]]) -> list[Proposal]:
    """One proposal per SiCantik permit type in `rows` (by id, else by name)."""
    from db.models import PermitType
    from db.models.sicantik import SicantikPermitMap
    maps = list(session.scalars(select(SicantikPermitMap).where(SicantikPermitMap.active.is_(True))))
    by_sid = {m.sicantik_id: m for m in maps if m.sicantik_id}
    by_key = {m.name_key: m for m in maps if m.name_key}
    codes = {c for (c,) in session.execute(select(PermitType.code))}
    names = {name_key(p.name): p.code for p in session.scalars(select(PermitType))}
    groups: dict[str, Proposal] = {}
    taken = set(codes)
    for row in rows:
        if not isinstance(row, dict):
            continue
        name = " ".join(str(_first(row, NAME_FIELDS) or "").split())
        sid = _first(row, ID_FIELDS)
        sid = str(sid) if sid is not None else None
        if not name:
            continue
        key = f"id:{sid}" if sid else f"name:{name_key(name)}"
        p = groups.get(key)
        if p is None:
            days = _first(row, DAYS_FIELDS)
            try:
                days = max(1, min(365, int(str(days).split()[0]))) if days is not None else 5
            except ValueError:
                days = 5
            code = _code(_first(row, CODE_FIELDS), sid, name, taken)
            spec = PermitTypeSpec(code=code, name=name, service_days=days,
                                  unit=str(_first(row, UNIT_FIELDS) or ""))
            p = Proposal(spec, sid, name)
            mapped = by_sid.get(sid) if sid else by_key.get(name_key(name))
            existing = names.get(name_key(name))
            if mapped is not None:
                p.action, p.note = "sudah", tr("sudah dipetakan")
            elif existing is not None:
                p.action, p.spec.code = "petakan", existing
                p.note = tr("dipetakan ke jenis izin {code} yang sudah ada").format(code=existing)
            else:
                taken.add(code)
            groups[key] = p
        seen = {r.name.lower() for r in p.spec.requirements}
        for r in requirements_of(_first(row, REQ_FIELDS)):
            if r.name.lower() not in seen:
                p.spec.requirements.append(r)
                seen.add(r.name.lower())
    for p in groups.values():
        if p.action == "baru" and not p.spec.requirements:
            p.spec.requirements.append(RequirementSpec(PLACEHOLDER_REQ))
            p.note = tr("SiCantik tidak memberi daftar persyaratan; lengkapi di halaman Jenis Izin")
    return list(groups.values())


def import_rows(session: Session, actor: Actor, rows: list[dict[str, Any]]) -> list[Proposal]:
    """Create the new types and map them all, in one transaction (all or nothing)."""
    from db.models import PermitType
    from db.models.sicantik import SicantikPermitMap
    require_admin(session, actor)
    props = proposals(session, rows)
    problems = []
    for p in props:
        if p.action == "baru":
            try:
                p.spec = pt_service.clean(p.spec)
            except Invalid as e:
                problems.append(f"{p.sicantik_name}: {e.message}")
    if problems:
        raise pt_service.ImportError_(problems)
    try:
        for p in props:
            if p.action == "sudah":
                continue
            if p.action == "baru":
                pt = pt_service._create(session, actor, p.spec, tr(" (dari SiCantik)"))
            else:
                pt = session.scalar(select(PermitType).where(PermitType.code == p.spec.code))  # type: ignore[assignment]
            m = SicantikPermitMap(id=new_id(), sicantik_id=p.sicantik_id, sicantik_name=p.sicantik_name,
                                  name_key=name_key(p.sicantik_name), permit_type_id=pt.id, active=True,
                                  created_by=actor.officer_id, created_ws=actor.workstation,
                                  updated_by=actor.officer_id, updated_ws=actor.workstation)
            proof.stamp(m, actor)   # office data: honoured elsewhere only signed
            session.add(m)
        n_new = sum(p.action == "baru" for p in props)
        n_map = sum(p.action != "sudah" for p in props)
        audit.record(session, actor, "permit_type.import_sicantik", "permit_type", None,
                     tr("Jenis izin dari SiCantik: {new} baru, {mapped} dipetakan, {same} sudah ada").format(
                         new=n_new, mapped=n_map, same=len(props) - n_map))
        session.commit()
    except BaseException:
        session.rollback()
        raise
    return props


def range_params(session: Session, days: int) -> dict[str, Any]:
    """The date-range parameters of a per-range template: the last `days` days (none for 0)."""
    from datetime import timedelta

    from app import clock, config
    if not days:
        return {}
    fmt = config.get(session, "sicantik.param.date_format")
    return {config.get(session, "sicantik.param.from"): (clock.today() - timedelta(days=days)).strftime(fmt),
            config.get(session, "sicantik.param.to"): clock.today().strftime(fmt)}


def fetch_rows(loket: Any, template: str, params: dict[str, Any]) -> list[dict]:  # type: ignore[type-arg]
    """Every row of one Template Data output (all pages)."""
    import time

    from app.sicantik.importer import make_client
    client = make_client(loket)
    try:
        rows: list[dict[str, Any]] = []
        for page in client.pages(template, params, time.monotonic() + 120):
            rows.extend(r for r in page.rows if isinstance(r, dict))
        return rows
    finally:
        client.close()
