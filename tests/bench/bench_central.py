"""Sync with the office's central PostgreSQL, in the benchmark table: push of
10,000 events against psycopg writing the same rows (executemany and COPY) in
the same run, bootstrap of a new workstation from 100,000 applications, and a
sync with nothing to do. Reuses the sync engineer's helpers in bench_sync.py
(which also runs standalone, with ten concurrent workstations). Full run only:
it needs the PostgreSQL server of .ci/services.sh."""
from __future__ import annotations

import statistics
import time

from tests.bench.registry import Result, bench


def _rows_per_second(n: int, seconds: float) -> float:
    return n / seconds if seconds > 0 else float("inf")


@bench("sync", quick=False)
def central(ctx) -> list[Result]:
    from sqlalchemy import text

    from app.sync import central as C
    from app.sync.session import sync_once
    from db.base import time_value, uuid_text
    from tests.bench import bench_sync as bs
    from tests.central_db import scratch_database

    n_events = 10_000
    n_apps = 100_000 if ctx.full else 10_000
    out: list[Result] = []
    with scratch_database("postgresql") as url:
        C.upgrade(C.Target(url))
        ce = C.connect(C.Target(url))
        lk = bs.station("BENCH-A", url)
        sync_once(lk.engine, ce, "BENCH-A")
        bs.make_files(lk, "BENCH-A", n_events // 10, 10)
        t = time.perf_counter()
        res = sync_once(lk.engine, ce, "BENCH-A", batch=1000)
        push_s = time.perf_counter() - t
        with lk.engine.connect() as c:
            rows = c.execute(text("SELECT id, application_id, action, to_state, at, created_at, "
                                  "workstation, data FROM workflow_event")).all()
            # keys and times as SQLite stores them (16 bytes, integer microseconds: db/base.py)
            rows = [(uuid_text(r[0]), uuid_text(r[1]), r[2], r[3], time_value(r[4]), time_value(r[5]), *r[6:])
                    for r in rows]
        import psycopg
        from psycopg.types.json import Jsonb
        rows = [tuple(r[:7]) + (Jsonb(r[7]) if r[7] is not None else None,) for r in rows]
        with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://")) as pc:
            pc.execute("CREATE TEMP TABLE ev_many (LIKE workflow_event INCLUDING DEFAULTS)")
            t = time.perf_counter()
            with pc.cursor() as cur:
                cur.executemany("INSERT INTO ev_many (id, application_id, action, to_state, at, created_at, "
                                "workstation, data) VALUES (%s,%s,%s,%s,%s,%s,%s,%s)", rows)
            pc.commit()
            many_s = time.perf_counter() - t
            pc.execute("CREATE TEMP TABLE ev_copy (LIKE workflow_event INCLUDING DEFAULTS)")
            t = time.perf_counter()
            with pc.cursor().copy("COPY ev_copy (id, application_id, action, to_state, at, created_at, "
                                  "workstation, data) FROM STDIN") as cp:
                for r in rows:
                    cp.write_row(r)
            pc.commit()
            copy_s = time.perf_counter() - t
        ours = _rows_per_second(n_events, push_s)
        many = _rows_per_second(len(rows), many_s)
        out.append(Result(f"sync push of {n_events:,} events to PostgreSQL".replace(",", "."), ours,
                          "events/s", many, many / ours, "≥ 5.000 events/s", ours >= 5000,
                          f"baseline: psycopg executemany of the same rows; COPY: "
                          f"{_rows_per_second(len(rows), copy_s):,.0f} rows/s; "
                          f"{res.push.sent:,} rows sent in all".replace(",", ".")))
        idle = []
        for _ in range(7):
            t = time.perf_counter()
            sync_once(lk.engine, ce, "BENCH-A")
            idle.append(time.perf_counter() - t)
        med = statistics.median(idle) * 1000
        out.append(Result("a sync with nothing to do", med, "ms", target="≤ 50 ms", met=med <= 50))
        lk.close()
        ce.dispose()
    with scratch_database("postgresql") as url:
        C.upgrade(C.Target(url))
        import contextlib
        import io
        buf = io.StringIO()
        t = time.perf_counter()
        with contextlib.redirect_stdout(buf):
            bs.bench_bootstrap(url, n_apps)
        line = buf.getvalue().strip().splitlines()[-1]
        # "bootstrap: N applications (R rows) in S s = X rows/s"
        rate = float(line.rsplit("=", 1)[1].split()[0].replace(",", ""))
        out.append(Result(f"bootstrap of a new workstation from {n_apps:,} applications".replace(",", "."),
                          rate, "rows/s", target="report", met=True, note=line))
    return out
