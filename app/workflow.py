"""The SOP as data: states, actions, who may act, what each action needs, and
the standard time of each step (SOP Kab. Karimun and Kab. Purwakarta).

Read top to bottom, this module is the flow of one application. Everything
that moves a file goes through `apply()`, which checks the table, appends the
event and updates the application's cached state in the same transaction;
services call it through `transition()`, which also writes the audit record
and commits or rolls back in one place. Everything else about states and
actions is here too: labels and short labels, the holder, the stage SiCantik's
processes are compared with, which states are "done" (the SK handed over),
which still belong to counter 2. An office changes this table, not the services.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from app.errors import LoketError
from app.i18n import tr

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.services.context import Actor
    from db.models import Application, WorkflowEvent

# Roles (issue: officers and roles). SYSTEM is the importer and the demo generator.
LOKET2, BACKOFFICE, KASI, KABID, KADIN, LOKET4, LOKET5, ADMIN, SYSTEM = (
    "LOKET2", "BACKOFFICE", "KASI", "KABID", "KADIN", "LOKET4", "LOKET5", "ADMIN", "SYSTEM")
ROLES = (LOKET2, BACKOFFICE, KASI, KABID, KADIN, LOKET4, LOKET5, ADMIN)
ROLE_LABELS = {
    LOKET2: "Loket 2 — Pendaftaran", BACKOFFICE: "Back Office — Analis",
    KASI: "Kepala Seksi", KABID: "Kepala Bidang", KADIN: "Kepala Dinas",
    LOKET4: "Loket 4 — Pengambilan & Legalisasi", LOKET5: "Loket 5 — Pengaduan & Penyerahan",
    ADMIN: "Administrator", SYSTEM: "Sistem",
}


@dataclass(frozen=True)
class State:
    key: str
    label: str
    holder: str | None      # role whose worklist holds the file in this state
    final: bool = False
    short: str = ""         # the worklist's chip; the label when empty
    stage: int = 0          # 1 registration, 2 examination, 3 revision, 4 drafting and
                            # validation, 5 ready to sign, 6 signed to handed over (as SiCantik
                            # names its processes; app/sicantik/status.py compares the two)
    done: bool = False      # the SK is with the applicant: SiCantik should say "Selesai"
    intake: bool = False    # counter 2 still checks the documents
    applicant: bool = False  # the next step waits on the applicant (coming, collecting)

    @property
    def short_label(self) -> str:
        return self.short or self.label


STATES: dict[str, State] = {s.key: s for s in [
    State("DRAFT", "Draf walk-in", LOKET2, stage=1, intake=True, applicant=True),
    State("SUBMITTED", "Diajukan daring", LOKET2, stage=1, intake=True, applicant=True),
    State("RETURNED", "Dikembalikan ke pemohon", LOKET2, stage=1, intake=True, applicant=True),
    State("RECEIVED", "Diterima — menunggu entri data", BACKOFFICE, short="Entri data", stage=2),
    State("VERIFIED", "Terverifikasi", BACKOFFICE, short="Terverifikasi", stage=2),
    State("REVIEW_SCHEDULED", "Kajian teknis dijadwalkan", BACKOFFICE, short="Kajian dijadwalkan", stage=2),
    State("REVIEWED", "Rekomendasi/BAP tercatat", BACKOFFICE, short="BAP tercatat", stage=2),
    State("REVISION", "Dikembalikan untuk perbaikan naskah", BACKOFFICE, short="Perbaikan naskah", stage=3),
    State("DRAFTED", "Naskah menunggu validasi Kasi", KASI, short="Validasi Kasi", stage=4),
    State("KASI_APPROVED", "Menunggu validasi Kabid", KABID, short="Validasi Kabid", stage=4),
    State("KABID_APPROVED", "Menunggu tanda tangan Kadis", KADIN, short="Tanda tangan", stage=5),
    State("SIGNED", "Ditandatangani — siap cetak", LOKET4, stage=6),
    State("PRINTED", "Dicetak — menunggu SKM", LOKET5, stage=6, applicant=True),
    State("SURVEYED", "SKM selesai — siap diserahkan", LOKET5, stage=6, applicant=True),
    State("HANDED_OVER", "Diserahkan", LOKET5, stage=6, done=True),
    State("ARCHIVED", "Diarsipkan", None, final=True, stage=6, done=True),
]}

# Still being worked on (neither handed over nor archived).
OPEN_STATES = frozenset(k for k, s in STATES.items() if not s.final and not s.done)
# Counter 2 may still check the documents, accept or return the file.
INTAKE_STATES = tuple(k for k, s in STATES.items() if s.intake)
# The SK is with the applicant: what SiCantik's "Selesai" means.
DONE_STATES = frozenset(k for k, s in STATES.items() if s.done)
# The next step waits on the applicant (tracking counts this time apart).
APPLICANT_STATES = frozenset(k for k, s in STATES.items() if s.applicant)


def stage_of(state: str | None) -> int | None:
    s = STATES.get(state or "")
    return s.stage if s and s.stage else None


# Guards: extra conditions on the application, beyond the state.
Guard = Callable[["Application"], bool]


def needs_review(app: Application) -> bool:
    return bool(app.permit_type and app.permit_type.needs_review)


def no_review(app: Application) -> bool:
    return not needs_review(app)


def review_done_if_needed(app: Application) -> bool:
    """A draft straight from VERIFIED only for a permit type without a review."""
    return app.state != "VERIFIED" or not needs_review(app)


@dataclass(frozen=True)
class Action:
    key: str
    label: str
    from_states: tuple[str | None, ...]   # None = creates the application
    to_state: str
    roles: tuple[str, ...]
    required: tuple[str, ...] = ()         # keys that must be in the event data
    standard_minutes: int | None = None    # SOP time of the step that ends with this action
    guard: Guard | None = None
    guard_message: str = ""
    doc: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    # event data copied onto the application (column = data key)
    writes: tuple[str, ...] = ()
    # the step's SOP time is the permit type's review_days, not standard_minutes
    review_time: bool = False
    # the file goes back (a send-back, or the return to the applicant)
    backward: bool = False
    # happens once per file, office-wide (sync keeps the first, app/sync/tables.py)
    once: bool = False

    @property
    def done(self) -> bool:
        """This action hands the SK over: SiCantik's process should end "Selesai"."""
        return STATES[self.to_state].done and not STATES[self.from_states[0] or "DRAFT"].done


