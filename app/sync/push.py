"""Push: the outbox goes up, exactly once, and the central database keeps
office-wide rules.

Exactly once. A batch is read from the outbox, written centrally in one
transaction, then acknowledged locally. Every central write is idempotent —
append-only rows are inserted only when their UUID is absent; a mutable row is
merged against its common ancestor, and re-merging what is already there
changes nothing — so a retry after a timeout, or after a crash between the
central commit and the local acknowledgement, writes nothing the second time.
The acknowledgement deletes an outbox entry only when its `gen` is the one
read, so an edit made while the batch was on its way stays queued.

Nothing skipped (the pull side). Central change-log rows are numbered by a
commit sequence: just before commit the pushing transaction locks the one-row
`sync_clock`, increments it and stamps its change rows with the new value. The
lock is held until commit, so a higher number can never become visible before
a lower one, on PostgreSQL and InnoDB alike: a reader whose cursor passed N has
seen every row numbered N or less. (An auto-increment or sequence value, handed
out at insert time, would not do: a transaction that took 7 can commit after
one that took 8 was already read.) Only the short tail of each push — the
stamp — is serialised.

Conflicts (mutable rows). Fields changed on one side only are taken from that
side; a field changed on both sides to different values goes to the later
edit by the row's logical clock (`version`, then workstation name; never the
wall clock, see _newer), and the losing value is written to `sync_conflict`. Office-wide rules: single-shot workflow actions (hand-over,
signature) are guarded by `sync_single_shot`, and every unique constraint of the
models (receipt and permit numbers, one handover per application) holds
centrally; a refused row is reported (`sync_conflict` kind REJECTED) and
stays in the outbox marked refused (app/sync/outbox.py), the rest of the batch
goes through. Rows that depend on a refused row are not sent: they wait with it.
A row whose parent is queued after it (an outbox entry keeps its place when its
row is edited later) waits only until that parent goes up: the end of the run
offers such rows again, round after round while a round accepts something.
"""
from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, bindparam, func, insert, literal_column, select, text, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from app.i18n import tr
from app.sync import bulk, capture, rows, trust
from app.sync import tables as T
from db.base import utcnow
from db.models.sync import SyncChange, SyncConflict, SyncOutbox, SyncSingleShot

log = logging.getLogger("loket.sync")

CONFLICT_NS = uuid.UUID("5b0b7e36-7d1f-4c9e-9d43-0a7c2b1f4c11")
MERGED_WS = "*"   # change-log origin of rows the central side composed itself
BATCH = 10000     # outbox entries per central transaction: each one costs a commit (a WAL flush on the
                  # server, one locally) and a dozen round trips, so a big push goes in few; memory
                  # stays bounded (rows of small tables, documents weighed below)
DOCUMENT_WEIGHT = 200  # …a row carrying a document counting as this many (10000 / 200 = 50 PDFs)

# Friendly words for the constraints an officer can run into.
CONSTRAINT_MESSAGES = {
    "uq_handover_application_id": "SK permohonan ini sudah diserahkan di workstation lain.",
    "uq_handover_permit_number": "SK dengan nomor ini sudah diserahkan di workstation lain.",
    "uq_application_permit_number": "Nomor izin ini sudah dipakai permohonan lain.",
    "uq_application_receipt_number": "Nomor tanda terima ini sudah dipakai permohonan lain.",
    "uq_application_no_permohonan": "Nomor permohonan ini sudah ada di basis data pusat dengan data lain.",
    "uq_complaint_ticket_number": "Nomor tiket pengaduan ini sudah dipakai.",
    "uq_audit_record_ws_seq": "Rantai audit workstation ini bentrok dengan data pusat (nama workstation dipakai ganda?).",
}


@dataclass
class Rejection:
    table: str
    row_id: str
    message: str


@dataclass
class PushReport:
    sent: int = 0
    written: dict[str, int] = field(default_factory=dict)    # table → rows written centrally
    unchanged: int = 0
    merged: int = 0
    conflicts: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    waiting: list[Rejection] = field(default_factory=list)    # held back with a refused parent
    gone: int = 0

    def absorb(self, other: PushReport) -> None:
        for k, v in other.written.items():
            self.add(k, v)
        self.unchanged += other.unchanged
        self.merged += other.merged
        self.conflicts += other.conflicts
        self.gone += other.gone

    def add(self, table: str, n: int = 1) -> None:
        if n:
            self.written[table] = self.written.get(table, 0) + n


@dataclass(slots=True)
class _Entry:
    seq: int
    table: str
    row_id: str
    gen: int
    base_version: int | None
    base: str | None
    marked: bool = False    # refused or waiting at an earlier try (its marks to clear once accepted)


@dataclass
class _BatchResult:
    resolved: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)   # (table, id) → central row to apply locally
    rejected: dict[tuple[str, str], str] = field(default_factory=dict)   # (table, id) → message
    waiting: dict[tuple[str, str], str] = field(default_factory=dict)    # (table, id) → "parent_table:parent_id"
    # of `rejected`: append-only rows edited here after they went up (their conflict rows are
    # in `conflicts`, one per column; the central copy stands, so their children go up)
    edited: set[tuple[str, str]] = field(default_factory=set)
    conflicts: list[dict[str, Any]] = field(default_factory=list)  # conflict rows written centrally
    written: dict[str, int] = field(default_factory=dict)    # table → rows inserted or updated centrally
    inserted: dict[str, int] = field(default_factory=dict)   # table → rows inserted centrally (mutable tables)


