"""Database bytes per application (issue 17), beside a lean copy of the same data
built in the same run, and the migration of an existing database timed.

    python -m tests.bench.run --only dbsize            # 100,000 applications (make bench)
    python -m tests.bench.run --check --only dbsize    # the check's data set (make bench-check)

The data set: in `make bench` a `loket demo` folder of its own with 100,000
applications (tests/bench/datasets.py; the main one has 1,000,000); in
`make bench-check` the check's own data set (50,000), which costs no build.

Figures, each per application:
- the file as `loket demo` leaves it: every row still queued for its first push;
- the file once the outbox is acknowledged — what a workstation keeps after a
  push (app/sync/push.py deletes acknowledged entries; the freed pages are handed
  back, app/sync/session.py `reclaim`). This is the figure with the target;
- the lean floor: the same rows with integer keys, integer times and days, coded
  enums, no sync bookkeeping (created/updated stamps, versions, outbox) and only
  the two lookups every screen needs (a file's events, a file's checklist).
Per table and index (sqlite's dbstat) go to the log, before and after.

In `make bench-check` the acknowledged figure also has an absolute ceiling,
CHECK_BOUND_B at the check's 50,000 (run.check fails above it): its ratio to the
floor would not catch a regression, the floor following the stored data. Lower
the bound when a saving lands.

The migrations: the data set is turned back into the form before migration 0020
(Alembic downgrade; text UUIDs, times, actions and states, full event stamps, the
dropped indexes back), then upgraded as `loket` does on start (backup copy first,
then 0020 (keys, times), 0021 (SK templates), 0022 (coded actions and states,
db/codes.py), 0023 (compact JSON), 0024 (the worklist index), 0025, 0026 (event
and hand-over stamps, db/base.py DERIVED_STAMPS), 0027 (an unused index dropped), 0028
(checklist update stamps, DERIVED_STAMPS), 0029 (report_rollup WITHOUT ROWID), 0030 (partial worklist indexes),
0031 (applicant, company and survey stamps, DERIVED_STAMPS; technical data's keys coded, db/codes.py;
handover's handed_at index dropped), 0032 (the words of events, hand-overs and checklist rows
coded through the file's dictionary, db/base.py CodedText) and VACUUM),
each step timed. Only in `make bench` (it rewrites every row).
"""
from __future__ import annotations

import logging
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from tests.bench import datasets
from tests.bench.registry import Result, bench

FULL_N = 100_000
TARGET_B = 4000
# bench-check's absolute ceiling at CHECK_N (50,000) applications, outbox acknowledged:
# 5,527 B after 0032 (events' officer names and workstations, hand-overs' and checklist rows'
# workstations as codes of the file's dictionary, db/base.py CodedText: events -318 B, checklist
# -44 B, hand-overs -20 B); 5,909 B after 0031 (technical data's keys coded, -72 B; applicant and company update stamps
# derived, -26 B; no index on handover.handed_at, -15 B; a survey's created_at derived, -8 B);
# 6,031 B after 0030 (the worklist indexes partial: a closed file
# is in neither); before it, 6,095 B as `loket demo` builds the check's file after 0027 to 0029 (its indexes as built, not
# VACUUMed; 6,158 before 0029, 6,359 before 0027 and 0028, 6,755 before 0025 and 0026). Undoing the
# checklist stamps alone would add about 180 B, the event stamps about 390 B; see the module docstring.
CHECK_BOUND_B = 5560
CHECK_N = 50_000

# Bulk tables of a file (what grows with the number of applications).
BULK = ("application", "applicant", "company", "requirement_check", "workflow_event", "handover",
        "survey_response", "issued_document")
# Short values from a fixed set: coded as small integers in the lean copy.
CODED = {"kind", "applicant_type", "source", "state", "holder_role", "outcome", "action", "from_state",
         "to_state", "id_type", "gender", "recipient_id_type", "education", "sicantik_status",
         "actor_name", "workstation", "actor_id", "holder_id", "officer_id", "officer_name", "issued_by"}
BOOKKEEPING = {"created_at", "created_by", "created_ws", "updated_at", "updated_by", "updated_ws", "version"}


def _log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def sizes(db: Path) -> dict[str, tuple[int, int]]:
    """table → (bytes of the table, bytes of its indexes), from sqlite's dbstat."""
    con = sqlite3.connect(db)
    try:
        rows = con.execute("SELECT coalesce(m.tbl_name, d.name), m.type, sum(d.pgsize) FROM dbstat d "
                           "LEFT JOIN sqlite_master m ON m.name = d.name GROUP BY d.name").fetchall()
    finally:
        con.close()
    out: dict[str, list[int]] = {}
    for table, kind, size in rows:
        slot = out.setdefault(table, [0, 0])
        slot[1 if kind == "index" else 0] += size
    return {t: (a, b) for t, (a, b) in out.items()}


