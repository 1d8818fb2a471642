"""Where is this file, who holds it, since when, and is it late?

The timeline is derived from the append-only workflow events: each event ends
the step that began with the previous one. A step's duration is counted in
office hours on working days (WorkCalendar.working_minutes) and compared with
the SOP standard of the action that ended it (app.workflow). The whole
application is measured in working days against its due date.

Stored times are naive UTC; everything here is shown and counted in the
office's time zone, because office hours and holidays are local.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any, overload
from zoneinfo import ZoneInfo

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from app import config, workflow
from app.calendar import WorkCalendar
from app.i18n import tr
from app.services.context import Actor
from app.sicantik import status as sicantik_status
from db.base import utcnow
from db.models import Application, PermitType

# States in which the file waits for the applicant, not for an officer: the
# time spent there is shown but never counted as an officer's late step.
APPLICANT_WAIT = workflow.APPLICANT_STATES

# Roles whose worklists and overdue badge this module serves.
WORK_ROLES = (workflow.BACKOFFICE, workflow.KASI, workflow.KABID, workflow.KADIN)


def office_tz(session: Session) -> ZoneInfo:
    return ZoneInfo(str(config.get(session, "office.timezone")))


@overload
def to_local(utc_naive: datetime, tz: ZoneInfo) -> datetime: ...
@overload
def to_local(utc_naive: None, tz: ZoneInfo) -> None: ...
@overload
def to_local(utc_naive: datetime | None, tz: ZoneInfo) -> datetime | None: ...
def to_local(utc_naive: datetime | None, tz: ZoneInfo) -> datetime | None:
    if utc_naive is None:
        return None
    return utc_naive.replace(tzinfo=UTC).astimezone(tz).replace(tzinfo=None)


def office_now(session: Session, now_utc: datetime | None = None) -> datetime:
    return to_local(now_utc or utcnow(), office_tz(session))


def office_today(session: Session, now_utc: datetime | None = None) -> date:
    return office_now(session, now_utc).date()


def format_minutes(minutes: int | None, words: bool = False) -> str:
    """Office-hours minutes as the SOP writes them on screen: '45 mnt', '2 j 10 mnt',
    '3 hk 1 j'; words=True for paper, no abbreviation: '3 hari kerja 1 jam 10 menit'."""
    if minutes is None:
        return "—"
    days, rest = divmod(int(minutes), workflow.DAY)
    hours, mins = divmod(rest, 60)
    units = (tr("{n} hari kerja"), tr("{n} jam"), tr("{n} menit")) if words else (tr("{n} hk"), tr("{n} j"),
                                                                                   tr("{n} mnt"))
    parts = []
    if days:
        parts.append(units[0].format(n=days))
    if hours:
        parts.append(units[1].format(n=hours))
    if mins or not parts:
        parts.append(units[2].format(n=mins))
    return " ".join(parts)


@dataclass(frozen=True)
class Step:
    """One step of the file's journey: from the event that started it to the
    event that ended it (or now, for the step under way)."""
    state: str                 # the state the file was in during the step
    state_label: str
    holder_role: str | None
    action: str | None         # the action that ended it (None = still running)
    action_label: str
    actor: str | None          # who ended it
    workstation: str | None
    start: datetime            # office local time
    end: datetime | None       # office local time; None = under way
    minutes: int               # office-hours minutes
    standard_minutes: int | None
    late: bool
    waiting_for_applicant: bool
    send_back: bool = False
    note: str = ""             # reason of a send-back, result of a review, …

    @property
    def running(self) -> bool:
        return self.end is None


@dataclass(frozen=True)
class Timeline:
    application_id: str
    no_permohonan: str
    applicant_name: str
    permit_type: str
    state: str
    state_label: str
    holder_role: str | None
    holder_label: str
    state_since: datetime | None       # office local time
    received_at: datetime | None       # office local time
    due_date: date | None
    service_days: int
    today: date
    days_left: int | None              # working days; negative = overdue by that many
    overdue: bool
    finished: bool
    steps: list[Step]
    send_backs: int
    late_steps: int
    permit_number: str | None
    outcome: str | None
    sicantik_process: str | None
    sicantik_status: str | None
    sicantik_disagrees: bool
    sicantik_note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    messages: list[Any] = field(default_factory=list)    # app.notify.log.MessageRow: sent, failed, waiting


# SiCantik's status beside Loket's: one rule set, in app/sicantik/status.py.
sicantik_stage = sicantik_status.stage
sicantik_disagreement = sicantik_status.disagreement


def timeline(session: Session, no_or_id: str, *, now_utc: datetime | None = None,
             calendar: WorkCalendar | None = None) -> Timeline:
    """The tracking view of one application (read-only, any officer)."""
    # not at import (as the notification log below): the worklist's first rows wait for
    # this module, not for the application service or the event words
    from app import event_words
    from app.services import applications
    app = applications.get(session, no_or_id)
    events = applications.events(session, app.id)
    cal = calendar or WorkCalendar.from_db(session)
    tz = office_tz(session)
    now = to_local(now_utc or utcnow(), tz)
    pt = app.permit_type

    steps: list[Step] = []
    for prev, ev in zip(events, events[1:] + [None], strict=True):
        start = to_local(prev.at, tz)
        state = prev.to_state
        st = workflow.STATES[state]
        waiting = state in APPLICANT_WAIT
        if ev is None:
            if st.final or st.done:
                break
            end, action = None, None
            nxt = next((a for a in workflow.ACTIONS.values()
                        if state in a.from_states and not workflow.is_send_back(a.key)
                        and a.to_state != state
                        and (a.guard is None or a.guard(app))), None)
            standard = workflow.step_standard_minutes(nxt.key, pt) if nxt else None
            label = tr("Sedang berjalan — menunggu {role}").format(
                role=tr(workflow.ROLE_LABELS.get(st.holder or "", "")))
            actor = ws = None
            note = ""
            minutes = cal.working_minutes(start, now)
        else:
            end, action = to_local(ev.at, tz), ev.action
            standard = workflow.step_standard_minutes(action, pt)
            label = tr(workflow.ACTIONS[action].label) if action in workflow.ACTIONS else action
            actor, ws = ev.actor_name, ev.workstation
            note = event_words.note(action, ev.data, brief=True)
            minutes = cal.working_minutes(start, end)
        late = bool(standard is not None and not waiting and minutes > standard)
        steps.append(Step(state, tr(st.label), st.holder, action, label, actor, ws, start, end,
                          minutes, None if waiting else standard, late, waiting,
                          bool(action and workflow.is_send_back(action)), note))

    received = to_local(app.received_at, tz)
    due = app.due_date
    if due is None and received is not None:
        due = cal.due_date(received.date(), pt.service_days)
    finished_at = next((to_local(e.at, tz) for e in events if e.action == "sign"), None)
    today = now.date()
    if due is None:
        days_left, overdue = None, False
    elif finished_at is not None:
        # Finished: how many working days early (+) or late (−) it was signed.
        days_left = cal.working_days_between(finished_at.date(), due)
        overdue = finished_at.date() > due
    else:
        days_left = cal.working_days_between(today, due)
        overdue = today > due
    disagree = sicantik_disagreement(app.state, app.sicantik_process, app.sicantik_status)
    return Timeline(
        application_id=app.id, no_permohonan=app.no_permohonan, applicant_name=app.applicant_name,
        permit_type=pt.name, state=app.state, state_label=tr(workflow.STATES[app.state].label),
        holder_role=app.holder_role,
        # a finished file (archived, rejected) is with nobody: "" — never a dash for a name
        holder_label=tr(workflow.ROLE_LABELS[app.holder_role]) if app.holder_role in workflow.ROLE_LABELS else "",
        state_since=to_local(app.state_since, tz), received_at=received, due_date=due,
        service_days=pt.service_days, today=today, days_left=days_left, overdue=overdue,
        finished=finished_at is not None, steps=steps,
        send_backs=sum(1 for s in steps if s.send_back), late_steps=sum(1 for s in steps if s.late),
        permit_number=app.permit_number, outcome=app.outcome,
        sicantik_process=app.sicantik_process, sicantik_status=app.sicantik_status,
        sicantik_disagrees=bool(disagree), sicantik_note=disagree,
        messages=_messages(session, app.id),
    )


def scope_filter(session: Session | None, actor: Actor, *, mine_only: bool = True) -> Any:
    """SQL conditions for "files waiting on this officer": held by one of the
    officer's back-office roles, in the officer's unit (the head of office sees
    every unit), and not returned to a named colleague (unless `mine_only` is
    False). Returns None when the officer has no back-office role."""
    roles = sorted(set(actor.roles) & set(WORK_ROLES))
    if not roles:
        return None
    conds: list[ColumnElement[bool]] = [Application.holder_role.in_(roles)]
    if actor.unit and workflow.KADIN not in actor.roles:
        unit_types = select(PermitType.id).where(PermitType.unit == actor.unit)
        conds.append(Application.permit_type_id.in_(unit_types))
    if mine_only:
        conds.append(or_(Application.holder_id.is_(None), Application.holder_id == actor.officer_id))
    return conds


def overdue_count(session: Session, actor: Actor, *, now_utc: datetime | None = None) -> int:
    """Files waiting on this officer past their due date (the main window's badge)."""
    conds = scope_filter(session, actor)
    if conds is None:
        return 0
    today = office_today(session, now_utc)
    return int(session.scalar(select(func.count()).select_from(Application).where(
        *conds, Application.due_date < today)) or 0)


def _messages(session: Session, app_id: str) -> list[Any]:
    # not at import: the notification log pulls its channels in (a third of this module's
    # import, which the worklist's first rows wait for, app/services/backoffice.py)
    from app.notify import log as notify_log
    return notify_log.for_application(session, app_id)
