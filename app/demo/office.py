"""The demo office's identity ("Kabupaten Contoh"): every setting a real office
fills in (`loket doctor` flags what is still empty), so every demo SK prints."""
from __future__ import annotations

from sqlalchemy.orm import Session

from app import config

OFFICE_SETTINGS = {
    "office.phone": "(0264) 200100",
    "office.website": "dpmptsp.contohkab.go.id",
    "office.email": "dpmptsp@contohkab.go.id",
    "office.head_name": "Dr. Hj. Siti Rahmawati, M.Si.",
    "office.head_nip": "197001011995031001",
    "office.head_rank": "Pembina Utama Muda (IV/c)",
    "office.legaliser_title": "Kepala Bidang Pelayanan Perizinan",
    "office.legaliser_name": "Drs. Bambang Suryadi, M.M.",
    "office.legaliser_nip": "197205152000031004",
    "office.register_supervisor_name": "Rina Marlina, S.Sos.",
    "office.register_supervisor_nip": "198003102005022001",
    "office.legal_perda_perangkat_daerah": "Peraturan Daerah Kabupaten Contoh Nomor 8 Tahun 2016 tentang "
                                    "Pembentukan dan Susunan Perangkat Daerah",
    "office.legal_perbup_pendelegasian": "Peraturan Bupati Contoh Nomor 12 Tahun 2022 tentang Pendelegasian "
                                  "Kewenangan Penyelenggaraan Perizinan Berusaha dan Nonperizinan kepada "
                                  "Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
    "office.legal_perda_reklame": "Peraturan Daerah Kabupaten Contoh Nomor 3 Tahun 2019 tentang "
                           "Penyelenggaraan Reklame",
    "office.legal_perbup_reklame": "Peraturan Bupati Contoh Nomor 25 Tahun 2020 tentang Tata Cara Perizinan "
                            "Penyelenggaraan Reklame",
}


def fill_office(session: Session) -> int:
    """Give the demo office its identity; a value already set is kept. Returns how many
    settings were written (committed)."""
    n = 0
    for key, value in OFFICE_SETTINGS.items():
        if not config.get(session, key):
            config.set_(session, key, value)
            n += 1
    if n:
        session.commit()
    return n
