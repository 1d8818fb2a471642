"""Shared by the intake tests: a valid walk-in form and a filled-in checklist."""
from __future__ import annotations

from app.services import intake

# Valid NIKs: region 3276 (Kota Depok), a woman born 17-08-1990 (day + 40) and a man born 01-01-1990.
NIK_P = "3276015708900001"
NIK_L = "3276010101900002"
VILLAGE = "3276011006"   # Depok, Pancoran Mas, Kota Depok


def form(**over) -> dict:
    f = dict(applicant_type="PERORANGAN", id_type="KTP", nik=NIK_P, name="Siti Aminah",
             address="Jl. Margonda Raya No. 100, RT 01/RW 02", region_code=VILLAGE,
             mobile="081234567890", permit_type="SIP-DOK", kind="BARU", gender="P",
             birth_date="17-08-1990")
    f.update(over)
    return f


def complete(items: list[intake.Item], sheets: int = 1) -> list[intake.Item]:
    for it in items:
        it.present = True
        it.original = it.original_needed
        it.sheets = sheets
    return items


def walkin(session, actor, **over):
    return intake.register_walkin(session, actor, form(**over))
