"""Field validation with clear Indonesian messages.

NIK and NPWP use python-stdnum (stdnum.id); NIB, phone, e-mail and postal code
are simple formats. Each validator returns the cleaned value or raises
`Invalid` with a message fit for the officer. `nik_warnings` cross-checks a
valid NIK against the form (gender, birth date) and only warns: real NIKs
issued with a wrong birth date exist.
"""
from __future__ import annotations

import re
import unicodedata
from datetime import date

from app import clock
from app.errors import LoketError
from app.i18n import tr


class Invalid(LoketError, ValueError):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


# Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and
# the Arabic letter mark: they reorder what a printed receipt or a list shows
# ("Trojan Source"). Never needed in an Indonesian name or address.
_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c")
_LINE_BREAKS = frozenset("\n\r\t")


# Letters that render as nothing (Hangul fillers, the blank Braille pattern).
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")


def _visible(ch: str) -> bool:
    return not ch.isspace() and ch not in _BLANK_LETTERS and unicodedata.category(ch) not in ("Cf", "Mn", "Me")


def text(value: str | None, field: str, *, multiline: bool = False) -> str:
    """Refuse what no officer types but a pasted or forged value may hold:
    control characters (NUL included; line breaks and tabs only in multi-line
    free text), bidi overrides, lone surrogates, and a value made only of
    invisible characters (zero-width spaces and joiners). Returns the value
    unchanged; callers trim and fold spaces as before."""
    v = value or ""
    for ch in v:
        cat = unicodedata.category(ch)
        if ch in _BIDI:
            raise Invalid(field, tr("Isian memuat karakter pembalik arah teks (U+{code:04X}); "
                                    "ketik ulang tanpa menyalin dari dokumen lain.").format(code=ord(ch)))
        if cat == "Cc" and not (multiline and ch in _LINE_BREAKS):
            raise Invalid(field, tr("Isian memuat karakter kendali (U+{code:04X}) yang tidak boleh ada; "
                                    "ketik ulang isian ini.").format(code=ord(ch)))
        if cat == "Cs":
            raise Invalid(field, tr("Isian memuat karakter yang rusak; ketik ulang isian ini."))
    if any(not ch.isspace() for ch in v) and not any(_visible(ch) for ch in v):
        raise Invalid(field, tr("Isian hanya berisi karakter yang tidak terlihat; ketik isian yang sebenarnya."))
    return v


def _digits(value: str) -> str:
    return re.sub(r"[\s.\-]", "", value or "")


def nik(value: str) -> str:
    v = _digits(value)
    if not v:
        raise Invalid("nik", tr("NIK wajib diisi."))
    if not v.isdigit():
        raise Invalid("nik", tr("NIK hanya boleh berisi angka."))
    if len(v) != 16:
        raise Invalid("nik", tr("NIK harus 16 digit (terisi {n}).").format(n=len(v)))
    # imported here: stdnum pulls in pydoc, and a cold start needs no NIK check
    from stdnum import exceptions as stdnum_exc
    from stdnum.id import nik as _nik
    try:
        _nik.validate(v)
    except stdnum_exc.InvalidComponent:
        raise Invalid("nik", tr("NIK tidak sah: kode wilayah atau tanggal lahir di dalamnya tidak mungkin.")) from None
    except stdnum_exc.ValidationError:
        raise Invalid("nik", tr("NIK tidak sah.")) from None
    if v[12:] == "0000":
        raise Invalid("nik", tr("NIK tidak sah: nomor urut (4 digit terakhir) 0000 tidak dipakai Dukcapil; "
                                "nomor urut dimulai dari 0001."))
    if nik_birth(v)[0] is None:
        raise Invalid("nik", tr("NIK tidak sah: tanggal lahir di dalamnya tidak mungkin."))
    from app import regions
    if regions.get(v[:4]) is None:
        raise Invalid("nik", tr("NIK tidak sah: kode wilayah {code} tidak dikenal.").format(code=v[:4]))
    return v


