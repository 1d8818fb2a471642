"""Counter 2 (Loket 2): find or register the file, check its requirements,
then accept it with a receipt or return it with a return slip.

Every mutating function takes the acting officer, requires role LOKET2,
writes an audit record and commits ONE transaction; on any failure it rolls
back and nothing (not even an allocated number) survives. Numbers are taken
from `number_sequence` inside that transaction, so a crash before the commit
frees nothing that was ever printed, and a committed number is never handed
out again. Documents are printed only after the commit.

The GUI (ui/pages/intake.py) and the CLI (`loket print receipt`) call only
what is here.
"""
from __future__ import annotations

import csv
import hashlib
import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit, clock, config, identity, masterdata, numbering, qrsign, regions, validation, workflow
from app.calendar import WorkCalendar
from app.documents import base as docbase
from app.documents import receipt as receipt_doc
from app.documents import return_slip as return_doc
from app.i18n import tr
from app.services import applications, printing
from app.services.context import Actor, PermissionDenied, ServiceError
from app.sicantik import counter as sicantik_counter
from db.base import fresh_stamps, text_order, utcnow
from db.models import (
    Applicant,
    Application,
    Company,
    IssuedDocument,
    PermitType,
    Requirement,
    RequirementCheck,
    WorkflowEvent,
)

ROLE = workflow.LOKET2
KINDS = ("BARU", "PERPANJANGAN", "PERUBAHAN")
APPLICANT_TYPES = ("PERORANGAN", "PERUSAHAAN")
ID_TYPES = ("KTP", "PASPOR", "KITAS")
RECEIPT, RETURN_SLIP = "RECEIPT", "RETURN_SLIP"
QR_KIND = {RECEIPT: "TT", RETURN_SLIP: "BP"}

# Extra lookups for a number unknown locally, tried in order by `open_file`:
# callable(session, actor, text) -> Application | None, committing what it
# imports. Today the one is SiCantik's (the central database, then SiCantik
# itself); tests put their own stand-in here.
LOOKUPS: list[Callable[[Session, Actor, str], Application | None]] = [sicantik_counter.intake_lookup]


def _require(actor: Actor, *roles: str) -> None:
    if not (actor.roles & set(roles or (ROLE,))):
        raise PermissionDenied(tr("Hanya petugas Loket 2 (Pendaftaran) yang dapat melakukan ini."))


# --- finding the file ----------------------------------------------------------------------

def open_file(session: Session, actor: Actor, text: str, remote: bool = True) -> Application | None:
    """The application a typed or scanned text refers to: a signed QR payload,
    a no_permohonan, a receipt number or NIK (exactly one open match), or a
    number SiCantik knows. None when nothing matches exactly (the UI then
    shows a search list or offers a walk-in registration).
    Raises ServiceError for a QR payload that is not authentic.
    remote=False skips LOOKUPS (the GUI runs those off its thread: see lookup_remote)."""
    text = (text or "").strip()
    if not text:
        return None
    if qrsign.looks_like(text):
        return applications.resolve(session, text)      # a QR that does not verify is refused
    try:
        return applications.resolve(session, text)
    except ServiceError:
        pass
    digits = re.sub(r"[\s.\-]", "", text)
    if digits.isdigit() and len(digits) == 16:
        rows = session.scalars(select(Application.id).where(Application.applicant_nik == digits)).all()
        open_rows = session.scalars(select(Application.id).where(
            Application.applicant_nik == digits,
            Application.state.in_(workflow.INTAKE_STATES))).all()
        pick = open_rows if len(open_rows) == 1 else rows if len(rows) == 1 else []
        if pick:
            return applications.get(session, pick[0])
    return lookup_remote(session, actor, text) if remote else None


def lookup_remote(session: Session, actor: Actor, text: str) -> Application | None:
    """Try the LOOKUPS (SiCantik…) for a number unknown locally."""
    for lookup in LOOKUPS:
        found = lookup(session, actor, text.strip())
        if found is not None:
            return found
    return None


def find(session: Session, text: str, limit: int = 50) -> list[applications.Row]:
    return applications.search(session, text, limit=limit)


@dataclass(frozen=True)
class Located:
    """What counter 2's find box found: one file, or the rows to choose from."""
    app_id: str | None
    rows: list[applications.Row]


def locate(session: Session, actor: Actor, text: str) -> Located:
    """`open_file` without the remote lookups, else the search rows (the screen)."""
    app = open_file(session, actor, text, remote=False)
    if app is not None:
        return Located(app.id, [])
    return Located(None, find(session, text, limit=50))


def lookup_remote_id(session: Session, actor: Actor, text: str) -> str | None:
    """`lookup_remote`, as the id of the file it brought (for a screen)."""
    app = lookup_remote(session, actor, text)
    return app.id if app is not None else None


@dataclass(frozen=True)
class FileView:
    """One file as counter 2 shows it: the facts, the checklist, its latest
    receipt or return slip, and another open file of the same NIK and type."""
    id: str
    no_permohonan: str
    state: str
    receipt_number: str | None
    applicant_name: str
    applicant_id_type: str
    applicant_nik: str | None
    applicant_address: str | None
    applicant_type: str
    company_name: str | None
    company_nib: str | None
    permit_type: str
    service_days: int
    due_date: date | None
    kind: str
    old_permit_number: str | None
    items: list[Item]
    document_id: str | None
    document_kind: str | None
    duplicate_of: str | None


