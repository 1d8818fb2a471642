"""Every time a stored document goes to paper: one `DocumentPrint` row, written here.

Receipts and return slips (counter 2), the SK and its legalised copies
(counter 4), the handover receipt (counter 5) and the complaint receipt
(counter 5) are recorded the same way: who printed, where, when, how many
copies, and for a reprint why. The first print of a document is the original
(PRINT), every later one a REPRINT, unless the caller names the kind (a
legalised copy, or a receipt the officer asked to mark as a copy). The caller
writes its own audit record and commits (the print belongs to its transaction).
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.services.context import Actor
from db.base import utcnow
from db.models import DocumentPrint

PRINT, REPRINT, LEGALISED = "PRINT", "REPRINT", "LEGALISIR"


def count(session: Session, document_id: str, kind: str | None = None) -> int:
    """How many times the document was printed (of one kind, when named)."""
    q = select(func.count()).select_from(DocumentPrint).where(DocumentPrint.document_id == document_id)
    if kind is not None:
        q = q.where(DocumentPrint.kind == kind)
    return session.scalar(q) or 0


def total_copies(session: Session, document_id: str | None, kind: str) -> int:
    """The copies of the document printed as `kind` (legalised copies handed out)."""
    return session.scalar(select(func.coalesce(func.sum(DocumentPrint.copies), 0)).where(
        DocumentPrint.document_id == document_id, DocumentPrint.kind == kind)) or 0


def record(session: Session, actor: Actor, document_id: str, kind: str | None = None, *,
           copies: int = 1, reason: str | None = None, at: datetime | None = None) -> DocumentPrint:
    """Record one print of a stored document (flushed, so its id can be audited)."""
    now = at or utcnow()
    if kind is None:
        kind = REPRINT if count(session, document_id) else PRINT
    p = DocumentPrint(document_id=document_id, kind=kind, copies=copies, reason=reason,
                      officer_id=actor.officer_id, workstation=actor.workstation, at=now,
                      created_by=actor.officer_id, created_ws=actor.workstation, created_at=now)
    session.add(p)
    session.flush()
    return p
