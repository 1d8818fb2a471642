"""The office calendar as an administrator keeps it: national holidays and cuti
bersama (from `holidays`, read only), the office's own closures
(NonWorkingDay, added and removed here) and the office hours.

A closure changes due dates from then on: adding or removing one recomputes
the due date of every file received and still open whose due date is on or
after the closure (from its receipt day and the service standard printed on
its receipt) and returns what moved, so the screen and the CLI can show it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time
from typing import Any

import holidays
from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit, config, identity, proof, workflow
from app.calendar import WorkCalendar
from app.i18n import tr
from app.services.context import Actor, ServiceError
from app.services.officers import require_admin
from app.validation import Invalid
from db.models import Application, IssuedDocument, NonWorkingDay

NATIONAL, CUTI, OFFICE = "NASIONAL", "CUTI_BERSAMA", "KANTOR"
KIND_LABELS = {NATIONAL: "Libur nasional", CUTI: "Cuti bersama", OFFICE: "Penutupan kantor"}
DAY_NAMES = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")


@dataclass(frozen=True)
class Day:
    day: date
    name: str
    kind: str                 # NASIONAL | CUTI_BERSAMA | KANTOR

    @property
    def label(self) -> str:
        return tr(KIND_LABELS[self.kind])


@dataclass(frozen=True)
class DueChange:
    no_permohonan: str
    applicant: str
    old: date
    new: date


@dataclass(frozen=True)
class ClosureResult:
    day: date
    name: str
    moved: list[DueChange]


def national(year: int) -> list[Day]:
    out: dict[date, Day] = {}
    for cat, kind in (("public", NATIONAL), ("government", CUTI)):
        for d, name in holidays.country_holidays("ID", years=year, categories=(cat,), language="id").items():
            out.setdefault(d, Day(d, name, kind))
    return sorted(out.values(), key=lambda x: x.day)


def closures(session: Session, year: int | None = None) -> list[Day]:
    q = select(NonWorkingDay).where(NonWorkingDay.active.is_(True)).order_by(NonWorkingDay.day)
    if year:
        q = q.where(NonWorkingDay.day >= date(year, 1, 1), NonWorkingDay.day <= date(year, 12, 31))
    return [Day(c.day, c.name, OFFICE) for c in session.scalars(q)]


def year_view(session: Session, year: int) -> list[Day]:
    """Every day off in `year` besides weekends, in date order."""
    return sorted(national(year) + closures(session, year), key=lambda x: (x.day, x.kind))


def parse_day(text: Any) -> date:
    if isinstance(text, date):
        return text
    s = str(text or "").strip()
    for fmt in (r"(\d{4})-(\d{2})-(\d{2})", r"(\d{2})-(\d{2})-(\d{4})"):
        m = re.fullmatch(fmt, s)
        if m:
            a, b, c = m.groups()
            y, mo, d = (a, b, c) if len(a) == 4 else (c, b, a)
            try:
                return date(int(y), int(mo), int(d))
            except ValueError:
                break
    raise Invalid("day", tr("Tanggal tidak sah: tulis TTTT-BB-HH, mis. 2026-12-24."))


def _service_days(session: Session, app: Application) -> int:
    doc = session.scalar(select(IssuedDocument).where(
        IssuedDocument.application_id == app.id, IssuedDocument.kind == "RECEIPT")
        .order_by(IssuedDocument.issued_at.desc()).limit(1))
    days = (doc.data or {}).get("service_days") if doc is not None else None
    return int(days or app.permit_type.service_days)


def recompute_due_dates(session: Session, actor: Actor, since: date) -> list[DueChange]:
    """Due dates of open, received files due on or after `since`, from the
    calendar as it is now. The caller commits."""
    from app.documents.base import local_time
    tz = config.get(session, "office.timezone")
    cal = WorkCalendar.from_db(session)
    moved = []
    apps = session.scalars(select(Application).where(
        Application.received_at.is_not(None), Application.due_date.is_not(None),
        Application.due_date >= since, Application.state.in_(sorted(workflow.OPEN_STATES)))
        .order_by(Application.due_date, Application.no_permohonan))
    for app in apps:
        if app.received_at is None or app.due_date is None:   # the query keeps neither
            continue
        new = cal.due_date(local_time(app.received_at, tz).date(), _service_days(session, app))
        if new != app.due_date:
            moved.append(DueChange(app.no_permohonan, app.applicant_name, app.due_date, new))
            app.due_date = new
            app.updated_by, app.updated_ws = actor.officer_id, actor.workstation
    return moved


def _moved_text(moved: list[DueChange]) -> str:
    if not moved:
        return tr("tidak ada tanggal selesai yang bergeser")
    shown = ", ".join(f"{m.no_permohonan} {m.old.isoformat()}→{m.new.isoformat()}" for m in moved[:20])
    more = tr(" dan {n} lainnya").format(n=len(moved) - 20) if len(moved) > 20 else ""
    return tr("{n} tanggal selesai bergeser: {list}{more}").format(n=len(moved), list=shown, more=more)


def add(session: Session, actor: Actor, day: Any, reason: str) -> ClosureResult:
    """A day the office is closed (besides national holidays and cuti bersama)."""
    require_admin(session, actor)
    d = parse_day(day)
    name = " ".join((reason or "").split())
    if not name:
        raise Invalid("reason", tr("Alasan penutupan wajib diisi, mis. “Pemadaman listrik gedung”."))
    if len(name) > 200:
        raise Invalid("reason", tr("Alasan paling banyak 200 karakter."))
    if d.weekday() >= 5:
        raise Invalid("day", tr("{d} hari {dow}: kantor memang tutup.").format(
            d=d.isoformat(), dow=tr(DAY_NAMES[d.weekday()])))
    existing = session.scalar(select(NonWorkingDay).where(NonWorkingDay.day == d))
    if existing is not None and existing.active:
        raise Invalid("day", tr("{d} sudah tercatat sebagai penutupan kantor: {name}.").format(
            d=d.isoformat(), name=existing.name))
    for h in national(d.year):
        if h.day == d:
            raise Invalid("day", tr("{d} sudah hari libur ({kind}: {name}).").format(
                d=d.isoformat(), kind=h.label.lower(), name=h.name))
    row = existing            # a day removed before: its row comes back (rows are never deleted)
    if row is None:           # the same day is the same closure on every workstation (app/identity.py)
        row = NonWorkingDay(id=identity.non_working_day(d), day=d, created_by=actor.officer_id,
                            created_ws=actor.workstation)
        session.add(row)
    row.name, row.active = name, True
    row.updated_by, row.updated_ws = actor.officer_id, actor.workstation
    proof.stamp(row, actor)
    return _commit(session, actor, d, name, row.id, "calendar.closure_add",
                   tr("Penutupan kantor {d} ({name}); {moved}"))


def _commit(session: Session, actor: Actor, d: date, name: str, row_id: str | None, action: str,
            summary: str) -> ClosureResult:
    """After the closure row is added or deleted: due dates, audit, one commit."""
    try:
        session.flush()
        moved = recompute_due_dates(session, actor, d)
        audit.record(session, actor, action, "non_working_day", row_id,
                     summary.format(d=d.isoformat(), name=name, moved=_moved_text(moved)))
        session.commit()
    except BaseException:
        session.rollback()
        raise
    return ClosureResult(d, name, moved)


def remove(session: Session, actor: Actor, day: Any) -> ClosureResult:
    require_admin(session, actor)
    d = parse_day(day)
    row = session.scalar(select(NonWorkingDay).where(NonWorkingDay.day == d, NonWorkingDay.active.is_(True)))
    if row is None:
        raise ServiceError(tr("{d} bukan penutupan kantor yang tercatat.").format(d=d.isoformat()))
    name, row_id = row.name, row.id
    row.active = False
    row.updated_by, row.updated_ws = actor.officer_id, actor.workstation
    proof.stamp(row, actor)
    return _commit(session, actor, d, name, row_id, "calendar.closure_remove",
                   tr("Penutupan kantor {d} ({name}) dihapus; {moved}"))


HOURS_RE = re.compile(r"\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*")


def clean_hours(text: str) -> str:
    m = HOURS_RE.fullmatch(text or "")
    if not m:
        raise Invalid("hours", tr("Jam layanan ditulis JJ:MM-JJ:MM, mis. 08:00-16:00."))
    h1, m1, h2, m2 = map(int, m.groups())
    try:
        start, end = time(h1, m1), time(h2, m2)
    except ValueError:
        raise Invalid("hours", tr("Jam layanan tidak sah: jam 00–23, menit 00–59.")) from None
    if end <= start:
        raise Invalid("hours", tr("Jam tutup harus sesudah jam buka."))
    return f"{start:%H:%M}-{end:%H:%M}"


def set_hours(session: Session, actor: Actor, text: str) -> str:
    require_admin(session, actor)
    value = clean_hours(text)
    old = config.get(session, "office.hours")
    if value != old:
        config.set_(session, "office.hours", value)
        from app.services import office
        office.sign(session, actor, "office.hours")
        audit.record(session, actor, "config.set", "setting", None, f"office.hours: {old} → {value}")
        session.commit()
    return value
