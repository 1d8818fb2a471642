"""Sync with the office's central database, each figure beside a floor
measured in the same run against the REAL central tables (indexes, foreign
keys, the change log), never a scratch table without them:

- push of N events (files of ten events: applicant, application, events) with
  `loket sync`, on PostgreSQL and on MariaDB; the floor is the plain driver
  writing the same rows plus one change-log row each into the same tables of
  the same database, already formatted (PostgreSQL COPY; MariaDB multi-row
  INSERT through PyMySQL's executemany);
- bootstrap of a new workstation from a central database holding M
  applications; the floor is a plain SELECT of the same rows from the central
  tables and a plain sqlite3 executemany of them into the same tables of an
  empty Loket database;
- a sync with nothing to do.

Ratios are floor rate ÷ Loket rate (how many times slower than the floor), so
`make bench-check` guards them like the other medians. In bench-check too
(quick): it needs the PostgreSQL and MariaDB servers of .ci/services.sh.
"""
from __future__ import annotations

import sqlite3
import statistics
import time
import uuid

from tests.bench.registry import Result, bench

PUSH_TARGET = {"postgresql": 30_000, "mariadb": 15_000}
BOOT_TARGET = 30_000
_FILE_TABLES = ("applicant", "application", "workflow_event")


def _ids_remapped(rows_by_table: dict[str, tuple[list[str], list[tuple]]]) -> dict:
    """The same rows under fresh ids (the floor writes into the same tables)."""
    new: dict[str, str] = {}

    def fresh(v):
        if v not in new:
            new[v] = str(uuid.uuid4())
        return new[v]
    out = {}
    for name, (cols, data) in rows_by_table.items():
        keyed = [i for i, c in enumerate(cols) if c in ("id", "applicant_id", "application_id")]
        uniq = [i for i, c in enumerate(cols) if c == "no_permohonan"]
        rows = []
        for r in data:
            r = list(r)
            for i in keyed:
                if r[i] is not None:
                    r[i] = fresh(r[i])
            for i in uniq:
                r[i] = f"F-{uuid.uuid4().hex[:16]}"
            rows.append(tuple(r))
        out[name] = (cols, rows)
    return out


def _local_rows(db_file: str, since_rowid: dict[str, int]) -> dict:
    """The rows of the file tables added since the given rowids, as sqlite3 gives
    them, keys and times turned into what the servers store (db/base.py: 16-byte
    keys and integer times are SQLite's own storage)."""
    from db.base import UtcTime, UuidStr, time_value, uuid_text
    from db.models import Base
    con = sqlite3.connect(db_file)
    out = {}
    for name in _FILE_TABLES:
        cur = con.execute(f"SELECT * FROM {name} WHERE rowid > ?", (since_rowid.get(name, 0),))
        cols = [d[0] for d in cur.description]
        t = Base.metadata.tables[name]
        conv = [(i, uuid_text if isinstance(t.c[c].type, UuidStr) else time_value)
                for i, c in enumerate(cols) if isinstance(t.c[c].type, (UuidStr, UtcTime))]
        data = []
        for r in cur.fetchall():
            r = list(r)
            for i, f in conv:
                r[i] = f(r[i])
            data.append(tuple(r))
        out[name] = (cols, data)
    con.close()
    return out


def _max_rowids(db_file: str) -> dict[str, int]:
    con = sqlite3.connect(db_file)
    out = {n: con.execute(f"SELECT coalesce(max(rowid), 0) FROM {n}").fetchone()[0] for n in _FILE_TABLES}
    con.close()
    return out


def _floor_write(backend: str, url: str, rows_by_table: dict) -> float:
    """Seconds for the plain driver to write these rows and their change-log rows."""
    changes = [(str(uuid.uuid4()), 1, name, r[cols.index("id")], "FLOOR")
               for name, (cols, data) in rows_by_table.items() for r in data]
    change_cols = ["txn", "seq", "table_name", "row_id", "ws"]
    if backend == "postgresql":
        import psycopg
        with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://")) as pc:
            t = time.perf_counter()
            with pc.cursor() as cur:
                for name, (cols, data) in list(rows_by_table.items()) + [("sync_change", (change_cols, changes))]:
                    with cur.copy(f"COPY {name} ({', '.join(cols)}) FROM STDIN") as cp:
                        for r in data:
                            cp.write_row(r)
            pc.commit()
            return time.perf_counter() - t
    import pymysql
    from sqlalchemy.engine import make_url
    u = make_url(url)
    con = pymysql.connect(host=u.host, port=u.port or 3306, user=u.username, password=u.password or "",
                          database=u.database, charset="utf8mb4")
    try:
        t = time.perf_counter()
        with con.cursor() as cur:
            for name, (cols, data) in list(rows_by_table.items()) + [("sync_change", (change_cols, changes))]:
                cur.executemany(f"INSERT INTO {name} ({', '.join(cols)}) VALUES "
                                f"({', '.join(['%s'] * len(cols))})", data)
        con.commit()
        return time.perf_counter() - t
    finally:
        con.close()


