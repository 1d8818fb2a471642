"""Pull: what other workstations wrote comes down, nothing skipped; bootstrap of
a new workstation; an older file fetched on demand.

The cursor is a position in the central change log, (seq, id), where seq is
the commit sequence stamped under the clock lock (see push.py): every row at
or below the cursor was committed when the cursor moved past it. A page of
changes is applied locally in one transaction together with the new cursor,
so a crash repeats the page (idempotent upserts), never skips it.

A pulled mutable row is not applied over a local row whose own edit is still
waiting in the outbox: the push merges that edit centrally and brings the
merged row back (push.py), so no local edit is ever overwritten unseen.

Bootstrap's files travel in the SQLite file's stored form: the server turns
times into integer microseconds and JSON into its text, the keys become their
16 bytes here, and each table goes in with one driver executemany (into an
empty table with its secondary indexes built after the last chunk, without the
muted capture triggers and the rollup triggers, which are back before each
chunk commits) — no row dicts, no per-value type processing; each table of a
chunk goes in as soon as the server has sent it, while the next table and then
the next chunk are read. When the local database refuses anything in a chunk, the
chunk goes the row-dict way instead, which finds, notes and skips that row.
"""
from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, delete, literal, or_, select, text, union_all, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from app.sync import bulk, capture, rows, trust
from app.sync import tables as T
from db.base import utcnow
from db.models.sync import SyncChange, SyncOutbox, SyncState

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

log = logging.getLogger("loket.sync")

CURSOR = "pull.cursor"


@dataclass
class PullReport:
    received: dict[str, int] = field(default_factory=dict)   # table → rows applied
    kept_local: int = 0                            # rows with an unsent local edit
    refused: int = 0                               # rows the local database refused
    pages: int = 0

    def add(self, table: str, n: int) -> None:
        if n:
            self.received[table] = self.received.get(table, 0) + n

    @property
    def total(self) -> int:
        return sum(self.received.values())


def get_state(conn: Connection, key: str) -> str | None:
    return conn.execute(select(SyncState.value).where(SyncState.key == key)).scalar()


def set_state(conn: Connection, key: str, value: str) -> None:
    t = SyncState.__table__
    stmt = sqlite_insert(t).values(key=key, value=value)  # type: ignore[arg-type]
    conn.execute(stmt.on_conflict_do_update(index_elements=["key"], set_={"value": value}))


def read_cursor(local: Engine) -> tuple[int, int] | None:
    with local.connect() as c:
        raw = get_state(c, CURSOR)
    if not raw:
        return None
    s, i = raw.split(":")
    return int(s), int(i)


