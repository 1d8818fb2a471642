"""Putting messages in the queue, in the transaction of the event that causes them.

`workflow.apply` calls `on_event` for every event it appends; complaints call
`on_complaint_answered`. Nothing here talks to a server: a row is written and the
caller's commit makes it durable together with the event (a rollback drops both).

Which event says what:
- receive      → RECEIVED   (receipt number, estimated completion date)
- return       → RETURNED   (exactly what is missing)
- sign         → READY      (what to bring) and, for a permit with a validity period,
                 EXPIRY ×3  due 90, 30 and 7 calendar days before it ends, at 08:00
                 office time (holidays do not matter: the permit ends on a calendar day)
- hand_over    → HANDED_OVER
A renewal received for a permit cancels that permit's reminders still waiting.
"""
from __future__ import annotations

import logging
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any, TypedDict, cast
from zoneinfo import ZoneInfo

from sqlalchemy import CursorResult, select, update
from sqlalchemy.orm import Session

from app import config, identity, validation
from app.calendar import add_months
from app.i18n import tr
from app.notify import consent
from app.notify import templates as T
from db.base import utcnow
from db.models import Application, NotifyMessage

if TYPE_CHECKING:
    from app.services.context import Actor
    from db.models import Complaint, WorkflowEvent

log = logging.getLogger("loket.notify")

REMINDER_DAYS = (90, 30, 7)
REMINDER_HOUR = time(8, 0)
WAITING, SENDING, SENT, FAILED, UNCERTAIN, CANCELLED = (
    "WAITING", "SENDING", "SENT", "FAILED", "UNCERTAIN", "CANCELLED")
STATUS_LABELS = {WAITING: "Menunggu", SENDING: "Sedang dikirim", SENT: "Terkirim", FAILED: "Gagal",
            UNCERTAIN: "Tidak pasti", CANCELLED: "Dibatalkan"}

BULAN = ("", "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
         "September", "Oktober", "November", "Desember")


def tanggal(d: date) -> str:
    return f"{d.day} {BULAN[d.month]} {d.year}"


def message_id(key: str) -> str:
    """The row's id: the same message is one row on every workstation (app/identity.py)."""
    return identity.key("notify_message", key)


def _tz(session: Session) -> ZoneInfo:
    return ZoneInfo(config.get(session, "office.timezone"))


def office_name(session: Session) -> str:
    """"DPMPTSP Kabupaten Contoh": short enough for a WhatsApp line."""
    gov = (config.get(session, "office.government") or "").strip()
    if gov.upper().startswith("PEMERINTAH "):
        gov = gov[len("PEMERINTAH "):]
    return " ".join(["DPMPTSP", gov.title()]).strip()


def common_values(session: Session, app: Application | None) -> dict[str, object]:
    v: dict[str, object] = {"kantor": office_name(session), "telepon_kantor": config.get(session, "office.phone"),
         "jam_layanan": config.get(session, "office.hours")}
    if app is not None:
        v.update(nama=app.applicant_name, nomor=app.no_permohonan,
                 jenis_izin=app.permit_type.name if app.permit_type else "")
    return v


def enqueue(session: Session, *, key: str, kind: str, channel: str, recipient: str | None,
            values: dict[str, object], application_id: str | None = None, complaint_id: str | None = None,
            due_at: datetime | None = None, actor: Actor | None = None, error: str | None = None) -> NotifyMessage | None:
    """One message row (or None when this key is already queued). The caller commits."""
    mid = message_id(key)
    with session.no_autoflush:
        if session.get(NotifyMessage, mid) is not None or any(
                isinstance(o, NotifyMessage) and o.id == mid for o in session.new):
            return None
    text = T.render(config.get(session, f"notify.template.{kind.lower()}"), values)
    subject = f"{tr(T.KINDS[kind].subject)} — {values.get('kantor', '')}".strip(" —")
    now = utcnow()
    row = NotifyMessage(
        id=mid, key=key, kind=kind, channel=channel, recipient=recipient or "-", subject=subject[:200],
        body=text, application_id=application_id, complaint_id=complaint_id,
        status=FAILED if error else WAITING, due_at=due_at or now, attempts=0, last_error=error,
        created_at=now, updated_at=now,
        created_by=actor.officer_id if actor else None, created_ws=actor.workstation if actor else None)
    session.add(row)
    return row


class _Addressed(TypedDict):
    """The enqueue arguments every message of one file's event shares."""
    channel: str
    recipient: str | None
    application_id: str
    actor: Actor | None
    error: str | None


def _target(session: Session, app: Application) -> tuple[str, str | None, str | None] | None:
    """(channel, address, error) for this file, or None when the applicant did not consent."""
    pref = consent.get(session, app.id)
    if pref is None or pref.channel == consent.NONE:
        return None
    if pref.address:
        return pref.channel, pref.address, None
    a = app.applicant
    try:
        return pref.channel, consent.address_for(pref.channel, a.mobile or a.phone, a.email), None
    except validation.Invalid as e:
        return pref.channel, None, e.message


