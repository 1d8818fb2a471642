"""Applications for the counter 4/5 tests, made by tests/factory.py (the workflow table walked
through the services), and the recipient at counter 5."""
from __future__ import annotations

from app import workflow
from app.services import applications
from tests import factory

LOKET2 = factory.ACTORS[workflow.LOKET2]
ANALYST = factory.ACTORS[workflow.BACKOFFICE]
KASI = factory.ACTORS[workflow.KASI]
KABID = factory.ACTORS[workflow.KABID]
KADIN = factory.ACTORS[workflow.KADIN]
LOKET4 = factory.ACTORS[workflow.LOKET4]
LOKET5 = factory.ACTORS[workflow.LOKET5]

TECH = factory.TECH

def received(session, code: str = "SIP-DOK", *, name: str = "dr. Ahmad Fauzi <b>& Rekan</b>",
             company: bool = False) -> str:
    """Registered online and received at counter 2 (receipt printed)."""
    return factory.file_in(session, "RECEIVED", code, name=name, company=company)


def signed(session, code: str = "SIP-DOK", *, tte: bool = False, outcome: str = "IZIN", company: bool = False,
           technical: dict | None = None, stop_at_approval: bool = False, **kw) -> str:
    """An application signed by the head of office: with a TTE-signed PDF attached
    (tte=True, see tte_pdf_for) or by hand."""
    return factory.file_in(session, "KABID_APPROVED" if stop_at_approval else "SIGNED", code, outcome=outcome,
                           technical=technical, tte=tte, company=company, **kw)


def tte_pdf_for(session, no_permohonan: str) -> bytes:
    """What the BSrE signing application returns: Loket's draft of this application,
    signed with the suite's test CA (installed as the office's trust root)."""
    from tests.tte_helpers import install_trust, sign_draft
    install_trust(session)
    return sign_draft(session, no_permohonan)


def approved(session, code: str = "SIP-DOK", **kw) -> str:
    """An application the Kabid approved: numbered, its final SK PDF stored (KABID_APPROVED)."""
    return signed(session, code, tte=True, stop_at_approval=True, **kw)


def recipient(session, no: str, **kw):
    """The applicant in person, with the receipt of counter 2 shown (its QR scanned)."""
    from app.services import handover
    app = applications.get(session, no)
    proof = kw.pop("receipt_proof", None)
    if proof is None:
        proof = app.receipt_number
    return handover.Recipient(kw.pop("name", app.applicant_name), kw.pop("id_type", "KTP"),
                              kw.pop("id_number", app.applicant_nik or "3201011204850003"),
                              receipt_proof=proof, **kw)
