"""Importing SiCantik applications and their process status into Loket.

- Idempotent: a row that tells Loket nothing new changes nothing (no version
  bump, no audit record), so pulling the same range twice changes nothing.
- One transaction per page: a page is imported whole or not at all. A
  malformed page (HTML error page, truncated JSON) stops the pull with a clear
  message; pages before it stay imported, the watermark does not move.
- A row that cannot become an application (no number, unknown permit type…)
  is counted as failed with its reason and recorded in the pull log; the rest
  of its page is imported.
- Counts are per application (`no_permohonan`), not per raw row: a range
  answer has one row per process step.
- Permit types: SiCantik's `jenis_izin_id` is looked up in `sicantik_permit_map`
  (`loket sicantik map`), then its `jenis_izin` name in the map, then the name or
  code of a Loket permit type. An unknown type is not guessed: the row fails
  with the command that fixes it, and the next pull imports it.
- Loket owns a file once counter 2 has touched it: SiCantik's data updates the
  application, applicant and company only while the file is still SUBMITTED;
  SiCantik's process status is updated always.
"""
from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any, Protocol
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app import audit, clock, config, identity, proof
from app.i18n import tr
from app.services import applications
from app.services.context import Actor, ServiceError
from app.sicantik import mapping, status
from app.sicantik.client import Client, Settings, SicantikError
from app.validation import name_key
from db.base import fresh_stamps, new_id, stamp_order, utcnow
from db.models import Applicant, Application, Company, PermitType
from db.models.sicantik import SicantikPermitMap, SicantikPull, SicantikStep, SicantikWaiting

if TYPE_CHECKING:
    from sqlalchemy.orm import InstrumentedAttribute


class SessionSource(Protocol):
    """What the importer needs of a Loket (app.runtime.Loket, or counter.py's view of the
    caller's session): a session factory and this workstation's name."""

    @property
    def Session(self) -> sessionmaker[Session]: ...   # named as Loket's attribute

    @property
    def workstation(self) -> str: ...

log = logging.getLogger("loket.sicantik")

_STEP_NS = uuid.UUID("6b0f8a52-3c1e-4f4e-9a57-5ad1c7e2b8d1")
NEW, UPDATED, UNCHANGED, FAILED = "new", "updated", "unchanged", "failed"
_RANK = {NEW: 3, UPDATED: 2, UNCHANGED: 1, FAILED: 0}


@dataclass
class Result:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    pages: int = 0
    anonymous: int = 0
    error: str | None = None
    failures: list[tuple[str, str]] = field(default_factory=list)   # (no_permohonan, reason)
    changed_ids: list[str] = field(default_factory=list)
    outcomes: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.error is None

    def add(self, no: str, outcome: str, reason: str | None = None) -> None:
        # One application may span pages: the strongest outcome counts once.
        before = self.outcomes.get(no)
        if before is None or _RANK[outcome] > _RANK[before]:
            self.outcomes[no] = outcome
        if outcome == FAILED and reason:
            self.failures = [f for f in self.failures if f[0] != no] + [(no, reason)]
        self.new, self.updated, self.unchanged, self.failed = (
            sum(1 for o in self.outcomes.values() if o == k) for k in (NEW, UPDATED, UNCHANGED, FAILED))

    def summary(self) -> str:
        return tr("baru {new}, diperbarui {updated}, tetap {unchanged}, gagal {failed}").format(
            new=self.new, updated=self.updated, unchanged=self.unchanged, failed=self.failed)


class _PermitResolver:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.by_id: dict[str, PermitType | None] = {}
        self._types: list[PermitType] | None = None

    def resolve(self, sid: str | None, sname: str | None) -> PermitType | None:
        if sid:
            if sid not in self.by_id:
                m = self.session.scalar(select(SicantikPermitMap).where(SicantikPermitMap.sicantik_id == sid,
                                                                        SicantikPermitMap.active.is_(True)))
                self.by_id[sid] = m.permit_type if m else None
            if self.by_id[sid] is not None:
                return self.by_id[sid]
        if sname:
            key = name_key(sname)
            m = self.session.scalar(select(SicantikPermitMap).where(
                SicantikPermitMap.name_key == key, SicantikPermitMap.sicantik_id.is_(None),
                SicantikPermitMap.active.is_(True)).limit(1))
            if m:
                return m.permit_type
            if self._types is None:
                self._types = list(self.session.scalars(select(PermitType)))
            for pt in self._types:
                if name_key(pt.name) == key or pt.code.casefold() == key:
                    return pt
        return None


