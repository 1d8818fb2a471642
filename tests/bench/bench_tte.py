"""TTE per document: signing an SK draft (pyHanko, PAdES, into Loket's signature
field) and checking a signed SK the way the back office and counter 4 do
(app/tte.check_signed: digest, whole-file coverage, chain to the trust root at the
signing time, draft bytes, the signing revision's changes), against the bare
cryptography of the same job (one ECDSA P-256 signature / verification over the
file's SHA-256) in the same run. The draft is a real SK of the data set, rendered
with its number, QR and signature field (nothing is stored)."""
from __future__ import annotations

import hashlib

from tests.bench.registry import Result, bench, timed


def _draft(ctx):
    from sqlalchemy import select

    from app import demo, tte
    from app.runtime import open_loket
    from app.services import issuance, sksign
    from db.models import Application
    from tests.bench.bench_sk import _memory_keyring

    _memory_keyring()
    loket = open_loket(ctx.data_dir, backup=False)
    try:
        with loket.Session() as s:
            demo.fill_office(s)
            app = next(a for a in s.scalars(select(Application).where(
                Application.state == "ARCHIVED", Application.outcome == "IZIN").limit(60))
                if not issuance.signing(s, a).electronic)
            pdf, spot = sksign._render(s, app, app.permit_number or "503/0001/DPMPTSP/2026",
                                       issuance.signing(s, app).at)
            s.rollback()
    finally:
        loket.close()
    return tte.add_signature_field(pdf, tte.Spot(**spot))


@bench("documents")
def tte_sign_and_verify(ctx) -> list[Result]:
    from datetime import timedelta

    from asn1crypto import x509 as ax509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    from app import clock, tte

    draft = _draft(ctx)
    now = clock.utcnow()
    ca = tte.TestCA("Bench Root CA", now)
    signer = ca.issue("Kepala Dinas Bench", "3201010101700001")
    roots = [ax509.Certificate.load(ca.cert.public_bytes(serialization.Encoding.DER))]
    reps = 30 if ctx.full else 10
    sign_t = timed(lambda: signer.sign_pdf(draft, now), reps)
    signed = signer.sign_pdf(draft, now)
    key = signer.key
    raw_sign_t = timed(lambda: key.sign(hashlib.sha256(draft).digest(), ec.ECDSA(hashes.SHA256())), reps)
    verify_t = timed(lambda: tte.check_signed(signed, draft, roots, prepared_at=now - timedelta(minutes=1),
                                              now=now + timedelta(minutes=1)), reps)
    sig = key.sign(hashlib.sha256(signed).digest(), ec.ECDSA(hashes.SHA256()))
    pub = key.public_key()
    raw_verify_t = timed(lambda: pub.verify(sig, hashlib.sha256(signed).digest(), ec.ECDSA(hashes.SHA256())), reps)
    note = f"draft {len(draft) // 1024} KiB, signed {len(signed) // 1024} KiB"
    return (Result.compare("TTE: sign an SK draft (pyHanko PAdES, test CA), per document", sign_t, raw_sign_t,
                           limit=250, note=note)
            + Result.compare("TTE: check a signed SK (chain, coverage, draft bytes, changes), per document",
                             verify_t, raw_verify_t, limit=250, note=note))
