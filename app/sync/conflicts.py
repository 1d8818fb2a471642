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
