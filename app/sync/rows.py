"""Reading and writing rows of any synced table, generically over the metadata."""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import JSON, Boolean, Date, DateTime, LargeBinary, String, Text, any_, bindparam, cast, select
from sqlalchemy.engine import Connection
from sqlalchemy.types import ARRAY, NullType, TypeDecorator

from app.sync.tables import Spec
from db import textcode
from db.base import DERIVED_STAMPS, Code, CodedJSON, UtcTime, UuidStr, expand_stamps, time_value, uuid_text

if TYPE_CHECKING:
    from sqlalchemy import Column, ColumnElement

_T = TypeVar("_T")

CHUNK = 500  # ids per IN (…): well under every server's parameter limit
BIG_CHUNK = 5000  # ids per PostgreSQL array parameter (one parameter)


def chunks(seq: list[_T], n: int = CHUNK) -> Iterable[list[_T]]:
    for i in range(0, len(seq), n):
        yield seq[i:i + n]


def norm(v: object) -> object:
    if isinstance(v, memoryview):
        return bytes(v)
    return v


def clean(spec: Spec, row: Sequence[Any]) -> dict[str, Any]:
    """A row as a dict of the columns that travel (selected in spec.columns' order)."""
    d = dict(zip(spec.columns, row, strict=True))
    for c in binary_columns(spec):
        d[c] = norm(d[c])
    return d


_BINARY: dict[str, tuple[str, ...]] = {}


def binary_columns(spec: Spec) -> tuple[str, ...]:
    """The columns holding bytes (documents): tables to fetch a few rows at a time."""
    got = _BINARY.get(spec.name)
    if got is None:
        got = _BINARY[spec.name] = tuple(c for c in spec.columns
                                         if isinstance(spec.table.c[c].type, LargeBinary))
    return got


def is_in(conn: Connection, col: Column[Any], values: list[Any]) -> ColumnElement[bool]:
    """`col IN values`; on PostgreSQL `col = ANY(array)`, one parameter however
    many values (an IN list of hundreds of parameters costs more to build and
    parse than the rows it finds). Keys and other text go as one text parameter
    in the array's own literal form, which the server parses: a Python list of
    them was adapted element by element on the way (1.3 ms per 500 keys, most of
    the time of a push's look-up of its rows; a key's own processor per element
    on top)."""
    if conn.dialect.name == "postgresql":
        if (isinstance(col.type, UuidStr) or type(col.type) in (String, Text)) and all(type(v) is str for v in values):
            return col == any_(bindparam(None, pg_text_array(values), type_=_TextArrayLiteral()))
        return col == any_(bindparam(None, list(values), type_=ARRAY(col.type)))
    return col.in_(values)


class _TextArrayLiteral(TypeDecorator[str]):
    """A text[] sent as its literal (pg_text_array), cast to the array type in the
    statement itself: `CAST(%(p)s AS VARCHAR[])`, the parameter of no declared
    type, so the server takes it as an array constant, parsed once. (Sent as
    text and cast, it would be parsed again for every row the scan looks at:
    the text-to-array cast is not constant-folded.)"""
    impl = NullType
    cache_ok = True

    def bind_expression(self, bindvalue: Any) -> Any:
        return cast(bindvalue, ARRAY(String()))


def pg_text_array(values: Iterable[str]) -> str:
    """PostgreSQL's literal of a text[]: every element quoted, its backslashes and
    quotes escaped, so any text goes through as it is (commas, braces, NULL)."""
    return "{" + ",".join('"' + (v.replace("\\", "\\\\").replace('"', '\\"') if ("\\" in v or '"' in v) else v) + '"'
                          for v in values) + "}"


def chunk_for(conn: Connection) -> int:
    return BIG_CHUNK if conn.dialect.name == "postgresql" else CHUNK


def key_text(v: Any) -> Any:
    """A stored key → its text (db.base.uuid_text, with the common case first:
    this runs for every key of every row a push reads)."""
    if type(v) is bytes and len(v) == 16:
        h = v.hex()
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    return uuid_text(v)


_EPOCH = datetime(1970, 1, 1)


def _time(v: Any) -> Any:
    """time_value with the stored form (integer microseconds) first."""
    if type(v) is int:
        return _EPOCH + timedelta(microseconds=v)
    return time_value(v)


# per column its result processor (None: the raw value as is), and the key's bind processor
_Readers = tuple[list[Callable[[Any], Any] | None], Callable[[Any], Any] | None]


