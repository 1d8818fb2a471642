"""Indeks Kepuasan Masyarakat (PermenPANRB 14/2017): the elements, NRR, IKM, grade.

Pure: no database. The survey service and `loket skm` feed it answers.

- NRR of an element = mean of its answers (1–4).
- IKM = Σ(NRR × weight) × 25. The regulation's weight is 1/9; published reports
  rounded it to 0.111 or 0.11, and an office must be able to reproduce those.
- The IKM is rounded half-up to two decimals, then graded on that rounded value.

The sums are kept as exact fractions (1/9 has no finite decimal form) and only
the final rounding turns them into a Decimal, so 88.305 is exactly a half and
rounds up to 88.31, which float arithmetic cannot promise.
"""
from __future__ import annotations

import csv
import functools
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

from app.errors import LoketError
from app.i18n import tr

KEYS = tuple(f"U{i}" for i in range(1, 10))

WEIGHTS: dict[str, Fraction] = {
    "exact": Fraction(1, 9),
    "0.111": Fraction(111, 1000),
    "0.11": Fraction(11, 100),
}

# (letter, label, lowest rounded IKM in the grade). Below 25.00 only happens with
# the rounded weights (all answers 1 × 0.11 × 9 × 25 = 24.75); it stays D.
GRADES = (
    ("A", "Sangat Baik", Decimal("88.31")),
    ("B", "Baik", Decimal("76.61")),
    ("C", "Kurang Baik", Decimal("65.00")),
    ("D", "Tidak Baik", Decimal("0")),
)
GRADE_RANGES = {"A": "88,31 – 100,00", "B": "76,61 – 88,30", "C": "65,00 – 76,60",
                "D": "25,00 – 64,99"}


class IkmError(LoketError, ValueError):
    """Bad input for the index: the message names what and where."""


@dataclass(frozen=True)
class Element:
    key: str
    name: str
    question: str
    answers: tuple[str, str, str, str]   # worded answers for 1, 2, 3, 4


@dataclass(frozen=True)
class Profile:
    genders: tuple[tuple[str, str], ...]
    educations: tuple[str, ...]
    occupations: tuple[str, ...]
    age_min: int
    age_max: int


def _load(path: Path | None) -> dict[str, Any]:
    from app.paths import resources_dir
    with open(path or resources_dir() / "skm.toml", "rb") as f:
        return tomllib.load(f)


@functools.lru_cache(maxsize=4)
def elements(path: Path | None = None) -> dict[str, Element]:
    """The nine elements by key, from resources/skm.toml."""
    out: dict[str, Element] = {}
    for item in _load(path)["unsur"]:
        answers = tuple(item["jawaban"])
        if len(answers) != 4:
            raise IkmError(tr("Unsur {key} harus punya tepat empat jawaban.").format(key=item["kunci"]))
        out[item["kunci"]] = Element(item["kunci"], item["nama"], item["pertanyaan"], answers)
    if set(out) != set(KEYS):
        raise IkmError(tr("skm.toml harus berisi unsur U1 sampai U9."))
    return out


@functools.lru_cache(maxsize=4)
def profile(path: Path | None = None) -> Profile:
    p = _load(path)["profil"]
    return Profile(tuple(tuple(g) for g in p["jenis_kelamin"]), tuple(p["pendidikan"]),
                   tuple(p["pekerjaan"]), int(p["umur_min"]), int(p["umur_max"]))


def parse_order(text: str) -> list[str]:
    """The `survey.element_order` setting ("U1,U2,…") → keys; every key exactly once."""
    keys = [k.strip().upper() for k in text.replace(";", ",").split(",") if k.strip()]
    if sorted(keys) != sorted(KEYS):
        raise IkmError(tr("Urutan unsur SKM harus memuat U1 sampai U9 masing-masing satu kali: {order}")
                       .format(order=text))
    return keys


def ordered_elements(order: str | Sequence[str]) -> list[Element]:
    keys = parse_order(order) if isinstance(order, str) else list(order)
    els = elements()
    return [els[k] for k in keys]


def round_half_up(value: Fraction, places: int = 2) -> Decimal:
    """Exact half-up rounding of a non-negative rational."""
    scale = 10 ** places
    n = (value * scale + Fraction(1, 2)).__floor__()
    return (Decimal(n) / Decimal(scale)).quantize(Decimal(1).scaleb(-places))