class Applier:
    """Writes central rows into the local database (triggers muted)."""

    def __init__(self, local: Engine, central: Engine) -> None:
        self.local, self.central = local, central
        self.specs = T.by_name()
        self.order = T.order()
        self.fks = self._foreign_keys()

    def _foreign_keys(self) -> dict[str, list[tuple[str, str]]]:
        """table → [(column, parent table)] among synced tables."""
        out: dict[str, list[Any]] = {}
        for spec in self.specs.values():
            for fk in spec.table.foreign_keys:
                parent = fk.column.table.name
                if parent in self.specs and fk.parent.name in spec.columns:
                    out.setdefault(spec.name, []).append((fk.parent.name, parent))
        return out

    def with_parents(self, cc: Connection, batch: dict[str, dict[Any, dict[str, Any]]]) -> None:
        """Add to `batch` the parent rows the local database lacks (an event of an
        old file whose application this workstation never held)."""
        for _ in range(6):
            missing: dict[str, set[Any]] = {}
            with self.local.connect() as lc:
                for name, rs in batch.items():
                    for col, parent in self.fks.get(name, ()):
                        ids = {r[col] for r in rs.values() if r.get(col)} - set(batch.get(parent, {}))
                        if ids:
                            have = rows.existing_ids(lc, self.specs[parent], list(ids))
                            if ids - have:
                                missing.setdefault(parent, set()).update(ids - have)
            if not missing:
                return
            for parent, ids in missing.items():
                got = rows.fetch(cc, self.specs[parent], list(ids))
                batch.setdefault(parent, {}).update(got)

    def _adopt(self, c: Connection, spec: T.Spec, incoming: dict[Any, dict[str, Any]]) -> None:
        """A local row with the same natural key as a central one but another id
        (the permit types each fresh workstation seeds) becomes the central row:
        its children are re-pointed, the local copy and its outbox entry go."""
        key = T.NATURAL_KEYS[spec.name]
        t = spec.table
        wanted = {tuple(r[k] for k in key): r[spec.pk] for r in incoming.values()}
        incoming = {r[spec.pk]: r for r in incoming.values()}
        if not wanted:
            return
        local = c.execute(select(t.c[spec.pk], *[t.c[k] for k in key])).all()
        for r in local:
            central_id = wanted.get(tuple(r[1:]))
            if central_id is None or central_id == r[0]:
                continue
            old = r[0]
            for child in self.specs.values():
                for col, parent in self.fks.get(child.name, ()):
                    if parent == spec.name:
                        ids = list(c.execute(select(child.table.c[child.pk]).where(
                            child.table.c[col] == old)).scalars())
                        if ids:
                            c.execute(update(child.table).where(child.table.c[col] == old)
                                      .values({col: central_id}))
                            queue(c, child.name, ids)
            c.execute(delete(t).where(t.c[spec.pk] == old))
            o = SyncOutbox.__table__
            c.execute(delete(o).where(o.c.table_name == spec.name, o.c.row_id == old))  # type: ignore[arg-type]
            # The central row in the same transaction: the re-pointed children
            # must find their parent when the deferred foreign keys are checked.
            (adopted,), _ = trust.guard(c, spec, [incoming[central_id]])
            c.execute(sqlite_insert(t).values(**adopted)
                      .on_conflict_do_nothing(index_elements=[spec.pk]))
            log.debug("adopted central %s %s for local %s", spec.name, central_id, old)

    def _note_refusal(self, c: Connection, table: str, row_id: str, detail: str) -> None:
        """Kept locally (not pushed: the trigger is muted) for the administrator."""
        from db.models.sync import SyncConflict
        row = _refusal_row(table, row_id, detail)
        c.execute(sqlite_insert(SyncConflict.__table__).values(**row)  # type: ignore[arg-type]
                  .on_conflict_do_nothing(index_elements=["id"]))

    def apply(self, batch: dict[str, dict[Any, dict[str, Any]]], report: PullReport, cursor: tuple[int, int] | None = None,
              extra_state: dict[str, str] | None = None) -> None:
        adopt = [n for n in batch if n in T.NATURAL_KEYS and batch[n]]
        if adopt:
            with self.local.begin() as c:
                capture.mute(c)
                c.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
                for name in sorted(adopt, key=lambda n: self.order[n]):
                    self._adopt(c, self.specs[name], batch[name])
                capture.unmute(c)
        with self.local.begin() as c:
            capture.mute(c)   # a write first: the write lock is taken before any read
            o = SyncOutbox.__table__
            for name in sorted(batch, key=lambda n: self.order[n]):
                spec = self.specs[name]
                rs = batch[name]
                if not rs:
                    continue
                ids = list(rs)
                if spec.kind == T.MUTABLE:
                    pend: set[Any] = set()
                    for part in rows.chunks(ids):
                        pend.update(c.execute(select(o.c.row_id).where(
                            o.c.table_name == name, o.c.row_id.in_(part))).scalars())
                    report.kept_local += len(pend)
                    ids = [i for i in ids if i not in pend]
                values = [rs[i] for i in ids]
                if not values:
                    continue
                values, refused = trust.guard(c, spec, values)   # rights need an administrator's proof
                report.refused += refused
                def write(vs: list[dict[str, Any]], spec: T.Spec = spec) -> None:
                    bulk.upsert_local(c, spec.table, list(spec.columns), spec.pk, vs,
                                      update=spec.kind == T.MUTABLE)
                try:
                    with c.begin_nested():
                        write(values)
                    report.add(name, len(values))
                except IntegrityError:
                    for v in values:
                        try:
                            with c.begin_nested():
                                write([v])
                            report.add(name, 1)
                        except IntegrityError as e:
                            report.refused += 1
                            detail = str(e.orig).splitlines()[0]
                            log.warning("pulled %s %s refused locally: %s", name, v[spec.pk], detail)
                            self._note_refusal(c, name, v[spec.pk], detail)
            if cursor is not None:
                set_state(c, CURSOR, f"{cursor[0]}:{cursor[1]}")
            for key, value in (extra_state or {}).items():
                set_state(c, key, value)
            capture.unmute(c)


def _refusal_row(table: str, row_id: str, detail: str) -> dict[str, Any]:
    import uuid

    from app.i18n import tr
    from app.sync.push import CONFLICT_NS
    now = utcnow()
    return {"id": str(uuid.uuid5(CONFLICT_NS, f"{table}|{row_id}|LOCAL|{detail}")), "created_at": now,
            "created_by": None, "created_ws": None, "at": now, "kind": "LOCAL", "table_name": table,
            "row_id": row_id, "field": None, "kept_value": None, "lost_value": None, "kept_ws": None,
            "lost_ws": None, "message": tr("Baris dari pusat ditolak basis data lokal: {d}").format(d=detail[:200])}


def queue(c: Connection, table: str, ids: list[Any]) -> None:
    """Put rows (back) in the outbox from inside a muted transaction."""
    o = SyncOutbox.__table__
    now = utcnow()
    for i in ids:
        c.execute(sqlite_insert(o).values(table_name=table, row_id=i, gen=1, queued_at=now)  # type: ignore[arg-type]
                  .on_conflict_do_update(index_elements=["table_name", "row_id"],
                                         set_={"gen": o.c.gen + 1}))


