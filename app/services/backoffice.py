"""The back office: worklists and the actions that move a file from data entry
to the head of office's signature.

Every action is a row of the workflow table (app.workflow), applied with its
inputs as the event's data, audited, and committed in one transaction; any
refusal raises before anything is written, and a failure rolls everything
back. Officers with a unit only see and act on files of permit types of that
unit; the head of office sees every unit.
"""
from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app import audit, config, validation, workflow
from app.calendar import WorkCalendar

# The codes an action's data stores and their words live with the rest of the
# event words; screens still find them here, beside the actions that take them.
from app.event_words import OUTCOME_LABELS as OUTCOME_LABELS
from app.event_words import RECOMMENDATION_LABELS as RECOMMENDATION_LABELS
from app.event_words import REVIEW_KIND_LABELS as REVIEW_KIND_LABELS
from app.event_words import SIGNATURE_LABELS as SIGNATURE_LABELS
from app.event_words import VERIFY_RESULT_LABELS as VERIFY_RESULT_LABELS
from app.i18n import tr
from app.services import applications, known, tracking
from app.services.context import Actor, PermissionDenied, ServiceError
from app.services.worklist import _scope  # the worklists themselves: app/services/worklist.py
from db.base import stamp_order, utcnow
from db.models import Application, IssuedDocument, PermitType, WorkflowEvent

T = TypeVar("T")

MAX_ATTACHMENT = 20 * 1024 * 1024
MAX_TEXT = 2000
# What the signed-PDF check reads: enough pages for any SK and its attachments.
MAX_PDF_PAGES = 30


@dataclass(frozen=True)
class Counts:
    by_state: dict[str, int]
    total: int
    overdue: int


def counts(session: Session, actor: Actor, *, mine_only: bool = True,
           now_utc: datetime | None = None) -> Counts:
    """Counts per state of this officer's worklist, and how many are overdue."""
    conds = _scope(session, actor, mine_only)
    by_state = dict(session.execute(select(Application.state, func.count()).where(*conds)
                                    .group_by(Application.state)).all())
    today = tracking.office_today(session, now_utc)
    overdue = int(session.scalar(select(func.count()).select_from(Application).where(
        *conds, Application.due_date < today)) or 0)
    return Counts(by_state, sum(by_state.values()), overdue)


# ---------------------------------------------------------------- one file

@dataclass
class WorkItem:
    """What the action panel needs to show the forms for one file."""
    id: str
    no_permohonan: str
    state: str
    state_label: str
    applicant_name: str
    permit_type: str
    permit_unit: str | None
    needs_review: bool
    review_days: int | None
    validity_months: int | None
    technical_fields: list[str]
    technical_data: dict[str, Any]
    actions: list[tuple[str, str]]          # (key, label) the officer may take now
    verification: dict[str, Any] | None = None
    review_schedule: dict[str, Any] | None = None
    review_result: dict[str, Any] | None = None
    draft: dict[str, Any] | None = None
    last_send_back: dict[str, Any] | None = None      # {"by", "reason", "at"} of the latest send-back
    outcome: str | None = None
    permit_number: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    # the fields typed (app.services.permit_types.FieldSpec: name, type, required, choices)
    technical_specs: list[Any] = field(default_factory=list)
    # what the file already holds for some of them ("Alamat tempat praktik" = the file's
    # "Lokasi izin"): the form starts from it (app/services/known.py)
    technical_known: dict[str, Any] = field(default_factory=dict)


def _field_specs(pt: PermitType) -> list[Any]:
    from app.services import permit_types
    return permit_types.field_specs(pt)


def _latest(events: list[WorkflowEvent], *actions: str) -> WorkflowEvent | None:
    for ev in reversed(events):
        if ev.action in actions:
            return ev
    return None


