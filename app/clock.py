"""The one clock of Loket.

Every date and time that Loket decides with (due dates, working days left,
lockouts, stamps on events) comes from here, never from `datetime.now()` or
`date.today()` directly, so that the clock can be pinned:

- tests pin it (tests/conftest.py) so the suite passes on any date;
- `LOKET_NOW` (ISO 8601, e.g. `2026-11-26T03:00:00Z`) starts the clock of a
  process at that instant, ticking from there. Subprocesses inherit it, which
  is how the tests pin the `loket` commands they run. Offices never set it.

The clock ticks at the real rate (only an offset is applied), so timeouts and
durations measured with it stay true. Intervals should still use
`time.monotonic()`.

This module imports nothing of Loket's: `db.base.utcnow` delegates here.
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta

ENV = "LOKET_NOW"


def _real_utc() -> datetime:
    return datetime.now(UTC)


def parse_instant(text: str) -> datetime:
    """An ISO 8601 instant; naive values are UTC. Returns an aware UTC datetime."""
    value = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def _offset_from_env() -> timedelta:
    text = os.environ.get(ENV, "").strip()
    if not text:
        return timedelta(0)
    try:
        return parse_instant(text) - _real_utc()
    except ValueError:
        raise SystemExit(f"{ENV}={text!r} is not an ISO 8601 instant") from None


_offset: timedelta = _offset_from_env()


def utcnow_aware() -> datetime:
    return _real_utc() + _offset


def utcnow() -> datetime:
    """Naive UTC, as stored in the database."""
    return utcnow_aware().replace(tzinfo=None)


def now() -> datetime:
    """Naive local time of this machine (what `datetime.now()` would say)."""
    return utcnow_aware().astimezone().replace(tzinfo=None)


def today() -> date:
    """Today on this machine (what `date.today()` would say)."""
    return now().date()


def pin(at: datetime | str) -> None:
    """Make the clock read `at` now, ticking from there (naive = UTC)."""
    global _offset
    instant = parse_instant(at) if isinstance(at, str) else (
        at.replace(tzinfo=UTC) if at.tzinfo is None else at)
    _offset = instant - _real_utc()


def unpin() -> None:
    global _offset
    _offset = timedelta(0)


@contextmanager
def pinned(at: datetime | str) -> Iterator[None]:
    global _offset
    before = _offset
    pin(at)
    try:
        yield
    finally:
        _offset = before
