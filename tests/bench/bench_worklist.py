"""The back-office worklist on the benchmark data set: the first page an
analyst, a section head and the head of office see (soonest due first, with
the working days left on every row), the counts per state, and the overdue
badge of the main window — through the service, against the same SELECT in
raw SQL (sqlite3) on the same file."""
from __future__ import annotations

import sqlite3
import time

from tests.bench.registry import Result, bench

RAW_PAGE = ("SELECT a.id, a.no_permohonan, a.state, a.applicant_name, p.name, a.due_date "
            "FROM application a JOIN permit_type p ON p.id = a.permit_type_id "
            "WHERE a.holder_role = ? AND (a.holder_id IS NULL OR a.holder_id = ?) "
            "ORDER BY a.due_date IS NULL, a.due_date, a.state_since, a.id LIMIT 100")
RAW_COUNTS = ("SELECT state, count(*) FROM application WHERE holder_role = ? "
              "AND (holder_id IS NULL OR holder_id = ?) GROUP BY state")


def _lap(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


@bench("worklist")
def worklist(ctx) -> list[Result]:
    from app.runtime import open_loket
    from app.services import backoffice, tracking, worklist
    from app.services.context import Actor

    loket = open_loket(ctx.data_dir, backup=False)
    raw = sqlite3.connect(ctx.data_dir / "loket.sqlite3")
    out = []
    reps = 30 if ctx.full else 15
    try:
        held = loket.Session()
        for role in ("BACKOFFICE", "KASI", "KADIN"):
            # a real officer of that role from the data set, so "mine" means something
            row = raw.execute("SELECT id, full_name FROM officer WHERE ',' || roles || ',' LIKE ? LIMIT 1",
                              (f"%,{role},%",)).fetchone()
            oid, name = row if row else (None, role)
            actor = Actor(oid, name or role, name or role, None, frozenset({role}), "BENCH")
            def page(actor=actor):
                return worklist.worklist(held, actor, limit=100)

            def counts(actor=actor):
                return backoffice.counts(held, actor)

            def badge(actor=actor):
                return tracking.overdue_count(held, actor)
            total = page().total
            svc, rw = [], []
            for _ in range(reps):
                svc.append(_lap(lambda: page()))
                rw.append(_lap(lambda role=role, oid=oid: raw.execute(RAW_PAGE, (role, oid)).fetchall()))
            label = f"worklist {role}, first 100 of {total:,} waiting".replace(",", ".")
            # No ratio target: the service also counts the total, reads the calendar and the
            # office time zone, and works out the working days left on each row.
            out += Result.compare(label, svc, rw, limit=150,
                                  note="service adds total count and working days left per row")
            svc, rw = [], []
            for _ in range(reps):
                svc.append(_lap(lambda: counts()))
                rw.append(_lap(lambda role=role, oid=oid: raw.execute(RAW_COUNTS, (role, oid)).fetchall()))
            out += Result.compare(f"counts per state + overdue, {role}", svc, rw, limit=150)
            out += Result.compare(f"overdue badge, {role}", [_t(badge) for _ in range(reps)], None, limit=100)
        held.close()
    finally:
        raw.close()
        loket.close()
    return out


def _t(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t
