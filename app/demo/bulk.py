"""The bulk writer: rows of the simulation into SQLite, at executemany speed,
shaped by the tables themselves.

The simulation hands each row over as a tuple, in an order of column names it
declares once per table (`TableWriter.fields`; app/demo/simulation.py FIELDS),
with Python values as the ORM would see them, except that a key may come as its
16 bytes and a time as its integer microseconds: the forms the SQLite file
stores (db/base.py UuidStr, UtcTime). The INSERT is SQLAlchemy Core's own
`table.insert()` compiled for the connection's dialect, and every value goes
through its column type's bind processor (or a C-level equivalent proven equal
on samples), so the rows are stored byte for byte as the ORM stores them, and a
change of column types or a new column with a default needs no change here. A
column whose processor gives back every value of the first batch as it was
given (the stored forms above) is passed through from then on; a table whose
columns all are, in the statement's order, goes to executemany as it came. A
column the simulation does not give gets its declared default (computed per row
when callable), or is left to the database when it has a server default or is
nullable; one that has neither is an error. A value the table no longer has a
column for is left out (logged once).

The conversion runs column by column at each flush (map of the column's
processor over the batch, zipped back into rows), because it runs for twenty
million rows: a processor without a C-level equivalent remembers its recent
answers (a dict lookup in C for a code or a flag), and JSON goes to the C
encoder (the coded keys of db/base.py CodedJSON first).

`BulkLoad` prepares the connection for one big transaction: rollback journal
instead of WAL on a fresh file (pages appended to a fresh file need no
journal), a modest page cache (see LOAD_CACHE_KIB), sorter threads; on a database without
applications the secondary indexes of the bulk tables are dropped first and
built again at the end of that same transaction (sorting once is far cheaper
than updating random B-tree pages twenty million times), and so are their
triggers (sync capture, the dashboard's rollup), created again at the end — the
rollup trigger makes four upserts for each received or signed file. The
dashboard's totals are then stored from the simulation's own count of what it
wrote (`BulkLoad.rollup`, app/reports/rollup.py Tally) in the same transaction,
instead of a second pass over every event after the load. On a database that
has applications the capture triggers are muted instead. Either way the outbox
entries the capture would have queued one row at a time are written set-based
at the end, so the demo rows are pushed to the central database like any
officer's.

`split` runs the simulation in a forked second process (Linux; elsewhere the
simulation and the writer thread share one process, which in CPython means one
core): the child makes the rows as it would for the writers, pickled to the
parent a batch at a time, and the parent converts and writes them, so both
cores work. The rows, and their order, are the same either way.
"""
from __future__ import annotations

import logging
import queue
import re
import sqlite3
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta
from itertools import repeat
from operator import itemgetter, methodcaller
from typing import Any

from sqlalchemy import JSON
from sqlalchemy.dialects import sqlite as sqlite_dialect

from db import textcode
from db.base import JSON_SEPARATORS, CodedText, json_dumps

log = logging.getLogger("loket.demo")

# Cheaper equivalents of common bind processors, each used only where it gives
# exactly the processor's answers on the samples (so a column type that stores
# differently keeps its own processor).
_SAMPLES = {
    datetime: (datetime(2026, 1, 2, 3, 4, 5, 6), datetime(1999, 12, 31, 23, 59, 59),
               datetime(2030, 6, 15, 12, 0, 0, 999999)),
    date: (date(2026, 1, 2), date(1950, 12, 31)),
    dict: ({"number": "503/0001/DPMPTSP/2026", "copies": 1, "by_proxy": False, "missing": ["KTP", "é"],
            "reason": None, "share": 0.5}, {}, {"Nama fasilitas": "Klinik “Sehat”", "luas": 120}),
    # keys: canonical UUIDs, and text that a key column keeps as it is
    str: ("0190f5a2-7c41-7a3b-8c2d-0123456789ab", "6b0c1c8e-8f1e-4d3a-9a43-4c6f6b65742e",
          "0190F5A2-7C41-7A3B-8C2D-0123456789AB", "0190f5a2-7c41-7a3b-8c2d-0123456789a", "LOKET2",
          "0190f5a2x7c41-7a3b-8c2d-0123456789ab", "0190f5a2-7c41-7a3b-8c2d-0123456789ag", ""),
}