CHANGE_PAGE = 5000   # change-log rows read per query; rows fetched and applied `batch` at a time


def pull(local: Engine, central: Engine, ws: str, *, batch: int = 500,
         progress: Callable[[str, int], None] | None = None) -> PullReport:
    # Rows are fetched and applied `batch` at a time: a slice can carry signed
    # PDFs (issued_document.pdf), and it is held in memory and applied in one
    # local transaction with the cursor at its last change. This workstation's
    # own changes (most of the log after a big push) cost only the cursor move.
    report = PullReport()
    ap = Applier(local, central)
    cur = read_cursor(local) or (0, 0)
    sc = SyncChange.__table__
    while True:
        after = or_(sc.c.seq > cur[0], (sc.c.seq == cur[0]) & (sc.c.id > cur[1]))
        cols = (sc.c.seq, sc.c.id, sc.c.table_name, sc.c.row_id, sc.c.ws)
        # Other workstations' changes only (after a big push most of the log is
        # this workstation's own, which costs nothing but the cursor move), and
        # in the same statement — one snapshot — the last change of all: when
        # the page is not full, every change up to that one has been seen.
        theirs = (select(*cols, literal(0).label("last")).where(sc.c.seq.is_not(None), after, sc.c.ws != ws)
                  .order_by(sc.c.seq, sc.c.id).limit(CHANGE_PAGE).subquery())
        newest = (select(*cols, literal(1).label("last")).where(sc.c.seq.is_not(None), after)
                  .order_by(sc.c.seq.desc(), sc.c.id.desc()).limit(1).subquery())
        with central.connect() as cc:
            got = cc.execute(union_all(select(theirs), select(newest))).all()
        page = sorted((r for r in got if not r.last), key=lambda r: (r.seq, r.id))
        last = next((r for r in got if r.last), None)
        if last is not None and len(page) < CHANGE_PAGE and (not page or (last.seq, last.id) > (page[-1].seq, page[-1].id)):
            page.append(last)   # only moves the cursor (or is fetched, when another's)
        if not page:
            break
        for part in _slices(page, ws, ap.specs, batch):
            wanted: dict[str, set[Any]] = {}
            for r in part:
                if r.ws != ws and r.table_name in ap.specs:
                    wanted.setdefault(r.table_name, set()).add(r.row_id)
            data: dict[str, Any] = {}
            if wanted:
                with central.connect() as cc:
                    data = {name: rows.fetch(cc, ap.specs[name], list(ids)) for name, ids in wanted.items()}
                    ap.with_parents(cc, data)
            cur = (part[-1].seq, part[-1].id)
            ap.apply(data, report, cursor=cur)
            report.pages += 1
            if progress:
                progress("pull", report.total)
        if len(page) < CHANGE_PAGE:
            break
    return report


def _slices(page: list[Any], ws: str, specs: dict[str, Any], batch: int) -> list[list[Any]]:
    """Consecutive parts of a change page, each naming at most `batch` rows to fetch."""
    out, part, n = [], [], 0
    for r in page:
        part.append(r)
        if r.ws != ws and r.table_name in specs:
            n += 1
            if n >= batch:
                out.append(part)
                part, n = [], 0
    if part:
        out.append(part)
    return out


def _children(ap: Applier) -> list[tuple[str, str, str]]:
    """(table, column, parent) for tables hanging off FILE_ROOT, parents first."""
    inside = {T.FILE_ROOT}
    out = []
    for spec in T.synced():
        for col, parent in ap.fks.get(spec.name, ()):
            if parent in inside and spec.name != T.FILE_ROOT:
                out.append((spec.name, col, parent))
                inside.add(spec.name)
    return out


