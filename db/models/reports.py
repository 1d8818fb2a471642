"""The reports' running totals (app/reports/rollup.py): per local day, permit type
and kind of fact, how many. Kept by SQLite triggers in the same transaction as
the events and survey answers they count; this workstation's own cache (never
synced, rebuilt from the events whenever it is missing or the office's time
zone changed)."""
from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, UuidStr


class ReportRollup(Base):
    __tablename__ = "report_rollup"
    # one b-tree on the key, no rowid table beside it (migration 0029)
    __table_args__ = {"sqlite_with_rowid": False}
    # receive_online, receive_walkin, sign, sign_ok, expires, survey, U1…U9; _meta (offset hours)
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    permit_type_id: Mapped[str] = mapped_column(UuidStr, primary_key=True)   # '' for surveys
    n: Mapped[int] = mapped_column(Integer, default=0)
