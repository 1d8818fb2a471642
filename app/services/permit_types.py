"""Permit types, their requirement lists and technical-data fields, as the
office's administrator manages them (screen: ui/pages/admin_permit_types.py,
bulk: `loket permit-types export|import|list`).

- A permit type is never deleted, only deactivated (a file may use it, and rows
  are never deleted: sync carries no deletes).
- Requirement lists are versioned: a change to a line's name, "wajib" or
  "asli", an added or a removed line makes a new version of the list. The rows
  of the old version are kept (retired, `until_version`); a file keeps the
  version it was first checked against (`Application.requirements_version`,
  pinned by counter 2), so files in progress read the list they were checked
  against. A reorder or a note for the counter changes no version.
- Import validates everything first and applies all or nothing, in one
  transaction, with an audit record per permit type and one for the import.

The file format is the shipped `resources/permit_types.toml`, plus optional
`aktif = false`, a `catatan` per requirement, and `data_teknis` entries that
may be inline tables `{ nama, jenis, wajib, pilihan }` instead of plain names.
"""
from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import audit, identity, proof
from app.i18n import tr
from app.services.context import Actor, ServiceError
from app.services.officers import require_admin
from app.validation import Invalid
from db.models import Application, PermitType, Requirement

CODE_RE = re.compile(r"[A-Z0-9][A-Z0-9._/-]{0,31}")
FIELD_TYPES = {"teks": "Teks", "angka": "Angka", "tanggal": "Tanggal", "pilihan": "Pilihan"}
IZIN_KEYS = frozenset({"kode", "nama", "unit", "sektor", "hari", "kajian", "hari_kajian",
                       "berlaku_bulan", "template", "dasar_hukum", "data_teknis", "persyaratan",
                       "aktif", "tembusan"})   # tembusan: read from the shipped file (masterdata.copies_to)
REQ_KEYS = frozenset({"nama", "wajib", "asli", "catatan"})
FIELD_KEYS = frozenset({"nama", "jenis", "wajib", "pilihan"})


# --- plain data -----------------------------------------------------------------------------

@dataclass
class FieldSpec:
    """One technical-data field (`data_teknis`) the back office fills in."""
    name: str
    type: str = "teks"
    required: bool = False
    choices: tuple[str, ...] = ()

    def as_toml(self) -> Any:
        if self.type == "teks" and not self.required and not self.choices:
            return self.name
        d = {"nama": self.name}
        if self.type != "teks":
            d["jenis"] = self.type
        if self.required:
            d["wajib"] = True  # type: ignore[assignment]
        if self.choices:
            d["pilihan"] = list(self.choices)  # type: ignore[assignment]
        return d


@dataclass
class RequirementSpec:
    name: str
    mandatory: bool = True
    original: bool = False
    note: str = ""
    id: str | None = None          # the row it comes from (edits keep it)

    def content(self) -> tuple[Any, ...]:
        return (self.name, bool(self.mandatory), bool(self.original))


@dataclass
class PermitTypeSpec:
    code: str
    name: str
    service_days: int = 5
    unit: str = ""
    sector: str = ""
    needs_review: bool = False
    review_days: int | None = None
    validity_months: int | None = None
    legal_basis: str = ""
    template: str = ""
    fields: list[FieldSpec] = field(default_factory=list)
    requirements: list[RequirementSpec] = field(default_factory=list)
    active: bool = True

    @property
    def field_names(self) -> list[str]:
        return [f.name for f in self.fields]


@dataclass(frozen=True)
class PermitTypeRow:
    id: str
    code: str
    name: str
    unit: str
    sector: str
    service_days: int
    needs_review: bool
    template: str
    requirements: int
    active: bool
    in_use: int                    # applications of this type

    def as_json(self) -> dict[str, Any]:
        return {"kode": self.code, "nama": self.name, "unit": self.unit, "sektor": self.sector,
                "hari": self.service_days, "kajian": self.needs_review, "template": self.template,
                "persyaratan": self.requirements, "aktif": self.active, "dipakai": self.in_use}


