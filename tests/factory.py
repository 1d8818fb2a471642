"""One way for the tests to make a file in any state: walk app/workflow.py's ACTIONS.

`file_in(session, "SIGNED")` registers an application the way counter 2 does and then
applies, one by one, the actions on the shortest path of the workflow table from
RECEIVED to the state asked for — through the same dispatcher as `loket act`
(`app.cli.act._run`), so roles, guards, audit records, numbers and documents are the
real ones. The path is found in the table, never written here: a step added to the
SOP is walked by every test that builds a file past it. Send-backs are taken only
when the state cannot be reached otherwise (REVISION). A permit type that needs a
technical review is walked through schedule_review and record_review; one that does
not goes from VERIFIED straight to the draft (the table's guard decides).

Each action gets the data an officer would type (`defaults`); `sets` overrides it per
action key. The older helpers (`tests/counter45_helpers.py`, `received_file` in
`tests/backoffice_support.py`) are thin wrappers of this module.
"""
from __future__ import annotations

import tempfile
from collections import deque
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import clock, workflow
from app.services import applications
from db.models import Applicant, Application, Company, PermitType
from tests.conftest import make_actor

# One officer per role, the people a file meets on its way.
ACTORS = {
    workflow.LOKET2: make_actor(workflow.LOKET2, name="Rina Loket Dua"),
    workflow.BACKOFFICE: make_actor(workflow.BACKOFFICE, name="Budi Analis", workstation="BO-1"),
    workflow.KASI: make_actor(workflow.KASI, name="Sari Kasi", workstation="BO-2"),
    workflow.KABID: make_actor(workflow.KABID, name="Joko Kabid", workstation="BO-3"),
    workflow.KADIN: make_actor(workflow.KADIN, name="Dr. Hj. Siti Rahmawati, M.Si.", workstation="KADIN"),
    workflow.LOKET4: make_actor(workflow.LOKET4, name="Andi Loket Empat", workstation="LOKET4-A"),
    workflow.LOKET5: make_actor(workflow.LOKET5, name="Maya Loket Lima", workstation="LOKET5-A"),
}

# What the analyst types as technical data for the permit types the tests use most.
TECH = {
    "SIP-DOK": {"Nama fasilitas pelayanan kesehatan": "Klinik Pratama Sehat Sentosa",
                "Alamat tempat praktik": "Jl. Merdeka No. 10, Contoh",
                "Nomor STR": "3121100220145678", "Jadwal praktik": "Senin–Jumat 16.00–20.00"},
    "REKLAME": {"Jenis reklame": "Papan nama (billboard)", "Ukuran (m × m)": "4 × 6",
                "Jumlah muka": "2", "Titik lokasi (koordinat)": "-6.2001, 106.8166",
                "Naskah reklame": "Kopi Kenangan Senja — Buka 24 Jam"},
}

CREATED = {"SUBMITTED": "ONLINE", "DRAFT": "WALKIN"}
# created here, not by the walk: counter 2's accept and the online import are not workflow steps the
# dispatcher can take from nothing (they make the application)
NOT_WALKED = {"submit_online", "register_walkin", "prepare_sign", "archive"}


def path_to(state: str, *, review: bool, start: str = "RECEIVED") -> list[str]:
    """The action keys leading from `start` to `state` (shortest; send-backs last resort)."""
    if state == start:
        return []
    for allow_back in (False, True):
        seen = {start}
        todo: deque[tuple[str, list[str]]] = deque([(start, [])])
        while todo:
            here, path = todo.popleft()
            for a in workflow.ACTIONS.values():
                if a.key in NOT_WALKED or here not in a.from_states or a.to_state in seen:
                    continue
                if workflow.is_send_back(a.key) and not allow_back:
                    continue
                if a.key in ("schedule_review", "record_review") and not review:
                    continue
                if a.key == "draft" and here == "VERIFIED" and review:
                    continue   # the table's rule: from VERIFIED only without a review
                if a.key == "decline_survey":
                    continue   # the survey is filled in on the way
                if a.to_state == state:
                    return [*path, a.key]
                seen.add(a.to_state)
                todo.append((a.to_state, [*path, a.key]))
    raise ValueError(f"{state} cannot be reached from {start} in workflow.ACTIONS")


