"""The heads' dashboard: five figures that open in a glance, each bar a door to
the files behind it.

Opening it must stay fast on a million applications, so no figure counts
events when the page opens. Four read the running totals per day that SQLite
keeps in the same transaction as the events (app/reports/rollup.py): a few
hundred rows per figure, whatever the size of the office's history —
- intake per week (receive_online / receive_walkin) over the last 12 weeks;
- % on time per permit type (sign / sign_ok) over the last 90 days;
- IKM per month (survey, U1…U9) over the last 12 months;
- permits expiring in the next 90 days (expires, by valid_until).
The fifth, files per state, counts the running files only (`state IN (…)` on the
state index: archived files are most of a million and are not shown).

`files(session, key)` answers "which files are behind this bar" from the events
themselves (indexed, capped): one click, one window.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, column, func, select, text
from sqlalchemy.orm import Session

from app import workflow
from app.calendar import add_months
from app.i18n import tr
from app.reports import rollup
from app.reports.builders import period_label
from app.services import ikm, tracking
from db import codes
from db.base import UtcTime, UuidStr, time_sql
from db.models import Application, PermitType, ReportRollup, WorkflowEvent

WEEKS = 12
FILES_LIMIT = 500


@dataclass
class Bar:
    label: str                      # short, for the axis
    values: list[float]             # one per series
    keys: list[str]                 # what `files()` takes to list the files behind each value
    name: str = ""                  # in full, for the tooltip and the list of files

    def __post_init__(self) -> None:
        self.name = self.name or self.label


_SHORT_MONTH = ("", "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")


def short(text: str, n: int = 24) -> str:
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


@dataclass
class Figure:
    title: str
    series: list[str]
    bars: list[Bar]
    unit: str = ""                  # "%", "" (counts), "IKM"
    note: str = ""

    @property
    def empty(self) -> bool:
        return not any(v for b in self.bars for v in b.values)


@dataclass
class Dashboard:
    today: date
    figures: dict[str, Figure] = field(default_factory=dict)


def _utc(d: date, hours: int) -> datetime:
    return datetime(d.year, d.month, d.day) - timedelta(hours=hours)


def build(session: Session, today: date | None = None) -> Dashboard:
    today = today or tracking.office_today(session)
    rollup.ensure(session)
    dash = Dashboard(today)
    dash.figures["intake"] = _intake(session, today)
    dash.figures["states"] = _states(session)
    dash.figures["on_time"] = _on_time(session, today)
    dash.figures["ikm"] = _ikm(session, today)
    dash.figures["expiring"] = _expiring(session, today)
    return dash


def _week_start(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _totals(session: Session, kinds: tuple[str, ...], lo: date, hi: date | None = None, *, by: str = "day") -> Any:
    """The running totals (app/reports/rollup.py) of `kinds` in [lo, hi], summed in SQL by
    kind and `by` ("day", "month" as YYYY-MM, "permit" type id): a few hundred rows at most."""
    key = {"day": ReportRollup.day, "month": func.strftime("%Y-%m", ReportRollup.day),
           "permit": ReportRollup.permit_type_id}[by]
    q = select(ReportRollup.kind, key, func.sum(ReportRollup.n)).where(
        ReportRollup.kind.in_(kinds), ReportRollup.day >= lo)
    if hi is not None:
        q = q.where(ReportRollup.day <= hi)
    return session.execute(q.group_by(ReportRollup.kind, key)).all()


def _intake(session: Session, today: date) -> Figure:
    first = _week_start(today) - timedelta(weeks=WEEKS - 1)
    per: dict[date, list[int]] = {first + timedelta(weeks=i): [0, 0] for i in range(WEEKS)}
    for kind, day, n in _totals(session, ("receive_online", "receive_walkin"), first):
        week = _week_start(day)
        if week in per:
            per[week][0 if kind == "receive_online" else 1] += n
    bars = [Bar(f"{w.day} {tr(_SHORT_MONTH[w.month])}", [float(a), float(b)],
                [f"intake:{w.isoformat()}:ONLINE", f"intake:{w.isoformat()}:WALKIN"],
                tr("minggu mulai {d}").format(d=w.strftime("%d-%m-%Y"))) for w, (a, b) in per.items()]
    return Figure(tr("Berkas diterima per minggu"), [tr("Daring (SiCantik)"), tr("Walk-in")], bars,
                  note=tr("{n} minggu terakhir, menurut minggu diterima").format(n=WEEKS))


def _states(session: Session) -> Figure:
    running = [k for k, st in workflow.STATES.items() if not st.final]
    counts = dict(session.execute(select(Application.state, func.count())
                                  .where(Application.state.in_(running)).group_by(Application.state)).all())
    bars = []
    for key, st in workflow.STATES.items():
        if st.final or not counts.get(key):
            continue
        holder = tr(workflow.ROLE_LABELS[st.holder]) if st.holder else "-"
        label = tr(st.label).split(" — ")[0]
        bars.append(Bar(short(label), [float(counts[key])], [f"state:{key}"], f"{tr(st.label)} ({holder})"))
    return Figure(tr("Berkas per status dan pemegang"), [tr("Berkas")], bars,
                  note=tr("Berkas yang masih berjalan; arsip tidak dihitung."))


def _on_time(session: Session, today: date) -> Figure:
    signed: dict[str, list[int]] = {}
    for kind, pt, n in _totals(session, ("sign", "sign_ok"), today - timedelta(days=90), by="permit"):
        signed.setdefault(pt, [0, 0])[0 if kind == "sign" else 1] += n
    types = session.execute(select(PermitType.id, PermitType.name, PermitType.code)
                            .where(PermitType.id.in_(list(signed)))).all()
    names, codes = {i: name for i, name, _ in types}, {i: code for i, _, code in types}
    bars = [Bar(short(names[pt]), [round(100.0 * ok / n, 1)], [f"late_signed:{codes[pt]}"], names[pt])
            for pt, (n, ok) in signed.items() if n and pt in names]
    bars.sort(key=lambda b: (b.values[0], b.name))
    return Figure(tr("% tepat waktu per jenis izin"), [tr("% tepat waktu")], bars, "%",
                  tr("Ditandatangani dalam 90 hari terakhir; klik untuk berkas yang terlambat."))


def _ikm(session: Session, today: date) -> Figure:
    first = add_months(today.replace(day=1), -11)
    per: dict[str, dict[str, int]] = {}
    for kind, month, n in _totals(session, ("survey", *ikm.KEYS), first, by="month"):
        bucket = per.setdefault(month, {})
        bucket[kind] = bucket.get(kind, 0) + n
    bars = []
    for m in sorted(per):
        n = per[m].get("survey", 0)
        if not n:
            continue
        res = ikm.from_sums({k: per[m].get(k, 0) for k in ikm.KEYS}, n)
        start = date.fromisoformat(m + "-01")
        bars.append(Bar(f"{tr(_SHORT_MONTH[start.month])} {start.year}", [float(res.ikm)], [f"ikm:{m}"],
                        period_label(start, "month")))
    return Figure(tr("IKM per bulan"), [tr("IKM")], bars, "IKM", tr("12 bulan terakhir; bobot 1/9."))


def _expiring_rows(session: Session, today: date, days: int = 90) -> Any:
    """(application id, valid_until) of permits ending in [today, today + days]: for the
    list behind a bar. For each permit type with a validity of V months, the `sign`
    events of the window that started V months ago (the events' time index), then
    their recorded `valid_until`."""
    out = []
    for pt_id, months in session.execute(select(PermitType.id, PermitType.validity_months)
                                         .where(PermitType.validity_months > 0)):
        months = months or 0                    # the query keeps validity_months > 0
        lo = add_months(today, -months) - timedelta(days=2)
        hi = add_months(today + timedelta(days=days), -months) + timedelta(days=2)
        rows = session.execute(text(
            f"SELECT e.application_id, json_extract(e.data, {codes.EVENT_DATA.path('valid_until')}) "
            "FROM workflow_event e "
            "CROSS JOIN application a ON a.id = e.application_id "
            "WHERE e.at >= :lo AND e.at < :hi AND e.action = :sign AND a.permit_type_id = :pt")
            # typed: SQLite stores times as integer microseconds, keys as 16 bytes (db/base.py)
            # and actions coded (db/codes.py)
            .bindparams(bindparam("lo", type_=UtcTime()), bindparam("hi", type_=UtcTime()),
                        bindparam("pt", type_=UuidStr()), bindparam("sign", "sign", type_=codes.ACTION))
            .columns(column("application_id", UuidStr()), column("valid_until")),
            {"lo": datetime.combine(lo, datetime.min.time()), "hi": datetime.combine(hi, datetime.min.time()),
             "pt": pt_id})
        for app_id, until in rows:
            if until and today <= date.fromisoformat(until) <= today + timedelta(days=days):
                out.append((app_id, date.fromisoformat(until)))
    return out


def _expiring(session: Session, today: date) -> Figure:
    bands = [(30, tr("≤ 30 hari")), (60, tr("31–60 hari")), (90, tr("61–90 hari"))]
    counts = [0, 0, 0]
    for _k, until, n in _totals(session, ("expires",), today, today + timedelta(days=90)):
        left = (until - today).days
        counts[0 if left <= 30 else 1 if left <= 60 else 2] += n
    bars = [Bar(label, [float(counts[i])], [f"expiring:{n}"]) for i, (n, label) in enumerate(bands)]
    return Figure(tr("Izin berakhir dalam 90 hari"), [tr("Izin")], bars,
                  note=tr("Untuk pengingat perpanjangan (laporan: Izin akan berakhir)."))


@dataclass
class FileRow:
    id: str
    no_permohonan: str
    applicant_name: str
    state_label: str


def files(session: Session, key: str, today: date | None = None, limit: int = FILES_LIMIT) -> list[FileRow]:
    """The files behind one bar (`Bar.keys`), newest first, at most `limit`."""
    today = today or tracking.office_today(session)
    h = rollup.offset_hours(session)
    kind, _, arg = key.partition(":")
    q = select(Application.id, Application.no_permohonan, Application.applicant_name, Application.state)
    if kind == "intake":
        week, _, source = arg.partition(":")
        start = date.fromisoformat(week)
        q = (q.join(WorkflowEvent, WorkflowEvent.application_id == Application.id)
             .where(WorkflowEvent.action == "receive", WorkflowEvent.at >= _utc(start, h),
                    WorkflowEvent.at < _utc(start + timedelta(weeks=1), h),
                    (Application.source == "ONLINE") if source == "ONLINE" else (Application.source != "ONLINE")))
    elif kind == "state":
        q = q.where(Application.state == arg).order_by(Application.state_since.desc())
    elif kind == "late_signed":
        since = today - timedelta(days=90)
        q = (q.join(WorkflowEvent, WorkflowEvent.application_id == Application.id)
             .join(PermitType, PermitType.id == Application.permit_type_id)
             .where(WorkflowEvent.action == "sign", WorkflowEvent.at >= _utc(since, h), PermitType.code == arg,
                    func.date(time_sql(WorkflowEvent.at), "unixepoch", f"+{h} hours") > Application.due_date))
    elif kind == "ikm":
        from db.models import SurveyResponse
        q = (q.join(SurveyResponse, SurveyResponse.application_id == Application.id)
             .where(func.strftime("%Y-%m", time_sql(SurveyResponse.at), "unixepoch", f"+{h} hours") == arg))
    elif kind == "expiring":
        upper = int(arg)
        lower = {30: -1, 60: 30, 90: 60}[upper]
        ids = [i for i, until in _expiring_rows(session, today) if lower < (until - today).days <= upper]
        q = q.where(Application.id.in_(ids[:limit]))
    else:
        return []
    return [FileRow(i, no, name, tr(workflow.STATES[st].label))
            for i, no, name, st in session.execute(q.limit(limit))]


def load(loket: Any) -> Dashboard:
    with loket.Session() as s:
        return build(s)


def files_for(loket: Any, key: str) -> list[FileRow]:
    with loket.Session() as s:
        return files(s, key)