def file_bytes(db: Path) -> int:
    con = sqlite3.connect(db)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        pages = con.execute("PRAGMA page_count").fetchone()[0]
        return pages * con.execute("PRAGMA page_size").fetchone()[0]
    finally:
        con.close()


def size_table(label: str, db: Path, n: int) -> str:
    s = sizes(db)
    total = sum(a + b for a, b in s.values())
    lines = [f"{label}: {file_bytes(db):,} B in the file, {file_bytes(db) / n:,.0f} B per application",
             f"  {'table':24} {'table B/app':>12} {'index B/app':>12}"]
    for t, (a, b) in sorted(s.items(), key=lambda kv: -sum(kv[1])):
        if a + b >= 0.002 * total:
            lines.append(f"  {t:24} {a / n:12,.0f} {b / n:12,.0f}")
    return "\n".join(lines)


def lean_copy(src: Path, dst: Path) -> None:
    """The floor: the same rows, as lean as SQLite keeps them (see the module docstring)."""
    from db.base import UtcTime, UuidStr
    from db.models import Base
    con = sqlite3.connect(src)
    try:
        con.execute(f"ATTACH DATABASE '{dst}' AS lean")
        codes: set[str] = set()
        for name in BULK:
            t = Base.metadata.tables[name]
            cols, exprs, joins = [], [], []
            for c in t.columns:
                if c.name in BOOKKEEPING or c.name == "id":
                    continue
                q = f's."{c.name}"'
                fk = next(iter(c.foreign_keys), None)
                if fk is not None:
                    parent = fk.column.table.name
                    alias = f"p{len(joins)}"
                    joins.append(f'LEFT JOIN main."{parent}" {alias} ON {alias}.id = {q}')
                    expr = f"{alias}.rowid"
                elif c.name in CODED:
                    if c.name not in codes:
                        con.execute(f'CREATE TEMP TABLE IF NOT EXISTS "code_{c.name}" (v UNIQUE)')
                        codes.add(c.name)
                    con.execute(f'INSERT OR IGNORE INTO temp."code_{c.name}" SELECT DISTINCT {q} FROM main."{name}" s')
                    expr = f'(SELECT rowid FROM temp."code_{c.name}" WHERE v = {q})'
                elif isinstance(c.type, UtcTime):
                    expr = f"{q} / 1000000"          # whole seconds: the floor, not Loket's precision
                elif type(c.type).__name__ == "Date":
                    expr = f"CAST(julianday({q}) - 2440587.5 AS INTEGER)"
                elif isinstance(c.type, UuidStr):
                    expr = q
                else:
                    expr = q
                cols.append(f'"{c.name}"')
                exprs.append(expr)
            con.execute(f'CREATE TABLE lean."{name}" (id INTEGER PRIMARY KEY, {", ".join(cols)})')
            con.execute(f'INSERT INTO lean."{name}" SELECT s.rowid, {", ".join(exprs)} FROM main."{name}" s '
                        + " ".join(joins))
        con.execute('CREATE INDEX lean.lean_event_app ON "workflow_event" (application_id, seq)')
        con.execute('CREATE INDEX lean.lean_check_app ON "requirement_check" (application_id)')
        con.commit()
        con.execute("DETACH DATABASE lean")
    finally:
        con.close()
    con = sqlite3.connect(dst)
    con.execute("VACUUM")
    con.close()


def acknowledged_copy(src: Path, dst: Path) -> None:
    """The data set as a workstation keeps it after its first push: the push deletes
    every acknowledged outbox entry (app/sync/push.py); Loket hands the pages back."""
    _copy(src, dst)
    from sqlalchemy import delete

    from app.sync.session import reclaim
    from db.engine import make_engine
    from db.models import SyncOutbox
    engine = make_engine(f"sqlite:///{dst}")
    with engine.begin() as c:
        c.execute(delete(SyncOutbox.__table__))      # as the acknowledgement of a push of everything
    reclaim(engine)
    engine.dispose()


def _copy(src: Path, dst: Path) -> None:
    s, d = sqlite3.connect(src), sqlite3.connect(dst)
    with d:
        s.backup(d)
    s.close()
    d.close()