class ImportError_(ServiceError):
    """A file refused as a whole; `problems` lists every line to fix."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        head = tr("Berkas ditolak, tidak ada yang diubah ({n} masalah):").format(n=len(problems))
        super().__init__("\n".join([head, *("  - " + p for p in problems)]))


# --- from and to the database ------------------------------------------------------------------

def field_specs(pt: PermitType) -> list[FieldSpec]:
    specs = {}
    for raw in pt.technical_specs or []:
        if isinstance(raw, dict) and raw.get("nama"):
            specs[raw["nama"]] = raw
    out = []
    for name in pt.technical_fields or []:
        raw = specs.get(name, {})
        out.append(FieldSpec(name, raw.get("jenis", "teks"), bool(raw.get("wajib", False)),
                             tuple(raw.get("pilihan") or ())))
    return out


_NUMBER = re.compile(r"^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$|^-?\d+\.\d+$")
_DAY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")


def clean_technical(fields: list[FieldSpec], values: dict[str, Any], *, enforce_required: bool = True) -> dict[str, str]:
    """The technical data (`data_teknis`) as typed at counter 2 or at data entry, checked
    against each field's type: a number (1.250 or 1.250,5 or 12.5), a date (stored as the
    SK prints it, "26 November 2026"; typed as 26-11-2026, 2026-11-26 or that), one of
    the choices. `enforce_required`: a field marked wajib may not stay empty (counter 2
    registers the file with them). Invalid(field name, one line) for the first bad field;
    a name the permit type lacks is refused."""
    from datetime import date

    from app.documents.base import BULAN, tanggal
    known = {f.name: f for f in fields}
    unknown = [k for k in values or {} if k not in known]
    if unknown:
        raise Invalid(unknown[0], tr("Data teknis tidak dikenal: {fields}.").format(fields=", ".join(unknown)))
    out = {}
    for f in fields:
        raw = str((values or {}).get(f.name) or "").strip()
        if len(raw) > 500:
            raise Invalid(f.name, tr("{name}: paling banyak 500 karakter.").format(name=f.name))
        if not raw:
            if f.required and enforce_required:
                raise Invalid(f.name, tr("{name} wajib diisi.").format(name=f.name))
            out[f.name] = ""
            continue
        if f.type == "angka" and not _NUMBER.match(raw.replace(" ", "")):
            raise Invalid(f.name, tr("{name} harus angka, mis. 1.250 atau 12,5.").format(name=f.name))
        if f.type == "pilihan" and f.choices and raw not in f.choices:
            raise Invalid(f.name, tr("{name} harus salah satu dari: {choices}.").format(
                name=f.name, choices=", ".join(f.choices)))
        if f.type == "tanggal":
            m, d = _DAY.match(raw), None
            try:
                if m:
                    d = date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
                elif re.match(r"^\d{4}-\d{2}-\d{2}$", raw):
                    d = date.fromisoformat(raw)
                else:
                    parts = raw.split()
                    months = {v.lower(): k for k, v in enumerate(BULAN) if v}
                    if len(parts) == 3 and parts[1].lower() in months:
                        d = date(int(parts[2]), months[parts[1].lower()], int(parts[0]))
            except ValueError:
                d = None
            if d is None:
                raise Invalid(f.name, tr("{name} harus tanggal, mis. 26-11-2026.").format(name=f.name))
            raw = tanggal(d)
        out[f.name] = raw
    return out


def technical_fields_of(session: Session, code: str) -> list[FieldSpec]:
    """The typed technical-data fields of a permit type (counter 2's form)."""
    pt = session.scalar(select(PermitType).where(PermitType.code == code))
    return field_specs(pt) if pt is not None else []


def current_requirements(pt: PermitType) -> list[Requirement]:
    return sorted((r for r in pt.requirements if r.until_version is None and r.active),
                  key=lambda r: r.position)


def spec_of(pt: PermitType) -> PermitTypeSpec:
    return PermitTypeSpec(
        code=pt.code, name=pt.name, service_days=pt.service_days, unit=pt.unit or "",
        sector=pt.sector or "", needs_review=bool(pt.needs_review), review_days=pt.review_days,
        validity_months=pt.validity_months, legal_basis=pt.legal_basis or "",
        template=pt.template or "", fields=field_specs(pt),
        requirements=[RequirementSpec(r.name, bool(r.mandatory), bool(r.original_needed), r.note or "", r.id)
                      for r in current_requirements(pt)],
        active=bool(pt.active))


def _usage(session: Session) -> dict[str, int]:
    return dict(session.execute(select(Application.permit_type_id, func.count())
                                .group_by(Application.permit_type_id)).all())


def list_types(session: Session, search: str = "", include_inactive: bool = True) -> list[PermitTypeRow]:
    used = _usage(session)
    q = select(PermitType).order_by(PermitType.active.desc(), PermitType.name)
    if not include_inactive:
        q = q.where(PermitType.active.is_(True))
    words = (search or "").lower().split()
    out = []
    for pt in session.scalars(q):
        hay = " ".join(x or "" for x in (pt.code, pt.name, pt.unit, pt.sector)).lower()
        if all(w in hay for w in words):
            out.append(PermitTypeRow(pt.id, pt.code, pt.name, pt.unit or "", pt.sector or "",
                                     pt.service_days, bool(pt.needs_review), pt.template or "",
                                     len(current_requirements(pt)), bool(pt.active), used.get(pt.id, 0)))
    return out


def _find(session: Session, code: str) -> PermitType:
    pt = session.scalar(select(PermitType).where(PermitType.code == (code or "").strip().upper()))
    if pt is None:
        raise ServiceError(tr("Jenis izin “{code}” tidak ditemukan.").format(code=code))
    return pt


def get(session: Session, code: str) -> PermitTypeSpec:
    return spec_of(_find(session, code))


# --- checks -------------------------------------------------------------------------------------

def template_names(session: Session | None = None) -> list[str]:
    """Decree templates available (resources/templates/*.toml, rejection letter left out),
    and with a session the office's own (app/services/sk_templates.py)."""
    from app.documents import sk
    names = {p.stem for p in sk.templates_dir().glob("*.toml") if p.stem != "surat_penolakan"}
    if session is not None:
        from app.services import sk_templates
        names |= set(sk_templates.office_names(session))
    return sorted(names)


def teknis_fields(template: dict[str, Any]) -> set[str]:
    """Every `teknis[...]` field a template names (app.documents.sk.technical_refs)."""
    from app.documents import sk
    return sk.technical_refs(template)


def _template_problem(name: str, fields: list[str], cache: dict[str, Any]) -> tuple[str, str] | None:
    """(field, message) when the named template cannot serve this permit type."""
    from app.documents import sk
    if name not in cache:
        try:
            cache[name] = sk.load_template(name)
        except sk.TemplateError as e:
            cache[name] = e
    t = cache[name]
    if isinstance(t, Exception):
        return "template", str(t)
    missing = sorted(teknis_fields(t) - set(fields))
    if missing:
        return "template", tr("Templat {name} memakai data teknis yang tidak ada pada jenis izin ini: "
                              "{fields}. Tambahkan isiannya atau pilih templat lain.").format(
            name=name, fields=", ".join(missing))
    return None


def _text(v: Any, limit: int, field: str, label: str) -> str:
    s = " ".join(str(v or "").split())
    if len(s) > limit:
        raise Invalid(field, tr("{label} paling banyak {n} karakter.").format(label=label, n=limit))
    return s


def clean(spec: PermitTypeSpec, cache: dict[str, Any] | None = None) -> PermitTypeSpec:
    """The spec with normalised values, or Invalid(field, message) for the first
    thing wrong. `field` names the form input: code, name, service_days, …,
    fields, requirements, template."""
    cache = {} if cache is None else cache
    code = (spec.code or "").strip().upper()
    if not code:
        raise Invalid("code", tr("Kode jenis izin wajib diisi."))
    if not CODE_RE.fullmatch(code):
        raise Invalid("code", tr("Kode 1–32 karakter: huruf besar, angka, titik, garis miring atau "
                                 "tanda hubung (contoh: SIP-DOK)."))
    name = _text(spec.name, 200, "name", tr("Nama jenis izin"))
    if not name:
        raise Invalid("name", tr("Nama jenis izin wajib diisi."))
    try:
        days = int(spec.service_days)
    except (TypeError, ValueError):
        raise Invalid("service_days", tr("Standar pelayanan harus bilangan hari kerja.")) from None
    if not 1 <= days <= 365:
        raise Invalid("service_days", tr("Standar pelayanan 1–365 hari kerja."))
    review = None
    if spec.needs_review:
        try:
            review = int(spec.review_days) if spec.review_days not in (None, "") else None  # type: ignore[comparison-overlap]
        except (TypeError, ValueError):
            raise Invalid("review_days", tr("Lama kajian teknis harus bilangan hari kerja.")) from None
        if review is None or not 1 <= review <= days:
            raise Invalid("review_days", tr("Lama kajian teknis 1–{n} hari kerja (tidak lebih dari "
                                            "standar pelayanan).").format(n=days))
    validity = spec.validity_months
    if validity in ("", 0):
        validity = None
    if validity is not None:
        try:
            validity = int(validity)
        except (TypeError, ValueError):
            raise Invalid("validity_months", tr("Masa berlaku harus bilangan bulan.")) from None
        if not 1 <= validity <= 1200:
            raise Invalid("validity_months", tr("Masa berlaku 1–1200 bulan, atau kosong (selama usaha berjalan)."))
    fields, seen = [], set()
    for i, f in enumerate(spec.fields, 1):
        fname = _text(f.name, 120, "fields", tr("Nama data teknis"))
        if not fname:
            raise Invalid("fields", tr("Data teknis baris {i}: nama wajib diisi.").format(i=i))
        if "[" in fname or "]" in fname or "{" in fname or "}" in fname:
            raise Invalid("fields", tr("Data teknis “{name}”: nama tidak boleh memuat [ ] {{ }}.").format(name=fname))
        if fname.lower() in seen:
            raise Invalid("fields", tr("Data teknis “{name}” tercantum dua kali.").format(name=fname))
        seen.add(fname.lower())
        if f.type not in FIELD_TYPES:
            raise Invalid("fields", tr("Data teknis “{name}”: jenis harus salah satu dari {types}.").format(
                name=fname, types=", ".join(FIELD_TYPES)))
        choices = tuple(c for c in (" ".join(str(x).split()) for x in f.choices) if c)
        if f.type == "pilihan" and len(choices) < 2:
            raise Invalid("fields", tr("Data teknis “{name}”: jenis pilihan perlu minimal dua pilihan.")
                          .format(name=fname))
        fields.append(FieldSpec(fname, f.type, bool(f.required), choices if f.type == "pilihan" else ()))
    reqs, seen = [], set()
    for i, r in enumerate(spec.requirements, 1):
        rname = _text(r.name, 400, "requirements", tr("Nama persyaratan"))
        if not rname:
            raise Invalid("requirements", tr("Persyaratan baris {i}: nama wajib diisi.").format(i=i))
        if rname.lower() in seen:
            raise Invalid("requirements", tr("Persyaratan “{name}” tercantum dua kali.").format(name=rname))
        seen.add(rname.lower())
        note = " ".join(str(r.note or "").split())
        if len(note) > 1000:
            raise Invalid("requirements", tr("Catatan persyaratan “{name}” paling banyak 1000 karakter.")
                          .format(name=rname))
        reqs.append(RequirementSpec(rname, bool(r.mandatory), bool(r.original), note, r.id))
    if not reqs:
        raise Invalid("requirements", tr("Jenis izin perlu minimal satu persyaratan."))
    template = (spec.template or "").strip()
    if template:
        problem = _template_problem(template, [f.name for f in fields], cache)
        if problem:
            raise Invalid(*problem)
    legal = "; ".join(x.strip().rstrip(";").strip() for x in re.split(r"[;\n]", str(spec.legal_basis or ""))
                      if x.strip().rstrip(";").strip())
    if len(legal) > 4000:
        raise Invalid("legal_basis", tr("Dasar hukum paling banyak 4000 karakter."))
    return PermitTypeSpec(code, name, days, _text(spec.unit, 120, "unit", tr("Unit")),
                          _text(spec.sector, 120, "sector", tr("Sektor")), bool(spec.needs_review),
                          review, validity, legal, template, fields, reqs, bool(spec.active))


# --- writing --------------------------------------------------------------------------------

def _stamp(row: Any, actor: Actor, new: bool = False) -> None:
    if new:
        row.created_by, row.created_ws = actor.officer_id, actor.workstation
    row.updated_by, row.updated_ws = actor.officer_id, actor.workstation


def _specs_json(fields: list[FieldSpec]) -> list[dict[str, Any]] | None:
    out = [{"nama": f.name, "jenis": f.type, "wajib": f.required, "pilihan": list(f.choices)}
           for f in fields if f.type != "teks" or f.required or f.choices]
    return out or None


def _apply(session: Session, actor: Actor, pt: PermitType, spec: PermitTypeSpec) -> list[str]:
    """Write a cleaned spec onto a row; returns what changed, for the audit record."""
    changes: list[str] = []
    simple = (("name", "nama", spec.name), ("unit", "unit", spec.unit or None),
              ("sector", "sektor", spec.sector or None), ("service_days", "hari", spec.service_days),
              ("needs_review", "kajian", spec.needs_review), ("review_days", "hari_kajian", spec.review_days),
              ("validity_months", "berlaku_bulan", spec.validity_months),
              ("legal_basis", "dasar_hukum", spec.legal_basis or None),
              ("template", "template", spec.template or None), ("active", "aktif", spec.active))
    for attr, label, value in simple:
        if getattr(pt, attr) != value:
            if attr == "legal_basis":
                changes.append(label)
            else:
                changes.append(f"{label}: {getattr(pt, attr)} → {value}")
            setattr(pt, attr, value)
    names, specs = spec.field_names, _specs_json(spec.fields)
    if list(pt.technical_fields or []) != names or (pt.technical_specs or None) != specs:
        changes.append("data_teknis: " + (", ".join(names) or "-"))
        pt.technical_fields, pt.technical_specs = names, specs
    changes += _apply_requirements(session, actor, pt, spec.requirements)
    return changes


def _apply_requirements(session: Session, actor: Actor, pt: PermitType,
                        wanted: list[RequirementSpec]) -> list[str]:
    current = current_requirements(pt)
    by_id = {r.id: r for r in current}
    by_name = {r.name.lower(): r for r in current}
    matched: list[tuple[RequirementSpec, Requirement | None]] = []
    used: set[str] = set()
    for w in wanted:
        row = by_id.get(w.id) if w.id else None
        if row is None or row.id in used:
            row = by_name.get(w.name.lower())
            if row is not None and row.id in used:
                row = None
        if row is not None:
            used.add(row.id)
        matched.append((w, row))
    removed = [r for r in current if r.id not in used]
    changed = [(w, r) for w, r in matched if r is not None
               and (r.name, bool(r.mandatory), bool(r.original_needed)) != w.content()]
    added = [w for w, r in matched if r is None]
    version = pt.requirements_version or 1
    bumped = bool(removed or changed or added)
    if bumped and pt.id is not None and session.get(PermitType, pt.id) is not None:
        version += 1
        pt.requirements_version = version
    out: list[str] = []
    for r in removed:
        r.until_version, r.active = version, False
        _stamp(r, actor)
        out.append(tr("persyaratan dihapus: {name}").format(name=r.name))
    for pos, (w, r) in enumerate(matched, 1):  # type: ignore[assignment]
        if r is not None and (w, r) in changed:
            r.until_version, r.active = version, False
            _stamp(r, actor)
            out.append(tr("persyaratan diubah: {name}").format(name=w.name))
            r = None  # type: ignore[assignment]
        elif r is None:
            out.append(tr("persyaratan ditambah: {name}").format(name=w.name))
        if r is None:
            new = Requirement(id=identity.requirement(pt.code, pos, version), permit_type_id=pt.id,
                              position=pos, name=w.name,
                              mandatory=w.mandatory, original_needed=w.original,
                              note=w.note or None, since_version=version, active=True)
            _stamp(new, actor, new=True)
            pt.requirements.append(new)
            continue
        if r.position != pos or (r.note or "") != w.note:
            if (r.note or "") != w.note:
                out.append(tr("catatan persyaratan: {name}").format(name=w.name))
            r.position, r.note = pos, w.note or None
            _stamp(r, actor)
    if not out and [r.id for r in current] != [r.id for _, r in matched if r is not None]:
        out.append(tr("urutan persyaratan diubah"))
    return out


def _code_taken(session: Session, code: str, other_id: str | None = None) -> bool:
    q = select(PermitType.id).where(func.upper(PermitType.code) == code)
    if other_id:
        q = q.where(PermitType.id != other_id)
    return session.scalar(q) is not None


def _sign(session: Session, actor: Actor, pt: PermitType) -> None:
    """The administrator's proof (app/proof.py) on the permit type and on every
    requirement row this change wrote: other workstations honour them only signed."""
    for r in pt.requirements:
        if r in session.new or session.is_modified(r):
            proof.stamp(r, actor)
    proof.stamp(pt, actor)


def _create(session: Session, actor: Actor, spec: PermitTypeSpec, how: str) -> PermitType:
    # The same code is the same permit type on every workstation (app/identity.py).
    pt = PermitType(id=identity.permit_type(spec.code), code=spec.code, requirements_version=1)
    _stamp(pt, actor, new=True)
    _apply(session, actor, pt, spec)
    session.add(pt)
    _sign(session, actor, pt)
    session.flush()
    audit.record(session, actor, "permit_type.create", "permit_type", pt.id,
                 tr("Jenis izin {code} ({name}) ditambahkan{how}; {n} persyaratan").format(
                     code=pt.code, name=pt.name, how=how, n=len(spec.requirements)))
    return pt


def save(session: Session, actor: Actor, spec: PermitTypeSpec, original_code: str | None = None) -> PermitTypeSpec:
    """Add (original_code None) or edit a permit type. Invalid(field, message)
    for bad input; nothing is written then."""
    require_admin(session, actor)
    from app.services import sk_templates
    try:
        spec = clean(spec, sk_templates.office_templates(session))   # the office's own templates first
        if original_code is None:
            if _code_taken(session, spec.code):
                raise Invalid("code", tr("Kode {code} sudah dipakai jenis izin lain.").format(code=spec.code))
            pt = _create(session, actor, spec, "")
        else:
            pt = _find(session, original_code)
            if spec.code != pt.code:
                if _code_taken(session, spec.code, pt.id):
                    raise Invalid("code", tr("Kode {code} sudah dipakai jenis izin lain.").format(code=spec.code))
                if _usage(session).get(pt.id):
                    raise Invalid("code", tr("Kode jenis izin yang sudah dipakai permohonan tidak dapat diganti."))
            old_code = pt.code
            pt.code = spec.code
            changes = _apply(session, actor, pt, spec)
            if old_code != pt.code:
                changes.insert(0, f"kode: {old_code} → {pt.code}")
            if changes:
                _stamp(pt, actor)
                _sign(session, actor, pt)
                audit.record(session, actor, "permit_type.update", "permit_type", pt.id,
                             f"{pt.code}: " + "; ".join(changes))
        session.commit()
    except BaseException:
        session.rollback()
        raise
    return spec_of(pt)


def set_active(session: Session, actor: Actor, code: str, active: bool) -> PermitTypeSpec:
    require_admin(session, actor)
    pt = _find(session, code)
    if bool(pt.active) != active:
        pt.active = active
        _stamp(pt, actor)
        _sign(session, actor, pt)
        audit.record(session, actor, "permit_type.enable" if active else "permit_type.disable",
                     "permit_type", pt.id,
                     (tr("Jenis izin {code} diaktifkan kembali") if active
                      else tr("Jenis izin {code} dinonaktifkan")).format(code=pt.code))
        session.commit()
    return spec_of(pt)


# --- the file: TOML in the shipped format ---------------------------------------------------

def _q(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def _value(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, str):
        return _q(v)
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(_value(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {_value(x)}" for k, x in v.items()) + " }"
    raise TypeError(type(v))


HEADER = """# Jenis izin kantor, diekspor dari Loket ({when}).
# Format sama dengan resources/permit_types.toml; impor kembali dengan
#   loket permit-types import BERKAS.toml --as ADMIN
# data_teknis: nama isian, atau {{ nama, jenis = teks|angka|tanggal|pilihan, wajib, pilihan = [..] }}
# persyaratan: nama, wajib, asli, catatan (untuk petugas loket). aktif = false: dinonaktifkan.
"""


def to_toml(specs: list[PermitTypeSpec], when: str = "") -> str:
    out = [HEADER.format(when=when or "-")]
    for s in specs:
        out.append("[[izin]]")
        out.append(f"kode = {_q(s.code)}")
        out.append(f"nama = {_q(s.name)}")
        for key, v in (("unit", s.unit), ("sektor", s.sector)):
            if v:
                out.append(f"{key} = {_q(v)}")
        out.append(f"hari = {s.service_days}")
        out.append(f"kajian = {_value(s.needs_review)}")
        if s.review_days is not None:
            out.append(f"hari_kajian = {s.review_days}")
        if s.validity_months is not None:
            out.append(f"berlaku_bulan = {s.validity_months}")
        if s.template:
            out.append(f"template = {_q(s.template)}")
        if s.legal_basis:
            out.append(f"dasar_hukum = {_q(s.legal_basis)}")
        if not s.active:
            out.append("aktif = false")
        out.append("data_teknis = [" + ", ".join(_value(f.as_toml()) for f in s.fields) + "]")
        out.append("persyaratan = [")
        for r in s.requirements:
            d = {"nama": r.name, "wajib": r.mandatory}
            if r.original:
                d["asli"] = True
            if r.note:
                d["catatan"] = r.note
            out.append(f"  {_value(d)},")
        out.append("]")
        out.append("")
    return "\n".join(out)


def export_toml(session: Session, when: str = "") -> str:
    pts = session.scalars(select(PermitType).order_by(PermitType.code)).all()
    return to_toml([spec_of(pt) for pt in pts], when)


def _from_item(item: dict[str, Any], where: str, problems: list[str]) -> PermitTypeSpec | None:
    unknown = sorted(set(item) - IZIN_KEYS)
    if unknown:
        problems.append(tr("{where}: kunci tidak dikenal: {keys}").format(where=where, keys=", ".join(unknown)))
    fields = []
    for j, f in enumerate(item.get("data_teknis") or [], 1):
        if isinstance(f, str):
            fields.append(FieldSpec(f))
        elif isinstance(f, dict):
            bad = sorted(set(f) - FIELD_KEYS)
            if bad:
                problems.append(tr("{where}, data_teknis {j}: kunci tidak dikenal: {keys}").format(
                    where=where, j=j, keys=", ".join(bad)))
            fields.append(FieldSpec(str(f.get("nama", "")), str(f.get("jenis", "teks")),
                                    bool(f.get("wajib", False)), tuple(f.get("pilihan") or ())))
        else:
            problems.append(tr("{where}, data_teknis {j}: harus teks atau tabel").format(where=where, j=j))
    reqs = []
    raw_reqs = item.get("persyaratan")
    if not isinstance(raw_reqs, list):
        raw_reqs = []
    for j, r in enumerate(raw_reqs, 1):
        if not isinstance(r, dict):
            problems.append(tr("{where}, persyaratan {j}: harus tabel {{ nama = … }}").format(where=where, j=j))
            continue
        bad = sorted(set(r) - REQ_KEYS)
        if bad:
            problems.append(tr("{where}, persyaratan {j}: kunci tidak dikenal: {keys}").format(
                where=where, j=j, keys=", ".join(bad)))
        reqs.append(RequirementSpec(str(r.get("nama", "")), bool(r.get("wajib", True)),
                                    bool(r.get("asli", False)), str(r.get("catatan", ""))))
    legal = str(item.get("dasar_hukum") or "")
    try:
        return PermitTypeSpec(
            code=str(item.get("kode", "")), name=str(item.get("nama", "")), service_days=item.get("hari"),  # type: ignore[arg-type]
            unit=str(item.get("unit", "") or ""), sector=str(item.get("sektor", "") or ""),
            needs_review=bool(item.get("kajian", False)), review_days=item.get("hari_kajian"),
            validity_months=item.get("berlaku_bulan"), legal_basis=legal,
            template=str(item.get("template", "") or ""), fields=fields, requirements=reqs,
            active=bool(item.get("aktif", True)))
    except (TypeError, ValueError) as e:
        problems.append(f"{where}: {e}")
        return None


def parse_toml(text: str, templates: dict[str, Any] | None = None) -> list[PermitTypeSpec]:
    """Every permit type in the file, cleaned; ImportError_ listing every problem
    (a file that does not parse, unknown keys, missing names, duplicate codes,
    unknown template placeholders, `teknis[...]` fields the type lacks). `templates`:
    the office's own SK templates by name (sk_templates.office_templates), checked
    before the shipped files."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise ImportError_([tr("Berkas bukan TOML yang sah: {err}").format(err=e)]) from None
    problems: list[str] = []
    items = data.get("izin")
    extra = sorted(set(data) - {"izin"})
    if extra:
        problems.append(tr("Bagian tidak dikenal di berkas: {keys} (hanya [[izin]])").format(keys=", ".join(extra)))
    if not isinstance(items, list) or not items:
        raise ImportError_(problems + [tr("Berkas tidak memuat satu pun [[izin]].")])
    out: list[PermitTypeSpec] = []
    codes: dict[str, int] = {}
    cache: dict[str, Any] = dict(templates or {})
    for i, item in enumerate(items, 1):
        where = tr("izin ke-{i}").format(i=i) + (f" ({item.get('kode')})" if item.get("kode") else "")
        spec = _from_item(item, where, problems)
        if spec is None:
            continue
        try:
            spec = clean(spec, cache)
        except Invalid as e:
            problems.append(f"{where}: {e.message}")
            continue
        if spec.code in codes:
            problems.append(tr("{where}: kode {code} sudah dipakai izin ke-{j}").format(
                where=where, code=spec.code, j=codes[spec.code]))
            continue
        codes[spec.code] = i
        out.append(spec)
    if problems:
        raise ImportError_(problems)
    return out


@dataclass(frozen=True)
class ImportResult:
    created: list[str]
    updated: list[str]
    unchanged: list[str]


def import_specs(session: Session, actor: Actor, specs: list[PermitTypeSpec], source: str = "") -> ImportResult:
    """Apply cleaned specs (parse_toml) in one transaction: a code already here is
    updated (its requirement list versioned as on the screen), a new one added."""
    require_admin(session, actor)
    created, updated, unchanged = [], [], []
    try:
        existing = {pt.code: pt for pt in session.scalars(select(PermitType))}
        for spec in specs:
            pt = existing.get(spec.code)
            if pt is None:
                created.append(_create(session, actor, spec, tr(" (impor)")).code)
                continue
            # the file's requirement lines carry no row ids: match by name
            changes = _apply(session, actor, pt, replace(spec, requirements=[replace(r, id=None) for r in spec.requirements]))
            if changes:
                _stamp(pt, actor)
                _sign(session, actor, pt)
                audit.record(session, actor, "permit_type.update", "permit_type", pt.id,
                             f"{pt.code} (impor): " + "; ".join(changes))
                updated.append(pt.code)
            else:
                unchanged.append(pt.code)
        audit.record(session, actor, "permit_type.import", "permit_type", None,
                     tr("Impor jenis izin{src}: {c} baru, {u} diubah, {n} tetap").format(
                         src=f" {source}" if source else "", c=len(created), u=len(updated), n=len(unchanged)))
        session.commit()
    except BaseException:
        session.rollback()
        raise
    return ImportResult(created, updated, unchanged)


def import_toml(session: Session, actor: Actor, text: str, source: str = "") -> ImportResult:
    require_admin(session, actor)
    from app.services import sk_templates
    return import_specs(session, actor, parse_toml(text, sk_templates.office_templates(session)), source)


# --- previews (sample data, nothing stored) -------------------------------------------------

SAMPLE = {
    "nomor": "503/0123/DPMPTSP/2026", "no_permohonan": "CONTOH-2026-00001",
    "jenis_permohonan": "Baru", "nomor_izin_lama": "-",
    "nama_pemohon": "Siti Aminah", "nik": "3276015708900001", "tempat_lahir": "Depok",
    "tanggal_lahir": "17 Agustus 1990", "pekerjaan": "Wiraswasta",
    "alamat_pemohon": "Jl. Margonda Raya No. 100, RT 01/RW 02, Pancoran Mas, Kota Depok",
    "telepon": "081234567890", "nama_perusahaan": "CV Contoh Sejahtera", "nib": "9120301234567",
    "npwp": "01.234.567.8-901.000", "alamat_perusahaan": "Jl. Raya Contoh No. 8",
    "lokasi": "Jl. Pahlawan No. 3, Contoh", "alasan_penolakan": "-",
}


def _sample_value(f: FieldSpec) -> str:
    if f.type == "pilihan" and f.choices:
        return f.choices[0]
    if f.type == "angka":
        return "12"
    if f.type == "tanggal":
        return "26 November 2026"
    return tr("(contoh {name})").format(name=f.name.lower())


def preview_sk(session: Session, spec: PermitTypeSpec) -> bytes:
    """The SK of this permit type filled with sample data (marked CONTOH).
    Raises Invalid("template", …) when the template cannot be used."""
    from app.services import sk_templates
    if not spec.template:
        raise Invalid("template", tr("Pilih templat SK untuk melihat pratinjau."))
    problem = _template_problem(spec.template, spec.field_names, sk_templates.office_templates(session))
    if problem:
        raise Invalid(*problem)
    return sample_sk(session, spec, sk_templates.resolve(session, spec.template))


def sample_sk(session: Session, spec: PermitTypeSpec, template: dict[str, Any]) -> bytes:
    """`template` rendered for this permit type with sample data (marked CONTOH)."""
    from app import config
    from app.documents import base, sk
    from app.services import issuance
    office = base.Office.from_session(session)
    title = sk.full_title(config.get(session, "office.head_title"), office)
    signer = sk.Signer(title, config.get(session, "office.head_name") or tr("NAMA KEPALA DINAS"),
                       config.get(session, "office.head_nip") or "", config.get(session, "office.head_rank"))
    from app import clock
    today = clock.today()
    span, until_text = issuance.validity_text(today, spec.validity_months)
    basis = [b.strip().rstrip(";") + ";" for b in (spec.legal_basis or "").replace("\n", ";").split(";") if b.strip()]
    tech = {f.name: _sample_value(f) for f in spec.fields}
    ctx = sk.Context(SAMPLE, tanggal_permohonan=base.tanggal(today), nama_izin=spec.name,
                     nama_izin_kapital=spec.name.upper(), kode_izin=spec.code,
                     nama_pemegang=SAMPLE["nama_pemohon"], alamat_pemegang=SAMPLE["alamat_pemohon"],
                     teknis=tech, data_teknis_list=list(tech.items()),
                     dasar_hukum="; ".join(basis) or "-", dasar_hukum_list=basis,
                     ketentuan_list=[tr("Contoh ketentuan dari naskah back office.")],
                     masa_berlaku=span, berlaku_sampai=until_text,
                     masa_berlaku_kalimat=tr("berlaku selama {span} sejak tanggal ditetapkan").format(span=span),
                     rujukan_permohonan=tr("tanggal {day}").format(day=base.tanggal(today)),
                     jenis_permohonan_kalimat=tr("penerbitan"), ada_perusahaan=True,
                     peraturan={k.removeprefix("office.legal_"): config.get(session, k)
                                for k in config.KEYS if k.startswith("office.legal_")},
                     wilayah=office.region_name, wilayah_judul=sk.judul(office.region_name),
                     pangkat_penandatangan=signer.rank or "-",
                     tanggal_penetapan=base.tanggal(today), tempat_penetapan=office.city or "-",
                     jabatan_penandatangan=title.upper(), jabatan_penandatangan_judul=sk.judul(title),
                     nama_penandatangan=signer.name, nip_penandatangan=signer.nip,
                     kantor=sk.judul(office.name), kantor_judul=sk.judul(office.name),
                     pemerintah=office.government, pemerintah_judul=sk.judul(office.government))
    return sk.render(template, ctx, office, signer, electronic=False,
                     qr_payload=tr("CONTOH — bukan dokumen resmi"),
                     title=tr("Pratinjau SK {code}").format(code=spec.code))


def preview_receipt(session: Session, spec: PermitTypeSpec, paper: str | None = None) -> bytes:
    """The receipt a counter would print for this permit type, every mandatory
    line ADA, the optional ones TIDAK ADA, marked CONTOH."""
    from app import clock, config
    from app.calendar import WorkCalendar
    from app.documents import base
    from app.documents import receipt as receipt_doc
    now = base.local_time(clock.utcnow(), config.get(session, "office.timezone"))
    cal = WorkCalendar.from_db(session)
    checks = [receipt_doc.CheckLine(r.name, r.mandatory, r.mandatory, r.original and r.mandatory,
                                    1 if r.mandatory else None, r.note, r.original)
              for r in spec.requirements]
    days = int(spec.service_days or 1)
    data = receipt_doc.ReceiptData(
        number="TT/CONTOH/2026/00001", no_permohonan=SAMPLE["no_permohonan"], at_local=now,
        applicant={"name": SAMPLE["nama_pemohon"], "id_type": "KTP", "nik": SAMPLE["nik"],
                   "address": SAMPLE["alamat_pemohon"], "phone": SAMPLE["telepon"]},
        permit_type=spec.name or "-", kind="BARU", checks=checks, service_days=days,
        due_date=cal.due_date(now.date(), days), officer_name=tr("Petugas Loket 2"), officer_nip=None,
        qr_payload=tr("CONTOH — bukan dokumen resmi"))
    return receipt_doc.build(data, base.Office.from_session(session),
                             paper or config.get(session, "intake.receipt_paper"), watermark="CONTOH")