def on_event(session: Session, app: Application, ev: WorkflowEvent, actor: Actor | None) -> None:
    """Called by workflow.apply with the event it just appended (same transaction)."""
    if ev.action not in ("receive", "return", "sign", "hand_over"):
        return
    if ev.action == "receive" and app.kind == "PERPANJANGAN" and app.old_permit_number:
        cancel_reminders(session, app.old_permit_number)
    if not config.get(session, "notify.enabled"):
        return
    target = _target(session, app)
    if target is None:
        return
    channel, address, error = target
    data = ev.data or {}
    values = common_values(session, app)
    base = _Addressed(channel=channel, recipient=address, application_id=app.id, actor=actor, error=error)
    if ev.action == "receive":
        due = data.get("due_date")
        values.update(tanda_terima=data.get("receipt_number"),
                      perkiraan_selesai=tanggal(date.fromisoformat(due)) if due else "-")
        enqueue(session, key=f"{T.RECEIVED}|{app.id}|{data.get('receipt_number')}", kind=T.RECEIVED,
                values=values, **base)
    elif ev.action == "return":
        missing = data.get("missing") or []
        values.update(kekurangan="; ".join(str(m) for m in missing) or data.get("reason") or "-",
                      tanda_terima=data.get("slip_number"))
        enqueue(session, key=f"{T.RETURNED}|{app.id}|{data.get('slip_number') or ev.seq}", kind=T.RETURNED,
                values=values, **base)
    elif ev.action == "sign":
        values["dokumen"] = tr("surat penolakan") if app.outcome == "PENOLAKAN" else tr("SK izin")
        enqueue(session, key=f"{T.READY}|{app.id}", kind=T.READY, values=values, **base)
        _reminders(session, app, ev, values, base)
    elif ev.action == "hand_over":
        values.update(dokumen=tr("surat penolakan") if app.outcome == "PENOLAKAN" else tr("SK izin"),
                      penerima=data.get("recipient_name"),
                      tanggal=tanggal((ev.at or utcnow()).replace(tzinfo=ZoneInfo("UTC")).astimezone(_tz(session)).date()))
        enqueue(session, key=f"{T.HANDED_OVER}|{app.id}", kind=T.HANDED_OVER, values=values, **base)


def expiry_date(signed_local: date, months: int) -> date:
    """The last day the SK names ("sampai dengan tanggal …", app/services/issuance.py)."""
    return add_months(signed_local, months)


def reminder_days(until: date) -> list[tuple[int, date]]:
    """(days before, calendar day the reminder goes out)."""
    return [(n, until - timedelta(days=n)) for n in REMINDER_DAYS]


def _reminders(session: Session, app: Application, ev: WorkflowEvent, values: dict[str, object],
               base: _Addressed) -> None:
    months = app.permit_type.validity_months if app.permit_type else None
    if app.outcome == "PENOLAKAN" or not months:
        return
    tz = _tz(session)
    signed_local = (ev.at or utcnow()).replace(tzinfo=ZoneInfo("UTC")).astimezone(tz).date()
    until = expiry_date(signed_local, months)
    number = (ev.data or {}).get("number") or app.permit_number or "-"
    for n, day in reminder_days(until):
        due = datetime.combine(day, REMINDER_HOUR, tz).astimezone(ZoneInfo("UTC")).replace(tzinfo=None)
        v = dict(values, nomor_izin=number, berlaku_sampai=tanggal(until), sisa_hari=n)
        enqueue(session, key=f"{T.EXPIRY}|{app.id}|{number}|{n}", kind=T.EXPIRY, values=v, due_at=due, **base)


def cancel_reminders(session: Session, permit_number: str) -> int:
    """A renewal came in: the old permit's reminders still waiting are no longer wanted."""
    ids = list(session.scalars(select(Application.id).where(Application.permit_number == permit_number)))
    if not ids:
        return 0
    # an UPDATE's result is a CursorResult (rowcount); Session.execute is typed as the generic Result
    res = cast(CursorResult[Any], session.execute(update(NotifyMessage).where(
        NotifyMessage.application_id.in_(ids), NotifyMessage.kind == T.EXPIRY,
        NotifyMessage.status == WAITING).values(
        status=CANCELLED, last_error=tr("Perpanjangan izin sudah diajukan"), updated_at=utcnow(),
        version=NotifyMessage.version + 1).execution_options(synchronize_session=False)))
    return res.rowcount or 0


def on_complaint_answered(session: Session, complaint: Complaint, response: str, actor: Actor | None) -> None:
    """Called by complaints.update when a complaint is closed with an answer."""
    if not config.get(session, "notify.enabled") or not (response or "").strip():
        return
    app = session.get(Application, complaint.application_id) if complaint.application_id else None
    target = _target(session, app) if app is not None else None
    if target is None:
        # The complainant's contact as they gave it: giving it for the answer is their consent.
        contact = (complaint.contact or "").strip()
        if not contact:
            return
        try:
            target = (consent.EMAIL, validation.email(contact), None) if "@" in contact else (
                consent.WHATSAPP, validation.mobile_62(contact), None)
        except validation.Invalid:
            return
    channel, address, error = target
    values = common_values(session, app)
    if app is None:
        values.update(nama=tr("Bapak/Ibu"), nomor="-", jenis_izin="-")
    values.update(tiket=complaint.ticket_number, tanggapan=response.strip())
    enqueue(session, key=f"{T.COMPLAINT}|{complaint.id}", kind=T.COMPLAINT, channel=channel, recipient=address,
            values=values, application_id=app.id if app else None, complaint_id=complaint.id,
            actor=actor, error=error)
