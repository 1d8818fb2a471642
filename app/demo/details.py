"""What the demo files say: the missing requirements of a returned file, the
place a permit is for, the technical data of its permit type (by the field's
name in permit_types.toml), and the officers' and applicants' short texts
(send-back reasons, survey suggestions, notes on a checklist row)."""
from __future__ import annotations

import random
from typing import Any

from app.demo import people

SKM_KEYS = tuple(f"U{k}" for k in range(1, 10))
SEND_BACK_REASONS = (
    "Dasar hukum pada konsideran belum diperbarui.",
    "Nama pemohon pada naskah tidak sesuai KTP.",
    "Masa berlaku izin belum dicantumkan.",
    "Alamat lokasi izin perlu dilengkapi RT/RW.",
    "Lampiran rekomendasi teknis belum dirujuk dalam naskah.",
    "Nomor STR pada naskah berbeda dengan dokumen.",
)
DECLINE_REASONS = ("Pemohon terburu-buru.", "Pemohon diwakili kuasa dan enggan mengisi.",
                   "Pemohon tidak bersedia.")
MISSING_NOTES = ("Belum dilampirkan.", "Sudah kedaluwarsa.", "Fotokopi tidak terbaca.",
                 "Asli tidak dibawa.", "Belum ditandatangani.")
EDUCATION = ("SD", "SMP", "SMA", "D3", "S1", "S1", "S1", "S2", "S3")
SUGGESTIONS = ("Pelayanan cepat, terima kasih.", "Ruang tunggu perlu ditambah kursi.",
               "Mohon informasi persyaratan di laman diperbarui.", "Petugas ramah dan jelas.",
               "Parkir kurang luas.", "Antrean sebaiknya memakai nomor daring.")
UNIVERSITIES = ("Universitas Padjadjaran", "Institut Teknologi Bandung", "Universitas Pendidikan Indonesia",
                "Universitas Singaperbangsa Karawang", "Universitas Islam Negeri Sunan Gunung Djati",
                "Universitas Indonesia", "Politeknik Kesehatan Bandung", "STIKes Bhakti Husada")
TOPICS = ("Pengaruh pelayanan terpadu satu pintu terhadap kepuasan masyarakat",
          "Strategi pengembangan UMKM di sektor kuliner", "Analisis ketahanan pangan rumah tangga petani",
          "Efektivitas program posyandu dalam penurunan stunting", "Kualitas air Waduk Jatiluhur",
          "Pola konsumsi energi rumah tangga perdesaan", "Peran BUMDes dalam ekonomi desa")


def missing(rng: random.Random, permit: Any) -> list[tuple[str, str]]:
    mandatory = [(r[0], r[1]) for r in permit.requirements if r[2]]
    return rng.sample(mandatory, k=min(len(mandatory), rng.choice((1, 1, 1, 2))))


def _facility(rng: random.Random, name: str, site: Any) -> str:
    kind = rng.choice(("Klinik Pratama", "Klinik Utama", "Puskesmas", "Rumah Sakit", "Praktik Mandiri"))
    if kind == "Praktik Mandiri":
        return f"Praktik Mandiri {name}"
    if kind == "Puskesmas":
        return f"UPTD Puskesmas {site.kecamatan}"
    return f"{kind} {rng.choice(people.COMPANY_WORDS)} {rng.choice(('Medika', 'Husada', 'Sehat', 'Sentosa'))}"


def location(rng: Any, permit: Any, name: str, company: str | None, site: Any) -> str:
    # The street part only: the village and kecamatan come from location_region_code.
    addr = f"Jl. {rng.choice(people.STREETS).replace('_', ' ')} No. {rng.randint(1, 200)}"
    if permit.code.startswith("SIP"):
        return f"{_facility(rng, name, site)}, {addr}"
    if permit.code == "PENELITIAN":
        return rng.choice((f"Kantor Desa {site.name}", f"Wilayah kerja UPTD Puskesmas {site.kecamatan}",  # type: ignore[no-any-return]
                           "Sekolah dan masyarakat setempat", f"Kelompok tani di {site.name}"))
    brand = (company or "").split(" ", 1)[-1] or f"{rng.choice(people.COMPANY_WORDS)} {name.split()[0]}"
    label = {
        "SIA": f"Apotek {brand}", "TOKO-OBAT": f"Toko Obat {brand}", "OPTIK": f"Optik {brand}",
        "REKLAME": "Titik reklame", "PBG": company and f"Gedung {brand}" or f"Rumah tinggal {name}",
        "SLF": company and f"Gedung {brand}" or f"Rumah tinggal {name}",
        "SIUP-MIKOL": f"{rng.choice(('Restoran', 'Hotel', 'Bar'))} {brand}",
        "TPS-LB3": f"TPS limbah B3 {company or name}", "TDUP": f"{rng.choice(('Rumah Makan', 'Kafe', 'Homestay'))} {brand}",
    }.get(permit.code, company or name)
    head, _, rest = label.partition(" ")
    if rest and head.lower() in rest.lower():      # "Optik Gemilang Optik" → "Gemilang Optik"
        label = rest
    return f"{label}, {addr}"


