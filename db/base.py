"""Declarative base and the columns every synced row carries."""
from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Integer, MetaData, String, TypeDecorator
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.sql.functions import FunctionElement
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


# ---------------------------------------------------------------------------
# Words a file repeats, stored once (migration 0032).
#
# An event names its officer and workstation as text ("Neneng Sumiati", "LOKET2-C"):
# about 28 bytes in each of a file's dozen events, from a few dozen distinct values. On
# the SQLite file such a column (`CodedText`) stores a short code instead: the decimal
# digits of the value's row in the file's own dictionary, `text_code` (never synced,
# only ever appended to), as a blob. A blob marks a code, because Python binds text
# and a text-affinity column keeps text as text, so a value that is not coded yet (an
# insert before its trigger runs, an old row) reads as itself.
#
# Readers see the text on every path:
# - SQLAlchemy (ORM and Core): the type reads the column through `coded_text`, which on
#   SQLite looks the code up (CASE WHEN typeof(c) = 'blob' THEN (SELECT value FROM
#   text_code WHERE id = CAST(c AS INTEGER)) ELSE c END) and on the servers is the column;
#   ORDER BY and WHERE go through `text_order` (column_expression covers only what a
#   SELECT returns);
# - the push's driver-level reads (app/sync/rows.py) decode with the dictionary read in
#   the same transaction (db/textcode.py);
# - triggers compare values through `text_code_sql`.
# Writers store codes: an insert trigger codes every new row whoever wrote it; the bulk
# writers (a pull, a bootstrap, `loket demo`) code their values directly (db/textcode.py),
# so they do not pay the trigger's UPDATE. The central database stores the text.

TEXT_CODE_TABLE = "text_code"


def text_code_sql(expr: str) -> str:
    """SQLite SQL: the text of a CodedText column's stored value."""
    return (f"(CASE WHEN typeof({expr}) = 'blob' THEN (SELECT value FROM {TEXT_CODE_TABLE} "
            f"WHERE id = CAST({expr} AS INTEGER)) ELSE {expr} END)")


class coded_text(FunctionElement[Any]):
    """SQL: a CodedText column's text (see above)."""
    name = "coded_text"
    inherit_cache = True


@compiles(coded_text)
def _first_argument(element: Any, compiler: Any, **kw: Any) -> str:
    """On the servers a storage function (coded_text, derived_stamp) is its column."""
    return str(compiler.process(list(element.clauses)[0], **kw))


@compiles(coded_text, "sqlite")
def _coded_text_sqlite(element: Any, compiler: Any, **kw: Any) -> str:
    return text_code_sql(compiler.process(list(element.clauses)[0], **kw))


def text_order(col: Any) -> Any:
    """ORDER BY (or compare) a CodedText column by its text."""
    el = coded_text(col)
    el.type = String()
    return el


class CodedText(TypeDecorator[str]):
    """Text stored as a code of the file's dictionary on SQLite (see above); as it is
    on the servers. Same DDL as String(length)."""
    impl = String
    cache_ok = True

    def column_expression(self, colexpr: Any) -> Any:
        if getattr(colexpr, "table", None) is None or getattr(colexpr, "key", None) is None:
            return colexpr
        return text_order(colexpr)


# SQLite SQL: the current UTC time as stored (integer microseconds; SQLite 3.40 has
# no unixepoch('subsec'), so whole seconds plus the milliseconds of 'now').
NOW_SQL = ("(CAST(strftime('%s', 'now') AS INTEGER) * 1000000 + "
           "CAST(substr(strftime('%f', 'now'), 4) AS INTEGER) * 1000)")


def time_sql(col: Any) -> Any:
    """A SQLAlchemy expression: a stored time as seconds since 1970 for SQLite's
    date functions — func.date(time_sql(c), 'unixepoch', '+7 hours')."""
    from sqlalchemy import type_coerce
    return type_coerce(col, Integer) / 1000000


