"""Lembar kendali berkas: the one-page tracking sheet of an application.

`build(tl, office, printed_by, printed_at)` lays out a tracking.Timeline (no
database access here); `for_application()` gathers it. Every step is a row:
who ended it, where, start and end, the office-hours duration against the SOP
standard, and why it was late or sent back. A QR code carries the application
number, so any counter can open the file by scanning the sheet.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.services.context import Actor

from argparse import Namespace
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from app.documents import base as b
from app.documents.base import mm
from app.i18n import tr
from app.services.tracking import Timeline, format_minutes

LATE_TEXT = "#9b1c1c"


def _when(dt: datetime | None) -> str:
    """'26-11-2026' over '14.10': compact, the column is narrow (worded dates took three lines)."""
    return f"{dt:%d-%m-%Y}\n{dt:%H.%M}" if dt else "—"


def _when_line(dt: datetime | None) -> str:
    return f"{b.tanggal(dt)} {tr('pukul')} {dt:%H.%M}" if dt else "—"


def durasi(minutes: int | None) -> str:
    """Office-hours minutes in words, no abbreviations: '2 jam 10 menit', '3 hari kerja 1 jam'."""
    return format_minutes(minutes, words=True)


def _days_line(tl: Timeline) -> str:
    if tl.days_left is None:
        return tr("belum ada batas waktu (berkas belum diterima lengkap)")
    if tl.finished:
        if tl.days_left >= 0:
            return tr("selesai {n} hari kerja sebelum batas waktu").format(n=tl.days_left)
        return tr("selesai terlambat {n} hari kerja").format(n=-tl.days_left)
    if tl.overdue:
        return tr("TERLAMBAT {n} hari kerja").format(n=-tl.days_left)
    if tl.days_left == 0:
        return tr("batas waktu hari ini")
    return tr("sisa {n} hari kerja").format(n=tl.days_left)


def build(tl: Timeline, office: b.Office, printed_by: str, printed_at: datetime,
          hours: str = "08:00–16:00") -> bytes:
    """printed_at: aware local time; hours: the office hours durations count."""
    width = b.frame_width("A4")
    st = b.styles()
    story: list[Any] = b.letterhead(office, width)
    story.append(b.para(tr("LEMBAR KENDALI PROSES PERMOHONAN"), "title"))
    story.append(b.para(tr("Nomor permohonan {no}").format(no=tl.no_permohonan), "subtitle"))
    story.append(b.Spacer(1, 3 * mm))

    due = b.tanggal(tl.due_date) if tl.due_date else "—"
    position = (tr("{state} — pada {holder} sejak {since}").format(
        state=tl.state_label, holder=tl.holder_label, since=_when_line(tl.state_since))
        if tl.holder_label else
        tr("{state} sejak {since}").format(state=tl.state_label, since=_when_line(tl.state_since)))
    rows = [
        (tr("Pemohon"), tl.applicant_name),
        (tr("Jenis izin"), tl.permit_type),
        (tr("Berkas lengkap diterima"), _when_line(tl.received_at)),
        (tr("Standar pelayanan"), tr("{n} hari kerja").format(n=tl.service_days)),
        (tr("Batas waktu"), f"{due} ({_days_line(tl)})"),
        (tr("Posisi berkas"), position),
    ]
    if tl.permit_number:
        rows.append((tr("Nomor izin"), tl.permit_number))
    if tl.sicantik_process or tl.sicantik_status:
        sc = f"{tl.sicantik_process or '—'} ({tl.sicantik_status or '—'})"
        if tl.sicantik_disagrees:
            sc += " — " + tr("TIDAK SESUAI: {note}").format(note=tl.sicantik_note)
        rows.append((tr("Status di SiCantik"), sc))
    summary = tr("{n} langkah, {late} terlambat, {back} kali dikembalikan").format(
        n=len(tl.steps), late=tl.late_steps, back=tl.send_backs)
    rows.append((tr("Ringkasan"), summary))
    qr = b.QR(tl.no_permohonan, size=26 * mm)
    info = b.kv_table(rows, width - 30 * mm, label_width=40 * mm)
    head = b.Table([[info, qr]], colWidths=[width - 30 * mm, 30 * mm])
    head.setStyle(b.TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                ("ALIGN", (1, 0), (1, 0), "RIGHT")]))
    story += [head, b.Spacer(1, 3 * mm), b.para(tr("Riwayat proses"), "h2")]

    # Many send-back loops must still fit one page: smaller type past 14 rows.
    dense = len(tl.steps) > 14
    cell = b.style("cell", fontSize=6.8 if dense else 7.8, leading=8 if dense else 9.6)
    late_cell = b.style("cell_bold", fontSize=cell.fontSize, leading=cell.leading,
                        textColor=b.colors.HexColor(LATE_TEXT))
    body = []
    for i, s in enumerate(tl.steps, 1):
        # dense: the state under each step is dropped (the previous row's action says it)
        step = b.Paragraph(b.esc(s.action_label) + ("" if dense else
                           f"<br/><font size='{cell.fontSize - 1}' color='#555555'>"
                           f"{b.esc(s.state_label)}</font>"), cell)
        who = b.esc(s.actor or "—") + (f"<br/><font color='#555555'>{b.esc(s.workstation)}</font>"
                                       if s.workstation else "")
        if s.late:
            remark = tr("TERLAMBAT (+{over})").format(over=durasi(s.minutes - (s.standard_minutes or 0)))
        elif s.waiting_for_applicant:
            remark = tr("menunggu pemohon")
        elif s.running:
            remark = tr("sedang berjalan")
        else:
            # dense: only what is unusual gets a word
            remark = tr("tepat waktu") if s.standard_minutes is not None and not dense else ""
        note = (" · " if dense else "\n").join(x for x in (remark, s.note) if x)
        body.append([str(i), step, b.Paragraph(who, cell), b.para(_when(s.start), cell),
                     b.para(_when(s.end), cell), b.para(durasi(s.minutes), cell),
                     b.para(durasi(s.standard_minutes) if s.standard_minutes is not None
                            else "—", cell),
                     b.para(note, late_cell if s.late else cell)])
    cols = [7 * mm, 31 * mm, 24 * mm, 19 * mm, 19 * mm, 17 * mm, 15 * mm]
    cols.append(width - sum(cols))
    table = b.grid_table([tr("No"), tr("Langkah / status"), tr("Petugas"), tr("Mulai"), tr("Selesai"),
                          tr("Durasi"), tr("Standar"), tr("Keterangan")], body, cols,
                         align={0: "CENTER"})
    late_rows = [i for i, s in enumerate(tl.steps, 1) if s.late]
    if late_rows:
        table.setStyle(b.TableStyle([("BACKGROUND", (0, r), (-1, r), b.colors.HexColor("#FBEAEA"))
                                     for r in late_rows]))
    story.append(table)
    story.append(b.Spacer(1, 2 * mm))
    story.append(b.para(tr("Durasi dihitung dalam jam kerja ({hours}) pada hari kerja, tanpa hari libur "
                           "nasional, cuti bersama dan hari tutup kantor.")
                        .format(hours=hours), st["small"]))
    printed = tr("{office} · Dicetak {when} oleh {who}").format(
        office=office.short_name, when=b.tanggal_jam(printed_at), who=printed_by)
    return b.render(story, "A4", title=tr("Lembar kendali {no}").format(no=tl.no_permohonan),
                    author=office.name, subject=tr("Lembar kendali proses permohonan"),
                    footer=printed)


def for_application(session: Session, no_or_id: str, printed_by: str, now_utc: datetime | None = None) -> bytes:
    """Gather the timeline and the office, and build the sheet."""
    from app import config
    from app.services import tracking
    from db.base import utcnow
    now = now_utc or utcnow()
    tl = tracking.timeline(session, no_or_id, now_utc=now)
    office = b.Office.from_session(session)
    hours = str(config.get(session, "office.hours")).replace("-", "–")
    return build(tl, office, printed_by, b.local_time(now, office.timezone), hours)


def cli_print(session: Session, actor: Actor, args: Namespace) -> bytes:
    """`loket print tracking NO --out FILE` (app/cli/printing.py PRINTERS)."""
    return for_application(session, args.no_permohonan, actor.name)