def bootstrap(local: Engine, central: Engine, ws: str, *, days: int = 90, batch: int = 2000,
              progress: Callable[[str, int], None] | None = None) -> PullReport:
    """First sync of a workstation: master data, audit chains, open files and
    those of the last `days` days. Sets the pull cursor to the
    commit clock read before copying, so nothing committed meanwhile is missed."""
    from app.workflow import OPEN_STATES
    report = PullReport()
    ap = Applier(local, central)
    children = _children(ap)
    file_tables = {T.FILE_ROOT} | {c[0] for c in children}
    since = utcnow() - timedelta(days=days)
    with central.connect() as cc:
        clock = cc.execute(text("SELECT value FROM sync_clock WHERE id = 1")).scalar_one()
        last_id = cc.execute(select(SyncChange.__table__.c.id).where(
            SyncChange.__table__.c.seq == clock).order_by(SyncChange.__table__.c.id.desc()).limit(1)).scalar() or 0
        # Master data and recent logs.
        master: dict[str, dict[Any, dict[str, Any]]] = {}
        for spec in T.synced():
            if spec.name in file_tables or spec.name in T.BY_REFERENCE:
                continue
            t = spec.table
            q = select(*[t.c[c] for c in spec.columns])
            if spec.name in T.RECENT:
                col = t.c[T.RECENT[spec.name]]
                q = q.where(col >= since)
            if spec.row_filter:
                q = q.where(t.c[spec.row_filter[0]] == spec.row_filter[1])
            master[spec.name] = {r._mapping[spec.pk]: rows.clean(spec, r) for r in cc.execute(q)}
        ap.with_parents(cc, master)
    ap.apply(master, report)
    if progress:
        progress("bootstrap", report.total)
    # Files: open ones and those touched in the last `days` days, a chunk at a time.
    app_spec = ap.specs[T.FILE_ROOT]
    at = app_spec.table
    with central.connect() as cc:
        ids = list(cc.execute(select(at.c.id).where(or_(at.c.state.in_(sorted(OPEN_STATES)),
                                                        at.c.updated_at >= since))
                              .order_by(at.c.id)).scalars())
    # Big chunks (few queries, few local commits); the tables that carry
    # documents (signed PDFs) come after their chunk, a few files at a time,
    # so memory stays bounded.
    heavy_tables = {c[0] for c in children if rows.binary_columns(ap.specs[c[0]])}
    heavy_tables |= _below(children, heavy_tables)   # their prints and hand-overs with them
    light = [c for c in children if c[0] not in heavy_tables]
    fast = _stored_ok(ap, light)
    try:
        _files(local, central, ap, ids, fast, light, children, heavy_tables, since, batch, report, progress,
               defer=file_tables | T.BY_REFERENCE)
    except BaseException:
        _restore_indexes(local)   # a failed bootstrap leaves its indexes as they were (a kill: the next one)
        raise
    with local.begin() as c:
        _restore_indexes_in(c)    # with the cursor: one transaction (a crash before it redoes the bootstrap)
        from app.reports import rollup
        rollup.refresh(c)         # the dashboard's totals, when a chunk left them to be counted again
        if not get_state(c, CURSOR):
            set_state(c, CURSOR, f"{clock}:{last_id}")
        set_state(c, "bootstrap.at", utcnow().isoformat(timespec="seconds"))
    return report


def _files(local: Engine, central: Engine, ap: Applier, ids: list[Any], fast: bool,
           light: list[tuple[str, str, str]], children: list[tuple[str, str, str]], heavy_tables: set[str],
           since: Any, batch: int, report: PullReport, progress: Callable[[str, int], None] | None, *,
           defer: set[str]) -> None:
    """The bootstrap's files, a chunk at a time (see bootstrap)."""
    if len(ids) >= DEFER_FROM:
        _defer_indexes(local, defer)
    parts = list(rows.chunks(ids, FAST_FILES if fast else batch))
    # The stored-form path reads the next chunk from the server (another thread,
    # its own central connection and snapshot, as each chunk had) while this one
    # is written locally: the server's time and SQLite's overlap (both drivers
    # wait without the GIL). At most two chunks in memory.
    # A chunk's tables are handed over one by one as they are read (_Tables).
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="bootstrap-read") as reader:
        def read(part: list[Any], into: _Tables) -> None:
            try:
                _read_stored(local, central, ap, light, part, since, into)
                into.close(_heavy_ids_of(central, ap, children, heavy_tables, part, since))
            except BaseException as e:   # raised where the writer takes the tables
                into.fail(e)

        def ahead(part: list[Any]) -> _Tables:
            into = _Tables()
            reader.submit(read, part, into)
            return into
        nxt = ahead(parts[0]) if fast and parts else None
        for k, part in enumerate(parts):
            got = nxt
            if got is not None:   # (the reader takes the next chunk once this one is read)
                nxt = ahead(parts[k + 1]) if k + 1 < len(parts) else None
            _chunk(local, central, ap, part, got, None, light, children, heavy_tables, batch, report)
            if progress:
                progress("bootstrap", report.total)


def _chunk(local: Engine, central: Engine, ap: Applier, part: list[Any], got: _Tables | None,
           heavy: list[tuple[str, list[Any]]] | None, light: list[tuple[str, str, str]],
           children: list[tuple[str, str, str]], heavy_tables: set[str], batch: int, report: PullReport) -> None:
    """One chunk of the bootstrap's files: as read in the stored form (`got`), or
    the row-dict way when there is none or the local database refused it; then
    the tables that carry documents (`heavy`: their ids), a few rows at a time."""
    app_spec = ap.specs[T.FILE_ROOT]
    stored = got is not None and _bootstrap_stored(local, got, report)
    if got is not None:
        heavy = got.rest()   # (the whole chunk read: a refused one leaves tables untaken)
    if not stored:
        for few in rows.chunks(part, batch):
            with central.connect() as cc:
                data = {T.FILE_ROOT: rows.fetch(cc, app_spec, few)}
                _add_children(cc, ap, light, data)
                ap.with_parents(cc, data)
            ap.apply(data, report)
    if heavy is None:
        with central.connect() as cc:
            heavy = _heavy_ids(cc, ap, children, part, heavy_tables)
    for name, hids in heavy:
        for few in rows.chunks(hids, HEAVY_ROWS):
            with central.connect() as cc:
                data = {name: rows.fetch(cc, ap.specs[name], few)}
                ap.with_parents(cc, data)
            ap.apply(data, report)


