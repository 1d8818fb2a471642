"""What an administrator maps on screen (page Admin — SiCantik): SiCantik permit types
seen in pulls but not mapped, with the files waiting on each, and the values of
enum-like fields Loket does not know (an office's own "Daftar Ulang", "Pria", …).

Every function takes the Loket and the acting officer, checks the role, writes the
audit record and commits one transaction; the page only shows their answers.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from app import audit, identity, proof
from app.i18n import tr
from app.services.context import Actor, ServiceError
from app.sicantik import importer, mapping, status
from app.validation import name_key
from db.models import Application
from db.models.sicantik import SicantikStep, SicantikValueMap, SicantikWaiting

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.runtime import Loket


@dataclass(frozen=True)
class WaitingType:
    """A SiCantik permit type with files waiting for its mapping."""
    sicantik_id: str | None
    sicantik_name: str | None
    files: int
    numbers: tuple[str, ...]          # a few of them, for the administrator to recognise


@dataclass(frozen=True)
class UnknownValue:
    field: str                        # jenis_permohonan / tipe_pemohon / jenis_kelamin / status
    field_label: str
    value: str                        # as SiCantik wrote it
    files: int
    choices: tuple[tuple[str, str], ...]   # (Loket value, label)


@dataclass(frozen=True)
class Overview:
    types: list[WaitingType] = field(default_factory=list)
    values: list[UnknownValue] = field(default_factory=list)
    ready: int = 0                    # waiting files whose type is mapped: the next pull imports them


def _admin(actor: Actor) -> None:
    actor.require("ADMIN", "SYSTEM")


def choices(field_name: str) -> tuple[tuple[str, str], ...]:
    return tuple((v, tr(mapping.VALUE_LABELS.get(v, v))) for v in mapping.VALUE_FIELDS[field_name])


def overview(loket: Loket, actor: Actor) -> Overview:
    _admin(actor)
    with loket.Session() as s:
        resolver = importer._PermitResolver(s)
        groups: dict[tuple[str | None, str | None], list[SicantikWaiting]] = {}
        ready = 0
        for w in s.scalars(select(SicantikWaiting).where(SicantikWaiting.application_id.is_(None))
                           .order_by(SicantikWaiting.seen_at)):
            if resolver.resolve(w.permit_id, w.permit_name) is not None:
                ready += 1
                continue
            groups.setdefault((w.permit_id, w.name_key if not w.permit_id else None), []).append(w)
        types = [WaitingType(ws[0].permit_id, ws[-1].permit_name, len(ws),
                             tuple(w.no_permohonan for w in ws[:3]))
                 for ws in groups.values()]
        types.sort(key=lambda t: (-t.files, t.sicantik_name or "", t.sicantik_id or ""))

        seen: dict[tuple[str, str], list[Any]] = {}   # (field, key) → [value as first seen (str), files (int)]
        for values in s.scalars(select(Application.sicantik_values).where(Application.sicantik_values.is_not(None))):
            for f, v in (values or {}).items():
                if f in mapping.VALUE_FIELDS and v:
                    entry = seen.setdefault((f, name_key(v)), [v, 0])
                    entry[1] += 1
        known = set(mapping.VALUE_FIELDS["status"])
        for st, n in s.execute(select(SicantikStep.status, func.count(func.distinct(SicantikStep.application_id)))
                               .where(SicantikStep.status.is_not(None), SicantikStep.status.not_in(known))
                               .group_by(SicantikStep.status)):
            entry = seen.setdefault(("status", name_key(st or "")), [st, 0])   # never None: WHERE above
            entry[1] += n
    values = [UnknownValue(f, tr(mapping.FIELD_LABELS[f]), v, n, choices(f))
              for (f, _k), (v, n) in seen.items()]
    values.sort(key=lambda u: (list(mapping.VALUE_FIELDS).index(u.field), -u.files, u.value))
    return Overview(types, values, ready)


def map_permit(loket: Loket, actor: Actor, permit_code: str, *, sicantik_id: str | None,
               sicantik_name: str | None) -> int:
    """Map a waiting SiCantik permit type; returns how many files the next pull imports for it."""
    _admin(actor)
    with loket.Session() as s:
        importer.record_permit_map(s, actor, permit_code, sicantik_id=sicantik_id,
                                   sicantik_name=None if sicantik_id else sicantik_name)
        s.commit()
        return len(importer.waiting_ready(s))


def import_waiting_now(loket: Loket, actor: Actor) -> importer.Result:
    """Import now what the next pull would import from the waiting files (no request to SiCantik)."""
    _admin(actor)
    result = importer.Result()
    importer.import_waiting(loket, Actor.system(actor.workstation), result)   # the importer's own role
    return result


def map_value(loket: Loket, actor: Actor, field_name: str, value: str, loket_value: str) -> int:
    """Say what an office's spelling means for Loket, and apply it at once to the files that
    carry it (kind, applicant type, gender; the steps and SiCantik status of a process
    status). Returns how many files changed. Later pulls read it through the map."""
    _admin(actor)
    if field_name not in mapping.VALUE_FIELDS:
        raise ServiceError(tr("Kolom SiCantik “{f}” tidak dapat dipetakan.").format(f=field_name))
    if loket_value not in mapping.VALUE_FIELDS[field_name]:
        raise ServiceError(tr("Nilai Loket untuk {f} harus salah satu dari: {choices}.").format(
            f=field_name, choices=", ".join(mapping.VALUE_FIELDS[field_name])))
    value = (value or "").strip()
    key = name_key(value)
    if not key:
        raise ServiceError(tr("Nilai SiCantik kosong."))
    with loket.Session() as s:
        row = s.scalar(select(SicantikValueMap).where(SicantikValueMap.field == field_name,
                                                      SicantikValueMap.value_key == key))
        if row is None:
            row = SicantikValueMap(id=identity.key("sicantik_value_map", field_name, key), field=field_name,
                                   value_key=key, created_by=actor.officer_id, created_ws=actor.workstation)
            s.add(row)
        row.value, row.loket_value, row.active = value[:200], loket_value, True
        row.updated_by, row.updated_ws = actor.officer_id, actor.workstation
        # office data: other workstations honour the meaning only with the administrator's proof
        proof.stamp(row, actor)
        changed = _apply_status(s, actor, value, loket_value) if field_name == "status" \
            else _apply_value(s, actor, field_name, key, loket_value)
        audit.record(s, actor, "sicantik.map_value", "sicantik_value_map", row.id,
                     tr("Nilai SiCantik {f} “{v}” → {loket}; {n} berkas diperbarui").format(
                         f=field_name, v=value, loket=loket_value, n=changed))
        s.commit()
    return changed


def _apply_value(s: Session, actor: Actor, field_name: str, key: str, loket_value: str) -> int:
    n = 0
    for app in s.scalars(select(Application).where(Application.sicantik_values.is_not(None))):
        values = dict(app.sicantik_values or {})
        if name_key(values.get(field_name) or "") != key:
            continue
        del values[field_name]
        app.sicantik_values = values or None
        if field_name == "jenis_permohonan":
            app.kind = loket_value
        elif field_name == "tipe_pemohon":
            app.applicant_type = loket_value
        else:
            app.applicant.gender = loket_value
            app.applicant.updated_by, app.applicant.updated_ws = actor.officer_id, actor.workstation
        app.updated_by, app.updated_ws = actor.officer_id, actor.workstation
        n += 1
    return n


def _apply_status(s: Session, actor: Actor, value: str, loket_value: str) -> int:
    apps = set()
    key = name_key(value)
    for st in s.scalars(select(SicantikStep).where(SicantikStep.status.is_not(None),
                                                   SicantikStep.status.not_in(mapping.VALUE_FIELDS["status"]))):
        if name_key(st.status or "") == key:   # never None: WHERE above
            st.status = loket_value
            st.updated_by, st.updated_ws = actor.officer_id, actor.workstation
            apps.add(st.application_id)
    s.flush()
    for app_id in apps:
        app = s.get(Application, app_id)
        assert app is not None   # the step's own file (foreign key)
        cur = status.current_step(s.scalars(select(SicantikStep).where(SicantikStep.application_id == app_id)))
        if cur is not None and app.sicantik_status != cur.status:
            app.sicantik_status = cur.status
            app.updated_by, app.updated_ws = actor.officer_id, actor.workstation
    for app in s.scalars(select(Application).where(Application.sicantik_status == value[:32])):
        app.sicantik_status = loket_value          # a status the rows gave without naming a step
        apps.add(app.id)
    return len(apps)
