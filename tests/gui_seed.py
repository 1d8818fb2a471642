"""A few applications made through the services, for the GUI shell tests and
its screenshot (independent of the demo generator, so the tests stay exact)."""
from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select

from app import numbering, workflow
from app.services import applications
from app.services.context import Actor
from db.models import Applicant, Company, NumberSequence, PermitType, RequirementCheck

FIRST = ["Siti", "Ahmad", "Dewi", "Budi", "Rina", "Agus", "Putri", "Hendra", "Wulan", "Eko",
         "Nur", "Rizky", "Fitri", "Yusuf", "Ayu", "Dimas", "Intan", "Bayu", "Lestari", "Fajar"]
LAST = ["Rahayu", "Santoso", "Wijaya", "Lestari", "Saputra", "Hidayat", "Kurniawan",
        "Permata", "Nugroho", "Maharani", "Setiawan", "Pratama", "Utami", "Siregar", "Harahap"]

SYSTEM = Actor.system("LOKET2-A")
L2 = Actor("o-l2", "rina", "Rina Marlina", "198804122010012003", frozenset({"LOKET2"}), "LOKET2-A")
BO = Actor("o-bo", "yusuf", "Yusuf Hamdani", "198501012009011002", frozenset({"BACKOFFICE"}), "BO-1")
KASI = Actor("o-ks", "dewi", "Dewi Anggraini", "197903052005012001", frozenset({"KASI"}), "KASI-1")


def person(i: int) -> tuple[str, str]:
    name = f"{FIRST[i % len(FIRST)]} {LAST[(i * 7) % len(LAST)]}"
    # region 3201 (Kab. Bogor), kecamatan 01, birth date, serial: shaped like a NIK
    day = 1 + i % 28 + (40 if i % 2 else 0)
    nik = f"320101{day:02d}{1 + i % 12:02d}{80 + i % 20:02d}{i + 1:04d}"
    return name, nik


def seed(loket, n: int, advance: bool = True) -> list[str]:
    """n applications PMH-2026-00001…; every third is received, every ninth goes further."""
    base = datetime(2026, 11, 2, 1, 30)
    ids = []
    with loket.Session() as s:
        types = list(s.scalars(select(PermitType).order_by(PermitType.code)))
        for i in range(n):
            name, nik = person(i)
            pt = types[i % len(types)]
            ap = Applicant(nik=nik, name=name, birth_place="Bogor", gender="P" if i % 2 else "L",
                           occupation="Wiraswasta", address=f"Jl. Melati No. {i + 1}, RT 001/RW 002",
                           region_code="3201011001", postal_code="16911",
                           mobile=f"08121{i:06d}", email=f"pemohon{i}@contoh.id")
            company = None
            if i % 4 == 3:
                company = Company(name=f"CV {LAST[i % len(LAST)]} Sejahtera", nib=f"91203{i:08d}",
                                  address="Jl. Raya Cibinong No. 8")
            a = applications.create(
                s, SYSTEM, no_permohonan=f"PMH-2026-{i + 1:05d}", permit_type=pt, applicant=ap,
                company=company, applicant_type="PERUSAHAAN" if company else "PERORANGAN",
                source="ONLINE", submitted_at=base + timedelta(minutes=17 * i),
                location=f"Jl. Pahlawan No. {i + 3}")
            # create() stamps its event "now"; back-date it to the submission
            for ev in applications.events(s, a.id):
                ev.at = ev.created_at = a.submitted_at
            if advance and i % 3 == 0:
                at = base + timedelta(minutes=17 * i, hours=20)
                for pos, req in enumerate(pt.requirements):
                    s.add(RequirementCheck(application_id=a.id, requirement_id=req.id,
                                           present=req.mandatory or pos % 2 == 0,
                                           original=req.original_needed, sheets=1 + pos % 3))
                receipt = f"TT/LOKET2-A/2026/{i + 1:05d}"
                # the workstation's counter follows, as counter 2 would leave it: a file received
                # later through the service takes the next number, never one of these
                key = numbering.counter_key("receipt", at, L2.workstation)
                row = s.get(NumberSequence, key) or NumberSequence(key=key, value=0)
                row.value = max(row.value, i + 1)
                s.add(row)
                workflow.apply(s, a, "receive", L2, {"receipt_number": receipt}, at=at)
                a.receipt_number = receipt
                a.received_at = at
                a.due_date = (at + timedelta(days=7)).date()
                if i % 9 == 0:
                    workflow.apply(s, a, "verify", BO, {"result": "lengkap dan benar"},
                                   at=at + timedelta(hours=3))
                    if not pt.needs_review:
                        workflow.apply(s, a, "draft", BO, {"outcome": "IZIN"},
                                       at=at + timedelta(hours=5))
                        workflow.apply(s, a, "kasi_send_back", KASI,
                                       {"reason": "Nomor STR pada naskah belum sesuai"},
                                       at=at + timedelta(hours=26))
            ids.append(a.id)
        s.commit()
    return ids