def _c_json_encoder() -> Callable[..., Any] | None:
    """The C encoder json.dumps uses with its default arguments (None without the C
    speedups): `encoder(obj, 0)` gives the pieces of the text."""
    from json.encoder import JSONEncoder, c_make_encoder, encode_basestring_ascii  # type: ignore[attr-defined]
    if c_make_encoder is None:
        return None
    e = JSONEncoder(separators=JSON_SEPARATORS)      # as the SQLite engine writes JSON (db/base.py)
    return c_make_encoder({}, e.default, encode_basestring_ascii, None, e.key_separator,  # type: ignore[no-any-return]
                          e.item_separator, False, False, True)


_C_JSON = _c_json_encoder()


def _json_encoder() -> Callable[..., Any]:
    """json.dumps with its default arguments, without building an encoder per call."""
    encode = _C_JSON
    if encode is None:
        return json_dumps
    return lambda obj: "".join(encode(obj, 0))


_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}").fullmatch


def _uuid16(v: Any) -> Any:
    """db.base.uuid_bytes in one regular expression instead of six tests."""
    return bytes.fromhex(v.replace("-", "")) if v.__class__ is str and _CANONICAL_UUID(v) else v


_EPOCH = datetime(1970, 1, 1)
_MICROSECOND = timedelta(microseconds=1)

