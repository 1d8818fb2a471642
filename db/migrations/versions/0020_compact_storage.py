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
import sqlalchemy as sa  # noqa: F401
from alembic import op

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


def _convert_sqlite(bind) -> None:
    from db.base import UtcTime, UuidStr, time_int, uuid_bytes
    from db.models import Base
    raw = bind.connection.driver_connection
    raw.create_function("loket_uuid", 1, uuid_bytes, deterministic=True)
    raw.create_function("loket_time", 1, time_int, deterministic=True)
    present = {r[0] for r in bind.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}
    # parents change their keys before the children: checked at commit
    bind.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    muted = "sync_mute" in present
    if muted:
        bind.exec_driver_sql("INSERT OR IGNORE INTO sync_mute (id) VALUES (1)")
    for table in Base.metadata.sorted_tables:
        if table.name not in present:
            continue
        have = {r[1] for r in bind.exec_driver_sql(f'PRAGMA table_info("{table.name}")')}
        sets = []
        for col in table.columns:
            if col.name not in have:
                continue
            q = f'"{col.name}"'
            if isinstance(col.type, UuidStr):
                sets.append(f"{q} = loket_uuid({q})")
            elif isinstance(col.type, UtcTime):
                sets.append(f"{q} = loket_time({q})")
        if sets:
            bind.exec_driver_sql(f'UPDATE "{table.name}" SET {", ".join(sets)}')
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
        raw.create_function("loket_uuid_text", 1, uuid_text, deterministic=True)
        raw.create_function("loket_time_text", 1,
                            lambda v: None if v is None else time_value(v).isoformat(sep=" ", timespec="microseconds"),
                            deterministic=True)
        present = {r[0] for r in bind.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}
        bind.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        if "sync_mute" in present:
            bind.exec_driver_sql("INSERT OR IGNORE INTO sync_mute (id) VALUES (1)")
        for table in Base.metadata.sorted_tables:
            if table.name not in present:
                continue
            have = {r[1] for r in bind.exec_driver_sql(f'PRAGMA table_info("{table.name}")')}
            sets = [f'"{c.name}" = loket_uuid_text("{c.name}")' for c in table.columns
                    if c.name in have and isinstance(c.type, UuidStr)]
            sets += [f'"{c.name}" = loket_time_text("{c.name}")' for c in table.columns
                     if c.name in have and isinstance(c.type, UtcTime)]
            if sets:
                bind.exec_driver_sql(f'UPDATE "{table.name}" SET {", ".join(sets)}')
        if "sync_mute" in present:
            bind.exec_driver_sql("DELETE FROM sync_mute")
