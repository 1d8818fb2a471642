"""A 1,000,000-application data set in minutes, for the dashboard's benchmark:
the `loket demo` set of 50,000 (make bench-check's, built once) copied 20 times
by raw SQL, cached under build/bench/ (gitignored).

Why copies at the same times. `loket demo` spreads any n over the same five
years of working days (app/demo.py SPAN_DAYS_MAX), so 1,000,000 demo
applications are 50,000 at twenty times the density: every window the
dashboard reads (the last 12 weeks, 90 days, 12 months) holds twenty times the
rows, as `loket demo --applications 1000000` (24 minutes on this machine)
would give. Each copy gets its own ids (the first byte of the UUID moved by
the copy's number, `copy_id`) and its own numbers (a suffix); applicants and
permit types are shared.

Only the tables the dashboard and the reports read are copied: application,
workflow_event, survey_response. The copy runs with sync capture muted
(sync_mute), indexes dropped and rebuilt once, then ANALYZE.
"""
from __future__ import annotations

import json
import shutil
import sqlite3
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "build" / "bench"
COPIED = ("application", "workflow_event", "survey_response")
# Columns made unique per copy, and how.
ID_COLUMNS = {"application": ("id",), "workflow_event": ("id", "application_id", "corrects_id"),
              "survey_response": ("id", "application_id")}
SUFFIXED = {"application": ("no_permohonan", "receipt_number", "permit_number")}


def copy_id(value, k: int):
    """Copy k's id for an original id: its first byte (or character) moved by k + 1, a
    bijection for each k, so no copy meets the original or another copy. Keys are 16
    bytes in the SQLite file (db/base.py UuidStr); a text key is moved out of the hex range."""
    if value is None:
        return None
    if isinstance(value, bytes):
        return bytes([(value[0] + k + 1) % 256]) + value[1:]
    return chr(ord("g") + k) + value[1:]


def _copy_id(col: str, k: int) -> str:
    return f"copy_id({col}, {k})"


def replicate(src: Path, dest: Path, factor: int, *, log=print) -> dict:
    """Copy the Loket data folder `src` to `dest` with `factor` times its applications."""
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    started = time.perf_counter()
    con = sqlite3.connect(src / "loket.sqlite3")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    shutil.copy2(src / "loket.sqlite3", dest / "loket.sqlite3")
    con = sqlite3.connect(dest / "loket.sqlite3", isolation_level=None)
    con.create_function("copy_id", 2, copy_id, deterministic=True)
    con.execute("PRAGMA journal_mode=OFF")
    con.execute("PRAGMA synchronous=OFF")
    con.execute("PRAGMA cache_size=-400000")
    con.execute("BEGIN")
    con.execute("INSERT OR IGNORE INTO sync_mute (id) VALUES (1)")
    indexes = con.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN "
        f"({','.join('?' * len(COPIED))})", COPIED).fetchall()
    for name, _ in indexes:
        con.execute(f'DROP INDEX "{name}"')
    # the reports' running totals: dropped here, rebuilt once by the next open (app/reports/rollup.py)
    for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                               "AND name LIKE 'report_rollup_%'").fetchall():
        con.execute(f'DROP TRIGGER "{name}"')
    last = {t: con.execute(f"SELECT max(rowid) FROM {t}").fetchone()[0] or 0 for t in COPIED}   # the originals
    for table in COPIED:
        cols = [r[1] for r in con.execute(f"PRAGMA table_info({table})")]
        for k in range(factor - 1):
            exprs = []
            for c in cols:
                if c in ID_COLUMNS[table]:
                    exprs.append(_copy_id(c, k))
                elif c in SUFFIXED.get(table, ()):
                    exprs.append(f"CASE WHEN {c} IS NULL THEN NULL ELSE {c} || '/R{k + 1}' END")
                else:
                    exprs.append(c)
            con.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {', '.join(exprs)} FROM {table} "
                        f"WHERE rowid <= {last[table]} ORDER BY id")
        log(f"  {table}: ×{factor} in {time.perf_counter() - started:.0f} s")
    for _name, sql in indexes:
        con.execute(sql)
    con.execute("DELETE FROM sync_mute")
    con.execute("COMMIT")
    con.execute("ANALYZE")
    n = con.execute("SELECT count(*) FROM application").fetchone()[0]
    con.close()
    meta = {"n": n, "factor": factor, "source": str(src), "seconds": round(time.perf_counter() - started, 1)}
    (dest / "meta.json").write_text(json.dumps(meta, indent=1))
    return meta


def ensure(src: Path, factor: int, *, log=print) -> tuple[Path, dict]:
    """build/bench/<src name>x<factor>, built once (a half-built one has no meta.json)."""
    import fcntl
    ROOT.mkdir(parents=True, exist_ok=True)
    dest = ROOT / f"{src.name}x{factor}"
    with open(ROOT / f"{dest.name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        meta_file = dest / "meta.json"
        if meta_file.exists():
            return dest, json.loads(meta_file.read_text())
        log(f"copying {src} ×{factor} into {dest} (once) …")
        return dest, replicate(src, dest, factor, log=log)
