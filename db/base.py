"""Declarative base and the columns every synced row carries."""
from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Integer, MetaData, String, TypeDecorator
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import UserDefinedType

from app import clock
from db.values import time_int as time_int  # re-exported: db/values.py is their home
from db.values import time_value as time_value
from db.values import uuid_bytes as uuid_bytes
from db.values import uuid_text as uuid_text

# Explicit constraint names so Alembic migrations are identical on SQLite,
# PostgreSQL and MariaDB.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return clock.utcnow()


# ---------------------------------------------------------------------------
# Compact storage on the workstation's SQLite file (migration 0020).
#
# Python always sees what it saw before — a UUID as its 36-character text, a
# naive UTC datetime — so no service changes. Only what SQLite stores differs:
# a UUID as its 16 raw bytes (36 characters of text cost 37 bytes in every row
# and again in every index holding it), a time as integer microseconds since
# 1970 (8 bytes instead of 27, same order, microseconds kept: a row must compare
# equal to its central copy field by field, see db/models/sync.py). The declared
# column types stay VARCHAR(36) and DATETIME, so the DDL and the central database (PostgreSQL, MariaDB) are as
# before; SQLite stores a blob in a VARCHAR column and an integer in a DATETIME
# column as given. Only raw SQL on the SQLite file must mind the stored form
# (`uuid_sql`, `time_sql` below; app/sync/capture.py, app/reports/dashboard.py).

# The conversions themselves live in db/values.py, without SQLAlchemy: the start reads
# the SQLite file with the sqlite3 driver before SQLAlchemy is imported (app/runtime.py).


class _Stored(UserDefinedType[Any]):
    """A declared SQLite type name without SQLAlchemy's own value processing."""
    cache_ok = True

    def __init__(self, spec: str) -> None:
        self.spec = spec

    def get_col_spec(self, **kw: Any) -> Any:
        return self.spec


class UuidStr(TypeDecorator[str]):
    """A UUID key: `str` in Python; 16 bytes on SQLite, VARCHAR(36) on the servers."""
    impl = String
    cache_ok = True

    def __init__(self, length: int = 36) -> None:
        super().__init__(length)
        self.length = length

    def load_dialect_impl(self, dialect: Any) -> Any:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(_Stored(f"VARCHAR({self.length})"))
        return dialect.type_descriptor(self.impl)

    def process_bind_param(self, value: Any, dialect: Any) -> Any:
        return uuid_bytes(value) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Any) -> Any:
        return uuid_text(value)

    @property
    def python_type(self) -> Any:
        return str


class UtcTime(TypeDecorator[datetime]):
    """A naive UTC time: `datetime` in Python; integer microseconds on SQLite,
    DATETIME on the servers (DATETIME(6) on MariaDB: db/models/sync.py)."""
    impl = DateTime
    cache_ok = True

    def load_dialect_impl(self, dialect: Any) -> Any:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(_Stored("DATETIME"))
        return dialect.type_descriptor(DateTime())

    def process_bind_param(self, value: Any, dialect: Any) -> Any:
        return time_int(value) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Any) -> Any:
        return time_value(value) if dialect is None or dialect.name == "sqlite" else value

    @property
    def python_type(self) -> Any:
        return datetime


class Code(TypeDecorator):  # type: ignore[type-arg]
    """A value from a fixed vocabulary (db/codes.py: workflow actions, states): `str`
    in Python; on SQLite its position in the vocabulary written in decimal ('1',
    '2', … '20': one or two bytes in the record and in every index instead of up
    to 16 characters), a value outside the vocabulary as itself; VARCHAR on the
    servers (migration 0022). The position is kept as text because the column's
    declared type stays VARCHAR (TEXT affinity: SQLite would turn an integer into
    that text anyway, and compares a number with it as text).

    Raw SQL on the SQLite file compares such a column with `code.sql(value)`, the
    stored literal, or binds through the type (`bindparam("a", type_=code)`), and
    reads it through `code.text_sql(expr)` where it builds text (json_object)."""
    impl = String
    cache_ok = True

    def __init__(self, length: int, values: tuple[str, ...]) -> None:
        super().__init__(length)
        self.length = length
        self.values = values
        self._codes = {v: str(i) for i, v in enumerate(values, 1)}

    def load_dialect_impl(self, dialect: Any) -> Any:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(_Stored(f"VARCHAR({self.length})"))
        return dialect.type_descriptor(String(self.length))

    def code(self, value: Any) -> Any:
        """The stored form on SQLite: the position, or the value itself if not listed."""
        return self._codes.get(value, value) if isinstance(value, str) else value

    def decode(self, value: Any) -> Any:
        """A stored value → the text Python sees."""
        if isinstance(value, str) and value.isdigit() and 0 < int(value) <= len(self.values):
            return self.values[int(value) - 1]
        return value

    def reader(self) -> Callable[[Any], Any]:
        """decode() as one dict look-up for the stored positions (a bulk read of the
        file, app/sync/rows.py), decode() itself for anything else; None never comes."""
        found = {str(i): v for i, v in enumerate(self.values, 1)}.get
        slow = self.decode

        def read(value: Any) -> Any:
            got = found(value)
            return slow(value) if got is None else got
        return read

    def process_bind_param(self, value: Any, dialect: Any) -> Any:
        return self.code(value) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Any) -> Any:
        return self.decode(value) if dialect is None or dialect.name == "sqlite" else value

    def sql(self, value: str) -> str:
        """SQLite SQL literal of `value` as stored."""
        return "'" + str(self.code(value)).replace("'", "''") + "'"

    def text_sql(self, expr: str) -> str:
        """SQLite SQL: the text of a stored value (what Python would read)."""
        whens = " ".join(f"WHEN '{i}' THEN '{v}'" for i, v in enumerate(self.values, 1))
        return f"(CASE {expr} {whens} ELSE {expr} END)"

    @property
    def python_type(self) -> Any:
        return str


