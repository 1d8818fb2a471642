"""Counter 2 and SiCantik: a number unknown locally is looked up live.

`intake_lookup` is listed in `app.services.intake.LOOKUPS` (named there, not
added by importing this module), so `intake.open_file` tries, after the local
database, the office's central database (when configured) and then SiCantik.
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session, sessionmaker

from app import config
from app.services import applications
from app.services.context import Actor
from db.models import Application

if TYPE_CHECKING:
    from app.runtime import Loket

log = logging.getLogger("loket.sicantik")


class _Bound:
    """What the importer (and the sync's fetch) need of a Loket, made from the caller's session."""

    def __init__(self, session: Session, actor: Actor) -> None:
        self.engine = session.get_bind()
        self.Session = sessionmaker(bind=self.engine, expire_on_commit=False)
        self.workstation = actor.workstation


def _from_central(session: Session, actor: Actor, no: str) -> Application | None:
    """The file from the office's central database, when there is one: a file
    received at another counter must open with its history, not be imported a
    second time from SiCantik (two rows, one number: a sync conflict)."""
    if not str(config.get(session, "central.url")).strip():
        return None
    # imported here: the sync's session pulls in push and pull, which counter 2
    # needs only when a number is unknown locally and a central database is set
    from app.sync import central as C
    from app.sync.session import fetch_file
    try:
        app_id = fetch_file(_Bound(session, actor), no)  # type: ignore[arg-type]
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


# -- an application of a SiCantik permit type not mapped yet ---------------------------

def may_choose_permit(loket: Loket, actor: Actor) -> bool:
    """Whether this officer may pick the Loket permit type of an unmapped SiCantik type at
    the counter: an administrator, or a LOKET2 officer named in `sicantik.counter_mappers`
    (usernames, comma-separated; `*` = every LOKET2 officer)."""
    if "ADMIN" in actor.roles:
        return True
    if "LOKET2" not in actor.roles:
        return False
    with loket.Session() as s:
        names = {n.strip().casefold() for n in str(config.get(s, "sicantik.counter_mappers")).split(",")}
    return "*" in names or actor.username.casefold() in names


def permit_choices(loket: Loket) -> list[tuple[str, str]]:
    """(code, name) of every Loket permit type, for the picker."""
    from sqlalchemy import select

    from db.models import PermitType
    with loket.Session() as s:
        return [(p.code, p.name) for p in s.scalars(select(PermitType).order_by(PermitType.name))]


def choose_permit_type(loket: Loket, actor: Actor, no_permohonan: str, permit_code: str) -> str:
    """Counter 2 receives a file SiCantik has under a permit type not mapped yet: the
    officer chooses the Loket type. The choice is recorded as the office's mapping (with
    an audit record naming the officer and the file), and the file is imported from the
    rows SiCantik sent, without asking SiCantik again. One transaction. Returns its id."""
    from sqlalchemy import select

    from app.i18n import tr
    from app.services.context import PermissionDenied, ServiceError
    from app.sicantik import importer
    from db.models.sicantik import SicantikWaiting
    if not may_choose_permit(loket, actor):
        raise PermissionDenied(tr("Hanya administrator, atau petugas Loket 2 yang diizinkan "
                                  "(sicantik.counter_mappers), yang dapat memetakan jenis izin SiCantik."))
    no = (no_permohonan or "").strip()
    with loket.Session() as s:
        w = s.scalar(select(SicantikWaiting).where(SicantikWaiting.no_permohonan == no,
                                                   SicantikWaiting.application_id.is_(None)))
        if w is None:
            raise ServiceError(tr("Permohonan {no} tidak sedang menunggu pemetaan jenis izin.").format(no=no))
        importer.record_permit_map(s, actor, permit_code, sicantik_id=w.permit_id,
                                   sicantik_name=w.permit_name,
                                   note=tr("dipilih di Loket 2 untuk {no}").format(no=no))
        s.flush()
        result = importer.Result()
        importer.import_rows(s, actor if "LOKET2" in actor.roles else Actor.system(actor.workstation),
                             list(w.rows), result)
        if not result.new:
            reason = result.failures[0][1] if result.failures else "-"
            raise ServiceError(tr("Permohonan {no} tidak dapat diimpor: {reason}").format(no=no, reason=reason))
        s.commit()
        return applications.get(s, no).id
