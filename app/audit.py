"""Audit log: every service action that changes data writes one record here,
in the same transaction as the change.

Records are append-only and hash-chained per workstation: each stores the
hash of the previous one and a SHA-256 over its own fields, and `audit_head`
remembers the last link of every chain. An edit, deletion or reordering made
behind the application's back (raw SQL on the file) breaks the chain, and
`verify()` names the first broken record.

Chains are per workstation because workstations work offline: each appends to
its own chain without coordination, and sync brings the other workstations'
chains here unchanged; each chain is verified on its own.

What the chain alone does not stop: someone who can write the database file
AND recomputes every later hash plus the head, or who deletes the tail together
with the head. The defence is the anchor: at every sync each chain's head as
the central database holds it (seq and hash of its last record there) is
noted on every workstation (`sync_state` keys `audit.anchor.<ws>`, never
lowered), and `verify()` requires every chain to reach its anchor with the
same hash. `loket audit verify` also asks the central database live for this
workstation's own chain when it can reach it (app/sync/anchor.py). A tail that
never reached the central database is not anchored: that is the documented
limit (records made offline and deleted before the next sync).
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import CursorResult, or_, select, update
from sqlalchemy.orm import Session

from app.i18n import tr
from db.base import new_id, utcnow
from db.models import AuditRecord
from db.models.audit import AuditHead

if TYPE_CHECKING:
    from app.services.context import Actor


def _digest(rec: AuditRecord) -> str:
    body = json.dumps([rec.id, rec.workstation, rec.seq, rec.officer_id, rec.officer_name,
                       rec.at.isoformat(timespec="microseconds"), rec.action, rec.entity,
                       rec.entity_id, rec.summary, rec.prev_hash],
                      ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def _advance_head(session: Session, workstation: str) -> tuple[int, str | None]:
    """Reserve the next sequence number of this workstation's chain.

    The UPDATE runs first so the transaction holds the write lock before it
    reads the previous hash: two sessions of one workstation (the GUI and a
    background worker) then append one after the other, never both as seq N.
    """
    # an UPDATE's result is a CursorResult (rowcount); Session.execute is typed as the generic Result
    done = cast(CursorResult[Any], session.execute(update(AuditHead).where(AuditHead.workstation == workstation)
                           .values(seq=AuditHead.seq + 1, updated_at=utcnow())
                           .execution_options(synchronize_session=False)))
    if done.rowcount:
        seq, prev = session.execute(select(AuditHead.seq, AuditHead.hash)
                                    .where(AuditHead.workstation == workstation)).one()
        return seq, prev
    # First record of this workstation (or a chain from before the head table).
    last = session.execute(
        select(AuditRecord.seq, AuditRecord.hash).where(AuditRecord.workstation == workstation)
        .order_by(AuditRecord.seq.desc()).limit(1)).first()
    seq, prev = (last[0] + 1, last[1]) if last else (1, None)
    session.add(AuditHead(workstation=workstation, seq=seq, hash=prev, updated_at=utcnow()))
    session.flush()
    return seq, prev


def record(session: Session, actor: Actor, action: str, entity: str | None = None,
           entity_id: str | None = None, summary: str | None = None) -> AuditRecord:
    """Append one record to this workstation's chain. The caller commits.

    `summary` is a short before/after text for a person to read. Never put a
    password, token or key in it: the audit log is readable by administrators
    and travels to the central database.
    """
    seq, prev = _advance_head(session, actor.workstation)
    # Whole seconds: MariaDB DATETIME keeps no fraction by default, and a chain
    # copied there and back must hash the same.
    at = utcnow().replace(microsecond=0)
    rec = AuditRecord(id=new_id(), workstation=actor.workstation, seq=seq,
                      officer_id=actor.officer_id, officer_name=actor.name, at=at, action=action,
                      entity=entity, entity_id=entity_id, summary=summary, prev_hash=prev,
                      created_at=at, created_by=actor.officer_id, created_ws=actor.workstation)
    rec.hash = _digest(rec)
    session.add(rec)
    session.execute(update(AuditHead).where(AuditHead.workstation == actor.workstation)
                    .values(hash=rec.hash).execution_options(synchronize_session=False))
    return rec


@contextmanager
def transaction(session: Session) -> Iterator[Session]:
    """One service change, one transaction: what the block writes (the change and
    its `record()`) is committed at its end, and any failure on the way rolls all of
    it back, so the session holds nothing half-done and no change stands without
    its audit record. `workflow.transition()` (a step of a file) ends here too;
    this is the one place a service commits or rolls back.

        with audit.transaction(session):
            ...
            audit.record(session, actor, "complaint.update", "complaint", c.id, summary)
    """
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise


# --- verification -------------------------------------------------------------------------

@dataclass(frozen=True)
class Break:
    """The first place a chain is broken."""
    workstation: str
    seq: int
    record_id: str | None
    reason: str

    def __str__(self) -> str:
        where = tr("workstation {ws}, catatan #{seq}").format(ws=self.workstation, seq=self.seq)
        if self.record_id:
            where += f" (id {self.record_id})"
        return f"{where}: {self.reason}"


@dataclass(frozen=True)
class ChainResult:
    workstation: str
    count: int
    broken: Break | None


def _chain(session: Session, workstation: str) -> Iterator[AuditRecord]:
    q = (select(AuditRecord).where(AuditRecord.workstation == workstation)
         .order_by(AuditRecord.seq).execution_options(yield_per=2000))
    for rec in session.scalars(q):
        yield rec
        session.expunge(rec)  # a long chain must not pile up in the identity map


ANCHOR_PREFIX = "audit.anchor."


def stored_anchors(session: Session) -> dict[str, tuple[int, str]]:
    """Chain heads seen in the central database at past syncs: ws → (seq, hash)."""
    from db.models.sync import SyncState
    out = {}
    for key, value in session.execute(select(SyncState.key, SyncState.value)
                                      .where(SyncState.key.like(ANCHOR_PREFIX + "%"))):
        seq, _, h = value.partition(":")
        out[key[len(ANCHOR_PREFIX):]] = (int(seq), h)
    return out


def verify_chain(session: Session, workstation: str,
                 anchor: tuple[int, str] | None = None) -> ChainResult:
    """Walk one chain. `anchor` (seq, hash): the central database's copy of this
    chain reaches record #seq with this hash, so the chain here must too."""
    head = session.get(AuditHead, workstation)
    count, expected, prev, brk = 0, 1, None, None
    for rec in _chain(session, workstation):
        count += 1
        if brk is not None:
            continue
        if anchor is not None and rec.seq == anchor[0] and rec.hash != anchor[1]:
            brk = Break(workstation, rec.seq, rec.id,
                        tr("catatan #{seq} berbeda dari salinannya di basis data pusat: rantai ditulis ulang")
                        .format(seq=rec.seq))
            continue
        if rec.seq != expected:
            if rec.seq > expected:
                reason = (tr("catatan #{seq} hilang (dihapus)").format(seq=expected) if rec.seq == expected + 1
                          else tr("catatan #{a}–#{b} hilang (dihapus)").format(a=expected, b=rec.seq - 1))
                brk = Break(workstation, expected, None, reason)
            else:
                brk = Break(workstation, rec.seq, rec.id, tr("nomor urut ganda"))
        elif _digest(rec) != rec.hash:
            brk = Break(workstation, rec.seq, rec.id,
                        tr("isi catatan diubah atau urutannya ditukar (hash tidak cocok)"))
        elif rec.prev_hash != prev:
            brk = Break(workstation, rec.seq, rec.id,
                        tr("tidak tersambung ke catatan #{prev}: catatan sebelumnya diubah, diganti atau dihapus")
                        .format(prev=rec.seq - 1) if rec.seq > 1 else
                        tr("catatan pertama menunjuk ke catatan sebelumnya yang tidak ada"))
        expected, prev = rec.seq + 1, rec.hash
    last_seq = expected - 1
    if brk is None and head is not None and (head.seq, head.hash) != (last_seq, prev):
        if head.seq > last_seq:
            reason = (tr("catatan terakhir #{seq} hilang (dihapus)").format(seq=head.seq) if head.seq == last_seq + 1
                      else tr("catatan #{a}–#{b} di akhir rantai hilang (dihapus)").format(a=last_seq + 1, b=head.seq))
            brk = Break(workstation, last_seq + 1, None, reason)
        else:
            brk = Break(workstation, last_seq, None,
                        tr("ujung rantai tidak cocok dengan catatan terakhir: diubah di luar aplikasi"))
    if brk is None and anchor is not None and anchor[0] > last_seq:
        a, b = last_seq + 1, anchor[0]
        gone = (tr("catatan #{a} hilang (dihapus)").format(a=a) if a == b
                else tr("catatan #{a}–#{b} hilang (dihapus)").format(a=a, b=b))
        brk = Break(workstation, a, None, gone + tr("; basis data pusat mencatat rantai ini sampai #{b}")
                    .format(b=b))
    return ChainResult(workstation, count, brk)