DAY = 8 * 60  # one working day of office hours, in minutes

ACTIONS: dict[str, Action] = {a.key: a for a in [
    # 1. The application comes in: online through SiCantik, or at the counter.
    Action("submit_online", "Impor permohonan daring", (None,), "SUBMITTED", (SYSTEM, LOKET2)),
    Action("register_walkin", "Daftar permohonan walk-in", (None,), "DRAFT", (LOKET2,)),
    # 2. Counter 2 checks the documents: receipt, or return slip.
    Action("receive", "Terima berkas (tanda terima)", ("SUBMITTED", "DRAFT", "RETURNED"), "RECEIVED",
           (LOKET2,), ("receipt_number",), 10),
    Action("return", "Kembalikan berkas (bukti pengembalian)", ("SUBMITTED", "DRAFT", "RETURNED"),
           "RETURNED", (LOKET2,), ("missing",), 10, backward=True),
    # 3. Back office: data entry, verification, technical review where needed.
    Action("verify", "Entri data & verifikasi", ("RECEIVED",), "VERIFIED", (BACKOFFICE,),
           ("result",), 60),
    Action("schedule_review", "Jadwalkan rapat teknis / peninjauan lapangan", ("VERIFIED",),
           "REVIEW_SCHEDULED", (BACKOFFICE,), ("scheduled_at", "review_kind"), 60,
           guard=needs_review, guard_message="Jenis izin ini tidak memerlukan kajian teknis."),
    Action("record_review", "Catat rekomendasi / BAP", ("REVIEW_SCHEDULED",), "REVIEWED",
           (BACKOFFICE,), ("recommendation",), None, review_time=True),
    # 4. Draft the permit or the rejection; validation by Kasi and Kabid.
    Action("draft", "Buat naskah izin / surat penolakan", ("VERIFIED", "REVIEWED", "REVISION"),
           "DRAFTED", (BACKOFFICE,), ("outcome",), 60, writes=("outcome",),
           guard=review_done_if_needed,
           guard_message="Jenis izin ini memerlukan kajian teknis sebelum naskah dibuat."),
    Action("kasi_approve", "Validasi Kasi — setujui", ("DRAFTED",), "KASI_APPROVED", (KASI,), (), 60),
    Action("kasi_send_back", "Validasi Kasi — kembalikan", ("DRAFTED",), "REVISION", (KASI,),
           ("reason",), 60, extra={"send_back": True}, backward=True),
    Action("kabid_approve", "Validasi Kabid — setujui", ("KASI_APPROVED",), "KABID_APPROVED",
           (KABID,), (), 60),
    Action("kabid_send_back", "Validasi Kabid — kembalikan", ("KASI_APPROVED",), "DRAFTED",
           (KABID,), ("reason",), 60, extra={"send_back": True}, backward=True),
    # 5. Ready for signing: the SK number is allocated and the final PDF (number, QR,
    # signature field) is rendered and stored with its SHA-256 — right after the Kabid's
    # approval, or later for a file approved before (app/services/sksign.py). The state
    # stays; the head of office signs (TTE or by hand) that very PDF.
    Action("prepare_sign", "Siapkan untuk tanda tangan (nomor SK, PDF final)", ("KABID_APPROVED",),
           "KABID_APPROVED", (KABID, KADIN, SYSTEM), ("number", "document_id"), None),
    Action("sign", "Tandatangani (TTE / basah)", ("KABID_APPROVED",), "SIGNED", (KADIN,),
           ("signature",), DAY, once=True),
    Action("kadin_send_back", "Kadis — kembalikan ke Kabid", ("KABID_APPROVED",), "KASI_APPROVED",
           (KADIN,), ("reason",), DAY, extra={"send_back": True}, backward=True),
    # 6. Counter 4 prints; 7. counter 5: survey, handover, archive.
    Action("print_sk", "Cetak SK", ("SIGNED",), "PRINTED", (LOKET4,), (), 5),
    Action("survey", "SKM diisi", ("PRINTED",), "SURVEYED", (LOKET5,), ("survey_id",), 5),
    Action("decline_survey", "SKM ditolak pemohon", ("PRINTED",), "SURVEYED", (LOKET5,),
           ("reason",), 5),
    Action("hand_over", "Serahkan SK", ("SURVEYED",), "HANDED_OVER", (LOKET5,),
           ("recipient_name", "recipient_id_type", "recipient_id_number"), 5, once=True),
    Action("archive", "Arsipkan", ("HANDED_OVER",), "ARCHIVED", (LOKET5, ADMIN), ()),
]}


