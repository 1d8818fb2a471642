"""Capturing local changes: SQLite triggers write the outbox in the same
transaction as the change.

Triggers rather than ORM events because they see everything that writes the
file — services, bulk Core inserts of `loket demo`, an administrator's SQL —
and because the outbox row then commits or rolls back with the change itself:
no officer action ever waits on the network, and no committed change is
missing from the outbox.

A trigger records only which row changed (and, for the first unsent edit of a
mutable row, the row as it was before: the merge's common ancestor), and
counts a mutable row's edits in its `version` (the row's logical clock). The push
reads the row's current values when it sends it, so ten edits go up as one.
Triggers are (re)installed from the table declarations in app/sync/tables.py
each time Loket opens its database; installing them for a table the first time
also queues every row it already holds ("enqueue all").
"""
from __future__ import annotations

import hashlib
import logging

from sqlalchemy import Engine, LargeBinary
from sqlalchemy.engine import Connection

from app.sync import tables as T
from db.base import DERIVED_STAMPS, NOW_SQL, Code, CodedText, UuidStr, text_code_sql, uuid_sql

log = logging.getLogger("loket.sync")

# queued_at as SQLite stores times (integer microseconds, db/base.py)
NOW = NOW_SQL


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _json_of_old(spec: T.Spec, words: bool) -> str:
    parts = []
    marker, pairs = DERIVED_STAMPS.get(spec.name, ("", ()))
    derived = dict(pairs)
    coded = set(_coded(spec, words))
    for name in spec.columns:
        col = spec.table.c[name]
        ref = _word("OLD", name, coded)
        if name in derived:      # stored compact (db/base.py DERIVED_STAMPS): the stamp as written
            ref = f"(CASE WHEN OLD.{_q(marker)} = 0 THEN {_word('OLD', derived[name], coded)} ELSE {ref} END)"
        if isinstance(col.type, LargeBinary):
            ref = f"hex({ref})"
        elif isinstance(col.type, UuidStr):
            ref = uuid_sql(ref)     # stored as 16 bytes; json_object refuses blobs
        elif isinstance(col.type, Code):
            ref = col.type.text_sql(ref)    # stored coded (db/codes.py); the merge compares text
        parts.append(f"'{name}', {ref}")
    # json_object takes at most 127 pairs on old SQLite; tables here are far smaller.
    return "json_object(" + ", ".join(parts) + ")"


def _word(row: str, name: str, coded: set[str]) -> str:
    """SQL of NEW.name or OLD.name, a code of the file's dictionary as its word (db/base.py)."""
    ref = f"{row}.{_q(name)}"
    return text_code_sql(ref) if name in coded else ref


def _coded(spec: T.Spec, words: bool) -> list[str]:
    """The table's columns stored as codes of the file's dictionary (db/base.py CodedText);
    none on a file without the dictionary (before migration 0032)."""
    return [c for c in spec.columns if isinstance(spec.table.c[c].type, CodedText)] if words else []


def trigger_sql(spec: T.Spec, *, words: bool = True) -> dict[str, str]:
    t, pk = spec.name, spec.pk
    cond = "NOT EXISTS (SELECT 1 FROM sync_mute)"
    if spec.row_filter:
        col, val = spec.row_filter
        cond += f" AND NEW.{_q(col)} = '{val}'"
    upd_cond = cond
    if spec.name in DERIVED_STAMPS:
        # the file's own trigger storing a new row's stamps compact (migrations 0025, 0026,
        # 0028) is no edit: the row is queued by its insert, its version stays
        m = _q(DERIVED_STAMPS[spec.name][0])
        upd_cond += f" AND NOT (NEW.{m} = 0 AND OLD.{m} IS NOT 0)"
    coded = _coded(spec, words)
    if coded:
        # nor is the file's trigger putting a new row's words into its dictionary (migration
        # 0032): it only ever turns text into its code (db/base.py CodedText)
        upd_cond += " AND NOT (" + " OR ".join(
            f"typeof(NEW.{_q(c)}) = 'blob' AND typeof(OLD.{_q(c)}) = 'text'" for c in coded) + ")"

    def body(base_version: str, base: str) -> str:
        return (
            f"INSERT INTO sync_outbox (table_name, row_id, gen, base_version, base, queued_at) "
            f"SELECT '{t}', NEW.{_q(pk)}, 0, {base_version}, {base}, {NOW} "
            f"WHERE NOT EXISTS (SELECT 1 FROM sync_outbox WHERE table_name = '{t}' "
            f"AND row_id = NEW.{_q(pk)}); "
            f"UPDATE sync_outbox SET gen = gen + 1 WHERE table_name = '{t}' AND row_id = NEW.{_q(pk)};")

    if spec.kind == T.MUTABLE:
        # Every local edit counts: the row's version is its logical clock (the
        # merge orders edits by it, never by updated_at, see push.merge). An
        # edit that set the version itself (the complaint service) is left
        # alone. SQLite does not fire this trigger again for its own UPDATE.
        bump = (f"UPDATE {_q(t)} SET version = coalesce(OLD.version, 0) + 1 "
                f"WHERE {_q(pk)} = NEW.{_q(pk)} AND NEW.version IS OLD.version;")
        upd = body("OLD.version", _json_of_old(spec, words)) + " " + bump
    else:
        upd = body("NULL", "NULL")
    out = {
        "ai": f"CREATE TRIGGER {{name}} AFTER INSERT ON {_q(t)} WHEN {cond} BEGIN {body('NULL', 'NULL')} END",
        "au": f"CREATE TRIGGER {{name}} AFTER UPDATE ON {_q(t)} WHEN {upd_cond} BEGIN {upd} END",
    }
    if spec.kind == T.APPEND:
        out["ao"] = _guard_sql(spec, words=words)
    return out


