"""The applicant's consent to messages and the channel they prefer, per file.

Recorded at intake: the walk-in form has the choice (app/services/intake.py calls
`record` in the registration's transaction), and an online file's applicant is asked
when they come to counter 2 (`set_preference`, with the phone and e-mail SiCantik
brought). No row, or channel NONE, means no message at all for that file.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from app import audit, identity, validation
from app.i18n import tr
from app.services.context import Actor
from db.models import Application, NotifyPreference

NONE, WHATSAPP, SMS, EMAIL = "NONE", "WHATSAPP", "SMS", "EMAIL"
CHANNEL_LABELS = {
    NONE: "Tidak mau diberi tahu",
    WHATSAPP: "WhatsApp",
    SMS: "SMS",
    EMAIL: "Surel (e-mail)",
}


@dataclass(frozen=True)
class Preference:
    channel: str
    address: str | None


def preference_id(application_id: str) -> str:
    return identity.key("notify_preference", application_id)


def address_for(channel: str, mobile: str | None, email: str | None) -> str | None:
    """The cleaned address for `channel`, or validation.Invalid with a message for the
    counter ("WhatsApp chosen, but the mobile number is not one")."""
    channel = (channel or NONE).upper()
    if channel not in CHANNEL_LABELS:
        raise validation.Invalid("notify_channel", tr("Saluran pemberitahuan tidak dikenal: {c}.").format(c=channel))
    if channel == NONE:
        return None
    if channel in (WHATSAPP, SMS):
        if not (mobile or "").strip():
            raise validation.Invalid("mobile", tr("Pemberitahuan lewat {c} dipilih: isi nomor HP pemohon.")
                                     .format(c=tr(CHANNEL_LABELS[channel])))
        return validation.mobile_62(mobile or "")   # not empty: checked above
    if not (email or "").strip():
        raise validation.Invalid("email", tr("Pemberitahuan lewat surel dipilih: isi alamat surel pemohon."))
    return validation.email(email or "")   # not empty: checked above


def check(channel: str | None, mobile: str | None, email: str | None) -> None:
    """For the intake form: refuse a channel the contact fields cannot serve."""
    address_for(channel or NONE, mobile, email)


def get(session: Session, application_id: str) -> Preference | None:
    row = session.get(NotifyPreference, preference_id(application_id))
    return None if row is None else Preference(row.channel, row.address)


def record(session: Session, actor: Actor, app: Application, channel: str | None,
           mobile: str | None = None, email: str | None = None) -> Preference:
    """Write the preference in the caller's transaction (the caller commits)."""
    channel = (channel or NONE).upper()
    address = address_for(channel, mobile, email)
    pid = preference_id(app.id)
    row = session.get(NotifyPreference, pid)
    if row is None:
        row = NotifyPreference(id=pid, application_id=app.id, channel=channel, address=address,
                               created_by=actor.officer_id, created_ws=actor.workstation)
        session.add(row)
    elif (row.channel, row.address) != (channel, address):
        row.channel, row.address = channel, address
        row.updated_by, row.updated_ws = actor.officer_id, actor.workstation
        row.version = (row.version or 0) + 1
    return Preference(channel, address)


def set_preference(session: Session, actor: Actor, no_or_id: str, channel: str) -> Preference:
    """Counter 2 asks an online applicant: consent and channel, with the phone and
    e-mail on file (from SiCantik). Commits."""
    from app.services import applications
    actor.require("LOKET2", "ADMIN")
    try:
        app = applications.get(session, no_or_id)
        a = app.applicant
        pref = record(session, actor, app, channel, a.mobile or a.phone, a.email)
        audit.record(session, actor, "notify.consent", "application", app.id,
                     f"{app.no_permohonan}: {pref.channel}")
        session.commit()
    except BaseException:
        session.rollback()
        raise
    return pref
