"""Tables of the central-database sync (migration 0006; see app/sync/).

The same migrations build the workstation's SQLite file and the central
database, so every table below exists on both; each is used on one side only:

- workstation: `sync_outbox` (rows waiting to go up, written by SQLite triggers in
  the same transaction as the change), `sync_state` (pull cursor, install id,
  last success), `sync_mute` (a row here while a pulled change is applied, so
  the capture triggers stay quiet).
- central: `sync_change` (the change log the workstations pull from),
  `sync_clock` (the one-row commit counter that orders it), `sync_single_shot`
  (one hand-over / signature per application office-wide), `sync_client`
  (which installation owns which workstation name).
- both: `sync_conflict`, append-only, written centrally and pulled everywhere,
  so an administrator sees every overwritten value and refused change.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy.types import DateTime as _DateTime

from db.base import Base, Synced, UtcTime, UuidStr, utcnow

# SQLite needs INTEGER for an auto-increment key; the servers get BIGINT.
BigId = BigInteger().with_variant(Integer, "sqlite")


@compiles(_DateTime, "mysql")
@compiles(_DateTime, "mariadb")
def _mysql_datetime_micro(type_: Any, compiler: Any, **kw: Any) -> str:
    # MySQL's DATETIME drops microseconds. A row must come back from the central
    # copy exactly as it went up: the push merges field by field, comparing each
    # value with the base and the central copy (app/sync/push.merge), so a time
    # cut to the second would count as an edit of its own and travel down again.
    # Which of two edits wins is decided by the row's logical clock (`version`,
    # then the workstation name; push._newer), never by a time.
    return "DATETIME(6)"


class SyncOutbox(Base):
    __tablename__ = "sync_outbox"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(UuidStr(120))
    # Raised by every captured write: the acknowledgement removes the entry only
    # when nothing was written to the row while it was on its way up.
    gen: Mapped[int] = mapped_column(Integer, default=0)
    # The row as it was before the first unsent edit (mutable tables): the common
    # ancestor for the per-field merge.
    base_version: Mapped[int | None] = mapped_column(Integer)
    base: Mapped[str | None] = mapped_column(Text)
    queued_at: Mapped[datetime] = mapped_column(UtcTime, default=utcnow)
    # Set when the central database refused the row (its reason, in the officer's
    # words) or when the row waits for a refused parent (`waits_for` = "table:id").
    # Such a row stays queued and is offered again at every sync (app/sync/outbox.py).
    refused: Mapped[str | None] = mapped_column(Text)
    refused_at: Mapped[datetime | None] = mapped_column(UtcTime)
    waits_for: Mapped[str | None] = mapped_column(String(160))
    __table_args__ = (UniqueConstraint("table_name", "row_id", name="uq_sync_outbox_row"),)


class SyncState(Base):
    __tablename__ = "sync_state"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SyncMute(Base):
    __tablename__ = "sync_mute"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)


class SyncChange(Base):
    __tablename__ = "sync_change"
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    # The pushing transaction; its rows get `seq` under the clock lock just
    # before commit, so seq order is commit order (app/sync/push.py). Written,
    # never searched by: no index (migration 0033).
    txn: Mapped[str] = mapped_column(String(36))
    seq: Mapped[int | None] = mapped_column(BigInteger)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(120))
    ws: Mapped[str] = mapped_column(String(64))
    __table_args__ = (Index("ix_sync_change_seq_id", "seq", "id"),)


class SyncClock(Base):
    __tablename__ = "sync_clock"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    value: Mapped[int] = mapped_column(BigInteger, default=0)


class NumberBlock(Base):
    """A block of office-wide numbers (permit, rejection…) reserved for one
    workstation (app/sync/blocks.py). Central: the register of every block ever
    handed out. Workstation: its own blocks, `next_value` the next number to use."""
    __tablename__ = "number_block"
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(String(120))
    ws: Mapped[str] = mapped_column(String(64))
    low: Mapped[int] = mapped_column(BigInteger)
    high: Mapped[int] = mapped_column(BigInteger)
    next_value: Mapped[int] = mapped_column(BigInteger)
    reserved_at: Mapped[datetime] = mapped_column(UtcTime, default=utcnow)
    __table_args__ = (Index("ix_number_block_key_ws", "key", "ws"),)


class SyncSingleShot(Base):
    __tablename__ = "sync_single_shot"
    application_id: Mapped[str] = mapped_column(UuidStr, primary_key=True)
    action: Mapped[str] = mapped_column(String(40), primary_key=True)
    event_id: Mapped[str] = mapped_column(UuidStr)
    ws: Mapped[str | None] = mapped_column(String(64))
    at: Mapped[datetime | None] = mapped_column(UtcTime)


class SyncClient(Base):
    __tablename__ = "sync_client"
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    install_id: Mapped[str] = mapped_column(UuidStr)
    first_seen: Mapped[datetime] = mapped_column(UtcTime, default=utcnow)
    last_seen: Mapped[datetime | None] = mapped_column(UtcTime)


class SyncConflict(Base, Synced):
    """A value that lost (kind FIELD) or a change the central database refused
    (kind REJECTED), with both sides, for an administrator to read."""
    __tablename__ = "sync_conflict"
    kind: Mapped[str] = mapped_column(String(16))
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(120), index=True)
    field: Mapped[str | None] = mapped_column(String(64))
    kept_value: Mapped[str | None] = mapped_column(Text)
    lost_value: Mapped[str | None] = mapped_column(Text)
    kept_ws: Mapped[str | None] = mapped_column(String(64))
    lost_ws: Mapped[str | None] = mapped_column(String(64), index=True)
    message: Mapped[str | None] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(UtcTime, default=utcnow, index=True)