# Cheaper equivalents of common bind processors, per Python type, tried in order.
_FAST: dict[type, tuple[Callable[..., Any], ...]] = {
    datetime: (methodcaller("isoformat", " ", "microseconds"),        # DateTime as text
               lambda v: (v - _EPOCH) // _MICROSECOND),               # integer microseconds
    date: (methodcaller("isoformat"),),
    dict: (_json_encoder(),),
    str: (_uuid16,),                                                  # 16-byte keys
}


def _is_json(t: Any) -> bool:
    """JSON, or a type built on it (db/base.py CodedJSON)."""
    return isinstance(t, JSON) or isinstance(getattr(t, "impl_instance", None), JSON)


class _Memo(dict[Any, Any]):
    """proc with a memory, used as `memo.__getitem__`: a hit is one dict lookup in C
    (a row's code or flag is one of a few values, a file's dates recur), None is
    None without a call; emptied at each flush."""

    def __init__(self, proc: Callable[..., Any]) -> None:
        super().__init__()
        self.proc = proc
        self[None] = None

    def __missing__(self, v: Any) -> Any:
        out = self[v] = self.proc(v)
        return out

    def clear(self) -> None:
        super().clear()
        self[None] = None


def _none_kept(f: Callable[..., Any]) -> Callable[..., Any]:
    return lambda v: None if v is None else f(v)


def _fast(column: Any, proc: Callable[..., Any]) -> Callable:  # type: ignore[type-arg]
    t = column.type
    if isinstance(t, JSON):
        py = dict      # JSON says `object`: its samples are dicts, as the demo's values are
    elif _is_json(t):
        return _coded_json(t, proc)
    else:
        try:
            py = t.python_type
        except NotImplementedError:
            return proc
    for fast in _FAST.get(py, ()):
        try:
            if all(fast(v) == proc(v) and type(fast(v)) is type(proc(v)) for v in _SAMPLES[py]):
                return fast
        except Exception:  # noqa: S112 - a candidate that refuses a sample is not the one
            continue
    return proc


_CODED_SAMPLES: tuple[dict[str, Any], ...] = (
    {"receipt_number": "TT/LOKET2-A/2026/00001", "due_date": "2026-01-02", "duration_seconds": 300},
    {"result": "MEMENUHI"}, {"missing": ["KTP", "é"], "slip_number": "x", "reason": None},
    {"survey_id": "0190f5a2-7c41-7a3b-8c2d-0123456789ab", "not listed": 1, "7": 2, "~x": 3}, {})


def _coded_json(t: Any, proc: Callable[..., Any]) -> Callable[..., Any]:
    """JSON whose keys the type codes first (db/base.py CodedJSON): its key coding,
    remembered per key, then the C encoder; only where that gives the type's own
    answers on the samples."""
    key = getattr(t, "_key", None)
    encode = _FAST[dict][0]
    if key is None:
        return proc
    code = _Memo(key).__getitem__
    c_encode, join = _C_JSON, "".join

    def fast(v: dict[str, Any] | None) -> Any:
        if v is None:
            return None
        return encode({code(k): x for k, x in v.items()})

    if c_encode is not None:
        def fast(v: dict[str, Any] | None) -> Any:  # (one call per row: the coding and the encoder in C)
            if v is None:
                return None
            return join(c_encode(dict(zip(map(code, v), v.values(), strict=True)), 0))
    try:
        if all(fast(v) == proc(v) for v in _CODED_SAMPLES):
            return fast
    except Exception:  # noqa: S110 - the type's own processor, then
        pass
    return proc


class TableWriter:
    """Buffered executemany INSERTs into one table (see the module docstring)."""

    def __init__(self, sink: Callable[[str, list[Any]], None], table: Any, dialect: Any = None,
                 words: textcode.Encoder | None = None) -> None:
        self.sink, self.table = sink, table
        # the file's dictionary (db/base.py CodedText), deferred: its new words go to the
        # sink ahead of the rows that use them; without one, coded columns go as text
        self.words = words
        self.dialect = dialect or sqlite_dialect.dialect(paramstyle="qmark", json_serializer=json_dumps)
        self.columns = {c.name: c for c in table.columns}
        self._kinds: list[_Kind] = []
        self.count = 0

    def fields(self, names: tuple[str, ...]) -> Callable[[tuple[Any, ...]], None]:
        """The adder (a list's append) of this table's rows given as tuples of the
        values of `names`, in that order."""
        kind = _Kind(self, tuple(names))
        self._kinds.append(kind)
        return kind.rows.append

    def add_rows(self, kind: int, rows: list[tuple[Any, ...]]) -> None:
        """Rows for the adder of the kind-th `fields` call, given as a list (bulk.split)."""
        self._kinds[kind].rows.extend(rows)

    def pending(self) -> int:
        return sum(len(k.rows) for k in self._kinds)

    def flush(self) -> None:
        for kind in self._kinds:
            if kind.rows:
                out = kind.convert()
                if self.words is not None and self.words.pending:
                    self.sink(textcode.INSERT_SQL, self.words.take_pending())
                self.sink(kind.sql, out)
                self.count += len(out)
                kind.rows.clear()     # (`out` is a new list: the sink may still be writing it)


class _Kind:
    """The INSERT and the conversion of one table's rows given as tuples of `names`.

    The conversion goes column by column (zip, then map of each column's processor:
    dict lookups in C where the processor is remembered), never by a Python call
    per row. A column whose processor gives back, on the whole first batch, every
    value it was given (a key given as its 16 bytes, a time as its integer
    microseconds: their stored forms) is passed through from then on; when every
    column is, and the statement takes them in the given order, the rows go to
    executemany as they came."""

    def __init__(self, writer: TableWriter, names: tuple[str, ...]) -> None:
        self.writer, self.names = writer, names
        self.rows: list[tuple[Any, ...]] = []
        columns = writer.columns
        table = writer.table
        unknown = [k for k in names if k not in columns]
        if unknown:
            log.warning("demo: %s has no column %s; left out", table.name, ", ".join(unknown))
        if len(set(names)) != len(names):
            raise RuntimeError(f"demo: {table.name}: a column given twice in {names}")
        given = [k for k in names if k not in unknown]
        self.sources: dict[str, Any] = {k: names.index(k) for k in given}
        self.procs: dict[str, Any] = {}
        for name, c in columns.items():
            if name in self.sources:
                self.procs[name] = self._processor(c)
                continue
            d = c.default
            if d is not None and d.is_scalar:
                proc = c.type._cached_bind_processor(writer.dialect)
                self.sources[name] = ("constant", proc(d.arg) if proc and d.arg is not None else d.arg)
            elif d is not None and d.is_callable:
                self.sources[name] = ("callable", d.arg, c.type._cached_bind_processor(writer.dialect))
            elif c.server_default is None and not c.nullable:
                raise RuntimeError(f"demo: {table.name}.{name} needs a value")
        stmt = table.insert().compile(dialect=writer.dialect, column_keys=list(self.sources))
        self.order = list(stmt.positiontup or ())
        if sorted(self.order) != sorted(self.sources):
            raise RuntimeError(f"demo: unexpected INSERT for {table.name}: {self.order}")
        self.sql = str(stmt)
        self.proven = False
        self.memos = [p.__self__ for p in self.procs.values() if isinstance(getattr(p, "__self__", None), _Memo)]

    def _processor(self, column: Any) -> Any:
        """The column's bind step as something `map` calls on every value (None kept)."""
        if isinstance(column.type, CodedText) and self.writer.words is not None:
            return self.writer.words.code      # (not proven away: its bind step stores text)
        proc = column.type._cached_bind_processor(self.writer.dialect)
        if proc is None:
            return None
        fast = _fast(column, proc)
        if _is_json(column.type):               # (a dict cannot key a memo)
            return fast if fast is not proc and not isinstance(column.type, JSON) else _none_kept(fast)
        return _Memo(fast).__getitem__

    def _prove(self) -> None:
        """Pass through the columns whose processor leaves every value of this first batch as it is."""
        for name, proc in list(self.procs.items()):
            if proc is None or isinstance(self.writer.table.c[name].type, CodedText):
                continue
            raw = self.writer.table.c[name].type._cached_bind_processor(self.writer.dialect)
            col = [r[self.sources[name]] for r in self.rows]
            values = [v for v in col if v is not None]
            if values and all(type(w := raw(v)) is type(v) and w == v for v in values):
                self.procs[name] = None
        self.proven = True

    def convert(self) -> list[tuple[Any, ...]]:
        if not self.proven:
            self._prove()
        rows = self.rows
        order = self.order
        if all(self.procs.get(n, 0) is None for n in order) and \
                [self.sources[n] for n in order] == list(range(len(self.names))):
            return rows.copy()       # stored forms, in the statement's order: as they came
        n = len(rows)
        out: list[Iterable[Any]] = []
        for name in order:
            src = self.sources[name]
            if isinstance(src, tuple):
                if src[0] == "constant":
                    out.append(repeat(src[1], n))
                else:
                    f, proc = src[1], src[2] or (lambda v: v)
                    out.append([proc(f(None)) for _ in range(n)])
                continue
            proc = self.procs[name]
            col = map(itemgetter(src), rows)
            out.append(col if proc is None else map(proc, col))
        converted = list(zip(*out, strict=True))
        for memo in self.memos:
            memo.clear()
        return converted


class Writer(threading.Thread):
    """executemany on a thread of its own: sqlite3 lets go of the GIL while SQLite
    works, so the B-trees grow while the simulation makes the next batch."""

    def __init__(self, db: sqlite3.Connection) -> None:
        super().__init__(name="demo-writer", daemon=True)
        self.cur = db.cursor()
        self.jobs: queue.Queue[Any] = queue.Queue(maxsize=4)     # bounded: memory stays flat
        self.error: BaseException | None = None
        self.cpu = 0.0

    def run(self) -> None:
        while (job := self.jobs.get()) is not None:
            if self.error is None:
                try:
                    self.cur.executemany(*job)
                except BaseException as e:   # handed to the main thread at its next call
                    self.error = e
            self.cpu = time.thread_time()     # this thread's CPU seconds: SQLite's share of the load
            self.jobs.task_done()
        self.jobs.task_done()

    def submit(self, sql: str, rows: list[Any]) -> None:
        self._raise()
        self.jobs.put((sql, rows))

    def drain(self) -> None:
        """Wait until every submitted batch is written."""
        self.jobs.join()
        self._raise()

    def stop(self) -> None:
        if self.is_alive():
            self.jobs.put(None)
            self.join()
        self.cur.close()

    def _raise(self) -> None:
        if self.error is not None:
            raise self.error


# The page cache while loading (KiB). Rows are appended (UUIDv7 keys: every B-tree
# grows at its right edge, and the parent a child's foreign key finds is among the
# newest), so the pages the load touches again are few: 32 MiB loads as fast as
# 128 MiB did (same CPU on 100,000 applications).
LOAD_CACHE_KIB = 32768
# ... and while the indexes are built: SQLite's sorter keeps up to the cache's size of
# keys in memory per sorting thread (PRAGMA threads=2: up to three lists, vdbesort.c)
# before it writes a sorted run to a temporary file (temp_store=FILE), so the build
# holds about four times this; at 128 MiB that was most of the 754 MB peak of a
# million applications.
SORT_CACHE_KIB = 32768


class BulkLoad:
    """The connection settings, indexes and sync outbox around one bulk load
    (see the module docstring). Use as a context manager around the writes;
    the transaction commits on a clean exit and rolls back otherwise."""

    def __init__(self, engine: Any, tables: Iterable[str], *, fresh: bool,
                 lap: Callable[[str], None] | None = None) -> None:
        self.engine, self.tables, self.fresh = engine, tuple(tables), fresh
        self.lap = lap or (lambda _name: None)
        # report_rollup's rows for what this load wrote (app/reports/rollup.py Tally), stored
        # where the load took the rollup triggers off; None: counted again after it
        self.rollup: list[tuple[Any, ...]] | None = None

    def __enter__(self) -> BulkLoad:
        self.engine.dispose()      # the load needs the file to itself to leave WAL
        self.raw = self.engine.raw_connection()
        self.db = db = self.raw.driver_connection
        self.old_isolation = db.isolation_level
        db.isolation_level = None
        cur = db.cursor()
        self.journal = None
        if self.fresh:
            try:
                self.journal = cur.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
            except sqlite3.OperationalError:   # another connection has the file open: stay in WAL
                self.journal = None
        cur.execute(f"PRAGMA cache_size=-{LOAD_CACHE_KIB}")
        cur.execute("PRAGMA temp_store=FILE")
        cur.execute("PRAGMA threads=2")            # CREATE INDEX sorts with a helper thread
        cur.execute("BEGIN IMMEDIATE")
        self.indexes = []
        if self.fresh:
            self.indexes = cur.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                f"AND tbl_name IN ({', '.join('?' * len(self.tables))})", self.tables).fetchall()
            for name, _sql in self.indexes:
                cur.execute(f'DROP INDEX "{name}"')
        self.outbox = _outbox_tables(cur, self.tables)
        if self.outbox:
            cur.execute("INSERT OR IGNORE INTO sync_mute (id) VALUES (1)")
        self.triggers: list[Any] = []
        if self.fresh:
            # Every row would enter the capture triggers (muted, but entered) and the
            # dashboard's rollup trigger (four upserts per received or signed file): gone
            # during the load, back at its end; the outbox and the rollup are then
            # written set-based (`_queue`, app.reports.rollup.rebuild by the caller).
            self.triggers = cur.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND sql IS NOT NULL "
                f"AND tbl_name IN ({', '.join('?' * len(self.tables))})", self.tables).fetchall()
            for name, _sql in self.triggers:
                cur.execute(f'DROP TRIGGER "{name}"')
        self.cur = cur
        self.writer = Writer(db)
        self.writer.start()
        return self

    def submit(self, sql: str, rows: list[Any]) -> None:
        self.writer.submit(sql, rows)

    def drain(self) -> None:
        self.writer.drain()

    def __exit__(self, etype: Any, value: Any, tb: Any) -> None:
        cur = self.cur
        try:
            committed = False
            if etype is None:
                try:
                    self.writer.drain()
                    if self.outbox:
                        _queue(cur, self.outbox)
                        cur.execute("DELETE FROM sync_mute")
                    self.lap("outbox")
                    if self.indexes:
                        cur.execute(f"PRAGMA cache_size=-{SORT_CACHE_KIB}")
                    for _name, sql in self.indexes:
                        cur.execute(sql)
                    self.lap("indexes")
                    for _name, sql in self.triggers:
                        cur.execute(sql)
                    if self.triggers and "report_rollup" in _names(cur):
                        if self.rollup is not None:
                            # counted as the rows were made: stored with them (nothing was
                            # counted before: a fresh load has no events to start from)
                            from app.reports import rollup
                            rollup.store(cur, self.rollup)
                        else:
                            # counted again from every event when the load is in (the caller:
                            # app.reports.rollup.install), or at the next open if that fails
                            cur.execute("DELETE FROM report_rollup WHERE kind = '_meta'")
                    cur.execute("COMMIT")
                    committed = True
                finally:
                    if not committed:
                        self.writer.stop()
                        cur.execute("ROLLBACK")
                # Fresh statistics let the planner pick the right index on a big file.
                cur.execute("PRAGMA analysis_limit=1000")
                cur.execute("ANALYZE")
                self.lap("commit, ANALYZE")
            else:
                self.writer.stop()
                cur.execute("ROLLBACK")
        finally:
            self.writer.stop()
            if self.journal is not None:
                cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA cache_size=-2000")
            cur.execute("PRAGMA threads=0")
            cur.close()
            self.db.isolation_level = self.old_isolation
            self.raw.close()
            self.engine.dispose()


