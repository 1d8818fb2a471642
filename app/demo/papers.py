"""The demo's papers: what the counters printed for the most recent files.

The bulk load writes histories only; a stored receipt is a PDF per file, far
too dear for a million of them. A training session, though, tries the recent
files: `loket print receipt NOMOR`, counter 4's print history, counter 5's
handover receipt. So after the load (and after app/demo/tte.py, whose signed
SKs counter 4 prints), the files the officers touched last — at most BUDGET,
which covers every file of `make run`'s 300-application demo that reached a
counter — get what the counters would have stored, each at the time of its
event, by the same renderers (app/services/intake.py, handover.py,
issuance.py) and with the print recorded in the one place prints are
recorded (app/services/printing.py):
- the receipt of counter 2 (`receive`), the return slip (`return`);
- the SK as counter 4 printed it (`print_sk`): the signed PDF where one is
  stored, else generated and stored as the first print does (at most
  SK_BUDGET: an SK render is the dearest page here);
- the handover receipt of counter 5 (`hand_over`), linked from its handover.
Older files keep their numbers without papers, and the counters say so plainly.

A hand-over row is append-only (app/sync/tables.py): written once, whole, never
completed by a later UPDATE (which the central database would refuse, and the
workstation's own guard too once it went up, app/sync/capture.py). So the load
keeps back the hand-overs of the files touched last (app/demo/simulation.py
`held_handovers`, twice the budget) and `finish` writes them, each with the
receipt (and SK) it stored for it; a file beyond them keeps its receipt PDF
unlinked (counter 5 finds it by its kind all the same).
"""
from __future__ import annotations

import hashlib
import logging
from collections import defaultdict
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import config
from app.demo.roster import roster
from app.documents import base
from app.services import handover, intake, issuance, printing
from app.services.context import Actor, ServiceError
from db.models import Application, IssuedDocument, WorkflowEvent
from db.models.documents import Handover
from db.values import uuid_text

log = logging.getLogger("loket.demo")

BUDGET = 200
SK_BUDGET = 40
ACTIONS = ("receive", "return", "print_sk", "hand_over")


def _actor(ev: WorkflowEvent, nips: dict[str, str]) -> Actor:
    return Actor(ev.actor_id, "", ev.actor_name or "-", nips.get(ev.actor_name or ""), frozenset(),
                 ev.workstation or "")


def _store(s: Session, app: Application, ev: WorkflowEvent, kind: str, number: str | None, pdf: bytes,
           data: dict[str, Any], copies: int = 1, nips: dict[str, str] | None = None) -> IssuedDocument:
    doc = IssuedDocument(application_id=app.id, kind=kind, number=number, sha256=hashlib.sha256(pdf).hexdigest(),
                         pdf=pdf, issued_at=ev.at, issued_by=ev.actor_id, workstation=ev.workstation,
                         created_by=ev.actor_id, created_ws=ev.workstation, created_at=ev.at,
                         data={**data, "demo": True})
    s.add(doc)
    s.flush()
    printing.record(s, _actor(ev, nips or {}), doc.id, printing.PRINT, copies=copies, at=ev.at)
    return doc


def finish(loket: Any, budget: int | None = None, sk_budget: int | None = None,
           handovers: list[tuple[Any, ...]] | None = None) -> dict[str, int]:
    """The papers of the `budget` files touched last. `handovers`: the hand-over rows the
    load kept back (simulation FIELDS["handover"] order), written here with their papers."""
    budget = BUDGET if budget is None else budget
    sk_budget = SK_BUDGET if sk_budget is None else sk_budget
    out = {"receipts": 0, "return_slips": 0, "sk": 0, "handover_receipts": 0}
    nips = {o.name: o.nip for o in roster()}
    held = Held(handovers or [])
    with loket.Session() as s:
        apps = list(s.scalars(select(Application).where(Application.received_at.is_not(None)
                                                        | (Application.state == "RETURNED"))
                              .order_by(Application.updated_at.desc()).limit(budget)))
        if not apps:
            held.write(s)
            s.commit()
            return out
        by_app: dict[str, list[WorkflowEvent]] = defaultdict(list)
        for ev in s.scalars(select(WorkflowEvent).where(
                WorkflowEvent.application_id.in_([a.id for a in apps]), WorkflowEvent.action.in_(ACTIONS))
                .order_by(WorkflowEvent.application_id, WorkflowEvent.seq)):
            by_app[ev.application_id].append(ev)
        done = {d for d, in s.execute(select(IssuedDocument.application_id).where(
            IssuedDocument.application_id.in_([a.id for a in apps]),
            IssuedDocument.kind.in_((intake.RECEIPT, intake.RETURN_SLIP, handover.RECEIPT_KIND))))}
        tz = config.get(s, "office.timezone")
        paper = config.get(s, "intake.receipt_paper").upper()
        for app in apps:
            if app.id in done:       # an earlier run (or an officer) already stored its papers
                continue
            items = intake.checklist(s, app)
            sk_doc: IssuedDocument | None = None
            for ev in by_app.get(app.id, []):
                data = ev.data or {}
                local = base.local_time(ev.at, tz)
                officer, nip = ev.actor_name or "-", nips.get(ev.actor_name or "")
                if ev.action == "receive" and data.get("receipt_number") and app.due_date:
                    pdf, qr = intake.receipt_pdf(s, app, items, data["receipt_number"], local, app.due_date,
                                                 officer, nip, paper)
                    _store(s, app, ev, intake.RECEIPT, data["receipt_number"], pdf,
                           {"paper": paper, "qr": qr, "due_date": app.due_date.isoformat(),
                            "service_days": app.permit_type.service_days,
                            "duration_seconds": data.get("duration_seconds")}, nips=nips)
                    out["receipts"] += 1
                elif ev.action == "return" and data.get("slip_number"):
                    missing = [{"name": m, "mandatory": True, "reason": None} for m in data.get("missing") or ()]
                    slip_paper = "A5" if paper == "ROLL80" else paper
                    pdf, qr = intake.return_slip_pdf(s, app, items, missing, data.get("reason") or "",
                                                     data["slip_number"], local, officer, nip, slip_paper)
                    _store(s, app, ev, intake.RETURN_SLIP, data["slip_number"], pdf,
                           {"paper": slip_paper, "qr": qr, "missing": missing, "reason": data.get("reason") or "",
                            "duration_seconds": data.get("duration_seconds")}, nips=nips)
                    out["return_slips"] += 1
                elif ev.action == "print_sk":
                    sk_doc = _print_sk(s, app, ev, nips, out["sk"] < sk_budget)
                    out["sk"] += sk_doc is not None
                elif ev.action == "hand_over" and data.get("receipt_number"):
                    _hand_over(s, app, ev, local, sk_doc, nips, held)
                    out["handover_receipts"] += 1
        held.write(s)
        s.commit()
    return out


