"""Many rows into one central table at the server's own bulk speed.

PostgreSQL: `COPY … FROM STDIN` through psycopg's `cursor.copy` — one
statement, rows streamed, every constraint and index of the real table still
checked. MariaDB/MySQL: multi-row `INSERT … VALUES (…), (…)` of up to
MAX_STATEMENT bytes each, the literals written here (PyMySQL's own
`executemany` formats each value through a generic escaper, which was most of
the push's time). Anything else: SQLAlchemy's executemany.

Values go through the column type's own bind processor first (JSON is
serialised as SQLAlchemy would, None included), so a row written here reads
back exactly as one written by `insert(table)`.

A constraint violation raises sqlalchemy's IntegrityError, as an ordinary
insert would: callers run this inside a savepoint and, when it fails, fall
back to row-by-row inserts to tell which row was refused (push.py).
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from datetime import date, datetime
from decimal import Decimal
from operator import itemgetter
from typing import Any

from sqlalchemy import JSON, Table, insert
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError
from sqlalchemy.sql.elements import Null

from db import textcode
from db.base import DERIVED_STAMPS, Code, CodedJSON, UtcTime, UuidStr, compact_stamps

MAX_STATEMENT = 1 << 20   # bytes per multi-row INSERT (MariaDB's max_allowed_packet is 16 MB by default)

# MySQL string literal escapes (sql_mode without NO_BACKSLASH_ESCAPES, the default).
_SPECIAL = re.compile(r"[\\'\0\n\r\x1a]").search   # the characters _ESC changes (most values have none)
_ESC = str.maketrans({"\\": "\\\\", "'": "\\'", "\0": "\\0", "\n": "\\n", "\r": "\\r", "\x1a": "\\Z"})


def _processors(c: Connection, table: Table, cols: list[str]) -> list[Callable[[Any], Any] | None]:
    d = c.dialect
    key = (table.name, d.name, tuple(cols))
    got = _PROCS.get(key)
    if got is None:
        got = _PROCS[key] = [_processor(table.c[k].type, d) for k in cols]
    return got


def _processor(ty: Any, d: Any) -> Callable[[Any], Any] | None:
    if _identity(ty, d):
        return None
    if d.name in ("postgresql", "mysql", "mariadb") and isinstance(_json_type(ty), JSON):
        # COPY and the INSERT literals take the JSON text as it is: serialised
        # here, as SQLAlchemy's processor would, without psycopg's Json wrapper
        # per value and without a new encoder per value (json.dumps)
        return _json_text(_json_type(ty))
    return ty._cached_bind_processor(d)  # type: ignore[no-any-return]


def _json_type(ty: Any) -> Any:
    """The JSON type under a TypeDecorator that leaves the servers' values alone
    (db/base.py CodedJSON codes keys on SQLite only), or the type itself."""
    return ty.impl_instance if isinstance(ty, CodedJSON) else ty


def _json_dumps() -> Callable[[Any], str]:
    """json.dumps with its default arguments, the same text, without building
    an encoder per call: json.dumps makes a new C encoder (and its closures) for
    every value, which was most of the time of a push's event data; this one
    is made once. No circular-reference bookkeeping (values come from JSON or
    from plain dicts; the C encoder would leave a failed value's mark behind)."""
    from json import encoder as je
    make = getattr(je, "c_make_encoder", None)
    plain = json.JSONEncoder(check_circular=False)
    if make is None:    # an interpreter without the C accelerator
        return plain.encode
    try:
        enc = make(None, plain.default, je.encode_basestring_ascii, None, plain.key_separator,
                   plain.item_separator, False, False, True)
    except TypeError:   # another signature of the private constructor: the public way
        return plain.encode
    join = "".join

    def dumps(v: Any) -> str:
        return join(enc(v, 0))
    try:
        probe: Any = {"a": [1, 2.5, None, True, "é\n"], "b": {"c": ""}}
        ok = dumps(probe) == json.dumps(probe)
    except Exception:
        ok = False
    return dumps if ok else plain.encode


_DUMPS = _json_dumps()


def _json_text(ty: JSON) -> Callable[[Any], Any]:
    none_as_null, null, dumps = ty.none_as_null, JSON.NULL, _DUMPS

    def text(v: Any) -> Any:   # JSON's own bind processor (sqltypes.JSON), minus the wrapper
        if v is None:
            return None if none_as_null else "null"
        if v is null:
            return "null"
        if isinstance(v, Null):
            return None
        return dumps(v)
    return text


_PROCS: dict[tuple[str, str, tuple[str, ...]], list[Callable[[Any], Any] | None]] = {}


def _identity(ty: Any, dialect: Any) -> bool:
    """Keys, times and coded words bind as they are on the servers (db/base.py
    converts them for SQLite only): their TypeDecorator's processor would be a call per value
    that returns its argument."""
    if dialect.name == "sqlite" or not isinstance(ty, (UuidStr, UtcTime, Code)):
        return False
    return ty.impl_instance._cached_bind_processor(dialect) is None


def _tuples(c: Connection, table: Table, cols: list[str], rows: list[dict[str, Any]]) -> list[Sequence[Any]]:
    get = itemgetter(*cols) if len(cols) > 1 else (lambda r: (r[cols[0]],))
    return _bound(c, table, cols, [get(r) for r in rows])


def _bound(c: Connection, table: Table, cols: list[str], data: list[Sequence[Any]]) -> list[Sequence[Any]]:
    """Rows (tuples in `cols` order) with each value through its column's bind processor."""
    procs = [(i, p) for i, p in enumerate(_processors(c, table, cols)) if p is not None]
    if not procs:
        return data
    if len(procs) == 1:    # one column to convert (events: their JSON data)
        i, p = procs[0]
        out: list[Sequence[Any]] = []
        for r in data:
            t = list(r)
            t[i] = p(t[i])
            out.append(t)
        return out
    out = []
    for r in data:
        t = list(r)
        for i, p in procs:
            t[i] = p(t[i])
        out.append(t)
    return out


def _lit(v: Any) -> str:   # Any: dispatched on type(v) (faster than isinstance, which mypy narrows)
    if v is None:
        return "NULL"
    t = type(v)
    if t is str:
        return f"'{v.translate(_ESC)}'" if _SPECIAL(v) else f"'{v}'"
    if t is bool:
        return "1" if v else "0"
    if t is int or t is float or t is Decimal:
        return repr(v) if t is float else str(v)
    if t is datetime:
        return f"'{v.isoformat(' ')}'"
    if t is date:
        return f"'{v.isoformat()}'"
    if t is bytes or t is bytearray or t is memoryview:
        return "X'" + bytes(v).hex() + "'"
    return "'" + str(v).translate(_ESC) + "'"


def insert_rows(c: Connection, table: Table, cols: list[str], rows: list[dict[str, Any]]) -> None:
    """Insert `rows` (dicts holding every one of `cols`) into `table`, all or none."""
    if not rows:
        return
    extra = _defaults(table, cols)
    if extra is None:   # a column left out has a computed default: let SQLAlchemy fill it
        c.execute(insert(table), [{k: r[k] for k in cols} for r in rows])
        return
    get = itemgetter(*cols) if len(cols) > 1 else (lambda r: (r[cols[0]],))
    _write(c, table, cols, extra, [get(r) for r in rows])


def insert_tuples(c: Connection, table: Table, cols: list[str], data: list[Sequence[Any]]) -> None:
    """insert_rows for rows already as tuples of Python values in `cols` order
    (push's append-only rows, the change log): no dict per row on the way."""
    if not data:
        return
    extra = _defaults(table, cols)
    if extra is None:
        c.execute(insert(table), [dict(zip(cols, r, strict=True)) for r in data])
        return
    _write(c, table, cols, extra, data)


def _write(c: Connection, table: Table, cols: list[str], extra: dict[str, Any], data: list[Sequence[Any]]) -> None:
    if extra:
        cols = cols + list(extra)
        tail = tuple(extra.values())
        data = [tuple(r) + tail for r in data]
    name = c.dialect.name
    if name == "postgresql":
        _copy(c, table, cols, _bound(c, table, cols, data))
    elif name in ("mysql", "mariadb"):
        _multi_values(c, table, cols, _bound(c, table, cols, data))
    else:
        c.execute(insert(table), [dict(zip(cols, r, strict=True)) for r in data])


def _defaults(table: Table, cols: list[str]) -> dict[str, Any] | None:
    """Python-side scalar defaults of the columns not given (as `insert(table)`
    would apply them; officer.failed_attempts, kept per workstation), or None
    when one of them is computed."""
    out = {}
    given = set(cols)
    for col in table.c:
        if col.name in given or col.default is None or col.autoincrement is True:
            continue
        if not col.default.is_scalar:
            return None
        out[col.name] = col.default.arg  # type: ignore[attr-defined]
    return out


def _copy(c: Connection, table: Table, cols: list[str], data: list[Sequence[Any]]) -> None:
    raw = c.connection.driver_connection
    q = c.dialect.identifier_preparer.quote
    sql = f"COPY {q(table.name)} ({', '.join(q(k) for k in cols)}) FROM STDIN"
    types = _binary_types(c, table, cols)
    if types is not None and not _fits(types, data):
        types = None
    try:
        with raw.cursor() as cur, cur.copy(sql + " (FORMAT BINARY)" if types else sql) as cp:  # type: ignore[union-attr]
            if types:
                cp.set_types(types)
            for r in data:
                cp.write_row(r)
    except c.dialect.dbapi.IntegrityError as e:  # type: ignore[union-attr]
        raise IntegrityError(sql, None, e) from e


# Binary COPY: each value goes as the server's own binary form, dumped by the
# column's type (set_types) instead of a type look-up and a text rendering per
# value; a third of text COPY's client time. Used when every column's server
# type is one of these and every value is of the Python type that dumps as it
# (checked a column at a time: a value SQLite's typing let through otherwise
# sends the table by text COPY, which renders anything). json goes as its text
# (its binary form is the text itself); jsonb, uuid, arrays… use text COPY.
_BINARY_AS: dict[str, tuple[str, tuple[type, ...]]] = {
    "varchar": ("text", (str,)), "text": ("text", (str,)), "bpchar": ("text", (str,)),
    "json": ("text", (str,)),
    "timestamp": ("timestamp", (datetime,)), "date": ("date", (date,)),
    "int2": ("int2", (int,)), "int4": ("int4", (int,)), "int8": ("int8", (int,)),
    "bool": ("bool", (bool,)), "float8": ("float8", (float,)), "numeric": ("numeric", (Decimal, int)),
    "bytea": ("bytea", (bytes, bytearray, memoryview)),
}
_SERVER_TYPES: dict[str, dict[str, str]] = {}   # table → column → server type name (per process)


def _binary_types(c: Connection, table: Table, cols: list[str]) -> list[str] | None:
    """The binary COPY types of `cols` (the server's, read once per table and
    process: the schema is Loket's own migrations), or None for text COPY."""
    got = _SERVER_TYPES.get(table.name)
    if got is None:
        raw = c.connection.driver_connection
        with raw.cursor() as cur:  # type: ignore[union-attr]
            cur.execute("SELECT a.attname, t.typname FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid "
                        "WHERE a.attrelid = to_regclass(%s) AND a.attnum > 0 AND NOT a.attisdropped",
                        (c.dialect.identifier_preparer.quote(table.name),))
            got = _SERVER_TYPES[table.name] = dict(cur.fetchall())
    out = []
    for k in cols:
        how = _BINARY_AS.get(got.get(k, ""))
        if how is None:
            return None
        out.append(how[0])
    return out


def _fits(types: list[str], data: list[Sequence[Any]]) -> bool:
    """Every value None or of the Python type its binary dumper takes (exactly:
    a bool is no int4, a datetime no date)."""
    if not data:
        return True
    allowed = [_ALLOWED[t] for t in types]
    for ok, col in zip(allowed, zip(*data, strict=True), strict=True):
        if not set(map(type, col)) <= ok:
            return False
    return True


_ALLOWED: dict[str, frozenset[type]] = {}
for _name, _types in _BINARY_AS.values():
    _ALLOWED[_name] = _ALLOWED.get(_name, frozenset()) | frozenset(_types) | {type(None)}


def _value_lists(data: list[Sequence[Any]]) -> list[str]:
    """Each row as its SQL `(v1,v2,…)`, written a column at a time: a column of
    repeated values (references, coded words, one workstation's name) has each
    distinct value written once."""
    if not data:
        return []
    lits: list[Any] = []
    for col in zip(*data, strict=True):
        try:
            distinct = set(col)
        except TypeError:     # an unhashable value: each as it comes
            distinct = None
        if distinct is not None and len(distinct) * 2 <= len(col):
            lits.append(map({v: _lit(v) for v in distinct}.__getitem__, col))
        else:
            lits.append(map(_lit, col))
    return ["(" + ",".join(r) + ")" for r in zip(*lits, strict=True)]


def _multi_values(c: Connection, table: Table, cols: list[str], data: list[Sequence[Any]]) -> None:
    raw = c.connection.driver_connection
    q = c.dialect.identifier_preparer.quote
    head = f"INSERT INTO {q(table.name)} ({', '.join(q(k) for k in cols)}) VALUES "
    parts: list[str] = []
    size = len(head)
    try:
        with raw.cursor() as cur:  # type: ignore[union-attr]
            for s in _value_lists(data):
                if parts and size + len(s) + 1 > MAX_STATEMENT:
                    cur.execute(head + ",".join(parts))   # no args: the driver formats nothing
                    parts, size = [], len(head)
                parts.append(s)
                size += len(s) + 1
            if parts:
                cur.execute(head + ",".join(parts))
    except c.dialect.dbapi.IntegrityError as e:  # type: ignore[union-attr]
        raise IntegrityError(head, None, e) from e


def upsert_local(c: Connection, table: Table, cols: list[str], pk: str, rows: list[dict[str, Any]], *,
                 update: bool) -> None:
    """Pulled rows into the local SQLite file: insert, or on the same key update
    the columns that travel (`update`) or keep the local row. Driver-level
    executemany over values bound by the column types (SQLAlchemy's own
    per-row parameter handling was most of a bootstrap's time)."""
    if not rows:
        return
    q = c.dialect.identifier_preparer.quote
    extra = _defaults(table, cols)
    if extra is None:
        raise ValueError(f"{table.name}: a column left out has a computed default")
    allc = cols + list(extra)
    if extra:
        rows = [dict(r, **extra) for r in rows]
    if table.name in DERIVED_STAMPS:     # stamps that are the row's own: stored compact (db/base.py)
        rows = [compact_stamps(table.name, r) for r in rows]
    sql = (f"INSERT INTO {q(table.name)} ({', '.join(q(k) for k in allc)}) "
           f"VALUES ({', '.join('?' * len(allc))}) ON CONFLICT ({q(pk)}) DO ")
    rest = [k for k in cols if k != pk]
    sql += ("UPDATE SET " + ", ".join(f"{q(k)} = excluded.{q(k)}" for k in rest)) if update and rest \
        else "NOTHING"
    data: list[Sequence[Any]] = [tuple(r) for r in _tuples(c, table, allc, rows)]
    coded = textcode.coded_columns(table, allc)
    if coded:       # words as codes of the file's dictionary (after the stamps compared them)
        data = textcode.Encoder(c).rows(coded, data)
    try:
        c.exec_driver_sql(sql, data)
    except c.dialect.dbapi.IntegrityError as e:  # type: ignore[union-attr]
        raise IntegrityError(sql, None, e) from e


def upsert_stored(c: Connection, table: Table, cols: list[str], pk: str, rows: list[Sequence[Any]], *,
                  update: bool) -> int:
    """upsert_local for values already in the SQLite file's stored form (keys
    16 bytes, times integer microseconds, JSON text: pull.py's bootstrap has
    the server produce them), one driver executemany. Returns the rows written
    (inserted, or updated with `update`)."""
    if not rows:
        return 0
    q = c.dialect.identifier_preparer.quote
    extra = _defaults(table, cols)
    if extra is None:
        raise ValueError(f"{table.name}: a column left out has a computed default")
    allc = cols + list(extra)
    if extra:
        procs = _processors(c, table, list(extra))
        tail = tuple(p(v) if p else v for p, v in zip(procs, extra.values(), strict=True))
        rows = [tuple(r) + tail for r in rows]
    if table.name in DERIVED_STAMPS:
        rows = _compact_stored(table.name, allc, rows)
    coded = textcode.coded_columns(table, allc)
    if coded:       # words as codes of the file's dictionary (after the stamps compared them)
        rows = textcode.Encoder(c).rows(coded, rows)
    sql = (f"INSERT INTO {q(table.name)} ({', '.join(q(k) for k in allc)}) "
           f"VALUES ({', '.join('?' * len(allc))}) ON CONFLICT ({q(pk)}) DO ")
    rest = [k for k in cols if k != pk]
    sql += ("UPDATE SET " + ", ".join(f"{q(k)} = excluded.{q(k)}" for k in rest)) if update and rest \
        else "NOTHING"
    try:
        return int(c.exec_driver_sql(sql, rows).rowcount)
    except c.dialect.dbapi.IntegrityError as e:  # type: ignore[union-attr]
        raise IntegrityError(sql, None, e) from e


def _compact_stored(name: str, cols: list[str], rows: list[Sequence[Any]]) -> list[Sequence[Any]]:
    """compact_stamps (db/base.py) for rows already in the stored form: created_at
    0 and the other stamps NULL where every stamp equals its column."""
    marker, pairs = DERIVED_STAMPS[name]
    if not all(c in cols and s in cols for c, s in pairs):
        return rows
    at = [(cols.index(c), cols.index(s)) for c, s in pairs]
    m = cols.index(marker)
    out: list[Sequence[Any]] = []
    for r in rows:
        if r[m] is not None and all(r[i] == r[j] for i, j in at):
            t = list(r)
            for i, _j in at:
                t[i] = 0 if i == m else None
            out.append(tuple(t))
        else:
            out.append(r)
    return out
