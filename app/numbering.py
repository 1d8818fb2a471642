"""Document numbers from configurable formats, never reused.

A sequence row is incremented inside the transaction that issues the number,
so a crash either keeps both the number and the document or neither. Receipt
numbers carry the workstation name (unique per office), so workstations never
collide even offline.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from app import config
from app.i18n import tr
from app.services.context import ServiceError
from db.models import NumberSequence

ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def next_seq(session: Session, key: str) -> int:
    row = session.get(NumberSequence, key, with_for_update=True)
    if row is None:
        row = NumberSequence(key=key, value=0)
        session.add(row)
    row.value += 1
    session.flush()
    return row.value


def format_number(fmt: str, seq: int, when: datetime, **fields) -> str:
    try:
        return fmt.format(seq=seq, year=when.year, month=when.month, month_roman=ROMAN[when.month],
                          day=when.day, **fields)
    except (KeyError, ValueError, IndexError) as e:
        raise ServiceError(tr("Format nomor tidak sah: {fmt} ({err})").format(fmt=fmt, err=e)) from None


def next_number(session: Session, kind: str, when: datetime, scope: str = "", **fields) -> str:
    """kind: receipt | permit | complaint (setting numbering.<kind>).
    The sequence restarts each year; `scope` separates independent counters
    (the workstation for receipts)."""
    fmt = config.get(session, f"numbering.{kind}")
    key = f"{kind}/{scope}/{when.year}" if scope else f"{kind}/{when.year}"
    return format_number(fmt, next_seq(session, key), when, **fields)
