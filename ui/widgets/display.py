"""What a screen shows of the data: app/ labels translated, times and dates in
the office time zone.

Indonesia has no daylight saving time: its three zones are fixed offsets, so no
tz database is needed (Windows Python ships none).
"""
from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from app import clock


def app_tr(text: str | None) -> str:
    """Translate a label that lives in app/ (workflow states, actions, roles)."""
    from app.i18n import tr
    return tr(text) if text else ""


_OFFSETS = {"Asia/Jakarta": 7, "Asia/Makassar": 8, "Asia/Jayapura": 9}
_ZONE_NAMES = {7: "WIB", 8: "WITA", 9: "WIT"}
_office_offset = 7


def set_office_timezone(name: str) -> None:
    global _office_offset
    _office_offset = _OFFSETS.get(name, 7)


def zone_name() -> str:
    return _ZONE_NAMES[_office_offset]


def local(dt: datetime | None) -> datetime | None:
    """Stored naive UTC → office local time (naive)."""
    if dt is None:
        return None
    return (dt.replace(tzinfo=UTC) + timedelta(hours=_office_offset)).replace(tzinfo=None)


def fmt_datetime(dt: datetime | None, *, seconds: bool = False) -> str:
    """Office local time; `seconds` where the order of records within one minute
    matters to the reader (the audit log)."""
    d = local(dt)
    return d.strftime("%d-%m-%Y %H:%M:%S" if seconds else "%d-%m-%Y %H:%M") if d else ""


def fmt_date(d: date | datetime | None) -> str:
    if d is None:
        return ""
    if isinstance(d, datetime):
        d = local(d)
    return d.strftime("%d-%m-%Y")  # type: ignore[union-attr]


def today_local() -> date:
    return local(clock.utcnow()).date()  # type: ignore[union-attr]