# The secondary indexes of the file tables, while a new workstation's bootstrap
# fills them: an empty table's non-unique indexes are dropped before the first
# chunk and built once after the last one (sorted once instead of one B-tree
# insert per row and index, for every chunk: most of the SQLite side's time).
# Their CREATE statements are kept in sync_state under DEFERRED, committed with
# the drop, and the indexes come back in the transaction that sets the pull
# cursor. A crash in between leaves no cursor, so the next sync bootstraps again
# (idempotent upserts) and builds them at its end; a bootstrap that fails builds
# them at once. Unique indexes and constraints stay: every row is checked as it
# goes in, so a chunk they refuse still goes row by row.
DEFERRED = "bootstrap.deferred_indexes"
# Below this many files the drop and the rebuild (two schema changes per index, each
# table scanned again) cost more than the B-tree inserts they save.
DEFER_FROM = 10_000


def _defer_indexes(local: Engine, tables: set[str]) -> None:
    import json
    with local.begin() as c:
        raw = c.connection.driver_connection
        assert raw is not None
        q = c.dialect.identifier_preparer.quote
        kept = json.loads(get_state(c, DEFERRED) or "[]")
        gone = {name for name, _sql in kept}
        for table in sorted(tables):
            if raw.execute(f"SELECT 1 FROM {q(table)} LIMIT 1").fetchone() is not None:
                continue
            for name, sql in raw.execute(
                    "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL "
                    "AND upper(sql) NOT LIKE 'CREATE UNIQUE %' ORDER BY name", (table,)).fetchall():
                if name not in gone:
                    kept.append([name, sql])
                    raw.execute(f"DROP INDEX {q(name)}")
        if kept:
            set_state(c, DEFERRED, json.dumps(kept))


def _restore_indexes_in(c: Connection) -> None:
    import json
    kept = json.loads(get_state(c, DEFERRED) or "[]")
    raw = c.connection.driver_connection
    assert raw is not None
    for name, sql in kept:
        if raw.execute("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?", (name,)).fetchone() is None:
            raw.execute(sql)
    if kept:
        raw.execute("DELETE FROM sync_state WHERE key = ?", (DEFERRED,))


def _restore_indexes(local: Engine) -> None:
    try:
        with local.begin() as c:
            _restore_indexes_in(c)
    except Exception:   # the bootstrap's own error is the one to report; the next one builds them
        log.exception("could not rebuild the indexes a failed bootstrap deferred")


HEAVY_ROWS = 50   # rows per slice of the tables that carry documents (and those below them)
FAST_FILES = 10000   # files per chunk of the bootstrap's stored-form path (one local transaction)


def _stored_ok(ap: Applier, light: list[tuple[str, str, str]]) -> bool:
    """Can the file tables of a bootstrap travel in the stored form? Not when
    one of them needs a row's Python values on the way: rights checked by
    trust.guard, a natural key to adopt, a column with a computed default."""
    from app import proof
    names = {T.FILE_ROOT, *T.BY_REFERENCE, *(c[0] for c in light)}
    for name in names:
        spec = ap.specs.get(name)
        if spec is None or name in proof.PROTECTED or name in T.NATURAL_KEYS or rows.binary_columns(spec) \
                or bulk._defaults(spec.table, list(spec.columns)) is None:
            return False
    return True


def _stored_select(cc: Connection, local: Engine, spec: T.Spec) -> tuple[str, list[tuple[int, Callable[[Any], Any]]]]:
    """The select list for a table's travelling columns and, per column, what
    turns the server's value into the SQLite file's stored form (db/base.py).
    Times become integer microseconds on the server, in its C; a key becomes its
    16 bytes here (a text key that is not a UUID stays text, which one SQL
    expression cannot return beside a blob); every other value goes through the
    server type's result processor and the local type's bind processor, as a
    row read by SQLAlchemy and written by upsert_local would (coded values,
    JSON as the local engine writes it)."""
    from db.base import UtcTime, UuidStr, uuid_bytes
    q = cc.dialect.identifier_preparer.quote
    pg = cc.dialect.name == "postgresql"
    exprs: list[str] = []
    conv: list[tuple[int, Callable[[Any], Any]]] = []
    for i, name in enumerate(spec.columns):
        ty = spec.table.c[name].type
        c = q(name)
        if isinstance(ty, UtcTime):
            exprs.append(f"(extract(epoch from date_trunc('second', {c}))::bigint * 1000000 + "
                         f"extract(microseconds from {c})::bigint %% 1000000)" if pg
                         else f"TIMESTAMPDIFF(MICROSECOND, '1970-01-01 00:00:00', {c})")
            continue
        exprs.append(c)
        if isinstance(ty, UuidStr):
            conv.append((i, uuid_bytes))
            continue
        read = ty._cached_result_processor(cc.dialect, None)
        write = ty._cached_bind_processor(local.dialect)
        if read is not None and write is not None:
            conv.append((i, _both(read, write)))
        elif read is not None:
            conv.append((i, read))
        elif write is not None:
            conv.append((i, write))
    return ", ".join(exprs), conv