def _dataset(ctx) -> tuple[Path, int]:
    if not ctx.full:
        return ctx.data_dir / "loket.sqlite3", ctx.n        # already at the current schema
    n = FULL_N
    folder, _meta = datasets.ensure(n, log=_log)
    from app.runtime import open_loket
    open_loket(folder, backup=False).close()       # at the current schema
    return folder / "loket.sqlite3", n


@bench("dbsize")
def database_bytes(ctx) -> list[Result]:
    db, n = _dataset(ctx)
    nn = f"{n:,}".replace(",", ".")
    with tempfile.TemporaryDirectory(prefix="loket-dbsize-") as tmp:
        tmp = Path(tmp)
        acked, lean = tmp / "acked.sqlite3", tmp / "lean.sqlite3"
        acknowledged_copy(db, acked)
        lean_copy(acked, lean)
        as_built, steady, floor = file_bytes(db) / n, file_bytes(acked) / n, file_bytes(lean) / n
        _log(size_table("as built by loket demo", db, n))
        _log(size_table("after the outbox is acknowledged", acked, n))
        _log(size_table("lean floor", lean, n))
    note = "lean floor: same rows, integer keys/times/codes, no sync bookkeeping"
    out = [
        Result(f"database bytes per application ({nn} demo), outbox acknowledged", steady, "B/app",
               floor, steady / floor, f"≤ {TARGET_B:,} B".replace(",", "."), steady <= TARGET_B, note),
        Result(f"database bytes per application ({nn} demo), as built (all queued for the first push)",
               as_built, "B/app", floor, as_built / floor, "report", True, note),
    ]
    if not ctx.full and n == CHECK_N:
        out.append(Result(f"database bytes per application ({nn} demo), outbox acknowledged: bench-check ceiling",
                          steady, "B/app", target=f"≤ {CHECK_BOUND_B:,} B".replace(",", "."),
                          met=steady <= CHECK_BOUND_B, note="absolute: fails bench-check above it",
                          bound=CHECK_BOUND_B))
    return out


@bench("dbsize", quick=False)
def migration_time(ctx) -> list[Result]:
    """Migrations 0020 to 0031 of an existing database, as `loket` runs them on start."""
    db, n = _dataset(ctx)
    nn = f"{n:,}".replace(",", ".")
    from app.runtime import open_loket
    from db import migrate
    from db.engine import make_engine
    with tempfile.TemporaryDirectory(prefix="loket-migrate-") as tmp:
        folder = Path(tmp) / "data"
        folder.mkdir()
        target = folder / "loket.sqlite3"
        _copy(db, target)
        for extra in ("keys", "tte"):
            if (db.parent / extra).exists():
                shutil.copytree(db.parent / extra, folder / extra)
        engine = make_engine(f"sqlite:///{target}")
        from alembic import command
        t = time.perf_counter()
        command.downgrade(migrate.alembic_config(engine), "0019")
        engine.dispose()
        down = time.perf_counter() - t
        before = file_bytes(target)
        _log(size_table("before migration 0020 (downgraded copy)", target, n))
        steps: dict[str, float] = {}
        from alembic.runtime import migration

        class _Steps(logging.Handler):     # Alembic logs "Running upgrade 0019 -> 0020" per step
            def emit(self, record: logging.LogRecord) -> None:
                steps[record.getMessage()] = time.perf_counter()
        handler = _Steps()
        alog = logging.getLogger(migration.__name__)
        alog.addHandler(handler)
        level = alog.level
        alog.setLevel(logging.INFO)
        t = time.perf_counter()
        try:
            open_loket(folder).close()                  # backup, upgrade, VACUUM
        finally:
            alog.removeHandler(handler)
            alog.setLevel(level)
        took = time.perf_counter() - t
        marks = sorted(steps.items(), key=lambda kv: kv[1])
        split = "; ".join(f"{m.split('upgrade ')[-1].split(',')[0]} from {at - t:.1f} s" for m, at in marks
                          if "upgrade" in m)
        backups = list((folder / "backup").glob("loket-*.sqlite3"))
        after = file_bytes(target)
        _log(size_table("after migrations 0020 to 0031", target, n))
        _log(f"downgrade took {down:.1f} s; upgrade {took:.1f} s ({split}); backup: {[b.name for b in backups]}")
    return [Result(f"migrations 0020 to 0031 of {nn} applications (backup + rewrite + VACUUM)", took, "s",
                   note=f"file {before / n:,.0f} → {after / n:,.0f} B/app; backup taken: {bool(backups)}; "
                        f"steps: {split}")]
