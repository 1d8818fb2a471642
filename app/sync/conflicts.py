"""What sync overwrote or refused, for the administrator (`loket sync conflicts`
and the admin page). Read from the local copy of the central conflict log, so
it works offline on any workstation."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import tr
from db.models.sync import SyncConflict

TABLE_LABELS = {
    "applicant": "Pemohon", "company": "Perusahaan", "application": "Permohonan",
    "workflow_event": "Riwayat proses", "handover": "Penyerahan SK", "officer": "Petugas",
    "permit_type": "Jenis izin", "requirement": "Persyaratan", "requirement_check": "Pemeriksaan berkas",
    "issued_document": "Dokumen terbit", "complaint": "Pengaduan", "setting": "Pengaturan kantor",
    "non_working_day": "Hari libur kantor", "survey_response": "SKM", "audit_record": "Log audit",
    "document_print": "Catatan cetak", "complaint_update": "Tindak lanjut pengaduan",
    "signing_key_revocation": "Pencabutan kunci QR", "sync_conflict": "Log konflik sinkronisasi",
}
KIND_LABELS = {"FIELD": "Nilai tertimpa", "REJECTED": "Ditolak pusat", "LOCAL": "Ditolak lokal"}
# Column names the conflict log and the refusal messages show, for the columns that
# neither the workflow's inputs (app/event_words.py) nor the intake form
# (app/services/intake.py) name; any other column is shown as it is.
COLUMN_LABELS = {
    "state": "Status berkas", "state_since": "Status sejak", "holder_id": "Pemegang berkas",
    "holder_role": "Peran pemegang berkas", "applicant_name": "Nama pemohon", "applicant_nik": "NIK pemohon",
    "no_permohonan": "No. permohonan", "technical_data": "Data teknis", "received_at": "Waktu diterima",
    "submitted_at": "Waktu diajukan", "present": "Ada", "original": "Asli diperlihatkan",
    "sheets": "Jumlah lembar", "answers": "Jawaban SKM", "suggestion": "Saran", "age": "Usia",
    "education": "Pendidikan", "handed_at": "Waktu penyerahan", "officer_name": "Nama petugas",
    "actor_name": "Nama petugas", "data": "Isian", "action": "Tindakan", "at": "Waktu",
    "from_state": "Status sebelum", "to_state": "Status sesudah", "workstation": "Workstation",
    "username": "Nama pengguna", "full_name": "Nama lengkap", "nip": "NIP", "roles": "Peran",
    "counter": "Loket", "unit": "Unit kerja", "active": "Aktif", "value": "Nilai", "nib": "NIB",
    "sk_document_id": "Dokumen SK", "receipt_document_id": "Dokumen tanda terima",
    "sector": "Bidang", "code": "Kode", "service_days": "Lama layanan (hari)",
    "review_days": "Lama kajian (hari)", "day": "Tanggal", "status": "Status", "response": "Tanggapan",
    "text": "Isi", "topic": "Topik", "ticket_number": "No. pengaduan", "contact": "Kontak",
    "title": "Judul", "body": "Isi", "issued_at": "Waktu terbit", "summary": "Ringkasan",
}


def column_label(field: str | None) -> str:
    """A column as the administrator reads it ("Penerima" for recipient_name)."""
    if not field:
        return ""
    from app import event_words
    from app.services.intake import FIELD_LABELS
    known = event_words.field_labels().get(field)
    if known:
        return known
    plain = FIELD_LABELS.get(field) or COLUMN_LABELS.get(field)
    return tr(plain) if plain else field


@dataclass(frozen=True)
class Item:
    at: datetime            # naive UTC
    kind: str
    kind_label: str
    table: str
    table_label: str
    row_id: str
    field: str | None
    kept: str | None
    lost: str | None
    kept_ws: str | None
    lost_ws: str | None
    message: str | None


def recent(session: Session, limit: int = 500, kind: str | None = None) -> list[Item]:
    q = select(SyncConflict).order_by(SyncConflict.at.desc()).limit(limit)
    if kind:
        q = q.where(SyncConflict.kind == kind)
    return [Item(c.at, c.kind, tr(KIND_LABELS.get(c.kind, c.kind)), c.table_name,
                 tr(TABLE_LABELS.get(c.table_name, c.table_name)), c.row_id, c.field, c.kept_value,
                 c.lost_value, c.kept_ws, c.lost_ws, c.message) for c in session.scalars(q)]
