"""the SQLite file's dictionary of repeated words: the officer names and workstations
of events, hand-overs and checklist rows stored as a short code.

A workflow event names the officer who acted and the workstation as text, about 28
bytes in each of a file's dozen events, from a few dozen distinct values; a hand-over
its officer and workstation, a checklist row the workstation it was written at. On the
workstation's file each is now stored once in `text_code` (id, value; never synced,
only appended to) and in the row as the decimal digits of its id, as a blob
(db/base.py `CodedText`: a blob marks a code, text reads as itself). About 330 bytes
less per application. A trigger codes every row inserted later, whoever writes it;
the bulk writers code their values directly (db/textcode.py). The sync capture
trigger does not count the coding as an edit and the append-only guard compares the
words, not their codes (app/sync/capture.py). Python and the servers see the text;
the servers get the (empty) table and nothing else.

Rewritten in place with the sync capture triggers muted (nothing to push); a backup is
taken before any upgrade (app/runtime.py), the file vacuumed after (db/migrate.py
`upgrade`). The downgrade writes the words back and drops the triggers and the table.

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

# table → its coded columns (db/base.py CodedText, as of this revision)
CODED = {"workflow_event": ("actor_name", "workstation"), "handover": ("officer_name", "workstation"),
         "requirement_check": ("created_ws",)}


def trigger_name(table: str) -> str:
    return f"loket_{table}_codes"


def _text(expr: str) -> str:      # db/base.py text_code_sql, as of this revision
    return (f"(CASE WHEN typeof({expr}) = 'blob' THEN (SELECT value FROM text_code "
            f"WHERE id = CAST({expr} AS INTEGER)) ELSE {expr} END)")


def _code(col: str) -> str:
    return (f"{col} = (CASE WHEN typeof({col}) = 'text' THEN (SELECT CAST(id AS BLOB) FROM text_code "
            f"WHERE value = {col}) ELSE {col} END)")


def _uncoded(cols: tuple[str, ...], r: str = "") -> str:
    return " OR ".join(f"typeof({r}{c}) = 'text'" for c in cols)


def trigger_sql(table: str) -> str:
    cols = CODED[table]
    words = " UNION ALL ".join(f"SELECT NEW.{c} WHERE typeof(NEW.{c}) = 'text'" for c in cols)
    return (f"CREATE TRIGGER {trigger_name(table)} AFTER INSERT ON {table} WHEN {_uncoded(cols, 'NEW.')} "
            f"BEGIN INSERT OR IGNORE INTO text_code (value) {words}; "
            f"UPDATE {table} SET {', '.join(_code(c) for c in cols)} WHERE id = NEW.id; END")


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
    # the commonest words first, so they get the shortest codes
    words = " UNION ALL ".join(f"SELECT {c} AS w FROM {t} WHERE typeof({c}) = 'text'"
                               for t, cols in CODED.items() for c in cols)
    bind.exec_driver_sql(f"INSERT OR IGNORE INTO text_code (value) SELECT w FROM ({words}) "
                         "GROUP BY w ORDER BY count(*) DESC")
    for t, cols in CODED.items():
        _muted(bind, f"UPDATE {t} SET {', '.join(_code(c) for c in cols)} WHERE {_uncoded(cols)}")
        bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger_name(t)}")
        bind.exec_driver_sql(trigger_sql(t))


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for t, cols in CODED.items():
            bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger_name(t)}")
            coded = " OR ".join(f"typeof({c}) = 'blob'" for c in cols)
            _muted(bind, f"UPDATE {t} SET {', '.join(f'{c} = {_text(c)}' for c in cols)} WHERE {coded}")
        # the sync triggers that read the dictionary (app/sync/capture.py): Loket makes them
        # again, without it, when it next opens the file
        for (name,) in bind.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                            "AND sql LIKE '%text_code%'").all():
            bind.exec_driver_sql(f'DROP TRIGGER "{name}"')
    op.drop_table("text_code")
