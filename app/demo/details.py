"""What the demo files say: the missing requirements of a returned file, the
place a permit is for, the technical data of its permit type (by the field's
name in permit_types.toml), and the officers' and applicants' short texts
(send-back reasons, survey suggestions, notes on a checklist row)."""
from __future__ import annotations

import random
from collections.abc import Callable
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


def _handler(f: str) -> Callable[[Any, str, str, Any], Any]:
    """How a technical field of this name is filled (by its name, first match wins)."""
    low = f.lower()
    r: Callable[[Any, str, str, Any], Any]
    if "nama fasilitas" in low:
        r = lambda rng, name, location, site: location.split(",")[0]  # noqa: E731
    elif low.startswith("alamat"):
        r = lambda rng, name, location, site: location.split(", ", 1)[-1]  # noqa: E731
    elif "str" in low and "nomor" in low:
        r = lambda rng, name, location, site: f"{rng.randint(10, 99)}{rng.randint(10**13, 10**14 - 1)}"  # noqa: E731
    elif "sipa" in low:
        r = lambda rng, name, location, site: (  # noqa: E731
            f"503/{rng.randint(1, 999):03d}/SIPA/DPMPTSP/{rng.randint(2021, 2025)}")
    elif "jadwal" in low:
        r = _pick(("Senin–Jumat 16.00–21.00", "Senin–Sabtu 07.00–12.00", "Selasa, Kamis 17.00–20.00"))
    elif "hasil" in low:
        r = lambda rng, name, location, site: "Memenuhi syarat"  # noqa: E731
    elif low.startswith("nama apoteker"):
        r = lambda rng, name, location, site: f"apt. {name}, S.Farm."  # noqa: E731
    elif low.startswith("nama tenaga teknis"):
        r = lambda rng, name, location, site: f"{name}, A.Md.Farm."  # noqa: E731
    elif low.startswith("nama refraksionis"):
        r = lambda rng, name, location, site: f"{name}, A.Md.RO."  # noqa: E731
    elif low.startswith("nama"):
        r = lambda rng, name, location, site: location.split(",")[0]  # noqa: E731
    elif "luas" in low:
        r = lambda rng, name, location, site: rng.randint(36, 900)  # noqa: E731
    elif "jenis reklame" in low:
        r = _pick(("Billboard", "Baliho", "Neon box", "Papan nama", "Videotron"))
    elif "ukuran" in low:
        r = _pick(("4 × 6", "5 × 10", "2 × 1", "1 × 3", "3 × 4"))
    elif "jumlah muka" in low:
        r = _pick((1, 2))
    elif "koordinat" in low:
        r = lambda rng, name, location, site: (  # noqa: E731
            f"-6.{rng.randint(480000, 720000)}, 107.{rng.randint(300000, 550000)}")
    elif "naskah" in low:
        r = _pick(("Promo produk", "Nama usaha", "Layanan masyarakat"))
    elif "judul" in low:
        r = _pick(TOPICS)
    elif "lembaga" in low:
        r = _pick(UNIVERSITIES)
    elif "lokasi penelitian" in low:
        r = lambda rng, name, location, site: f"{location}, Kec. {site.kecamatan}"  # noqa: E731
    elif "waktu penelitian" in low:
        r = lambda rng, name, location, site: f"{rng.choice((1, 2, 3, 6))} bulan"  # noqa: E731
    elif "fungsi" in low:
        r = _pick(("Hunian", "Usaha", "Sosial budaya", "Campuran"))
    elif "lantai" in low:
        r = _pick((1, 1, 2, 2, 3, 4))
    elif "kkpr" in low or "nomor pbg" in low:
        r = lambda rng, name, location, site: f"{rng.randint(10**12, 10**13 - 1)}"  # noqa: E731
    elif "retribusi" in low:
        r = lambda rng, name, location, site: rng.randint(5, 500) * 100_000  # noqa: E731
    elif "jenis usaha" in low:
        r = lambda rng, name, location, site: next(  # noqa: E731
            (k for k in ("Rumah Makan", "Kafe", "Homestay") if location.startswith(k)), "Daya tarik wisata")
    elif "kapasitas" in low:
        r = lambda rng, name, location, site: rng.randint(10, 200)  # noqa: E731
    elif "golongan" in low:
        r = _pick(("A", "A, B", "A, B, C"))
    elif "jenis tempat" in low:
        r = _pick(("Hotel", "Restoran", "Bar"))
    elif "limbah" in low:
        r = _pick(("Oli bekas", "Aki bekas", "Majun terkontaminasi", "Lampu TL bekas"))
    else:
        r = lambda rng, name, location, site: "-"  # noqa: E731
    return r


def _pick(options: tuple[Any, ...]) -> Callable[[Any, str, str, Any], Any]:
    return lambda rng, name, location, site: rng.choice(options)


_HANDLERS: dict[tuple[str, ...], tuple[tuple[str, Callable[[Any, str, str, Any], Any]], ...]] = {}


def technical(rng: Any, permit: Any, name: str, location: str, site: Any) -> dict[str, Any]:
    """The permit type's technical data, each field by its name (`_handler`, chosen once per type)."""
    fields = tuple(permit.fields)
    handlers = _HANDLERS.get(fields)
    if handlers is None:
        handlers = _HANDLERS[fields] = tuple((f, _handler(f)) for f in fields)
    return {f: h(rng, name, location, site) for f, h in handlers}