# JSON on the SQLite file without the blanks json.dumps puts after ',' and ':' by
# default (db/engine.py; the demo's bulk writer alike; migration 0023 rewrites old rows).
JSON_SEPARATORS = (",", ":")


def json_dumps(value: Any) -> str:
    return json.dumps(value, separators=JSON_SEPARATORS)


class CodedJSON(TypeDecorator):  # type: ignore[type-arg]
    """JSON whose top-level keys come mostly from a fixed list (db/codes.py): on SQLite a
    listed key is written as its position ("19" for `valid_until`), so the dozen
    events of a file do not each spell "recipient_id_number" out; other keys as they
    are ("~" before one that is all digits or starts with "~", so it reads back as
    itself). Python and the servers see the dict as written (migration 0023).
    Raw SQL on the file reads a key through `path(key)`: json_extract(data, path)."""
    impl = JSON
    cache_ok = True

    def __init__(self, keys: tuple[str, ...]) -> None:
        super().__init__()
        self.keys = keys
        self._codes = {k: str(i) for i, k in enumerate(keys, 1)}

    def _key(self, k: Any) -> Any:
        got = self._codes.get(k)
        if got is not None:
            return got
        return "~" + k if isinstance(k, str) and (k.isdigit() or k.startswith("~")) else k

    def _unkey(self, k: Any) -> Any:
        if k.isdigit() and 0 < int(k) <= len(self.keys):
            return self.keys[int(k) - 1]
        return k[1:] if k.startswith("~") else k

    def process_bind_param(self, value: Any, dialect: Any) -> Any:
        if dialect.name != "sqlite" or not isinstance(value, dict):
            return value
        return {self._key(k): v for k, v in value.items()}

    def process_result_value(self, value: Any, dialect: Any) -> Any:
        if (dialect is not None and dialect.name != "sqlite") or not isinstance(value, dict):
            return value
        return {self._unkey(k): v for k, v in value.items()}

    def reader(self) -> Callable[[Any], Any]:
        """The stored JSON text → the dict Python sees (json.loads, as the file's
        engine does, then the keys), in one call per value for a bulk read of the
        file (app/sync/rows.py); None never comes."""
        found = {str(i): k for i, k in enumerate(self.keys, 1)}.get
        slow = self._unkey
        loads = json.loads
        scan = json.JSONDecoder().raw_decode   # without loads' checks and blank-skipping

        def read(value: Any) -> Any:
            try:
                d, end = scan(value)
            except (ValueError, TypeError):
                end = -1
            if end != len(value):     # blanks, or not one JSON document: as loads decides
                d = loads(value)
            if type(d) is not dict:
                return d
            out = {}
            for k, v in d.items():
                got = found(k)
                out[slow(k) if got is None else got] = v
            return out
        return read

    def path(self, key: str) -> str:
        """SQLite SQL: the json_extract path literal of a top-level key as stored."""
        return f"'$.\"{self._key(key)}\"'"


def uuid_sql(expr: str) -> str:
    """SQLite SQL: the canonical text of a stored UUID (for json_object, which refuses blobs)."""
    h = f"lower(hex({expr}))"
    return (f"(CASE WHEN typeof({expr}) = 'blob' AND length({expr}) = 16 THEN substr({h}, 1, 8) || '-' || "
            f"substr({h}, 9, 4) || '-' || substr({h}, 13, 4) || '-' || substr({h}, 17, 4) || '-' || "
            f"substr({h}, 21) ELSE {expr} END)")


# SQLite SQL: the current UTC time as stored (integer microseconds; SQLite 3.40 has
# no unixepoch('subsec'), so whole seconds plus the milliseconds of 'now').
NOW_SQL = ("(CAST(strftime('%s', 'now') AS INTEGER) * 1000000 + "
           "CAST(substr(strftime('%f', 'now'), 4) AS INTEGER) * 1000)")


def time_sql(col: Any) -> Any:
    """A SQLAlchemy expression: a stored time as seconds since 1970 for SQLite's
    date functions — func.date(time_sql(c), 'unixepoch', '+7 hours')."""
    from sqlalchemy import type_coerce
    return type_coerce(col, Integer) / 1000000


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Synced:
    """Client-generated UUID key plus who/where/when, so rows can move between
    workstations and the central database without renumbering."""

    id: Mapped[str] = mapped_column(UuidStr, primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(UtcTime, default=utcnow)
    created_by: Mapped[str | None] = mapped_column(UuidStr)
    created_ws: Mapped[str | None] = mapped_column(String(64))


class Mutable(Synced):
    """Rows that are edited in place carry a version for conflict detection."""

    updated_at: Mapped[datetime] = mapped_column(UtcTime, default=utcnow, onupdate=utcnow)
    updated_by: Mapped[str | None] = mapped_column(UuidStr)
    updated_ws: Mapped[str | None] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(Integer, default=1)
