"""The SQLite file's dictionary of repeated words (`text_code`, migration 0032; see
db/base.py `CodedText`) for the writers and readers that bypass SQLAlchemy's types:
the pull's and the bootstrap's executemany (app/sync/bulk.py), the push's reads
(app/sync/rows.py) and `loket demo` (app/demo/bulk.py).

A code is the decimal digits of the value's `text_code.id`, as a blob (b"12"). The
dictionary is read again in each transaction that uses it, never kept across one:
an id handed out in a transaction that rolled back is handed out again for another
word, so a copy kept from before would read it wrongly. It is small (the office's
officers and workstations), read in well under a millisecond.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from db.base import TEXT_CODE_TABLE, CodedText


def coded_columns(table: Any, cols: Sequence[str]) -> list[int]:
    """Positions in `cols` of the table's CodedText columns."""
    return [i for i, c in enumerate(cols) if c in table.c and isinstance(table.c[c].type, CodedText)]


def _cursor(conn: Any) -> Any:
    """A DB-API cursor of a SQLAlchemy Connection or of a sqlite3 connection."""
    raw = getattr(conn, "connection", None)
    if raw is not None and hasattr(raw, "driver_connection"):
        return raw.driver_connection.cursor()
    return conn.cursor()


def decoder(conn: Any) -> dict[bytes, str]:
    """code → text, as the file holds it now (in the caller's transaction)."""
    cur = _cursor(conn)
    return {str(i).encode(): v for i, v in cur.execute(f"SELECT id, value FROM {TEXT_CODE_TABLE}")}


def decode_column(codes: dict[bytes, str], values: Iterable[Any]) -> list[Any]:
    """A column as stored → its text (a code through `codes`, anything else as it is)."""
    out = []
    for v in values:
        if type(v) is bytes:
            got = codes.get(v)
            if got is None:
                raise LookupError(f"{TEXT_CODE_TABLE}: no word {v!r} in this file's dictionary")
            v = got
        out.append(v)
    return out


INSERT_SQL = f"INSERT INTO {TEXT_CODE_TABLE} (id, value) VALUES (?, ?)"


class _Codes(dict[Any, Any]):
    """text → code, adding a word not seen yet through its encoder."""

    def __init__(self, encoder: Encoder) -> None:
        super().__init__()
        self.encoder = encoder

    def __missing__(self, value: Any) -> Any:
        got = self[value] = self.encoder._add(value)
        return got


class Encoder:
    """text → code for one transaction's writes, adding the words the file lacks.

    `deferred`: the new dictionary rows wait in `pending` (id, value) for the caller to
    write ahead of the rows that use them (the demo hands both to its writer thread;
    its load is the only writer of its transaction, so the ids are counted here)."""

    def __init__(self, conn: Any, *, deferred: bool = False) -> None:
        self.cur = _cursor(conn)
        self.codes = _Codes(self)
        self.codes.update((v, str(i).encode())
                          for i, v in self.cur.execute(f"SELECT id, value FROM {TEXT_CODE_TABLE}"))
        self.next = 1 + max((int(c) for c in self.codes.values()), default=0)   # (deferred only)
        self.pending: list[tuple[int, str]] | None = [] if deferred else None
        # text → code as one dict look-up in C (`map` over a column of the demo's twenty
        # million values); a word not seen yet is added (`_Codes.__missing__`)
        self.code = self.codes.__getitem__

    def take_pending(self) -> list[tuple[int, str]]:
        got, self.pending = self.pending or [], [] if self.pending is not None else None
        return got

    def _add(self, value: Any) -> Any:
        if type(value) is not str:      # None (and anything not text) stays as it is
            return value
        if self.pending is not None:
            self.pending.append((self.next, value))
            n, self.next = self.next, self.next + 1
        else:                        # whatever else wrote to the dictionary meanwhile
            self.cur.execute(f"INSERT OR IGNORE INTO {TEXT_CODE_TABLE} (value) VALUES (?)", (value,))
            (n,), = self.cur.execute(f"SELECT id FROM {TEXT_CODE_TABLE} WHERE value = ?", (value,))
        return str(n).encode()

    def rows(self, positions: list[int], rows: Iterable[Sequence[Any]]) -> list[Sequence[Any]]:
        """Tuples with the values at `positions` coded."""
        code = self.code
        out: list[Sequence[Any]] = []
        for r in rows:
            t = list(r)
            for i in positions:
                t[i] = code(t[i])
            out.append(tuple(t))
        return out