def workstations(session: Session, anchors: dict[str, tuple[int, str]] | None = None) -> list[str]:
    names = set(session.scalars(select(AuditRecord.workstation).distinct()))
    names |= set(session.scalars(select(AuditHead.workstation)))
    names |= set(anchors or ())
    return sorted(names)


def anchors_for(session: Session, live: dict[str, tuple[int, str]] | None = None) -> dict[str, tuple[int, str]]:
    """The stored anchors, raised by any fresher ones read live from the central database."""
    out = stored_anchors(session)
    for ws, (seq, h) in (live or {}).items():
        if ws not in out or seq >= out[ws][0]:
            out[ws] = (seq, h)
    return out


def verify_all(session: Session, live_anchors: dict[str, tuple[int, str]] | None = None) -> list[ChainResult]:
    anchors = anchors_for(session, live_anchors)
    return [verify_chain(session, ws, anchors.get(ws)) for ws in workstations(session, anchors)]


def verify(session: Session, live_anchors: dict[str, tuple[int, str]] | None = None) -> tuple[int, Break | None]:
    """Walk every chain: (records checked, first break or None)."""
    results = verify_all(session, live_anchors)
    first = next((r.broken for r in results if r.broken is not None), None)
    return sum(r.count for r in results), first


# --- reading (the administrator's audit screen, `loket audit list`) -----------------------

