"""The state of the outbox as officers and administrators see it.

A change the central database refuses is never dropped: its outbox entry
stays, marked `refused` with the reason in the officer's words, and is offered
again at every sync (the cause may have been fixed meanwhile). A row that
depends on a refused row (an event of a refused application) is not sent at
all: it waits with it (`waits_for` names the parent), so nobody reads a raw
foreign-key message. Counts go to `loket sync status`, the status bar and the
administrator's page; a sync that leaves anything refused exits 1.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import CursorResult, Engine, Table, func, select
from sqlalchemy.orm import Session

from db.models.sync import SyncOutbox

if TYPE_CHECKING:
    from app.services.context import Actor

# declarative types __table__ as a FromClause; a mapped class's is its Table
OB = cast(Table, SyncOutbox.__table__)


@dataclass(frozen=True)
class Counts:
    pending: int      # every change not yet accepted by the central database
    refused: int      # of those: refused by the central database
    waiting: int      # of those: held back because a row they depend on was refused

    @property
    def held(self) -> int:
        return self.refused + self.waiting


@dataclass(frozen=True)
class Held:
    table: str
    row_id: str
    reason: str
    since: datetime | None
    waits_for: str | None


def counts(local: Engine) -> Counts:
    with local.connect() as c:
        total, refused, waiting = c.execute(select(
            func.count(),
            func.count(OB.c.refused).filter(OB.c.waits_for.is_(None)),
            func.count(OB.c.waits_for))).one()
    return Counts(int(total or 0), int(refused or 0), int(waiting or 0))


def held(local: Engine, limit: int = 1000) -> list[Held]:
    """Refused and waiting entries, refused ones first, oldest first."""
    with local.connect() as c:
        rows = c.execute(select(OB.c.table_name, OB.c.row_id, OB.c.refused, OB.c.refused_at, OB.c.waits_for)
                         .where(OB.c.refused.is_not(None))
                         .order_by(OB.c.waits_for.is_not(None), OB.c.refused_at, OB.c.seq).limit(limit)).all()
    return [Held(*r) for r in rows]


def parse_ref(ref: str | None) -> tuple[str, str] | None:
    if not ref or ":" not in ref:
        return None
    table, _, row_id = ref.partition(":")
    return table, row_id


def held_rows(session: Session) -> list[Held]:
    """held(), from an open session (the administrator's page)."""
    bind = session.get_bind()
    assert isinstance(bind, Engine)   # the local database's sessions are bound to its engine
    return held(bind)


def discard(session: Session, actor: Actor, table: str, row_id: str) -> int:
    """An administrator gives up on a refused change: its outbox entry and those
    waiting with it leave the queue, the central copy stands, and the next sync
    brings this workstation's rows back in line with it (app/sync/restore.py; a
    row the central database never had stays as it is). Audited. Returns how
    many left."""
    from sqlalchemy import delete

    from app import audit
    from app.i18n import tr
    from app.services.context import ServiceError
    from app.sync import restore
    from app.workflow import ADMIN
    actor.require(ADMIN)
    found = session.execute(select(OB.c.seq).where(OB.c.table_name == table, OB.c.row_id == row_id,
                                                   OB.c.refused.is_not(None))).first()
    if found is None:
        raise ServiceError(tr("Tidak ada perubahan ditolak untuk {table} {id} di antrean.").format(
            table=table, id=row_id))
    gone, frontier = 0, [f"{table}:{row_id}"]
    given_up = list(frontier)
    # a DELETE's result is a CursorResult (rowcount); Session.execute is typed as the generic Result
    gone += cast(CursorResult[Any], session.execute(delete(OB).where(OB.c.table_name == table,
                                                                   OB.c.row_id == row_id))).rowcount or 0
    while frontier:   # and everything that waited on it, transitively
        ref = frontier.pop()
        kids = session.execute(select(OB.c.table_name, OB.c.row_id).where(OB.c.waits_for == ref)).all()
        for t, r in kids:
            frontier.append(f"{t}:{r}")
            given_up.append(f"{t}:{r}")
        if kids:
            gone += cast(CursorResult[Any], session.execute(delete(OB).where(OB.c.waits_for == ref))).rowcount or 0
    restore.mark(session, given_up)
    audit.record(session, actor, "sync.discard", table, row_id[:36],
                 tr("perubahan yang ditolak pusat dibuang dari antrean ({n} baris)").format(n=gone))
    session.commit()
    return gone
