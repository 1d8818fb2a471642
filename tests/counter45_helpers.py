"""Bring applications to SIGNED for the counter 4/5 tests, the way the office does:
registered and received (counter 2), then verified, drafted, validated and
signed through the back-office service."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select

from app import demo, workflow
from app.services import applications, backoffice
from db.models import Applicant, Application, Company, PermitType
from tests.conftest import make_actor

LOKET2 = make_actor("LOKET2", name="Rina Loket Dua")
ANALYST = make_actor("BACKOFFICE", name="Budi Analis", workstation="BO-1")
KASI = make_actor("KASI", name="Sari Kasi", workstation="BO-2")
KABID = make_actor("KABID", name="Joko Kabid", workstation="BO-3")
KADIN = make_actor("KADIN", name="Dr. Hj. Siti Rahmawati, M.Si.", workstation="KADIN")
LOKET4 = make_actor("LOKET4", name="Andi Loket Empat", workstation="LOKET4-A")
LOKET5 = make_actor("LOKET5", name="Maya Loket Lima", workstation="LOKET5-A")

TECH = {
    "SIP-DOK": {"Nama fasilitas pelayanan kesehatan": "Klinik Pratama Sehat Sentosa",
                "Alamat tempat praktik": "Jl. Merdeka No. 10, Contoh",
                "Nomor STR": "3121100220145678", "Jadwal praktik": "Senin–Jumat 16.00–20.00"},
    "REKLAME": {"Jenis reklame": "Papan nama (billboard)", "Ukuran (m × m)": "4 × 6",
                "Jumlah muka": "2", "Titik lokasi (koordinat)": "-6.2001, 106.8166",
                "Naskah reklame": "Kopi Kenangan Senja — Buka 24 Jam"},
}

def received(session, code: str = "SIP-DOK", *, name: str = "dr. Ahmad Fauzi <b>& Rekan</b>",
             company: bool = False) -> str:
    demo.fill_office(session)   # the office's own regulations: an SK refuses to print without them
    n = (session.scalar(select(func.count()).select_from(Application)) or 0) + 1
    pt = session.scalar(select(PermitType).where(PermitType.code == code))
    applicant = Applicant(name=name, nik="3201011204850003", birth_place="Bandung",
                          birth_date=date(1985, 4, 12), gender="L", occupation="Dokter",
                          address="Jl. Kenanga No. 5 RT 01/RW 02, Kel. Sukamaju, Kec. Contoh",
                          mobile="081234567890")
    co = None
    if company:
        co = Company(name="PT Maju Jaya Abadi", nib="9120001234567", npwp="01.234.567.8-901.000",
                     address="Jl. Industri Raya No. 7, Contoh")
        session.add(co)
    session.add(applicant)
    session.flush()
    app = applications.create(session, LOKET2, no_permohonan=f"PMH-2026-{n:05d}", permit_type=pt,
                              applicant=applicant, company=co,
                              applicant_type="PERUSAHAAN" if company else "PERORANGAN",
                              location="Jl. Merdeka No. 10, Kel. Sukamaju, Kec. Contoh",
                              source="ONLINE", submitted_at=datetime(2026, 11, 2, 2, 30))
    receipt = f"TT/LOKET2-A/2026/{n:05d}"
    workflow.apply(session, app, "receive", LOKET2, {"receipt_number": receipt})
    app.receipt_number = receipt
    app.received_at = datetime(2026, 11, 3, 2, 0)
    session.commit()
    return app.no_permohonan


def signed(session, code: str = "SIP-DOK", *, tte: bool = False, pages: int = 1,
           outcome: str = "IZIN", company: bool = False, technical: dict | None = None,
           stop_at_approval: bool = False, **kw) -> str:
    """An application signed by the head of office: with a TTE-signed PDF attached
    (tte=True, see tte_pdf_for) or by hand."""
    no = received(session, code, company=company, **kw)
    if tte:
        from tests.tte_helpers import install_trust
        install_trust(session)
    pt = applications.get(session, no).permit_type
    tech = technical or TECH.get(code) or {f: f"isi {f}" for f in (pt.technical_fields or [])}
    if outcome == "IZIN":
        backoffice.verify(session, ANALYST, no, technical=tech, result="MEMENUHI")
        if pt.needs_review:
            backoffice.schedule_review(session, ANALYST, no, scheduled_at=datetime(2026, 11, 4, 9),
                                       kind="LAPANGAN", team=["Tim Teknis Reklame"])
            backoffice.record_review(session, ANALYST, no, recommendation="SETUJU",
                                     bap_number="BAP/01/2026", bap_date=date(2026, 11, 4))
        backoffice.draft(session, ANALYST, no, outcome="IZIN",
                         conditions=["Memasang papan nama praktik.", "Melaporkan perubahan jadwal praktik."])
    else:
        backoffice.verify(session, ANALYST, no, technical=tech, result="TIDAK_MEMENUHI",
                          note="STR sudah tidak berlaku")
        backoffice.draft(session, ANALYST, no, outcome="PENOLAKAN",
                         reasons=["Surat Tanda Registrasi (STR) sudah tidak berlaku.",
                                  "Rekomendasi organisasi profesi tidak dilampirkan."])
    backoffice.approve(session, KASI, no)
    backoffice.approve(session, KABID, no)
    if stop_at_approval:
        return no
    if tte:
        backoffice.sign(session, KADIN, no, signed_pdf=tte_pdf_for(session, no), filename="sk-tte.pdf")
    else:
        backoffice.sign(session, KADIN, no, signer_name="Dr. Hj. Siti Rahmawati, M.Si.")
    return no


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
