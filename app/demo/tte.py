"""The demo's electronic signatures: SKs that print because they are really signed.

After `loket demo` has written its history, this module:
- makes a demo certificate authority, named as what it is ("Loket DEMO Root CA —
  BUKAN BSrE"), and installs its root as a trust root of this workstation
  (tte.trust_roots, a PEM file in the data folder) — an office never trusts it:
  remove that file from tte.trust_roots before going live;
- issues the demo Kadis a certificate (demo NIK) and signs, with pyHanko, the
  final SK PDF of the files recorded as TTE-signed that counter 4 or 5 still has
  to print or hand over, the newest first (at most SIGNED_BUDGET: on a big demo
  the older ones stay without a signed PDF, and counter 4 refuses them plainly,
  as it would a real one), each on its own draft, as the Kadis would through BSrE;
- prepares the SK (number, final PDF) of files waiting for the Kadis
  (KABID_APPROVED, at most PREPARE_BUDGET), as the Kabid's approval does.

Everything goes through app/services/sksign.py, so a demo SK is checked at
counter 4 exactly like a real one.
"""
from __future__ import annotations

import hashlib
import logging
from datetime import timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import clock, config, tte
from app.services.context import Actor

log = logging.getLogger("loket.demo")

DEMO_CA_NAME = "Loket DEMO Root CA — BUKAN BSrE (hanya untuk demo)"
DEMO_NIK = "3201010101700001"
PRINTABLE = ("SIGNED", "PRINTED", "SURVEYED")
SIGNED_BUDGET = 20
PREPARE_BUDGET = 12


def _install_root(session: Session, folder: Any, ca: tte.TestCA) -> str:
    path = folder / "tte" / "demo-root-ca.pem"
    path.parent.mkdir(parents=True, exist_ok=True)
    old = path.read_bytes() if path.exists() else b""
    path.write_bytes(old + ca.pem())           # earlier demo runs' roots stay trusted
    roots = tte.split_paths(config.get(session, "tte.trust_roots") or "")
    if str(path) not in roots:
        config.set_(session, "tte.trust_roots", ";".join([*roots, str(path)]))
    return str(path)


def finish(loket: Any) -> dict[str, Any]:
    from app.services import sksign
    from db.models import Application, IssuedDocument, WorkflowEvent

    out = {"signed": 0, "prepared": 0}
    with loket.Session() as s:
        evs = []
        for st in PRINTABLE:     # the files counter 4 is about to print first
            rows = s.scalars(select(WorkflowEvent).join(Application, Application.id == WorkflowEvent.application_id)
                             .where(WorkflowEvent.action == "sign", Application.state == st)
                             .order_by(WorkflowEvent.at.desc()).limit(SIGNED_BUDGET * 2))
            evs += [e for e in rows if (e.data or {}).get("signature") == "TTE"]
        evs = evs[:SIGNED_BUDGET]
        waiting = list(s.scalars(select(Application).where(Application.state == "KABID_APPROVED")
                                 .order_by(Application.state_since.desc()).limit(PREPARE_BUDGET)))
        if not evs and not waiting:
            return out
        kadis = next((e.data.get("signer_name") for e in evs if (e.data or {}).get("signer_name")), None)
        if not config.get(s, "office.head_name") and kadis:
            config.set_(s, "office.head_name", kadis)
        if not config.get(s, "tte.head_nik"):
            config.set_(s, "tte.head_nik", DEMO_NIK)
        name = config.get(s, "office.head_name") or "Kepala Dinas"
        ca = tte.TestCA(DEMO_CA_NAME, clock.utcnow())
        signer = ca.issue(name, config.get(s, "tte.head_nik"))
        _install_root(s, loket.data_dir, ca)
        s.commit()
        system = Actor.system(loket.workstation)
        for ev in evs:
            app = s.get(Application, ev.application_id)
            number = app.permit_number or (ev.data or {}).get("number") or ""
            if not number:
                continue
            prepared_at = ev.at - timedelta(hours=2)
            pdf, spot = sksign._render(s, app, number, prepared_at)
            draft = tte.add_signature_field(pdf, tte.Spot(**spot))
            ddoc = IssuedDocument(application_id=app.id, kind=sksign.DRAFT_KIND, number=number,
                                  sha256=hashlib.sha256(draft).hexdigest(), pdf=draft, issued_at=prepared_at,
                                  workstation=loket.workstation, created_ws=loket.workstation,
                                  data={"outcome": app.outcome or "IZIN", "spot": tte.Spot(**spot).as_dict(),
                                        "field": tte.FIELD_NAME, "prepared_at": prepared_at.isoformat(),
                                        "approval_id": sksign._approval_id(s, app), "demo": True})
            s.add(ddoc)
            s.flush()
            signed = signer.sign_pdf(draft, ev.at - timedelta(minutes=5))
            verdict = sksign.check_signed(s, app, ddoc, signed, now=ev.at)
            kind = "SK_SIGNED" if (app.outcome or "IZIN") == "IZIN" else "PENOLAKAN_SIGNED"
            s.add(IssuedDocument(application_id=app.id, kind=kind, number=number, sha256=verdict.sha256,
                                 pdf=signed, issued_at=ev.at, workstation=ev.workstation,
                                 created_ws=ev.workstation,
                                 data={"draft_id": ddoc.id, "signature": "TTE", "via": "DEMO",
                                       "signer_name": verdict.signer_name, "demo": True,
                                       "certificate": {k: v for k, v in verdict.as_dict().items()
                                                       if k != "warnings"}}))
            out["signed"] += 1
        for app in waiting:
            approval = s.scalar(select(WorkflowEvent.at).where(
                WorkflowEvent.application_id == app.id, WorkflowEvent.action == "kabid_approve")
                .order_by(WorkflowEvent.at.desc()).limit(1))
            sksign.prepare(s, system, app, at=(approval or clock.utcnow()) + timedelta(microseconds=1))
            out["prepared"] += 1
        s.commit()
    return out
