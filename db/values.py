"""A key's and a time's stored form on the SQLite file and back (see db/base.py,
"Compact storage"): plain functions, no SQLAlchemy, so what reads the file with
the sqlite3 driver alone (the start's first page, app/runtime.py `Loket.read`)
decodes rows exactly as the column types do."""
from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

_EPOCH = datetime(1970, 1, 1)
_US = timedelta(microseconds=1)


def uuid_bytes(value: Any) -> Any:
    """A canonical (lowercase, hyphenated) UUID text → its 16 bytes; anything
    else unchanged, so a column that sometimes holds another key keeps it."""
    if (isinstance(value, str) and len(value) == 36 and value[8] == value[13] == value[18]
            == value[23] == "-" and value == value.lower()):
        try:
            return bytes.fromhex(value.replace("-", ""))
        except ValueError:
            return value
    return value


def uuid_text(value: Any) -> Any:
    """Stored 16 bytes → the UUID's canonical text; anything else unchanged."""
    if isinstance(value, (bytes, memoryview)) and len(value) == 16:
        h = bytes(value).hex()
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    return value


def time_int(value: Any) -> Any:
    """A naive UTC datetime (or date, or ISO text) → integer microseconds since 1970."""
    if value is None or isinstance(value, int):
        return value
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if not isinstance(value, datetime):                   # a date: its midnight
        value = datetime(value.year, value.month, value.day)
    if value.tzinfo is not None:
        # as SQLAlchemy's SQLite DATETIME did: the wall-clock time, zone dropped
        value = value.replace(tzinfo=None)
    return (value - _EPOCH) // _US


def time_value(value: Any) -> Any:
    """Stored integer microseconds (or ISO text, as SQLite's own strftime writes) → datetime."""
    if value is None or isinstance(value, datetime):
        return value
    if isinstance(value, (int, float)):
        return _EPOCH + timedelta(microseconds=int(value))
    return datetime.fromisoformat(value)
