"""One sync run: connect, claim the workstation name, bootstrap if new, push,
pull. Used by `loket sync`, the GUI's background runner and the tests."""
from __future__ import annotations

import gc
import logging
import sqlite3
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Engine, Table, insert, select, update
from sqlalchemy.exc import DBAPIError

from app.i18n import tr
from app.runlock import FolderLock
from app.sync import anchor, blocks, counters, outbox, restore, skew, trust
from app.sync import central as C
from app.sync.pull import PullReport, bootstrap, get_state, pull, read_cursor, set_state
from app.sync.push import BATCH, Pusher, PushReport
from db.base import utcnow
from db.models.sync import SyncClient

if TYPE_CHECKING:
    from collections.abc import Callable

    from app.runtime import Loket

log = logging.getLogger("loket.sync")


class Busy(C.CentralError):
    pass


@dataclass
class SyncResult:
    push: PushReport = field(default_factory=PushReport)
    pull: PullReport = field(default_factory=PullReport)
    bootstrapped: bool = False
    pending: int = 0
    refused: int = 0          # left in the outbox, refused by the central database
    waiting: int = 0          # left in the outbox, waiting for a refused row
    restored: int = 0         # rows whose discarded change gave way to the central copy (restore.py)
    seconds: float = 0.0
    last_success: str | None = None
    clock_offset: float | None = None   # this workstation's clock minus the server's, seconds


class RunLock(FolderLock):
    """One sync at a time per data folder (the GUI's runner and `loket sync`)."""

    filename = "sync.lock"

    def busy(self) -> Exception:
        return Busy(tr("Sinkronisasi lain sedang berjalan untuk folder data ini."))


def install_id(local: Engine) -> str:
    with local.begin() as c:
        v = get_state(c, "install.id")
        if not v:
            v = str(uuid.uuid4())
            set_state(c, "install.id", v)
        return v


def claim_name(central: Engine, ws: str, me: str) -> None:
    t = cast(Table, SyncClient.__table__)   # declarative types __table__ as a FromClause
    with central.begin() as c:
        # The name already ours (every sync but the first): one UPDATE, which takes
        # the row's lock as the SELECT … FOR UPDATE below would, and is done.
        if c.execute(update(t).where(t.c.name == ws, t.c.install_id == me)
                     .values(last_seen=utcnow())).rowcount == 1:
            return
        row = c.execute(select(t.c.install_id).where(t.c.name == ws).with_for_update()).first()
        if row is None:
            c.execute(insert(t).values(name=ws, install_id=me, first_seen=utcnow(), last_seen=utcnow()))
        elif row.install_id != me:
            raise C.CentralError(tr(
                "Nama workstation “{ws}” sudah dipakai komputer lain di basis data pusat. Beri nama lain "
                "(loket config set workstation.name …), atau bila komputer ini menggantikannya: "
                "loket sync --take-over").format(ws=ws))
        else:
            c.execute(update(t).where(t.c.name == ws).values(last_seen=utcnow()))


_GC = {"runs": 0, "was": True}
_GC_LOCK = threading.Lock()


def _gc_pause(step: int) -> None:
    """Syncs running at once (threads) pause the cyclic collector together; the
    last one to end turns it back on if it was on."""
    with _GC_LOCK:
        if step > 0 and _GC["runs"] == 0:
            _GC["was"] = gc.isenabled()
            gc.disable()
        _GC["runs"] += step
        if step < 0 and _GC["runs"] == 0 and _GC["was"]:
            gc.enable()


def take_over(central: Engine, ws: str, me: str) -> None:
    t = cast(Table, SyncClient.__table__)   # declarative types __table__ as a FromClause
    with central.begin() as c:
        c.execute(t.delete().where(t.c.name == ws))
        c.execute(insert(t).values(name=ws, install_id=me, first_seen=utcnow(), last_seen=utcnow()))


def sync_once(local: Engine, central: Engine, ws: str, *, folder: Path | None = None,
              target: C.Target | None = None, bootstrap_days: int = 90, batch: int = BATCH,
              progress: Callable[[str, int], None] | None = None,
              hooks: dict[str, Callable[..., None]] | None = None, take_over_name: bool = False) -> SyncResult:
    """Push then pull. Raises C.Unreachable / C.CentralError with an officer-readable
    message; whatever was not acknowledged stays in the outbox."""
    t0 = time.perf_counter()
    target = target or C.Target(str(central.url))
    lock = RunLock(folder) if folder else None
    if lock:
        lock.__enter__()
    # A sync makes hundreds of thousands of short-lived row dicts and tuples, none
    # of them in reference cycles; the cyclic collector's full passes over the
    # whole process (models, Qt) were a tenth of a push. Reference counting
    # still frees everything; the collector runs again when the sync ends.
    _gc_pause(+1)
    try:
        C.check(central, target)
        me = install_id(local)
        try:
            if take_over_name:
                take_over(central, ws, me)
            claim_name(central, ws, me)
            trust.exchange_root(local, central)
            res = SyncResult()
            res.clock_offset = skew.measure(local, central)
            rescan_if_asked(local)
            if read_cursor(local) is None:
                res.pull = bootstrap(local, central, ws, days=bootstrap_days, progress=progress)
                res.bootstrapped = True
                counters.exchange(local, central)
            res.push = Pusher(local, central, ws, batch=batch, hooks=hooks).run(progress)
            if res.push.sent:
                reclaim(local)
            res.restored = restore.run(local, central)
            heads = anchor.take(local, central)   # before the pull: all it names comes down
            got = pull(local, central, ws, progress=progress)
            anchor.store(local, heads)
            counters.exchange(local, central)
            blocks.top_up(local, central, ws)
            for k, v in got.received.items():
                res.pull.add(k, v)
            res.pull.kept_local += got.kept_local
            res.pull.refused += got.refused
        except DBAPIError as e:
            if isinstance(e.orig, sqlite3.Error):
                log.exception("sync failed in the local database")
                raise C.CentralError(tr("Sinkronisasi gagal di basis data lokal: {detail}").format(
                    detail=str(e.orig).splitlines()[0])) from None
            if e.connection_invalidated or isinstance(e.orig, OSError) or "connection" in str(e.orig).lower():
                raise C.Unreachable(C.describe(e, target)) from None
            raise C.CentralError(C.describe(e, target)) from None
        left = outbox.counts(local)
        res.pending, res.refused, res.waiting = left.pending, left.refused, left.waiting
        res.last_success = utcnow().isoformat(timespec="seconds")
        with local.begin() as c:
            set_state(c, "last.success", res.last_success)
        res.seconds = time.perf_counter() - t0
        log.info("sync: %d sent, %d received, %d pending, %.2fs", res.push.sent, res.pull.total,
                 res.pending, res.seconds)
        return res
    finally:
        _gc_pause(-1)
        if lock:
            lock.__exit__(None, None, None)


