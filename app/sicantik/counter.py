"""Counter 2 and SiCantik: a number unknown locally is looked up live.

Importing this module registers `intake_lookup` in `app.services.intake.LOOKUPS`,
so `intake.open_file` tries, after the local database, the office's central
database (when configured) and then SiCantik. The intake page and the GUI's
SiCantik runner import it.
"""
from __future__ import annotations

import logging

from sqlalchemy.orm import Session, sessionmaker

from app import config
from app.services import applications, intake
from app.services.context import Actor
from db.models import Application

log = logging.getLogger("loket.sicantik")


class _Bound:
    """What the importer (and the sync's fetch) need of a Loket, made from the caller's session."""

    def __init__(self, session: Session, actor: Actor):
        self.engine = session.get_bind()
        self.Session = sessionmaker(bind=self.engine, expire_on_commit=False)
        self.workstation = actor.workstation


def _from_central(session: Session, actor: Actor, no: str) -> Application | None:
    """The file from the office's central database, when there is one: a file
    received at another counter must open with its history, not be imported a
    second time from SiCantik (two rows, one number: a sync conflict)."""
    if not str(config.get(session, "central.url")).strip():
        return None
    try:
        from app.sync import central as C
        from app.sync.session import fetch_file
    except ImportError:
        return None
    try:
        app_id = fetch_file(_Bound(session, actor), no)
    except C.Unreachable as e:
        log.info("central database unreachable for %s, asking SiCantik: %s", no, type(e).__name__)
        return None
    if app_id is None:
        return None
    session.expire_all()
    return applications.get(session, app_id)


def looks_like_number(text: str, pattern: str = "") -> bool:
    """Names and free text go to the search list, not to SiCantik; neither does a text
    SiCantik's SQL must not see (client.check_number: quotes, operators, other formats)."""
    from app.sicantik.client import BadParameter, check_number
    if not any(c.isdigit() for c in text):
        return False
    try:
        check_number(text, pattern)
    except BadParameter:
        return False
    return True


def intake_lookup(session: Session, actor: Actor, text: str) -> Application | None:
    """intake.LOOKUPS entry. None when SiCantik is not configured or does not know
    the number; otherwise the imported file, read through the caller's session.
    Offline, too slow (about `sicantik.timeout_seconds`), or an unimportable row:
    ServiceError with a message that ends by offering the walk-in registration."""
    from app.sicantik.importer import lookup_live
    no = (text or "").strip()
    if not looks_like_number(no, str(config.get(session, "sicantik.number_pattern") or "").strip()):
        return None
    found = _from_central(session, actor, no)
    if found is not None:
        return found
    if not str(config.get(session, "sicantik.base_url")).strip() or \
            not str(config.get(session, "sicantik.template.by_number")).strip():
        return None
    if lookup_live(_Bound(session, actor), no, actor=actor) is None:
        return None
    session.expire_all()
    return applications.get(session, no)


if intake_lookup not in intake.LOOKUPS:
    intake.LOOKUPS.append(intake_lookup)