def _push(backend: str, n_events: int, repeats: int) -> list[Result]:
    from app import paths
    from app.sync import central as C
    from app.sync.session import sync_once
    from tests.bench import bench_sync as bs
    from tests.central_db import scratch_database

    ours, floor, idle = [], [], []
    with scratch_database(backend) as url:
        C.upgrade(C.Target(url))
        ce = C.connect(C.Target(url))
        lk = bs.station("BENCH-A", url)
        db_file = str(paths.db_path(lk.data_dir))
        sync_once(lk.engine, ce, "BENCH-A")
        for _ in range(repeats):
            before = _max_rowids(db_file)
            bs.make_files(lk, "BENCH-A", n_events // 10, 10)
            t = time.perf_counter()
            res = sync_once(lk.engine, ce, "BENCH-A")   # the batch size offices get
            ours.append(n_events / (time.perf_counter() - t))
            assert res.pending == 0 and res.refused == 0, res
            floor.append(n_events / _floor_write(backend, url, _ids_remapped(_local_rows(db_file, before))))
        for _ in range(5):
            t = time.perf_counter()
            sync_once(lk.engine, ce, "BENCH-A")
            idle.append(time.perf_counter() - t)
        lk.close()
        ce.dispose()
    label = "PostgreSQL" if backend == "postgresql" else "MariaDB"
    med, fmed = statistics.median(ours), statistics.median(floor)
    how = "COPY" if backend == "postgresql" else "multi-row INSERT"
    out = [Result(f"sync push of {n_events:,} events to {label} — median"
                  .replace(",", "."), med, "events/s", fmed, fmed / med,
                  f"≥ {PUSH_TARGET[backend]:,} events/s".replace(",", "."), med >= PUSH_TARGET[backend],
                  f"floor: the driver's {how} of the same rows and their change-log rows into the real "
                  f"central tables; {repeats} runs")]
    if backend == "postgresql":
        m = statistics.median(idle) * 1000
        out.append(Result("a sync with nothing to do", m, "ms", target="≤ 50 ms", met=m <= 50))
    return out


def _bootstrap(n_apps: int, repeats: int) -> list[Result]:
    from app import paths
    from app.sync import central as C
    from app.sync.session import sync_once
    from tests.bench import bench_sync as bs
    from tests.central_db import scratch_database

    ours, floor, counts = [], [], []
    with scratch_database("postgresql") as url:
        C.upgrade(C.Target(url))
        ce = C.connect(C.Target(url))
        bs.seed_central(ce, url, n_apps)
        for i in range(repeats):
            fresh = bs.station(f"BENCH-NEW{i}", url)
            t = time.perf_counter()
            res = sync_once(fresh.engine, ce, f"BENCH-NEW{i}")
            dt = time.perf_counter() - t
            ours.append(res.pull.total / dt)
            counts.append(res.pull.total)
            empty = bs.station(f"BENCH-FLOOR{i}", url)
            db_file = str(paths.db_path(empty.data_dir))
            empty.close()
            n, dt = _floor_read(url, db_file)
            floor.append(n / dt)
            fresh.close()
        ce.dispose()
    med, fmed = statistics.median(ours), statistics.median(floor)
    return [Result(f"bootstrap of a new workstation from {n_apps:,} applications — median"
                   .replace(",", "."), med, "rows/s", fmed, fmed / med,
                   f"≥ {BOOT_TARGET:,} rows/s".replace(",", "."), med >= BOOT_TARGET,
                   f"{statistics.median(counts):,.0f} rows; floor: plain SELECT of the file tables from the "
                   f"central database and sqlite3 executemany into an empty Loket database; {repeats} runs")]


def _floor_read(url: str, db_file: str) -> tuple[int, float]:
    import psycopg
    from sqlalchemy.dialects import sqlite as sqlite_dialect

    from db.models import Base
    lite = sqlite_dialect.dialect()   # values as SQLite stores them (keys 16 bytes, times integers)
    con = sqlite3.connect(db_file)
    con.execute("PRAGMA foreign_keys = OFF")
    con.execute("INSERT INTO sync_mute (id) VALUES (1)")   # the outbox triggers stay quiet, as in a pull
    con.commit()
    n = 0
    with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://")) as pc:
        t = time.perf_counter()
        for name in _FILE_TABLES:
            cols = [r[1] for r in con.execute(f"PRAGMA table_info({name})")]
            cur = pc.execute(f"SELECT {', '.join(cols)} FROM {name}")
            data = cur.fetchall()
            procs = [Base.metadata.tables[name].c[c].type._cached_bind_processor(lite) for c in cols]
            con.executemany(f"INSERT OR REPLACE INTO {name} ({', '.join(cols)}) VALUES "
                            f"({', '.join('?' * len(cols))})",
                            [tuple(p(v) if p else v for p, v in zip(procs, r, strict=True)) for r in data])
            n += len(data)
        con.commit()
        dt = time.perf_counter() - t
    con.close()
    return n, dt


@bench("sync")
def central(ctx) -> list[Result]:
    n_events = 10_000 if ctx.full else 5_000
    n_apps = 100_000 if ctx.full else 5_000
    repeats = 3
    out = _push("postgresql", n_events, repeats)
    out += _push("mariadb", n_events, repeats)
    out += _bootstrap(n_apps, 2 if ctx.full else repeats)
    return out