class _Rows:
    """The local rows of a batch's entries, table → id → row, read a table at a
    time by a helper thread in the order the central transaction writes them:
    the file's rows of a table are read and converted while the server works
    on the tables before it (most of a push's wall time is the server taking
    a COPY). `get` waits for a table's rows; a reading error is raised there.
    The rows are read after the entries (see _read); once read they stay, so a
    batch run again carefully sends the same rows."""

    def __init__(self, read: Callable[[str], dict[Any, Any]], names: list[str], *, threaded: bool = True) -> None:
        self._got: dict[str, Future[dict[Any, Any]]] = {}
        if not threaded:   # a file another thread cannot open (in memory): read here, now
            for n in names:
                done: Future[dict[Any, Any]] = Future()
                done.set_result(read(n))
                self._got[n] = done
            return
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="loket-push-read")
        self._got = {n: pool.submit(read, n) for n in names}
        pool.shutdown(wait=False)     # the thread ends after the last table

    def get(self, name: str, default: Any = None) -> Any:
        f = self._got.get(name)
        return default if f is None else f.result()


def _lean(spec: T.Spec, row: Any) -> tuple[Any, ...]:
    """A row of an append-only table as it travels: a tuple in spec.columns order."""
    return row if isinstance(row, tuple) else tuple(row[k] for k in spec.columns)


def _constraint_message(exc: IntegrityError) -> str:
    text_ = str(getattr(exc, "orig", exc))
    for name, msg in CONSTRAINT_MESSAGES.items():
        if name in text_:
            return tr(msg)
    first = text_.strip().splitlines()[0] if text_.strip() else type(exc).__name__
    return tr("Ditolak basis data pusat: {detail}").format(detail=first[:200])


def _is_foreign_key(exc: IntegrityError) -> bool:
    orig = getattr(exc, "orig", None)
    if getattr(orig, "sqlstate", None) == "23503":
        return True
    args = getattr(orig, "args", ())
    return bool(args) and args[0] in (1216, 1452)  # type: ignore[misc]  # MySQL/MariaDB: no parent row


def waiting_message(ref: str) -> str:
    """Why a row is held back: the row it belongs to was refused (or is not central yet)."""
    from app.sync.conflicts import TABLE_LABELS
    table, _, rid = ref.partition(":")
    return tr("Menunggu {what} {id} yang belum diterima basis data pusat; dikirim bersama begitu "
              "data itu diterima.").format(what=tr(TABLE_LABELS.get(table, table)).lower(), id=rid[:8])


def _is_retryable(exc: DBAPIError) -> bool:
    code = getattr(getattr(exc, "orig", None), "sqlstate", None)
    if code in ("40001", "40P01"):
        return True
    args = getattr(getattr(exc, "orig", None), "args", ())
    return bool(args) and args[0] in (1213, 1205)  # type: ignore[misc]  # InnoDB deadlock, lock wait timeout


def _conflict_row(table: str, row_id: str, fld: str | None, kind: str, kept: object, lost: object,
                  kept_ws: str | None, lost_ws: str | None, message: str, key: str) -> dict[str, Any]:
    now = utcnow()
    if fld in T.HIDDEN_IN_LOG.get(table, ()):
        kept = lost = tr("(disembunyikan)")
    return {
        "id": str(uuid.uuid5(CONFLICT_NS, f"{table}|{row_id}|{fld}|{kind}|{key}")),
        "created_at": now, "created_by": None, "created_ws": "central", "at": now,
        "kind": kind, "table_name": table, "row_id": row_id, "field": fld,
        "kept_value": rows.show(kept), "lost_value": rows.show(lost),
        "kept_ws": kept_ws, "lost_ws": lost_ws, "message": message,
    }


