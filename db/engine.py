"""Engines and sessions for the local SQLite file and the central server."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from db.base import DERIVED_STAMPS, Mutable, json_dumps

# WAL lets the GUI read while a background sync writes. synchronous=FULL because a
# receipt handed to an applicant must survive a power cut right after printing;
# NORMAL in WAL mode may lose the last commits on power loss. busy_timeout covers
# the GUI and the sync thread briefly contending for the write lock.
SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=10000",
)


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def make_engine(url: str, **kw: Any) -> Engine:
    if url.startswith("sqlite"):
        kw.setdefault("json_serializer", json_dumps)
        engine = create_engine(url, **kw)

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: Any, _record: Any) -> None:
            # pysqlite's own transaction handling would defer BEGIN; keep it but
            # make pragmas take effect outside any transaction.
            cur = dbapi_conn.cursor()
            for p in SQLITE_PRAGMAS:
                cur.execute(p)
            cur.close()

        return engine
    return create_engine(url, pool_pre_ping=True, **kw)


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@event.listens_for(Session, "before_flush")
def _bump_versions(session: Session, _ctx: Any, _instances: Any) -> None:
    # Every in-place edit of a mutable row raises its version, so sync can tell
    # concurrent offline edits apart (see the sync issue's conflict rule).
    for obj in session.dirty:
        if isinstance(obj, Mutable) and session.is_modified(obj, include_collections=False):
            obj.version = (obj.version or 0) + 1


@event.listens_for(Session, "before_flush")
def _full_update_stamps(session: Session, _ctx: Any, _instances: Any) -> None:
    # A row stored with derived stamps (db/base.py DERIVED_STAMPS) loads them as written;
    # an edit that writes the marker (a checklist row's updated_at, by its onupdate) but
    # not the other stamps would leave them stored as NULL, read as NULL from then on.
    # So such an edit writes them all, as loaded or as set: the row leaves the compact
    # form whole. An edit that leaves the marker alone (a hand-over's document ids) keeps it.
    from sqlalchemy.orm import attributes
    for obj in session.dirty:
        spec = DERIVED_STAMPS.get(getattr(obj, "__tablename__", ""))
        if spec is None or not session.is_modified(obj, include_collections=False):
            continue
        marker = spec[0]
        if obj.__table__.c[marker].onupdate is None and not attributes.get_history(obj, marker).has_changes():
            continue
        loaded = attributes.instance_dict(obj)
        for col, _sibling in spec[1]:
            if col != marker and col in loaded:
                attributes.flag_modified(obj, col)