def file_view(session: Session, app_id: str) -> FileView:
    app = applications.get(session, app_id)
    doc_id, doc_kind = None, None
    if app.receipt_number:
        doc_id, doc_kind = latest_document(session, app, RECEIPT).id, RECEIPT
    elif app.state == "RETURNED":
        doc_id, doc_kind = latest_document(session, app, RETURN_SLIP).id, RETURN_SLIP
    a, c, pt = app.applicant, app.company, app.permit_type
    return FileView(
        app.id, app.no_permohonan, app.state, app.receipt_number, a.name, a.id_type, a.nik, a.address,
        app.applicant_type, c.name if c else None, c.nib if c else None, pt.name, pt.service_days,
        app.due_date, app.kind, app.old_permit_number, checklist(session, app), doc_id, doc_kind,
        other_open(session, app) if app.state in workflow.INTAKE_STATES else None)


def register_walkin_id(session: Session, actor: Actor, form: dict[str, Any], *,
                       allow_duplicate: bool = False) -> tuple[str, str]:
    """`register_walkin`, as (id, no_permohonan) for a screen."""
    app = register_walkin(session, actor, form, allow_duplicate=allow_duplicate)
    return app.id, app.no_permohonan


@dataclass(frozen=True)
class IssuedView:
    """What the screen shows of an accept or a return: the document and its PDF."""
    document_id: str
    kind: str
    number: str
    pdf: bytes
    no_permohonan: str


def accept_view(session: Session, actor: Actor, app_id: str, items: list[Item], **kw: Any) -> IssuedView:
    r = accept(session, actor, app_id, items, **kw)
    return IssuedView(r.document.id, r.document.kind, r.number, r.pdf, r.application.no_permohonan)


def return_view(session: Session, actor: Actor, app_id: str, items: list[Item], **kw: Any) -> IssuedView:
    r = return_file(session, actor, app_id, items, **kw)
    return IssuedView(r.document.id, r.document.kind, r.number, r.pdf, r.application.no_permohonan)


@dataclass(frozen=True)
class StoredView:
    document_id: str
    kind: str
    number: str | None
    pdf: bytes
    prints: int


def stored_view(session: Session, actor: Actor, document_id: str) -> StoredView:
    """A stored receipt or return slip and how often it was printed (the preview)."""
    doc = stored_document(session, actor, document_id)
    return StoredView(doc.id, doc.kind, doc.number, doc.pdf or b"", print_count(session, doc.id))


# --- walk-in registration -------------------------------------------------------------------

@dataclass
class Checked:
    """The result of validating a walk-in form: cleaned values, per-field
    messages (errors block saving), and warnings the officer should read."""
    values: dict[str, Any]
    errors: dict[str, str] = field(default_factory=dict)
    warnings: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors


FIELD_LABELS = {
    "applicant_type": "Tipe pemohon", "id_type": "Jenis identitas", "nik": "NIK / nomor identitas",
    "name": "Nama pemohon", "birth_place": "Tempat lahir", "birth_date": "Tanggal lahir",
    "gender": "Jenis kelamin", "occupation": "Pekerjaan", "npwp": "NPWP pemohon",
    "address": "Alamat", "region_code": "Wilayah (desa/kelurahan)", "postal_code": "Kode pos",
    "mobile": "Nomor HP", "phone": "Telepon", "email": "Surel",
    "company_name": "Nama perusahaan", "company_nib": "NIB", "company_npwp": "NPWP perusahaan",
    "company_address": "Alamat perusahaan", "company_phone": "Telepon perusahaan",
    "company_email": "Surel perusahaan", "permit_type": "Jenis izin", "kind": "Jenis permohonan",
    "old_permit_number": "Nomor izin lama", "location": "Lokasi izin",
    "location_region_code": "Wilayah lokasi izin",
    "notify_channel": "Pemberitahuan ke pemohon",
}