def work_item(session: Session, actor: Actor, no_or_id: str) -> WorkItem:
    app = applications.get(session, no_or_id)
    pt = app.permit_type
    events = applications.events(session, app.id)
    acts = []
    try:
        _check_unit(actor, app)
        acts = [(a.key, tr(a.label)) for a in workflow.allowed_actions(app, actor.roles)
                if a.key in ACTION_KEYS]
    except PermissionDenied:
        pass
    sb = _latest(events, "kasi_send_back", "kabid_send_back", "kadin_send_back")
    tz = tracking.office_tz(session)
    return WorkItem(
        id=app.id, no_permohonan=app.no_permohonan, state=app.state,
        state_label=tr(workflow.STATES[app.state].label), applicant_name=app.applicant_name,
        permit_type=pt.name, permit_unit=pt.unit, needs_review=bool(pt.needs_review),
        review_days=pt.review_days, validity_months=pt.validity_months,
        technical_fields=list(pt.technical_fields or []),
        technical_data=dict(app.technical_data or {}), actions=acts,
        technical_specs=_field_specs(pt),
        technical_known=known.technical(pt.technical_fields or [], location=app.location,
                                        company_name=app.company.name if app.company else None),
        verification=_data(_latest(events, "verify")),
        review_schedule=_data(_latest(events, "schedule_review")),
        review_result=_data(_latest(events, "record_review")),
        draft=_data(_latest(events, "draft")),
        last_send_back=({"by": sb.actor_name, "reason": (sb.data or {}).get("reason", ""),
                         "at": tracking.to_local(sb.at, tz), "action": sb.action}
                        if sb is not None and sb.at >= app.state_since and app.state == sb.to_state
                        else None),
        outcome=app.outcome, permit_number=app.permit_number,
        extra={"tte_direct": bool(config.get(session, "tte.url")),
               "head_nik": config.get(session, "tte.head_nik") or "",
               "preview": app.state in ("DRAFTED", "KASI_APPROVED", "KABID_APPROVED")})


def _data(ev: WorkflowEvent | None) -> dict[str, Any] | None:
    return dict(ev.data or {}) if ev is not None else None


# ---------------------------------------------------------------- actions

ACTION_KEYS = ("verify", "schedule_review", "record_review", "draft", "kasi_approve",
               "kasi_send_back", "kabid_approve", "kabid_send_back", "sign", "kadin_send_back")
APPROVE_FOR = {"DRAFTED": "kasi_approve", "KASI_APPROVED": "kabid_approve"}
SEND_BACK_FOR = {"DRAFTED": "kasi_send_back", "KASI_APPROVED": "kabid_send_back",
                 "KABID_APPROVED": "kadin_send_back"}


def _check_unit(actor: Actor, app: Application) -> None:
    if actor.unit and workflow.KADIN not in actor.roles and app.permit_type.unit \
            and app.permit_type.unit != actor.unit:
        raise PermissionDenied(tr("Berkas {no} ditangani {unit}, bukan unit Anda ({mine}).").format(
            no=app.no_permohonan, unit=app.permit_type.unit, mine=actor.unit))


def _load(session: Session, actor: Actor, app_id: str, action: str, data: dict[str, Any] | None) -> Application:
    # populate_existing: a long-lived session must act on the row as it is now
    # (another workstation may have moved the file), not on its cached copy
    app = session.scalar(select(Application).where(
        or_(Application.id == app_id, Application.no_permohonan == app_id)).with_for_update()
        .execution_options(populate_existing=True))
    if app is None:
        raise ServiceError(tr("Permohonan {no} tidak ditemukan.").format(no=app_id))
    # the workflow table first: wrong state or wrong role is the clearest message
    workflow.check(action, app, actor.roles, None)
    _check_unit(actor, app)
    if data is not None:
        workflow.check(action, app, actor.roles, data)
    return app


def _next_holder(session: Session, app: Application, action: str, actor: Actor) -> str | None:
    """Who the file waits on after `action`: the same analyst while it stays in
    the back office; otherwise the officer of the receiving role who last
    passed it on (so a send-back returns it to them), or anyone of that role."""
    to_state = workflow.ACTIONS[action].to_state
    role = workflow.holder_of(to_state)
    if role is None:
        return None
    if role == workflow.holder_of(app.state):
        return actor.officer_id
    held = [s for s, st in workflow.STATES.items() if st.holder == role]
    return session.scalar(select(WorkflowEvent.actor_id).where(
        WorkflowEvent.application_id == app.id, WorkflowEvent.from_state.in_(held),
        WorkflowEvent.actor_id.is_not(None))
        .order_by(WorkflowEvent.at.desc(), stamp_order(WorkflowEvent.__table__.c.created_at).desc()).limit(1))


def _commit(session: Session, actor: Actor, app: Application, action: str, data: dict[str, Any],
            summary: str, at: datetime | None = None) -> WorkflowEvent:
    return workflow.transition(session, app, action, actor, data, summary=f"{app.no_permohonan}: {summary}",
                               audit_action=f"backoffice.{action}", at=at,
                               holder_id=_next_holder(session, app, action, actor))


def _run(session: Session, fn: Callable[[], T]) -> T:
    try:
        return fn()
    except BaseException:
        session.rollback()
        raise