def _both(read: Callable[[Any], Any], write: Callable[[Any], Any]) -> Callable[[Any], Any]:
    return lambda v: write(read(v))


def _converted(data: list[Any], conv: list[tuple[int, Callable[[Any], Any]]]) -> list[Any]:
    """Rows with the conversions applied a column at a time (NULLs too: a JSON NULL
    is written as 'null', as before); a column of repeated values (references,
    coded words) has each distinct value converted once."""
    cols: list[Any] = list(zip(*data, strict=True))
    for i, f in conv:
        col = cols[i]
        try:
            distinct = set(col)
        except TypeError:     # JSON as the server's driver gives it (dicts)
            distinct = None
        if distinct is not None and len(distinct) * 2 <= len(col):
            cols[i] = map({v: f(v) for v in distinct}.__getitem__, col)
        else:
            cols[i] = map(f, col)
    return list(zip(*cols, strict=True))


def _root_where(central: Engine, ap: Applier, part: list[Any], since: Any) -> tuple[dict[str, str], dict[str, list[Any]]]:
    """The files of a chunk as a condition on the central FILE_ROOT table: by its
    first and last id plus the bootstrap's own condition, the same files as `part`
    (one committed meanwhile comes again with the pull). ({table: SQL}, {table: params})."""
    from app.workflow import OPEN_STATES
    q = central.dialect.identifier_preparer.quote
    root = ap.specs[T.FILE_ROOT]
    states = sorted(OPEN_STATES)
    assert all(st.replace("_", "").isalnum() for st in states)
    where = {T.FILE_ROOT: (f"{q(root.pk)} >= %s AND {q(root.pk)} <= %s AND ({q('state')} IN "
                           f"({', '.join(repr(st) for st in states)}) OR {q('updated_at')} >= %s)")}
    return where, {T.FILE_ROOT: [part[0], part[-1], since]}


def _heavy_ids_of(central: Engine, ap: Applier, children: list[tuple[str, str, str]], heavy: set[str],
                  part: list[Any], since: Any) -> list[tuple[str, list[Any]]]:
    """_heavy_ids for a chunk of the stored-form path, each table's ids in one
    statement with the chunk's condition as a subquery (_root_where), not its
    thousands of file ids as a parameter: an array of 5,000 keys took the server
    tens of milliseconds per table to plan, even against empty tables, on the
    bootstrap's critical path. The same ids, in the same order."""
    q = central.dialect.identifier_preparer.quote
    where, params = _root_where(central, ap, part, since)
    order: list[str] = []
    for table, col, parent in children:
        if table not in heavy or parent not in where:
            continue
        pspec = ap.specs[parent]
        cond = f"{q(col)} IN (SELECT {q(pspec.pk)} FROM {q(parent)} WHERE {where[parent]})"
        if table in where:   # reached by two paths (a hand-over: its file, its documents)
            where[table] = f"({where[table]}) OR ({cond})"
            params[table] += params[parent]
        else:
            where[table], params[table] = cond, list(params[parent])
            order.append(table)
    out: list[tuple[str, list[Any]]] = []
    with central.connect() as cc:
        raw = cc.connection.driver_connection
        assert raw is not None
        with raw.cursor() as cur:
            for table in order:
                spec = ap.specs[table]
                cur.execute(f"SELECT {q(spec.pk)} FROM {q(table)} WHERE {where[table]}", params[table])
                ids = sorted({r[0] for r in cur.fetchall()})
                if ids:
                    out.append((table, ids))
    return out