def _newer(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Does row a's edit come after row b's?

    By the row's logical clock, never a wall clock: `version` counts every
    edit (the capture trigger adds one to each local edit, a merge makes it one
    more than both sides), so an edit made after seeing another always has the
    higher version, whatever the two workstations' clocks say. Two edits made
    without seeing each other are ordered by that count, then by workstation
    name: the same answer on every workstation and on the central database,
    and the losing value is in the conflict log."""
    ka = (a.get("version") or 0, a.get("updated_ws") or "")
    kb = (b.get("version") or 0, b.get("updated_ws") or "")
    return ka > kb


def merge(spec: T.Spec, local: dict[str, Any], base: dict[str, Any] | None, central: dict[str, Any], ws: str) -> Any:
    """(merged row or None when central already holds the outcome, conflicts)."""
    content = spec.content
    if base is None:
        ours = {f for f in content if local.get(f) != central.get(f)}
        theirs = set(ours)
    else:
        ours = {f for f in content if local.get(f) != base.get(f)}
        theirs = {f for f in content if central.get(f) != base.get(f)}
    merged = dict(central)
    conflicts = []
    local_wins = _newer(local, central)
    if base is None and not local_wins:
        # No ancestor (a re-queued row, `sync --rescan`) and an older copy: this
        # workstation is merely behind, nobody's edit is lost.
        return None, []
    derived = T.DERIVED_COLUMNS.get(spec.name, frozenset())
    for f in sorted(ours):
        if local.get(f) == central.get(f):
            continue
        if f not in theirs:
            merged[f] = local[f]
        elif f in derived:
            if local_wins:
                merged[f] = local[f]
        elif local_wins:
            merged[f] = local[f]
            conflicts.append(_conflict_row(
                spec.name, local[spec.pk], f, "FIELD", local[f], central.get(f), ws,
                central.get("updated_ws"), tr("Nilai dari {ws} diganti oleh perubahan yang lebih baru.")
                .format(ws=central.get("updated_ws") or "pusat"),
                f"{ws}|{local.get('version')}|{rows.show(central.get(f))}"))
        else:
            conflicts.append(_conflict_row(
                spec.name, local[spec.pk], f, "FIELD", central.get(f), local[f],
                central.get("updated_ws"), ws, tr("Perubahan dari {ws} kalah oleh perubahan yang lebih baru.")
                .format(ws=ws), f"{ws}|{local.get('version')}|{rows.show(local[f])}"))
    if all(merged.get(f) == central.get(f) for f in content):
        return None, conflicts
    is_local = all(merged.get(f) == local.get(f) for f in content)
    if "version" in spec.columns:
        lv, cv = local.get("version") or 0, central.get("version") or 0
        merged["version"] = lv if (is_local and lv > cv) else max(lv, cv) + 1
    if is_local or local_wins:
        for col in ("updated_at", "updated_by", "updated_ws"):
            if col in spec.columns:
                merged[col] = local.get(col)
    return merged, conflicts


class Pusher:
    def __init__(self, local: Engine, central: Engine, ws: str, *, batch: int = BATCH, hooks: Any=None) -> None:
        self.local, self.central, self.ws = local, central, ws
        self.batch = batch
        self.hooks = hooks or {}
        self.specs = T.by_name()
        self.order = T.order()
        self._tz: Any = None    # the office's time zone, read when a refusal names a time (_local_time)
        self.fks = _foreign_keys(self.specs)
        self.held: dict[tuple[str, str], str] = {}   # refused or waiting in this run → reason/ref
        self.last_queued: dict[tuple[str, str], dict[str, Any]] = {}   # (table, column) → value → last outbox seq
        self.careful = False   # this batch's try: savepoints to tell a refused row from the rest
        self._heavy = frozenset(name for name, spec in self.specs.items() if rows.binary_columns(spec))

    def _office_tz(self) -> Any:
        from zoneinfo import ZoneInfo

        from sqlalchemy.orm import Session

        from app import config
        try:
            with Session(self.local) as s:
                return ZoneInfo(config.get(s, "office.timezone"))
        except Exception:
            return ZoneInfo("Asia/Jakarta")

    def _local_time(self, at: datetime | None) -> str:
        if at is None:
            return "?"
        if self._tz is None:   # only a refused single-shot action needs it: not read on every push
            self._tz = self._office_tz()
        return at.replace(tzinfo=UTC).astimezone(self._tz).strftime("%d-%m-%Y %H:%M")

    # --- local side -------------------------------------------------------
    def _within_weight(self, entries: list[_Entry]) -> list[_Entry]:
        """A batch holds `batch` rows, a row of a table carrying documents (signed
        PDFs) counting as DOCUMENT_WEIGHT: memory stays bounded while files of
        small rows go up in few, large transactions."""
        heavy = self._heavy
        if len(entries) <= self.batch and not any(e.table in heavy for e in entries):
            return entries   # (no document in the batch: each row counts one, and they fit)
        total = 0
        weight = {name: DOCUMENT_WEIGHT if name in heavy else 1 for name in self.specs}
        for i, e in enumerate(entries):
            total += weight.get(e.table, 1)
            if total > self.batch and i:
                return entries[:i]
        return entries

    def _read(self, after_seq: int) -> tuple[list[_Entry], Any]:
        with self.local.connect() as c:
            # Entries first, rows second: a row read later is at least as new as the
            # gen read, so an acknowledgement never drops an unsent edit. Straight
            # from the driver (SQLAlchemy's row processing was most of this read).
            raw = c.connection.driver_connection
            assert raw is not None
            texts: dict[Any, str] = {}   # stored key → text, reused for the rows' own keys
            entries = [_Entry(seq, table, texts.setdefault(rid, rows.key_text(rid)), gen, bv, base, marked)
                       for seq, table, rid, gen, bv, base, marked
                       in raw.execute("SELECT seq, table_name, row_id, gen, base_version, base, "
                                      "refused IS NOT NULL FROM sync_outbox "
                                      "WHERE seq > ? ORDER BY seq LIMIT ?", (after_seq, self.batch))]
            entries = self._within_weight(entries)
        if not entries:
            return entries, {}
        last = entries[-1].seq
        names = sorted((n for n in {e.table for e in entries} if n in self.specs), key=lambda n: self.order[n])

        def read(name: str) -> dict[Any, Any]:
            spec = self.specs[name]
            with self.local.connect() as c:
                # append-only rows as tuples (lean): only written centrally, never merged
                return rows.fetch_queued(c, spec, after_seq, last, lean=spec.kind == T.APPEND, keys=texts)
        url = self.local.url
        shared = url.get_backend_name() != "sqlite" or url.database not in (None, "", ":memory:")
        return entries, _Rows(read, names, threaded=shared)

    def _ack(self, entries: list[_Entry], result: _BatchResult, report: PushReport, *,
             contiguous: bool = False) -> None:
        """Apply what the central side resolved, note refusals, and drop the
        accepted entries. `contiguous`: the entries are the whole queue between the
        first and the last seq (a batch of _read, not of _read_ready)."""
        o = SyncOutbox.__table__
        with self.local.begin() as c:
            capture.mute(c)
            # (thousands of entries per batch, nearly all accepted as sent: no pass
            # over them that a batch without merges or refusals does not need)
            by_key = {(x.table, x.row_id): x for x in entries} if result.resolved else {}
            todo: dict[str, list[dict[str, Any]]] = {}   # table → rows to apply, in order
            seqs = [by_key[k].seq for k in result.resolved]
            gens: dict[int, int] = {}
            for part in rows.chunks(seqs):
                gens.update(c.exec_driver_sql(f"SELECT seq, gen FROM sync_outbox WHERE seq IN "
                                              f"({','.join('?' * len(part))})", tuple(part)).all())
            for (name, rid), row in result.resolved.items():
                e = by_key[(name, rid)]
                if gens.get(e.seq) == e.gen:   # not edited meanwhile
                    todo.setdefault(name, []).append(row)
            for name, rws in todo.items():
                spec = self.specs[name]
                # a merge never grants rights unproven: screened a table at a time
                # (one screen per row read the trust root for each)
                rws, _ = trust.guard(c, spec, rws)
                t = spec.table
                by_cols: dict[tuple[str, ...], list[dict[str, Any]]] = {}
                for row in rws:
                    by_cols.setdefault(tuple(k for k in row if k != spec.pk), []).append(row)
                for cols, group in by_cols.items():   # one executemany per set of columns
                    c.execute(update(t).where(t.c[spec.pk] == bindparam("_pk"))
                              .values({k: bindparam(k) for k in cols}),
                              [dict({k: r[k] for k in cols}, _pk=r[spec.pk]) for r in group])
            if result.conflicts:
                self._write_conflicts_locally(c, result.conflicts)
            now = utcnow()
            if result.rejected or result.waiting:
                refused = [e for e in entries if (e.table, e.row_id) in result.rejected]
                waiting = [e for e in entries if (e.table, e.row_id) in result.waiting]
                accepted = [e for e in entries if (e.table, e.row_id) not in result.rejected
                            and (e.table, e.row_id) not in result.waiting]
            else:
                refused, waiting, accepted = [], [], entries
            # Refused and waiting rows stay queued, marked, and are offered again next time.
            if refused:
                c.execute(o.update().where(o.c.seq == bindparam("s")).values(  # type: ignore[attr-defined]
                    refused=bindparam("r"), refused_at=now, waits_for=None),
                    [{"s": e.seq, "r": result.rejected[(e.table, e.row_id)]} for e in refused])
            if waiting:
                c.execute(o.update().where(o.c.seq == bindparam("s")).values(  # type: ignore[attr-defined]
                    refused=bindparam("r"), refused_at=now, waits_for=bindparam("w")),
                    [{"s": e.seq, "w": result.waiting[(e.table, e.row_id)],
                      "r": waiting_message(result.waiting[(e.table, e.row_id)])} for e in waiting])
            if accepted:
                # An entry edited meanwhile stays (gen moved on), no longer marked.
                # (Driver-level executemany: thousands of entries per batch.)
                marked = [(e.seq,) for e in accepted if e.marked]
                if marked:
                    c.exec_driver_sql("UPDATE sync_outbox SET refused = NULL, refused_at = NULL, waits_for = NULL "
                                      "WHERE seq = ? AND refused IS NOT NULL", marked)
                rest = accepted
                if contiguous and len(accepted) == len(entries):
                    # Every entry of the queue from the first seq to the last was read in
                    # this batch (one range of the key, _read) and every one was accepted:
                    # one DELETE of the range for those still at the lowest gen read, a
                    # statement instead of one per entry (half of the acknowledgement).
                    # A gen only ever rises (capture triggers, pull.queue), so an entry
                    # read with a higher gen cannot have come down to it, and one read
                    # with it that still has it was not edited meanwhile; an entry queued
                    # meanwhile is numbered after the last (which is still there).
                    low = min(e.gen for e in entries)
                    c.exec_driver_sql("DELETE FROM sync_outbox WHERE seq >= ? AND seq <= ? AND gen = ?",
                                      (entries[0].seq, entries[-1].seq, low))
                    rest = [e for e in accepted if e.gen != low]
                if rest:
                    c.exec_driver_sql("DELETE FROM sync_outbox WHERE seq = ? AND gen = ?",
                                      [(e.seq, e.gen) for e in rest])
            capture.unmute(c)

    def _write_conflicts_locally(self, c: Connection, conflicts: list[dict[str, Any]]) -> None:
        t = SyncConflict.__table__
        have = rows.existing_ids(c, self.specs["sync_conflict"], [x["id"] for x in conflicts])
        new = [x for x in conflicts if x["id"] not in have]
        if new:
            c.execute(insert(t), new)  # type: ignore[arg-type]

    # --- central side -----------------------------------------------------
    def _central_batch(self, entries: list[_Entry], data: Any, report: PushReport) -> _BatchResult:
        res = _BatchResult()
        txn = str(uuid.uuid4())
        changes: list[tuple[str, Any, str]] = []   # change-log rows: (table, row id, ws)
        by_table: dict[str, list[_Entry]] = {}
        for e in entries:
            if e.table not in self.specs:
                continue   # a table no longer synced: drop the entry
            by_table.setdefault(e.table, []).append(e)
        with self.central.begin() as c:
            for name in sorted(by_table, key=lambda n: self.order[n]):
                spec = self.specs[name]
                es = by_table[name]
                local_rows = data.get(name, {})
                live = [e for e in es if e.row_id in local_rows]
                report.gone += len(es) - len(live)
                live = self._hold_dependents(spec, live, local_rows, res)
                if spec.kind == T.APPEND:
                    self._append(c, spec, live, local_rows, res, changes, report)
                else:
                    self._mutable(c, spec, live, local_rows, res, changes, report)
            self._derive(c, entries, data, res, changes)
            if res.conflicts:
                ct = self.specs["sync_conflict"]
                have = rows.existing_ids(c, ct, [x["id"] for x in res.conflicts])
                new = [x for x in res.conflicts if x["id"] not in have]
                if new:
                    c.execute(insert(ct.table), new)
                    changes += [("sync_conflict", x["id"], MERGED_WS) for x in new]
            if changes:
                hook = self.hooks.get("before_clock")
                if hook:
                    hook(c)
                write_changes(c, txn, changes)
        hook = self.hooks.get("after_central_commit")
        if hook:
            hook()
        return res

    def _derive(self, c: Any, entries: Any, data: Any, res: Any, changes: Any) -> None:
        """Cached columns follow the append-only rows the central side holds (derive.py)."""
        from app.sync import derive
        in_batch: set[tuple[str, Any]] | None = None   # made when a derived row is compared (rarely)
        for target, (src, col, fn) in derive.DERIVERS.items():
            spec = self.specs[target]
            src_cols = self.specs[src].columns   # src rows are lean (append-only): tuples
            ci = src_cols.index(col)
            ids = {r[spec.pk] for r in res.written.get(target, ())}
            ids |= {r[ci] for r in res.written.get(src, ()) if r[ci]}
            # Not from half a history: a file whose later events are still queued
            # here is derived in the batch that brings them, so a big push does not
            # send every workstation a passing state of it (pulled once per change).
            ids -= self._still_queued(src, col, ids, entries[-1].seq)
            if not ids:
                continue
            # Rows inserted in this transaction, with the child rows inserted with them.
            fresh = {r[spec.pk]: r for r in res.inserted.get(target, ()) if r[spec.pk] in ids}
            known: dict[Any, tuple[Any, list[Any]]] = {rid: (row, []) for rid, row in fresh.items()}
            if known:
                for r in res.written.get(src, ()):
                    got = known.get(r[ci])
                    if got is not None:
                        got[1].append(r)
            found = fn(c, ids, known, src_cols)
            if not found:
                continue
            derive.apply(c, spec.table, found)
            now = rows.fetch(c, spec, list(found))
            for rid, row in now.items():
                changes.append((target, rid, MERGED_WS))
                local = data.get(target, {}).get(rid)
                if local is None:
                    continue
                if in_batch is None:
                    in_batch = {(e.table, e.row_id) for e in entries}
                if (target, rid) in in_batch and any(row.get(k) != local.get(k) for k in spec.columns):
                    res.resolved[(target, rid)] = row

    def _still_queued(self, src: str, col: str, ids: set[Any], after_seq: int) -> set[Any]:
        """Of `ids`, those with rows of `src` queued after this batch (local outbox).
        The last queued position of each is read once per run: one query, not
        one per batch (an entry queued during the run only makes a file derived
        once more, which is harmless). Only the entries after the first batch that
        asks are grouped (a range of the queue's key, not the whole queue joined):
        a later batch ends further on, and a file with nothing queued past the
        first one's end has nothing queued past its end either."""
        if not ids:
            return set()
        last = self.last_queued.get((src, col))
        if last is None:
            o, t = SyncOutbox.__table__, self.specs[src].table
            with self.local.connect() as lc:
                # Nothing of `src` queued after this batch (a push that fits in one
                # batch): no need to group the queue by file. Asked from the batch's
                # end on (a range of the key; max() over the table name read the
                # whole queue, 2 ms of a 5,000-event push; `+` keeps SQLite on the key
                # range rather than the index of every entry of that table).
                later = lc.exec_driver_sql("SELECT 1 FROM sync_outbox WHERE seq > ? AND +table_name = ? "
                                           "AND refused IS NULL LIMIT 1", (after_seq, src)).scalar()
                if later is None:
                    return set()
                last = dict(lc.execute(select(t.c[col], func.max(o.c.seq)).select_from(
                    o.join(t, t.c[self.specs[src].pk] == o.c.row_id))
                    # (`+`: the key range, not every entry of the table by its index)
                    .where(o.c.seq > after_seq, literal_column("+sync_outbox.table_name") == src,
                           o.c.refused.is_(None))
                    .group_by(t.c[col])).all())
            self.last_queued[(src, col)] = last
        return {i for i in ids if last.get(i, 0) > after_seq}

    def _hold_dependents(self, spec: T.Spec, live: list[Any], local_rows: dict[str, Any], res: _BatchResult) -> list[Any]:
        """Rows whose parent was refused (in this run, or this batch) are not sent:
        they wait with it, and go up together once it is accepted."""
        fks = self.fks.get(spec.name)
        if not fks:
            return live
        blocked = self.held.keys() | (res.rejected.keys() - res.edited) | res.waiting.keys()
        if not blocked:
            return live
        keep = []
        for e in live:
            row = local_rows[e.row_id]
            if isinstance(row, tuple):   # a lean row (append-only table)
                row = dict(zip(spec.columns, row, strict=True))
            parent = next(((p, row[col]) for col, p in fks if row.get(col) and (p, row[col]) in blocked), None)
            if parent is None:
                keep.append(e)
            else:
                res.waiting[(spec.name, e.row_id)] = f"{parent[0]}:{parent[1]}"
        return keep

    def _missing_parent(self, c: Connection, spec: T.Spec, row: dict[str, Any]) -> str | None:
        for col, parent in self.fks.get(spec.name, ()):
            if row.get(col) and not rows.existing_ids(c, self.specs[parent], [row[col]]):
                return f"{parent}:{row[col]}"
        return None

    def _bulk(self, c: Connection, spec: T.Spec, new: list[Any], *, lean: bool = False) -> list[Any] | None:
        """All rows (dicts, or with `lean` tuples in spec.columns order) in one
        bulk write (COPY / multi-row INSERT), or None when a constraint refused
        any of them (nothing written then). On the first try of a batch without
        a savepoint: a refusal then raises, the whole batch rolls back and runs
        again carefully (see run)."""
        if not new:
            return []
        write = bulk.insert_tuples if lean else bulk.insert_rows
        if not self.careful:
            write(c, spec.table, list(spec.columns), new)
            return new
        try:
            with c.begin_nested():
                write(c, spec.table, list(spec.columns), new)
            return new
        except IntegrityError:
            return None

    def _insert_rows(self, c: Connection, spec: T.Spec, new: list[Any], res: _BatchResult, *,
                     lean: bool = False) -> list[Any]:
        """Insert; rows a constraint refuses are reported, the others go in."""
        done = self._bulk(c, spec, new, lean=lean)
        if done is not None:
            return done
        ok = []
        for r in new:
            row = dict(zip(spec.columns, r, strict=True)) if lean else r
            try:
                with c.begin_nested():
                    c.execute(insert(spec.table), [row])
                ok.append(r)
            except IntegrityError as e:
                if rows.existing_ids(c, spec, [row[spec.pk]]):
                    continue   # a concurrent retry of the same row got there first
                parent = self._missing_parent(c, spec, row) if _is_foreign_key(e) else None
                if parent:
                    res.waiting[(spec.name, row[spec.pk])] = parent
                else:
                    res.rejected[(spec.name, row[spec.pk])] = _constraint_message(e)
        return ok

    def _single_shot(self, c: Connection, spec: T.Spec, new: list[tuple[Any, ...]], res: _BatchResult
                     ) -> list[tuple[Any, ...]]:
        """Events (lean tuples) whose action may happen once per file claim it in
        sync_single_shot; the one that comes second is refused."""
        keep = []
        ss = SyncSingleShot.__table__
        act = spec.columns.index("action")
        shots = T.SINGLE_SHOT_ACTIONS
        for t in new:
            if t[act] not in shots:
                keep.append(t)
                continue
            r = dict(zip(spec.columns, t, strict=True))
            try:
                with c.begin_nested():
                    c.execute(insert(ss), [{"application_id": r["application_id"], "action": r["action"],  # type: ignore[arg-type]
                                            "event_id": r["id"], "ws": r.get("workstation") or self.ws,
                                            "at": r.get("at")}])
                keep.append(t)
            except IntegrityError:
                first = c.execute(select(ss.c.event_id, ss.c.ws, ss.c.at).where(
                    ss.c.application_id == r["application_id"], ss.c.action == r["action"])).first()
                if first is not None and first.event_id == r["id"]:
                    keep.append(t)
                    continue
                from app.workflow import ACTIONS
                from db.models import Application
                no = c.execute(select(Application.__table__.c.no_permohonan).where(
                    Application.__table__.c.id == r["application_id"])).scalar() or r["application_id"]
                action = ACTIONS[r["action"]].label if r["action"] in ACTIONS else r["action"]
                res.rejected[(spec.name, r["id"])] = tr(
                    "“{action}” untuk permohonan {no} sudah dicatat lebih dulu di {ws} pada {at}; "
                    "yang dicatat di workstation ini tidak berlaku.").format(
                    action=tr(action), no=no, ws=first.ws if first else "?", at=self._local_time(first.at if first else None))
        return keep

    def _append(self, c: Any, spec: Any, live: Any, local_rows: Any, res: Any, changes: Any, report: Any) -> None:
        """Append-only rows: inserted when absent. They travel lean (tuples in
        spec.columns order, rows.fetch_queued), straight into the COPY."""
        pk = spec.columns.index(spec.pk)
        new = [_lean(spec, local_rows[i]) for i in sorted({e.row_id for e in live})]
        if spec.name == "workflow_event":
            new = self._single_shot(c, spec, new, res)
        done = self._bulk(c, spec, new, lean=True)
        if done is None:
            # Some row is refused or already there (a retry after a lost
            # acknowledgement): find out which, row by row.
            have = rows.existing_ids(c, spec, [r[pk] for r in new])
            report.unchanged += len(have) - self._edited(c, spec, [r for r in new if r[pk] in have], res)
            done = self._insert_rows(c, spec, [r for r in new if r[pk] not in have], res, lean=True)
        report.add(spec.name, len(done))
        res.written.setdefault(spec.name, []).extend(done)
        ws = self.ws
        changes += [(spec.name, r[pk], ws) for r in done]

    def _edited(self, c: Connection, spec: T.Spec, there: list[tuple[Any, ...]], res: _BatchResult) -> int:
        """Of append-only rows the central database already holds (lean tuples), those
        that differ from its copy: edited on this workstation after they went up (the
        central triggers refuse any UPDATE of them, app/sync/guard.py). Never counted as
        "already there" and acknowledged: each is refused (it stays in the outbox, marked,
        offered again at every sync) and every column that differs goes to the conflict
        log, the central value kept and this workstation's lost. A retry after a lost
        acknowledgement, or a rescan, finds the rows equal and passes. Returns how many."""
        if not there:
            return 0
        from app.sync.conflicts import TABLE_LABELS, column_label
        central = rows.fetch(c, spec, [r[spec.columns.index(spec.pk)] for r in there])
        n = 0
        for t in there:
            local = dict(zip(spec.columns, t, strict=True))
            rid = local[spec.pk]
            theirs = central.get(rid)
            if theirs is None:
                continue
            diff = [f for f in spec.content if rows.norm(local.get(f)) != theirs.get(f)]
            if not diff:
                continue
            n += 1
            msg = tr("{what} ini sudah terkirim ke basis data pusat dan tidak dapat diubah (hanya boleh "
                     "ditambah); perubahan di workstation ini ({fields}) tidak dikirim. Yang berlaku data di "
                     "pusat: catat koreksinya sebagai data baru, lalu buang perubahan ini dari antrean.").format(
                what=tr(TABLE_LABELS.get(spec.name, spec.name)), fields=", ".join(column_label(f) for f in diff))
            res.rejected[(spec.name, rid)] = msg
            res.edited.add((spec.name, rid))
            kept_ws = theirs.get("created_ws") or theirs.get("workstation")
            res.conflicts += [_conflict_row(spec.name, rid, f, "REJECTED", theirs.get(f), local.get(f), kept_ws,
                                            self.ws, msg, f"{self.ws}|edited|{rows.show(local.get(f))}")
                              for f in diff]
        return n

    def _mutable(self, c: Any, spec: Any, live: Any, local_rows: Any, res: Any, changes: Any, report: Any) -> None:
        central_rows = rows.fetch(c, spec, [e.row_id for e in live], for_update=True)
        new, upd = [], []
        for e in sorted(live, key=lambda x: x.row_id):
            local = local_rows[e.row_id]
            central = central_rows.get(e.row_id)
            if central is None:
                new.append(local)
                continue
            merged, conflicts = merge(spec, local, rows.decode_base(spec, e.base), central, self.ws)
            merged = trust.merge_group(spec, local, central, merged)
            res.conflicts += conflicts
            report.conflicts += len(conflicts)
            outcome = merged if merged is not None else central
            if merged is None:
                report.unchanged += 1
            else:
                upd.append(merged)
            if any(outcome.get(k) != local.get(k) for k in spec.columns):
                res.resolved[(spec.name, e.row_id)] = outcome
        done = self._insert_rows(c, spec, new, res)
        report.add(spec.name, len(done))
        res.written.setdefault(spec.name, []).extend(done)
        res.inserted.setdefault(spec.name, []).extend(done)
        changes += [(spec.name, r[spec.pk], self.ws) for r in done]
        if upd and not self.careful:
            # Every merged row carries every column: one executemany (psycopg
            # pipelines it); a refusal raises and the batch runs again carefully.
            t = spec.table
            cols = [k for k in upd[0] if k != spec.pk]
            c.execute(update(t).where(t.c[spec.pk] == bindparam("_pk"))
                      .values({k: bindparam(k) for k in cols}),
                      [dict({k: m[k] for k in cols}, _pk=m[spec.pk]) for m in upd])
        for m in upd:
            if self.careful:
                try:
                    with c.begin_nested():
                        vals = {k: v for k, v in m.items() if k != spec.pk}
                        c.execute(update(spec.table).where(spec.table.c[spec.pk] == m[spec.pk]).values(**vals))
                except IntegrityError as exc:
                    # A parent not central yet (queued after this row's entry, which kept
                    # its place when the row was edited) is waited for, as for an insert.
                    parent = self._missing_parent(c, spec, m) if _is_foreign_key(exc) else None
                    if parent:
                        res.waiting[(spec.name, m[spec.pk])] = parent
                    else:
                        res.rejected[(spec.name, m[spec.pk])] = _constraint_message(exc)
                    res.resolved.pop((spec.name, m[spec.pk]), None)
                    continue
            res.written.setdefault(spec.name, []).append(m)
            local = local_rows[m[spec.pk]]
            same = all(m.get(k) == local.get(k) for k in spec.columns)
            if not same:
                report.merged += 1
            report.add(spec.name)
            changes.append((spec.name, m[spec.pk], self.ws if same else MERGED_WS))

    def _record_rejections(self, res: _BatchResult, data: Any) -> None:
        """Refusals go to the central conflict log (its own small transaction)."""
        if not res.rejected:
            return
        conflicts = []
        for (name, rid), msg in res.rejected.items():
            if (name, rid) in res.edited:
                continue   # logged per column with the batch (_edited)
            row = data.get(name, {}).get(rid, {})
            if isinstance(row, tuple):   # a lean row (append-only table)
                row = dict(zip(self.specs[name].columns, row, strict=True))
            lost = {k: rows.show(v) for k, v in row.items() if k in ("action", "application_id",
                    "permit_number", "receipt_number", "number", "no_permohonan")}
            conflicts.append(_conflict_row(name, rid, None, "REJECTED", None,
                                           json.dumps(lost, ensure_ascii=False) if lost else None,
                                           None, self.ws, msg, self.ws))
        if not conflicts:
            return
        res.conflicts += conflicts
        with self.central.begin() as c:
            ct = self.specs["sync_conflict"]
            have = rows.existing_ids(c, ct, [x["id"] for x in conflicts])
            new = [x for x in conflicts if x["id"] not in have]
            if new:
                c.execute(insert(ct.table), new)
                write_changes(c, str(uuid.uuid4()), [("sync_conflict", x["id"], MERGED_WS) for x in new])

    def run(self, progress: Any=None) -> PushReport:
        report = PushReport()
        waiting: dict[tuple[str, str], str] = {}   # held back in this run → "parent_table:parent_id"
        after = 0
        while True:
            entries, data = self._read(after)
            if not entries:
                break
            self._push_batch(entries, data, report, waiting, contiguous=True)
            report.sent += len(entries)
            after = entries[-1].seq
            if progress:
                progress("push", report.sent)
        # A row can wait for a parent queued after it (an entry keeps its place in
        # the queue when its row is edited later: a handover linked to a receipt
        # stored after it), and that parent may have gone up in a later batch of
        # this very run. Such rows are offered again now, not at the next sync;
        # and again while a round accepts something (a row waiting for a waiting
        # row), so at most one round per link of the longest chain.
        while waiting:
            again = self._read_ready(waiting)
            if not again:
                break
            before = len(waiting)
            for part in again:
                self._push_batch(part, self._read_rows(part), report, waiting)
            if len(waiting) >= before:
                break   # nothing new accepted: what still waits, waits for the next sync
        report.waiting = [Rejection(n, r, waiting_message(ref)) for (n, r), ref in waiting.items()]
        return report

    def _push_batch(self, entries: list[_Entry], data: Any, report: PushReport,
                    waiting: dict[tuple[str, str], str], *, contiguous: bool = False) -> None:
        """One batch up (one central transaction) and acknowledged locally."""
        # First without savepoints: a batch the central database takes whole
        # (nearly every one) costs a round trip per table, not three. When a
        # constraint refuses a row, the batch rolls back and runs again with a
        # savepoint per table and, where one fails, per row, to tell which.
        self.careful = False
        for attempt in range(7):
            try:
                counted = PushReport()   # a retried batch is counted once
                res = self._central_batch(entries, data, counted)
                report.absorb(counted)
                break
            except IntegrityError:
                if not self.careful:
                    self.careful = True
                    continue
                if attempt < 6:
                    log.info("push batch retried after IntegrityError")
                    continue
                raise
            except OperationalError as e:
                if attempt < 6 and _is_retryable(e):
                    log.info("push batch retried after %s", type(getattr(e, 'orig', e)).__name__)
                    continue
                raise
        self._record_rejections(res, data)
        report.rejected += [Rejection(n, r, m) for (n, r), m in res.rejected.items()]
        if waiting or self.held:   # (nothing held: nothing to release, no pass over the batch)
            for x in entries:   # accepted rows no longer hold their children back
                key = (x.table, x.row_id)
                if key not in res.waiting:
                    waiting.pop(key, None)
                    if key not in res.rejected:
                        self.held.pop(key, None)
        waiting.update(res.waiting)
        # an edited append-only row holds nothing back: the central copy its children need stands
        self.held.update((k, v) for k, v in res.rejected.items() if k not in res.edited)
        self.held.update(res.waiting)
        self._ack(entries, res, report, contiguous=contiguous)

    def _read_ready(self, waiting: dict[tuple[str, str], str]) -> list[list[_Entry]]:
        """The outbox entries of rows waiting in this run whose parent the central
        database now holds, in queue order, cut into batches."""
        by_parent: dict[str, set[str]] = {}
        for ref in waiting.values():
            table, _, rid = ref.partition(":")
            if (table, rid) not in self.held and table in self.specs:
                by_parent.setdefault(table, set()).add(rid)
        if not by_parent:
            return []
        there: set[tuple[str, str]] = set()
        with self.central.connect() as c:
            for table, ids in by_parent.items():
                there |= {(table, str(i)) for i in rows.existing_ids(c, self.specs[table], sorted(ids))}
        ready = {key for key, ref in waiting.items() if tuple(ref.partition(":")[::2]) in there}
        if not ready:
            return []
        with self.local.connect() as c:
            raw = c.connection.driver_connection
            assert raw is not None
            entries = [e for e in (_Entry(seq, table, rows.key_text(rid), gen, bv, base, True)
                                   for seq, table, rid, gen, bv, base
                                   in raw.execute("SELECT seq, table_name, row_id, gen, base_version, base "
                                                  "FROM sync_outbox WHERE waits_for IS NOT NULL ORDER BY seq"))
                       if (e.table, e.row_id) in ready]
        for e in entries:   # offered again: no longer blocking their own children
            self.held.pop((e.table, e.row_id), None)
        out = []
        while entries:
            part = self._within_weight(entries[:self.batch])
            out.append(part)
            entries = entries[len(part):]
        return out

    def _read_rows(self, entries: list[_Entry]) -> dict[str, Any]:
        """The local rows of these entries (a batch of entries not contiguous in the queue)."""
        ids: dict[str, list[str]] = {}
        for e in entries:
            ids.setdefault(e.table, []).append(e.row_id)
        with self.local.connect() as c:
            out = {name: rows.fetch(c, self.specs[name], part) for name, part in ids.items() if name in self.specs}
        return {name: {k: _lean(self.specs[name], r) for k, r in got.items()}
                if self.specs[name].kind == T.APPEND else got for name, got in out.items()}


def write_changes(c: Connection, txn: str, changes: list[tuple[str, Any, str]]) -> int:
    """The change-log rows of this transaction, (table, row id, ws) each,
    numbered by the commit clock.

    Last thing before commit: the clock row is locked (held until commit), so a
    higher number never becomes visible before a lower one, and the rows go in
    already numbered, in one bulk write (no second pass stamping them)."""
    v = bump_clock(c)
    bulk.insert_tuples(c, SyncChange.__table__, ["txn", "seq", "table_name", "row_id", "ws"],  # type: ignore[arg-type]
                       [(txn, v, t, r, w) for t, r, w in changes])
    return v


def bump_clock(c: Connection) -> int:
    """Increment the one-row commit clock and return its new value, in one
    statement: the UPDATE takes the row's lock (held until commit) as
    SELECT … FOR UPDATE did, without the second round trip. MariaDB/MySQL have
    no UPDATE … RETURNING; LAST_INSERT_ID(expr) hands the value back in the
    statement's own reply (the connection's insert id), still one round trip."""
    if c.dialect.name == "postgresql":
        return int(c.execute(text("UPDATE sync_clock SET value = value + 1 WHERE id = 1 "
                                  "RETURNING value")).scalar_one())
    if c.dialect.name in ("mysql", "mariadb"):
        cur = c.connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            if cur.execute("UPDATE sync_clock SET value = LAST_INSERT_ID(value + 1) WHERE id = 1") != 1:
                raise RuntimeError("sync_clock has no row 1 (loket central upgrade)")
            return int(cur.lastrowid)
        finally:
            cur.close()
    v = c.execute(text("SELECT value FROM sync_clock WHERE id = 1 FOR UPDATE")).scalar_one() + 1
    c.execute(text("UPDATE sync_clock SET value = :v WHERE id = 1"), {"v": v})
    return int(v)


def _foreign_keys(specs: dict[str, Any]) -> dict[str, list[tuple[str, str]]]:
    """table → [(column, parent table)] among synced tables."""
    out: dict[str, list[Any]] = {}
    for spec in specs.values():
        for fk in spec.table.foreign_keys:
            parent = fk.column.table.name
            if parent in specs and fk.parent.name in spec.columns and parent != spec.name:
                out.setdefault(spec.name, []).append((fk.parent.name, parent))
    return out


def pending(local: Engine) -> int:
    with local.connect() as c:
        return int(c.execute(text("SELECT count(*) FROM sync_outbox")).scalar_one())