def _sqlite_readers(conn: Connection, spec: Spec) -> _Readers:
    """Per column, how a raw SQLite value becomes the Python value SQLAlchemy
    would give (the type's own result processor: 16-byte keys, integer times,
    JSON, booleans; None: as is), and the key's bind processor."""
    got = _READERS.get(spec.name)
    if got is None:
        d = conn.dialect
        out: list[Callable[[Any], Any] | None] = []
        for c in spec.columns:
            ty = spec.table.c[c].type
            if isinstance(ty, UuidStr):    # what its process_result_value does, minus two wrappers
                out.append(key_text)
            elif isinstance(ty, UtcTime):
                out.append(_time)
            elif isinstance(ty, (Code, CodedJSON)):   # one call, not three wrappers deep
                out.append(ty.reader())
            elif type(ty) is DateTime:     # plain text times: the C parser, not a regex per value
                out.append(datetime.fromisoformat)
            elif type(ty) is Date:
                out.append(date.fromisoformat)
            else:
                out.append(ty._cached_result_processor(d, None))
        for i, c in enumerate(spec.columns):
            # references and coded words repeat (a file's events, one officer's rows)
            ty = spec.table.c[c].type
            _FEW[(spec.name, i)] = isinstance(ty, Code) or (isinstance(ty, UuidStr) and c != spec.pk)
        got = _READERS[spec.name] = (out, spec.table.c[spec.pk].type._cached_bind_processor(d))
    return got


_READERS: dict[str, _Readers] = {}
_FEW: dict[tuple[str, int], bool] = {}


def _fetch_sqlite(conn: Connection, spec: Spec, ids: list[Any]) -> dict[Any, dict[str, Any]]:
    """The local file's rows straight from the driver, each value through its
    type's processor: SQLAlchemy's row machinery was most of a push's reading time."""
    readers, key = _sqlite_readers(conn, spec)
    q = conn.dialect.identifier_preparer.quote
    conv = [(i, f) for i, f in enumerate(readers) if f is not None]
    head = (f"SELECT {', '.join(q(c) for c in spec.columns)} FROM {q(spec.name)} "
            f"WHERE {q(spec.pk)} IN ")
    out: dict[Any, dict[str, Any]] = {}
    stamped = spec.name in DERIVED_STAMPS     # stored compact: filled in as written (db/base.py)
    coded = textcode.coded_columns(spec.table, spec.columns)
    words = textcode.decoder(conn) if coded else {}
    for part in chunks(sorted(set(ids))):
        params = tuple(key(i) for i in part) if key else tuple(part)
        for row in conn.exec_driver_sql(head + "(" + ",".join("?" * len(part)) + ")", params).all():
            r = list(row)
            for i, f in conv:
                if r[i] is not None:
                    r[i] = f(r[i])
            for i in coded:          # before the stamps: an event's created_ws is its workstation
                r[i], = textcode.decode_column(words, (r[i],))
            d = dict(zip(spec.columns, r, strict=True))
            if stamped:
                expand_stamps(spec.name, d)
            out[d[spec.pk]] = d
    return out


def _sqlite_select(conn: Connection, spec: Spec, alias: str) -> tuple[str, list[tuple[int, Callable[[Any], Any]]]]:
    """The select list for a table's travelling columns on the SQLite file, and
    the conversions of the raw values (the types' own result processors; a
    16-byte key's text in SQL, uuid_sql, measured slower than in Python)."""
    readers, _key = _sqlite_readers(conn, spec)
    q = conn.dialect.identifier_preparer.quote
    sel = ", ".join(f"{alias}.{q(c)}" for c in spec.columns)
    return sel, [(i, f) for i, f in enumerate(readers) if f is not None]


def fetch_queued(conn: Connection, spec: Spec, after_seq: int, last_seq: int, *, lean: bool = False,
                 keys: dict[Any, str] | None = None) -> dict[Any, Any]:
    """The rows of `spec` named by outbox entries after_seq < seq <= last_seq
    (local SQLite file): one join with the outbox straight from the driver
    instead of IN lists of keys bound one by one.

    id → row dict; with `lean`, id → the row as a tuple in spec.columns order
    (the order push COPYs it in): the append-only tables, whose rows are only
    written centrally, never merged, need no dict per row. `keys`: stored keys
    already turned into text (the outbox entries'), not converted twice."""
    q = conn.dialect.identifier_preparer.quote
    sel, conv = _sqlite_select(conn, spec, "t")
    sql = (f"SELECT {sel} FROM sync_outbox o JOIN {q(spec.name)} t ON t.{q(spec.pk)} = o.row_id "
           f"WHERE o.seq > ? AND o.seq <= ? AND o.table_name = ?")
    raw = conn.connection.driver_connection
    assert raw is not None
    return _by_key(conn, spec, raw.execute(sql, (after_seq, last_seq, spec.name)).fetchall(), lean=lean,
                   keys=keys)