class Held:
    """The hand-over rows the load kept back, by file, completed with their papers' ids
    and then written in one go, through the load's own row writer (app/demo/bulk.py)."""

    def __init__(self, rows: list[tuple[Any, ...]]) -> None:
        from app.demo.simulation import FIELDS
        self.names = FIELDS["handover"]
        app_at, self.sk_at, self.receipt_at = (self.names.index(k) for k in
                                               ("application_id", "sk_document_id", "receipt_document_id"))
        self.rows = {uuid_text(r[app_at]): list(r) for r in rows}

    def link(self, app_id: str, sk_document_id: str | None, receipt_document_id: str) -> bool:
        row = self.rows.get(app_id)
        if row is None:
            return False
        row[self.sk_at], row[self.receipt_at] = sk_document_id, receipt_document_id
        return True

    def write(self, s: Session) -> None:
        """INSERTs on the session's own connection (its transaction: with the papers),
        queued for sync by the capture trigger as any officer's hand-over."""
        if not self.rows:
            return
        from app.demo.bulk import TableWriter
        raw = s.connection().connection.driver_connection
        assert raw is not None
        from db import textcode
        # the words coded here (db/base.py CodedText), not by the insert trigger's UPDATE per row;
        # read now: nothing else writes to the dictionary until the flush below
        writer = TableWriter(lambda sql, rows: raw.executemany(sql, rows), Handover.__table__,
                             words=textcode.Encoder(raw, deferred=True))
        add = writer.fields(self.names)
        for row in self.rows.values():
            add(tuple(row))
        writer.flush()
        self.rows.clear()


def write_held(loket: Any, handovers: list[tuple[Any, ...]]) -> None:
    """The kept-back hand-overs without papers (papers.finish failed): no file loses its row."""
    with loket.Session() as s:
        Held(handovers).write(s)
        s.commit()


def _print_sk(s: Session, app: Application, ev: WorkflowEvent, nips: dict[str, str],
              may_render: bool) -> IssuedDocument | None:
    """The SK counter 4 printed: the signed PDF (app/demo/tte.py), else the generated one."""
    doc = issuance.signed_pdf_document(s, app)
    if doc is not None:
        printing.record(s, _actor(ev, nips), doc.id, printing.PRINT,
                        copies=int((ev.data or {}).get("copies") or 1), at=ev.at)
        return doc
    if not may_render:
        return None
    try:
        pdf = issuance.generate(s, app)
    except ServiceError:     # recorded as TTE without a signed PDF: counter 4 says why
        return None
    sig = issuance.signing(s, app)
    return _store(s, app, ev, issuance.GENERATED_KIND, sig.number if sig else None, pdf,
                  {"template": issuance.template_name(app), "electronic": False, "template_revision": 0},
                  copies=int((ev.data or {}).get("copies") or 1), nips=nips)


def _hand_over(s: Session, app: Application, ev: WorkflowEvent, local: datetime,
               sk_doc: IssuedDocument | None, nips: dict[str, str], held: Held) -> None:
    data = ev.data or {}
    proxy_date = data.get("proxy_letter_date")
    r = handover.Recipient(data.get("recipient_name") or app.applicant_name, data.get("recipient_id_type") or "KTP",
                           data.get("recipient_id_number") or "", by_proxy=bool(data.get("by_proxy")),
                           proxy_letter_number=data.get("proxy_letter_number"),
                           proxy_letter_date=datetime.fromisoformat(proxy_date).date() if proxy_date else None)
    sig = issuance.signing(s, app)
    permit_number = (sig.number if sig else None) or app.permit_number or "-"
    surveyed = s.scalar(select(WorkflowEvent.id).where(WorkflowEvent.application_id == app.id,
                                                       WorkflowEvent.action == "survey").limit(1)) is not None
    pdf = handover.receipt_document(s, app, data["receipt_number"], r, local, ev.actor_name or "-",
                                    nips.get(ev.actor_name or ""), permit_number, surveyed=surveyed)
    doc = _store(s, app, ev, handover.RECEIPT_KIND, data["receipt_number"], pdf,
                 {"permit_number": permit_number}, nips=nips)
    if not held.link(app.id, sk_doc.id if sk_doc is not None else None, doc.id):
        # its hand-over went with the load (a file beyond the ones kept back): it stays as
        # written, never completed by an UPDATE; the receipt is found by its kind
        log.info("demo: hand-over receipt of %s stored unlinked", app.no_permohonan)
