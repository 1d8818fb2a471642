"""Complaints (pengaduan) taken at counter 5 or arriving by other channels.

A complaint gets a ticket number (setting numbering.complaint) and moves
DITERIMA → DIPROSES → SELESAI; each change is kept in complaint_update with
the response given, and the complaint row caches the latest.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import audit, numbering, validation
from app.i18n import tr
from app.services import applications, printing
from app.services.context import Actor, ServiceError
from app.workflow import ADMIN, LOKET5
from db.base import utcnow
from db.models import Application, Complaint, IssuedDocument
from db.models.public import ComplaintUpdate

RECEIVED, IN_PROGRESS, DONE = "DITERIMA", "DIPROSES", "SELESAI"
RECEIPT_KIND = "PENGADUAN"      # the stored tanda terima pengaduan (issued_document.kind)
STATUSES = {RECEIVED: "Diterima", IN_PROGRESS: "Diproses", DONE: "Selesai"}
# A finished complaint stays finished (a new problem is a new ticket), but it still takes
# its final reply (SELESAI → SELESAI with a response); one in progress takes as many
# follow-ups as it needs. Every follow-up says something: a response is required.
NEXT = {RECEIVED: (IN_PROGRESS, DONE), IN_PROGRESS: (IN_PROGRESS, DONE), DONE: (DONE,)}
CHANNELS = {
    "LANGSUNG": "Datang langsung (Loket 5)",
    "TELEPON": "Telepon",
    "SURAT": "Surat",
    "SUREL": "Surel (e-mail)",
    "WHATSAPP": "WhatsApp / SMS",
    "LAPOR": "SP4N-LAPOR!",
    "KOTAK": "Kotak saran",
    "MEDSOS": "Media sosial",
}


@dataclass(frozen=True)
class Row:
    id: str
    ticket_number: str
    received_at: datetime
    channel: str
    topic: str
    text: str
    contact: str | None
    no_permohonan: str | None
    status: str
    response: str | None


def _plain(value: str | None, label: str, *, multiline: bool = False) -> None:
    try:
        validation.text(value, label, multiline=multiline)
    except validation.Invalid as e:
        raise ServiceError(f"{label}: {e.message}") from None


def register(session: Session, actor: Actor, *, channel: str, topic: str, text: str,
             contact: str | None = None, no_permohonan: str | None = None) -> Complaint:
    actor.require(LOKET5, ADMIN)
    channel = (channel or "").strip().upper()
    if channel not in CHANNELS:
        raise ServiceError(tr("Saluran pengaduan tidak dikenal: {c}. Pilihan: {choices}")
                           .format(c=channel or "-", choices=", ".join(CHANNELS)))
    _plain(topic, tr("Pokok pengaduan"))
    _plain(text, tr("Isi pengaduan"), multiline=True)
    _plain(contact, tr("Kontak"))
    topic, text = (topic or "").strip(), (text or "").strip()
    if not topic:
        raise ServiceError(tr("Pokok pengaduan belum diisi."))
    if len(text) < 10:
        raise ServiceError(tr("Isi pengaduan terlalu singkat (paling sedikit 10 huruf)."))
    app_id = None
    if no_permohonan and no_permohonan.strip():
        app_id = applications.get(session, no_permohonan.strip()).id
    now = utcnow()
    with audit.transaction(session):
        ticket = numbering.next_number(session, "complaint", now, scope=actor.workstation,
                                       workstation=actor.workstation)
        c = Complaint(ticket_number=ticket, channel=channel, topic=topic[:200], text=text,
                      contact=(contact or "").strip()[:200] or None, application_id=app_id,
                      status=RECEIVED, received_at=now, created_by=actor.officer_id,
                      created_ws=actor.workstation, updated_by=actor.officer_id,
                      updated_ws=actor.workstation)
        session.add(c)
        session.flush()
        session.add(ComplaintUpdate(complaint_id=c.id, status=RECEIVED, officer_id=actor.officer_id,
                                    officer_name=actor.name, at=now, created_by=actor.officer_id,
                                    created_ws=actor.workstation))
        audit.record(session, actor, "complaint.register", "complaint", c.id, f"{ticket} {topic[:120]}")
    return c


def register_ticket(session: Session, actor: Actor, **kw: Any) -> str:
    """`register`, as the ticket number a screen shows."""
    return register(session, actor, **kw).ticket_number


def update_ticket(session: Session, actor: Actor, ticket: str, status: str, response: str,
                  expected_version: int | None = None) -> str:
    """`update`, as the ticket number a screen shows."""
    return update(session, actor, ticket, status, response, expected_version).ticket_number


def update(session: Session, actor: Actor, ticket: str, status: str, response: str,
           expected_version: int | None = None) -> Complaint:
    """Move a complaint on, with the response given to the complainant."""
    actor.require(LOKET5, ADMIN)
    c = get(session, ticket)
    status = (status or "").strip().upper()
    if status not in STATUSES:
        raise ServiceError(tr("Status pengaduan tidak dikenal: {s}.").format(s=status))
    if expected_version is not None and c.version != expected_version:
        raise ServiceError(tr("Pengaduan {t} baru saja diubah petugas lain; muat ulang lalu coba lagi.")
                           .format(t=c.ticket_number))
    if status not in NEXT[c.status]:
        raise ServiceError(tr("Pengaduan {t} berstatus {cur}; tidak dapat diubah menjadi {new}.")
                           .format(t=c.ticket_number, cur=tr(STATUSES[c.status]), new=tr(STATUSES[status])))
    _plain(response, tr("Tanggapan"), multiline=True)
    response = (response or "").strip()
    if status == DONE and len(response) < 5:
        raise ServiceError(tr("Tuliskan tanggapan/penyelesaian sebelum menutup pengaduan."))
    if len(response) < 5:
        raise ServiceError(tr("Tuliskan tanggapan/tindak lanjut (paling sedikit 5 huruf): "
                              "tindak lanjut tanpa isi tidak disimpan."))
    now = utcnow()
    with audit.transaction(session):
        c.status = status
        if response:
            c.response = response
        c.version += 1
        c.updated_by, c.updated_ws = actor.officer_id, actor.workstation
        session.add(ComplaintUpdate(complaint_id=c.id, status=status, response=response or None,
                                    officer_id=actor.officer_id, officer_name=actor.name, at=now,
                                    created_by=actor.officer_id, created_ws=actor.workstation))
        audit.record(session, actor, "complaint.update", "complaint", c.id, f"{c.ticket_number} → {status}")
        if status == DONE:   # the answer to the complainant, queued in this transaction (app/notify/)
            from app.notify import queue as notify_queue
            notify_queue.on_complaint_answered(session, c, response, actor)
    return c


def get(session: Session, ticket_or_id: str) -> Complaint:
    c = session.scalar(select(Complaint).where(
        (Complaint.ticket_number == ticket_or_id) | (Complaint.id == ticket_or_id)))
    if c is None:
        raise ServiceError(tr("Pengaduan {t} tidak ditemukan.").format(t=ticket_or_id))
    return c


def history(session: Session, ticket_or_id: str) -> list[ComplaintUpdate]:
    c = get(session, ticket_or_id)
    return list(session.scalars(select(ComplaintUpdate).where(ComplaintUpdate.complaint_id == c.id)
                                .order_by(ComplaintUpdate.at, ComplaintUpdate.created_at)))


def search(session: Session, *, status: str | None = None, channel: str | None = None,
           text: str | None = None, d_from: date | None = None, d_to: date | None = None,
           limit: int = 200) -> list[Row]:
    from app.services.survey import utc_bounds
    q = (select(Complaint, Application.no_permohonan)
         .outerjoin(Application, Application.id == Complaint.application_id)
         .order_by(Complaint.received_at.desc()).limit(limit))
    if status:
        q = q.where(Complaint.status == status.upper())
    if channel:
        q = q.where(Complaint.channel == channel.upper())
    if text and text.strip():
        like = f"%{text.strip()}%"
        q = q.where(Complaint.ticket_number.ilike(like) | Complaint.topic.ilike(like)
                    | Complaint.text.ilike(like) | Complaint.contact.ilike(like))
    start, end = utc_bounds(session, d_from, d_to)
    if start is not None:
        q = q.where(Complaint.received_at >= start)
    if end is not None:
        q = q.where(Complaint.received_at < end)
    return [Row(c.id, c.ticket_number, c.received_at, c.channel, c.topic, c.text, c.contact, no,
                c.status, c.response) for c, no in session.execute(q)]


def count_per_month(session: Session, year: int | None = None) -> list[tuple[str, dict[str, int]]]:
    """[("2026-11", {"DITERIMA": n, "DIPROSES": n, "SELESAI": n, "total": n}), …], by
    the month the complaint was received (office time zone)."""
    from app.services.survey import utc_bounds
    q = select(Complaint.received_at, Complaint.status)
    if year:
        start, end = utc_bounds(session, date(year, 1, 1), date(year, 12, 31))
        q = q.where(Complaint.received_at >= start, Complaint.received_at < end)
    from zoneinfo import ZoneInfo

    from app import config
    tz = ZoneInfo(config.get(session, "office.timezone"))
    out: dict[str, dict[str, int]] = {}
    # grouped in Python: the month boundary is local, which SQL date functions differ on
    for at, st in session.execute(q):
        month = at.replace(tzinfo=UTC).astimezone(tz).strftime("%Y-%m")
        bucket = out.setdefault(month, {RECEIVED: 0, IN_PROGRESS: 0, DONE: 0, "total": 0})
        bucket[st] = bucket.get(st, 0) + 1
        bucket["total"] += 1
    return sorted(out.items())


def count_open(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Complaint).where(Complaint.status != DONE)) or 0


def receipt_pdf(session: Session, ticket_or_id: str) -> bytes:
    """The complainant's tanda terima pengaduan (app/documents/complaint_receipt.py)."""
    from app.documents import complaint_receipt
    return complaint_receipt.for_ticket(session, ticket_or_id)


