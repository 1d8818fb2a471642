"""Running totals for the heads' dashboard, kept by SQLite itself.

On a million applications the dashboard cannot count events when it opens:
twelve weeks of intake, ninety days of signatures, a year of survey answers and
the permits signed years ago that end now are each hundreds of thousands of
rows. So `report_rollup` keeps, per local day, permit type and kind of fact,
how many there were:

    receive_online, receive_walkin   files received (the `receive` event), by source
    sign, sign_ok                    permits/letters signed; of them, on or before the due date
    expires                          signed permits whose validity ends that day (the day is valid_until)
    survey, U1 … U9                  survey answers (not declined) and the sum of each element

Triggers on workflow_event and survey_response add to it in the same
transaction as the row they count, whoever writes it (a service, a sync pull,
`loket demo`), as app/sync/capture.py does for the outbox. Events and survey
answers are append-only, so inserts are all there is to count.

The local day needs the office's UTC offset. Indonesia keeps no daylight saving
time, so it is one number, kept in the table itself (kind `_meta`, n = hours)
where the triggers read it. `ensure()` (at open, and before the dashboard reads)
rebuilds everything from the events in one pass when that row is missing or the
office's time zone changed: the first open after the upgrade, a new time zone,
a data folder someone copied rows into by hand. A bulk load that writes without
the triggers (`loket demo` on a fresh file) counts the same facts in Python as it
makes its rows (`Tally`) and stores them with the rows.
"""
from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING, Any

from sqlalchemy import text
from sqlalchemy.engine import Connection

from app.services import ikm
from db import codes

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

log = logging.getLogger("loket.reports")

# in the trigger names: a changed body replaces the old triggers (2: times stored as
# integer microseconds, read through 'unixepoch', db/base.py; 3: actions stored coded, 4: event data keys too, db/codes.py)
VERSION = 4
META = "_meta"
EPOCH = "1970-01-01"
_EPOCH_ORDINAL = 719163      # date(1970, 1, 1).toordinal()

_SHIFT = f"(SELECT printf('%+d hours', n) FROM report_rollup WHERE kind = '{META}' AND day = '{EPOCH}')"
# the actions as the SQLite file stores them (db/codes.py)
_RECEIVE, _SIGN = codes.ACTION.sql("receive"), codes.ACTION.sql("sign")
_VALID_UNTIL = codes.EVENT_DATA.path("valid_until")       # its key as stored, too
_UPSERT = "ON CONFLICT (kind, day, permit_type_id) DO UPDATE SET n = n + excluded.n"


def _event_rows(new: str) -> list[str]:
    """INSERT … SELECT statements adding one event's facts (`new` is NEW or a table alias)."""
    day = f"date({new}.at / 1000000, 'unixepoch', {_SHIFT})"
    src = f"FROM application a WHERE a.id = {new}.application_id"
    return [
        f"INSERT INTO report_rollup (kind, day, permit_type_id, n) "
        f"SELECT CASE a.source WHEN 'ONLINE' THEN 'receive_online' ELSE 'receive_walkin' END, {day}, "
        f"a.permit_type_id, 1 {src} AND {new}.action = {_RECEIVE} {_UPSERT}",
        f"INSERT INTO report_rollup (kind, day, permit_type_id, n) SELECT 'sign', {day}, a.permit_type_id, 1 "
        f"{src} AND {new}.action = {_SIGN} AND a.due_date IS NOT NULL {_UPSERT}",
        f"INSERT INTO report_rollup (kind, day, permit_type_id, n) SELECT 'sign_ok', {day}, a.permit_type_id, 1 "
        f"{src} AND {new}.action = {_SIGN} AND a.due_date IS NOT NULL AND {day} <= a.due_date {_UPSERT}",
        f"INSERT INTO report_rollup (kind, day, permit_type_id, n) "
        f"SELECT 'expires', json_extract({new}.data, {_VALID_UNTIL}), a.permit_type_id, 1 "
        f"{src} AND {new}.action = {_SIGN} AND json_extract({new}.data, {_VALID_UNTIL}) IS NOT NULL "
        f"{_UPSERT}",
    ]


def _survey_rows(new: str) -> list[str]:
    day = f"date({new}.at / 1000000, 'unixepoch', {_SHIFT})"
    kinds = [("survey", "1")] + [(k, f"coalesce(json_extract({new}.answers, '$.{k}'), 0)") for k in ikm.KEYS]
    return [f"INSERT INTO report_rollup (kind, day, permit_type_id, n) VALUES ('{k}', {day}, '', {v}) {_UPSERT}"
            for k, v in kinds]