def _parse_date(value: Any) -> date:
    if isinstance(value, date):
        return value
    text = str(value).strip()
    for fmt in ("%d-%m-%Y", "%d/%m/%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise validation.Invalid("birth_date", tr("Tanggal lahir tidak sah: tulis HH-BB-TTTT, mis. 17-08-1985."))


# Free-text fields that may hold line breaks (an address typed over two lines).
MULTILINE_FIELDS = frozenset({"address", "company_address", "location"})


def check_field(name: str, value: Any, form: dict[str, Any] | None = None) -> Any:
    """Validate one field as the officer types. Returns the cleaned value or
    raises validation.Invalid(name, message). Empty optional fields return None."""
    form = form or {}
    if isinstance(value, str):
        validation.text(value, name, multiline=name in MULTILINE_FIELDS)
    v = value.strip() if isinstance(value, str) else value
    company = form.get("applicant_type") == "PERUSAHAAN"
    required = {"nik", "name", "address", "mobile", "permit_type", "kind", "applicant_type"}
    if company:
        required |= {"company_name", "company_nib"}
    if form.get("kind") in ("PERPANJANGAN", "PERUBAHAN"):
        required.add("old_permit_number")
    if v in (None, ""):
        if name in required:
            raise validation.Invalid(name, tr("{field} wajib diisi.").format(field=tr(FIELD_LABELS[name])))
        return None
    try:
        if name == "nik":
            id_type = form.get("id_type") or "KTP"
            if id_type == "KTP":
                return validation.nik(v)
            if not re.fullmatch(r"[A-Za-z0-9]{6,20}", v):
                raise validation.Invalid(name, tr("Nomor paspor/KITAS: 6–20 huruf atau angka."))
            return v.upper()
        if name in ("name", "company_name"):
            if len(v) > 200:
                raise validation.Invalid(name, tr("{field} paling banyak 200 karakter.").format(
                    field=tr(FIELD_LABELS[name])))
            return " ".join(v.split())
        if name == "birth_date":
            d = _parse_date(v)
            if d > clock.today() or d.year < 1900:
                raise validation.Invalid(name, tr("Tanggal lahir tidak mungkin."))
            return d
        if name == "gender":
            if v not in ("L", "P"):
                raise validation.Invalid(name, tr("Jenis kelamin: L atau P."))
            return v
        if name in ("npwp", "company_npwp"):
            return validation.npwp(v)
        if name == "company_nib":
            return validation.nib(v)
        if name in ("mobile", "phone", "company_phone"):
            try:
                return validation.phone(v)
            except validation.Invalid:
                # shorter than the shared message: it sits beside the field
                raise validation.Invalid(name, tr("Nomor tidak sah; contoh 081234567890 atau 021-7654321.")) from None
        if name in ("email", "company_email"):
            return validation.email(v)
        if name == "postal_code":
            return validation.postal_code(v)
        if name in ("region_code", "location_region_code"):
            if regions.get(v) is None:
                raise validation.Invalid(name, tr("Kode wilayah {code} tidak dikenal.").format(code=v))
            return v
        if name == "kind":
            if v not in KINDS:
                raise validation.Invalid(name, tr("Jenis permohonan: Baru, Perpanjangan atau Perubahan."))
            return v
        if name == "applicant_type":
            if v not in APPLICANT_TYPES:
                raise validation.Invalid(name, tr("Tipe pemohon: Perorangan atau Perusahaan."))
            return v
        if name == "id_type":
            if v not in ID_TYPES:
                raise validation.Invalid(name, tr("Jenis identitas: KTP, Paspor atau KITAS."))
            return v
        if name == "notify_channel":
            from app.notify import consent
            if v.upper() not in consent.CHANNEL_LABELS:
                raise validation.Invalid(name, tr("Pemberitahuan: tidak mau, WhatsApp, SMS atau surel."))
            return v.upper()
        if name in ("address", "company_address", "location", "occupation", "birth_place",
                    "old_permit_number", "permit_type"):
            if len(v) > 2000:
                raise validation.Invalid(name, tr("{field} terlalu panjang.").format(field=tr(FIELD_LABELS[name])))
            return v
    except validation.Invalid as e:
        raise validation.Invalid(name, e.message) from None
    raise validation.Invalid(name, tr("Isian tidak dikenal: {field}").format(field=name))


TECH = "teknis:"     # form keys of the technical-data fields (data_teknis), "teknis:Luas bangunan"


def check_form(session: Session, form: dict[str, Any]) -> Checked:
    """Validate a whole walk-in form; also flags an open duplicate (warning
    `duplicate`, with its no_permohonan) and NIK/form mismatches."""
    out = Checked(values={})
    names = [n for n in FIELD_LABELS if not n.startswith("company_") or form.get("applicant_type") == "PERUSAHAAN"]
    for name in names:
        try:
            out.values[name] = check_field(name, form.get(name), form)
        except validation.Invalid as e:
            out.errors[name] = e.message
    channel = out.values.get("notify_channel")
    if channel and "notify_channel" not in out.errors:
        # the channel the applicant chose must reach them: a mobile for WhatsApp/SMS, an address for e-mail
        from app.notify import consent
        field_for = {"WHATSAPP": "mobile", "SMS": "mobile", "EMAIL": "email"}.get(channel)
        if field_for and field_for not in out.errors:
            try:
                consent.check(channel, out.values.get("mobile"), out.values.get("email"))
            except validation.Invalid as e:
                out.errors[field_for] = e.message
    pt = None
    if out.values.get("permit_type"):
        pt = _permit_type(session, out.values["permit_type"])
        if pt is None:
            out.errors["permit_type"] = tr("Jenis izin tidak dikenal.")
    if pt is not None:
        # the permit type's technical data (form keys "teknis:<field>"), typed and checked
        # one field at a time so each message stands beside its own input
        from app.services import permit_types
        specs = permit_types.field_specs(pt)
        given = {k[len(TECH):]: v for k, v in form.items() if k.startswith(TECH)}
        tech = {}
        for f in specs:
            try:
                tech.update(permit_types.clean_technical([f], {f.name: given.get(f.name)}))
            except validation.Invalid as e:
                out.errors[TECH + f.name] = e.message
        out.values["technical"] = tech
    nik = out.values.get("nik")
    if nik and (form.get("id_type") or "KTP") == "KTP":
        warn = validation.nik_warnings(nik, out.values.get("gender"), out.values.get("birth_date"))
        if warn:
            out.warnings["nik"] = " ".join(warn)
    if nik and pt is not None:
        dup = applications.open_duplicate(session, nik, pt.id)
        if dup is not None:
            out.warnings["duplicate"] = tr(
                "NIK ini sudah punya permohonan {permit} yang masih berjalan: {no} ({state}).").format(
                permit=pt.name, no=dup.no_permohonan, state=tr(workflow.STATES[dup.state].label))
            out.values["duplicate_of"] = dup.no_permohonan
    return out


def _permit_type(session: Session, code_or_id: str) -> PermitType | None:
    return session.scalar(select(PermitType).where(
        (PermitType.code == code_or_id) | (PermitType.id == code_or_id)))


def register_walkin(session: Session, actor: Actor, form: dict[str, Any], *, allow_duplicate: bool = False) -> Application:
    """Create a walk-in application (state DRAFT) with a generated number.
    Refuses an invalid form (validation.Invalid for the first bad field; all
    messages via check_form) and, unless allow_duplicate, an open duplicate."""
    _require(actor)
    checked = check_form(session, form)
    if not checked.ok:
        name, message = next(iter(checked.errors.items()))
        raise validation.Invalid(name, message)
    if "duplicate" in checked.warnings and not allow_duplicate:
        raise ServiceError(checked.warnings["duplicate"])
    v = checked.values
    pt = _permit_type(session, v["permit_type"])
    if pt is None:   # validate() above refuses an unknown type; a type deleted meanwhile lands here
        raise validation.Invalid("permit_type", tr("Jenis izin tidak dikenal."))
    with audit.transaction(session):
        when = utcnow()
        local = docbase.local_time(when, config.get(session, "office.timezone"))
        no = numbering.next_number(session, "walkin", local, scope=actor.workstation,
                                   workstation=actor.workstation)
        applicant = Applicant(
            id_type=form.get("id_type") or "KTP", nik=v["nik"], name=v["name"],
            birth_place=v.get("birth_place"), birth_date=v.get("birth_date"), gender=v.get("gender"),
            occupation=v.get("occupation"), npwp=v.get("npwp"), address=v.get("address"),
            region_code=v.get("region_code"), postal_code=v.get("postal_code"),
            phone=v.get("phone"), mobile=v.get("mobile"), email=v.get("email"),
            # stored compact: update stamps = creation stamps (db/base.py, migration 0031)
            **fresh_stamps(actor.officer_id, actor.workstation))
        company = None
        if v.get("applicant_type") == "PERUSAHAAN":
            company = Company(name=v["company_name"], nib=v.get("company_nib"), npwp=v.get("company_npwp"),
                              address=v.get("company_address"), phone=v.get("company_phone"),
                              email=v.get("company_email"),
                              **fresh_stamps(actor.officer_id, actor.workstation))
            session.add(company)
        session.add(applicant)
        session.flush()
        app = applications.create(
            session, actor, no_permohonan=no, permit_type=pt, applicant=applicant, company=company,
            kind=v["kind"], applicant_type=v["applicant_type"], location=v.get("location"),
            location_region_code=v.get("location_region_code"), source="WALKIN", submitted_at=when,
            old_permit_number=v.get("old_permit_number") if v["kind"] != "BARU" else None,
            event_data={"duplicate_of": v["duplicate_of"]} if v.get("duplicate_of") else None)
        if any(v.get("technical", {}).values()):
            app.technical_data = v["technical"]      # data entry completes it (backoffice.verify)
        if v.get("notify_channel"):
            from app.notify import consent
            consent.record(session, actor, app, v["notify_channel"], v.get("mobile"), v.get("email"))
        audit.record(session, actor, "intake.register_walkin", "application", app.id,
                     f"{no} {pt.code} {v['kind']}" + (f" (duplikat dari {v['duplicate_of']})"
                                                     if v.get("duplicate_of") else ""))
    return app


# --- the checklist ---------------------------------------------------------------------------

@dataclass
class Item:
    """One requirement line as the counter screen edits it."""
    requirement_id: str
    name: str
    mandatory: bool
    original_needed: bool
    present: bool | None = None     # None: not examined yet
    original: bool = False
    sheets: int | None = None
    note: str = ""
    hint: str = ""                  # the administrator's note for the counter (what to look at)

    @property
    def deficiency(self) -> str | None:
        """Why this line blocks the receipt (None if it does not)."""
        if not self.mandatory:
            return None
        if not self.present:
            return self.note or tr("Tidak ada / belum dilampirkan")
        if self.original_needed and not self.original:
            return self.note or tr("Dokumen asli wajib diperlihatkan")
        return None


def checklist(session: Session, app: Application) -> list[Item]:
    """The permit type's active requirements, with whatever was saved before
    (a returned applicant's file opens with the earlier checks filled in)."""
    reqs = masterdata.requirements_for(session, app)   # the version this file was checked against
    saved = {c.requirement_id: c for c in session.scalars(select(RequirementCheck).where(
        RequirementCheck.application_id == app.id))}
    items = []
    for r in reqs:
        c = saved.get(r.id)
        items.append(Item(r.id, r.name, r.mandatory, r.original_needed,
                          present=c.present if c else None, original=c.original if c else False,
                          sheets=c.sheets if c else None, note=(c.note or "") if c else "",
                          hint=r.note or ""))
    return items


def _validate_items(session: Session, app: Application, items: list[Item]) -> None:
    valid = set(session.scalars(select(Requirement.id).where(Requirement.permit_type_id == app.permit_type_id)))
    for it in items:
        if it.requirement_id not in valid:
            raise ServiceError(tr("Persyaratan “{name}” bukan milik jenis izin ini.").format(name=it.name))
        if it.sheets is not None and not (0 <= int(it.sheets) <= 9999):
            raise validation.Invalid("sheets", tr("Jumlah lembar “{name}” harus 0–9999.").format(name=it.name))
        if it.present is False and it.sheets:
            raise validation.Invalid("sheets", tr("“{name}” ditandai TIDAK ADA: jumlah lembarnya tidak diisi.")
                                     .format(name=it.name))
        if it.note and len(it.note) > 1000:
            raise validation.Invalid("note", tr("Keterangan “{name}” terlalu panjang (maks. 1000).").format(name=it.name))


def _store_items(session: Session, actor: Actor, app: Application, items: list[Item]) -> int:
    masterdata.pin_requirements(app)
    saved = {c.requirement_id: c for c in session.scalars(select(RequirementCheck).where(
        RequirementCheck.application_id == app.id))}
    changed = 0
    for it in items:
        if it.present is None and it.requirement_id not in saved and not it.note and it.sheets is None:
            continue
        c = saved.get(it.requirement_id)
        if c is None:
            # one instant for both stamps: a row never edited stores its update stamps
            # compact (db/base.py DERIVED_STAMPS, migration 0028); two defaults would differ
            now = utcnow()
            c = RequirementCheck(id=identity.requirement_check(app.id, it.requirement_id),
                                 application_id=app.id, requirement_id=it.requirement_id,
                                 created_by=actor.officer_id, created_ws=actor.workstation,
                                 created_at=now, updated_at=now)
            session.add(c)
        new = (bool(it.present), bool(it.original and it.present), it.sheets, it.note or None)
        if (c.present, c.original, c.sheets, c.note) != new:
            c.present, c.original, c.sheets, c.note = new
            c.updated_by, c.updated_ws = actor.officer_id, actor.workstation
            changed += 1
    return changed


def _open_for_intake(session: Session, app_id: str) -> Application:
    app = applications.get(session, app_id)
    if app.state not in workflow.INTAKE_STATES:
        raise ServiceError(tr("Berkas {no} sudah berstatus “{state}”; pemeriksaan Loket 2 sudah selesai.")
                           .format(no=app.no_permohonan, state=tr(workflow.STATES[app.state].label)))
    return app


def save_checks(session: Session, actor: Actor, app_id: str, items: list[Item]) -> int:
    """Save the checklist as it stands (the screen calls this on every change,
    so a crash or power cut loses nothing). Returns the number of changed lines."""
    _require(actor)
    with audit.transaction(session):
        app = _open_for_intake(session, app_id)
        _validate_items(session, app, items)
        changed = _store_items(session, actor, app, items)
        if changed:
            audit.record(session, actor, "intake.save_checks", "application", app.id,
                         f"{app.no_permohonan}: {changed} baris persyaratan diperbarui")
        return changed


# --- accept / return -------------------------------------------------------------------------

@dataclass
class Issued:
    application: Application
    document: IssuedDocument
    pdf: bytes
    number: str


def _local_now(session: Session) -> tuple[datetime, datetime]:
    now = utcnow()
    return now, docbase.local_time(now, config.get(session, "office.timezone"))


def _applicant_dict(app: Application) -> dict[str, Any]:
    a = app.applicant
    return {"name": a.name, "id_type": a.id_type, "nik": a.nik,
            "address": ", ".join(x for x in (a.address, regions.path(a.region_code)) if x),
            "phone": a.mobile or a.phone, "email": a.email}


def _company_dict(app: Application) -> dict[str, Any] | None:
    c = app.company
    if app.applicant_type != "PERUSAHAAN" or c is None:
        return None
    return {"name": c.name, "nib": c.nib, "npwp": c.npwp, "address": c.address}


def _location(app: Application) -> str | None:
    parts = [x for x in (app.location, regions.path(app.location_region_code)) if x]
    return ", ".join(parts) or None


def missing_items(items: list[Item]) -> list[dict[str, Any]]:
    return [{"name": it.name, "mandatory": it.mandatory, "reason": it.deficiency}
            for it in items if it.deficiency]


def receipt_pdf(session: Session, app: Application, items: list[Item], number: str, local: datetime,
                due: date, officer_name: str, officer_nip: str | None, paper: str) -> tuple[bytes, str]:
    """The receipt as `accept` renders it, and its QR payload (the demo's recent files
    get theirs from here too, app/demo/papers.py)."""
    payload = qrsign.document_qr(session, QR_KIND[RECEIPT], app.no_permohonan, number, local.date())
    data = receipt_doc.ReceiptData(
        number=number, no_permohonan=app.no_permohonan, at_local=local,
        applicant=_applicant_dict(app), company=_company_dict(app),
        permit_type=app.permit_type.name, kind=app.kind, old_permit_number=app.old_permit_number,
        location=_location(app),
        checks=[receipt_doc.CheckLine(it.name, it.mandatory, bool(it.present), bool(it.original and it.present),
                                      it.sheets, it.note, it.original_needed) for it in items],
        service_days=app.permit_type.service_days, due_date=due,
        officer_name=officer_name, officer_nip=officer_nip, qr_payload=payload)
    return receipt_doc.build(data, docbase.Office.from_session(session), paper), payload


def return_slip_pdf(session: Session, app: Application, items: list[Item], missing: list[dict[str, Any]],
                    reason: str, number: str, local: datetime, officer_name: str, officer_nip: str | None,
                    paper: str) -> tuple[bytes, str]:
    """The return slip as `return_file` renders it, and its QR payload."""
    payload = qrsign.document_qr(session, QR_KIND[RETURN_SLIP], app.no_permohonan, number, local.date())
    data = return_doc.ReturnSlipData(
        number=number, no_permohonan=app.no_permohonan, at_local=local,
        applicant=_applicant_dict(app), company=_company_dict(app),
        permit_type=app.permit_type.name, kind=app.kind, old_permit_number=app.old_permit_number,
        missing=missing, officer_name=officer_name, officer_nip=officer_nip, qr_payload=payload,
        reason=reason, received=[it.name for it in items if it.present],
        received_sheets=[it.sheets for it in items if it.present])
    return return_doc.build(data, docbase.Office.from_session(session), paper), payload


def accept(session: Session, actor: Actor, app_id: str, items: list[Item], *,
           duration_seconds: int | None = None, paper: str | None = None) -> Issued:
    """Accept a complete file: receipt number, `receive` event, checks, the
    receipt PDF (IssuedDocument RECEIPT), due date and intake duration, in one
    transaction. Refused, with nothing changed, while a mandatory item is missing."""
    _require(actor)
    with audit.transaction(session):
        app = _open_for_intake(session, app_id)
        _validate_items(session, app, items)
        blocking = missing_items(items)
        if blocking:
            raise ServiceError(tr("Berkas belum lengkap; tanda terima tidak dapat diterbitkan. Kurang: {items}.")
                               .format(items="; ".join(m["name"] for m in blocking)))
        expected = {r.id for r in masterdata.requirements_for(session, app) if r.mandatory}
        if not expected <= {it.requirement_id for it in items if it.present}:
            raise ServiceError(tr("Daftar persyaratan tidak lengkap; muat ulang berkas."))
        paper = (paper or config.get(session, "intake.receipt_paper")).upper()
        now, local = _local_now(session)
        number = numbering.next_number(session, "receipt", local, scope=actor.workstation,
                                       workstation=actor.workstation)
        _store_items(session, actor, app, items)
        cal = WorkCalendar.from_db(session)
        due = cal.due_date(local.date(), app.permit_type.service_days)
        pdf, payload = receipt_pdf(session, app, items, number, local, due, actor.name, actor.nip, paper)
        doc = IssuedDocument(application_id=app.id, kind=RECEIPT, number=number,
                             sha256=hashlib.sha256(pdf).hexdigest(), pdf=pdf, issued_at=now,
                             issued_by=actor.officer_id, workstation=actor.workstation,
                             data={"paper": paper, "qr": payload, "due_date": due.isoformat(),
                                   "service_days": app.permit_type.service_days,
                                   "duration_seconds": duration_seconds},
                             created_by=actor.officer_id, created_ws=actor.workstation, created_at=now)

        def receipt(_ev: Any) -> None:
            app.receipt_number = number
            app.received_at = now
            app.due_date = due
            session.add(doc)
        workflow.transition(session, app, "receive", actor,
                            {"receipt_number": number, "duration_seconds": duration_seconds,
                             "due_date": due.isoformat()}, at=now, also=receipt,
                            summary=f"{app.no_permohonan} diterima, tanda terima {number}, selesai {due.isoformat()}",
                            audit_action="intake.accept")
    return Issued(app, doc, pdf, number)


def return_file(session: Session, actor: Actor, app_id: str, items: list[Item], *,
                reason: str = "", duration_seconds: int | None = None,
                paper: str | None = None) -> Issued:
    """Hand the file back with a return slip listing exactly what is missing
    and why (`return` event + IssuedDocument RETURN_SLIP), in one transaction.
    The checks are kept: when the applicant comes back they are filled in."""
    _require(actor)
    reason = (reason or "").strip()
    with audit.transaction(session):
        app = _open_for_intake(session, app_id)
        _validate_items(session, app, items)
        missing = missing_items(items)
        # an optional item the officer annotated is also worth telling the applicant
        missing += [{"name": it.name, "mandatory": False, "reason": it.note}
                    for it in items if not it.mandatory and not it.present and it.note]
        if not missing and not reason:
            raise ServiceError(tr("Tidak ada kekurangan yang dicatat. Terima berkas, atau tulis alasan pengembalian."))
        if len(reason) > 2000:
            raise validation.Invalid("reason", tr("Alasan pengembalian terlalu panjang (maks. 2000)."))
        paper = (paper or config.get(session, "intake.receipt_paper")).upper()
        if paper == "ROLL80":
            paper = "A5"   # the slip lists reasons: give them room
        now, local = _local_now(session)
        number = numbering.next_number(session, "return_slip", local, scope=actor.workstation,
                                       workstation=actor.workstation)
        _store_items(session, actor, app, items)
        pdf, payload = return_slip_pdf(session, app, items, missing, reason, number, local,
                                       actor.name, actor.nip, paper)
        doc = IssuedDocument(application_id=app.id, kind=RETURN_SLIP, number=number,
                             sha256=hashlib.sha256(pdf).hexdigest(), pdf=pdf, issued_at=now,
                             issued_by=actor.officer_id, workstation=actor.workstation,
                             data={"paper": paper, "qr": payload, "missing": missing, "reason": reason,
                                   "duration_seconds": duration_seconds},
                             created_by=actor.officer_id, created_ws=actor.workstation, created_at=now)
        workflow.transition(session, app, "return", actor,
                            {"missing": [m["name"] for m in missing] or [reason], "reason": reason or None,
                             "slip_number": number, "duration_seconds": duration_seconds}, at=now,
                            also=lambda _ev: session.add(doc), audit_action="intake.return",
                            summary=f"{app.no_permohonan} dikembalikan ({number}): {len(missing)} kekurangan")
    return Issued(app, doc, pdf, number)


# --- prints and reprints -----------------------------------------------------------------------

def latest_document(session: Session, app: Application, kind: str = RECEIPT) -> IssuedDocument:
    doc = session.scalar(select(IssuedDocument).where(
        IssuedDocument.application_id == app.id, IssuedDocument.kind == kind)
        .order_by(IssuedDocument.issued_at.desc()).limit(1))
    if doc is None:
        if kind == RECEIPT and app.receipt_number:   # received, its PDF stored elsewhere (or never)
            raise ServiceError(tr("Permohonan {no} sudah diterima dengan tanda terima {number}, tetapi PDF tanda "
                                  "terimanya tidak tersimpan di komputer ini.")
                               .format(no=app.no_permohonan, number=app.receipt_number))
        label = tr("tanda terima") if kind == RECEIPT else tr("bukti pengembalian")
        raise ServiceError(tr("Permohonan {no} belum memiliki {doc}.").format(no=app.no_permohonan, doc=label))
    return doc


def stored_document(session: Session, actor: Actor, document_id: str) -> IssuedDocument:
    """An issued receipt or return slip, as stored (for the preview)."""
    _require(actor, ROLE, workflow.SYSTEM)
    doc = session.get(IssuedDocument, document_id)
    if doc is None or doc.kind not in (RECEIPT, RETURN_SLIP):
        raise ServiceError(tr("Dokumen tidak ditemukan."))
    return doc


def other_open(session: Session, app: Application) -> str | None:
    """no_permohonan of another open application with the same NIK and permit type."""
    if not app.applicant_nik:
        return None
    return session.scalar(select(Application.no_permohonan).where(
        Application.applicant_nik == app.applicant_nik, Application.permit_type_id == app.permit_type_id,
        Application.id != app.id, Application.state.in_(sorted(workflow.OPEN_STATES))).limit(1))


def print_count(session: Session, document_id: str) -> int:
    return printing.count(session, document_id)


def record_print(session: Session, actor: Actor, document_id: str, copies: int = 1,
                 reason: str | None = None, copy: bool | None = None) -> tuple[str, bytes]:
    """Record that a document goes to paper and return (kind, pdf to print).
    The first print is the original (PRINT); every later one is a REPRINT whose
    pages carry SALINAN and the reprint count. System actors (scripts, the CLI)
    may write reprints too."""
    _require(actor, ROLE, workflow.SYSTEM)
    if not 1 <= copies <= 20:
        raise validation.Invalid("copies", tr("Jumlah salinan 1–20."))
    with audit.transaction(session):
        doc = session.get(IssuedDocument, document_id)
        if doc is None or doc.kind not in (RECEIPT, RETURN_SLIP) or not doc.pdf:
            raise ServiceError(tr("Dokumen tidak ditemukan."))
        if copy is None:
            copy = printing.count(session, doc.id) > 0 or workflow.SYSTEM in actor.roles
        kind = printing.REPRINT if copy else printing.PRINT
        now, local = _local_now(session)
        reprints = printing.count(session, doc.id, printing.REPRINT)
        pdf = stamp_copy(doc.pdf, tr("SALINAN — cetak ulang ke-{n}, {when}").format(
            n=reprints + 1, when=docbase.tanggal_jam(local))) if copy else doc.pdf
        printing.record(session, actor, doc.id, kind, copies=copies, reason=reason, at=now)
        audit.record(session, actor, "intake.print" if kind == printing.PRINT else "intake.reprint",
                     "issued_document", doc.id, f"{doc.number} {kind} x{copies}")
    return kind, pdf


def stamp_copy(pdf: bytes, line: str) -> bytes:
    """The stored original with SALINAN over every page (pypdf merge), so a
    reprint shows exactly what the applicant was given, marked as a copy."""
    from pypdf import PdfReader, PdfWriter
    reader = PdfReader(io.BytesIO(pdf))
    writer = PdfWriter(clone_from=reader)
    for page in writer.pages:
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        page.merge_page(_stamp_page(w, h, line))
    title = str(reader.metadata.get("/Title", "")) if reader.metadata else ""
    writer.add_metadata({"/Title": title + " (SALINAN)"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _stamp_page(w: float, h: float, line: str) -> Any:
    from pypdf import PdfReader
    from reportlab.pdfgen import canvas as rl_canvas
    docbase.register_fonts()
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=(w, h))
    size = min(w, h) / 4.5
    c.saveState()
    c.setFont(docbase.SANS_BOLD, size)
    c.setFillColor(docbase.colors.Color(0.55, 0.55, 0.55, alpha=0.25))
    c.translate(w / 2, h / 2)
    c.rotate(35 if h > w * 1.2 and h < w * 3 else 0)
    c.drawCentredString(0, -size / 3, "SALINAN")
    c.restoreState()
    c.setFont(docbase.SANS_BOLD, 6.5)
    c.drawRightString(w - 4 * docbase.mm, h - 4 * docbase.mm, line)
    c.save()
    return PdfReader(io.BytesIO(buf.getvalue())).pages[0]


def reprint_receipt(session: Session, actor: Actor, no_permohonan: str, reason: str | None = None) -> bytes:
    """The receipt of an accepted application as a SALINAN (recorded as REPRINT)."""
    app = applications.get(session, no_permohonan)
    if not app.receipt_number:
        raise ServiceError(tr("Permohonan {no} belum diterima di Loket 2 (belum ada tanda terima).")
                           .format(no=app.no_permohonan))
    doc = latest_document(session, app, RECEIPT)
    _, pdf = record_print(session, actor, doc.id, reason=reason, copy=True)
    return pdf


# --- daily register --------------------------------------------------------------------------

@dataclass(frozen=True)
class RegisterRow:
    at_local: datetime
    officer: str
    result: str            # DITERIMA / DIKEMBALIKAN
    no_permohonan: str
    applicant: str
    permit_type: str
    number: str            # receipt or return slip number
    duration_seconds: int | None


def day_bounds(day: date, tz: str) -> tuple[datetime, datetime]:
    zone = ZoneInfo(tz)
    start = datetime.combine(day, time(0), zone).astimezone(UTC).replace(tzinfo=None)
    return start, start + timedelta(days=1)


def daily_register(session: Session, actor: Actor, day: date | None = None) -> list[RegisterRow]:
    """Files received and returned on `day` (office time zone), ordered by officer and time."""
    _require(actor, ROLE, workflow.ADMIN, workflow.SYSTEM)
    tz = config.get(session, "office.timezone")
    day = day or docbase.local_time(utcnow(), tz).date()
    start, end = day_bounds(day, tz)
    rows = session.execute(
        select(WorkflowEvent, Application.no_permohonan, Application.applicant_name, PermitType.name)
        .join(Application, Application.id == WorkflowEvent.application_id)
        .join(PermitType, PermitType.id == Application.permit_type_id)
        .where(WorkflowEvent.action.in_(("receive", "return")), WorkflowEvent.at >= start,
               WorkflowEvent.at < end)
        .order_by(text_order(WorkflowEvent.actor_name), WorkflowEvent.at)).all()   # by name, not code
    out = []
    for ev, no, name, pt in rows:
        d = ev.data or {}
        out.append(RegisterRow(docbase.local_time(ev.at, tz), ev.actor_name or "-",
                               "DITERIMA" if ev.action == "receive" else "DIKEMBALIKAN", no, name, pt,
                               d.get("receipt_number") or d.get("slip_number") or "-",
                               d.get("duration_seconds")))
    return out


CSV_HEADER = ["Tanggal", "Jam", "Petugas", "Hasil", "No. permohonan", "Pemohon", "Jenis izin",
              "No. tanda terima / bukti", "Durasi (menit)"]


def register_csv(rows: list[RegisterRow]) -> str:
    """CSV for Excel in an Indonesian locale: semicolons, decimal comma, and a
    UTF-8 BOM written by the caller (encoding 'utf-8-sig')."""
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow([tr(h) for h in CSV_HEADER])
    for r in rows:
        minutes = "" if r.duration_seconds is None else f"{r.duration_seconds / 60:.1f}".replace(".", ",")
        w.writerow([r.at_local.strftime("%d-%m-%Y"), r.at_local.strftime("%H:%M"), r.officer,
                    r.result, r.no_permohonan, r.applicant, r.permit_type, r.number, minutes])
    return buf.getvalue()


def register_pdf(session: Session, actor: Actor, day: date | None = None) -> bytes:
    from app.documents import intake_register
    tz = config.get(session, "office.timezone")
    day = day or docbase.local_time(utcnow(), tz).date()
    rows = daily_register(session, actor, day)
    supervisor = {k: config.get(session, f"office.register_supervisor_{k}") for k in ("title", "name", "nip")}
    return intake_register.build(rows, day, docbase.Office.from_session(session), actor.name,
                                 printed_nip=actor.nip, printed_on=docbase.local_time(utcnow(), tz).date(),
                                 supervisor=supervisor)
