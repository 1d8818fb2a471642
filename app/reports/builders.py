"""The six reports. Each reads the append-only workflow events (and the survey
responses) of the range, counts in office-local days, and returns a `Table`
whose last row is the total for the whole range.

What counts as what (the same rules the tests recompute with plain SQL):
- received / returned: a `receive` / `return` event on that local day;
- finished (sla): a `sign` event in the range: the SK or the rejection letter
  is signed; on time when the local signing day is on or before the due date
  (working days counted from the day the file was complete, `app.calendar`);
- a step (sla, workload): the event that ends it; its duration runs from the
  application's previous event, in office-hours minutes. Steps that wait on the
  applicant (tracking.APPLICANT_WAIT) are not measured against the SOP;
- late: an open file held by an officer role whose due date is before today;
- expiring: a signed permit whose `valid_until` falls in the range.
"""
from __future__ import annotations

import math
import statistics
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import clock, workflow
from app.calendar import WorkCalendar
from app.i18n import tr
from app.reports import Chart, Column, Params, Table, register
from app.services import ikm, survey, tracking
from db.models import Applicant, Application, Company, Officer, PermitType, WorkflowEvent

HEADS = ("KASI", "KABID", "KADIN", "ADMIN")
_ROMAN = ("I", "II", "III", "IV")
_BULAN = ("", "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember")


# --- shared pieces ----------------------------------------------------------------------------

