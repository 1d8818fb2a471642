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
