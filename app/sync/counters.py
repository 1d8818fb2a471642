"""Number counters across workstations (`number_sequence`, receipt/permit/ticket).

Receipt numbers carry the workstation name, so they never collide. Office-wide
counters (permit numbers `permit/2026`, complaint tickets) are kept in step by
a max-merge at every sync: central keeps the highest value any workstation
reached, and each workstation moves up to it. Two workstations that both
allocate while offline can still pick the same number; the central unique
constraints then refuse the second row and it is reported (push.py). A
re-installed workstation taking over its name gets its own counters back, so
it never re-issues a receipt number.
"""
from __future__ import annotations

from typing import cast

from sqlalchemy import Engine, Table, insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError

from db.models import NumberSequence

# declarative types __table__ as a FromClause; a mapped class's is its Table
T = cast(Table, NumberSequence.__table__)


def exchange(local: Engine, central: Engine) -> int:
    """Returns how many local counters moved up."""
    with local.connect() as c:
        mine = dict(c.execute(select(T.c.key, T.c.value)).all())
    for attempt in range(3):
        try:
            with central.begin() as c:
                theirs = dict(c.execute(select(T.c.key, T.c.value).order_by(T.c.key).with_for_update()).all())
                for k, v in sorted(mine.items()):
                    if k not in theirs:
                        c.execute(insert(T).values(key=k, value=v))
                    elif v > theirs[k]:
                        c.execute(update(T).where(T.c.key == k).values(value=v))
            break
        except IntegrityError:   # another workstation created the same counter just now
            if attempt == 2:
                raise
    moved = 0
    with local.begin() as c:
        for k, v in theirs.items():
            if v > mine.get(k, 0):
                # Never down: an allocation made meanwhile keeps its higher value.
                res = c.execute(sqlite_insert(T).values(key=k, value=v).on_conflict_do_update(
                    index_elements=["key"], set_={"value": v}, where=T.c.value < v))
                moved += res.rowcount or 0
    return moved
