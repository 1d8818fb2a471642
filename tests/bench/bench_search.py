"""Finding one file among N: through the service the search box and `loket
find` use, against the same lookup as raw SQL (sqlite3) on the same file.

Queries are real values drawn from the data set (a fixed sample), as an officer
would type or scan them; the name query is the first name plus the start of
the second, as typed. Service and raw run interleaved, so both see the same
cache state."""
from __future__ import annotations

import random
import sqlite3
import time
import uuid

from tests.bench.registry import Result, bench

COLS = ("a.id, a.no_permohonan, a.state, a.applicant_name, a.applicant_nik, p.name, "
        "a.receipt_number, a.kind, a.submitted_at, a.due_date")
# CROSS JOIN: SQLite's way of saying "application first" (as the service does).
FROM = "FROM application a CROSS JOIN permit_type p ON p.id = a.permit_type_id"
RAW = {
    "no_permohonan": f"SELECT {COLS} {FROM} WHERE a.no_permohonan = ? LIMIT 50",
    "NIK": f"SELECT {COLS} {FROM} WHERE a.applicant_nik = ? LIMIT 50",
    "receipt number": f"SELECT {COLS} {FROM} WHERE a.receipt_number = ? LIMIT 50",
    "name prefix": f"SELECT {COLS} {FROM} WHERE a.name_key >= ? AND a.name_key < ? "
                   f"ORDER BY a.name_key, a.id LIMIT 50",
}


def _lap(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def _sample(conn: sqlite3.Connection, k: int, seed: int = 42) -> list[tuple]:
    top = conn.execute("SELECT max(rowid) FROM application").fetchone()[0]
    rng = random.Random(seed)
    out = []
    while len(out) < k:
        row = conn.execute("SELECT no_permohonan, applicant_nik, receipt_number, applicant_name "
                           "FROM application WHERE rowid = ?", (rng.randint(1, top),)).fetchone()
        if row and row[2]:
            out.append(row)
    return out


def _typed_name(name: str) -> str:
    parts = name.split()
    return parts[0] if len(parts) == 1 else f"{parts[0]} {parts[1][:2]}"


@bench("search")
def find(ctx) -> list[Result]:
    from app.runtime import open_loket
    from app.services import applications
    from app.validation import name_key

    loket = open_loket(ctx.data_dir, backup=False)
    raw = sqlite3.connect(ctx.data_dir / "loket.sqlite3")
    k = 400 if ctx.full else 200
    sample = _sample(raw, k)
    queries = {
        "no_permohonan": [(r[0], (r[0],)) for r in sample],
        "NIK": [(r[1], (r[1],)) for r in sample],
        "receipt number": [(r[2], (r[2],)) for r in sample],
        "name prefix": [(q, (name_key(q), name_key(q) + "\uffff"))
                        for q in (_typed_name(r[3]) for r in sample)],
    }

    held = loket.Session()

    def service(text):
        # The session a caller holds (the CLI, a worker thread): what the service costs.
        return applications.search(held, text, limit=50)

    def service_fresh(text):
        # What the search table does per page: a session of its own each time.
        with loket.Session() as s:
            return applications.search(s, text, limit=50)

    out = []
    try:
        for kind, items in queries.items():
            sql = RAW[kind]
            for text, params in items[:20]:          # warm both paths
                service(text)
                raw.execute(sql, params).fetchall()
            svc_t, raw_t, fresh_t = [], [], []
            for i, (text, params) in enumerate(items):
                # Alternate who goes first: the first to touch a page pays the disk.
                order = ("svc", "raw", "fresh") if i % 2 else ("raw", "fresh", "svc")
                for who in order:
                    t = time.perf_counter()
                    if who == "svc":
                        rows = service(text)
                        svc_t.append(time.perf_counter() - t)
                    elif who == "raw":
                        raw_rows = raw.execute(sql, params).fetchall()
                        raw_t.append(time.perf_counter() - t)
                    else:
                        service_fresh(text)
                        fresh_t.append(time.perf_counter() - t)
                if kind in ("no_permohonan", "receipt number"):
                    raw_id = raw_rows[0][0] if raw_rows else None
                    if isinstance(raw_id, bytes):   # SQLite stores the key as its 16 bytes (db/base.UuidStr)
                        raw_id = str(uuid.UUID(bytes=raw_id))
                    assert rows and raw_rows and rows[0].id == raw_id, (kind, text)
                else:
                    assert rows and len(rows) >= min(len(raw_rows), 1), (kind, text)
            label = f"find by {kind} in {ctx.n:,} applications".replace(",", ".")
            out += Result.compare(label, svc_t, raw_t, unit="ms", limit=5, p95_limit=20, max_ratio=3)
            out += Result.compare(label + ", opening a session per query (as the search table)",
                                  fresh_t, raw_t, unit="ms", limit=5, p95_limit=20,
                                  note="informational: includes Session() and pool checkout")
        held.close()
    finally:
        raw.close()
        loket.close()
    return out


@bench("search")
def browse(ctx) -> list[Result]:
    """The search table with no query (newest first) and one status: first
    page, and a page deep down reached by paging (keyset continuation)."""
    from app.runtime import open_loket
    from app.services import applications

    loket = open_loket(ctx.data_dir, backup=False)
    raw = sqlite3.connect(ctx.data_dir / "loket.sqlite3")
    out = []
    try:
        held = loket.Session()

        def first(state=None):
            return applications.search(held, "", state=state, limit=100)

        sql_all = f"SELECT {COLS} {FROM} ORDER BY a.submitted_at DESC, a.id DESC LIMIT 100"
        sql_state = f"SELECT {COLS} {FROM} WHERE a.state = ? ORDER BY a.submitted_at DESC, a.id DESC LIMIT 100"
        reps = 60 if ctx.full else 40
        svc, rw = [], []
        for _ in range(reps):
            svc.append(_lap(lambda: first()))
            rw.append(_lap(lambda: raw.execute(sql_all).fetchall()))
        out += Result.compare("search table, no query: first 100 rows", svc, rw, limit=200, max_ratio=3)
        svc, rw = [], []
        for _ in range(reps):
            svc.append(_lap(lambda: first("ARCHIVED")))
            rw.append(_lap(lambda: raw.execute(sql_state, ("ARCHIVED",)).fetchall()))
        out += Result.compare("search table, one status: first 100 rows", svc, rw, limit=200, max_ratio=3)
        held.close()
    finally:
        raw.close()
        loket.close()
    return out
