"""The heads' dashboard on the benchmark data set: all five figures through the
service (app/reports/dashboard.py), against the floor of the same SQL run raw
with sqlite3 on the same file (no ORM, no Python aggregation, no labels)."""
from __future__ import annotations

import sqlite3
import time
from datetime import date, datetime, timedelta

from db.base import time_int
from tests.bench.registry import Result, bench


def _lap(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def _raw(con: sqlite3.Connection, today: date) -> None:
    """The same queries the dashboard runs, fetched and thrown away."""
    # times as SQLite stores them: integer microseconds (db/base.py), read through unixepoch
    h = "+7 hours"
    since_12w = time_int(today - timedelta(days=today.weekday(), weeks=11))
    con.execute("SELECT date(e.at / 1000000, 'unixepoch', ?) AS day, a.source, count(*) FROM workflow_event e CROSS JOIN application a "
                "ON a.id = e.application_id WHERE e.at >= ? AND e.action = 'receive' GROUP BY day, a.source",
                (h, since_12w)).fetchall()
    con.execute("SELECT state, count(*) FROM application GROUP BY state").fetchall()
    con.execute("SELECT p.code, count(*), sum(date(e.at / 1000000, 'unixepoch', ?) <= a.due_date) "
                "FROM workflow_event e "
                "CROSS JOIN application a ON a.id = e.application_id CROSS JOIN permit_type p "
                "ON p.id = a.permit_type_id WHERE e.at >= ? AND e.action = 'sign' AND a.due_date IS NOT NULL "
                "GROUP BY p.code", (h, time_int(today - timedelta(days=90)))).fetchall()
    sums = ", ".join(f"sum(json_extract(answers, '$.U{i}'))" for i in range(1, 10))
    con.execute(f"SELECT strftime('%Y-%m', at / 1000000, 'unixepoch', ?) AS m, count(*), {sums} FROM survey_response "
                "WHERE at >= ? AND declined = 0 GROUP BY m", (h, time_int(today - timedelta(days=365)))).fetchall()
    for pt, months in con.execute("SELECT id, validity_months FROM permit_type WHERE validity_months > 0").fetchall():
        lo = datetime.combine(today, datetime.min.time()) - timedelta(days=months * 30.44 + 2)
        con.execute("SELECT e.application_id, json_extract(e.data, '$.valid_until') FROM workflow_event e "
                    "CROSS JOIN application a ON a.id = e.application_id WHERE e.at >= ? AND e.at < ? "
                    "AND e.action = 'sign' AND a.permit_type_id = ?",
                    (time_int(lo), time_int(lo + timedelta(days=94)), pt)).fetchall()


@bench("reports")
def dashboard(ctx) -> list[Result]:
    from app.reports import dashboard as dash
    from app.runtime import open_loket
    from app.services import tracking

    loket = open_loket(ctx.data_dir, backup=False)
    raw = sqlite3.connect(ctx.data_dir / "loket.sqlite3")
    reps = 15 if ctx.full else 8
    try:
        with loket.Session() as s:
            today = tracking.office_today(s)
            dash.build(s, today)                  # warm: imports, the calendar, the first page reads
            svc = [_lap(lambda s=s: dash.build(s, today)) for _ in range(reps)]
        _raw(raw, today)
        rw = [_lap(lambda: _raw(raw, today)) for _ in range(reps)]
    finally:
        raw.close()
        loket.close()
    n = f"{ctx.n:,}".replace(",", ".")
    return Result.compare(f"dashboard, five figures over {n} applications", svc, rw, limit=300,
                          note="floor: the same SQL through sqlite3, results thrown away")