def receipts(session: Session, ticket_or_id: str) -> list[IssuedDocument]:
    """The receipts of a complaint that went to paper, oldest first."""
    c = get(session, ticket_or_id)
    return list(session.scalars(select(IssuedDocument).where(
        IssuedDocument.kind == RECEIPT_KIND, IssuedDocument.number == c.ticket_number)
        .order_by(IssuedDocument.issued_at, IssuedDocument.id)))


def record_receipt_print(session: Session, actor: Actor, ticket_or_id: str, copies: int = 1) -> bytes:
    """Print the complaint receipt: the receipt as it reads now is stored (an
    issued document of kind PENGADUAN, numbered with the ticket) unless the one
    printed last for this complaint version is it, and the print is recorded
    like every other document's (app/services/printing.py). Returns the PDF to
    print, the stored bytes."""
    actor.require(LOKET5, ADMIN)
    c = get(session, ticket_or_id)
    copies = max(1, int(copies))
    with audit.transaction(session):
        last = next(reversed(receipts(session, c.id)), None)
        if last is not None and last.pdf and (last.data or {}).get("version") == c.version:
            doc, pdf = last, last.pdf       # nothing changed since: the same receipt again
        else:
            pdf = receipt_pdf(session, c.id)
            now = utcnow()
            doc = IssuedDocument(application_id=c.application_id, kind=RECEIPT_KIND, number=c.ticket_number,
                                 sha256=hashlib.sha256(pdf).hexdigest(), pdf=pdf, issued_at=now,
                                 issued_by=actor.officer_id, workstation=actor.workstation,
                                 created_by=actor.officer_id, created_ws=actor.workstation, created_at=now,
                                 data={"complaint_id": c.id, "version": c.version})
            session.add(doc)
            session.flush()
        p = printing.record(session, actor, doc.id, copies=copies)
        audit.record(session, actor, "complaint.print", "document_print", p.id,
                     f"Cetak tanda terima pengaduan {c.ticket_number} ({p.kind}), {copies} lembar")
    return pdf
