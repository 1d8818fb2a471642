"""Realistic demo data: `loket demo --applications N [--seed S] [--if-empty]`.

The package, by what each part knows:
- `people`     — made-up people, places and businesses that pass the counter's checks;
- `roster`     — the demo office's officers (names only, no accounts);
- `details`    — what the files say: locations, technical data, reasons, notes;
- `simulation` — the SOP as a simulation on the office's working-time clock, and
                 the rows each history leaves (as the ORM would see them);
- `numbers`    — every number the office issues, in the order it was issued;
- `bulk`       — the bulk writer: INSERTs and values shaped by the tables themselves,
                 the load's connection settings, indexes and sync outbox;
- `office`     — the demo office's identity; `tte` — its electronic signatures;
- `papers`     — the receipts, slips and print records of the most recent files.

Scale: a million applications are about twenty million rows, written in one
transaction per run (a failed run leaves nothing behind) by executemany in
batches, so memory stays flat. The histories are run twice — first to learn
the order of the numbers, then to write the rows with them (app/demo/numbers.py) —
which is much cheaper than finding rows again to fill numbers in. On Linux,
from SPLIT_MIN applications on, the second run goes on in a forked process
while this one converts and writes its rows (app/demo/bulk.py `split`): the
same rows in the same order, on two cores instead of one.
"""
from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import func, select

from app.demo.details import technical
from app.demo.office import OFFICE_SETTINGS, fill_office
from app.demo.roster import roster

__all__ = ["OFFICE_SETTINGS", "fill_office", "generate", "print_progress", "roster", "technical"]

log = logging.getLogger("loket.demo")

# Parents before children: foreign keys stay checked during the load.
BULK_TABLES = ("applicant", "company", "application", "requirement_check", "workflow_event",
               "survey_response", "handover")
BATCH = 2000     # applications between flushes
# From this many applications on, the rows are made in a second process where that is
# possible (app/demo/bulk.py split); below it a fork costs more than it saves.
SPLIT_MIN = 10_000


class _Phases:
    """Wall and CPU seconds (every thread's: the writer thread works beside the
    simulation) of each part of a run, logged at the end: on a shared machine the
    wall time alone says little."""

    def __init__(self) -> None:
        self.laps: list[tuple[str, float, float]] = []
        self._t, self._c = time.perf_counter(), time.process_time()

    def lap(self, name: str) -> None:
        t, c = time.perf_counter(), time.process_time()
        self.laps.append((name, t - self._t, c - self._c))
        self._t, self._c = t, c

    def note(self, text: str) -> None:
        name, wall, cpu = self.laps[-1]
        self.laps[-1] = (f"{name} ({text})", wall, cpu)

    def __str__(self) -> str:
        return "; ".join(f"{name} {wall:.1f} s wall, {cpu:.1f} s CPU" for name, wall, cpu in self.laps)


