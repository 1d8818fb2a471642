"""Audit log: every service action that changes data writes one record here,
in the same transaction as the change.

Records are append-only and hash-chained per workstation: each stores the
hash of the previous one, so an edit, deletion or reordering made behind the
application's back breaks the chain (`loket audit verify`).
"""
from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.base import utcnow
from db.models import AuditRecord

if TYPE_CHECKING:
    from app.services.context import Actor


def _digest(rec: AuditRecord) -> str:
    body = json.dumps([rec.id, rec.workstation, rec.seq, rec.officer_id, rec.officer_name,
                       rec.at.isoformat(timespec="microseconds"), rec.action, rec.entity,
                       rec.entity_id, rec.summary, rec.prev_hash],
                      ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def record(session: Session, actor: "Actor", action: str, entity: str | None = None,
           entity_id: str | None = None, summary: str | None = None) -> AuditRecord:
    """Append one record to this workstation's chain. The caller commits."""
    last = session.execute(
        select(AuditRecord.seq, AuditRecord.hash).where(AuditRecord.workstation == actor.workstation)
        .order_by(AuditRecord.seq.desc()).limit(1)).first()
    seq, prev = (last[0] + 1, last[1]) if last else (1, None)
    rec = AuditRecord(workstation=actor.workstation, seq=seq, officer_id=actor.officer_id,
                      officer_name=actor.name, at=utcnow(), action=action, entity=entity,
                      entity_id=entity_id, summary=summary, prev_hash=prev,
                      created_by=actor.officer_id, created_ws=actor.workstation)
    from db.base import new_id
    rec.id = new_id()
    rec.created_at = rec.at
    rec.hash = _digest(rec)
    session.add(rec)
    return rec