def reclaim(local: Engine, min_pages: int = 256) -> int:
    """Hand the pages of acknowledged outbox entries back to the file system.

    The push deletes each entry the central database acknowledged; SQLite keeps
    the freed pages inside the file. The file is kept in auto_vacuum=INCREMENTAL
    mode (db/migrate.py `compact`), so a free list of some size is truncated here
    in one short write, after the push, instead of growing the file for ever.
    Returns the pages handed back."""
    if local.dialect.name != "sqlite":
        return 0
    with local.connect() as c:
        free = c.exec_driver_sql("PRAGMA freelist_count").scalar() or 0
        if free < min_pages or not c.exec_driver_sql("PRAGMA auto_vacuum").scalar():
            return 0
        c.commit()
        # Each step of the pragma frees one page and the driver's execute() takes one
        # step; executescript (sqlite3_exec) runs it to its end.
        raw = c.connection.driver_connection
        assert raw is not None   # an open connection has its sqlite3 connection
        raw.executescript("PRAGMA incremental_vacuum;")
    return free


def rescan_if_asked(local: Engine) -> int:
    """After a migration that gave rows their identity keys (0013): queue every
    row once, so what an older Loket dropped after a refusal goes up again."""
    from app.sync import capture
    with local.connect() as c:
        asked = get_state(c, "rescan.pending")
    if asked != "1":
        return 0
    n = capture.enqueue_all(local)
    with local.begin() as c:
        set_state(c, "rescan.pending", "0")
    log.info("sync: %d rows queued again after the identity migration", n)
    return n


def last_success(local: Engine) -> str | None:
    with local.connect() as c:
        return get_state(c, "last.success")


def open_central(loket: Loket, url: str | None = None) -> tuple[Engine, C.Target]:
    with loket.Session() as s:
        target = C.target_from_settings(s, url)
    return C.connect(target), target


def workstation_name(loket: Loket) -> str:
    return loket.workstation


def run(loket: Loket, *, url: str | None = None, progress: Callable[[str, int], None] | None = None, take_over_name: bool = False,
        batch: int = BATCH, bootstrap_days: int = 90) -> SyncResult:
    """sync_once for an opened Loket, with its settings."""
    engine, target = open_central(loket, url)
    try:
        return sync_once(loket.engine, engine, loket.workstation, folder=loket.data_dir, target=target,
                         progress=progress, take_over_name=take_over_name, batch=batch,
                         bootstrap_days=bootstrap_days)
    finally:
        engine.dispose()


def fetch_file(loket: Loket, key: str, url: str | None = None) -> str | None:
    """An older file, not held locally, fetched from the central database when
    someone opens it (search by id, no_permohonan or receipt number). Returns
    the application id or None; raises C.Unreachable when offline."""
    from app.sync.pull import fetch_file as _fetch
    engine, target = open_central(loket, url)
    try:
        C.check(engine, target)
        try:
            return _fetch(loket.engine, engine, key)
        except DBAPIError as e:
            raise C.Unreachable(C.describe(e, target)) from None
    finally:
        engine.dispose()


def status(loket: Loket) -> dict[str, Any]:
    """What the status bar shows, without touching the network."""
    left = outbox.counts(loket.engine)
    return {"pending": left.pending, "refused": left.refused, "waiting": left.waiting,
            "last_success": last_success(loket.engine), "cursor": read_cursor(loket.engine),
            "clock_offset": skew.last_offset(loket.engine)}


def fetch_if_missing(loket: Loket, key: str) -> bool:
    """For screens that open a file by number or id and do not find it here:
    fetch it from the central database when one is configured. False when none
    is configured or it does not know the file; a ServiceError the officer can
    read when it cannot be reached."""
    from app import config
    from app.services.context import ServiceError
    with loket.Session() as s:
        if not config.get(s, "central.url"):
            return False
    try:
        return fetch_file(loket, key) is not None
    except C.CentralError as e:
        raise ServiceError(tr("Permohonan {no} tidak ada di workstation ini, dan basis data pusat "
                              "tidak dapat dipakai sekarang: {err}").format(no=key, err=e)) from None