def trigger_sql() -> dict[str, str]:
    ev = "; ".join(_event_rows("NEW"))
    sv = "; ".join(_survey_rows("NEW"))
    return {
        f"report_rollup_event_v{VERSION}":
            f"CREATE TRIGGER report_rollup_event_v{VERSION} AFTER INSERT ON workflow_event "
            f"WHEN NEW.action IN ({_RECEIVE}, {_SIGN}) BEGIN {ev}; END",
        f"report_rollup_survey_v{VERSION}":
            f"CREATE TRIGGER report_rollup_survey_v{VERSION} AFTER INSERT ON survey_response "
            f"WHEN NOT NEW.declined BEGIN {sv}; END",
    }


class Tally:
    """The totals the triggers would add, counted in Python from rows written without
    them (app/demo/bulk.py: a fresh bulk load drops the triggers), so the load stores
    them with its rows instead of a `rebuild` pass over every event afterwards. The
    same facts as `_event_rows` and `_survey_rows` (and `rebuild`), from the values
    the rows store: the local day of the integer-microsecond time, the file's source,
    permit type (as stored), due date, and the `valid_until` of a signature's data.
    tests/unit/test_demo.py checks a demo's stored totals against a rebuild."""

    def __init__(self, hours: int) -> None:
        self.hours = hours
        self.n: dict[tuple[str, str, Any], int] = {}
        self._shift = hours * 3600
        self._days: dict[int, str] = {}

    def day(self, at: int) -> str:
        """date(at / 1000000, 'unixepoch', '+H hours'): (integer division, as SQLite's on integers)."""
        d = (at // 1000000 + self._shift) // 86400
        text = self._days.get(d)
        if text is None:
            from datetime import date
            text = self._days[d] = date.fromordinal(_EPOCH_ORDINAL + d).isoformat()
        return text

    def _add(self, kind: str, day: str, permit_type_id: Any, k: int = 1) -> None:
        key = (kind, day, permit_type_id)
        self.n[key] = self.n.get(key, 0) + k

    def receive(self, at: int, source: str, permit_type_id: Any) -> None:
        """A `receive` event of a file from `source` (application.source)."""
        self._add("receive_online" if source == "ONLINE" else "receive_walkin", self.day(at), permit_type_id)

    def sign(self, at: int, permit_type_id: Any, due_date: str | None, valid_until: str | None) -> None:
        """A `sign` event; due_date as application.due_date stores it (ISO text)."""
        if due_date is not None:
            day = self.day(at)
            self._add("sign", day, permit_type_id)
            if day <= due_date:
                self._add("sign_ok", day, permit_type_id)
        if valid_until is not None:
            self._add("expires", valid_until, permit_type_id)

    def survey(self, at: int, answers: dict[str, Any] | None) -> None:
        """A survey response that was not declined."""
        day = self.day(at)
        self._add("survey", day, "")
        answers = answers or {}
        for k in ikm.KEYS:
            self._add(k, day, "", answers.get(k) or 0)

    def rows(self) -> list[tuple[str, str, Any, int]]:
        """report_rollup's rows (kind, day, permit_type_id, n), the `_meta` row first."""
        return [(META, EPOCH, "", self.hours), *((k, d, p, n) for (k, d, p), n in self.n.items())]


def store(conn: Any, rows: list[tuple[str, str, Any, int]]) -> None:
    """Everything replaced by a Tally's rows (a DB-API cursor, inside the caller's transaction)."""
    conn.execute("DELETE FROM report_rollup")
    conn.executemany("INSERT INTO report_rollup (kind, day, permit_type_id, n) VALUES (?, ?, ?, ?)", rows)


def offset_hours(session_or_conn: Any) -> int:
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    from app import config
    tz = ZoneInfo(str(config.get(session_or_conn, "office.timezone")))
    # Indonesian zones keep no daylight saving, so one date's offset is the offset
    offset = datetime(2026, 1, 1, tzinfo=UTC).astimezone(tz).utcoffset()
    return int(offset.total_seconds() // 3600) if offset is not None else 0


def _stored_offset(conn: Connection) -> int | None:
    return conn.execute(text("SELECT n FROM report_rollup WHERE kind = :k AND day = :d"),
                        {"k": META, "d": EPOCH}).scalar()


def rebuild(conn: Connection, hours: int) -> None:
    """Everything again from the events and survey answers (inside the caller's transaction)."""
    t = time.perf_counter()
    conn.execute(text("DELETE FROM report_rollup"))
    conn.execute(text("INSERT INTO report_rollup (kind, day, permit_type_id, n) VALUES (:k, :d, '', :h)"),
                 {"k": META, "d": EPOCH, "h": hours})
    shift = f"'{hours:+d} hours'"
    day = f"date(e.at / 1000000, 'unixepoch', {shift})"
    conn.exec_driver_sql(
        f"INSERT INTO report_rollup (kind, day, permit_type_id, n) "
        f"SELECT CASE a.source WHEN 'ONLINE' THEN 'receive_online' ELSE 'receive_walkin' END AS k, {day} AS d, "
        f"a.permit_type_id, count(*) FROM workflow_event e CROSS JOIN application a ON a.id = e.application_id "
        f"WHERE e.action = {_RECEIVE} GROUP BY k, d, a.permit_type_id")
    # the signatures once (materialized), counted three ways: signed, on time, ending that day
    conn.exec_driver_sql(
        f"WITH s AS MATERIALIZED (SELECT {day} AS d, a.permit_type_id AS pt, a.due_date AS due, "
        f"json_extract(e.data, {_VALID_UNTIL}) AS vu FROM workflow_event e "
        f"CROSS JOIN application a ON a.id = e.application_id WHERE e.action = {_SIGN}) "
        f"INSERT INTO report_rollup (kind, day, permit_type_id, n) "
        f"SELECT 'sign', d, pt, count(*) FROM s WHERE due IS NOT NULL GROUP BY d, pt "
        f"UNION ALL SELECT 'sign_ok', d, pt, count(*) FROM s WHERE due IS NOT NULL AND d <= due GROUP BY d, pt "
        f"UNION ALL SELECT 'expires', vu, pt, count(*) FROM s WHERE vu IS NOT NULL GROUP BY vu, pt")
    sums = ", ".join(f"sum(coalesce(json_extract(answers, '$.{k}'), 0))" for k in ikm.KEYS)
    rows = conn.exec_driver_sql(
        f"SELECT date(at / 1000000, 'unixepoch', {shift}) AS d, count(*), {sums} FROM survey_response WHERE NOT declined GROUP BY d").all()
    values = [{"k": k, "d": r[0], "n": int(v or 0)} for r in rows
              for k, v in zip(("survey", *ikm.KEYS), r[1:], strict=True)]
    if values:
        conn.execute(text("INSERT INTO report_rollup (kind, day, permit_type_id, n) VALUES (:k, :d, '', :n)"),
                     values)
    log.info("report rollup rebuilt (offset %+d h) in %.1f s", hours, time.perf_counter() - t)


def install(engine: Any) -> None:
    """(Re)install the triggers, then make sure the totals are there (SQLite only)."""
    if engine.dialect.name != "sqlite":
        return
    with engine.begin() as conn:
        have = {r[0] for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'report_rollup_%'")}
        wanted = trigger_sql()
        for name in have - set(wanted):
            conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
        for name, sql in wanted.items():
            if name not in have:
                conn.exec_driver_sql(sql)
                conn.execute(text("DELETE FROM report_rollup WHERE kind = :k"), {"k": META})  # new counting
        _ensure(conn)


def offset_hours_of(conn: Connection) -> int:
    from sqlalchemy.orm import Session
    with Session(bind=conn) as s:
        return offset_hours(s)


def _ensure(conn: Connection) -> bool:
    hours = offset_hours_of(conn)
    if _stored_offset(conn) == hours:
        return False
    rebuild(conn, hours)
    return True


def refresh(conn: Connection) -> bool:
    """Inside the caller's transaction: count everything again when the totals
    were left to be (a bulk write without the triggers deleted the `_meta` row)
    or the time zone changed. True when it did."""
    if conn.dialect.name != "sqlite":
        return False
    return _ensure(conn)


def ensure(session: Session) -> None:
    """Before reading: the totals are there and counted in the office's current time zone."""
    if _stored_offset(session.connection()) != offset_hours(session):
        rebuild(session.connection(), offset_hours(session))
        session.commit()