class WorkflowError(LoketError):
    """A refused action. The message is for the officer, in their language."""


class NotAllowed(WorkflowError):
    pass


def holder_of(state: str) -> str | None:
    return STATES[state].holder


def is_send_back(action_key: str) -> bool:
    """A validation level returning the file to the previous holder."""
    a = ACTIONS.get(action_key)
    return bool(a and a.extra.get("send_back"))


def step_standard_minutes(action_key: str, permit_type: Any=None) -> int | None:
    """The SOP time of the step that ends with `action_key`, in office-hours
    minutes. The technical review lasts the permit type's review_days."""
    a = ACTIONS.get(action_key)
    if a is None:
        return None
    if a.review_time:
        days = permit_type.review_days if permit_type is not None else None
        return days * DAY if days else None
    return a.standard_minutes


def allowed_actions(app: Application | None, roles: frozenset[str]) -> list[Action]:
    """The actions an officer with `roles` may take now (the UI shows these)."""
    out = []
    for a in ACTIONS.values():
        try:
            check(a.key, app, roles, None)
        except WorkflowError:
            continue
        out.append(a)
    return out


def check(action_key: str, app: Application | None, roles: frozenset[str],
          data: dict[str, Any] | None) -> Action:
    """Refuse with a clear message, or return the Action. Changes nothing."""
    a = ACTIONS.get(action_key)
    if a is None:
        raise WorkflowError(tr("Tindakan tidak dikenal: {action}").format(action=action_key))
    current = app.state if app is not None else None
    if current not in a.from_states:
        here = STATES[current].label if current else tr("belum ada permohonan")
        raise WorkflowError(tr("“{action}” tidak dapat dilakukan: permohonan berstatus “{state}”.")
                            .format(action=tr(a.label), state=tr(here)))
    if not (roles & set(a.roles)):
        raise NotAllowed(tr("Anda tidak berwenang melakukan “{action}” (peran yang diperlukan: {roles}).")
                         .format(action=tr(a.label),
                                 roles=", ".join(tr(ROLE_LABELS[r]) for r in a.roles)))
    if app is not None and a.guard is not None and not a.guard(app):
        raise WorkflowError(tr(a.guard_message))
    if data is not None:
        missing = [k for k in a.required if data.get(k) in (None, "", [])]
        if missing:
            raise WorkflowError(tr("Data belum lengkap untuk “{action}”: {fields}.")
                                .format(action=tr(a.label), fields=", ".join(missing)))
    return a


