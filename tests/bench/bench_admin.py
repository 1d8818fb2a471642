"""Importing an office's permit types: 150 types of 8 requirements and 4
technical fields each, through `permit_types.import_toml` (parse the TOML,
check every type and its SK template, write all in one audited transaction),
into a fresh data folder — against the same rows inserted with bare
SQLAlchemy Core in one transaction (no checks, no audit), in the same run."""
from __future__ import annotations

import tempfile
from pathlib import Path

from tests.bench.registry import Result, bench

N_TYPES = 150


def permit_file(n: int = N_TYPES) -> str:
    from app.services.permit_types import FieldSpec, PermitTypeSpec, RequirementSpec, to_toml
    specs = []
    for i in range(1, n + 1):
        specs.append(PermitTypeSpec(
            code=f"IZN-{i:03d}", name=f"Izin Contoh Nomor {i}", service_days=3 + i % 20,
            unit="Bidang Perizinan Umum", sector="Umum", needs_review=i % 3 == 0,
            review_days=2 if i % 3 == 0 else None, validity_months=60 if i % 2 else None,
            legal_basis="Peraturan Pemerintah Nomor 5 Tahun 2021; Peraturan Daerah Nomor 1 Tahun 2024",
            template="sk_izin_usaha",
            fields=[FieldSpec(f"Data teknis {j}", "angka" if j == 1 else "teks", j == 1) for j in range(1, 5)],
            requirements=[RequirementSpec(f"Persyaratan {j} untuk izin {i}", j <= 6, j == 1,
                                          "Periksa aslinya" if j == 1 else "") for j in range(1, 9)]))
    return to_toml(specs)


def _fresh(root: Path, name: str):
    from app.runtime import open_loket
    from app.services import officers
    loket = open_loket(root / name, backup=False)
    with loket.Session() as s:
        actor = officers.setup_first_admin(s, "siti", "Siti Rahmawati", None, "Kantor-Pusat-2026", "ADMIN-1")
    return loket, actor


def import_once(root: Path, name: str, text: str) -> float:
    import time

    from app.services import permit_types
    loket, actor = _fresh(root, name)
    try:
        with loket.Session() as s:
            t = time.perf_counter()
            res = permit_types.import_toml(s, actor, text, source="bench.toml")
            took = time.perf_counter() - t
        assert len(res.created) == N_TYPES
        return took
    finally:
        loket.close()


def raw_once(root: Path, name: str, text: str) -> float:
    import time
    import tomllib

    from db.base import new_id
    from db.models import PermitType, Requirement
    loket, _actor = _fresh(root, name)
    try:
        t = time.perf_counter()
        items = tomllib.loads(text)["izin"]
        pts, reqs = [], []
        for it in items:
            pid = new_id()
            pts.append(dict(id=pid, code=it["kode"], name=it["nama"], service_days=it["hari"],
                            template=it.get("template"), technical_fields=[str(f) for f in it["data_teknis"]],
                            version=1, requirements_version=1))
            for pos, r in enumerate(it["persyaratan"], 1):
                reqs.append(dict(id=new_id(), permit_type_id=pid, position=pos, name=r["nama"],
                                 mandatory=r["wajib"], original_needed=r.get("asli", False),
                                 note=r.get("catatan"), since_version=1, version=1))
        with loket.engine.begin() as c:
            c.execute(PermitType.__table__.insert(), pts)
            c.execute(Requirement.__table__.insert(), reqs)
        return time.perf_counter() - t
    finally:
        loket.close()


@bench("admin")
def import_150_permit_types(ctx) -> list[Result]:
    from tests.bench.bench_sk import _memory_keyring
    _memory_keyring()
    text = permit_file()
    reps = 5 if ctx.full else 3
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        loket_t = [import_once(root, f"l{i}", text) for i in range(reps + 1)][1:]
        raw_t = [raw_once(root, f"r{i}", text) for i in range(reps + 1)][1:]
    return Result.compare(f"import {N_TYPES} permit types (TOML, checked, audited), one transaction",
                          loket_t, raw_t, unit="ms", limit=5000,
                          note=f"{N_TYPES} × 8 requirements, 4 technical fields; raw = Core insert of the same rows")
