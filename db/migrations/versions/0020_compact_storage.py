"""compact storage on the workstation: UUID keys as 16 bytes and times as integer
microseconds in the SQLite file (db/base.py `UuidStr`, `UtcTime`); indexes that
only repeated the prefix of another one dropped (every backend).

The declared column types do not change (VARCHAR(36), DATETIME): SQLite keeps a
blob in a VARCHAR column and an integer in a DATETIME column as given, so only
the stored values are rewritten, in place, with the sync capture triggers muted
(nothing changed for the central database, nothing to push). The servers keep
their values as they are. The file is vacuumed afterwards, outside the
migration's transaction (db/migrate.py `upgrade`), to give the freed pages back.
A backup of the file is taken before any upgrade (app/runtime.py).

Revision ID: 0020
Revises: 0019
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import sqlalchemy as sa  # noqa: F401
from alembic import op

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None

# (table, index, columns): each is the leading part of another index of its table,
# which serves every query it served (checked with EXPLAIN QUERY PLAN, tests/bench/bench_dbsize.py).
REDUNDANT = (
    ("requirement_check", "ix_requirement_check_application_id", ["application_id"]),  # uq (application_id, requirement_id)
    ("application", "ix_application_state", ["state"]),                               # (state, due_date), (state, submitted_at, id)
)


# Most values are converted by SQLite itself (C speed); Python only for the rest.
# A canonical UUID text: 36 characters of lowercase hex with its four hyphens.
_UUID_TEXT = ("typeof({c}) = 'text' AND length({c}) = 36 AND {c} GLOB '" + "-".join(
    "[0-9a-f]" * n for n in (8, 4, 4, 4, 12)) + "'")
# SQLAlchemy's text form 'YYYY-MM-DD HH:MM:SS[.ffffff]' (SQLite's own strftime writes
# three digits): whole seconds by strftime('%s'), the fraction padded to microseconds.
_TIME_TEXT = ("CAST(strftime('%s', {c}) AS INTEGER) * 1000000 + "
              "CAST(substr(substr({c}, 21) || '000000', 1, 6) AS INTEGER)")


def _uuid_sql(c: str) -> str:
    return f"CASE WHEN {_UUID_TEXT.format(c=c)} THEN loket_unhex(replace({c}, '-', '')) ELSE {c} END"


def _time_sql(c: str) -> str:
    return (f"CASE WHEN typeof({c}) = 'text' AND length({c}) BETWEEN 19 AND 26 AND substr({c}, 11, 1) = ' ' "
            f"AND substr({c}, 20, 1) IN ('', '.') THEN coalesce({_TIME_TEXT.format(c=c)}, loket_time({c})) "
            f"WHEN typeof({c}) = 'text' THEN loket_time({c}) ELSE {c} END")


def _convert_sqlite(bind: Connection) -> None:
    from db.base import UtcTime, UuidStr, time_int
    from db.models import Base
    raw = bind.connection.driver_connection
    assert raw is not None   # an open connection has its sqlite3 connection
    raw.create_function("loket_unhex", 1, bytes.fromhex, deterministic=True)
    raw.create_function("loket_time", 1, time_int, deterministic=True)
    present = {r[0] for r in bind.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}
    # parents change their keys before the children: checked at commit
    bind.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    muted = "sync_mute" in present
    if muted:
        bind.exec_driver_sql("INSERT OR IGNORE INTO sync_mute (id) VALUES (1)")
    # A parent's new key is checked against its children: a child column no index
    # starts with (requirement_check.requirement_id) would be scanned once per parent row.
    helpers = []
    for table in Base.metadata.sorted_tables:
        if table.name not in present:
            continue
        # (index_info has a row per indexed column: never None for an index of the table)
        leading = {bind.exec_driver_sql(f'PRAGMA index_info("{ix[1]}")').first()[2]  # type: ignore[index]
                   for ix in bind.exec_driver_sql(f'PRAGMA index_list("{table.name}")').all()}
        for fk in table.foreign_keys:
            col = fk.parent.name
            if col not in leading:
                name = f"tmp_0020_{table.name}_{col}"
                bind.exec_driver_sql(f'CREATE INDEX "{name}" ON "{table.name}" ("{col}")')
                helpers.append(name)
                leading.add(col)
    for table in Base.metadata.sorted_tables:
        if table.name not in present:
            continue
        have = {r[1] for r in bind.exec_driver_sql(f'PRAGMA table_info("{table.name}")')}
        sets = []
        for column in table.columns:
            if column.name not in have:
                continue
            q = f'"{column.name}"'
            if isinstance(column.type, UuidStr):
                sets.append(f"{q} = {_uuid_sql(q)}")
            elif isinstance(column.type, UtcTime):
                sets.append(f"{q} = {_time_sql(q)}")
        if not sets:
            continue
        # Secondary indexes are built again afterwards, in one sorted pass, rather
        # than updated row by row (a file's indexes hold most of its keys and times).
        indexes = bind.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
            (table.name,)).all()
        for name, _sql in indexes:
            bind.exec_driver_sql(f'DROP INDEX "{name}"')
        bind.exec_driver_sql(f'UPDATE "{table.name}" SET {", ".join(sets)}')
        for _name, sql in indexes:
            bind.exec_driver_sql(sql)
    for name in helpers:
        bind.exec_driver_sql(f'DROP INDEX "{name}"')
    if muted:
        bind.exec_driver_sql("DELETE FROM sync_mute")


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        _convert_sqlite(bind)
    for table, index, _cols in REDUNDANT:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(index)


def downgrade() -> None:
    for table, index, cols in REDUNDANT:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.create_index(index, cols, unique=False)
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        from db.base import UtcTime, UuidStr, time_value, uuid_text
        from db.models import Base
        raw = bind.connection.driver_connection
        assert raw is not None   # an open connection has its sqlite3 connection
        raw.create_function("loket_uuid_text", 1, uuid_text, deterministic=True)
        raw.create_function("loket_time_text", 1,
                            lambda v: None if v is None else time_value(v).isoformat(sep=" ", timespec="microseconds"),
                            deterministic=True)
        present = {r[0] for r in bind.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}
        bind.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        if "sync_mute" in present:
            bind.exec_driver_sql("INSERT OR IGNORE INTO sync_mute (id) VALUES (1)")
        for tbl in Base.metadata.sorted_tables:
            if tbl.name not in present:
                continue
            have = {r[1] for r in bind.exec_driver_sql(f'PRAGMA table_info("{tbl.name}")')}
            sets = [f'"{c.name}" = loket_uuid_text("{c.name}")' for c in tbl.columns
                    if c.name in have and isinstance(c.type, UuidStr)]
            sets += [f'"{c.name}" = loket_time_text("{c.name}")' for c in tbl.columns
                     if c.name in have and isinstance(c.type, UtcTime)]
            if sets:
                bind.exec_driver_sql(f'UPDATE "{tbl.name}" SET {", ".join(sets)}')
        if "sync_mute" in present:
            bind.exec_driver_sql("DELETE FROM sync_mute")
