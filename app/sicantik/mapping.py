"""One SiCantik row → Loket's fields.

Each office's template selects its own columns, so every Loket field has a list
of SiCantik names tried in order (the common ones by default); the office adds
its own with the setting `sicantik.fields`, e.g.
``nik=no_ktp; name=nama_lengkap`` (the office's name is tried first). Missing,
extra and null fields are tolerated; only what a new application cannot do
without (number, applicant name, permit type) makes a row fail, with a reason.

A range answer usually has one row per process step of an application
(permohonan_izin joined with proses_permohonan); `read_row` returns the
application's fields and, when the row names a step, that step.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from app.i18n import tr
from app.services.context import ServiceError
from app.validation import name_key

DEFAULT_FIELDS: dict[str, tuple[str, ...]] = {
    "no_permohonan": ("no_permohonan", "nomor_permohonan", "no_registrasi"),
    "name": ("nama", "nama_pemohon"),
    "nik": ("no_identitas", "nik", "no_ktp"),
    "id_type": ("tipe_identitas", "jenis_identitas"),
    "address": ("alamat", "alamat_pemohon"),
    "email": ("email", "email_pemohon"),
    "mobile": ("no_hp", "hp"),
    "phone": ("no_tlp", "no_telp", "telepon"),
    "birth_place": ("tempat_lahir",),
    "birth_date": ("tgl_lahir", "tanggal_lahir"),
    "gender": ("jenis_kelamin",),
    "occupation": ("pekerjaan",),
    "npwp": ("npwp", "npwp_pemohon"),
    "permit_type_id": ("jenis_izin_id", "izin_id"),
    "permit_type_name": ("jenis_izin", "nama_izin"),
    "kind": ("jenis_permohonan",),
    "old_permit_number": ("no_izin_lama",),
    "applicant_type": ("tipe_pemohon",),
    "company_name": ("nama_perusahaan",),
    "company_nib": ("nib", "no_nib"),
    "company_npwp": ("npwp_perusahaan",),
    "company_address": ("alamat_perusahaan",),
    "company_phone": ("telp_perusahaan", "no_telp_perusahaan"),
    "company_email": ("email_perusahaan",),
    "location": ("lokasi_izin", "lokasi"),
    "submitted_at": ("tgl_pengajuan", "tgl_permohonan", "tanggal_pengajuan"),
    "finished_at": ("tgl_selesai",),
    "step_id": ("jenis_proses_id", "proses_id"),
    "step_name": ("nama_proses",),
    "status": ("status", "status_proses"),
    "step_start": ("start_date", "tgl_mulai"),
    "step_end": ("end_date", "tgl_akhir_proses"),
    "processed_by": ("diproses_oleh",),
}

# Column sizes of the Loket tables the fields go to (longer text is clipped).
_SIZES = {"nik": 32, "id_type": 16, "name": 200, "email": 200, "mobile": 32, "phone": 32,
          "birth_place": 120, "occupation": 120, "npwp": 32, "company_name": 200,
          "company_nib": 13, "company_npwp": 32, "company_phone": 32, "company_email": 200,
          "old_permit_number": 100, "step_name": 200, "processed_by": 200, "step_id": 100,
          "permit_type_id": 64, "permit_type_name": 200}

STEP_STATUSES = {"menunggu": "Menunggu", "proses": "Proses", "selesai": "Selesai", "drop": "Drop"}


class MappingError(ServiceError):
    """The `sicantik.fields` setting is wrong."""


class RowError(ValueError):
    """This row cannot be imported; the message says why, for the administrator."""


def field_map(spec: str | None) -> dict[str, tuple[str, ...]]:
    """Defaults plus the office's names from `sicantik.fields` ("loket=sicantik; …")."""
    fields = dict(DEFAULT_FIELDS)
    for part in re.split(r"[;,\n]", spec or ""):
        part = part.strip()
        if not part:
            continue
        loket, sep, theirs = (p.strip() for p in part.partition("="))
        if not sep or not loket or not theirs:
            raise MappingError(tr("sicantik.fields: “{part}” harus berbentuk kolom_loket=kolom_sicantik.")
                               .format(part=part))
        if loket not in fields:
            raise MappingError(tr("sicantik.fields: kolom Loket “{name}” tidak dikenal. Pilihan: {names}.")
                               .format(name=loket, names=", ".join(DEFAULT_FIELDS)))
        fields[loket] = (theirs,) + tuple(n for n in fields[loket] if n != theirs)
    return fields


# Dates as SiCantik templates write them. MySQL's zero date means "none".
_DATE_FORMATS = ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y", "%Y/%m/%d")
_DATETIME_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M",
                     "%d-%m-%Y %H:%M:%S", "%d-%m-%Y %H:%M", "%d/%m/%Y %H:%M:%S")


def _is_zero(text: str) -> bool:
    return text.startswith("0000-00-00") or text.startswith("00-00-0000")