def _by_key(conn: Connection, spec: Spec, raw_rows: list[Any], *, lean: bool = False,
            keys: dict[Any, str] | None = None) -> dict[Any, Any]:
    """Raw SQLite rows (spec.columns in order) → id → row dict (or tuple, `lean`),
    converted a column at a time: each converter mapped over its column, and for
    the columns with few distinct values (references, coded words) each distinct
    value converted once, instead of a Python loop over every value of every row.
    Derived stamps (stored compact, db/base.py) are filled in a column at a time too."""
    cols = spec.columns
    if not raw_rows:
        return {}
    readers, _key = _sqlite_readers(conn, spec)
    columns: list[Any] = list(zip(*raw_rows, strict=True))
    pk = cols.index(spec.pk)
    for i, f in enumerate(readers):
        if f is None:
            continue
        col = columns[i]
        if i == pk and keys and f is key_text:
            known = keys.get
            columns[i] = [known(v) or f(v) for v in col]
            continue
        few = i != pk and _FEW.get((spec.name, i), False)
        distinct = None
        if not few and f is _time:    # times repeat too (an event's stamps stored compact: 0)
            distinct = set(col)
            few = len(distinct) * 2 <= len(col)
        if few:
            table = {v: f(v) for v in (distinct or set(col)) if v is not None}
            table[None] = None
            columns[i] = map(table.__getitem__, col)
        else:
            columns[i] = [None if v is None else f(v) for v in col]
    coded = textcode.coded_columns(spec.table, cols)
    if coded:       # the file's dictionary as it is in this transaction (db/textcode.py)
        words = textcode.decoder(conn)
        for i in coded:
            col = list(columns[i])
            seen = list(set(col))
            columns[i] = map(dict(zip(seen, textcode.decode_column(words, seen), strict=True)).__getitem__, col)
    ids = columns[pk] = list(columns[pk])
    stamps = DERIVED_STAMPS.get(spec.name)
    if stamps is not None:
        _expand_columns(cols, columns, *stamps)
    if lean:
        return dict(zip(ids, zip(*columns, strict=True), strict=True))
    return dict(zip(ids, (dict(zip(cols, r, strict=True)) for r in zip(*columns, strict=True)), strict=True))


def _expand_columns(cols: tuple[str, ...] | list[str], columns: list[Any], marker: str,
                    pairs: tuple[tuple[str, str], ...]) -> None:
    """expand_stamps (db/base.py) over whole columns, in place: where the marker
    reads as the epoch (stored 0), each stamp takes its sibling's value."""
    if marker not in cols:
        return
    m = columns[cols.index(marker)] = list(columns[cols.index(marker)])
    own = [v == _EPOCH or v == 0 for v in m]
    if not any(own):
        return
    for c, s in pairs:
        if c not in cols or s not in cols:
            continue
        ci, si = cols.index(c), cols.index(s)
        sib = columns[si] = list(columns[si])
        columns[ci] = [b if o else a for o, a, b in zip(own, columns[ci], sib, strict=True)]


def fetch(conn: Connection, spec: Spec, ids: list[Any], *, for_update: bool = False) -> dict[Any, dict[str, Any]]:
    """id → row dict (only the columns that travel)."""
    if conn.dialect.name == "sqlite" and not for_update:
        return _fetch_sqlite(conn, spec, ids)
    t = spec.table
    out: dict[Any, dict[str, Any]] = {}
    cols = [t.c[c] for c in spec.columns]
    for part in chunks(sorted(set(ids)), chunk_for(conn)):
        q = select(*cols).where(is_in(conn, t.c[spec.pk], part))
        if for_update:
            q = q.order_by(t.c[spec.pk]).with_for_update()
        for r in conn.execute(q):
            d = clean(spec, r)
            out[d[spec.pk]] = d
    return out


def existing_ids(conn: Connection, spec: Spec, ids: list[Any]) -> set[Any]:
    t = spec.table
    found: set[Any] = set()
    for part in chunks(sorted(set(ids)), chunk_for(conn)):
        found.update(conn.execute(select(t.c[spec.pk]).where(is_in(conn, t.c[spec.pk], part))).scalars())
    return found


def _from_sqlite_text(col: Column[Any], raw: Any) -> Any:   # raw: what json_object() wrote
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
    if isinstance(ty, CodedJSON):   # its keys as stored (application.technical_data, db/codes.py)
        return ty.reader()(raw) if isinstance(raw, str) else raw
    if isinstance(ty, JSON):
        return json.loads(raw) if isinstance(raw, str) else raw
    return raw


def decode_base(spec: Spec, text: str | None) -> dict[str, Any] | None:
    if not text:
        return None
    raw = json.loads(text)
    return {c: _from_sqlite_text(spec.table.c[c], raw.get(c)) for c in spec.columns}


def show(v: object) -> str | None:
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