# ---------------------------------------------------------------------------
# Stamps stored only when they say something (migrations 0025, 0026, 0028, 0031).
#
# Nearly every workflow event is created by the officer who acts, at the moment
# and on the workstation of the event itself: created_at == at, created_by ==
# actor_id, created_ws == workstation. On the SQLite file such an event stores
# created_at = 0 (1970-01-01 00:00:00.000000, a time no row is ever created at;
# the integer 0 takes no byte in a SQLite record) and NULL in created_by and
# created_ws: 32 bytes less per event. The marker is created_at = 0 alone, so a
# row whose stamps differ keeps them as written, and nothing is ambiguous.
#
# Readers see the stamps as written, on every path:
# - SQLAlchemy (ORM and Core): the columns' types (`DerivedStamp`) read them
#   through `derived_stamp`, which on SQLite is CASE WHEN created_at = 0 THEN at
#   ELSE created_at END (and so on) and on the servers the plain column;
# - the push's driver-level reads (app/sync/rows.py) fill them in with
#   `expand_stamps`, so the central database receives the stamps in full;
# - ordering by created_at in SQL goes through `stamp_order`.
# A hand-over likewise (its handed_at, officer_id, workstation; migration 0026); a checklist
# row's update stamps when they are its creation stamps (migration 0028, marker updated_at),
# an applicant's and a company's the same way, and a survey's created_at when it is its
# `at` (migration 0031).
# Writers store the compact form: a SQLite trigger (migrations 0025, 0026) turns every
# inserted event whose stamps are its own into it, whoever wrote it; the bulk
# writers (a pull, a bootstrap, `loket demo`) write it directly (`compact_stamps`),
# so they do not pay the trigger's UPDATE.

# A CompactMutable row's update stamps as its creation stamps (marker: updated_at = 0).
_UPDATED_AS_CREATED = ("updated_at", (("updated_at", "created_at"), ("updated_by", "created_by"),
                                      ("updated_ws", "created_ws")))
# table → marker column, then (stamp column, the column it equals) per stamp
DERIVED_STAMPS: dict[str, tuple[str, tuple[tuple[str, str], ...]]] = {
    "workflow_event": ("created_at", (("created_at", "at"), ("created_by", "actor_id"),
                                      ("created_ws", "workstation"))),
    # migration 0026: a hand-over is recorded by the officer who hands over, when and where
    "handover": ("created_at", (("created_at", "handed_at"), ("created_by", "officer_id"),
                                ("created_ws", "workstation"))),
    # migration 0028: a checklist row never edited since it was written (nine in ten) was last
    # updated when, by whom and where it was created; the marker is updated_at = 0. An edit
    # writes all three update stamps (db/engine.py `_full_update_stamps`), so the row leaves
    # the compact form whole.
    "requirement_check": _UPDATED_AS_CREATED,
    # migration 0031: an applicant's or a company's record is written once at registration or
    # import and seldom edited after; the services write a new one with its update stamps as
    # its creation stamps (`fresh_stamps` below: app/services/intake.py, app/sicantik/importer.py)
    "applicant": _UPDATED_AS_CREATED,
    "company": _UPDATED_AS_CREATED,
    # migration 0031: a survey is recorded when it is taken (the service writes one instant);
    # who and where stay stored, a survey having no officer or workstation columns of its own
    "survey_response": ("created_at", (("created_at", "at"),)),
}


class derived_stamp(FunctionElement[Any]):
    """SQL: a stamp as written (see above); arguments (column, marker, sibling)."""
    name = "derived_stamp"
    inherit_cache = True


compiles(derived_stamp)(_first_argument)


@compiles(derived_stamp, "sqlite")
def _derived_stamp_sqlite(element: Any, compiler: Any, **kw: Any) -> str:
    col, mark, sibling = (compiler.process(c, **kw) for c in element.clauses)
    return f"(CASE WHEN {mark} = 0 THEN {sibling} ELSE {col} END)"