def can_split() -> bool:
    """Whether the simulation may run in a second process beside the writer:
    where a fork is safe and cheap (Linux). The child only computes and pickles
    rows; it never touches the parent's SQLite connections (inherited, unused,
    never closed: multiprocessing ends a forked child with os._exit)."""
    import multiprocessing
    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()


class _Collector:
    """The child's stand-in for a TableWriter: `fields` gives a list's append, and
    the rows stay as the simulation made them (converted by the parent's writer)."""

    def __init__(self) -> None:
        self.kinds: list[list[tuple[Any, ...]]] = []

    def fields(self, names: tuple[str, ...]) -> Callable[[tuple[Any, ...]], None]:
        self.kinds.append([])
        return self.kinds[-1].append


class _Collectors(dict[str, _Collector]):
    def __missing__(self, table: str) -> _Collector:
        c = self[table] = _Collector()
        return c

    def batch(self) -> list[tuple[str, int, list[tuple[Any, ...]]]]:
        out = [(t, k, rows.copy()) for t, c in self.items() for k, rows in enumerate(c.kinds) if rows]
        for c in self.values():
            for rows in c.kinds:
                rows.clear()
        return out


Batch = list[tuple[str, int, list[tuple[Any, ...]]]]
Produce = Callable[[Any, Callable[[], None]], Any]


