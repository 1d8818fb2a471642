"""Shared by the trust tests (issue #14): the attacker's tool, raw SQL on a workstation's file."""
from __future__ import annotations

import sqlite3


def raw_sql(st, *statements) -> None:
    """Run statements on the station's SQLite file behind Loket's back: past the file's own
    append-only guard too (app/sync/capture.py `_guard_sql`, no security boundary for whoever
    holds the file), dropped for the statements and put back after them."""
    st.engine.dispose()
    con = sqlite3.connect(st.loket.db_path)
    guards = con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                         "AND name LIKE 'sync_ao_%'").fetchall()
    for name, _ddl in guards:
        con.execute(f'DROP TRIGGER "{name}"')
    for q in statements:
        con.execute(q)
    for _name, ddl in guards:
        con.execute(ddl)
    con.commit()
    con.close()
