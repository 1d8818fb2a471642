"""Counter 2 and SiCantik: a number unknown locally is looked up live.

Importing this module registers `intake_lookup` in `app.services.intake.LOOKUPS`,
so `intake.open_file` tries SiCantik after the local database (the GUI's
SiCantik runner and the `loket sicantik` commands import it).
"""
from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from app import config
from app.services import applications, intake
from app.services.context import Actor
from db.models import Application


class _Bound:
    """What the importer needs of a Loket, made from the caller's session."""

    def __init__(self, session: Session, actor: Actor):
        self.Session = sessionmaker(bind=session.get_bind(), expire_on_commit=False)
        self.workstation = actor.workstation


def looks_like_number(text: str) -> bool:
    # Names and free text go to the search list, not to SiCantik.
    return 0 < len(text) <= 64 and not any(c.isspace() for c in text) and any(c.isdigit() for c in text)


def intake_lookup(session: Session, actor: Actor, text: str) -> Application | None:
    """intake.LOOKUPS entry. None when SiCantik is not configured or does not know
    the number; otherwise the imported file, read through the caller's session.
    Offline, too slow (about `sicantik.timeout_seconds`), or an unimportable row:
    ServiceError with a message that ends by offering the walk-in registration."""
    from app.sicantik.importer import lookup_live
    no = (text or "").strip()
    if not looks_like_number(no):
        return None
    if not str(config.get(session, "sicantik.base_url")).strip() or \
            not str(config.get(session, "sicantik.template.by_number")).strip():
        return None
    if lookup_live(_Bound(session, actor), no, actor=actor) is None:
        return None
    session.expire_all()
    return applications.get(session, no)


if intake_lookup not in intake.LOOKUPS:
    intake.LOOKUPS.append(intake_lookup)