def _read_stored(local: Engine, central: Engine, ap: Applier, light: list[tuple[str, str, str]],
                 part: list[Any], since: Any, into: _Tables | None = None) -> list[tuple[T.Spec, list[Any]]]:
    """One chunk of files (the ids `part`, in the server's order) with their
    light child tables and the applicants/companies they name, read from the
    server in the SQLite file's stored form: [(spec, rows)], parents first.
    Touches only the central database (run beside the writing of the chunk before)."""
    q = central.dialect.identifier_preparer.quote
    where, params = _root_where(central, ap, part, since)
    order = [T.FILE_ROOT]
    for table, col, parent in light:
        spec, pspec = ap.specs[table], ap.specs[parent]
        cond = (f"{q(col)} IN (SELECT {q(pspec.pk)} FROM {q(parent)} WHERE {where[parent]})")
        if table in where:   # reached by two paths
            where[table] = f"({where[table]}) OR ({cond})"
            params[table] += params[parent]
        else:
            where[table], params[table] = cond, list(params[parent])
            order.append(table)
    # Applicants and companies only as the parents these files name.
    parents: dict[str, tuple[list[str], list[Any]]] = {}
    for table in order:
        for col, parent in ap.fks.get(table, ()):
            if parent in T.BY_REFERENCE:
                ws, ps = parents.setdefault(parent, ([], []))
                ws.append(f"{q(ap.specs[parent].pk)} IN (SELECT {q(col)} FROM {q(table)} WHERE {where[table]})")
                ps += params[table]
    plan = [(p, " OR ".join(f"({w})" for w in ws), ps) for p, (ws, ps) in parents.items()]
    plan.sort(key=lambda x: ap.order[x[0]])
    plan += [(t, where[t], params[t]) for t in order]
    got: list[tuple[T.Spec, list[Any]]] = []
    if into is not None:
        into.plan([table for table, _cond, _ps in plan])
    with central.connect() as cc:
        raw = cc.connection.driver_connection
        assert raw is not None
        with raw.cursor() as cur:
            for table, cond, ps in plan:
                spec = ap.specs[table]
                sel, conv = _stored_select(cc, local, spec)
                cur.execute(f"SELECT {sel} FROM {q(table)} WHERE {cond}", ps)
                data = cur.fetchall()
                if conv and data:
                    data = _converted(data, conv)
                got.append((spec, data))
                if into is not None:
                    into.put((spec, data))
    return got


_END = object()


class _Tables:
    """A chunk's tables as the reader thread reads them (_read_stored), handed
    over one by one: a table goes into the local file while the server sends the
    next (a 5,000-file bootstrap is one chunk, which was read whole before its
    first row was written). Then the chunk's document ids (`heavy`). A reading
    error is raised where the tables are taken."""

    def __init__(self) -> None:
        import queue
        self._q: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._names: list[str] | None = None
        self.heavy: list[tuple[str, list[Any]]] = []
        self._over = False

    # the reader thread's side
    def plan(self, names: list[str]) -> None:
        self._q.put(("plan", names))

    def put(self, item: tuple[T.Spec, list[Any]]) -> None:
        self._q.put(("table", item))

    def close(self, heavy: list[tuple[str, list[Any]]]) -> None:
        self._q.put(("end", heavy))

    def fail(self, exc: BaseException) -> None:
        self._q.put(("error", exc))

    # the writer's side
    def _take(self) -> tuple[str, Any]:
        kind, value = self._q.get()
        if kind == "error":
            self._over = True
            raise value
        if kind == "end":
            self.heavy, self._over = value, True
        return kind, value

    def names(self) -> list[str]:
        """The tables the chunk will bring, in order (before any of them comes)."""
        while self._names is None:
            kind, value = self._take()
            if kind == "plan":
                self._names = list(value)
            elif self._over:
                return []
        return self._names

    def __iter__(self) -> Iterator[tuple[T.Spec, list[Any]]]:
        self.names()
        while not self._over:
            kind, value = self._take()
            if kind == "table":
                yield value

    def rest(self) -> list[tuple[str, list[Any]]]:
        """Wait for the end of the chunk (what was not taken is dropped); its document ids."""
        while not self._over:
            self._take()
        return self.heavy


def _bootstrap_stored(local: Engine, got: _Tables, report: PullReport) -> bool:
    """A chunk _read_stored read, written with one driver executemany per table,
    in one local transaction. False (nothing written) when the local database
    refused a row — a parent it lacks, a constraint —: the chunk then goes the
    row-dict way, which finds and reports that row."""
    try:
        with local.begin() as c:
            capture.mute(c)   # a write first: the write lock is taken before any read
            lraw = c.connection.driver_connection
            assert lraw is not None
            counts: list[tuple[str, int]] = []
            # (every table the chunk may bring: which of them have rows is known as they come)
            triggers = _quiet_triggers(lraw, got.names())
            for spec, data in got:
                if not data:
                    continue
                by_ref = spec.name in T.BY_REFERENCE   # only those this database lacks
                if spec.kind == T.MUTABLE and not by_ref:
                    # a row with a local edit still queued keeps it (push merges it)
                    pend = {r[0] for r in lraw.execute("SELECT row_id FROM sync_outbox WHERE table_name = ?",
                                                       (spec.name,))}
                    if pend:
                        pk = spec.columns.index(spec.pk)
                        keep = [r for r in data if r[pk] not in pend]
                        report.kept_local += len(data) - len(keep)
                        data = keep
                # (an empty table's secondary indexes are built after the last chunk: _defer_indexes)
                counts.append((spec.name, bulk.upsert_stored(c, spec.table, list(spec.columns), spec.pk, data,
                                                             update=spec.kind == T.MUTABLE and not by_ref)))
            _restore_triggers(lraw, triggers)
            capture.unmute(c)
    except IntegrityError as e:
        log.info("bootstrap chunk refused locally (%s); taking it row by row", str(e.orig).splitlines()[0])
        return False
    for name, n in counts:
        report.add(name, n)
    return True