def _text(value: Any, label: str, *, required: bool = False, limit: int = MAX_TEXT) -> str:
    try:
        validation.text(str(value or ""), label, multiline=True)
    except validation.Invalid as e:
        raise ServiceError(f"{label}: {e.message}") from None
    v = str(value or "").strip()
    if required and not v:
        raise ServiceError(tr("{label} wajib diisi.").format(label=label))
    if len(v) > limit:
        raise ServiceError(tr("{label} terlalu panjang (maks. {n} karakter).").format(label=label, n=limit))
    return v


def _lines(values: Any, label: str) -> list[str]:
    if isinstance(values, str):
        values = values.splitlines()
    out = [_text(v, label) for v in (values or [])]
    return [v for v in out if v]


def _choice(value: Any, choices: dict[str, Any], label: str) -> str:
    if value not in choices:
        raise ServiceError(tr("{label} harus salah satu dari: {choices}.").format(
            label=label, choices=", ".join(tr(v) for v in choices.values())))
    return str(value)


def verify(session: Session, actor: Actor, app_id: str, *, technical: dict[str, Any], result: str,
           note: str = "", at: datetime | None = None) -> WorkflowEvent:
    """Data entry and verification: the permit type's technical data fields,
    the verification result and a note. A file that meets the requirements
    needs every technical field filled."""
    def go() -> WorkflowEvent:
        app = _load(session, actor, app_id, "verify", None)
        res = _choice(result, VERIFY_RESULT_LABELS, tr("Hasil verifikasi"))
        from app.services import permit_types
        specs = permit_types.field_specs(app.permit_type)
        fields = [f.name for f in specs]
        unknown = [k for k in (technical or {}) if k not in fields]
        if unknown:
            raise ServiceError(tr("Data teknis tidak dikenal untuk {pt}: {fields}.").format(
                pt=app.permit_type.name, fields=", ".join(unknown)))
        # each field as its type says (a number, a date as the SK prints it, one of the choices)
        try:
            tech = permit_types.clean_technical(specs, technical or {}, enforce_required=False)
        except validation.Invalid as e:
            raise ServiceError(e.message) from None
        missing = [f for f in fields if not tech[f]]
        if res == "MEMENUHI" and missing:
            raise ServiceError(tr("Data teknis belum lengkap: {fields}.").format(fields=", ".join(missing)))
        n = _text(note, tr("Catatan"), required=(res == "TIDAK_MEMENUHI"))
        data = {"result": res, "technical": tech, "note": n}
        workflow.check("verify", app, actor.roles, data)
        app.technical_data = tech
        return _commit(session, actor, app, "verify", data,
                       tr("verifikasi {r}").format(r=tr(VERIFY_RESULT_LABELS[res])), at)
    return _run(session, go)


def schedule_review(session: Session, actor: Actor, app_id: str, *, scheduled_at: datetime,
                    kind: str, team: list[str] | str, place: str = "", note: str = "",
                    calendar: WorkCalendar | None = None, at: datetime | None = None) -> WorkflowEvent:
    """Schedule the technical meeting and/or field inspection (office local time)."""
    def go() -> WorkflowEvent:
        app = _load(session, actor, app_id, "schedule_review", None)
        k = _choice(kind, REVIEW_KIND_LABELS, tr("Jenis kajian"))
        if not isinstance(scheduled_at, datetime):
            raise ServiceError(tr("Tanggal dan jam kajian wajib diisi."))
        cal = calendar or WorkCalendar.from_db(session)
        if not cal.is_working_day(scheduled_at.date()):
            why = cal.holiday_name(scheduled_at.date()) or tr("akhir pekan")
            raise ServiceError(tr("{d} bukan hari kerja ({why}); pilih tanggal lain.").format(
                d=scheduled_at.strftime("%d-%m-%Y"), why=why))
        received = tracking.to_local(app.received_at, tracking.office_tz(session))
        if received is not None and scheduled_at.date() < received.date():
            raise ServiceError(tr("Jadwal kajian tidak boleh sebelum berkas diterima ({d}).").format(
                d=received.strftime("%d-%m-%Y")))
        members = _lines(team, tr("Anggota tim"))
        if not members:
            raise ServiceError(tr("Anggota tim kajian wajib diisi (minimal satu orang)."))
        data = {"scheduled_at": scheduled_at.replace(second=0, microsecond=0).isoformat(),
                "review_kind": k, "review_kind_label": tr(REVIEW_KIND_LABELS[k]), "team": members,
                "place": _text(place, tr("Tempat"), limit=300), "note": _text(note, tr("Catatan"))}
        return _commit(session, actor, app, "schedule_review", data,
                       tr("{kind} {when}").format(kind=tr(REVIEW_KIND_LABELS[k]), when=data["scheduled_at"]), at)
    return _run(session, go)


