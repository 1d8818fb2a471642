"""What Loket already knows about a file, for the fields it would otherwise ask
again: a permit type's technical data (`data_teknis`) named like something the
file holds gets that value as its starting text.

Only sure matches, by the field's words: the place of the activity ("Alamat
tempat praktik", "Lokasi penelitian", "Alamat usaha") is the file's "Lokasi
izin"; the name of the business ("Nama apotek", "Nama tempat usaha", "Nama toko
obat") is the company's name when a company applies. Anything else (a
registration number, coordinates, a name of a person in charge) is left for
the officer: a wrong guess typed over is worse than an empty field.
"""
from __future__ import annotations

import re
from typing import Any

_PLACE = re.compile(r"^(alamat\b|lokasi\b(?!.*koordinat))", re.IGNORECASE)
_BUSINESS = re.compile(r"^nama (apotek|toko obat|optikal|tempat usaha|usaha)\b", re.IGNORECASE)


def source_of(field_name: str) -> str | None:
    """"location" / "company_name" when the field is one of those, else None."""
    name = " ".join(field_name.split())
    if _PLACE.search(name) and "koordinat" not in name.lower():
        return "location"
    if _BUSINESS.search(name):
        return "company_name"
    return None


def technical(field_names: Any, *, location: str | None, company_name: str | None) -> dict[str, str]:
    """{field name: value} for the fields of `field_names` whose value the file already has."""
    values = {"location": (location or "").strip(), "company_name": (company_name or "").strip()}
    out = {}
    for name in field_names:
        src = source_of(name)
        if src and values[src]:
            out[name] = values[src]
    return out
