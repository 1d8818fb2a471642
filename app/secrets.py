"""Secrets in the OS keyring (service name ``loket``): never in settings, files,
logs, exception messages or command output.

The names Loket knows are listed here (a keyring cannot list what it holds),
so `loket secret list` and `loket doctor` can say which are set without ever
reading a value out.

Backend: keyring picks one automatically, but it may pick a plaintext file
(keyrings.alt), a backend forced by PYTHON_KEYRING_BACKEND, or nothing at all
in a frozen build, where the entry points through which keyring finds its own
backends are missing. So Loket asks for the secure store of the platform by
name (Windows Credential Locker, macOS Keychain, Secret Service or KWallet on
Linux) and refuses to store secrets anywhere else; `loket doctor` and the GUI
say plainly when no secure store exists.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.services.context import Actor

import base64
import binascii
import importlib
import logging
import sys
from dataclasses import dataclass

from app.i18n import tr
from app.services.context import ServiceError

log = logging.getLogger("loket.secrets")

SERVICE = "loket"
OFFICE_KEY = "office.qr_key"

# name -> what it is (shown by `loket secret list`; the value never is)
KNOWN: dict[str, str] = {
    "central.password": "Kata sandi basis data pusat kantor",
    "sicantik.username": "Nama pengguna API SiCantik (mode token)",
    "sicantik.password": "Kata sandi API SiCantik (mode token)",
    "sicantik.apikey": "API key gateway SPLP (mode splp)",
    "sicantik.saltkey": "Salt key SPLP untuk membuka data terenkripsi (mode splp)",
    "notify.smtp.password": "Kata sandi SMTP untuk surel pemberitahuan (bila notify.smtp.username diisi)",
    "notify.wa.token": "Token gateway WhatsApp/SMS (bila notify.wa.token_header diisi)",
    OFFICE_KEY: "Kunci HMAC lama untuk memeriksa kode QR LKT1 (dokumen sebelum tanda tangan Ed25519)",
}

# Values Loket makes and keeps itself (app/qrkeys.py): never set, shown or deleted by
# hand, so `loket secret` does not know them.
INTERNAL: dict[str, str] = {
    "qr.signing_key": "Kunci privat Ed25519 penanda QR workstation ini",
}

MAX_VALUE = 4096


# keyring (with importlib.metadata for its entry points) is imported on the first
# secret asked for, not with this module: the CLI's parser and every start of the
# window import this module, and most starts read no secret.
def _keyring() -> Any:
    import os
    # keyring treats PYTHON_KEYRING_BACKEND="" as a module name and fails with "Empty module
    # name"; a blank value means "not set" (a shell's `export PYTHON_KEYRING_BACKEND=`).
    if not os.environ.get("PYTHON_KEYRING_BACKEND", "x").strip():
        del os.environ["PYTHON_KEYRING_BACKEND"]
    import keyring
    return keyring


def _errors() -> Any:
    from keyring import errors
    return errors

# The secure store of each platform, best first ("module:Class" under keyring.backends).
PLATFORM_BACKENDS: dict[str, tuple[str, ...]] = {
    "win32": ("keyring.backends.Windows:WinVaultKeyring",),
    "darwin": ("keyring.backends.macOS:Keyring",),
    "linux": ("keyring.backends.SecretService:Keyring", "keyring.backends.libsecret:Keyring",
              "keyring.backends.kwallet:DBusKeyring", "keyring.backends.kwallet:DBusKeyringKWallet4"),
}
_SECURE = {f"{m.replace(':', '.')}" for names in PLATFORM_BACKENDS.values() for m in names}


class SecretError(ServiceError):
    """A secret could not be read or stored. Never carries the value."""


@dataclass(frozen=True)
class BackendStatus:
    name: str
    level: str       # "secure" | "other" | "insecure" | "missing"
    message: str

    @property
    def safe(self) -> bool:
        return self.level in ("secure", "other")


def _qualname(backend: Any) -> str:
    return f"{type(backend).__module__}.{type(backend).__name__}"


def classify(backend: Any) -> str:
    """secure: a platform store Loket knows; other: an unknown backend that says it
    is usable (a test's in-memory store, a vetted plug-in); insecure: plaintext or
    a store not fit for secrets; missing: none at all."""
    from keyring.backends import chainer, fail
    name = _qualname(backend)
    if isinstance(backend, fail.Keyring) or name == "keyring.backends.null.Keyring":
        return "missing"
    if isinstance(backend, chainer.ChainerBackend):
        parts = [classify(b) for b in backend.backends]
        if not parts or all(p == "missing" for p in parts):
            return "missing"
        return "secure" if all(p == "secure" for p in parts) else "insecure"
    if name in _SECURE:
        return "secure"
    low = name.lower()
    # keyrings.alt: plaintext files, "encrypted" files that prompt on stdin, legacy stores.
    if "plaintext" in low or low.startswith("keyrings.alt") or "file" in low.rsplit(".", 1)[-1]:
        return "insecure"
    try:
        if backend.priority <= 0:
            return "insecure"
    except Exception:
        return "missing"
    return "other"


_platform_tried = False


def _platform_backend() -> Any:
    """The first secure store of this platform that works here, or None."""
    key = "linux" if sys.platform.startswith(("linux", "freebsd", "openbsd")) else sys.platform
    for spec in PLATFORM_BACKENDS.get(key, ()):
        mod, _, cls = spec.partition(":")
        try:
            backend = getattr(importlib.import_module(mod), cls)()
            if backend.priority > 0:   # raises or is <= 0 when not usable here
                return backend
        except Exception:
            continue
    return None


def select_backend() -> Any:
    """Make sure keyring uses a secure store when this machine has one; return it."""
    global _platform_tried
    current = _keyring().get_keyring()
    if classify(current) in ("secure", "other") or _platform_tried:
        return current
    _platform_tried = True
    chosen = _platform_backend()
    if chosen is not None:
        log.info("keyring: %s replaced by %s", _qualname(current), _qualname(chosen))
        _keyring().set_keyring(chosen)
        return chosen
    return current


def backend_status() -> BackendStatus:
    backend = select_backend()
    name = _qualname(backend)
    level = classify(backend)
    message = {
        "secure": tr("aman ({name})"),
        "other": tr("{name}"),
        "insecure": tr("TIDAK AMAN ({name}): rahasia akan tersimpan tanpa perlindungan; Loket menolak "
                       "menyimpan rahasia di sini. Aktifkan Windows Credential Manager, macOS Keychain, "
                       "atau GNOME Keyring/KWallet (Secret Service)."),
        "missing": tr("TIDAK ADA penyimpanan rahasia ({name}): kata sandi basis data pusat dan SiCantik "
                      "tidak dapat disimpan (dokumen tetap ditandatangani: kunci QR workstation ini "
                      "tersimpan di berkas terenkripsi yang terikat mesin ini). Aktifkan Windows Credential "
                      "Manager, macOS Keychain, atau GNOME Keyring/KWallet (Secret Service)."),
    }[level].format(name=name)
    return BackendStatus(name, level, message)


def _require_safe() -> Any:
    status = backend_status()
    if not status.safe:
        raise SecretError(tr("Penyimpanan rahasia tidak tersedia atau tidak aman — {detail}")
                          .format(detail=status.message))
    return _keyring().get_keyring()


def _check_name(name: str) -> str:
    if name not in KNOWN:
        raise SecretError(tr("Nama rahasia tidak dikenal: {name}. Yang dikenal: {names}").format(
            name=name, names=", ".join(KNOWN)))
    return name


def names() -> list[str]:
    return list(KNOWN)


def _read(name: str) -> str | None:
    backend = _require_safe()
    try:
        found: str | None = backend.get_password(SERVICE, name)
        return found
    except _errors().KeyringError as e:
        raise SecretError(tr("Keyring gagal membaca {name} ({error}).").format(
            name=name, error=type(e).__name__)) from None


def _remove(name: str) -> bool:
    backend = _require_safe()
    try:
        backend.delete_password(SERVICE, name)
    except _errors().PasswordDeleteError:
        return False
    except _errors().KeyringError as e:
        raise SecretError(tr("Keyring gagal menghapus {name} ({error}).").format(
            name=name, error=type(e).__name__)) from None
    return True


def get(name: str) -> str | None:
    return _read(_check_name(name))


def _clean(name: str, value: str) -> str:
    if value is None or not value.strip():
        raise SecretError(tr("Nilai rahasia {name} kosong; tidak disimpan.").format(name=name))
    if len(value) > MAX_VALUE:
        raise SecretError(tr("Nilai rahasia {name} terlalu panjang (maks. {n} karakter).").format(
            name=name, n=MAX_VALUE))
    if "\n" in value or "\r" in value:
        raise SecretError(tr("Nilai rahasia {name} berisi lebih dari satu baris; tidak disimpan.").format(
            name=name))
    if name == OFFICE_KEY:
        _decode_key(value.strip())
        return value.strip()
    return value


def _decode_key(text: str) -> bytes:
    """The office key as typed: 64 hex digits, or base64 (standard or URL-safe) of 32 bytes."""
    raw: bytes | None = None
    if len(text) == 64 and all(c in "0123456789abcdefABCDEF" for c in text):
        raw = bytes.fromhex(text)
    else:
        try:
            padded = text + "=" * (-len(text) % 4)
            raw = base64.b64decode(padded.replace("-", "+").replace("_", "/"), validate=True)
        except (binascii.Error, ValueError):
            raw = None
    if raw is None or len(raw) != 32:
        raise SecretError(tr("Kunci QR kantor harus 32 byte: 64 digit heksadesimal atau base64 "
                             "(mis. hasil `openssl rand -base64 32`)."))
    return raw


def set_(name: str, value: str, *, session: Session | None = None, actor: Actor | None = None) -> None:
    """Store a secret. With a session and actor, the change is audited (the name,
    never the value) and committed by the caller."""
    _check_name(name)
    value = _clean(name, value)
    backend = _require_safe()
    try:
        backend.set_password(SERVICE, name, value)
    except _errors().KeyringError as e:
        raise SecretError(tr("Keyring menolak menyimpan {name} ({error}).").format(
            name=name, error=type(e).__name__)) from None
    log.info("secret %s stored", name)
    if session is not None and actor is not None:
        from app import audit
        audit.record(session, actor, "secret.set", "secret", None,
                     tr("Rahasia {name} disimpan di keyring").format(name=name))


def delete(name: str, *, session: Session | None = None, actor: Actor | None = None) -> bool:
    """Remove a secret; False when it was not set."""
    if not _remove(_check_name(name)):
        return False
    log.info("secret %s deleted", name)
    if session is not None and actor is not None:
        from app import audit
        audit.record(session, actor, "secret.delete", "secret", None,
                     tr("Rahasia {name} dihapus dari keyring").format(name=name))
    return True


@dataclass(frozen=True)
class SecretState:
    name: str
    label: str
    is_set: bool


def status() -> list[SecretState]:
    """Which known secrets are set (never their values)."""
    return [SecretState(n, tr(label), bool(get(n))) for n, label in KNOWN.items()]


def office_key() -> bytes | None:
    """The office's old HMAC key, to verify LKT1 QR codes printed before the
    Ed25519 signatures (app/qrsign.py); None on a workstation that never had it.

    Never created here: a key made up on a workstation that lacks the real one
    would call genuine documents forged. An office that wants its old codes
    checked on a new workstation stores the same key there with
    `loket secret set office.qr_key`.
    """
    stored = get(OFFICE_KEY)
    return _decode_key(stored) if stored else None


def _check_internal(name: str) -> str:
    if name not in INTERNAL:
        raise SecretError(tr("Nama rahasia tidak dikenal: {name}.").format(name=name))
    return name


def get_internal(name: str) -> str | None:
    return _read(_check_internal(name))


def set_internal(name: str, value: str) -> None:
    """Store a value Loket made. On Windows with "local machine" persistence: a
    roaming profile never carries it to another computer."""
    backend = _require_safe()
    _check_internal(name)
    restore = getattr(backend, "_persist", None) if hasattr(type(backend), "persist") else None
    try:
        if hasattr(type(backend), "persist"):
            backend.persist = "local machine"
        backend.set_password(SERVICE, name, value)
    except _errors().KeyringError as e:
        raise SecretError(tr("Keyring menolak menyimpan {name} ({error}).").format(
            name=name, error=type(e).__name__)) from None
    finally:
        if hasattr(type(backend), "persist"):
            if restore is None:
                backend.__dict__.pop("_persist", None)
            else:
                backend._persist = restore
    if backend.get_password(SERVICE, name) != value:
        raise SecretError(tr("Keyring tidak menyimpan {name}.").format(name=name))
    log.info("secret %s stored", name)


def delete_internal(name: str) -> bool:
    return _remove(_check_internal(name))
