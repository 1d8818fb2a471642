"""Audit anchors: every chain's head as the central database holds it, noted on
every workstation at each sync, so a chain cut short or rewritten is caught
(app/audit.py `verify`).

The heads are read after the push and before the pull of a sync: every record
at or below a head was committed before the pull started, so the pull brings
it, and a workstation never mistakes a record still on its way for a deleted
one. Stored anchors only ever rise. The central copy itself cannot be cut with
a workstation's login: audit records are append-only there (app/sync/guard.py).
"""
from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import TYPE_CHECKING

from sqlalchemy import Engine, select, union_all
from sqlalchemy.engine import Connection

from app.audit import ANCHOR_PREFIX
from db.models import AuditRecord
from db.models.audit import AuditHead
from db.models.sync import SyncClient, SyncState

if TYPE_CHECKING:
    from app.runtime import Loket

log = logging.getLogger("loket.sync")


def heads(cc: Connection, names: Iterable[str]) -> dict[str, tuple[int, str]]:
    """ws → (seq, hash) of the last record of its chain in the central database."""
    t = AuditRecord.__table__
    # Every chain's last record in one statement (one round trip, not one per
    # workstation), each part still the unique (workstation, seq) index's last entry.
    parts = [select(t.c.workstation, t.c.seq, t.c.hash).where(t.c.workstation == ws)
             .order_by(t.c.seq.desc()).limit(1).subquery() for ws in sorted(set(names))]
    if not parts:
        return {}
    q = union_all(*(select(p) for p in parts)) if len(parts) > 1 else select(parts[0])
    return {ws: (int(seq), h) for ws, seq, h in cc.execute(q)}


def _names(local: Engine, cc: Connection) -> set[str]:
    names = set(cc.execute(select(SyncClient.__table__.c.name)).scalars())
    with local.connect() as lc:
        names |= set(lc.execute(select(AuditHead.__table__.c.workstation)).scalars())
        names |= {k[len(ANCHOR_PREFIX):] for k in lc.execute(
            select(SyncState.key).where(SyncState.key.like(ANCHOR_PREFIX + "%"))).scalars()}
    return names


def take(local: Engine, central: Engine) -> dict[str, tuple[int, str]]:
    with central.connect() as cc:
        return heads(cc, _names(local, cc))


def store(local: Engine, anchors: dict[str, tuple[int, str]]) -> None:
    from app.sync.pull import get_state, set_state
    with local.begin() as c:
        for ws, (seq, h) in anchors.items():
            old = get_state(c, ANCHOR_PREFIX + ws)
            if old is None or int(old.split(":", 1)[0]) < seq:
                set_state(c, ANCHOR_PREFIX + ws, f"{seq}:{h}")


def live(loket: Loket, *, timeout: int = 3) -> dict[str, tuple[int, str]] | None:
    """This workstation's own chain head, read from the central database now; None
    when none is configured or it cannot be reached (then the stored anchors serve).
    Only the own chain: records of the others may still be on their way here."""
    from app import config
    from app.sync import central as C
    with loket.Session() as s:
        if not config.get(s, "central.url"):
            return None
        try:
            target = C.target_from_settings(s)
        except C.CentralError:
            return None
    try:
        engine = C.connect(target, timeout=timeout)
    except C.CentralError:
        return None
    try:
        with engine.connect() as cc:
            return heads(cc, [loket.workstation])
    except Exception as e:   # offline: the stored anchors are what we have
        log.info("audit anchor: central database not reachable (%s)", type(e).__name__)
        return None
    finally:
        engine.dispose()

