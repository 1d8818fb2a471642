"""applicant, company and survey stamps and technical-data keys on the workstation; no
index on handover.handed_at.

An applicant's or a company's record whose update stamps are its creation stamps
(updated_at == created_at, updated_by == created_by, updated_ws == created_ws: a record never
edited since it was written, most of them) stores updated_at = 0 and NULL in updated_by and
updated_ws in the SQLite file, as migration 0028 does for checklist rows (db/base.py DERIVED_STAMPS: about 33 bytes less per
record, one applicant per file and a company for some). The services write a new record in
that form (db/base.py `fresh_stamps`); a trigger keeps every record inserted later compact,
whoever writes it; the sync capture trigger does not count that as an edit
(app/sync/capture.py), and an edit writes all three stamps again (db/engine.py). Python and
the servers see the stamps as written; the DDL and the central database are unchanged.

A survey response whose created_at is its `at` (the service records it in one instant)
stores created_at = 0 the same way (8 bytes less per survey); its creator and workstation
stay stored, a survey having no officer columns of its own.

The top-level keys of an application's technical data (the permit type's technical fields,
"Nama fasilitas pelayanan kesehatan" and the like) written as their position in a fixed list
(db/codes.py TECHNICAL_KEYS, the fields of the permit types Loket ships; db/base.py
`CodedJSON`, as migration 0023 did for events' data): about 65 bytes less per application.
A field not listed is stored as its text. Each value is read and written again by the
type's own code.

And ix_handover_handed_at dropped, on every database (the schema stays one): no query reads
hand-overs by time. A hand-over is looked up by its file (its unique application_id,
app/services/handover.py); the hand-overs of a period are counted from their workflow
events, through (action, at). About 17 bytes per application on the workstation's file.

Rewritten in place with the sync capture triggers muted (nothing to push); a backup is
taken before any upgrade (app/runtime.py), the file vacuumed after (db/migrate.py
`upgrade`). The downgrade writes the stamps and the keys back in full and creates the index
again.

Revision ID: 0031
Revises: 0030
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

import sqlalchemy as sa  # noqa: F401
from alembic import op

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

revision = "0031"
down_revision = "0030"
branch_labels = None
depends_on = None

# table → its compaction trigger
TRIGGERS = {"applicant": "loket_applicant_stamps", "company": "loket_company_stamps"}
# Only where every stamp equals its column (IS: NULL equals NULL), and never a row
# already compact (its updated_at is 0): the marker alone says "derived".
OWN = ("{r}updated_at = {r}created_at AND {r}updated_at <> 0 AND {r}updated_by IS {r}created_by "
       "AND {r}updated_ws IS {r}created_ws")


def trigger_sql(table: str) -> str:
    return (f"CREATE TRIGGER {TRIGGERS[table]} AFTER INSERT ON {table} WHEN {OWN.format(r='NEW.')} "
            f"BEGIN UPDATE {table} SET updated_at = 0, updated_by = NULL, updated_ws = NULL "
            "WHERE id = NEW.id; END")


# A survey whose created_at is its `at` (the service writes one instant) stores created_at = 0.
SURVEY_TRIGGER = "loket_survey_stamps"
SURVEY_OWN = "{r}created_at = {r}at AND {r}created_at <> 0"
SURVEY_TRIGGER_SQL = (f"CREATE TRIGGER {SURVEY_TRIGGER} AFTER INSERT ON survey_response "
                      f"WHEN {SURVEY_OWN.format(r='NEW.')} "
                      "BEGIN UPDATE survey_response SET created_at = 0 WHERE id = NEW.id; END")


def _muted(bind: Connection, table: str, sql: str) -> bool:
    present = {r[0] for r in bind.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if table not in present:
        return False
    muted = "sync_mute" in present
    if muted:     # the capture triggers stay quiet: nothing here goes to the central database
        bind.exec_driver_sql("INSERT OR IGNORE INTO sync_mute (id) VALUES (1)")
    bind.exec_driver_sql(sql)
    if muted:
        bind.exec_driver_sql("DELETE FROM sync_mute")
    return True


def _technical_keys(bind: Connection, *, upgrade: bool) -> None:
    """application.technical_data with its keys coded (upgrade) or spelt out (downgrade)."""
    import json

    from sqlalchemy.dialects import sqlite

    from db.base import json_dumps
    from db.codes import TECHNICAL_DATA
    lite = sqlite.dialect()
    convert = TECHNICAL_DATA.process_bind_param if upgrade else TECHNICAL_DATA.process_result_value

    def redo(text: Any) -> Any:
        if not isinstance(text, str):
            return text
        try:
            value = json.loads(text)
        except ValueError:      # not JSON (written by hand): left as it is
            return text
        return json_dumps(convert(value, lite))
    raw = bind.connection.driver_connection
    assert raw is not None   # an open connection has its sqlite3 connection
    raw.create_function("loket_technical_keys", 1, redo, deterministic=True)
    _muted(bind, "application", "UPDATE application SET technical_data = loket_technical_keys(technical_data) "
                                "WHERE technical_data IS NOT NULL")


def upgrade() -> None:
    op.drop_index("ix_handover_handed_at", table_name="handover", if_exists=True)
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    for table, trigger in TRIGGERS.items():
        if _muted(bind, table, f"UPDATE {table} SET updated_at = 0, updated_by = NULL, updated_ws = NULL "
                               f"WHERE {OWN.format(r='')}"):
            bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger}")
            bind.exec_driver_sql(trigger_sql(table))
    if _muted(bind, "survey_response", "UPDATE survey_response SET created_at = 0 "
                                       f"WHERE {SURVEY_OWN.format(r='')}"):
        bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {SURVEY_TRIGGER}")
        bind.exec_driver_sql(SURVEY_TRIGGER_SQL)
    _technical_keys(bind, upgrade=True)


def downgrade() -> None:
    op.drop_index("ix_handover_handed_at", table_name="handover", if_exists=True)
    op.create_index("ix_handover_handed_at", "handover", ["handed_at"], unique=False)
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    for table, trigger in TRIGGERS.items():
        bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger}")
        _muted(bind, table, f"UPDATE {table} SET updated_at = created_at, updated_by = created_by, "
                            "updated_ws = created_ws WHERE updated_at = 0")
    bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {SURVEY_TRIGGER}")
    _muted(bind, "survey_response", "UPDATE survey_response SET created_at = at WHERE created_at = 0")
    _technical_keys(bind, upgrade=False)
