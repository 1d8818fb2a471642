"""The numbers the demo office issues — walk-in registrations, receipts, return
slips, permits, rejection letters, handover receipts — in the order the
documents were issued, in the office's formats (app/numbering.py), continuing
its sequences, without gaps, and written with the rows that carry them.

A file's history is simulated at once, months ahead of the next file's
arrival, so the order in which numbers are issued is only known once every
history is. The generator therefore runs the histories twice (app/demo/
simulation.py keeps the histories on their own random stream, so the second
run repeats the first exactly): the first run only `record`s when each number
is issued, a few bytes each; `settle` ranks them per counter (kind, workstation
where the format has one, year); the second run `take`s each number, in the
same order, as it writes the rows. No row is written twice, no UPDATE finds a
row again by its key.

With a central database the demo's numbers continue from the office's
counters there, in one block per counter reserved for this run
(app/sync/blocks.py), so `loket demo` on several workstations of one office
never issues a number twice.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

import logging
from array import array
from datetime import datetime

from sqlalchemy import select

from app import config, numbering
from db.models import NumberSequence

log = logging.getLogger("loket.demo")

KINDS = ("walkin", "receipt", "return_slip", "permit", "rejection", "handover")


class OfficeCounters:
    """The office's counters on its central database, when one is configured and answers."""

    def __init__(self, engine: Any, ws: str) -> None:
        self.engine, self.ws = engine, ws

    @classmethod
    def open(cls, loket: Any) -> OfficeCounters | None:
        from app.sync import central as C
        from app.sync import session as sync_session
        with loket.Session() as s:
            if not config.get(s, "central.url"):
                return None
            ws = config.get(s, "workstation.name")
        try:
            engine, target = sync_session.open_central(loket)
            C.check(engine, target)
        except C.CentralError as e:
            log.warning("demo: central database not usable (%s); numbering locally", e)
            return None
        return cls(engine, ws)

    def reserve(self, key: str, count: int) -> int:
        """The first of `count` numbers of `key` reserved for this run."""
        from app.sync import blocks
        return blocks.reserve(self.engine, key, max(1, count), self.ws)[0]

    def close(self) -> None:
        self.engine.dispose()


class Numbering:
    """Record (first run), settle, take (second run); see the module docstring."""

    def __init__(self, session: Session, year_of: Any) -> None:
        self.formats = {k: config.get(session, f"numbering.{k}") for k in KINDS}
        self.existing: dict[str, int] = dict(session.execute(
            select(NumberSequence.key, NumberSequence.value)).all())
        self.year_of = year_of               # working minute → local year
        self.times: dict[str, array] = {}  # type: ignore[type-arg]  # counter → issue times, in recording order
        self.ranks: dict[str, array] = {}  # type: ignore[type-arg]
        self.base: dict[str, int] = {}
        self.taken: dict[str, int] = {}

    @staticmethod
    def key(kind: str, scope: str, year: int) -> str:
        return f"{kind}/{scope}/{year}" if scope else f"{kind}/{year}"

    def record(self, kind: str, scope: str, t: float) -> None:
        key = self.key(kind, scope, self.year_of(t))
        a = self.times.get(key)
        if a is None:
            a = self.times[key] = array("d")
        a.append(t)

    def settle(self, central: OfficeCounters | None) -> None:
        """Rank every recorded number within its counter (ties: recording order)."""
        for key, times in self.times.items():
            order = sorted(range(len(times)), key=times.__getitem__)
            ranks = array("l", bytes(8 * len(times)))
            for rank, j in enumerate(order):
                ranks[j] = rank
            self.ranks[key] = ranks
            if central is not None:
                self.base[key] = central.reserve(key, len(times)) - 1
            else:
                self.base[key] = self.existing.get(key, 0)
            self.taken[key] = 0
        self.times.clear()

    def take(self, kind: str, scope: str, t: float, local: datetime) -> str:
        key = f"{kind}/{scope}/{local.year}" if scope else f"{kind}/{local.year}"   # (self.key: t's year is local's)
        j = self.taken[key]
        self.taken[key] = j + 1
        return numbering.format_number(self.formats[kind], self.base[key] + self.ranks[key][j] + 1, local,
                                       workstation=scope)

    def sequences(self) -> dict[str, int]:
        """Each counter's last number after this run."""
        return {key: self.base[key] + len(r) for key, r in self.ranks.items()}

    def write(self, cur: Any) -> None:
        """Move the local counters past this run's numbers (never back), inside the load's transaction."""
        t = NumberSequence.__table__
        key, value = t.c.key.name, t.c.value.name
        cur.executemany(f"INSERT INTO {t.name} ({key}, {value}) VALUES (?, ?) ON CONFLICT({key}) "  # type: ignore[attr-defined]
                        f"DO UPDATE SET {value} = max({value}, excluded.{value})", self.sequences().items())
