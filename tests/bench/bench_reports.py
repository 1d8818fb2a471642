"""The heads' dashboard: all five figures through the service
(app/reports/dashboard.py), against the floor of the same SQL run raw with
sqlite3 on the same file (no ORM, no labels, results thrown away).

make bench-check: the 50,000 data set. make bench: 1,000,000 applications,
the 50,000 demo set copied twenty times by raw SQL (tests/bench/bulk.py, built
once under build/bench/; `loket demo` spreads any n over the same five years,
so this is the density of a million). The full run also shows, once each,
what building the running totals from scratch costs (the first open after the
upgrade) and what the same five figures cost counted from the events without
them (the design the totals replaced).
"""
from __future__ import annotations

import sqlite3
import time
from datetime import date, datetime, timedelta

from db import codes
from db.base import time_int
from tests.bench.registry import Result, bench


def _lap(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def _raw(con: sqlite3.Connection, today: date) -> None:
    """What the dashboard reads, as plain SQL: the running totals and the running files."""
    monday = today - timedelta(days=today.weekday())
    q = "SELECT kind, {key}, sum(n) FROM report_rollup WHERE kind IN ({kinds}) AND day >= ? {more} GROUP BY kind, {key}"
    con.execute(q.format(key="day", kinds="'receive_online','receive_walkin'", more=""),
                ((monday - timedelta(weeks=11)).isoformat(),)).fetchall()
    from app import workflow
    running = [k for k, st in workflow.STATES.items() if not st.final]
    con.execute(f"SELECT state, count(*) FROM application WHERE state IN ({','.join('?' * len(running))}) "
                "GROUP BY state", running).fetchall()
    con.execute(q.format(key="permit_type_id", kinds="'sign','sign_ok'", more=""),
                ((today - timedelta(days=90)).isoformat(),)).fetchall()
    con.execute("SELECT id, name, code FROM permit_type").fetchall()
    kinds = ",".join(["'survey'"] + [f"'U{i}'" for i in range(1, 10)])
    con.execute(q.format(key="strftime('%Y-%m', day)", kinds=kinds, more=""),
                ((today - timedelta(days=366)).isoformat(),)).fetchall()
    con.execute(q.format(key="day", kinds="'expires'", more="AND day <= ?"),
                (today.isoformat(), (today + timedelta(days=90)).isoformat())).fetchall()


# the actions as the SQLite file stores them (db/codes.py)
RECEIVE, SIGN = codes.ACTION.sql("receive"), codes.ACTION.sql("sign")
VALID_UNTIL = codes.EVENT_DATA.path("valid_until")


def _from_events(con: sqlite3.Connection, today: date) -> None:
    """The same five figures counted from the events each time (no running totals)."""
    # times as SQLite stores them: integer microseconds (db/base.py), read through unixepoch
    h = "+7 hours"
    since_12w = time_int(today - timedelta(days=today.weekday(), weeks=11))
    con.execute("SELECT date(e.at / 1000000, 'unixepoch', ?) AS day, a.source, count(*) FROM workflow_event e CROSS JOIN application a "
                f"ON a.id = e.application_id WHERE e.at >= ? AND e.action = {RECEIVE} GROUP BY day, a.source",
                (h, since_12w)).fetchall()
    con.execute("SELECT state, count(*) FROM application GROUP BY state").fetchall()
    con.execute("SELECT p.code, count(*), sum(date(e.at / 1000000, 'unixepoch', ?) <= a.due_date) "
                "FROM workflow_event e "
                "CROSS JOIN application a ON a.id = e.application_id CROSS JOIN permit_type p "
                f"ON p.id = a.permit_type_id WHERE e.at >= ? AND e.action = {SIGN} AND a.due_date IS NOT NULL "
                "GROUP BY p.code", (h, time_int(today - timedelta(days=90)))).fetchall()
    sums = ", ".join(f"sum(json_extract(answers, '$.U{i}'))" for i in range(1, 10))
    con.execute(f"SELECT strftime('%Y-%m', at / 1000000, 'unixepoch', ?) AS m, count(*), {sums} FROM survey_response "
                "WHERE at >= ? AND declined = 0 GROUP BY m", (h, time_int(today - timedelta(days=365)))).fetchall()
    for pt, months in con.execute("SELECT id, validity_months FROM permit_type WHERE validity_months > 0").fetchall():
        lo = datetime.combine(today, datetime.min.time()) - timedelta(days=months * 30.44 + 2)
        con.execute(f"SELECT e.application_id, json_extract(e.data, {VALID_UNTIL}) FROM workflow_event e "
                    "CROSS JOIN application a ON a.id = e.application_id WHERE e.at >= ? AND e.at < ? "
                    f"AND e.action = {SIGN} AND a.permit_type_id = ?",
                    (time_int(lo), time_int(lo + timedelta(days=94)), pt)).fetchall()


def _million(ctx):
    """1,000,000 applications: make bench's own data set when it has them, else
    build/bench/n50000x20 (the check data set ×20, built once)."""
    if ctx.n >= 1_000_000:
        return ctx.data_dir, ctx.n
    from app.runtime import open_loket
    from tests.bench import bulk, datasets
    src, _ = datasets.ensure(50_000)
    open_loket(src, backup=False).close()
    folder, meta = bulk.ensure(src, 20)
    return folder, meta["n"]


def _rebuild_seconds(loket) -> float:
    """Building the running totals from every event (the first open after the upgrade)."""
    from app.reports import rollup
    with loket.engine.begin() as c:
        hours = rollup.offset_hours_of(c)
        t = time.perf_counter()
        rollup.rebuild(c, hours)
        return time.perf_counter() - t


@bench("reports")
def dashboard(ctx) -> list[Result]:
    from app.reports import dashboard as dash
    from app.runtime import open_loket
    from app.services import tracking

    out: list[Result] = []
    folder, n = _million(ctx) if ctx.full else (ctx.data_dir, ctx.n)
    loket = open_loket(folder, backup=False)
    shown = f"{n:,}".replace(",", ".")
    if ctx.full:
        out.append(Result(f"dashboard: running totals built from the events of {shown} applications",
                          _rebuild_seconds(loket), "s",
                          note="once: the first open after the upgrade, or a new office time zone"))
    raw = sqlite3.connect(folder / "loket.sqlite3")
    reps = 15 if ctx.full else 8
    try:
        with loket.Session() as s:
            today = tracking.office_today(s)
            dash.build(s, today)                  # warm: imports, the first page reads
            svc = [_lap(lambda s=s: dash.build(s, today)) for _ in range(reps)]
        _raw(raw, today)
        rw = [_lap(lambda: _raw(raw, today)) for _ in range(reps)]
        if ctx.full:
            old = [_lap(lambda: _from_events(raw, today)) for _ in range(3)]
    finally:
        raw.close()
        loket.close()
    out += Result.compare(f"dashboard, five figures over {shown} applications", svc, rw, limit=300,
                          note="floor: the same SQL (running totals, running files) through sqlite3")
    if ctx.full:
        out += Result.compare(f"dashboard's five figures counted from the events, {shown} applications "
                              "(without running totals)", old, None,
                              note="informational: plain sqlite3, the queries the totals replaced")
    return out
