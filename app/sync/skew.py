"""This workstation's clock against the central server's, measured at each sync.

Order does not depend on clocks (events carry their sequence, derive.py), but
officers read times, due dates are counted from them and the per-field merge
prefers the later edit. So a workstation whose clock is off by more than
`sync.clock_skew_minutes` is told, in the status bar and in `loket doctor`
("selisih jam … menit"). The offset is stored with the sync state, so both
show it offline too.
"""
from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy import Engine, text

from app import clock
from app.i18n import tr

log = logging.getLogger("loket.sync")

OFFSET = "clock.offset_seconds"
CHECKED = "clock.checked_at"


def server_utc(central: Engine) -> datetime:
    """The central server's own clock, naive UTC."""
    with central.connect() as c:
        if central.dialect.name == "postgresql":
            v = c.execute(text("SELECT CAST(now() AT TIME ZONE 'UTC' AS timestamp)")).scalar_one()
        else:
            v = c.execute(text("SELECT UTC_TIMESTAMP(6)")).scalar_one()
    return v.replace(tzinfo=None) if isinstance(v, datetime) else datetime.fromisoformat(str(v))


def measure(local: Engine, central: Engine) -> float | None:
    """Seconds this workstation's clock is ahead of the server's (negative: behind).
    Stored locally; None when the server's time cannot be read."""
    from app.sync.pull import set_state
    try:
        before = clock.utcnow()
        server = server_utc(central)
        after = clock.utcnow()
    except Exception as e:   # never fail a sync over a clock reading
        log.warning("server time not readable: %s", type(e).__name__)
        return None
    mid = before + (after - before) / 2
    offset = round((mid - server).total_seconds(), 1)
    with local.begin() as c:
        set_state(c, OFFSET, str(offset))
        set_state(c, CHECKED, after.isoformat(timespec="seconds"))
    if abs(offset) > limit_seconds(local):
        log.warning("clock differs from the central server by %.0f s", offset)
    return offset


def last_offset(local: Engine) -> float | None:
    from app.sync.pull import get_state
    with local.connect() as c:
        raw = get_state(c, OFFSET)
    try:
        return float(raw) if raw is not None else None
    except ValueError:
        return None


def limit_seconds(local: Engine) -> float:
    from sqlalchemy.orm import Session

    from app import config
    try:
        with Session(local) as s:
            return 60.0 * int(config.get(s, "sync.clock_skew_minutes"))
    except Exception:
        return 300.0


def warning(offset: float | None, limit: float = 300.0) -> str | None:
    """The officer's warning, or None while the clocks agree."""
    if offset is None or abs(offset) <= limit:
        return None
    minutes = round(abs(offset) / 60)
    if offset < 0:
        return tr("selisih jam {m} menit: jam komputer ini terlambat dari server pusat; "
                  "betulkan jam komputer").format(m=minutes)
    return tr("selisih jam {m} menit: jam komputer ini lebih cepat dari server pusat; "
              "betulkan jam komputer").format(m=minutes)


def warning_for(local: Engine) -> str | None:
    return warning(last_offset(local), limit_seconds(local))