def _office_tz(session: Session) -> ZoneInfo:
    return ZoneInfo(config.get(session, "office.timezone"))


def _assign(obj: Any, values: dict[str, Any]) -> list[str]:
    """Set only what differs, so an unchanged row leaves the object clean."""
    changed = []
    for k, v in values.items():
        if getattr(obj, k) != v:
            setattr(obj, k, v)
            changed.append(k)
    return changed


def _applicant_for(session: Session, actor: Actor, data: dict[str, Any]) -> Applicant:
    if data.get("nik"):
        found = session.scalar(select(Applicant).where(Applicant.nik == data["nik"])
                               .order_by(stamp_order(Applicant.__table__.c.updated_at).desc()).limit(1))
        if found is not None:
            if {"name", "nik"} & set(_assign(found, {k: v for k, v in data.items() if v is not None})):
                # Keep the search columns of the person's other files in step.
                for other in session.scalars(select(Application).where(Application.applicant_id == found.id)):
                    _assign(other, {"applicant_name": found.name, "applicant_nik": found.nik,
                                    "name_key": name_key(found.name)})
            return found
    # stored compact: update stamps = creation stamps (db/base.py, migration 0031)
    a = Applicant(**{k: v for k, v in data.items() if v is not None},
                  **fresh_stamps(actor.officer_id, actor.workstation))
    session.add(a)
    return a


def _company_for(session: Session, actor: Actor, data: dict[str, Any] | None) -> Company | None:
    if not data:
        return None
    if data.get("nib"):
        found = session.scalar(select(Company).where(Company.nib == data["nib"])
                               .order_by(stamp_order(Company.__table__.c.updated_at).desc()).limit(1))
        if found is not None:
            _assign(found, {k: v for k, v in data.items() if v is not None})
            return found
    c = Company(**{k: v for k, v in data.items() if v is not None},
                **fresh_stamps(actor.officer_id, actor.workstation))
    session.add(c)
    return c


def _unknown_permit(rec: mapping.Record) -> str:
    if not rec.permit_type_id and not rec.permit_type_name:
        return tr("jenis izin tidak ada pada baris SiCantik (kolom jenis_izin / jenis_izin_id).")
    return tr("jenis izin SiCantik “{name}” (id {sid}) belum dipetakan ke jenis izin Loket; berkas menunggu. "
              "Petakan di halaman Admin — SiCantik atau dengan: loket sicantik map KODE_IZIN {how}").format(
        name=rec.permit_type_name or "-", sid=rec.permit_type_id or "-",
        how=f"--id {rec.permit_type_id}" if rec.permit_type_id else f"--name \"{rec.permit_type_name}\"")


def _create(session: Session, actor: Actor, rec: mapping.Record, pt: PermitType) -> Application:
    applicant = _applicant_for(session, actor, rec.applicant)
    company = _company_for(session, actor, rec.company)
    kind, old = rec.kind, rec.old_permit_number
    # SiCantik renewals often carry no old permit number; counter 2 asks for it at
    # intake. create() insists on it for data typed at the counter, so the kind is
    # set after creation rather than inventing a number.
    needs_old = kind in ("PERPANJANGAN", "PERUBAHAN") and not old
    app = applications.create(
        session, actor, no_permohonan=rec.no_permohonan, permit_type=pt, applicant=applicant,
        company=company, kind="BARU" if needs_old else kind, applicant_type=rec.applicant_type,
        location=rec.location, source="ONLINE", submitted_at=rec.submitted_at or utcnow(),
        old_permit_number=old, event_data={"source": "SiCantik"})
    if needs_old:
        app.kind = kind
    app.sicantik_values = dict(rec.unknown) or None
    return app


def _shared(session: Session, column: InstrumentedAttribute[Any], value: object) -> bool:
    return len(session.scalars(select(Application.id).where(column == value).limit(2)).all()) > 1


