"""After an administrator discards a refused change, the workstation takes the
central copy of the row back.

A discarded change (app/sync/outbox.py `discard`) leaves the queue, but the row
it came from is still as it was edited here: a hand-over with another
recipient's name, a step the central database refused. Left alone, this
workstation would go on showing and printing data that no other workstation
has, for good — the pull brings only rows that change centrally. So `discard`
marks every row it gave up on (`mark`), and the next sync, after its push,
writes the central copy over each marked row (`run`), with the triggers muted
so nothing goes back up, and with the same trust screen as any pulled row.

- A row edited again since the discard has a new outbox entry: it is a new
  change, left to go up and meet its own fate; its mark is dropped.
- A row the central database never had (refused when it was inserted) has
  nothing to be restored from: it stays as it is, its mark dropped, a line
  logged.
- Marks survive a failed sync (they live in `sync_state`, in the same file as
  the outbox); they are dropped only in the transaction that restores.
"""
from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, Engine, delete, select
from sqlalchemy.orm import Session

from app.sync import bulk, capture, rows, trust
from app.sync import tables as T
from app.sync.outbox import parse_ref
from app.sync.pull import get_state, set_state
from db.models.sync import SyncOutbox, SyncState

log = logging.getLogger("loket.sync")

KEY = "restore.rows"   # sync_state: a JSON list of "table:row id"


def _read(conn: Connection) -> list[str]:
    raw = get_state(conn, KEY)
    return list(json.loads(raw)) if raw else []


def _write(conn: Connection, refs: list[str]) -> None:
    if refs:
        set_state(conn, KEY, json.dumps(sorted(set(refs))))
    else:
        conn.execute(delete(SyncState).where(SyncState.key == KEY))


def mark(session: Session, refs: Iterable[str]) -> None:
    """Inside `discard`'s transaction: these rows ("table:id") take the central
    copy back at the next sync."""
    conn = session.connection()
    specs = T.by_name()
    _write(conn, _read(conn) + [r for r in refs if (parse_ref(r) or ("", ""))[0] in specs])


def marked(local: Engine) -> list[str]:
    with local.connect() as c:
        return _read(c)


def _split(refs: list[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for table, rid in filter(None, map(parse_ref, refs)):
        out.setdefault(table, []).append(rid)
    return out


def run(local: Engine, central: Engine) -> int:
    """Write the central copy over every marked row; returns how many were restored."""
    refs = marked(local)
    if not refs:
        return 0
    specs = T.by_name()
    wanted = {t: ids for t, ids in _split(refs).items() if t in specs}
    with central.connect() as cc:
        theirs = {t: rows.fetch(cc, specs[t], ids) for t, ids in wanted.items()}
    o = SyncOutbox.__table__
    restored = 0
    with local.begin() as c:
        capture.mute(c)   # a write first: the write lock is taken before any read
        c.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        order = T.order()
        for table in sorted(wanted, key=order.__getitem__):
            spec = specs[table]
            ids = wanted[table]
            queued = set(c.execute(select(o.c.row_id).where(
                o.c.table_name == table, o.c.row_id.in_(ids))).scalars())
            got = theirs[table]
            values: list[dict[str, Any]] = []
            for rid in ids:
                if rid in queued:
                    log.info("restore: %s %s was edited again since the discard; left as it is", table, rid)
                elif rid not in got:
                    log.info("restore: %s %s is not in the central database; left as it is", table, rid)
                else:
                    values.append(got[rid])
            values, _refused = trust.guard(c, spec, values)   # noted for the administrators, as a pull does
            bulk.upsert_local(c, spec.table, list(spec.columns), spec.pk, values, update=True)
            restored += len(values)
        # marks set meanwhile (another discard) stay for the next sync
        _write(c, [r for r in _read(c) if r not in set(refs)])
        capture.unmute(c)
    if restored:
        log.info("restore: %d row(s) brought in line with the central database", restored)
    return restored