def stamp_expr(col: Any) -> Any:
    """The SQL of a stamp column as written (its own column where none is derived)."""
    table: Any = getattr(col, "table", None)
    if table is None:
        return col
    # the table's own name, through an alias (aliased(WorkflowEvent), table.alias())
    name = getattr(getattr(table, "original", table), "name", None)
    spec = DERIVED_STAMPS.get(name) if isinstance(name, str) else None
    if spec is None:
        return col
    marker, pairs = spec
    sibling = dict(pairs).get(col.key)
    if sibling is None or sibling not in table.c or marker not in table.c:
        return col
    sib = table.c[sibling]
    if isinstance(sib.type, CodedText):    # an event's created_ws is its workstation's text
        sib = text_order(sib)
    el = derived_stamp(col, table.c[marker], sib)
    el.type = col.type
    return el


def stamp_order(col: Any) -> Any:
    """ORDER BY a stamp column as written (column_expression covers only the columns a
    SELECT returns: ORDER BY, WHERE and a subquery's columns see the stored value)."""
    return stamp_expr(col)


class _DerivedStampType:
    """Mixin of the stamp types: read through `stamp_expr`."""

    def column_expression(self, colexpr: Any) -> Any:
        if getattr(colexpr, "table", None) is None or getattr(colexpr, "key", None) is None:
            return colexpr
        return stamp_expr(colexpr)


class StampTime(_DerivedStampType, UtcTime):
    cache_ok = True


class StampUuid(_DerivedStampType, UuidStr):
    cache_ok = True


class StampText(_DerivedStampType, TypeDecorator[str]):
    impl = String
    cache_ok = True


# created_at of a row whose stamps are its own, as Python writes it (stored: 0)
STAMPS_DERIVED = _EPOCH_VALUE = datetime(1970, 1, 1)


def expand_stamps(table: str, row: dict[str, Any]) -> dict[str, Any]:
    """A row read from the SQLite file by the driver (Python values) with its
    derived stamps filled in, in place."""
    spec = DERIVED_STAMPS.get(table)
    if spec is not None:
        marker, pairs = spec
        m = row.get(marker)
        if m == 0 or m == _EPOCH_VALUE:
            for col, sibling in pairs:
                if col in row and sibling in row:
                    row[col] = row[sibling]
    return row


def compact_stamps(table: str, row: dict[str, Any]) -> dict[str, Any]:
    """A row about to be written to the SQLite file (Python values), in its compact
    form when its stamps are its own; returned as a new dict (or the same one)."""
    spec = DERIVED_STAMPS.get(table)
    if spec is None:
        return row
    marker, pairs = spec
    if all(c in row and s in row for c, s in pairs) and row[marker] is not None \
            and all(row[c] == row[s] for c, s in pairs):
        row = dict(row)
        for col, _s in pairs:
            row[col] = _EPOCH_VALUE if col == marker else None
    return row


def fresh_stamps(by: str | None, ws: str | None) -> dict[str, Any]:
    """The stamps of a new mutable row as one instant, its update stamps its creation
    stamps: such a row is stored compact where its table derives them (DERIVED_STAMPS;
    two separate defaults would differ by microseconds and keep all six)."""
    now = utcnow()
    return {"created_at": now, "created_by": by, "created_ws": ws,
            "updated_at": now, "updated_by": by, "updated_ws": ws}


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


class CompactMutable(Mutable):
    """A Mutable row whose update stamps are stored on SQLite only where they differ
    from its creation stamps (a row never edited since it was written): DERIVED_STAMPS,
    migrations 0028 and 0031. Same DDL as Mutable's."""

    updated_at: Mapped[datetime] = mapped_column(StampTime, default=utcnow, onupdate=utcnow)
    updated_by: Mapped[str | None] = mapped_column(StampUuid)
    updated_ws: Mapped[str | None] = mapped_column(StampText(64))