def _update_submitted(session: Session, actor: Actor, app: Application, rec: mapping.Record,
                      pt: PermitType | None) -> list[str]:
    changed = []
    values: dict[str, Any] = {"kind": rec.kind, "applicant_type": rec.applicant_type,
                              "sicantik_values": dict(rec.unknown) or None}
    if rec.location is not None:
        values["location"] = rec.location
    if rec.submitted_at is not None:
        values["submitted_at"] = rec.submitted_at
    if rec.old_permit_number:
        values["old_permit_number"] = rec.old_permit_number
    changed += _assign(app, values)
    if pt is not None and app.permit_type_id != pt.id:
        app.permit_type = pt
        changed.append("permit_type")
    # A person with several files shares one applicant row; rows of different files
    # may disagree (snapshots), and letting each overwrite it would make every pull
    # an "update". Shared rows are refreshed only when a new file of theirs comes in.
    if not _shared(session, Application.applicant_id, app.applicant_id):
        a = {k: v for k, v in rec.applicant.items() if v is not None}
        changed += ["applicant." + k for k in _assign(app.applicant, a)]
    denorm = {"applicant_name": app.applicant.name, "applicant_nik": app.applicant.nik,
              "name_key": name_key(app.applicant.name)}
    changed += _assign(app, denorm)
    if rec.company:
        if app.company is None:
            app.company = _company_for(session, actor, rec.company)
            changed.append("company")
        elif not _shared(session, Application.company_id, app.company_id):
            changed += ["company." + k for k in _assign(
                app.company, {k: v for k, v in rec.company.items() if v is not None})]
    return changed


def _apply_steps(session: Session, actor: Actor, app: Application, recs: list[mapping.Record]) -> list[str]:
    existing = {s.step_key: s for s in session.scalars(
        select(SicantikStep).where(SicantikStep.application_id == app.id))} if app.id else {}
    changed = []
    for rec in recs:
        st = rec.step
        if st is None:
            continue
        values = {"name": st.name, "status": st.status, "started_at": st.started_at,
                  "ended_at": st.ended_at, "processed_by": st.processed_by}
        row = existing.get(st.key)
        if row is None:
            # The same step gets the same id on every workstation that imports it.
            row = SicantikStep(id=str(uuid.uuid5(_STEP_NS, f"{app.id}/{st.key}")),
                               application_id=app.id, step_key=st.key, created_by=actor.officer_id,
                               created_ws=actor.workstation, **values)
            session.add(row)
            existing[st.key] = row
            changed.append("step+" + st.key)
        else:
            fields = _assign(row, values)
            if fields:
                row.updated_by, row.updated_ws = actor.officer_id, actor.workstation
                changed.append("step:" + st.key)
    # The file's SiCantik position, from every step known so far (this page and earlier ones).
    cur = status.current_step(existing.values())
    if cur is not None:
        process, state = cur.name or cur.step_key, cur.status
    else:
        process, state = app.sicantik_process, next((r.status for r in recs if r.status), app.sicantik_status)
    if any(r.finished_at for r in recs) and state != status.DROP:
        state = status.SELESAI
    changed += _assign(app, {"sicantik_process": process[:200] if process else None,
                             "sicantik_status": state[:32] if state else None})
    return changed


def _wait(session: Session, actor: Actor, no: str, rec: mapping.Record, rows: list[Any],
          fields: dict[str, tuple[str, ...]]) -> None:
    """Keep the rows of an application whose permit type is not mapped, for the next pull."""
    w = session.scalar(select(SicantikWaiting).where(SicantikWaiting.no_permohonan == no))
    values: dict[str, Any] = {"permit_id": rec.permit_type_id, "permit_name": rec.permit_type_name,
              "name_key": name_key(rec.permit_type_name) if rec.permit_type_name else None,
              "application_id": None}
    if w is None:
        # The same key on every workstation that meets this file (app/identity.py).
        session.add(SicantikWaiting(id=identity.key("sicantik_waiting", no), no_permohonan=no, rows=rows,
                                    seen_at=utcnow(), created_by=actor.officer_id, created_ws=actor.workstation,
                                    **values))
        return
    # One application may span pages: keep every step seen, the newest copy of each.
    merged = {mapping.step_of(r, fields): r for r in (w.rows if w.application_id is None else [])}
    merged.update((mapping.step_of(r, fields), r) for r in rows)
    values["rows"] = list(merged.values())
    if _assign(w, values):
        w.seen_at, w.updated_by, w.updated_ws = utcnow(), actor.officer_id, actor.workstation


