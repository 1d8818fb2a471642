"""Document numbers from configurable formats, never reused.

A sequence row is incremented inside the transaction that issues the number,
so a crash either keeps both the number and the document or neither. Receipt
numbers carry the workstation name (unique per office), so workstations never
collide even offline.

A number whose format has no `{workstation}` (the SK number, the rejection
letter's) is office-wide: one counter for the office, whatever `scope` the
caller passes. A workstation that syncs with a central database takes such
numbers from the blocks it reserved there (app/sync/blocks.py), so two
workstations offline at the same moment never issue the same number; an
office without a central database counts locally.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from app import config
from app.i18n import tr
from app.services.context import ServiceError
from db.models import NumberSequence

# Kinds that can be numbered office-wide (their format decides, see office_wide).
OFFICE_KINDS = ("permit", "rejection", "complaint", "receipt", "walkin", "return_slip", "handover")

ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def next_seq(session: Session, key: str) -> int:
    row = session.get(NumberSequence, key, with_for_update=True)
    if row is None:
        row = NumberSequence(key=key, value=0)
        session.add(row)
    row.value += 1
    session.flush()
    return row.value


def format_number(fmt: str, seq: int, when: datetime, **fields: object) -> str:
    try:
        return fmt.format(seq=seq, year=when.year, month=when.month, month_roman=ROMAN[when.month],
                          day=when.day, **fields)
    except (KeyError, ValueError, IndexError) as e:
        raise ServiceError(tr("Format nomor tidak sah: {fmt} ({err})").format(fmt=fmt, err=e)) from None


def counter_key(kind: str, when: datetime, scope: str = "", fmt: str | None = None) -> str:
    """The counter a number comes from: per workstation (`scope`) only when the
    format carries the workstation; otherwise one for the whole office."""
    from app.sync.blocks import office_wide
    if fmt is not None and office_wide(fmt):
        scope = ""
    return f"{kind}/{scope}/{when.year}" if scope else f"{kind}/{when.year}"


def next_office_seq(session: Session, kind: str, key: str) -> int:
    """The next office-wide number: from this workstation's reserved blocks when
    it syncs with a central database, else from the local counter."""
    from app.sync import blocks
    if not blocks.active(session):
        return next_seq(session, key)
    n = blocks.take(session, key)
    if n is None:
        raise ServiceError(tr("Nomor {kind} belum tersedia di workstation ini: blok nomor yang dipesan dari "
                              "basis data pusat sudah terpakai semua. Sambungkan ke jaringan kantor dan "
                              "sinkronkan (Ctrl+F5 atau loket sync --once), lalu ulangi; tidak ada yang "
                              "perlu dinomori ulang.").format(kind=tr(KIND_LABELS.get(kind, kind))))
    row = session.get(NumberSequence, key, with_for_update=True)   # the highest used here, shown
    if row is None:
        session.add(NumberSequence(key=key, value=n))
    elif row.value < n:
        row.value = n
    session.flush()
    return n


KIND_LABELS = {"permit": "SK izin", "rejection": "surat penolakan", "complaint": "tiket pengaduan",
               "receipt": "tanda terima", "walkin": "permohonan walk-in", "return_slip": "bukti pengembalian",
               "handover": "tanda terima penyerahan"}


def next_number(session: Session, kind: str, when: datetime, scope: str = "", **fields: object) -> str:
    """kind: receipt | permit | rejection | complaint | … (setting numbering.<kind>).
    The sequence restarts each year; `scope` separates independent counters
    (the workstation for receipts) when the format carries the workstation.
    Callable from any step that allocates a number (signing, preparing the SK
    for signing…): it only needs the transaction that uses the number."""
    fmt = config.get(session, f"numbering.{kind}")
    key = counter_key(kind, when, scope, fmt)
    from app.sync.blocks import office_wide
    seq = next_office_seq(session, kind, key) if office_wide(fmt) else next_seq(session, key)
    return format_number(fmt, seq, when, **fields)