def _quiet_triggers(lraw: Any, tables: list[str]) -> list[tuple[str, str]]:
    """Drop, inside the chunk's transaction, the triggers its rows would only
    enter for nothing or one row at a time: the capture triggers (muted by this
    transaction: not one of them writes) and the dashboard's rollup triggers
    (counted again from the events instead: _restore_triggers). Any other
    trigger stays and fires. [(name, sql)] to create again before the commit, so
    no other connection ever sees the tables without them."""
    if not tables:
        return []
    from app.sync.capture import _of
    marks = ", ".join("?" * len(tables))
    found = lraw.execute(f"SELECT name, sql, tbl_name FROM sqlite_master WHERE type = 'trigger' AND sql IS NOT NULL "
                         f"AND tbl_name IN ({marks}) ORDER BY name", tables).fetchall()
    out = [(name, sql) for name, sql, table in found
           if name.startswith(ROLLUP_TRIGGER) or any(_of(name, kind, table) for kind in ("ai", "au", "ao"))]
    for name, _sql in out:
        lraw.execute(f'DROP TRIGGER "{name}"')
    return out


ROLLUP_TRIGGER = "report_rollup_"   # app/reports/rollup.py's triggers


def _restore_triggers(lraw: Any, triggers: list[tuple[str, str]]) -> None:
    for _name, sql in triggers:
        lraw.execute(sql)
    if any(name.startswith(ROLLUP_TRIGGER) for name, _sql in triggers):
        # the totals no longer count every event: counted again from all of them at
        # the bootstrap's end (or at the next open, app.reports.rollup.install, if it fails)
        from app.reports.rollup import EPOCH, META
        lraw.execute("DELETE FROM report_rollup WHERE kind = ? AND day = ?", (META, EPOCH))


def _heavy_ids(cc: Connection, ap: Applier, children: Any, app_ids: list[Any], heavy: set[Any]) -> list[tuple[str, list[Any]]]:
    """[(table, ids)] of the document-carrying tables (and those below them) for
    these files, parents first: the ids only, the rows are fetched a few at a time."""
    found: dict[str, set[Any]] = {T.FILE_ROOT: set(app_ids)}
    order: list[str] = []
    for table, col, parent in children:
        if table not in heavy or not found.get(parent):
            continue
        spec = ap.specs[table]
        t = spec.table
        got = found.setdefault(table, set())
        for part in rows.chunks(sorted(found[parent]), rows.chunk_for(cc)):
            got.update(cc.execute(select(t.c[spec.pk]).where(rows.is_in(cc, t.c[col], part))).scalars())
        if table not in order:
            order.append(table)
    return [(t, sorted(found[t])) for t in order if found[t]]


def _below(children: Any, tables: set[Any]) -> set[Any]:
    """Tables hanging off `tables` (document prints below issued documents)."""
    out = set(tables)
    for table, _col, parent in children:
        if parent in out:
            out.add(table)
    return out - tables


def _add_children(cc: Connection, ap: Applier, children: Any, data: dict[str, Any], *, only: set[Any] | None = None) -> None:
    for table, col, parent in children:
        if only is not None and table not in only:
            continue
        pids = list(data.get(parent, {}))
        if not pids:
            continue
        spec = ap.specs[table]
        t = spec.table
        got = data.setdefault(table, {})
        for part in rows.chunks(pids, rows.chunk_for(cc)):
            for r in cc.execute(select(*[t.c[c] for c in spec.columns]).where(rows.is_in(cc, t.c[col], part))):
                d = rows.clean(spec, r)
                got[d[spec.pk]] = d


def fetch_file(local: Engine, central: Engine, key: str) -> str | None:
    """Bring one application (by id, no_permohonan or receipt number) with its
    parents and everything hanging off it from the central database. Returns
    its id, or None when the central database does not know it."""
    ap = Applier(local, central)
    spec = ap.specs[T.FILE_ROOT]
    t = spec.table
    with central.connect() as cc:
        r = cc.execute(select(*[t.c[c] for c in spec.columns]).where(
            or_(t.c.id == key, t.c.no_permohonan == key, t.c.receipt_number == key)).limit(1)).first()
        if r is None:
            return None
        row = rows.clean(spec, r)
        data = {T.FILE_ROOT: {row["id"]: row}}
        _add_children(cc, ap, _children(ap), data)
        ap.with_parents(cc, data)
    ap.apply(data, PullReport())
    return str(row["id"])