def _waited(session: Session, no: str, app_id: str) -> None:
    w = session.scalar(select(SicantikWaiting).where(SicantikWaiting.no_permohonan == no,
                                                     SicantikWaiting.application_id.is_(None)))
    if w is not None:
        w.application_id = app_id


def import_rows(session: Session, actor: Actor, rows: list[Any], result: Result,
                fields: dict[str, tuple[str, ...]] | None = None, tz: ZoneInfo | None = None,
                permit_type: PermitType | None = None) -> list[str]:
    """Import one page of rows in `session` (the caller commits). Returns the ids of
    applications that changed. Raises only for unexpected errors (the caller's
    transaction then rolls the whole page back). `permit_type`: the Loket type chosen
    for these rows (counter 2), instead of the map."""
    fields = fields or mapping.field_map(config.get(session, "sicantik.fields"))
    tz = tz or _office_tz(session)
    values = mapping.value_map(session)
    groups: dict[str, list[mapping.Record]] = {}
    raw: dict[str, list[Any]] = {}
    for row in rows:
        try:
            rec = mapping.read_row(row, fields, tz, values)
        except mapping.RowError as e:
            no = mapping.number_of(row, fields)
            if no is None:
                result.anonymous += 1
                no = tr("(baris tanpa nomor #{n})").format(n=result.anonymous)
            result.add(no, FAILED, str(e))
            continue
        groups.setdefault(rec.no_permohonan, []).append(rec)
        raw.setdefault(rec.no_permohonan, []).append(row)
    permits = _PermitResolver(session)
    changed_ids = []
    now = utcnow()
    for no, recs in groups.items():
        first = next((r for r in recs if r.permit_type_id or r.permit_type_name), recs[0])
        app = session.scalar(select(Application).where(Application.no_permohonan == no))
        if app is None:
            pt = permit_type or permits.resolve(first.permit_type_id, first.permit_type_name)
            if pt is None:
                if first.permit_type_id or first.permit_type_name:
                    _wait(session, actor, no, first, raw[no], fields)
                result.add(no, FAILED, _unknown_permit(first))
                continue
            if not first.applicant.get("name"):
                result.add(no, FAILED, tr("nama pemohon kosong atau tidak ada (kolom nama)."))
                continue
            app = _create(session, actor, first, pt)
            _apply_steps(session, actor, app, recs)
            app.sicantik_synced_at = now
            _waited(session, no, app.id)
            audit.record(session, actor, "sicantik.import", "application", app.id,
                         tr("Permohonan {no} diimpor dari SiCantik").format(no=no))
            result.add(no, NEW)
            changed_ids.append(app.id)
            continue
        changed = []
        if app.source == "ONLINE" and app.state == "SUBMITTED":
            pt = permits.resolve(first.permit_type_id, first.permit_type_name)
            changed += _update_submitted(session, actor, app, first, pt)
        changed += _apply_steps(session, actor, app, recs)
        if changed:
            app.sicantik_synced_at = now
            app.updated_by, app.updated_ws = actor.officer_id, actor.workstation
            audit.record(session, actor, "sicantik.update", "application", app.id,
                         tr("Data SiCantik {no} berubah: {fields}; status SiCantik {status}").format(
                             no=no, fields=", ".join(changed[:12]), status=app.sicantik_status or "-"))
            result.add(no, UPDATED)
            changed_ids.append(app.id)
        else:
            result.add(no, UNCHANGED)
    return changed_ids


def waiting_ready(session: Session) -> list[SicantikWaiting]:
    """Waiting applications whose permit type now resolves (mapped since)."""
    permits = _PermitResolver(session)
    out = []
    for w in session.scalars(select(SicantikWaiting).where(SicantikWaiting.application_id.is_(None))
                             .order_by(SicantikWaiting.seen_at)):
        if permits.resolve(w.permit_id, w.permit_name) is not None:
            out.append(w)
    return out


def import_waiting(loket: SessionSource, actor: Actor, result: Result,
                   fields: dict[str, tuple[str, ...]] | None = None, tz: ZoneInfo | None = None) -> None:
    """Import, from the rows kept in sicantik_waiting, the applications whose permit type
    has been mapped since: no request to SiCantik. One transaction."""
    with loket.Session() as s:
        ready = waiting_ready(s)
        for w in ready:
            result.changed_ids += import_rows(s, actor, list(w.rows), result, fields, tz)
        s.commit()
    if ready:
        log.info("sicantik: %d waiting application(s) imported after their permit type was mapped", len(ready))


