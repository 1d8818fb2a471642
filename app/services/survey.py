"""The satisfaction survey (SKM) at counter 5.

The applicant answers alone on the survey screen; the counter officer starts
it and only ever learns *whether* the survey was recorded or declined, never
the answers (`status()` is all the handover screen gets). Answers are stored
by element key (U1…U9), so the order on screen (`survey.element_order`) can
change without touching past responses.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import config, validation, workflow
from app.i18n import tr
from app.services import applications, ikm
from app.services.context import Actor, ServiceError
from app.workflow import LOKET5
from db.base import utcnow
from db.models import Application, SurveyResponse

PENDING, DONE, DECLINED, NOT_YET = "PENDING", "DONE", "DECLINED", "NOT_YET"


@dataclass(frozen=True)
class Status:
    """What the counter officer may know about one application's survey."""
    code: str          # PENDING (may be taken now) / DONE / DECLINED / NOT_YET (SK not printed yet)
    at: datetime | None = None
    decline_reason: str | None = None   # the applicant's stated reason, not an answer

    @property
    def settled(self) -> bool:
        return self.code in (DONE, DECLINED)

    @property
    def label(self) -> str:
        return {PENDING: tr("SKM belum diisi"), DONE: tr("SKM sudah diisi"),
                DECLINED: tr("SKM ditolak pemohon (alasan dicatat)"),
                NOT_YET: tr("SK belum dicetak di Loket 4")}[self.code]


@dataclass(frozen=True)
class Questionnaire:
    elements: list[ikm.Element]
    profile: ikm.Profile
    allow_decline: bool


def questionnaire(session: Session) -> Questionnaire:
    order = config.get(session, "survey.element_order")
    return Questionnaire(ikm.ordered_elements(order), ikm.profile(),
                         bool(config.get(session, "survey.allow_decline")))


def _response_of(session: Session, app_id: str) -> SurveyResponse | None:
    return session.scalar(select(SurveyResponse).where(SurveyResponse.application_id == app_id)
                          .order_by(SurveyResponse.at.desc()).limit(1))


def status(session: Session, app: Application) -> Status:
    r = _response_of(session, app.id)
    if r is not None:
        return Status(DECLINED, r.at, r.decline_reason) if r.declined else Status(DONE, r.at)
    if app.state == "PRINTED":
        return Status(PENDING)
    return Status(NOT_YET)


def _target(session: Session, no: str) -> Application:
    app = applications.get(session, no)
    if _response_of(session, app.id) is not None:
        raise ServiceError(tr("SKM untuk permohonan {no} sudah tercatat.").format(no=app.no_permohonan))
    return app


def validate(session: Session, answers: dict[str, Any], age: Any, gender: Any, education: Any, occupation: Any) -> dict[str, int]:
    """Clean answers and profile, or ServiceError naming the first problem."""
    els = ikm.elements()
    clean: dict[str, int] = {}
    for key in ikm.KEYS:
        v = answers.get(key)
        if isinstance(v, str) and v.strip().isdigit():
            v = int(v)
        if type(v) is not int or not 1 <= v <= 4:
            raise ServiceError(tr("Pertanyaan “{q}” belum dijawab.").format(q=els[key].name))
        clean[key] = v
    extra = set(answers) - set(ikm.KEYS)
    if extra:
        raise ServiceError(tr("Unsur SKM tidak dikenal: {keys}").format(keys=", ".join(sorted(extra))))
    prof = ikm.profile()
    if age in (None, ""):
        raise ServiceError(tr("Umur belum diisi."))
    try:
        age_i = int(age)
    except (TypeError, ValueError):
        raise ServiceError(tr("Umur harus berupa angka tahun.")) from None
    if not prof.age_min <= age_i <= prof.age_max:
        raise ServiceError(tr("Umur harus antara {a} dan {b} tahun.").format(a=prof.age_min, b=prof.age_max))
    if gender not in [g for g, _ in prof.genders]:
        raise ServiceError(tr("Jenis kelamin belum dipilih."))
    if education not in prof.educations:
        raise ServiceError(tr("Pendidikan belum dipilih."))
    if occupation not in prof.occupations:
        raise ServiceError(tr("Pekerjaan utama belum dipilih."))
    return clean


