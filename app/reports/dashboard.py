"""The heads' dashboard: five figures that open in a glance, each bar a door to
the files behind it.

Every figure is one indexed query over a bounded window, so the page stays fast
on a million applications:
- intake per week: `receive` events of the last 12 weeks (index on event time);
- files per state: the cached state of each application (index on state);
- % on time per permit type: `sign` events of the last 90 days;
- IKM per month: the survey answers of the last 12 months;
- permits expiring in the next 90 days: for each permit type with a validity of
  V months, the `sign` events of the 90-day window that started V months ago,
  then their recorded `valid_until` (no scan of every permit ever signed).

Indonesia keeps no daylight saving time, so a local day is UTC shifted by the
office zone's fixed offset and the grouping runs in SQL. The dashboard reads the
workstation's own SQLite file; its joins are written `CROSS JOIN` so that SQLite
starts from the events' time index instead of scanning every application.

`files(session, key)` answers "which files are behind this bar", capped.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import bindparam, column, func, select, text

from app import workflow
from app.calendar import add_months
from app.i18n import tr
from app.reports.builders import period_label
from app.services import ikm, tracking
from db.base import UtcTime, UuidStr, time_sql
from db.models import Application, PermitType, WorkflowEvent

WEEKS = 12
FILES_LIMIT = 500


@dataclass
class Bar:
    label: str                      # short, for the axis
    values: list[float]             # one per series
    keys: list[str]                 # what `files()` takes to list the files behind each value
    name: str = ""                  # in full, for the tooltip and the list of files

    def __post_init__(self):
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


def _offset_hours(session) -> int:
    tz = tracking.office_tz(session)
    return int(datetime(2026, 1, 1, tzinfo=UTC).astimezone(tz).utcoffset().total_seconds() // 3600)


def _utc(d: date, hours: int) -> datetime:
    return datetime(d.year, d.month, d.day) - timedelta(hours=hours)


# SQLite stores times as integer microseconds and keys as 16 bytes (db/base.py):
# raw SQL reads a time through `unixepoch` and binds its parameters typed.
AT = "e.at / 1000000, 'unixepoch'"
_SINCE = bindparam("since", type_=UtcTime())


def build(session, today: date | None = None) -> Dashboard:
    today = today or tracking.office_today(session)
    h = _offset_hours(session)
    dash = Dashboard(today)
    dash.figures["intake"] = _intake(session, today, h)
    dash.figures["states"] = _states(session)
    dash.figures["on_time"] = _on_time(session, today, h)
    dash.figures["ikm"] = _ikm(session, today, h)
    dash.figures["expiring"] = _expiring(session, today)
    return dash


def _week_start(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _intake(session, today: date, h: int) -> Figure:
    first = _week_start(today) - timedelta(weeks=WEEKS - 1)
    rows = session.execute(text(
        f"SELECT date({AT}, :shift) AS day, a.source, count(*) FROM workflow_event e "
        "CROSS JOIN application a ON a.id = e.application_id "       # events first: the time index
        "WHERE e.at >= :since AND e.action = 'receive' GROUP BY day, a.source").bindparams(_SINCE),
        {"shift": f"+{h} hours", "since": _utc(first, h)})
    per: dict[date, list[int]] = {first + timedelta(weeks=i): [0, 0] for i in range(WEEKS)}
    for day, source, n in rows:
        week = _week_start(date.fromisoformat(day))
        if week in per:
            per[week][0 if source == "ONLINE" else 1] += n
    bars = [Bar(f"{w.day} {tr(_SHORT_MONTH[w.month])}", [float(a), float(b)],
                [f"intake:{w.isoformat()}:ONLINE", f"intake:{w.isoformat()}:WALKIN"],
                tr("minggu mulai {d}").format(d=w.strftime("%d-%m-%Y"))) for w, (a, b) in per.items()]
    return Figure(tr("Berkas diterima per minggu"), [tr("Daring (SiCantik)"), tr("Walk-in")], bars,
                  note=tr("{n} minggu terakhir, menurut minggu diterima").format(n=WEEKS))


def _states(session) -> Figure:
    counts = dict(session.execute(select(Application.state, func.count()).group_by(Application.state)).all())
    bars = []
    for key, st in workflow.STATES.items():
        if st.final or not counts.get(key):
            continue
        holder = tr(workflow.ROLE_LABELS[st.holder]) if st.holder else "-"
        label = tr(st.label).split(" — ")[0]
        bars.append(Bar(short(label), [float(counts[key])], [f"state:{key}"], f"{tr(st.label)} ({holder})"))
    return Figure(tr("Berkas per status dan pemegang"), [tr("Berkas")], bars,
                  note=tr("Berkas yang masih berjalan; arsip tidak dihitung."))


def _on_time(session, today: date, h: int) -> Figure:
    since = today - timedelta(days=90)
    rows = session.execute(text(
        f"SELECT p.code, p.name, count(*), sum(date({AT}, :shift) <= a.due_date) FROM workflow_event e "
        "CROSS JOIN application a ON a.id = e.application_id "
        "CROSS JOIN permit_type p ON p.id = a.permit_type_id "
        "WHERE e.at >= :since AND e.action = 'sign' AND a.due_date IS NOT NULL GROUP BY p.code, p.name"
    ).bindparams(_SINCE),
        {"shift": f"+{h} hours", "since": _utc(since, h)})
    bars = [Bar(short(name), [round(100.0 * (ok or 0) / n, 1)], [f"late_signed:{code}"], name)
            for code, name, n, ok in rows if n]
    bars.sort(key=lambda b: b.values[0])
    return Figure(tr("% tepat waktu per jenis izin"), [tr("% tepat waktu")], bars, "%",
                  tr("Ditandatangani dalam 90 hari terakhir; klik untuk berkas yang terlambat."))


def _ikm(session, today: date, h: int) -> Figure:
    """Summed per element in SQL (json_extract), so a year of a busy office is one pass."""
    from db.models import SurveyResponse
    first = add_months(today.replace(day=1), -11)
    month = func.strftime("%Y-%m", time_sql(SurveyResponse.at), "unixepoch", f"+{h} hours")
    sums = [func.sum(func.json_extract(SurveyResponse.answers, f"$.{k}")) for k in ikm.KEYS]
    q = (select(month, func.count(), *sums)
         .where(SurveyResponse.at >= _utc(first, h), SurveyResponse.declined.is_(False))
         .group_by(month).order_by(month))
    bars = []
    for m, n, *per_key in session.execute(q):
        res = ikm.from_sums(dict(zip(ikm.KEYS, per_key, strict=True)), n)
        start = date.fromisoformat(m + "-01")
        bars.append(Bar(f"{tr(_SHORT_MONTH[start.month])} {start.year % 100:02d}", [float(res.ikm)], [f"ikm:{m}"],
                        period_label(start, "month")))
    return Figure(tr("IKM per bulan"), [tr("IKM")], bars, "IKM", tr("12 bulan terakhir; bobot 1/9."))


def _expiring_rows(session, today: date, days: int = 90):
    """(application id, valid_until) of permits ending in [today, today + days]."""
    out = []
    for pt_id, months in session.execute(select(PermitType.id, PermitType.validity_months)
                                         .where(PermitType.validity_months > 0)):
        lo = add_months(today, -months) - timedelta(days=2)
        hi = add_months(today + timedelta(days=days), -months) + timedelta(days=2)
        rows = session.execute(text(
            "SELECT e.application_id, json_extract(e.data, '$.valid_until') FROM workflow_event e "
            "CROSS JOIN application a ON a.id = e.application_id "
            "WHERE e.at >= :lo AND e.at < :hi AND e.action = 'sign' AND a.permit_type_id = :pt")
            .bindparams(bindparam("lo", type_=UtcTime()), bindparam("hi", type_=UtcTime()),
                        bindparam("pt", type_=UuidStr()))
            .columns(column("application_id", UuidStr()), column("valid_until")),
            {"lo": datetime.combine(lo, datetime.min.time()), "hi": datetime.combine(hi, datetime.min.time()),
             "pt": pt_id})
        for app_id, until in rows:
            if until and today <= date.fromisoformat(until) <= today + timedelta(days=days):
                out.append((app_id, date.fromisoformat(until)))
    return out


def _expiring(session, today: date) -> Figure:
    rows = _expiring_rows(session, today)
    bands = [(30, tr("≤ 30 hari")), (60, tr("31–60 hari")), (90, tr("61–90 hari"))]
    counts = [0, 0, 0]
    for _, until in rows:
        left = (until - today).days
        counts[0 if left <= 30 else 1 if left <= 60 else 2] += 1
    bars = [Bar(label, [float(counts[i])], [f"expiring:{n}"]) for i, (n, label) in enumerate(bands)]
    return Figure(tr("Izin berakhir dalam 90 hari"), [tr("Izin")], bars,
                  note=tr("Untuk pengingat perpanjangan (laporan: loket report expiring)."))


@dataclass
class FileRow:
    id: str
    no_permohonan: str
    applicant_name: str
    state_label: str


def files(session, key: str, today: date | None = None, limit: int = FILES_LIMIT) -> list[FileRow]:
    """The files behind one bar (`Bar.keys`), newest first, at most `limit`."""
    today = today or tracking.office_today(session)
    h = _offset_hours(session)
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


def load(loket) -> Dashboard:
    with loket.Session() as s:
        return build(s)


def files_for(loket, key: str) -> list[FileRow]:
    with loket.Session() as s:
        return files(s, key)