def split(produce: Produce, take: Callable[[Batch], None]) -> tuple[Any, dict[str, float]]:
    """`produce(writers, flushed)` run in a forked child process, its rows taken here.

    In one process the simulation and the writer thread take turns at the GIL
    (sqlite3 binds every row's values holding it), so the load used one core;
    in two processes the simulation makes the next batch while SQLite writes the
    last one. In the child, `writers` stand in for the TableWriters (their
    `fields` only collect the rows) and `flushed()` sends what was collected as
    one pickled message (the child waits while the pipe is full: memory stays
    flat); here `take` gets each as [(table, kind, rows)], the kind being the
    index of the writer's `fields` call, in the child's order: the parent's
    writers, registered by the same code, convert and write them (the conversion
    here, so both processes have about the same work). Returns produce's result
    (pickled back) and the child's CPU seconds and peak RSS (`cpu`, `peak_rss_mb`).
    An error in the child is raised here; an error here ends the child."""
    import multiprocessing
    ctx = multiprocessing.get_context("fork")
    inbox, outbox = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_produce_in_child, args=(produce, outbox), name="demo-simulation",
                        daemon=True)
    child.start()
    outbox.close()
    try:
        while True:
            try:
                msg = inbox.recv()
            except EOFError:
                child.join()
                raise RuntimeError(f"demo: the simulation process ended early (exit code {child.exitcode})") from None
            if msg[0] == "rows":
                take(msg[1])
            elif msg[0] == "done":
                child.join()
                return msg[1], msg[2]
            else:
                child.join()
                raise RuntimeError(f"demo: the simulation process failed:\n{msg[1]}")
    finally:
        if child.is_alive():     # an error here (or Ctrl+C): its rows are not wanted
            child.kill()
            child.join()
        inbox.close()


