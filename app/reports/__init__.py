"""Reports for heads of office: one table per report, written to screen, XLSX, PDF or CSV.

A report is a function `(session, Params) -> Table` registered in `REPORTS`.
`Table` is plain data (typed columns, rows of Python values, one total row), so
every output is a view of the same numbers: the CLI (`loket report`), the
"Laporan" page and the exporters in `app/reports/export.py` never recompute.

Days are office-local calendar days (`office.timezone`); working days come
from `app.calendar.WorkCalendar` (national holidays, cuti bersama and the
office's closures); step durations are office-hours minutes, as in the SOP.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.services.context import Actor

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from app.i18n import tr
from app.services.context import ServiceError

PERIODS = ("month", "quarter", "year")


class ReportError(ServiceError):
    """A refused report request (unknown name, reversed range…): one line for the officer."""


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    kind: str = "text"      # text | int | date | pct | num | days


@dataclass(frozen=True)
class Params:
    date_from: date
    date_to: date
    by: str = "month"
    unit: str | None = None             # permit types of one unit (bidang)
    permit_type: str | None = None      # one permit type, by code
    weight: str = "exact"               # IKM weighting: exact | 0.111 | 0.11
    made_by: str = ""
    made_at: datetime | None = None     # office-local

    def check(self) -> Params:
        if self.date_from > self.date_to:
            raise ReportError(tr("Rentang tanggal terbalik: {a} setelah {b}.").format(
                a=self.date_from.isoformat(), b=self.date_to.isoformat()))
        if self.by not in PERIODS:
            raise ReportError(tr("Pengelompokan tidak dikenal: {by} (pilihan: month, quarter, year).")
                              .format(by=self.by))
        if self.weight not in ("exact", "0.111", "0.11"):
            raise ReportError(tr("Bobot IKM tidak dikenal: {w}.").format(w=self.weight))
        return self


@dataclass
class Chart:
    """What the PDF draws above the table: one bar per label, its value summed over
    the label's rows (a percentage averaged; `value_key` None counts the rows).
    `order` is what a reader expects: "value" ranks categories (permit types,
    officers) largest first; "rows" keeps the rows' own order, for an axis that
    has one (periods chronologically, the 30/60/90-day windows nearest first).
    `where` keeps the rows of one kind (sla: the whole service, not each step)."""
    label_key: str
    value_key: str | None
    title: str
    order: str = "value"
    where: tuple[str, str] | None = None     # only the rows whose column has this value
    weight_key: str | None = None            # a percentage averaged weighted by this count


@dataclass
class Table:
    name: str
    title: str
    columns: list[Column]
    rows: list[tuple[Any, ...]]
    total: tuple[Any, ...] | None
    params: Params
    notes: list[str] = field(default_factory=list)
    chart: Chart | None = None
    # the files behind each row (application ids), for "click a row to open its files"
    row_files: list[list[str]] = field(default_factory=list)

    def column(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    def values(self, key: str) -> list[Any]:
        i = self.column(key)
        return [r[i] for r in self.rows]

    @property
    def empty(self) -> bool:
        return not self.rows


Builder = Callable[[Session, Params], Table]


@dataclass(frozen=True)
class Report:
    name: str
    title: str
    description: str
    roles: frozenset[str]
    build: Callable[[Any, Params], Table]


REPORTS: dict[str, Report] = {}


def register(name: str, title: str, description: str, roles: tuple[str, ...]) -> Callable[[Builder], Builder]:
    def deco(fn: Builder) -> Builder:
        REPORTS[name] = Report(name, title, description, frozenset(roles), fn)
        return fn
    return deco


def get(name: str) -> Report:
    from app.reports import builders  # noqa: F401  (fills REPORTS)
    try:
        return REPORTS[name]
    except KeyError:
        raise ReportError(tr("Laporan tidak dikenal: {name} (lihat: loket report list).").format(name=name)) from None


def all_reports() -> list[Report]:
    from app.reports import builders  # noqa: F401
    return list(REPORTS.values())


def build(session: Session, name: str, params: Params) -> Table:
    report = get(name)
    return report.build(session, params.check())


# --- for the screens: each call opens its own session (off the GUI thread) ------------------

@dataclass(frozen=True)
class Choices:
    units: list[str]
    permit_types: list[tuple[str, str]]      # (code, name)
    today: date


def choices(loket: Any) -> Choices:
    from sqlalchemy import select

    from app.services import tracking
    from db.models import PermitType
    with loket.Session() as s:
        rows = s.execute(select(PermitType.code, PermitType.name, PermitType.unit).order_by(PermitType.name)).all()
        return Choices(sorted({u for _, _, u in rows if u}), [(c, n) for c, n, _ in rows], tracking.office_today(s))


def run(loket: Any, actor: Actor, name: str, params: Params) -> Table:
    """Build a report for an officer whose roles may see it."""
    report = get(name)
    if not (actor.roles & report.roles):
        from app.services.context import PermissionDenied
        raise PermissionDenied(tr("Laporan “{title}” tidak tersedia untuk peran Anda.").format(title=tr(report.title)))
    from app.services import tracking
    with loket.Session() as s:
        made = tracking.office_now(s)
        return report.build(s, replace(params, made_by=actor.name, made_at=made).check())


def save(loket: Any, table: Table, path: Any) -> str:
    from app.reports import export
    with loket.Session() as s:
        office, head = export.letter_parts(s)
    return str(export.write(table, path, office, head))


def files_of(loket: Any, app_ids: list[str], limit: int = 500) -> list[Any]:
    """The files behind a report row, for the list that opens them."""
    from sqlalchemy import select

    from app import workflow
    from db.models import Application
    with loket.Session() as s:
        rows = s.execute(select(Application.id, Application.no_permohonan, Application.applicant_name,
                                Application.state).where(Application.id.in_(app_ids[:limit]))).all()
    from app.reports.dashboard import FileRow
    return [FileRow(i, no, name, tr(workflow.STATES[st].label)) for i, no, name, st in rows]