# -- pulls ----------------------------------------------------------------------

def _start_log(loket: SessionSource, actor: Actor, kind: str, date_from: date | None = None,
               date_to: date | None = None, number: str | None = None) -> str:
    with loket.Session() as s:
        row = SicantikPull(kind=kind, date_from=date_from, date_to=date_to, number=number,
                           started_at=utcnow(), created_by=actor.officer_id, created_ws=actor.workstation)
        s.add(row)
        s.commit()
        return row.id


def _finish_log(loket: SessionSource, log_id: str, result: Result) -> None:
    with loket.Session() as s:
        row = s.get(SicantikPull, log_id)
        assert row is not None   # written by _start_log before the pull
        row.finished_at, row.ok, row.pages = utcnow(), result.ok, result.pages
        row.new, row.updated, row.unchanged, row.failed = result.new, result.updated, result.unchanged, result.failed
        row.message = result.error
        row.failures = [{"no_permohonan": n, "reason": r} for n, r in result.failures] or None
        s.commit()


def make_client(loket: SessionSource, **kw: Any) -> Client:   # Client's keyword options
    with loket.Session() as s:
        settings = Settings.from_session(s)
    return Client(settings, **kw)


def _system_actor(loket: SessionSource) -> Actor:
    return Actor.system(loket.workstation)