_LABELS = {
    "login": "Masuk", "login.failed": "Gagal masuk", "login.locked": "Akun dikunci",
    "officer.setup": "Administrator pertama", "officer.create": "Petugas ditambahkan",
    "officer.update": "Data petugas diubah", "officer.roles": "Peran diubah",
    "officer.disable": "Petugas dinonaktifkan", "officer.enable": "Petugas diaktifkan",
    "officer.unlock": "Kunci akun dibuka", "officer.password": "Kata sandi diganti",
    "officer.attest": "Petugas ditandatangani",
    "secret.set": "Rahasia disimpan", "secret.delete": "Rahasia dihapus",
    "intake.save_checks": "Pemeriksaan berkas disimpan", "intake.print": "Tanda terima dicetak",
    "intake.register_walkin": "Permohonan langsung didaftarkan",
    "sk.prepare": "SK disiapkan", "sk.prepare_deferred": "SK disiapkan (ditunda)",
    "sk.reprint": "SK dicetak ulang", "sk.legalise": "SK dilegalisasi", "sk.export": "SK diekspor",
    "sk_template.save": "Templat SK disimpan",
    "handover.print": "Tanda serah terima dicetak", "handover.export": "Serah terima diekspor",
    "handover.proxy": "Pengambilan oleh kuasa dicatat",
    "complaint.register": "Pengaduan dicatat", "complaint.update": "Pengaduan ditindaklanjuti",
    "complaint.print": "Tanda terima pengaduan dicetak",
    "config.set": "Pengaturan diubah",
    "calendar.closure_add": "Hari libur kantor ditambahkan", "calendar.closure_remove": "Hari libur kantor dihapus",
    "notify.cancel": "Pemberitahuan dibatalkan", "notify.consent": "Persetujuan pemberitahuan dicatat",
    "notify.resend": "Pemberitahuan dikirim ulang", "notify.template": "Templat pemberitahuan diubah",
    "permit_type.create": "Jenis izin ditambahkan", "permit_type.update": "Jenis izin diubah",
    "permit_type.enable": "Jenis izin diaktifkan/dinonaktifkan", "permit_type.import": "Jenis izin diimpor",
    "permit_type.import_sicantik": "Jenis izin diimpor dari SiCantik",
    "qrkey.import": "Kunci QR diimpor", "qrkey.revoke": "Kunci QR dicabut",
    "sicantik.import": "Data SiCantik diimpor", "sicantik.map": "Pemetaan SiCantik diubah",
    "sicantik.map_value": "Pemetaan nilai SiCantik diubah", "sicantik.update": "Pengaturan SiCantik diubah",
    "sync.discard": "Perubahan sinkronisasi dibuang",
}


