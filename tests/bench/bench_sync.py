"""Sync benchmarks against the local PostgreSQL (never part of the unit tests).

    .venv/bin/python tests/bench/bench_sync.py [--apps 100000] [--events 10000]

Prints: push of N events (rows/s) beside a plain psycopg COPY of the same rows;
bootstrap of a new workstation from a central database holding --apps
applications; a sync with nothing to do (ms); ten workstation processes pushing
to one PostgreSQL at once (rate, and lost/duplicated rows, which must be 0).
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import insert, select, text  # noqa: E402

from app import config  # noqa: E402
from app.runtime import open_loket  # noqa: E402
from app.sync import central as C  # noqa: E402
from app.sync.session import sync_once  # noqa: E402
from db.base import time_value, uuid_text  # noqa: E402
from db.models import Applicant, Application, PermitType, WorkflowEvent  # noqa: E402
from tests.central_db import scratch_database  # noqa: E402


def station(name: str, central_url: str):
    lk = open_loket(tempfile.mkdtemp(prefix=f"bench-{name}-"))
    with lk.Session() as s:
        config.set_(s, "workstation.name", name)
        s.commit()
    return lk


def make_files(lk, ws: str, n_apps: int, events_per_app: int) -> int:
    """Bulk Core inserts (as `loket demo` does): captured by the triggers."""
    with lk.Session() as s:
        pt = s.scalars(select(PermitType.id)).first()
    now = datetime(2026, 11, 1)
    apps, people, evs = [], [], []
    for i in range(n_apps):
        aid, pid = str(uuid.uuid4()), str(uuid.uuid4())
        people.append(dict(id=pid, name=f"P {i}", id_type="KTP", created_at=now, updated_at=now, version=1))
        apps.append(dict(id=aid, no_permohonan=f"{ws}-{i}-{aid[:6]}", kind="BARU", permit_type_id=pt,
                         applicant_type="PERORANGAN", applicant_id=pid, source="WALKIN", state="RECEIVED",
                         # the cache of the events, as workflow.apply keeps it (a step that keeps the state keeps its clock)
                         state_since=now, holder_role="BACKOFFICE",
                         applicant_name=f"P {i}", name_key=f"p {i}",
                         created_at=now, updated_at=now, version=1))
        for k in range(events_per_app):
            evs.append(dict(id=str(uuid.uuid4()), application_id=aid, action="receive", to_state="RECEIVED",
                            at=now + timedelta(seconds=k), created_at=now, workstation=ws,
                            data={"receipt_number": f"TT/{ws}/{i}/{k}"}))
    with lk.engine.begin() as c:
        c.execute(insert(Applicant.__table__), people)
        c.execute(insert(Application.__table__), apps)
        c.execute(insert(WorkflowEvent.__table__), evs)
    return len(evs)


def bench_push(url: str, n_events: int) -> None:
    ce = C.connect(C.Target(url))
    lk = station("BENCH-A", url)
    sync_once(lk.engine, ce, "BENCH-A")
    make_files(lk, "BENCH-A", n_events // 10, 10)
    with lk.engine.connect() as c:
        queued = c.execute(text("SELECT count(*) FROM sync_outbox")).scalar()
    t = time.perf_counter()
    res = sync_once(lk.engine, ce, "BENCH-A", batch=1000)
    dt = time.perf_counter() - t
    print(f"push: {res.push.sent} rows ({queued} queued, {n_events} events) in {dt:.2f} s "
          f"= {res.push.sent / dt:,.0f} rows/s, {n_events / dt:,.0f} events/s")
    # The same event rows by plain COPY into a scratch table of the same shape.
    with lk.engine.connect() as c:
        rows = c.execute(text("SELECT id, application_id, action, to_state, at, created_at, workstation, "
                              "data FROM workflow_event")).all()
        # keys and times as SQLite stores them (16 bytes, integer microseconds: db/base.py)
        rows = [(uuid_text(r[0]), uuid_text(r[1]), r[2], r[3], time_value(r[4]), time_value(r[5]), *r[6:])
                for r in rows]
    import psycopg
    dsn = url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(dsn) as pc:
        pc.execute("CREATE TEMP TABLE ev_copy (LIKE workflow_event INCLUDING DEFAULTS)")
        t = time.perf_counter()
        with pc.cursor().copy("COPY ev_copy (id, application_id, action, to_state, at, created_at, "
                              "workstation, data) FROM STDIN") as cp:
            for r in rows:
                cp.write_row(tuple(r))
        pc.commit()
        dt_copy = time.perf_counter() - t
        pc.execute("CREATE TEMP TABLE ev_many (LIKE workflow_event INCLUDING DEFAULTS)")
        t = time.perf_counter()
        with pc.cursor() as cur:
            cur.executemany("INSERT INTO ev_many (id, application_id, action, to_state, at, created_at, "
                            "workstation, data) VALUES (%s,%s,%s,%s,%s,%s,%s,%s)", [tuple(r) for r in rows])
        pc.commit()
        dt_many = time.perf_counter() - t
    print(f"  psycopg COPY of the {len(rows)} event rows: {dt_copy:.2f} s = {len(rows) / dt_copy:,.0f} rows/s; "
          f"executemany: {dt_many:.2f} s = {len(rows) / dt_many:,.0f} rows/s")
    t = time.perf_counter()
    for _ in range(5):
        sync_once(lk.engine, ce, "BENCH-A")
    print(f"sync with nothing to do: {(time.perf_counter() - t) / 5 * 1000:.0f} ms")
    lk.close()
    ce.dispose()


def seed_central(ce, url: str, n_apps: int) -> None:
    """A central database holding n_apps files (applicant, application, one event),
    written straight into it (the bench measures the bootstrap, not this)."""
    seed = station("BENCH-SEED", url)
    sync_once(seed.engine, ce, "BENCH-SEED")
    with seed.Session() as s:
        pt = s.scalars(select(PermitType.id)).first()
    seed.close()
    now = datetime.utcnow()
    with ce.begin() as c:
        for start in range(0, n_apps, 10000):
            people, apps, evs = [], [], []
            for i in range(start, min(n_apps, start + 10000)):
                aid, pid = str(uuid.uuid4()), str(uuid.uuid4())
                people.append(dict(id=pid, name=f"P {i}", id_type="KTP", created_at=now, updated_at=now,
                                   version=1))
                apps.append(dict(id=aid, no_permohonan=f"B-{i}", kind="BARU", permit_type_id=pt,
                                 applicant_type="PERORANGAN", applicant_id=pid, source="WALKIN",
                                 state="RECEIVED", state_since=now, holder_role="BACKOFFICE",
                                 applicant_name=f"P {i}", name_key=f"p {i}",
                                 created_at=now, updated_at=now, version=1))
                evs.append(dict(id=str(uuid.uuid4()), application_id=aid, action="receive",
                                to_state="RECEIVED", at=now, created_at=now, workstation="X", seq=1))
            c.execute(insert(Applicant.__table__), people)
            c.execute(insert(Application.__table__), apps)
            c.execute(insert(WorkflowEvent.__table__), evs)


def bench_bootstrap(url: str, n_apps: int) -> None:
    ce = C.connect(C.Target(url))
    seed_central(ce, url, n_apps)
    fresh = station("BENCH-NEW", url)
    t = time.perf_counter()
    res = sync_once(fresh.engine, ce, "BENCH-NEW", batch=1000)
    dt = time.perf_counter() - t
    print(f"bootstrap: {n_apps} applications ({res.pull.total} rows) in {dt:.1f} s "
          f"= {res.pull.total / dt:,.0f} rows/s")
    fresh.close()
    ce.dispose()


def _worker(args) -> tuple[int, float]:
    url, name, n = args
    ce = C.connect(C.Target(url))
    lk = station(name, url)
    sync_once(lk.engine, ce, name)
    made = make_files(lk, name, n // 10, 10)
    t = time.perf_counter()
    sync_once(lk.engine, ce, name, batch=500)
    dt = time.perf_counter() - t
    lk.close()
    ce.dispose()
    return made, dt


def bench_ten(url: str, per_ws: int) -> None:
    ce = C.connect(C.Target(url))
    first = station("BENCH-0", url)
    sync_once(first.engine, ce, "BENCH-0")   # master data once, so the ten only push files
    t = time.perf_counter()
    with mp.get_context("spawn").Pool(10) as pool:
        out = pool.map(_worker, [(url, f"BENCH-{i + 1}", per_ws) for i in range(10)])
    wall = time.perf_counter() - t
    made = sum(m for m, _ in out)
    with ce.connect() as c:
        got = c.execute(text("SELECT count(*), count(DISTINCT id) FROM workflow_event "
                             "WHERE workstation LIKE 'BENCH-%'")).one()
        stamped = c.execute(text("SELECT count(*) FROM sync_change WHERE seq IS NULL")).scalar()
    print(f"ten workstations: {made} events pushed, {got[0]} central rows, {got[1]} distinct, "
          f"lost {made - got[1]}, duplicated {got[0] - got[1]}, unstamped changes {stamped}; "
          f"wall {wall:.1f} s (incl. process start and bootstrap), "
          f"push phase per process {min(d for _, d in out):.1f}–{max(d for _, d in out):.1f} s, "
          f"{made / max(d for _, d in out):,.0f} events/s aggregate")
    first.close()
    ce.dispose()


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--events", type=int, default=10000)
    p.add_argument("--apps", type=int, default=100000)
    p.add_argument("--per-ws", type=int, default=2000)
    p.add_argument("--only", choices=("push", "bootstrap", "ten"))
    a = p.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for name, fn, arg in (("push", bench_push, a.events), ("bootstrap", bench_bootstrap, a.apps),
                          ("ten", bench_ten, a.per_ws)):
        if a.only and a.only != name:
            continue
        with scratch_database("postgresql") as url:
            C.upgrade(C.Target(url))
            fn(url, arg)


if __name__ == "__main__":
    main()
