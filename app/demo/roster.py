"""The demo office's roster: plausible officers of a regency DPMPTSP, by role,
workstation and bidang. They act in the simulated histories by name only; no
officer accounts are created (accounts stay the administrator's job)."""
from __future__ import annotations

import uuid
from dataclasses import dataclass

from db.values import uuid_bytes


@dataclass(frozen=True)
class Officer:
    id: str | None
    username: str
    name: str
    nip: str
    role: str
    workstation: str
    unit: str | None = None
    key: bytes | None = None     # the id as the SQLite file stores it (16 bytes), for the bulk writer


# The permit types' units (permit_types.toml) as the roster's bidang codes.
BIDANG = {"Bidang Perizinan Kesehatan": "KES", "Bidang Perizinan Pembangunan": "PEM",
          "Bidang Perizinan Usaha": "USH", "Bidang Perizinan Non-Usaha": "NON",
          "Bidang Perizinan Lingkungan": "LH"}

# username, full name, NIP (birth date, appointment, gender 1/2, serial), role, workstation, bidang
ROSTER = [
    ("euis.komalasari", "Euis Komalasari, S.Sos.", "198507122010012003", "LOKET2", "LOKET2-A", None),
    ("dadan.ramdani", "Dadan Ramdani, A.Md.", "199003042015031002", "LOKET2", "LOKET2-B", None),
    ("neneng.sumiati", "Neneng Sumiati", "198809212011012004", "LOKET2", "LOKET2-C", None),
    ("rizky.firmansyah", "Rizky Firmansyah, S.Kom.", "199301152019031005", "LOKET2", "LOKET2-A", None),
    ("hendra.gunawan", "Hendra Gunawan, S.KM.", "198702102012121001", "BACKOFFICE", "BO-KES-1", "KES"),
    ("rini.wulandari", "apt. Rini Wulandari, S.Farm.", "199106232017032002", "BACKOFFICE", "BO-KES-2", "KES"),
    ("agus.supriatna", "Agus Supriatna, S.T.", "198404052009011003", "BACKOFFICE", "BO-PEM-1", "PEM"),
    ("dedi.kusnadi", "Ir. Dedi Kusnadi", "197811172005011002", "BACKOFFICE", "BO-PEM-2", "PEM"),
    ("siti.nurjanah", "Siti Nurjanah, S.E.", "199208082019032006", "BACKOFFICE", "BO-USH-1", "USH"),
    ("asep.saepudin", "Asep Saepudin, S.IP.", "198612302011011004", "BACKOFFICE", "BO-NON-1", "NON"),
    ("fajar.nugraha", "Fajar Nugraha, S.T.", "199405192020121003", "BACKOFFICE", "BO-LH-1", "LH"),
    ("tati.rohayati", "Tati Rohayati, S.KM., M.Kes.", "197909142006042008", "KASI", "KASI-KES", "KES"),
    ("wawan.hermawan", "Wawan Hermawan, S.T., M.T.", "198001262006041005", "KASI", "KASI-PEM", "PEM"),
    ("ratna.marlina", "Ratna Marlina, S.E., M.M.", "198205032008012009", "KASI", "KASI-USH", "USH"),
    ("endang.sudrajat", "Endang Sudrajat, S.Sos.", "197803112003121006", "KASI", "KASI-NON", "NON"),
    ("iwan.setiawan", "Iwan Setiawan, S.Si.", "198107072009011007", "KASI", "KASI-LH", "LH"),
    ("lilis.suryani", "drg. Lilis Suryani, M.Kes.", "197504222002122003", "KABID", "KABID-KES", "KES"),
    ("yusuf.munandar", "Ir. Yusuf Munandar, M.T.", "197208151998031004", "KABID", "KABID-PEM", "PEM"),
    ("dadang.hidayat", "Dadang Hidayat, S.E., M.Si.", "197612012001121002", "KABID", "KABID-USH", "USH"),
    ("ujang.rohman", "Drs. Ujang Rohman, M.Si.", "197001191996031001", "KABID", "KABID-NON", "NON"),
    ("ade.permana", "Ade Permana, S.T., M.Si.", "197705302003121005", "KABID", "KABID-LH", "LH"),
    ("iwan.sutisna", "Dr. H. Iwan Sutisna, S.H., M.Si.", "196908171995031002", "KADIN", "KADIS", None),
    ("nunung.rahmawati", "Nunung Rahmawati", "198911112014032003", "LOKET4", "LOKET4-A", None),
    ("gilang.ramdani", "Gilang Ramdani, A.Md.", "199512252020121002", "LOKET4", "LOKET4-A", None),
    ("elis.maryani", "Elis Maryani, S.E.", "198604182010012005", "LOKET5", "LOKET5-A", None),
    ("deden.hamdani", "Deden Hamdani", "199107042017031004", "LOKET5", "LOKET5-B", None),
]
IMPORT_WORKSTATION = "LOKET2-A"   # the intake workstation that pulls SiCantik
SYSTEM = Officer(None, "system", "Sistem", "", "SYSTEM", IMPORT_WORKSTATION)


def roster() -> list[Officer]:
    ns = uuid.UUID("6b0c1c8e-8f1e-4d3a-9a43-4c6f6b65742e")  # fixed: same officer ids every run
    out = []
    for u, n, nip, r, ws, b in ROSTER:
        oid = str(uuid.uuid5(ns, u))
        out.append(Officer(oid, u, n, nip, r, ws, b, uuid_bytes(oid)))
    return out
