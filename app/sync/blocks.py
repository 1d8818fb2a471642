"""Office-wide numbers that cannot collide: blocks reserved from the central database.

A number whose format does not carry the workstation (the SK number
`503/{seq:04}/DPMPTSP/{year}`, the rejection letter's…) must be unique across
the office. Each workstation holds blocks of such numbers, reserved from the
central database while it is online (the pattern DHIS2 uses for its offline
clients): at every sync it tops up to `numbering.block_size` numbers per
counter and year, taking the next range from the central counter under a row
lock, and the central `number_block` table keeps the register of who holds
which range. Offline, `app/numbering.py` hands out numbers from the local
blocks only, so two workstations can never issue the same number; an office
with no central database numbers locally as before.

Trade-offs: numbers are unique and never reused, but not strictly in signing
order across workstations, and a block left partly unused at the end of the
year leaves a gap (the register says whose block it was). A workstation that
used up its block offline cannot number until it syncs again; the officer is
told so plainly.
"""
from __future__ import annotations

import logging
from typing import cast

from sqlalchemy import Connection, Engine, Table, bindparam, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db.base import utcnow
from db.models import NumberSequence
from db.models.sync import NumberBlock

log = logging.getLogger("loket.sync")

# declarative types __table__ as a FromClause; a mapped class's is its Table
B = cast(Table, NumberBlock.__table__)
S = cast(Table, NumberSequence.__table__)
ACTIVE = "numbering.blocks"     # sync_state: this workstation numbers from blocks


def office_wide(fmt: str) -> bool:
    """A number the whole office shares one counter for (no workstation in it)."""
    return "{workstation" not in fmt


def wanted_keys(session: Session) -> list[str]:
    """Counters this workstation may need offline: every office-wide kind, this
    year (and next year in December, for the first days of January)."""
    from app import config, numbering
    from app.services import tracking
    today = tracking.office_today(session)
    years = [today.year] + ([today.year + 1] if today.month == 12 else [])
    keys = []
    # the formats in one query (a sync runs this each time: a query per kind was
    # a fifth of a sync with nothing to do)
    names = [f"numbering.{kind}" for kind in numbering.OFFICE_KINDS if f"numbering.{kind}" in config.KEYS]
    fmts = config.values(session, names)
    for kind in numbering.OFFICE_KINDS:
        fmt = fmts.get(f"numbering.{kind}")
        if fmt is not None and office_wide(fmt):
            keys += [f"{kind}/{y}" for y in years]
    return keys


def left(conn: Connection, key: str) -> int:
    return int(conn.execute(select(func.coalesce(func.sum(B.c.high - B.c.next_value + 1), 0))
                            .where(B.c.key == key, B.c.next_value <= B.c.high)).scalar_one())


def left_of(conn: Connection, keys: list[str]) -> dict[str, int]:
    """left() of each key, in one query."""
    got = dict(conn.execute(select(B.c.key, func.sum(B.c.high - B.c.next_value + 1))
                            .where(B.c.key.in_(keys), B.c.next_value <= B.c.high).group_by(B.c.key)).all())
    return {k: int(got.get(k) or 0) for k in keys}


def reserve(central: Engine, key: str, size: int, ws: str) -> tuple[int, int]:
    """Take the next `size` numbers of `key` from the central counter; returns (low, high)."""
    for attempt in range(3):
        try:
            with central.begin() as c:
                value = c.execute(select(S.c.value).where(S.c.key == key).with_for_update()).scalar()
                if value is None:
                    c.execute(insert(S).values(key=key, value=0))
                    value = 0
                low, high = value + 1, value + size
                c.execute(update(S).where(S.c.key == key).values(value=high))
                c.execute(insert(B).values(key=key, ws=ws, low=low, high=high, next_value=low,
                                           reserved_at=utcnow()))
            return low, high
        except IntegrityError:   # another workstation created the counter just now
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


def reserve_many(central: Engine, keys: list[str], size: int, ws: str) -> dict[str, tuple[int, int]]:
    """reserve() for several counters in one central transaction (one commit, not
    one per counter: a new workstation tops up every office-wide kind, two years
    of them in December). The counters are locked in key order, as every other
    locker of them does (counters.exchange), so two workstations never deadlock."""
    keys = sorted(set(keys))
    for attempt in range(3):
        try:
            with central.begin() as c:
                have = dict(c.execute(select(S.c.key, S.c.value).where(S.c.key.in_(keys))
                                      .order_by(S.c.key).with_for_update()).all())
                missing = [k for k in keys if k not in have]
                if missing:
                    c.execute(insert(S), [{"key": k, "value": 0} for k in missing])
                out = {k: ((have.get(k) or 0) + 1, (have.get(k) or 0) + size) for k in keys}
                c.execute(update(S).where(S.c.key == bindparam("_k")).values(value=bindparam("_v")),
                          [{"_k": k, "_v": high} for k, (_low, high) in out.items()])
                now = utcnow()
                c.execute(insert(B), [{"key": k, "ws": ws, "low": low, "high": high, "next_value": low,
                                       "reserved_at": now} for k, (low, high) in out.items()])
            return out
        except IntegrityError:   # another workstation created one of the counters just now
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


def top_up(local: Engine, central: Engine, ws: str) -> int:
    """Reserve blocks for every counter running low. Returns how many were reserved."""
    from app import config
    from app.sync.pull import set_state
    with Session(local) as s:
        keys = wanted_keys(s)
        size = max(1, int(config.get(s, "numbering.block_size")))
        have_of = left_of(s.connection(), keys) if keys else {}
        marked = active(s)
    low_on = [key for key in keys if have_of[key] * 2 <= size]
    if low_on:
        # A crash between the two commits loses the blocks: a gap, never a duplicate.
        got_blocks = reserve_many(central, low_on, size, ws)
        now = utcnow()
        with local.begin() as c:
            c.execute(insert(B), [{"key": k, "ws": ws, "low": low, "high": high, "next_value": low,
                                   "reserved_at": now} for k, (low, high) in got_blocks.items()])
        for key, (low, high) in got_blocks.items():
            log.info("number block %s %d–%d reserved", key, low, high)
    got = len(low_on)
    if not marked:   # once is enough: never unset (a write at every sync was a local commit each)
        with local.begin() as c:
            set_state(c, ACTIVE, "1")
    return got


def active(session: Session) -> bool:
    from db.models.sync import SyncState
    return session.get(SyncState, ACTIVE) is not None


def take(session: Session, key: str) -> int | None:
    """The next number of a local block for `key`, or None when none is left.
    Runs inside the transaction that issues the number."""
    blk = session.scalar(select(NumberBlock).where(NumberBlock.key == key,
                                                   NumberBlock.next_value <= NumberBlock.high)
                         .order_by(NumberBlock.low).limit(1).with_for_update())
    if blk is None:
        return None
    n = blk.next_value
    blk.next_value = n + 1
    session.flush()
    return n