def nik_birth(v: str) -> tuple[date | None, str]:
    """Birth date and gender (L/P) encoded in a valid NIK."""
    day, month, yy = int(v[6:8]), int(v[8:10]), int(v[10:12])
    gender = "L"
    if day > 40:
        day -= 40
        gender = "P"
    this_year = clock.today().year % 100
    year = 2000 + yy if yy <= this_year else 1900 + yy
    try:
        return date(year, month, day), gender
    except ValueError:
        return None, gender


def nik_warnings(v: str, gender: str | None, birth_date: date | None) -> list[str]:
    out = []
    born, g = nik_birth(v)
    if gender and gender != g:
        out.append(tr("Jenis kelamin pada formulir ({form}) tidak sesuai dengan NIK ({nik}).").format(
            form=gender, nik=g))
    if birth_date and born and (birth_date.day, birth_date.month, birth_date.year % 100) != (
            born.day, born.month, born.year % 100):
        out.append(tr("Tanggal lahir pada formulir ({form}) tidak sesuai dengan NIK ({nik}).").format(
            form=birth_date.strftime("%d-%m-%Y"), nik=born.strftime("%d-%m-%Y")))
    return out


def npwp(value: str) -> str:
    v = _digits(value)
    if not v.isdigit():
        raise Invalid("npwp", tr("NPWP hanya boleh berisi angka, titik dan tanda hubung."))
    if len(v) not in (15, 16):
        raise Invalid("npwp", tr("NPWP harus 15 atau 16 digit (terisi {n}).").format(n=len(v)))
    if len(v) == 16 and not v.startswith("0"):
        # The 16-digit NPWP of a resident is their NIK.
        nik(v)
        return v
    # 15 digits, or 0 + the old 15 digits: Luhn over the first nine.
    from stdnum import exceptions as stdnum_exc
    from stdnum.id import npwp as _npwp
    try:
        _npwp.validate(v[-15:])
    except stdnum_exc.InvalidChecksum:
        raise Invalid("npwp", tr("NPWP tidak sah: digit pemeriksa salah.")) from None
    except stdnum_exc.ValidationError:
        raise Invalid("npwp", tr("NPWP tidak sah.")) from None
    return v


def nib(value: str) -> str:
    v = _digits(value)
    if not v.isdigit() or len(v) != 13:
        raise Invalid("nib", tr("NIB harus 13 digit angka."))
    return v


_PHONE = re.compile(r"^(\+62|62|0)[1-9][0-9]{6,12}$")


def phone(value: str) -> str:
    v = re.sub(r"[\s\-()]", "", value or "")
    if not _PHONE.match(v):
        raise Invalid("phone", tr("Nomor telepon tidak sah: gunakan 08…, 021… atau +62…, 8–15 digit."))
    if v.startswith("+62"):
        v = "0" + v[3:]
    elif v.startswith("62"):
        v = "0" + v[2:]
    return v


def mobile_62(value: str) -> str:
    """A mobile number for WhatsApp or SMS in the form gateways take: 62 and the
    number without its leading 0 (0812… → 62812…). Landlines (021…) cannot receive
    WhatsApp, so they are refused here."""
    try:
        v = phone(value)
    except Invalid:
        raise Invalid("mobile", tr("Nomor HP tidak sah untuk WhatsApp/SMS: gunakan 08…, 628… atau +628…, "
                                   "10–15 digit.")) from None
    if not v.startswith("08") or len(v) < 10:
        raise Invalid("mobile", tr("Bukan nomor HP (08… atau +628…): WhatsApp/SMS tidak sampai ke telepon rumah."))
    return "62" + v[1:]


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")


def email(value: str) -> str:
    v = (value or "").strip()
    if not _EMAIL.match(v):
        raise Invalid("email", tr("Alamat surel tidak sah (contoh: nama@contoh.go.id)."))
    return v.lower()


def postal_code(value: str) -> str:
    v = (value or "").strip()
    if not re.fullmatch(r"[1-9][0-9]{4}", v):
        raise Invalid("postal_code", tr("Kode pos harus 5 digit angka."))
    return v


def name_key(name: str) -> str:
    """Folded form of a name for prefix search (case and spacing insensitive)."""
    return " ".join((name or "").casefold().split())