def apply(session: Session, app: Application, action_key: str, actor: Actor,
          data: dict[str, Any] | None = None, at: datetime | None = None,
          holder_id: str | None = None) -> WorkflowEvent:
    """Check, append the event, update the cached state. The caller commits.
    `holder_id` names the officer the file now waits on (a send-back returns it
    to the one who passed it on); None leaves it to anyone of the holder role."""
    from db.base import utcnow
    from db.models import WorkflowEvent

    data = dict(data or {})
    a = check(action_key, app, actor.roles, data)
    when = at or utcnow()
    ev = WorkflowEvent(
        application=app, application_id=app.id, action=a.key, from_state=app.state, to_state=a.to_state,
        seq=next_event_seq(session, app.id),
        actor_id=actor.officer_id, actor_name=actor.name, workstation=actor.workstation,
        at=when, data=data or None, created_by=actor.officer_id, created_ws=actor.workstation,
        created_at=when,
    )
    session.add(ev)
    if a.to_state != app.state:      # a step that keeps the state (prepare_sign) keeps its clock
        app.state_since = when
    app.state = a.to_state
    app.holder_role = holder_of(a.to_state)
    app.holder_id = holder_id
    app.updated_by, app.updated_ws = actor.officer_id, actor.workstation
    for column in a.writes:
        setattr(app, column, data.get(column))
    # Messages to the applicant go into the queue in this very transaction (app/notify/).
    from app.notify import queue as notify_queue
    with session.no_autoflush:
        notify_queue.on_event(session, app, ev, actor)
    return ev


def transition(session: Session, app: Application, action_key: str, actor: Actor,
               data: dict[str, Any] | None = None, *, summary: str, audit_action: str | None = None,
               audit_entity: tuple[str, str] | None = None, at: datetime | None = None,
               holder_id: str | None = None,
               also: Callable[[WorkflowEvent], None] | None = None) -> WorkflowEvent:
    """One step of a file, in one transaction: `apply()` the action, write the
    audit record, run `also` (the rest of the step: its document, the archive
    after a handover, the SK prepared at the Kabid's approval), commit. Any
    failure rolls all of it back, and the session holds nothing half-done.
    Every service that moves a file ends here.

    The audit record names the application unless `audit_entity` (entity, id)
    says otherwise; its action is `audit_action`, by default "workflow.<action>"."""
    from app import audit
    with audit.transaction(session):
        ev = apply(session, app, action_key, actor, data, at=at, holder_id=holder_id)
        entity, entity_id = audit_entity or ("application", app.id)
        audit.record(session, actor, audit_action or f"workflow.{action_key}", entity, entity_id, summary)
        if also is not None:
            also(ev)
    return ev


@dataclass(frozen=True)
class Step:
    """A workflow event as plain data, for a screen (the event itself stays in
    its session): what was done to which file, and where the file is now."""
    application_id: str
    action: str
    from_state: str | None
    to_state: str
    at: datetime

    @classmethod
    def of(cls, value: object) -> object:
        """The Step of a WorkflowEvent; anything else unchanged."""
        from db.models import WorkflowEvent
        if isinstance(value, WorkflowEvent):
            return cls(value.application_id, value.action, value.from_state, value.to_state, value.at)
        return value


def next_event_seq(session: Session, app_id: str) -> int:
    """The position of a new event in its application's history: after every
    event this workstation holds, so the order never depends on its clock."""
    from sqlalchemy import func, select

    from db.models import WorkflowEvent
    with session.no_autoflush:
        top = session.scalar(select(func.max(WorkflowEvent.seq)).where(WorkflowEvent.application_id == app_id))
        pending = [o.seq or 0 for o in session.new if isinstance(o, WorkflowEvent) and o.application_id == app_id]
    return max([top or 0, *pending]) + 1


def event_order(ev: Any) -> tuple[Any, ...]:
    """How the events of one application are ordered everywhere: by their
    sequence; only two events written for the same step on two workstations
    while offline fall back to their time and id."""
    return (ev.seq or 0, ev.at, ev.created_at, ev.id)


def state_from_events(events: list[WorkflowEvent]) -> str | None:
    """The state an application's events lead to (the cache must agree)."""
    state = None
    for ev in sorted(events, key=event_order):
        state = ev.to_state
    return state