def period_start(d: date, by: str) -> date:
    if by == "year":
        return date(d.year, 1, 1)
    if by == "quarter":
        return date(d.year, 3 * ((d.month - 1) // 3) + 1, 1)
    return date(d.year, d.month, 1)


def period_label(start: date, by: str) -> str:
    if by == "year":
        return str(start.year)
    if by == "quarter":
        return tr("Triwulan {q} {y}").format(q=_ROMAN[(start.month - 1) // 3], y=start.year)
    return f"{tr(_BULAN[start.month])} {start.year}"


def percentile(values: list[float], p: float) -> float | None:
    """Nearest-rank percentile (the value at rank ceil(p/100 × n)), as published reports use."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[rank - 1]


class _Scope:
    """The office's zone and calendar, the range as UTC bounds, the permit types in scope."""

    def __init__(self, session: Session, params: Params) -> None:
        self.session = session
        self.params = params
        self.tz = tracking.office_tz(session)
        self.cal = WorkCalendar.from_db(session)
        self.start, self.end = survey.utc_bounds(session, params.date_from, params.date_to)
        q = select(PermitType)
        if params.unit:
            q = q.where(PermitType.unit == params.unit)
        if params.permit_type:
            q = q.where(PermitType.code == params.permit_type)
        self.permits = {p.id: p for p in session.scalars(q)}

    def local(self, utc_naive: datetime) -> datetime:
        return utc_naive.replace(tzinfo=UTC).astimezone(self.tz).replace(tzinfo=None)

    def events(self, *actions: str) -> Any:
        q = (select(WorkflowEvent.application_id, WorkflowEvent.action, WorkflowEvent.at,
                    WorkflowEvent.actor_name, WorkflowEvent.data, Application.permit_type_id)
             .join(Application, Application.id == WorkflowEvent.application_id)
             .where(WorkflowEvent.at >= self.start, WorkflowEvent.at < self.end,
                    Application.permit_type_id.in_(list(self.permits)))
             .order_by(WorkflowEvent.at))
        # Every action named even when all are wanted: the window is then read through
        # the (action, at) index, one range per action (the events have no index on
        # `at` alone, migration 0022), instead of every event of the office.
        q = q.where(WorkflowEvent.action.in_(actions or tuple(workflow.ACTIONS)))
        return self.session.execute(q).all()

    def today(self) -> date:
        return clock.utcnow_aware().astimezone(self.tz).date()


def _notes(scope: _Scope) -> list[str]:
    p = scope.params
    out = []
    if p.unit:
        out.append(tr("Unit: {u}").format(u=p.unit))
    if p.permit_type:
        out.append(tr("Jenis izin: {c}").format(c=p.permit_type))
    return out


# --- register -------------------------------------------------------------------------------

@register("register", "Register penerimaan berkas",
          "Berkas diterima dan dikembalikan per hari, petugas dan jenis izin", HEADS + ("LOKET2",))
def register_report(session: Session, params: Params) -> Table:
    scope = _Scope(session, params)
    counts: dict[tuple[Any, ...], list[int]] = defaultdict(lambda: [0, 0])
    files: dict[tuple[Any, ...], list[str]] = defaultdict(list)
    for ev in scope.events("receive", "return"):
        key = (scope.local(ev.at).date(), ev.actor_name or "-", scope.permits[ev.permit_type_id].name)
        counts[key][0 if ev.action == "receive" else 1] += 1
        files[key].append(ev.application_id)
    keys = sorted(counts)
    rows = [(d, officer, permit, a, r, a + r) for (d, officer, permit) in keys
            for a, r in [counts[(d, officer, permit)]]]
    got, back = sum(r[3] for r in rows), sum(r[4] for r in rows)
    return Table(
        "register", tr("Register penerimaan berkas"),
        [Column("day", tr("Tanggal"), "date"), Column("officer", tr("Petugas")),
         Column("permit", tr("Jenis izin")), Column("received", tr("Diterima"), "int"),
         Column("returned", tr("Dikembalikan"), "int"), Column("total", tr("Jumlah"), "int")],
        rows, (None, tr("Jumlah"), "", got, back, got + back), params, _notes(scope),
        Chart("permit", "total", tr("Berkas per jenis izin")), [files[k] for k in keys])


# --- sla ----------------------------------------------------------------------------------------

def _step_durations(scope: _Scope, app_ids: list[str]) -> dict[str, list[Any]]:
    """Every event of these applications, oldest first (the previous one starts each step)."""
    out: dict[str, list[Any]] = defaultdict(list)
    for chunk in range(0, len(app_ids), 500):
        part = app_ids[chunk:chunk + 500]
        q = (select(WorkflowEvent.application_id, WorkflowEvent.action, WorkflowEvent.from_state,
                    WorkflowEvent.at)
             .where(WorkflowEvent.application_id.in_(part)).order_by(WorkflowEvent.at))
        for ev in scope.session.execute(q):
            out[ev.application_id].append(ev)
    return out


@register("sla", "Kepatuhan standar pelayanan",
          "Per jenis izin dan langkah: selesai, tepat waktu, terlambat, median, P90", HEADS)
def sla_report(session: Session, params: Params) -> Table:
    scope = _Scope(session, params)
    by = params.by
    in_range = scope.events()
    apps = {a.id: a for a in session.scalars(
        select(Application).where(Application.id.in_({e.application_id for e in in_range})))} if in_range else {}
    history = _step_durations(scope, list(apps))
    # (period, permit name, step label, standard) -> durations, on-time flags, files
    groups: dict[tuple[Any, ...], dict[str, Any]] = defaultdict(lambda: {"d": [], "ok": 0, "late": 0, "files": []})
    for app_id, evs in history.items():
        app = apps[app_id]
        permit = scope.permits[app.permit_type_id]
        for prev, ev in zip(evs, evs[1:], strict=False):
            if not (scope.start <= ev.at < scope.end) or ev.from_state in tracking.APPLICANT_WAIT:
                continue
            standard = workflow.step_standard_minutes(ev.action, permit)
            if standard is None:
                continue
            minutes = scope.cal.working_minutes(scope.local(prev.at), scope.local(ev.at))
            start = period_start(scope.local(ev.at).date(), by)
            step_no = 1 + list(workflow.ACTIONS).index(ev.action)
            g = groups[(start, permit.name, step_no, tr(workflow.ACTIONS[ev.action].label), standard, "min")]
            g["d"].append(minutes)
            g["ok" if minutes <= standard else "late"] += 1
            g["files"].append(app_id)
        for ev in evs:
            if ev.action != "sign" or not (scope.start <= ev.at < scope.end) or app.received_at is None:
                continue
            received = scope.local(app.received_at).date()
            signed = scope.local(ev.at).date()
            due = app.due_date or scope.cal.add_working_days(received, permit.service_days)
            days = scope.cal.working_days_between(received, signed)
            start = period_start(signed, by)
            g = groups[(start, permit.name, 0, tr("Seluruh layanan (hari kerja)"), permit.service_days, "hk")]
            g["d"].append(days)
            g["ok" if signed <= due else "late"] += 1
            g["files"].append(app_id)
    keys = sorted(groups)
    rows, files = [], []
    for key in keys:
        start, permit, _, step, standard, unit = key
        g = groups[key]
        n = g["ok"] + g["late"]
        rows.append((period_label(start, by), permit, step, _standard_text(standard, unit), n, g["ok"], g["late"],
                     _duration(statistics.median(g["d"]), unit), _duration(percentile(g["d"], 90), unit),
                     g["ok"] / n if n else None))
        files.append(g["files"])
    finished = [groups[k] for k in keys if k[2] == 0]
    n_all = sum(g["ok"] + g["late"] for g in finished)
    ok_all = sum(g["ok"] for g in finished)
    all_days = [d for g in finished for d in g["d"]]
    total = (tr("Jumlah"), tr("semua jenis izin"), tr("Seluruh layanan (hari kerja)"), "", n_all, ok_all,
             n_all - ok_all, _duration(statistics.median(all_days), "hk") if all_days else None,
             _duration(percentile(all_days, 90), "hk") if all_days else None,
             ok_all / n_all if n_all else None)
    notes = _notes(scope) + [tr("Langkah diukur dalam menit jam kerja terhadap standar SOP; seluruh layanan "
                                "dalam hari kerja sejak berkas lengkap sampai ditandatangani. "
                                "P90: nilai pada peringkat ke-⌈0,9 × n⌉.")]
    return Table(
        "sla", tr("Kepatuhan standar pelayanan"),
        [Column("period", tr("Periode")), Column("permit", tr("Jenis izin")), Column("step", tr("Langkah")),
         Column("standard", tr("Standar")), Column("finished", tr("Selesai"), "int"),
         Column("on_time", tr("Tepat waktu"), "int"), Column("late", tr("Terlambat"), "int"),
         Column("median", tr("Median"), "num"), Column("p90", tr("P90"), "num"),
         Column("on_time_pct", tr("% tepat waktu"), "pct")],
        rows, total, params, notes, Chart("permit", "on_time_pct", tr("% tepat waktu per jenis izin (seluruh layanan)"),
                                       where=("step", tr("Seluruh layanan (hari kerja)")), weight_key="finished"),
        files)


def _standard_text(value: int, unit: str) -> str:
    if unit == "hk":
        return tr("{n} hari kerja").format(n=value)
    return tracking.format_minutes(value)


def _duration(value: Any, unit: str) -> float | None:
    """Minutes as hours (one decimal) for steps; working days as they are."""
    if value is None:
        return None
    return round(value / 60, 1) if unit == "min" else float(value)


# --- late -----------------------------------------------------------------------------------------

@register("late", "Berkas terlambat", "Berkas yang terlambat saat ini, per pemegang, terlama dulu", HEADS)
def late_report(session: Session, params: Params) -> Table:
    scope = _Scope(session, params)
    today = scope.today()
    q = (select(Application.id, Application.no_permohonan, Application.applicant_name, Application.state,
                Application.holder_role, Application.holder_id, Application.due_date, Application.permit_type_id)
         .where(Application.state.in_(workflow.OPEN_STATES), Application.due_date < today,
                Application.holder_role.in_(tracking.WORK_ROLES + (workflow.LOKET4, workflow.LOKET5)),
                Application.permit_type_id.in_(list(scope.permits))))
    found = [r for r in session.execute(q) if r.state not in tracking.APPLICANT_WAIT]
    names = {o.id: o.full_name for o in session.scalars(
        select(Officer).where(Officer.id.in_({r.holder_id for r in found if r.holder_id})))} if found else {}
    late = []
    for r in found:
        late.append((tr(workflow.ROLE_LABELS.get(r.holder_role, r.holder_role)),
                     names.get(r.holder_id, tr("(siapa pun di peran ini)")), r.no_permohonan, r.applicant_name,
                     scope.permits[r.permit_type_id].name, tr(workflow.STATES[r.state].label), r.due_date,
                     scope.cal.working_days_between(r.due_date, today), r.id))
    late.sort(key=lambda x: (-x[7], x[0], x[1], x[2]))
    files = [[r[-1]] for r in late]
    rows = [r[:-1] for r in late]
    days = [r[7] for r in late]
    notes = _notes(scope) + [tr("Keadaan pada {d}; rentang tanggal tidak membatasi laporan ini.").format(
        d=_tanggal(today))]
    return Table(
        "late", tr("Berkas terlambat"),
        [Column("holder", tr("Pemegang")), Column("officer", tr("Petugas")), Column("no", tr("No. permohonan")),
         Column("applicant", tr("Pemohon")), Column("permit", tr("Jenis izin")), Column("state", tr("Status")),
         Column("due", tr("Batas waktu"), "date"), Column("days_late", tr("Terlambat (hari kerja)"), "int")],
        rows, (tr("Jumlah"), f"{len(rows)} " + tr("berkas"), "", "", "", "", None, max(days) if days else 0),
        params, notes, Chart("holder", "days_late", tr("Hari kerja terlambat per pemegang")), files)


def _tanggal(d: date) -> str:
    """'26 November 2026', as the report's heading writes its range (not an ISO date in a note);
    imported here because app.documents.base brings in reportlab."""
    from app.documents.base import tanggal
    return tanggal(d)


# --- ikm --------------------------------------------------------------------------------------------

@register("ikm", "Indeks Kepuasan Masyarakat", "IKM per periode dengan NRR sembilan unsur", HEADS + ("LOKET5",))
def ikm_report(session: Session, params: Params) -> Table:
    from db.models import SurveyResponse
    scope = _Scope(session, params)
    keys = [e.key for e in ikm.ordered_elements(ikm.parse_order(_order(session)))]
    q = (select(SurveyResponse.answers, SurveyResponse.at)
         .where(SurveyResponse.at >= scope.start, SurveyResponse.at < scope.end,
                SurveyResponse.declined.is_(False)))
    per: dict[date, list[Any]] = defaultdict(list)
    for answers, at in session.execute(q):
        per[period_start(scope.local(at).date(), params.by)].append(answers)
    rows = []
    for start in sorted(per):
        res = ikm.compute(per[start], params.weight)
        nrr = res.nrr_rounded(3)
        rows.append((period_label(start, params.by), res.respondents, *[float(nrr[k]) for k in keys],
                     float(res.ikm), res.grade))
    try:
        whole = survey.index(session, params.date_from, params.date_to, params.weight) if rows else None
    except ikm.IkmError:
        whole = None
    if whole is not None:
        nrr = whole.nrr_rounded(3)
        total = (tr("Jumlah"), whole.respondents, *[float(nrr[k]) for k in keys], float(whole.ikm), whole.grade)
    else:
        total = (tr("Jumlah"), 0, *[None] * len(keys), None, "")
    notes = _notes(scope) + [tr("Bobot unsur {w}; IKM = Σ(NRR × bobot) × 25, dibulatkan setengah ke atas "
                                "dua desimal (PermenPANRB 14/2017). Baris Jumlah dihitung dari semua jawaban dalam rentang, "
                                "sama dengan IKM di halaman SKM Loket 5.")
                             .format(w={"exact": "1/9", "0.111": "0,111", "0.11": "0,11"}[params.weight])]
    if params.unit or params.permit_type:
        notes.append(tr("SKM dihitung untuk seluruh kantor; saringan unit/jenis izin tidak berlaku."))
    return Table(
        "ikm", tr("Indeks Kepuasan Masyarakat"),
        [Column("period", tr("Periode")), Column("respondents", tr("Responden"), "int"),
         *[Column(k, k, "num") for k in keys], Column("ikm", tr("IKM"), "num"), Column("grade", tr("Mutu"))],
        rows, total, params, notes, Chart("period", "ikm", tr("IKM per periode"), order="rows"))


def _order(session: Session) -> str:
    from app import config
    return str(config.get(session, "survey.element_order"))


# --- expiring ---------------------------------------------------------------------------------

@register("expiring", "Izin akan berakhir",
          "Izin yang masa berlakunya berakhir dalam rentang, untuk pengingat perpanjangan", HEADS + ("LOKET5",))
def expiring_report(session: Session, params: Params) -> Table:
    scope = _Scope(session, params)
    today = scope.today()
    q = (select(WorkflowEvent.data, WorkflowEvent.application_id, Application.no_permohonan,
                Application.permit_number, Application.applicant_type, Application.permit_type_id,
                Applicant.name, Applicant.mobile, Applicant.phone, Applicant.email, Company.name.label("company"))
         .join(Application, Application.id == WorkflowEvent.application_id)
         .join(Applicant, Applicant.id == Application.applicant_id)
         .outerjoin(Company, Company.id == Application.company_id)
         .where(WorkflowEvent.action == "sign", Application.outcome != "PENOLAKAN",
                Application.permit_type_id.in_(list(scope.permits))))
    rows, files = [], []
    for r in session.execute(q):
        until = (r.data or {}).get("valid_until")
        if not until:
            continue
        end = date.fromisoformat(until)
        if not (params.date_from <= end <= params.date_to):
            continue
        left = (end - today).days
        band = next((f"≤ {n}" for n in (30, 60, 90) if left <= n), "> 90")
        holder = r.company if r.applicant_type == "PERUSAHAAN" and r.company else r.name
        rows.append((end, left, band, r.permit_number or "-", scope.permits[r.permit_type_id].name, holder,
                     r.mobile or r.phone or "-", r.email or "-", r.no_permohonan))
        files.append([r.application_id])
    order = sorted(range(len(rows)), key=lambda i: (rows[i][0], rows[i][3]))
    rows, files = [rows[i] for i in order], [files[i] for i in order]
    notes = _notes(scope) + [tr("Sisa hari dihitung dari {d} (hari kalender).").format(d=_tanggal(today))]
    return Table(
        "expiring", tr("Izin akan berakhir"),
        [Column("until", tr("Berlaku sampai"), "date"), Column("days_left", tr("Sisa hari"), "int"),
         Column("band", tr("Jendela (hari)")), Column("permit_number", tr("Nomor izin")),
         Column("permit", tr("Jenis izin")), Column("holder", tr("Pemegang izin")),
         Column("phone", tr("Telepon")), Column("email", tr("Surel")), Column("no", tr("No. permohonan"))],
        rows, (None, None, "", f"{len(rows)} " + tr("izin"), "", "", "", "", ""), params, notes,
        Chart("band", None, tr("Izin per jendela waktu"), order="rows"), files)


# --- workload --------------------------------------------------------------------------------

@register("workload", "Beban kerja petugas", "Berkas yang ditangani per petugas dan langkah, per periode", HEADS)
def workload_report(session: Session, params: Params) -> Table:
    scope = _Scope(session, params)
    counts: dict[tuple[Any, ...], list[str]] = defaultdict(list)
    for ev in scope.events():
        if ev.action == "submit_online":
            continue
        start = period_start(scope.local(ev.at).date(), params.by)
        counts[(start, ev.actor_name or "-", ev.action)].append(ev.application_id)
    keys = sorted(counts, key=lambda k: (k[0], k[1], list(workflow.ACTIONS).index(k[2])))
    rows = [(period_label(k[0], params.by), k[1], tr(workflow.ACTIONS[k[2]].label), len(counts[k])) for k in keys]
    return Table(
        "workload", tr("Beban kerja petugas"),
        [Column("period", tr("Periode")), Column("officer", tr("Petugas")), Column("step", tr("Langkah")),
         Column("count", tr("Berkas"), "int")],
        rows, (tr("Jumlah"), "", "", sum(r[3] for r in rows)), params, _notes(scope),
        Chart("officer", "count", tr("Berkas per petugas")), [counts[k] for k in keys])


def default_range(name: str, today: date) -> tuple[date, date]:
    """What the page and the CLI show without dates: this month so far; the next 90 days for expiring."""
    if name == "expiring":
        return today, today + timedelta(days=90)
    return today.replace(day=1), today