def record(session: Session, actor: Actor, no: str, *, answers: dict[str, Any], age: Any, gender: str,
           education: str, occupation: str, suggestion: str | None = None) -> str:
    """Store the applicant's questionnaire and move the file to SURVEYED.
    Returns only the response id: the caller (the counter) never gets the answers back."""
    actor.require(LOKET5)
    app = _target(session, no)
    workflow.check("survey", app, actor.roles, None)
    clean = validate(session, answers, age, gender, education, occupation)
    try:
        validation.text(suggestion, "suggestion", multiline=True)
    except validation.Invalid as e:
        raise ServiceError(tr("Saran: {m}").format(m=e.message)) from None
    now = utcnow()
    r = SurveyResponse(application_id=app.id, answers=clean, age=int(age), gender=gender,
                       education=education, occupation=occupation,
                       suggestion=(suggestion or "").strip()[:4000] or None, declined=False,
                       # one instant: created_at stored compact (db/base.py DERIVED_STAMPS)
                       at=now, created_at=now, created_by=actor.officer_id, created_ws=actor.workstation)
    session.add(r)
    session.flush()
    # the audit line says that a survey was taken, never what it said
    workflow.transition(session, app, "survey", actor, {"survey_id": r.id}, at=now,
                        summary=f"SKM diisi untuk {app.no_permohonan}", audit_action="survey.record")
    return r.id


def decline(session: Session, actor: Actor, no: str, reason: str) -> str:
    """The applicant refuses the survey; allowed only when the office permits it."""
    actor.require(LOKET5)
    if not config.get(session, "survey.allow_decline"):
        raise ServiceError(tr("Kebijakan kantor: SKM wajib diisi sebelum SK diserahkan; penolakan tidak diizinkan."))
    reason = (reason or "").strip()
    if len(reason) < 5:
        raise ServiceError(tr("Tuliskan alasan pemohon menolak mengisi SKM (paling sedikit 5 huruf)."))
    app = _target(session, no)
    workflow.check("decline_survey", app, actor.roles, {"reason": reason})
    now = utcnow()
    r = SurveyResponse(application_id=app.id, answers=None, declined=True,
                       decline_reason=reason[:2000], at=now, created_at=now, created_by=actor.officer_id,
                       created_ws=actor.workstation)
    session.add(r)
    session.flush()
    workflow.transition(session, app, "decline_survey", actor, {"reason": reason, "survey_id": r.id}, at=now,
                        summary=f"SKM ditolak pemohon {app.no_permohonan}: {reason[:200]}",
                        audit_action="survey.decline")
    return r.id


# --- period reports -------------------------------------------------------------------

def utc_bounds(session: Session, d_from: date | None, d_to: date | None) -> tuple[datetime | None, datetime | None]:
    """Office-local calendar days → naive UTC [start, end) for stored times."""
    tz = ZoneInfo(config.get(session, "office.timezone"))

    def conv(d: date) -> datetime:
        return datetime.combine(d, time(0), tz).astimezone(UTC).replace(tzinfo=None)
    return (conv(d_from) if d_from else None, conv(d_to + timedelta(days=1)) if d_to else None)


def _period_query(session: Session, q: Any, d_from: date | None, d_to: date | None, include_declined: bool) -> Any:
    start, end = utc_bounds(session, d_from, d_to)
    if start is not None:
        q = q.where(SurveyResponse.at >= start)
    if end is not None:
        q = q.where(SurveyResponse.at < end)
    if not include_declined:
        q = q.where(SurveyResponse.declined.is_(False))
    return q.order_by(SurveyResponse.at)


def responses(session: Session, d_from: date | None = None, d_to: date | None = None,
              include_declined: bool = False) -> list[SurveyResponse]:
    return list(session.scalars(_period_query(session, select(SurveyResponse), d_from, d_to,
                                              include_declined)))


def report_rows(session: Session, d_from: date | None = None, d_to: date | None = None) -> list[Any]:
    """The answered questionnaires of a period as light rows (answers and profile)."""
    cols = select(SurveyResponse.answers, SurveyResponse.age, SurveyResponse.gender,
                  SurveyResponse.education, SurveyResponse.occupation, SurveyResponse.suggestion)
    return list(session.execute(_period_query(session, cols, d_from, d_to, False)))


def declined_count(session: Session, d_from: date | None = None, d_to: date | None = None) -> int:
    from sqlalchemy import func
    q = _period_query(session, select(func.count()).select_from(SurveyResponse)
                      .where(SurveyResponse.declined.is_(True)), d_from, d_to, True)
    return session.scalar(q.order_by(None)) or 0


def index(session: Session, d_from: date | None = None, d_to: date | None = None,
          weight: str = "exact") -> ikm.Result:
    # only the answers column: a year of a busy office is tens of thousands of rows
    answers = session.scalars(_period_query(session, select(SurveyResponse.answers), d_from, d_to, False))
    return ikm.compute(answers, weight)