def defaults(action: str, app: Application, *, outcome: str = "IZIN", technical: dict | None = None) -> dict:
    """What the officer of this step types (the `--set` pairs of `loket act`)."""
    pt = app.permit_type
    tech = technical or TECH.get(pt.code) or {f: f"isi {f}" for f in (pt.technical_fields or [])}
    if action == "receive":
        return {"complete": "ya"}
    if action == "return":
        return {"reason": "Persyaratan belum lengkap"}
    if action == "verify":
        base = {"result": "MEMENUHI" if outcome == "IZIN" else "TIDAK_MEMENUHI"}
        if outcome != "IZIN":
            base["note"] = "STR sudah tidak berlaku"
        return base | {f"teknis.{k}": v for k, v in tech.items()}
    day = clock.today().isoformat()   # the review is held and recorded on the day (the pinned clock)
    if action == "schedule_review":
        return {"scheduled_at": f"{day}T13:00", "kind": "LAPANGAN", "team": "Tim Teknis Reklame",
                "place": "Lokasi pemohon"}
    if action == "record_review":
        return {"recommendation": "SETUJU", "bap_number": "BAP/01/2026", "bap_date": day}
    if action == "draft":
        if outcome == "IZIN":
            return {"outcome": "IZIN", "conditions": "Memasang papan nama praktik.;Melaporkan perubahan jadwal praktik."}
        return {"outcome": "PENOLAKAN", "reasons": "Surat Tanda Registrasi (STR) sudah tidak berlaku.;"
                "Rekomendasi organisasi profesi tidak dilampirkan."}
    if action.endswith("send_back"):
        return {"reason": "Mohon perbaiki naskah."}
    if action == "sign":
        return {"signer_name": "Dr. Hj. Siti Rahmawati, M.Si."}
    if action == "survey":
        from app.services import ikm
        prof = ikm.profile()   # the choices of the office's own questionnaire (skm.toml)
        return {f"U{i}": "4" for i in range(1, 10)} | {"age": "39", "gender": "L", "education": prof.educations[-1],
                                                       "occupation": prof.occupations[0]}
    if action == "hand_over":
        return {"recipient_name": app.applicant_name, "recipient_id_type": "KTP",
                "recipient_id_number": app.applicant_nik or "3201011204850003",
                "receipt_proof": app.receipt_number}
    return {}


def register(session: Session, code: str = "SIP-DOK", *, state: str = "SUBMITTED",
             name: str = "dr. Ahmad Fauzi <b>& Rekan</b>", nik: str = "3201011204850003",
             company: bool = False, no: str | None = None, submitted_at: datetime | None = None) -> Application:
    """A new application as the online import (SUBMITTED) or a walk-in (DRAFT) leaves it."""
    from app import demo
    demo.fill_office(session)   # the office's own regulations: an SK refuses to print without them
    n = (session.scalar(select(func.count()).select_from(Application)) or 0) + 1
    pt = session.scalar(select(PermitType).where(PermitType.code == code))
    if pt is None:
        raise ValueError(f"no permit type {code}")
    applicant = Applicant(name=name, nik=nik, birth_place="Bandung", birth_date=date(1985, 4, 12), gender="L",
                          occupation="Dokter", address="Jl. Kenanga No. 5 RT 01/RW 02, Kel. Sukamaju, Kec. Contoh",
                          mobile="081234567890")
    co = None
    if company:
        co = Company(name="PT Maju Jaya Abadi", nib="9120001234567", npwp="01.234.567.8-901.000",
                     address="Jl. Industri Raya No. 7, Contoh")
        session.add(co)
    session.add(applicant)
    session.flush()
    app = applications.create(session, ACTORS[workflow.LOKET2], no_permohonan=no or f"PMH-2026-{n:05d}",
                              permit_type=pt, applicant=applicant, company=co,
                              applicant_type="PERUSAHAAN" if company else "PERORANGAN",
                              location="Jl. Merdeka No. 10, Kel. Sukamaju, Kec. Contoh",
                              source=CREATED.get(state, "ONLINE"), submitted_at=submitted_at or datetime(2026, 11, 2, 2, 30))
    session.commit()
    return app


def act(session: Session, no: str, action: str, sets: dict) -> None:
    """One step, by the officer whose role the table names first for it."""
    from app.cli.act import _run
    app = applications.get(session, no)
    role = next(r for r in workflow.ACTIONS[action].roles if r in ACTORS)
    _run(session, ACTORS[role], app, action, sets)


def file_in(session: Session, state: str, code: str = "SIP-DOK", *, outcome: str = "IZIN",
            technical: dict | None = None, tte: bool = False, sets: dict[str, dict] | None = None,
            walk_in: bool = False, **register_kw) -> str:
    """An application in `state`, walked there through the workflow table; its number.
    It starts online (SUBMITTED), or as a walk-in at counter 2 (DRAFT) with `walk_in`."""
    app = register(session, code, state="DRAFT" if walk_in or state == "DRAFT" else "SUBMITTED", **register_kw)
    no = app.no_permohonan
    if state in CREATED:
        return no
    review = bool(app.permit_type.needs_review)
    # the handover archives the file in the same transaction (app/services/handover.py)
    target = "HANDED_OVER" if state == "ARCHIVED" else state
    steps = ["receive", *path_to(target, review=review)] if state != "RETURNED" else ["return"]
    if tte:
        from tests.tte_helpers import install_trust
        install_trust(session)
    for step in steps:
        app = applications.get(session, no)
        data = defaults(step, app, outcome=outcome, technical=technical) | (sets or {}).get(step, {})
        if step == "sign" and tte:
            from tests.tte_helpers import sign_draft
            with tempfile.TemporaryDirectory() as tmp:
                pdf = Path(tmp) / "sk-tte.pdf"
                pdf.write_bytes(sign_draft(session, no))
                act(session, no, step, {"pdf": str(pdf)})
            continue
        act(session, no, step, data)
    session.expire_all()
    return no