def _produce_in_child(produce: Produce, outbox: Any) -> None:
    collectors = _Collectors()

    def flushed() -> None:
        outbox.send(("rows", collectors.batch()))

    try:
        result = produce(collectors, flushed)
        flushed()
        outbox.send(("done", result, {"cpu": time.process_time(), "peak_rss_mb": _peak_rss_mb()}))
    except BaseException:
        try:
            outbox.send(("error", traceback.format_exc()))
        except OSError:        # the parent is gone
            pass
    finally:
        outbox.close()


def _peak_rss_mb() -> float:
    try:
        import resource
    except ImportError:
        return 0.0
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024     # (KiB on Linux)


def _names(cur: Any) -> set[str]:
    return {r[0] for r in cur.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')")}


def _outbox_tables(cur: Any, tables: Any) -> list[tuple[str, str, tuple[Any, ...] | None, int]]:
    """Bulk tables the sync capture watches (app/sync/capture.py), with the
    highest rowid before this run: what this run adds is queued for the push."""
    from app.sync import tables as sync_tables
    names = _names(cur)
    if not {"sync_outbox", "sync_mute"} <= names:
        return []
    specs = sync_tables.by_name()
    out = []
    for table in tables:
        spec = specs.get(table)
        if spec is None or not any(n.startswith(f"sync_ai_{table}_") for n in names):
            continue
        after = cur.execute(f"SELECT coalesce(max(rowid), 0) FROM {table}").fetchone()[0]
        out.append((table, spec.pk, spec.row_filter, after))
    return out


def _queue(cur: Any, outbox: Any) -> None:
    """The outbox entries the muted capture triggers would have written."""
    from db.base import utcnow
    from db.models import Base
    queued_at = Base.metadata.tables["sync_outbox"].c.queued_at.type
    proc = queued_at._cached_bind_processor(sqlite_dialect.dialect())
    now = proc(utcnow()) if proc else utcnow()
    for table, pk, row_filter, after in outbox:
        where = f"rowid > {int(after)}" + (f" AND {row_filter[0]} = '{row_filter[1]}'" if row_filter else "")
        cur.execute(f"INSERT INTO sync_outbox (table_name, row_id, gen, base_version, base, queued_at) "
                    f"SELECT '{table}', {pk}, 1, NULL, NULL, ? FROM {table} WHERE {where} "
                    f"ON CONFLICT (table_name, row_id) DO NOTHING", (now,))