def action_label(action: str) -> str:
    """A readable name for an audit action: this area's own, a workflow step's
    label when the action names one, else the code as written."""
    if action in _LABELS:
        return tr(_LABELS[action])
    from app.workflow import ACTIONS
    key = action.rsplit(".", 1)[-1]
    if key in ACTIONS:
        return tr(ACTIONS[key].label)
    return action


@dataclass(frozen=True)
class Entry:
    id: str
    workstation: str
    seq: int
    at: datetime          # naive UTC
    officer_id: str | None
    officer_name: str | None
    action: str
    entity: str | None
    entity_id: str | None
    summary: str | None


def _office_day_bounds(session: Session, day: date) -> tuple[datetime, datetime]:
    """A day in the office's time zone → the naive-UTC range it covers."""
    from zoneinfo import ZoneInfo

    from app import config
    tz = ZoneInfo(config.get(session, "office.timezone"))
    start = datetime.combine(day, time.min, tzinfo=tz)
    end = start + timedelta(days=1)
    utc = ZoneInfo("UTC")
    return (start.astimezone(utc).replace(tzinfo=None), end.astimezone(utc).replace(tzinfo=None))


def search(session: Session, actor: Actor, *, officer_id: str | None = None,
           date_from: date | None = None, date_to: date | None = None,
           application: str | None = None, action: str | None = None,
           limit: int = 1000) -> list[Entry]:
    """Audit records, newest first, filtered. Administrators only: the log shows
    who did what to whose file."""
    from app.services.context import ServiceError
    from app.services.officers import require_admin
    require_admin(session, actor)
    q = select(AuditRecord)
    if officer_id:
        q = q.where(AuditRecord.officer_id == officer_id)
    if date_from and date_to and date_from > date_to:
        raise ServiceError(tr("Tanggal awal sesudah tanggal akhir."))
    if date_from:
        q = q.where(AuditRecord.at >= _office_day_bounds(session, date_from)[0])
    if date_to:
        q = q.where(AuditRecord.at < _office_day_bounds(session, date_to)[1])
    if action:
        q = q.where(AuditRecord.action == action)
    text = (application or "").strip()
    if text:
        from db.models import Application
        ids = list(session.scalars(select(Application.id).where(or_(
            Application.no_permohonan == text, Application.receipt_number == text,
            Application.permit_number == text, Application.id == text))))
        like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        conds = [AuditRecord.summary.like(like, escape="\\")]
        if ids:
            conds.append(AuditRecord.entity_id.in_(ids))
        q = q.where(or_(*conds))
    q = q.order_by(AuditRecord.at.desc(), AuditRecord.workstation, AuditRecord.seq.desc()).limit(limit)
    return [Entry(r.id, r.workstation, r.seq, r.at, r.officer_id, r.officer_name, r.action, r.entity,
                  r.entity_id, r.summary) for r in session.scalars(q)]
