"""Working days: Monday–Friday, minus Indonesia's national holidays and cuti
bersama (`holidays`, categories public and government), minus the office's own
closures (NonWorkingDay, added by an administrator)."""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from types import MappingProxyType

from sqlalchemy import select
from sqlalchemy.orm import Session


def add_months(d: date, months: int) -> date:
    """The same day `months` later (or earlier), clipped to the month's end:
    31 January + 1 month = 28/29 February. How a validity in months ends."""
    from calendar import monthrange
    y, m = divmod(d.month - 1 + months, 12)
    y, m = d.year + y, m + 1
    return date(y, m, min(d.day, monthrange(y, m)[1]))


# The years the shipped table covers (resources/holidays_id.json): importing the
# `holidays` package costs more than a second on a busy machine, which the first
# worklist page of a session paid. tests/unit/test_calendar.py checks the table
# against the package; after an update of the package: `write_holiday_table()`.
TABLE_YEARS = range(2015, 2041)


def _library(year: int) -> dict[date, str]:
    # the country's class itself: country_holidays() first loads every country's module
    from holidays.countries.indonesia import Indonesia
    h = Indonesia(years=year, categories=("public", "government"), language="id")
    return dict(h.items())


@lru_cache(maxsize=1)
def _table() -> dict[int, dict[date, str]]:
    import json

    from app.paths import resources_dir
    try:
        raw = json.loads((resources_dir() / "holidays_id.json").read_text(encoding="utf-8"))
    except OSError:
        return {}
    return {int(y): {date.fromisoformat(d): n for d, n in days.items()} for y, days in raw.items()}


def write_holiday_table() -> None:
    """resources/holidays_id.json from the `holidays` package, for TABLE_YEARS."""
    import json

    from app.paths import resources_dir
    table = {str(y): {d.isoformat(): n for d, n in sorted(_library(y).items())} for y in TABLE_YEARS}
    (resources_dir() / "holidays_id.json").write_text(
        json.dumps(table, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    _table.cache_clear()
    _national.cache_clear()


def _weekdays_to(d: date) -> int:
    """Monday to Friday from 1 January of year 1 (a Monday) up to and including d."""
    weeks, rest = divmod(d.toordinal(), 7)
    return weeks * 5 + min(rest, 5)


@lru_cache(maxsize=64)
def _national(year: int) -> dict[date, str]:
    known = _table().get(year)
    return dict(known) if known is not None else _library(year)


class WorkCalendar:
    def __init__(self, closures: dict[date, str] | None = None,
                 hours: tuple[time, time] = (time(8, 0), time(16, 0))) -> None:
        # read-only: the counted days below are kept per year
        self.closures: Mapping[date, str] = MappingProxyType(dict(closures or {}))
        self.hours = hours
        # per year: the weekdays that are not working days (holidays, closures), sorted
        self._off: dict[int, list[date]] = {}

    @classmethod
    def from_db(cls, session: Session) -> WorkCalendar:
        from app import config
        from db.models import NonWorkingDay
        closures = {d.day: d.name for d in session.scalars(
            select(NonWorkingDay).where(NonWorkingDay.active.is_(True)))}
        start, _, end = str(config.get(session, "office.hours")).partition("-")
        try:
            hours = (time.fromisoformat(start.strip()), time.fromisoformat(end.strip()))
        except ValueError:
            hours = (time(8, 0), time(16, 0))
        return cls(closures, hours)

    def holiday_name(self, d: date) -> str | None:
        return self.closures.get(d) or _national(d.year).get(d)

    def is_working_day(self, d: date) -> bool:
        return d.weekday() < 5 and self.holiday_name(d) is None

    def add_working_days(self, start: date, n: int) -> date:
        """The date N working days after `start`. The day the file is complete
        does not count; if it is itself a working day, day 1 is the next one."""
        d = start
        left = n
        while left > 0:
            d += timedelta(days=1)
            if self.is_working_day(d):
                left -= 1
        return d

    def working_days_between(self, start: date, end: date) -> int:
        """Working days after `start` up to and including `end` (negative if end < start).

        Counted, not walked: the weekdays of the span by arithmetic, minus the holidays
        and closures on a weekday in it (a sorted list per year). The worklist's first
        page asks this of every due date on it, and soonest due first means the most
        overdue files: walked day by day, a page of files a year late was tens of
        milliseconds before the first rows showed."""
        if end < start:
            return -self.working_days_between(end, start)
        count = _weekdays_to(end) - _weekdays_to(start)
        for y in range(start.year, end.year + 1):
            off = self._off_weekdays(y)
            if not off:
                continue
            lo = bisect_right(off, start) if y == start.year else 0
            hi = bisect_right(off, end) if y == end.year else len(off)
            count -= hi - lo
        return count

    def _off_weekdays(self, year: int) -> list[date]:
        off = self._off.get(year)
        if off is None:
            days = {d for d in _national(year) if d.weekday() < 5}
            days |= {d for d, name in self.closures.items() if name and d.year == year and d.weekday() < 5}
            off = self._off[year] = sorted(days)
        return off

    def working_minutes(self, start: datetime, end: datetime) -> int:
        """Office-hours minutes between two local datetimes (for step durations)."""
        if end <= start:
            return 0
        open_, close = self.hours
        total = 0
        d = start.date()
        while d <= end.date():
            if self.is_working_day(d):
                a = max(start, datetime.combine(d, open_))
                b = min(end, datetime.combine(d, close))
                if b > a:
                    total += int((b - a).total_seconds() // 60)
            d += timedelta(days=1)
        return total

    def due_date(self, complete: date, service_days: int) -> date:
        return self.add_working_days(complete, service_days)