def generate(loket: Any, n: int, seed: int = 1, if_empty: bool = False, *, today: date | None = None,
             progress: Callable[[int, int], None] | None = None) -> int:
    """Add N demo applications. With if_empty, only when there are none yet.
    Returns how many were created."""
    from app.demo import bulk, tte
    from app.demo.bulk import BulkLoad, TableWriter
    from app.demo.numbers import Numbering, OfficeCounters
    from app.demo.simulation import Simulation
    from db import textcode
    from db.models import Application, Base

    if n < 0:
        raise ValueError("n must be >= 0")
    with loket.Session() as s:
        existing = s.scalar(select(func.count()).select_from(Application)) or 0
        if n and not existing:
            fill_office(s)
    if n == 0 or (if_empty and existing):
        return 0
    started = time.perf_counter()
    phases = _Phases()
    central = OfficeCounters.open(loket)
    try:
        with loket.Session() as s:
            sim = Simulation(s, n, seed, today,
                             sicantik_base=central.reserve("demo/sicantik", n) - 1 if central else None)
            sim.numbers = Numbering(s, sim.clock.year)  # type: ignore[assignment]
            if not existing:
                # the dashboard's totals counted as the rows are made, stored with them by the
                # load (its rollup trigger is off), instead of a pass over every event after it
                from app.reports import rollup
                sim.tally = rollup.Tally(rollup.offset_hours(s))
        from app.demo import papers
        sim.hold = 2 * papers.BUDGET     # their hand-overs written by papers.finish, whole
        for i in range(n):          # first run: when each number is issued
            sim.record(i)
        sim.numbers.settle(central)  # type: ignore[attr-defined]
        sim.replay()
        phases.lap("numbers")
        tables = Base.metadata.tables

        def produce(into: dict[str, Any], flushed: Callable[[], None]) -> Any:
            """Second run: the rows, to the writers `into` (or their stand-ins in
            bulk.split's child), `flushed` after each batch; then the hand-overs held
            back and the dashboard's totals (None without a tally)."""
            sim.connect(into)
            step = max(BATCH, (n // 20) // BATCH * BATCH)
            for i in range(n):
                sim.write(i)
                if (i + 1) % BATCH == 0 or i + 1 == n:
                    flushed()
                    if progress and ((i + 1) % step == 0 or i + 1 == n):
                        progress(i + 1, n)
            return sim.held_handovers(), sim.tally.rows() if sim.tally is not None else None

        with BulkLoad(loket.engine, BULK_TABLES, fresh=existing == 0, lap=phases.lap) as load:
            words = textcode.Encoder(load.db, deferred=True)
            writers = {t: TableWriter(load.submit, tables[t], loket.engine.dialect, words) for t in BULK_TABLES}

            def flush() -> None:
                for w in writers.values():
                    w.flush()

            if n >= SPLIT_MIN and bulk.can_split():
                # the simulation in a second process, the conversion and the writer here
                sim.connect(writers)        # (the same adders as the child's, in the same order)

                def take(batch: bulk.Batch) -> None:
                    for table, kind, batch_rows in batch:
                        writers[table].add_rows(kind, batch_rows)
                    flush()

                (held, load.rollup), child = bulk.split(produce, take)
                where = (f"the simulation's process {child['cpu']:.1f} s CPU and "
                         f"{child['peak_rss_mb']:.0f} MB peak RSS, ")
            else:
                held, load.rollup = produce(writers, flush)
                where = ""
            rows = sum(w.count for w in writers.values())
            load.drain()
            sim.numbers.write(load.cur)  # type: ignore[attr-defined]
            phases.lap("rows")
            phases.note(f"{where}the writer thread's executemany {load.writer.cpu:.1f} s CPU")
        if load.triggers:
            # the dashboard's totals: stored by the load (then this only checks that they are
            # there), else counted from the events at once (the rollup trigger was off)
            from app.reports import rollup
            rollup.install(loket.engine)
            phases.lap("rollup")
        if central is not None:
            # From here on (the SKs prepared just below, then the officers) office-wide
            # numbers come from this workstation's blocks, as after a sync.
            from app.sync import blocks
            blocks.top_up(loket.engine, central.engine, sim.workstation)
    finally:
        if central is not None:
            central.close()
    try:
        done = tte.finish(loket)
        phases.lap("TTE")
        paper = papers.finish(loket, handovers=held)     # after the TTE: counter 4 printed the signed SKs
    except BaseException:
        papers.write_held(loket, held)   # nothing lost: the hand-overs stand without their papers
        raise
    phases.lap("papers")
    log.info("demo: %d applications, %d rows in %.1f s (seed %d); TTE: %s; papers: %s; %s", n, rows,
             time.perf_counter() - started, seed, done, paper, phases)
    return n


def print_progress(done: int, total: int) -> None:
    print(f"  {done:>10,} / {total:,}".replace(",", "."), file=sys.stderr, flush=True)
