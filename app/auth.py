"""Passwords: the policy, hashing, and the login lockout rule.

Hashing is argon2id (argon2-cffi) with the library's defaults, RFC 9106's
"second recommended" profile: 64 MiB of memory, 3 passes, 4 lanes. Memory
hardness matters here because the officer table travels: every workstation's
SQLite file and the central database hold the hashes, so a copied file must
not be cheap to brute-force on a GPU.

Minimum length 10: the hashes can be attacked offline (see above), where
length is what buys time; ten characters is above NIST SP 800-63B's floor of
eight and still typeable at a counter many times a day. There is no rule on
character classes (NIST advises against them); instead the obvious choices
(the username, one repeated character, the office's name, well-known lists)
are refused.
"""
from __future__ import annotations

from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from app.errors import LoketError
from app.i18n import tr

MIN_LENGTH = 10
MAX_LENGTH = 128          # argon2 takes any length; a cap keeps a pasted novel from tying up the CPU
MAX_FAILED_ATTEMPTS = 5
LOCK_DURATION = timedelta(minutes=5)

_hasher = PasswordHasher()

# Passwords people actually pick at an office counter (and the top of public leak lists).
_COMMON = frozenset({
    "1234567890", "0123456789", "12345678910", "qwertyuiop", "password123", "password12",
    "passw0rd123", "administrator", "admin12345", "admin123456", "katasandi", "katasandi123",
    "rahasia123", "rahasia1234", "bismillah123", "indonesia123", "indonesia1945", "merdeka1945",
    "dpmptsp123", "dpmptsp2024", "dpmptsp2025", "dpmptsp2026", "ptsp123456", "loket12345",
    "loket123456", "sicantik123", "iloveyou123", "1qaz2wsx3edc", "qwerty12345", "asdfghjkl1",
    "zxcvbnm123", "aaaaaaaaaa", "abcdefghij", "abcd123456", "abc1234567",
})


class WeakPassword(LoketError, ValueError):
    """The new password breaks the policy; the message says which rule."""


def check_policy(password: str, username: str = "", full_name: str = "", nip: str = "") -> None:
    if password is None or not password.strip():
        raise WeakPassword(tr("Kata sandi wajib diisi."))
    if len(password) < MIN_LENGTH:
        raise WeakPassword(tr("Kata sandi minimal {n} karakter (terisi {k}).").format(
            n=MIN_LENGTH, k=len(password)))
    if len(password) > MAX_LENGTH:
        raise WeakPassword(tr("Kata sandi maksimal {n} karakter.").format(n=MAX_LENGTH))
    low = password.casefold()
    if len(set(low)) <= 2:
        raise WeakPassword(tr("Kata sandi terlalu mudah ditebak: hampir semua karakternya sama."))
    if low in _COMMON or low.rstrip("!.#@") in _COMMON:
        raise WeakPassword(tr("Kata sandi ini terlalu umum dan mudah ditebak. Pilih yang lain."))
    if username and len(username) >= 4 and username.casefold() in low:
        raise WeakPassword(tr("Kata sandi tidak boleh memuat nama pengguna."))
    for part in (full_name or "").casefold().split():
        if len(part) >= 4 and low.startswith(part) and len(low) - len(part) < 6:
            raise WeakPassword(tr("Kata sandi terlalu mirip dengan nama lengkap."))
    if nip and len(nip) >= 8 and nip[:8] in password:
        raise WeakPassword(tr("Kata sandi tidak boleh memuat NIP atau tanggal lahir dari NIP."))
    digits = "".join(c for c in password if c.isdigit())
    if len(digits) == len(password) and len(digits) <= 12:
        raise WeakPassword(tr("Kata sandi dari angka saja minimal 13 digit; lebih baik gunakan kalimat pendek."))


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(stored: str | None, password: str) -> bool:
    if not stored:
        return False
    try:
        return _hasher.verify(stored, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored: str) -> bool:
    """True when the stored hash used weaker parameters than today's."""
    try:
        return _hasher.check_needs_rehash(stored)
    except InvalidHashError:
        return True


_dummy: str | None = None


def burn_time(password: str) -> None:
    """Spend one verification's worth of time, so a login for a username that
    does not exist answers as slowly as one with a wrong password."""
    global _dummy
    if _dummy is None:
        _dummy = _hasher.hash("loket-dummy-password-for-timing")
    verify_password(_dummy, password)
