"""Working days around real Indonesian holidays and cuti bersama."""
from datetime import date, datetime

import pytest

from app.calendar import WorkCalendar

# Counts working days or dates: rerun by `make test-dates` under other real dates.
pytestmark = pytest.mark.dates


def test_idul_fitri_2026_week_with_cuti_bersama():
    c = WorkCalendar()
    # 18 Mar cuti Nyepi, 19 Nyepi, 20 cuti Idul Fitri, 21-22 Idul Fitri (weekend), 23-24 cuti.
    for d in (18, 19, 20, 23, 24):
        assert not c.is_working_day(date(2026, 3, d)), d
    assert "Cuti Bersama" in c.holiday_name(date(2026, 3, 20))
    assert c.is_working_day(date(2026, 3, 17)) and c.is_working_day(date(2026, 3, 25))
    # complete on Tue 17 March, 5 working days: 25, 26, 27, 30, 31 March
    assert c.due_date(date(2026, 3, 17), 5) == date(2026, 3, 31)


def test_ordinary_week_and_weekend():
    c = WorkCalendar()
    assert c.due_date(date(2026, 11, 20), 1) == date(2026, 11, 23)  # Fri -> Mon
    assert c.due_date(date(2026, 11, 21), 1) == date(2026, 11, 23)  # complete on Sat
    assert c.working_days_between(date(2026, 11, 23), date(2026, 11, 27)) == 4
    assert c.working_days_between(date(2026, 11, 27), date(2026, 11, 23)) == -4


def test_christmas_cuti_bersama_and_office_closure():
    c = WorkCalendar({date(2026, 12, 28): "Penutupan kantor: pindah gedung"})
    assert not c.is_working_day(date(2026, 12, 24))  # cuti bersama Natal
    assert not c.is_working_day(date(2026, 12, 25))
    assert c.holiday_name(date(2026, 12, 28)) == "Penutupan kantor: pindah gedung"
    # Wed 23 Dec + 2 working days: 29, 30 (24-25 holidays, 26-27 weekend, 28 closure)
    assert c.due_date(date(2026, 12, 23), 2) == date(2026, 12, 30)


def test_closures_from_database(session):
    from app.calendar import WorkCalendar
    from db.models import NonWorkingDay
    session.add(NonWorkingDay(day=date(2026, 11, 26), name="Rapat kerja"))
    session.commit()
    c = WorkCalendar.from_db(session)
    assert not c.is_working_day(date(2026, 11, 26))


def test_working_minutes_counts_office_hours_only():
    c = WorkCalendar()
    # Fri 15:00 -> Mon 09:00: 60 minutes Friday + 60 minutes Monday
    assert c.working_minutes(datetime(2026, 11, 20, 15), datetime(2026, 11, 23, 9)) == 120


def test_shipped_holiday_table_is_the_holidays_package():
    # resources/holidays_id.json spares the first worklist page the import of `holidays`;
    # after an update of the package that changes a year: app.calendar.write_holiday_table()
    from app import calendar
    table = calendar._table()
    assert sorted(table) == list(calendar.TABLE_YEARS)
    for year in calendar.TABLE_YEARS:
        assert table[year] == calendar._library(year), year
    assert calendar._national(2026) == table[2026]
    assert calendar._national(2050) == calendar._library(2050)      # past the table: the package


def test_working_days_between_counts_as_the_day_by_day_walk():
    # counted by arithmetic and the sorted holidays of each year (the worklist's first page asks
    # it of every due date): the same as walking the days, across weekends, year ends, holidays
    # and closures (one on a Saturday, one on a national holiday), both ways round
    import random

    from app.calendar import _weekdays_to
    closures = {date(2026, 11, 26): "Rapat kerja", date(2026, 11, 28): "Sabtu",
                date(2026, 12, 25): "Natal juga", date(2027, 1, 4): "Pindah gedung"}
    for c in (WorkCalendar(), WorkCalendar(closures)):
        def walk(a: date, b: date, c: WorkCalendar = c) -> int:
            if b < a:
                return -walk(b, a)
            return sum(1 for n in range(1, (b - a).days + 1)
                       if c.is_working_day(date.fromordinal(a.toordinal() + n)))
        rnd = random.Random(17)
        base = date(2024, 6, 1).toordinal()
        pairs = [(date(2026, 11, 23), date(2026, 11, 27)), (date(2026, 12, 31), date(2027, 1, 1)),
                 (date(2026, 11, 27), date(2026, 11, 28)), (date(2026, 3, 17), date(2026, 3, 17))]
        pairs += [(date.fromordinal(base + rnd.randrange(1200)), date.fromordinal(base + rnd.randrange(1200)))
                  for _ in range(300)]
        for a, b in pairs:
            assert c.working_days_between(a, b) == walk(a, b), (a, b)
    assert _weekdays_to(date(1, 1, 5)) == 5 and _weekdays_to(date(1, 1, 7)) == 5   # Mon 1 Jan of year 1
    with pytest.raises(TypeError):
        WorkCalendar(closures).closures[date(2026, 1, 2)] = "x"     # read-only (its days are kept)