def grade(ikm: Decimal) -> tuple[str, str]:
    for letter, label, low in GRADES:
        if ikm >= low:
            return letter, label
    return GRADES[-1][0], GRADES[-1][1]


@dataclass(frozen=True)
class Result:
    respondents: int
    nrr: dict[str, Fraction]          # exact means, by element key
    weight: str
    ikm_exact: Fraction
    ikm: Decimal                      # rounded half-up, two decimals
    grade: str
    label: str

    def nrr_rounded(self, places: int = 4) -> dict[str, Decimal]:
        return {k: round_half_up(v, places) for k, v in self.nrr.items()}

    def as_json(self) -> dict[str, Any]:
        return {"respondents": self.respondents, "weight": self.weight,
                "nrr": {k: str(v) for k, v in self.nrr_rounded(4).items()},
                "ikm": str(self.ikm), "grade": self.grade, "label": self.label}


def weight_of(name: str) -> Fraction:
    try:
        return WEIGHTS[name]
    except KeyError:
        raise IkmError(tr("Bobot tidak dikenal: {w}. Pilihan: {choices}").format(
            w=name, choices=", ".join(WEIGHTS))) from None


def compute(responses: Iterable[Mapping[str, int]], weight: str = "exact") -> Result:
    """IKM of complete responses (every key U1…U9 answered 1–4)."""
    weight_of(weight)   # an unknown weight is refused before any row is read
    sums = dict.fromkeys(KEYS, 0)
    n = 0
    for i, answers in enumerate(responses, start=1):
        for k in KEYS:
            v = answers.get(k)
            if type(v) is not int or not 1 <= v <= 4:
                raise IkmError(tr("Responden ke-{i}: jawaban {key} harus 1–4 (tertulis: {v}).")
                               .format(i=i, key=k, v=v))
            sums[k] += v
        n += 1
    return from_sums(sums, n, weight)


def from_sums(sums: Mapping[str, int], n: int, weight: str = "exact") -> Result:
    """The same result from per-element sums of n complete responses (summed in SQL)."""
    w = weight_of(weight)
    if n == 0:
        raise IkmError(tr("Belum ada responden SKM untuk dihitung."))
    nrr = {k: Fraction(int(sums[k]), n) for k in KEYS}
    exact = sum((v * w for v in nrr.values()), Fraction(0)) * 25
    ikm = round_half_up(exact, 2)
    letter, label = grade(ikm)
    return Result(n, nrr, weight, exact, ikm, letter, label)


def read_csv(path: str | Path) -> list[dict[str, int]]:
    """Responses from a CSV with one column per element key (U1…U9); other
    columns are ignored. Comma or semicolon separated (spreadsheets in Indonesian
    locale write semicolons). Raises IkmError naming the line."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise IkmError(tr("Berkas {path} tidak ditemukan.").format(path=p)) from None
    except UnicodeDecodeError:
        raise IkmError(tr("{path}: bukan berkas teks UTF-8.").format(path=p)) from None
    if not text.strip():
        raise IkmError(tr("{path}: berkas kosong (baris 1): tidak ada kepala kolom U1…U9.").format(path=p))
    first = text.splitlines()[0]
    delim = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(text.splitlines(), delimiter=delim)
    header = [h.strip().upper() for h in next(reader)]
    missing = [k for k in KEYS if k not in header]
    if missing:
        raise IkmError(tr("{path} baris 1: kolom {cols} tidak ada.").format(path=p, cols=", ".join(missing)))
    col = {k: header.index(k) for k in KEYS}
    out: list[dict[str, int]] = []
    for row in reader:
        line = reader.line_num
        if not any(c.strip() for c in row):
            continue
        answers: dict[str, int] = {}
        for k, idx in col.items():
            raw = row[idx].strip() if idx < len(row) else ""
            if raw not in ("1", "2", "3", "4"):
                raise IkmError(tr("{path} baris {line}: nilai {key} harus 1–4 (tertulis: “{raw}”).")
                               .format(path=p, line=line, key=k, raw=raw))
            answers[k] = int(raw)
        out.append(answers)
    if not out:
        raise IkmError(tr("{path} baris 2: tidak ada baris jawaban di bawah kepala kolom.").format(path=p))
    return out


def fmt(value: Decimal) -> str:
    """Indonesian decimal comma, as reports print it."""
    return str(value).replace(".", ",")
