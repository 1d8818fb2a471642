"""Reading and writing rows of any synced table, generically over the metadata."""
from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Date, DateTime, LargeBinary, select
from sqlalchemy.engine import Connection

from app.sync.tables import Spec
from db.base import UtcTime, UuidStr, time_value, uuid_text

CHUNK = 500  # ids per IN (…): well under every server's parameter limit


def chunks(seq: list, n: int = CHUNK) -> Iterable[list]:
    for i in range(0, len(seq), n):
        yield seq[i:i + n]


def norm(v):
    if isinstance(v, memoryview):
        return bytes(v)
    return v


def clean(spec: Spec, row) -> dict:
    m = row._mapping
    return {c: norm(m[c]) for c in spec.columns}


def fetch(conn: Connection, spec: Spec, ids: list, *, for_update: bool = False) -> dict:
    """id → row dict (only the columns that travel)."""
    t = spec.table
    out: dict = {}
    cols = [t.c[c] for c in spec.columns]
    for part in chunks(sorted(set(ids))):
        q = select(*cols).where(t.c[spec.pk].in_(part))
        if for_update:
            q = q.order_by(t.c[spec.pk]).with_for_update()
        for r in conn.execute(q):
            d = clean(spec, r)
            out[d[spec.pk]] = d
    return out


def existing_ids(conn: Connection, spec: Spec, ids: list) -> set:
    t = spec.table
    found: set = set()
    for part in chunks(sorted(set(ids))):
        found.update(conn.execute(select(t.c[spec.pk]).where(t.c[spec.pk].in_(part))).scalars())
    return found


def _from_sqlite_text(col, raw):
    """A value as SQLite's json_object() captured it in the trigger → Python."""
    if raw is None:
        return None
    ty = col.type
    if isinstance(ty, UtcTime):     # integer microseconds, as SQLite stores times (db/base.py)
        return time_value(raw)
    if isinstance(ty, UuidStr):     # captured as its text (capture.py)
        return uuid_text(raw)
    if isinstance(ty, LargeBinary):
        return bytes.fromhex(raw)
    if isinstance(ty, DateTime):
        return datetime.fromisoformat(raw)
    if isinstance(ty, Date):
        return date.fromisoformat(raw)
    if isinstance(ty, Boolean):
        return bool(raw)
    if isinstance(ty, JSON):
        return json.loads(raw) if isinstance(raw, str) else raw
    return raw


def decode_base(spec: Spec, text: str | None) -> dict | None:
    if not text:
        return None
    raw = json.loads(text)
    return {c: _from_sqlite_text(spec.table.c[c], raw.get(c)) for c in spec.columns}


def show(v) -> str | None:
    """A value as the conflict log shows it."""
    if v is None:
        return None
    if isinstance(v, (bytes, bytearray)):
        return f"<{len(v)} bytes>"
    if isinstance(v, (datetime, date)):
        return v.isoformat(sep=" ") if isinstance(v, datetime) else v.isoformat()
    if isinstance(v, (dict, list)):
        return json.dumps(v, ensure_ascii=False, sort_keys=True)
    return str(v)
