"""A large data set for the table benchmarks, in seconds instead of the demo's
minutes: a small demo, whose applications are then copied in raw SQL until
there are N (each copy's unique columns get a suffix "~k", so numbers and names
keep their order and their prefixes; a 16-byte key keeps its first 12 bytes and
ends in k). Only the `application` table grows: the
search table and the worklist read nothing else per row but the permit type
and the holder, which the copies share with their originals.

    python -m tests.bench.clone 1000000          # → build/bench/clone-1000000/
    python -m tests.bench.clone 1000000 --work   # → build/bench/clone-work-1000000/ (all in the worklist)
    LOKET_BENCH_MODEL_DIR=build/bench/clone-1000000 python -m tests.bench.run --only "search table"

Times of each copy move on by k seconds and dates by k mod 90 days, so the copies
do not share their sort keys by the thousand (which real files never do).
The column list comes from the database itself (PRAGMA table_info), so a
change of the schema needs no change here. Cached: a second call returns the
folder at once.
"""
from __future__ import annotations

import sqlite3
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "build" / "bench"
SOURCE_N = 10_000


def _copy_key(key: bytes, k: int) -> bytes:
    return bytes(key[:12]) + k.to_bytes(4, "big")


def ensure(n: int, log=print, work: bool = False) -> Path:
    """work: copy only the files waiting in the back office, so the worklist of the
    head of office (all units, colleagues' files included) has n rows too."""
    d = ROOT / (f"clone-work-{n}" if work else f"clone-{n}")
    done = d / "clone.done"
    if done.exists():
        return d
    d.mkdir(parents=True, exist_ok=True)
    from app import demo
    from app.runtime import open_loket
    t = time.perf_counter()
    lk = open_loket(d, backup=False)
    have = lk.engine.connect().exec_driver_sql("SELECT count(*) FROM application").scalar()
    if not have:
        demo.generate(lk, min(SOURCE_N, n), seed=1)
    db = lk.db_path
    lk.close()
    log(f"source demo in {time.perf_counter() - t:.0f} s")
    con = sqlite3.connect(db)
    pick = "WHERE holder_role IN ('BACKOFFICE', 'KASI', 'KABID', 'KADIN')" if work else ""
    have = con.execute("SELECT count(*) FROM application").fetchone()[0]
    src = con.execute(f"SELECT count(*) FROM application {pick}").fetchone()[0]
    cols = [r[1] for r in con.execute("PRAGMA table_info(application)")]
    pk = {r[1] for r in con.execute("PRAGMA table_info(application)") if r[5]}
    unique = set(pk)
    for idx in con.execute("PRAGMA index_list(application)").fetchall():
        if idx[2]:
            unique |= {r[2] for r in con.execute(f"PRAGMA index_info('{idx[1]}')")}
    types = {r[1]: (r[2] or "").upper() for r in con.execute("PRAGMA table_info(application)")}
    copies = -(-(n - have) // src)
    exprs = []
    for c in cols:
        if c not in unique and c.endswith(("_at", "_since")):
            # each copy k seconds later (stored as text, or as microseconds since the epoch)
            exprs.append(f"CASE typeof(a.{c}) WHEN 'integer' THEN a.{c} + k.n * 1000000 "
                         f"WHEN 'text' THEN strftime('%Y-%m-%d %H:%M:%S', a.{c}, '+' || k.n || ' seconds') "
                         f"|| '.000000' ELSE a.{c} END")
        elif c not in unique and c.endswith("_date"):
            exprs.append(f"CASE typeof(a.{c}) WHEN 'integer' THEN a.{c} + k.n % 90 "
                         f"WHEN 'text' THEN date(a.{c}, '+' || (k.n % 90) || ' days') ELSE a.{c} END")
        elif c not in unique:
            exprs.append(f"a.{c}")
        elif "INT" in types[c]:
            exprs.append(f"a.{c} + k.n * 100000000")
        else:
            # a 16-byte key (db.base.UuidStr) stays 16 bytes: its first 12 (a UUIDv7's time and
            # counter, unique among the originals), then the copy's number
            exprs.append(f"CASE typeof(a.{c}) WHEN 'blob' THEN copy_key(a.{c}, k.n) "
                         f"WHEN 'null' THEN NULL ELSE a.{c} || '~' || k.n END")
    con.create_function("copy_key", 2, _copy_key, deterministic=True)
    t = time.perf_counter()
    con.execute("PRAGMA journal_mode=OFF")
    con.execute("PRAGMA synchronous=OFF")
    con.execute(f"WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < {copies}) "
                f"INSERT INTO application ({', '.join(cols)}) SELECT {', '.join(exprs)} "
                f"FROM k, (SELECT * FROM application {pick} ORDER BY rowid LIMIT {src}) a "
                f"LIMIT {n - have}")
    con.commit()
    con.execute("ANALYZE")
    con.commit()
    total = con.execute("SELECT count(*) FROM application").fetchone()[0]
    con.close()
    log(f"{total:,} applications ({copies} copies of {src:,}) in {time.perf_counter() - t:.0f} s")
    done.write_text(str(total))
    return d


if __name__ == "__main__":
    nums = [a for a in sys.argv[1:] if a.isdigit()]
    print(ensure(int(nums[0]) if nums else 1_000_000, work="--work" in sys.argv))
