"""Tanda terima pengaduan: what the complainant takes home from counter 5 (A5).

The ticket number large, when and how the complaint came in, what it is about
(as recorded), and how to follow it up: the ticket number at counter 5, by
telephone, e-mail or the office's website (whatever of those the office has
set), or SP4N-LAPOR!. A QR carries the ticket number, so counter 5 finds the
complaint by scanning the slip into its search box. `build()` lays out plain
values (no database access); `for_ticket()` gathers them.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from app.documents import base as b
from app.documents.base import Spacer, mm, para
from app.i18n import tr


@dataclass(frozen=True)
class ComplaintSlip:
    ticket_number: str
    received_local: datetime      # aware, office zone
    channel: str                  # in words
    topic: str
    text: str
    contact: str | None
    no_permohonan: str | None
    status: str                   # in words
    officer_name: str


def follow_up_lines(office: b.Office, ticket: str) -> list[str]:
    """How to ask after the complaint, from what the office has set (nothing invented)."""
    lines = [tr("Sebutkan nomor tiket {t} setiap kali menanyakan pengaduan ini.").format(t=ticket),
             tr("Datang ke Loket 5 (Pengaduan) {office}{address}.").format(
                 office=b.title_case(office.name), address=f", {office.address}" if office.address else "")]
    for label, value in ((tr("Telepon"), office.phone), (tr("Pos-el"), office.email),
                         (tr("Laman"), office.website)):
        if value:
            lines.append(f"{label}: {value}")
    if not (office.phone or office.email or office.website) and office.contact:
        lines.append(office.contact)
    lines.append(tr("Atau melalui SP4N-LAPOR! (www.lapor.go.id) dengan menyebut nomor tiket ini."))
    return lines


def build(slip: ComplaintSlip, office: b.Office) -> bytes:
    width = b.frame_width("A5")
    story = list(b.letterhead(office, width, compact=True))
    story += [para(tr("TANDA TERIMA PENGADUAN"), "title"),
              para(tr("Nomor tiket: {t}").format(t=slip.ticket_number), "title"),
              Spacer(1, 3 * mm)]
    rows = [(tr("Diterima"), b.tanggal_jam(slip.received_local)),
            (tr("Saluran"), slip.channel),
            (tr("Pokok pengaduan"), slip.topic),
            (tr("Isi pengaduan"), slip.text)]
    if slip.no_permohonan:
        rows.append((tr("Permohonan terkait"), slip.no_permohonan))
    if slip.contact:
        rows.append((tr("Kontak pengadu"), slip.contact))
    rows += [(tr("Status"), slip.status), (tr("Dicatat oleh"), slip.officer_name)]
    story += [b.kv_table(rows, width, label_width=36 * mm), Spacer(1, 3 * mm),
              para(tr("Cara menanyakan tindak lanjut"), "h2")]
    story += [para("• " + line, "body") for line in follow_up_lines(office, slip.ticket_number)]
    story += [Spacer(1, 3 * mm), b.QR(slip.ticket_number, size=20 * mm),
              para(tr("Kode QR berisi nomor tiket: petugas Loket 5 memindainya untuk membuka pengaduan ini."),
                   "tiny")]
    return b.render(story, "A5", title=tr("Tanda Terima Pengaduan {t}").format(t=slip.ticket_number),
                    author=office.name, subject=slip.topic,
                    footer=tr("Tanda terima pengaduan {t}").format(t=slip.ticket_number))


def for_ticket(session: Session, ticket_or_id: str) -> bytes:
    from sqlalchemy import select

    from app.services import complaints
    from db.models import Application
    c = complaints.get(session, ticket_or_id)
    office = b.Office.from_session(session)
    no = (session.scalar(select(Application.no_permohonan).where(Application.id == c.application_id))
          if c.application_id else None)
    first = complaints.history(session, c.id)[:1]     # who took the complaint
    slip = ComplaintSlip(
        ticket_number=c.ticket_number, received_local=b.local_time(c.received_at, office.timezone),
        channel=tr(complaints.CHANNELS.get(c.channel, c.channel)), topic=c.topic, text=c.text,
        contact=c.contact, no_permohonan=no, status=tr(complaints.STATUSES.get(c.status, c.status)),
        officer_name=(first[0].officer_name if first else None) or "—")
    return build(slip, office)