def technical(rng: Any, permit: Any, name: str, location: str, site: Any) -> dict[str, Any]:
    out = {}
    for f in permit.fields:
        low = f.lower()
        if "nama fasilitas" in low:
            v = location.split(",")[0]
        elif low.startswith("alamat"):
            v = location.split(", ", 1)[-1]
        elif "str" in low and "nomor" in low:
            v = f"{rng.randint(10, 99)}{rng.randint(10**13, 10**14 - 1)}"
        elif "sipa" in low:
            v = f"503/{rng.randint(1, 999):03d}/SIPA/DPMPTSP/{rng.randint(2021, 2025)}"
        elif "jadwal" in low:
            v = rng.choice(("Senin–Jumat 16.00–21.00", "Senin–Sabtu 07.00–12.00", "Selasa, Kamis 17.00–20.00"))
        elif "hasil" in low:
            v = "Memenuhi syarat"
        elif low.startswith("nama apoteker"):
            v = f"apt. {name}, S.Farm."
        elif low.startswith("nama tenaga teknis"):
            v = f"{name}, A.Md.Farm."
        elif low.startswith("nama refraksionis"):
            v = f"{name}, A.Md.RO."
        elif low.startswith("nama"):
            v = location.split(",")[0]
        elif "luas" in low:
            v = rng.randint(36, 900)
        elif "jenis reklame" in low:
            v = rng.choice(("Billboard", "Baliho", "Neon box", "Papan nama", "Videotron"))
        elif "ukuran" in low:
            v = rng.choice(("4 × 6", "5 × 10", "2 × 1", "1 × 3", "3 × 4"))
        elif "jumlah muka" in low:
            v = rng.choice((1, 2))
        elif "koordinat" in low:
            v = f"-6.{rng.randint(480000, 720000)}, 107.{rng.randint(300000, 550000)}"
        elif "naskah" in low:
            v = rng.choice(("Promo produk", "Nama usaha", "Layanan masyarakat"))
        elif "judul" in low:
            v = rng.choice(TOPICS)
        elif "lembaga" in low:
            v = rng.choice(UNIVERSITIES)
        elif "lokasi penelitian" in low:
            v = f"{location}, Kec. {site.kecamatan}"
        elif "waktu penelitian" in low:
            v = f"{rng.choice((1, 2, 3, 6))} bulan"
        elif "fungsi" in low:
            v = rng.choice(("Hunian", "Usaha", "Sosial budaya", "Campuran"))
        elif "lantai" in low:
            v = rng.choice((1, 1, 2, 2, 3, 4))
        elif "kkpr" in low or "nomor pbg" in low:
            v = f"{rng.randint(10**12, 10**13 - 1)}"
        elif "retribusi" in low:
            v = rng.randint(5, 500) * 100_000
        elif "jenis usaha" in low:
            v = next((k for k in ("Rumah Makan", "Kafe", "Homestay") if location.startswith(k)),
                     "Daya tarik wisata")
        elif "kapasitas" in low:
            v = rng.randint(10, 200)
        elif "golongan" in low:
            v = rng.choice(("A", "A, B", "A, B, C"))
        elif "jenis tempat" in low:
            v = rng.choice(("Hotel", "Restoran", "Bar"))
        elif "limbah" in low:
            v = rng.choice(("Oli bekas", "Aki bekas", "Majun terkontaminasi", "Lampu TL bekas"))
        else:
            v = "-"
        out[f] = v
    return out