def _media_type(blob: bytes) -> str | None:
    if blob[:1024].find(b"%PDF-") >= 0:
        return "application/pdf"
    if blob.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if blob.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    return None


def record_review(session: Session, actor: Actor, app_id: str, *, recommendation: str,
                  bap_number: str, bap_date: date, notes: str = "",
                  attachment: bytes | None = None, attachment_name: str = "",
                  now_utc: datetime | None = None, at: datetime | None = None) -> WorkflowEvent:
    """The result of the technical review: recommendation, BAP number and date,
    notes and an optional attached file (PDF or scanned image)."""
    def go() -> WorkflowEvent:
        app = _load(session, actor, app_id, "record_review", None)
        rec = _choice(recommendation, RECOMMENDATION_LABELS, tr("Rekomendasi"))
        no = _text(bap_number, tr("Nomor BAP"), required=True, limit=100)
        if not isinstance(bap_date, date):
            raise ServiceError(tr("Tanggal BAP wajib diisi."))
        bap_day = bap_date.date() if isinstance(bap_date, datetime) else bap_date
        if bap_day > tracking.office_today(session, now_utc):
            raise ServiceError(tr("Tanggal BAP tidak boleh di masa depan."))
        sched = _latest(applications.events(session, app.id), "schedule_review")
        if sched is not None:
            sday = datetime.fromisoformat((sched.data or {})["scheduled_at"]).date()
            if bap_day < sday:
                raise ServiceError(tr("Tanggal BAP ({b}) sebelum jadwal kajian ({s}).").format(
                    b=bap_day.strftime("%d-%m-%Y"), s=sday.strftime("%d-%m-%Y")))
        data: dict[str, Any] = {"recommendation": rec, "bap_number": no, "bap_date": bap_day.isoformat(),
                "notes": _text(notes, tr("Catatan"))}
        doc = None
        if attachment:
            if len(attachment) > MAX_ATTACHMENT:
                raise ServiceError(tr("Lampiran terlalu besar (maks. {n} MB).").format(
                    n=MAX_ATTACHMENT // (1024 * 1024)))
            media = _media_type(attachment)
            if media is None:
                raise ServiceError(tr("Lampiran harus berkas PDF, JPEG atau PNG."))
            doc = IssuedDocument(application_id=app.id, kind="BAP", number=no,
                                 sha256=hashlib.sha256(attachment).hexdigest(), pdf=attachment,
                                 issued_by=actor.officer_id, workstation=actor.workstation,
                                 created_by=actor.officer_id, created_ws=actor.workstation,
                                 data={"filename": _text(attachment_name, tr("Nama berkas"), limit=200),
                                       "media_type": media})
            session.add(doc)
            session.flush()
            data.update(attachment_id=doc.id, attachment_sha256=doc.sha256)
        return _commit(session, actor, app, "record_review", data,
                       tr("BAP {no}, {r}").format(no=no, r=tr(RECOMMENDATION_LABELS[rec])), at)
    return _run(session, go)


def draft(session: Session, actor: Actor, app_id: str, *, outcome: str,
          conditions: Sequence[str] | str = (), reasons: Sequence[str] | str = (), note: str = "",
          at: datetime | None = None) -> WorkflowEvent:
    """The draft permit (validity from the permit type, conditions) or the
    rejection letter (reasons). A permit cannot be drafted against a negative
    verification or a technical recommendation to reject."""
    def go() -> WorkflowEvent:
        app = _load(session, actor, app_id, "draft", None)
        out = _choice(outcome, OUTCOME_LABELS, tr("Jenis naskah"))
        evs = applications.events(session, app.id)
        data: dict[str, Any] = {"outcome": out, "note": _text(note, tr("Catatan"))}
        if out == "IZIN":
            ver = _latest(evs, "verify")
            if ver is not None and (ver.data or {}).get("result") == "TIDAK_MEMENUHI":
                raise ServiceError(tr("Hasil verifikasi: tidak memenuhi syarat. Buat surat penolakan, "
                                      "bukan naskah izin."))
            rev = _latest(evs, "record_review")
            if rev is not None and (rev.data or {}).get("recommendation") == "TOLAK":
                raise ServiceError(tr("Rekomendasi teknis (BAP {no}) menolak permohonan. Buat surat "
                                      "penolakan, bukan naskah izin.").format(no=(rev.data or {}).get("bap_number")))
            data["conditions"] = _lines(conditions, tr("Ketentuan"))
            data["validity_months"] = app.permit_type.validity_months
        else:
            why = _lines(reasons, tr("Alasan penolakan"))
            if not why:
                raise ServiceError(tr("Alasan penolakan wajib diisi."))
            data["reasons"] = why
        return _commit(session, actor, app, "draft", data, tr(OUTCOME_LABELS[out]), at)
    return _run(session, go)


def approve(session: Session, actor: Actor, app_id: str, *, note: str = "",
            at: datetime | None = None) -> WorkflowEvent:
    """Validation by the section head (DRAFTED) or the division head (KASI_APPROVED)."""
    def go() -> WorkflowEvent:
        current = session.scalar(select(Application.state).where(
            or_(Application.id == app_id, Application.no_permohonan == app_id)))
        action = APPROVE_FOR.get(current or "", "kasi_approve")
        app = _load(session, actor, app_id, action, None)
        data = {"note": _text(note, tr("Catatan"))}
        if action != "kabid_approve":
            return _commit(session, actor, app, action, data, tr("disetujui"), at)
        # the Kabid's approval readies the file for signing in the same transaction:
        # the SK number, the final PDF and its SHA-256 (app/services/sksign.py)
        when = at or utcnow()

        def prepare(_ev: Any) -> None:
            from app.services import sksign  # (not at import: it loads reportlab; see app/services/worklist.py)
            # a microsecond later orders the two events where times keep fractions; where they
            # do not (MariaDB) the tie is harmless: both lead to KABID_APPROVED. An SK that cannot
            # be rendered yet (a template setting missing) does not hold the approval back: it is
            # prepared, with the reason shown, when the Kadis or `loket sk draft` asks for it.
            try:
                with session.begin_nested():
                    sksign.prepare(session, actor, app, at=when + timedelta(microseconds=1))
            except ServiceError as e:
                audit.record(session, actor, "sk.prepare_deferred", "application", app.id,
                             f"{app.no_permohonan}: {e}")
        return workflow.transition(session, app, action, actor, data,
                                   summary=f"{app.no_permohonan}: {tr('disetujui')}",
                                   audit_action=f"backoffice.{action}", at=when,
                                   holder_id=_next_holder(session, app, action, actor), also=prepare)
    return _run(session, go)


def send_back(session: Session, actor: Actor, app_id: str, *, reason: str,
              at: datetime | None = None) -> WorkflowEvent:
    """Kasi, Kabid or Kadin return the file to its previous holder, with a reason."""
    def go() -> WorkflowEvent:
        current = session.scalar(select(Application.state).where(
            or_(Application.id == app_id, Application.no_permohonan == app_id)))
        action = SEND_BACK_FOR.get(current or "", "kasi_send_back")
        app = _load(session, actor, app_id, action, None)
        r = _text(reason, tr("Alasan pengembalian"), required=True)
        if len(r) < 5:
            raise ServiceError(tr("Tulis alasan pengembalian yang jelas (minimal 5 karakter)."))
        return _commit(session, actor, app, action, {"reason": r},
                       tr("dikembalikan: {r}").format(r=r), at)
    return _run(session, go)


def _pdf_text(blob: bytes) -> tuple[str, int, int]:
    """The text of a PDF (first pages), its page count and its signature fields."""
    import pypdf
    from pypdf.errors import PdfReadError
    if not blob or blob[:1024].find(b"%PDF-") < 0:
        raise ServiceError(tr("Berkas yang dilampirkan bukan PDF."))
    try:
        reader = pypdf.PdfReader(io.BytesIO(blob))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ServiceError(tr("PDF terkunci kata sandi; Loket tidak dapat membaca isinya."))
        pages = len(reader.pages)
        text = "".join(p.extract_text() or "" for p in reader.pages[:MAX_PDF_PAGES])
        sigs = sum(1 for f in (reader.get_fields() or {}).values() if f.get("/FT") == "/Sig")
    except ServiceError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as e:
        raise ServiceError(tr("PDF rusak atau tidak dapat dibaca ({err}).").format(err=type(e).__name__)) from None
    return text, pages, sigs


def _compact(s: str) -> str:
    return re.sub(r"\s+", "", s or "").upper()




def sign(session: Session, actor: Actor, app_id: str, *, signed_pdf: bytes | None = None,
         filename: str = "", signer_name: str | None = None, via: str = "FILE",
         at: datetime | None = None) -> WorkflowEvent:
    """The head of office signs the SK prepared at the Kabid's approval
    (app/services/sksign.py; prepared now when it was not): attach the TTE-signed
    PDF, accepted only when its signature is valid, chains to a trusted root and
    signs exactly that draft; or record a hand signature with the signer's name.
    The number is the draft's; the event, the document and the audit line are one
    transaction."""
    def go() -> WorkflowEvent:
        app = _load(session, actor, app_id, "sign", None)
        if (signed_pdf is None) == (not (signer_name or "").strip()):
            raise ServiceError(tr("Pilih salah satu: lampirkan PDF hasil TTE, atau catat tanda tangan "
                                  "basah dengan nama penandatangan."))
        when_utc = at or utcnow()
        from app.services import sksign
        draft = sksign.prepared(session, app) or sksign.prepare(
            session, actor, app, at=when_utc - timedelta(microseconds=1))
        outcome = app.outcome or "IZIN"
        data: dict[str, Any] = {"outcome": outcome}
        doc_data: dict[str, Any] = {"outcome": outcome, "draft_id": draft.id}
        digest = None
        warnings: list[str] = []
        if signed_pdf is not None:
            if len(signed_pdf) > MAX_ATTACHMENT:
                raise ServiceError(tr("PDF terlalu besar (maks. {n} MB).").format(
                    n=MAX_ATTACHMENT // (1024 * 1024)))
            verdict = sksign.check_signed(session, app, draft, signed_pdf, now=max(when_utc, utcnow()))
            digest = verdict.sha256
            warnings = verdict.warnings
            signer = verdict.signer_name or actor.name
            data.update(signature="TTE", via=via, sha256=digest,
                        filename=_text(filename, tr("Nama berkas"), limit=200),
                        certificate={k: v for k, v in verdict.as_dict().items() if k != "warnings"},
                        warnings=warnings, draft_sha256=draft.sha256)
            doc_data.update(certificate=data["certificate"], via=via)
        else:
            signer = _text(signer_name, tr("Nama penandatangan"), required=True, limit=200)
            if len(signer) < 3:
                raise ServiceError(tr("Tulis nama lengkap penandatangan."))
            data.update(signature="BASAH")
        data["signer_name"] = signer
        number = draft.number
        kind = "permit" if outcome == "IZIN" else "rejection"
        if kind == "permit":
            app.permit_number = number
            for k in ("valid_from", "valid_until"):
                if value := (draft.data or {}).get(k):
                    data[k] = value
        data["number"] = number
        doc_data.update({k: data[k] for k in ("signature", "signer_name", "valid_from", "valid_until",
                                              "filename", "warnings") if k in data})
        doc = IssuedDocument(application_id=app.id,
                             kind="SK_SIGNED" if kind == "permit" else "PENOLAKAN_SIGNED",
                             number=number, sha256=digest, pdf=signed_pdf, issued_at=when_utc,
                             issued_by=actor.officer_id, workstation=actor.workstation,
                             created_by=actor.officer_id, created_ws=actor.workstation, data=doc_data)
        session.add(doc)
        session.flush()
        data["document_id"] = doc.id
        ev = _commit(session, actor, app, "sign", data,
                     tr("ditandatangani ({sig}), nomor {n}").format(sig=data["signature"], n=number)
                     + (" — " + "; ".join(warnings) if warnings else ""), when_utc)
        return ev
    return _run(session, go)


def signed_document(session: Session, no_or_id: str) -> IssuedDocument | None:
    """The latest signed SK or rejection letter of an application."""
    app = applications.get(session, no_or_id)
    return session.scalar(select(IssuedDocument).where(
        IssuedDocument.application_id == app.id,
        IssuedDocument.kind.in_(("SK_SIGNED", "PENOLAKAN_SIGNED")))
        .order_by(IssuedDocument.issued_at.desc()).limit(1))


def review_attachment(session: Session, no_or_id: str) -> IssuedDocument | None:
    app = applications.get(session, no_or_id)
    return session.scalar(select(IssuedDocument).where(
        IssuedDocument.application_id == app.id, IssuedDocument.kind == "BAP")
        .order_by(IssuedDocument.issued_at.desc()).limit(1))


__all__ = ["counts", "work_item", "verify", "schedule_review", "record_review",
           "draft", "approve", "send_back", "sign", "signed_document", "review_attachment",
           "WorkItem", "Counts"]
