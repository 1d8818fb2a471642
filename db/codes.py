"""Vocabularies of the coded columns (db/base.py `Code`, `CodedJSON`; migrations 0022, 0023, 0031).

On the workstation's SQLite file a coded column stores a value of its vocabulary
as its position in the tuple below (1, 2, …: one byte in the record instead of
the 4 to 16 characters of the text, in the row and in every index holding it).
Python and the central servers see the text, as before.

APPEND ONLY: a position, once written into files, means that value forever.
Add a new value at the end of its tuple; never reorder, rename or remove one
(a value left out is still stored, as its text: correct, only not compact).
tests/unit/test_compact_storage.py checks every state and action of
app/workflow.py is listed.
"""
from __future__ import annotations

from db.base import Code, CodedJSON

# app/workflow.py ACTIONS, in the order they were first written
ACTIONS: tuple[str, ...] = (
    "submit_online", "register_walkin", "receive", "return", "verify", "schedule_review",
    "record_review", "draft", "kasi_approve", "kasi_send_back", "kabid_approve", "kabid_send_back",
    "prepare_sign", "sign", "kadin_send_back", "print_sk", "survey", "decline_survey", "hand_over",
    "archive",
)

# app/workflow.py STATES
STATES: tuple[str, ...] = (
    "DRAFT", "SUBMITTED", "RETURNED", "RECEIVED", "VERIFIED", "REVIEW_SCHEDULED", "REVIEWED",
    "REVISION", "DRAFTED", "KASI_APPROVED", "KABID_APPROVED", "SIGNED", "PRINTED", "SURVEYED",
    "HANDED_OVER", "ARCHIVED",
)


# Top-level keys of workflow_event.data (app/services, the demo), the commonest first
# (positions 1-9 take one character).
EVENT_DATA_KEYS: tuple[str, ...] = (
    "receipt_number", "duration_seconds", "outcome", "result", "due_date", "recipient_name",
    "recipient_id_type", "recipient_id_number", "proxy_letter_number", "proxy_letter_date", "by_proxy",
    "handover_receipt", "survey_id", "number", "signer_name", "signature", "copies", "valid_from",
    "valid_until", "source", "scheduled_at", "review_kind", "recommendation", "reason", "slip_number",
    "missing", "sha256", "document_id", "conditions", "validity_months", "reasons",
    # a technical review's minutes (record_review); events written before stay spelt out
    "bap_number", "bap_date", "notes",
)

# Top-level keys of application.technical_data: the technical fields (data teknis) of the
# permit types Loket ships (resources/permit_types.toml), in the order listed there. A field
# an administrator adds or renames is stored as its text (correct, only not compact).
TECHNICAL_KEYS: tuple[str, ...] = (
    "Nama fasilitas pelayanan kesehatan", "Alamat tempat praktik", "Nomor STR", "Jadwal praktik",
    "Hasil peninjauan sarana praktik", "Nama apotek", "Nama Apoteker Penanggung Jawab", "Nomor SIPA",
    "Luas bangunan (m²)", "Nama toko obat", "Nama Tenaga Teknis Kefarmasian", "Nomor STRTTK", "Nama optikal",
    "Nama Refraksionis Optisien penanggung jawab", "Nomor STR RO", "Jenis reklame", "Ukuran (m × m)",
    "Jumlah muka", "Titik lokasi (koordinat)", "Naskah reklame", "Judul penelitian",
    "Lembaga / perguruan tinggi", "Lokasi penelitian", "Waktu penelitian", "Fungsi bangunan", "Jumlah lantai",
    "KKPR / KRK nomor", "Nilai retribusi (Rp)", "Nomor PBG", "Hasil pemeriksaan kelaikan",
    "Nama usaha pariwisata", "Jenis usaha", "Kapasitas", "Nama tempat usaha", "Golongan minuman",
    "Jenis tempat (hotel/restoran/bar)", "Jenis limbah B3", "Kapasitas TPS (ton)", "Koordinat TPS",
)

# The column types: workflow_event.action (String(40)); from_state, to_state (String(32)).
ACTION = Code(40, ACTIONS)
STATE = Code(32, STATES)
EVENT_DATA = CodedJSON(EVENT_DATA_KEYS)          # workflow_event.data
TECHNICAL_DATA = CodedJSON(TECHNICAL_KEYS)       # application.technical_data (migration 0031)