def _guard_sql(spec: T.Spec, *, words: bool = True) -> str:
    """Append-only on this workstation too, once a row went up: an UPDATE that changes
    what it says (a column the push compares, tables.Spec.content) of a row no longer in
    the outbox is refused. The central copy could not follow it (its triggers refuse
    any UPDATE, app/sync/guard.py), so such an edit would only make this workstation
    tell a different story (the push logs one that got past, push._edited).
    Let through: a row still queued (written and completed in one go, e.g. the demo's
    papers), pulled rows and migrations (sync_mute), the file's own compaction of
    a new row's stamps (bookkeeping columns only, db/base.py DERIVED_STAMPS) and its
    coding of a new row's words (the same text, db/base.py CodedText)."""
    t, pk = spec.name, spec.pk
    coded = set(_coded(spec, words))     # a coded word compares as its text, not its code
    changed = " OR ".join(f"{_word('NEW', c, coded)} IS NOT {_word('OLD', c, coded)}" for c in spec.content)
    return (f"CREATE TRIGGER {{name}} BEFORE UPDATE ON {_q(t)} WHEN ({changed}) "
            f"AND NOT EXISTS (SELECT 1 FROM sync_mute) "
            f"AND NOT EXISTS (SELECT 1 FROM sync_outbox WHERE table_name = '{t}' AND row_id = OLD.{_q(pk)}) "
            f"BEGIN SELECT RAISE(ABORT, 'loket: {t} is append-only: this row went to the central database "
            f"already (UPDATE refused; record a correction as a new row)'); END")


def _enqueue_all(conn: Connection, spec: T.Spec) -> int:
    # SQLite needs a WHERE on INSERT … SELECT … ON CONFLICT (parser ambiguity).
    where = " WHERE true"
    if spec.row_filter:
        where = f" WHERE {_q(spec.row_filter[0])} = '{spec.row_filter[1]}'"
    res = conn.exec_driver_sql(
        f"INSERT INTO sync_outbox (table_name, row_id, gen, base_version, base, queued_at) "
        f"SELECT '{spec.name}', {_q(spec.pk)}, 1, NULL, NULL, {NOW} FROM {_q(spec.name)}{where} "
        f"ON CONFLICT (table_name, row_id) DO NOTHING")
    return res.rowcount or 0


def _of(trigger: str, kind: str, table: str) -> bool:
    """Is this trigger of that kind on that table? Its name is sync_<kind>_<table>_<8 hex>:
    by prefix alone the triggers of `complaint_update` would read as `complaint`'s, and a
    refresh of the one would drop the other's."""
    prefix = f"sync_{kind}_{table}_"
    return trigger.startswith(prefix) and len(trigger) == len(prefix) + 8


def install(engine: Engine) -> int:
    """Create or refresh the capture triggers; returns how many rows were queued
    for tables captured for the first time. Idempotent and cheap when current."""
    if engine.dialect.name != "sqlite":
        return 0
    queued = 0
    with engine.begin() as conn:
        existing: dict[str, str] = dict(conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync_%'").all())
        present = {r[0] for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table'").all()}
        if "sync_outbox" not in present:
            return 0
        wanted: set[str] = set()
        for spec in T.synced():
            if spec.name not in present:
                continue
            first_time = not any(_of(n, "ai", spec.name) for n in existing)
            for kind, template in trigger_sql(spec, words="text_code" in present).items():
                digest = hashlib.sha1(template.encode()).hexdigest()[:8]
                name = f"sync_{kind}_{spec.name}_{digest}"
                wanted.add(name)
                if name in existing:
                    continue
                for old in [n for n in existing if _of(n, kind, spec.name)]:
                    conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {_q(old)}")
                conn.exec_driver_sql(template.format(name=_q(name)))
            if first_time:
                queued += _enqueue_all(conn, spec)
        for stale in set(existing) - wanted:
            if stale.startswith(("sync_ai_", "sync_au_", "sync_ao_")):
                conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {_q(stale)}")
    if queued:
        log.info("sync capture installed; %d existing rows queued", queued)
    return queued


def enqueue_all(engine: Engine) -> int:
    """Queue every synced row again (recovery: `loket sync --rescan`). Safe:
    pushes are idempotent, so rows the central database has change nothing."""
    n = 0
    with engine.begin() as conn:
        for spec in T.synced():
            n += _enqueue_all(conn, spec)
    return n


def mute(conn: Connection) -> None:
    """Inside a transaction that applies pulled rows: keep the triggers quiet.
    The row is removed before commit (unmute), or vanishes with a rollback."""
    conn.exec_driver_sql("INSERT OR IGNORE INTO sync_mute (id) VALUES (1)")


def unmute(conn: Connection) -> None:
    conn.exec_driver_sql("DELETE FROM sync_mute")