def pull_range(loket: SessionSource, date_from: date, date_to: date, *, actor: Actor | None = None,
               client: Client | None = None, kind: str = "RANGE",
               progress: Callable[[int, int | None, Result], None] | None = None) -> Result:
    """Import every application SiCantik lists between two dates (inclusive).
    Never raises for SiCantik's failures: `Result.error` says what stopped the pull.
    `progress(page, pages or None, result)` is called after each imported page."""
    if date_to < date_from:
        raise ServiceError(tr("Tanggal akhir ({to}) sebelum tanggal awal ({frm}).").format(
            to=date_to.isoformat(), frm=date_from.isoformat()))
    actor = actor or _system_actor(loket)
    own = client is None
    client = client or make_client(loket)
    with loket.Session() as s:
        fields = mapping.field_map(config.get(s, "sicantik.fields"))
        tz = _office_tz(s)
    result = Result()
    log_id = _start_log(loket, actor, kind, date_from, date_to)
    try:
        import_waiting(loket, actor, result, fields, tz)
        for page in client.by_range(date_from, date_to):
            with loket.Session() as s:
                ids = import_rows(s, actor, page.rows, result, fields, tz)
                s.commit()
            result.pages += 1
            result.changed_ids += ids
            if progress is not None:
                per = max(1, client.settings.page_size)
                progress(page.number, -(-page.total // per) if page.total else None, result)
            log.info("sicantik pull %s..%s page %d: %d rows (%s)", date_from, date_to, page.number,
                     len(page.rows), result.summary())
    except SicantikError as e:
        result.error = tr("Halaman {n}: {msg}").format(n=result.pages + 1, msg=str(e))
        log.warning("sicantik pull %s..%s stopped at page %d: %s", date_from, date_to, result.pages + 1, e)
    except Exception as e:
        result.error = tr("Halaman {n}: {msg}").format(n=result.pages + 1, msg=str(e) or type(e).__name__)
        raise
    finally:
        if own:
            client.close()
        _finish_log(loket, log_id, result)
    return result


def pull_number(loket: SessionSource, no_permohonan: str, *, actor: Actor | None = None,
                client: Client | None = None, deadline: float | None = None) -> Result:
    """Import one application by its number. Raises SicantikError when SiCantik
    cannot be read (the counter must tell the officer at once)."""
    no = (no_permohonan or "").strip()
    if not no:
        raise ServiceError(tr("Nomor permohonan kosong."))
    actor = actor or _system_actor(loket)
    own = client is None
    client = client or make_client(loket)
    result = Result()
    log_id = _start_log(loket, actor, "NUMBER", number=no[:64])
    try:
        rows = client.by_number(no, deadline)
        with loket.Session() as s:
            fields = mapping.field_map(config.get(s, "sicantik.fields"))
            # A template that ignores the number parameter answers with other files: only this one.
            mine = [r for r in rows if mapping.number_of(r, fields) == no]
            result.pages = 1
            result.changed_ids += import_rows(s, actor, mine, result, fields)
            s.commit()
    except Exception as e:
        result.error = str(e) or type(e).__name__
        raise
    finally:
        if own:
            client.close()
        _finish_log(loket, log_id, result)
    return result


def watermark(session: Session) -> date | None:
    """The last day the scheduled pull has completely read."""
    return session.scalar(select(SicantikPull.date_to).where(
        SicantikPull.kind == "SCHEDULED", SicantikPull.ok.is_(True))
        .order_by(SicantikPull.date_to.desc()).limit(1))


def office_today(session: Session) -> date:
    return clock.utcnow_aware().astimezone(_office_tz(session)).date()


def scheduled_range(session: Session) -> tuple[date, date]:
    today = office_today(session)
    wm = watermark(session)
    if wm is None:
        start = today - timedelta(days=max(0, int(config.get(session, "sicantik.first_pull_days"))))
    else:
        start = wm - timedelta(days=max(0, int(config.get(session, "sicantik.overlap_days"))))
    return min(start, today), today


def pull_scheduled(loket: SessionSource, *, client: Client | None = None,
                   progress: Callable[[int, int | None, Result], None] | None = None) -> Result:
    """The periodic pull: from the watermark less the overlap window up to today."""
    with loket.Session() as s:
        date_from, date_to = scheduled_range(s)
    return pull_range(loket, date_from, date_to, client=client, kind="SCHEDULED", progress=progress)


def last_pulls(session: Session, limit: int = 10) -> list[SicantikPull]:
    return list(session.scalars(select(SicantikPull).order_by(SicantikPull.started_at.desc()).limit(limit)))


# -- counter 2 ------------------------------------------------------------------

def lookup_live(loket: SessionSource, no_permohonan: str, *, client: Client | None = None,
                actor: Actor | None = None) -> Application | None:
    """Counter 2's live lookup: fetch a no_permohonan unknown locally from SiCantik.

    Call it off the GUI thread when the search finds no local file. It imports
    the application (or refreshes it) and returns it loaded with applicant,
    company and permit type (detached, ready to show), or None when SiCantik
    does not know the number. Gives up after `sicantik.timeout_seconds`
    (about 10 s) in total, without retrying an unreachable server.

    `actor` is the officer at the counter (audit records name them); default: the
    system. Counter 2's `intake.open_file` reaches this through
    `app.sicantik.counter.intake_lookup`.

    Raises `SicantikError` (a ServiceError: show `str(e)` to the officer) when
    SiCantik is not configured, offline, too slow, or answered garbage; and
    ServiceError when the row cannot be imported (e.g. its permit type is not
    mapped). In every case the officer can register the file as a walk-in.
    """
    no = (no_permohonan or "").strip()
    try:
        if client is None:
            client = make_client(loket, retry_offline=False, max_attempts=3, backoff=0.5)
            own = True
        else:
            own = False
        try:
            result = pull_number(loket, no, client=client, actor=actor,
                                 deadline=time.monotonic() + client.settings.timeout)
        finally:
            if own:
                client.close()
    except SicantikError as e:
        raise type(e)(str(e) + " " + tr("Berkas tetap dapat didaftarkan sebagai walk-in.")) from None
    if result.failed and not (result.new or result.updated or result.unchanged):
        reason = result.failures[0][1] if result.failures else ""
        with loket.Session() as s:
            w = s.scalar(select(SicantikWaiting).where(SicantikWaiting.no_permohonan == no,
                                                       SicantikWaiting.application_id.is_(None)))
            if w is not None:
                raise UnmappedPermit(no, w.permit_id, w.permit_name, tr(
                    "Permohonan {no} ada di SiCantik dengan jenis izin “{name}” yang belum dipetakan ke jenis "
                    "izin Loket; berkas menunggu pemetaan. Berkas tetap dapat didaftarkan sebagai walk-in.")
                    .format(no=no, name=w.permit_name or w.permit_id or "-"))
        raise ServiceError(tr("Permohonan {no} ada di SiCantik tetapi tidak dapat diimpor: {reason} "
                              "Berkas tetap dapat didaftarkan sebagai walk-in.").format(no=no, reason=reason))
    if not result.outcomes:
        return None
    with loket.Session() as s:
        return applications.get(s, no)


class UnmappedPermit(ServiceError):
    """Counter 2's lookup found the file in SiCantik, of a permit type not mapped yet:
    an officer allowed to (counter.may_choose_permit) picks the Loket type on the spot."""

    def __init__(self, no: str, sicantik_id: str | None, sicantik_name: str | None, message: str) -> None:
        super().__init__(message)
        self.no_permohonan, self.sicantik_id, self.sicantik_name = no, sicantik_id, sicantik_name


# -- administration -------------------------------------------------------------
def map_permit_type(session: Session, actor: Actor, permit_code: str, *, sicantik_id: str | None = None,
                    sicantik_name: str | None = None) -> SicantikPermitMap:
    """Say which Loket permit type a SiCantik jenis_izin (by id, or by name) is. Commits."""
    actor.require("ADMIN", "SYSTEM")
    row = record_permit_map(session, actor, permit_code, sicantik_id=sicantik_id, sicantik_name=sicantik_name)
    session.commit()
    return row


def record_permit_map(session: Session, actor: Actor, permit_code: str, *, sicantik_id: str | None = None,
                      sicantik_name: str | None = None, note: str = "") -> SicantikPermitMap:
    """The mapping and its audit record, in the caller's transaction (roles checked by the caller)."""
    sid = (sicantik_id or "").strip() or None
    sname = (sicantik_name or "").strip() or None
    if not sid and not sname:
        raise ServiceError(tr("Sebutkan jenis_izin_id SiCantik (--id) atau namanya (--name)."))
    pt = session.scalar(select(PermitType).where(PermitType.code == permit_code))
    if pt is None:
        raise ServiceError(tr("Jenis izin Loket dengan kode {code} tidak ada.").format(code=permit_code))
    if sid:
        row = session.scalar(select(SicantikPermitMap).where(SicantikPermitMap.sicantik_id == sid))
    else:
        row = session.scalar(select(SicantikPermitMap).where(
            SicantikPermitMap.name_key == name_key(sname or ""), SicantikPermitMap.sicantik_id.is_(None)))
    if row is None:
        row = SicantikPermitMap(id=new_id(), sicantik_id=sid, created_by=actor.officer_id,
                                created_ws=actor.workstation)
        session.add(row)
    row.sicantik_name = sname or row.sicantik_name
    row.name_key = name_key(row.sicantik_name) if row.sicantik_name else None
    row.permit_type_id = pt.id
    row.active = True
    row.updated_by, row.updated_ws = actor.officer_id, actor.workstation
    # office data: other workstations honour the map only with the administrator's proof
    proof.stamp(row, actor)
    audit.record(session, actor, "sicantik.map", "permit_type", pt.id,
                 tr("Jenis izin SiCantik {what} → {code}").format(
                     what=f"id {sid}" if sid else f"“{sname}”", code=pt.code) + (f" ({note})" if note else ""))
    return row


def permit_maps(session: Session) -> list[SicantikPermitMap]:
    return list(session.scalars(select(SicantikPermitMap).order_by(
        SicantikPermitMap.sicantik_id, SicantikPermitMap.sicantik_name)))


def schedule(loket: SessionSource) -> int:
    """Minutes between scheduled pulls on this workstation; 0 when off, not
    configured, or another workstation is the office's puller
    (`sicantik.pull_workstation`: with a central database, two workstations
    importing the same new file before they sync would make two files of it)."""
    with loket.Session() as s:
        if not str(config.get(s, "sicantik.base_url")).strip() or not config.get(s, "sicantik.template.by_range"):
            return 0
        puller = str(config.get(s, "sicantik.pull_workstation")).strip()
        if puller and puller != config.get(s, "workstation.name"):
            return 0
        return max(0, int(config.get(s, "sicantik.pull_minutes")))


def steps(session: Session, application_id: str) -> list[SicantikStep]:
    """SiCantik's process steps of one file, in the order they happened (detail views)."""
    rows = list(session.scalars(select(SicantikStep).where(SicantikStep.application_id == application_id)))
    return sorted(rows, key=lambda r: (r.started_at or r.ended_at or datetime.max, status._num(r.step_key)))
