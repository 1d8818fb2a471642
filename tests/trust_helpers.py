"""Shared by the trust tests (issue #14): the attacker's tool, raw SQL on a workstation's file."""
from __future__ import annotations

import sqlite3


def raw_sql(st, *statements) -> None:
    """Run statements on the station's SQLite file behind Loket's back."""
    st.engine.dispose()
    con = sqlite3.connect(st.loket.db_path)
    for q in statements:
        con.execute(q)
    con.commit()
    con.close()
