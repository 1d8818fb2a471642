"""the SQLite file's dictionary of repeated words: an event's officer name and
workstation stored as a short code.

A workflow event names the officer who acted and the workstation as text, about 28
bytes in each of a file's dozen events, from a few dozen distinct values. On the
workstation's file each is now stored once in `text_code` (id, value; never synced,
only appended to) and in the event as the decimal digits of its id, as a blob
(db/base.py `CodedText`: a blob marks a code, text reads as itself). About 280 bytes
less per application. A trigger codes every event inserted later, whoever writes it;
the bulk writers code their values directly (db/textcode.py). The sync capture
trigger does not count the coding as an edit and the append-only guard compares the
words, not their codes (app/sync/capture.py). Python and the servers see the text;
the servers get the (empty) table and nothing else.

Rewritten in place with the sync capture triggers muted (nothing to push); a backup is
taken before any upgrade (app/runtime.py), the file vacuumed after (db/migrate.py
`upgrade`). The downgrade writes the words back and drops the trigger and the table.

Revision ID: 0032
Revises: 0031
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import sqlalchemy as sa
from alembic import op

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

revision = "0032"
down_revision = "0031"
branch_labels = None
depends_on = None

TABLE = "workflow_event"
COLUMNS = ("actor_name", "workstation")
TRIGGER = "loket_event_codes"


def _text(expr: str) -> str:      # db/base.py text_code_sql, as of this revision
    return (f"(CASE WHEN typeof({expr}) = 'blob' THEN (SELECT value FROM text_code "
            f"WHERE id = CAST({expr} AS INTEGER)) ELSE {expr} END)")


def _code(col: str) -> str:
    return (f"{col} = (CASE WHEN typeof({col}) = 'text' THEN (SELECT CAST(id AS BLOB) FROM text_code "
            f"WHERE value = {col}) ELSE {col} END)")


UNCODED = " OR ".join(f"typeof({{r}}{c}) = 'text'" for c in COLUMNS)
NEW_WORDS = " UNION ALL ".join(f"SELECT NEW.{c} WHERE typeof(NEW.{c}) = 'text'" for c in COLUMNS)
TRIGGER_SQL = (f"CREATE TRIGGER {TRIGGER} AFTER INSERT ON {TABLE} WHEN {UNCODED.format(r='NEW.')} "
               f"BEGIN INSERT OR IGNORE INTO text_code (value) {NEW_WORDS}; "
               f"UPDATE {TABLE} SET {', '.join(_code(c) for c in COLUMNS)} WHERE id = NEW.id; END")


def _muted(bind: Connection, sql: str) -> None:
    present = {r[0] for r in bind.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}
    muted = "sync_mute" in present
    if muted:     # the capture triggers stay quiet: nothing here goes to the central database
        bind.exec_driver_sql("INSERT OR IGNORE INTO sync_mute (id) VALUES (1)")
    bind.exec_driver_sql(sql)
    if muted:
        bind.exec_driver_sql("DELETE FROM sync_mute")


def upgrade() -> None:
    op.create_table(
        "text_code",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_text_code")),
        sa.UniqueConstraint("value", name=op.f("uq_text_code_value")),
    )
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    # the words in order of first use, so the commonest get the shortest codes soonest
    words = " UNION ALL ".join(f"SELECT {c} AS w FROM {TABLE} WHERE typeof({c}) = 'text'" for c in COLUMNS)
    bind.exec_driver_sql(f"INSERT OR IGNORE INTO text_code (value) SELECT w FROM ({words}) "
                         "GROUP BY w ORDER BY count(*) DESC")
    _muted(bind, f"UPDATE {TABLE} SET {', '.join(_code(c) for c in COLUMNS)} WHERE {UNCODED.format(r='')}")
    bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {TRIGGER}")
    bind.exec_driver_sql(TRIGGER_SQL)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {TRIGGER}")
        coded = " OR ".join(f"typeof({c}) = 'blob'" for c in COLUMNS)
        _muted(bind, f"UPDATE {TABLE} SET {', '.join(f'{c} = {_text(c)}' for c in COLUMNS)} WHERE {coded}")
        # the sync triggers that read the dictionary (app/sync/capture.py): Loket makes them
        # again, without it, when it next opens the file
        for (name,) in bind.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                            "AND sql LIKE '%text_code%'").all():
            bind.exec_driver_sql(f'DROP TRIGGER "{name}"')
    op.drop_table("text_code")