def parse_datetime(value: Any) -> datetime | None:
    """Local (office time) naive datetime, or None for empty. ValueError if unreadable."""
    if value is None:
        return None
    text = str(value).strip()
    if not text or _is_zero(text):
        return None
    for fmt in _DATETIME_FORMATS:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            pass
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            pass
    try:  # fractions of a second, offsets, "Z"
        dt = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(text) from None
    return dt


def parse_date(value: Any) -> date | None:
    dt = parse_datetime(value)
    return dt.date() if dt else None


def to_utc(local: datetime | None, tz: ZoneInfo) -> datetime | None:
    if local is None:
        return None
    aware = local if local.tzinfo else local.replace(tzinfo=tz)
    return aware.astimezone(UTC).replace(tzinfo=None)


@dataclass
class Step:
    key: str
    name: str | None
    status: str | None
    started_at: datetime | None
    ended_at: datetime | None
    processed_by: str | None


@dataclass
class Record:
    no_permohonan: str
    applicant: dict[str, Any]
    company: dict[str, Any] | None
    permit_type_id: str | None
    permit_type_name: str | None
    kind: str
    old_permit_number: str | None
    applicant_type: str
    location: str | None
    submitted_at: datetime | None
    finished_at: datetime | None
    status: str | None          # application-level status when the row names no step
    step: Step | None = None
    notes: list[str] = field(default_factory=list)
    unknown: dict[str, str] = field(default_factory=dict)   # field → as SiCantik wrote it


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    return text or None


class _Reader:
    def __init__(self, row: dict[str, Any], fields: dict[str, tuple[str, ...]]) -> None:
        self.row, self.fields = row, fields

    def get(self, key: str) -> str | None:
        for name in self.fields[key]:
            if name in self.row:
                text = _text(self.row[name])
                if text is not None and not isinstance(self.row[name], (dict, list)):
                    size = _SIZES.get(key)
                    return text[:size] if size else text
        return None

    def source(self, key: str) -> str:
        present = [n for n in self.fields[key] if n in self.row]
        return present[0] if present else self.fields[key][0]


def number_of(row: Any, fields: dict[str, tuple[str, ...]]) -> str | None:
    """The row's no_permohonan as read_row would read it, or None."""
    return _Reader(row, fields).get("no_permohonan") if isinstance(row, dict) else None


# Enum-like SiCantik fields: what Loket makes of them. SiCantik's option lists are
# configured per office, so a value may be one Loket has never seen: it is kept as
# written (Record.unknown → application.sicantik_values) and an administrator maps
# it (sicantik_value_map). A value Loket cannot interpret never loses the row.
VALUE_FIELDS: dict[str, tuple[str, ...]] = {
    "jenis_permohonan": ("BARU", "PERPANJANGAN", "PERUBAHAN"),
    "tipe_pemohon": ("PERORANGAN", "PERUSAHAAN"),
    "jenis_kelamin": ("L", "P"),
    "status": ("Menunggu", "Proses", "Selesai", "Drop"),
}
FIELD_LABELS = {"jenis_permohonan": "Jenis permohonan", "tipe_pemohon": "Tipe pemohon",
                "jenis_kelamin": "Jenis kelamin", "status": "Status proses"}
VALUE_LABELS = {"BARU": "Baru", "PERPANJANGAN": "Perpanjangan", "PERUBAHAN": "Perubahan",
                "PERORANGAN": "Perorangan", "PERUSAHAAN": "Perusahaan", "L": "Laki-laki", "P": "Perempuan",
                "Menunggu": "Menunggu", "Proses": "Proses", "Selesai": "Selesai", "Drop": "Drop (dibatalkan)"}

Values = dict[tuple[str, str], str]     # (field, name_key(value)) → Loket value


def step_of(row: Any, fields: dict[str, tuple[str, ...]]) -> str:
    """Which step of its application a row is ("" when it names none)."""
    r = _Reader(row, fields) if isinstance(row, dict) else None
    return (r.get("step_id") or r.get("step_name") or "") if r else ""


def _kind(text: str) -> str | None:
    low = text.casefold()
    if "panjang" in low:
        return "PERPANJANGAN"
    if "ubah" in low or "perubahan" in low:
        return "PERUBAHAN"
    if "baru" in low:
        return "BARU"
    return None


def _applicant_type(text: str) -> str | None:
    low = text.casefold()
    if "orang" in low or "individu" in low or "pribadi" in low:
        return "PERORANGAN"
    if "usaha" in low or "perusahaan" in low or "badan" in low or "hukum" in low:
        return "PERUSAHAAN"
    return None


def _gender(text: str) -> str | None:
    low = text.casefold().replace("-", "").replace(" ", "")
    if low in ("l", "lakilaki", "laki", "pria", "male", "m", "1"):
        return "L"
    if low in ("p", "perempuan", "wanita", "female", "f", "w", "2"):
        return "P"
    return None


def _status(text: str) -> str | None:
    return STEP_STATUSES.get(text.casefold())


