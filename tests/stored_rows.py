"""Rows as the SQLite file stores them, read with the standard library's driver past
SQLAlchemy's column types: the storage tests (16-byte keys, integer times, coded enums,
compact stamps, migrations) check the bytes on disk, not what the ORM makes of them."""
from __future__ import annotations

import sqlite3
from pathlib import Path


def stored(db: str | Path, sql: str, args: tuple = ()) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()