_BUILTIN = {"jenis_permohonan": _kind, "tipe_pemohon": _applicant_type, "jenis_kelamin": _gender,
            "status": _status}


def interpret(field: str, text: str | None, values: Values | None = None) -> tuple[str | None, bool]:
    """(Loket's value or None, whether SiCantik's text is unknown). The office's map
    comes first, then the spellings Loket knows."""
    if text is None:
        return None, False
    mapped = (values or {}).get((field, name_key(text)))
    if mapped:
        return mapped, False
    known = _BUILTIN[field](text)
    return known, known is None


def step_status(text: str | None, values: Values | None = None) -> str | None:
    """Loket's step status, or the text as SiCantik wrote it when nobody knows it yet."""
    if text is None:
        return None
    known, _unknown = interpret("status", text, values)
    return known or text[:32]


def read_row(row: Any, fields: dict[str, tuple[str, ...]], tz: ZoneInfo, values: Values | None = None) -> Record:
    """Raises RowError when the row cannot become (part of) an application. `values`:
    the office's map of enum-like values (value_map)."""
    if not isinstance(row, dict):
        raise RowError(tr("baris bukan objek JSON: {v}").format(v=str(row)[:60]))
    r = _Reader(row, fields)
    no = r.get("no_permohonan")
    if no is None:
        raise RowError(tr("kolom nomor permohonan ({name}) kosong atau tidak ada.").format(
            name=r.source("no_permohonan")))
    if len(no) > 64:
        raise RowError(tr("nomor permohonan lebih dari 64 karakter."))
    notes: list[str] = []

    def when(key: str, required: bool = False) -> datetime | None:
        try:
            return to_utc(parse_datetime(r.get(key)), tz)
        except ValueError as e:
            msg = tr("{name} “{v}” bukan tanggal yang dikenali (YYYY-MM-DD, YYYY-MM-DD HH:MM:SS, DD-MM-YYYY).") \
                .format(name=r.source(key), v=str(e))
            if required:
                raise RowError(msg) from None
            notes.append(msg)
            return None

    try:
        birth = parse_date(r.get("birth_date"))
    except ValueError as e:
        birth = None
        notes.append(tr("tgl_lahir “{v}” diabaikan: bukan tanggal.").format(v=str(e)))
    unknown: dict[str, str] = {}

    def enum(field: str, key: str) -> str | None:
        text = r.get(key)
        value, is_unknown = interpret(field, text, values)
        if is_unknown and text is not None:   # (unknown implies a text)
            unknown[field] = text[:200]
        return value

    applicant = {
        "name": r.get("name"), "nik": r.get("nik"), "id_type": (r.get("id_type") or "KTP").upper()[:16],
        "address": r.get("address"), "email": r.get("email"), "mobile": r.get("mobile"),
        "phone": r.get("phone"), "birth_place": r.get("birth_place"), "birth_date": birth,
        "gender": enum("jenis_kelamin", "gender"), "occupation": r.get("occupation"), "npwp": r.get("npwp"),
    }
    company = None
    if r.get("company_name"):
        company = {"name": r.get("company_name"), "nib": r.get("company_nib"),
                   "npwp": r.get("company_npwp"), "address": r.get("company_address"),
                   "phone": r.get("company_phone"), "email": r.get("company_email")}
    step = None
    step_id, step_name = r.get("step_id"), r.get("step_name")
    status = step_status(r.get("status"), values)
    if step_id or step_name:
        step = Step(key=(step_id or step_name or "")[:100], name=step_name, status=status,
                    started_at=when("step_start"), ended_at=when("step_end"),
                    processed_by=r.get("processed_by"))
        status = None
    # An unknown kind is kept as SiCantik wrote it (shown so everywhere) until it is
    # mapped; an unknown applicant type falls back on whether the row names a company.
    kind = enum("jenis_permohonan", "kind")
    if kind is None:
        kind = unknown["jenis_permohonan"][:16] if "jenis_permohonan" in unknown else "BARU"
    applicant_type = enum("tipe_pemohon", "applicant_type") or ("PERUSAHAAN" if company else "PERORANGAN")
    return Record(
        no_permohonan=no, applicant=applicant, company=company,
        permit_type_id=r.get("permit_type_id"), permit_type_name=r.get("permit_type_name"),
        kind=kind, old_permit_number=r.get("old_permit_number"), applicant_type=applicant_type,
        location=r.get("location"), submitted_at=when("submitted_at", required=True),
        finished_at=when("finished_at"), status=status, step=step, notes=notes, unknown=unknown,
    )


def value_map(session: Session) -> Values:
    """The office's map of enum-like values (sicantik_value_map), for read_row."""
    from sqlalchemy import select

    from db.models.sicantik import SicantikValueMap
    return {(m.field, m.value_key): m.loket_value
            for m in session.scalars(select(SicantikValueMap).where(SicantikValueMap.active.is_(True)))}
