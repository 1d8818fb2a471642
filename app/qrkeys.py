"""The keys that sign the QR codes on the office's documents (Ed25519).

Where the private keys live (README, "Kunci tanda tangan QR"): one key per
workstation, made on the workstation the first time it signs a document, and
never leaving it.

- A secure OS keyring (Windows Credential Locker, macOS Keychain, Secret
  Service/KWallet) holds it where one exists, under the name
  ``qr.signing_key`` of the service ``loket``; on Windows with "local machine"
  persistence, so a roaming profile does not carry it to another computer.
- Without one (a fresh Linux machine, a kiosk), it is a file in the data
  folder, ``keys/qr-signing-<machine>.key``: readable by its owner only
  (0600, folder 0700) and sealed with AES-256-GCM under a key derived from this
  machine's identity (/etc/machine-id, the Windows MachineGuid…). A copy of
  the data folder on another machine cannot open it (its name does not even
  match there), so that machine makes its own key.

No login is needed to sign: `loket print receipt` runs with no officer, and
the receipt is the workstation's statement anyway (the officer's name and NIP
are printed on it and in the audit log). Nothing here ever writes a private
key anywhere else, and no command exports one.

Public keys go in the table ``signing_key`` (db/models/keys.py), which
travels with sync, and in `loket keys export` files; a workstation trusts the
keys in its database plus its own. An administrator revokes a key from a date
(`loket keys revoke`): documents dated on or after it fail verification,
earlier ones still verify; a workstation whose own key is revoked makes a new
one the next time it signs.
"""
from __future__ import annotations

import base64
import hashlib
import json
import logging
import os
import sys
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy.orm import Session

from app.i18n import tr
from app.services.context import ServiceError

if TYPE_CHECKING:
    from collections.abc import Sequence

    from app.runtime import Loket
    from app.services.context import Actor
    from db.models.keys import SigningKey

log = logging.getLogger("loket.qrkeys")

ALGORITHM = "Ed25519"
SECRET_NAME = "qr.signing_key"
FILE_FORMAT = "loket-qr-key/1"
EXPORT_FORMAT = "loket-public-keys/1"
_ROW_NAMESPACE = uuid.UUID("6f1c3a52-8e0b-4f7a-9d55-2b1e8c4a7f30")



# --- encoding ----------------------------------------------------------------------------

def b64u(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def unb64u(text: str) -> bytes | None:
    """Strict base64url without padding: None unless `text` is the canonical encoding."""
    if not text or any(c not in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_" for c in text):
        return None
    try:
        raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except ValueError:
        return None
    return raw if b64u(raw) == text else None


def raw_public(key: Ed25519PrivateKey | Ed25519PublicKey) -> bytes:
    pub = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return pub.public_bytes_raw()


def kid_of(public: bytes) -> str:
    """The key id printed in every payload: 8 hex digits of the public key's SHA-256."""
    return hashlib.sha256(public).hexdigest()[:8]


def row_id(public: bytes) -> str:
    """The same row id wherever the key is registered or imported (sync merges them)."""
    return str(uuid.uuid5(_ROW_NAMESPACE, b64u(public)))


@dataclass(frozen=True)
class PublicKey:
    kid: str
    public: bytes
    office: str = ""
    workstation: str = ""
    revoked_from: date | None = None
    own: bool = False

    def verifier(self) -> Ed25519PublicKey:
        return Ed25519PublicKey.from_public_bytes(self.public)


# --- where the private key lives ---------------------------------------------------------

def use_folder(folder: str | os.PathLike[str] | None) -> None:
    """The data folder whose keys/ holds the key file when there is no keyring
    (app.runtime.open_loket sets it through app.paths, without importing this module)."""
    from app import paths
    paths.set_opened(folder)


def key_dir() -> Path:
    from app import paths
    return (paths.opened() or paths.data_dir()) / "keys"


def machine_id() -> bytes:
    """A stable identity of this computer (not a secret: it binds the key file to the machine)."""
    for p in ("/etc/machine-id", "/var/lib/dbus/machine-id"):
        try:
            text = Path(p).read_text().strip()
            if text:
                return text.encode()
        except OSError:
            continue
    if sys.platform == "win32":
        try:
            import winreg
            with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, r"SOFTWARE\Microsoft\Cryptography",
                                0, winreg.KEY_READ | winreg.KEY_WOW64_64KEY) as k:
                return str(winreg.QueryValueEx(k, "MachineGuid")[0]).encode()
        except OSError:
            pass
    if sys.platform == "darwin":
        import subprocess
        try:
            out = subprocess.run(["ioreg", "-rd1", "-c", "IOPlatformExpertDevice"], capture_output=True,
                                 text=True, timeout=5).stdout
            for line in out.splitlines():
                if "IOPlatformUUID" in line:
                    return line.split("=")[-1].strip().strip('"').encode()
        except (OSError, subprocess.SubprocessError):
            pass
    import platform
    return f"{platform.node()}:{uuid.getnode():012x}".encode()


def key_file() -> Path:
    return key_dir() / f"qr-signing-{hashlib.sha256(machine_id()).hexdigest()[:12]}.key"


def _wrapping_key(salt: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt,
                info=b"loket qr signing key file v1").derive(machine_id())


def _seal(key: Ed25519PrivateKey) -> str:
    public = raw_public(key)
    salt, nonce = os.urandom(16), os.urandom(12)
    sealed = AESGCM(_wrapping_key(salt)).encrypt(nonce, key.private_bytes_raw(), public)
    return json.dumps({"format": FILE_FORMAT, "algorithm": ALGORITHM, "kid": kid_of(public),
                       "public_key": b64u(public), "salt": b64u(salt), "nonce": b64u(nonce),
                       "sealed": b64u(sealed)})


def _unseal(text: str) -> Ed25519PrivateKey | None:
    try:
        d = json.loads(text)
        public, salt, nonce, sealed = (unb64u(d[k]) for k in ("public_key", "salt", "nonce", "sealed"))
        if d.get("format") != FILE_FORMAT or public is None or salt is None or nonce is None or sealed is None:
            return None
        key = Ed25519PrivateKey.from_private_bytes(AESGCM(_wrapping_key(salt)).decrypt(nonce, sealed, public))
    except (ValueError, KeyError, TypeError, InvalidTag):
        return None
    return key if raw_public(key) == public else None


def _write_file(key: Ed25519PrivateKey) -> Path:
    """Write the sealed key, owner-only; never over a key file that exists."""
    path = key_file()
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(path.parent, 0o700)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="ascii") as f:
            f.write(_seal(key))
            f.flush()
            os.fsync(f.fileno())
        try:
            os.link(tmp, path)      # atomic, and refuses when another process made one first
        except FileExistsError:
            pass
        except OSError:             # a file system without hard links
            if not path.exists():
                os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def _keyring_usable() -> bool:
    from app import secrets
    try:
        return secrets.backend_status().safe
    except Exception:
        return False


@dataclass(frozen=True)
class Holder:
    """Where this workstation's signing key is, and how it is protected (for doctor)."""
    store: str            # "keyring" | "file" | "" (none yet)
    kid: str
    detail: str


def _from_keyring() -> Ed25519PrivateKey | None:
    from app import secrets
    if not _keyring_usable():
        return None
    try:
        stored = secrets.get_internal(SECRET_NAME)
    except secrets.SecretError:
        log.warning("keyring could not be read; the QR key file is used instead")
        return None
    raw = unb64u(stored or "")
    if raw is None or len(raw) != 32:
        return None
    return Ed25519PrivateKey.from_private_bytes(raw)


def _from_file() -> Ed25519PrivateKey | None:
    path = key_file()
    try:
        text = path.read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError):
        return None
    key = _unseal(text)
    if key is None:
        log.warning("QR key file %s cannot be opened on this machine; ignored", path)
    return key


# one entry: (keyring backend object, key folder, key, store); the backend object is
# held so a new keyring (another test, a platform store found later) is never confused
_cached: tuple[object, str, Ed25519PrivateKey, str] | None = None


def _where() -> tuple[object, str]:
    import keyring
    return keyring.get_keyring(), str(key_dir())


def load(create: bool = False) -> tuple[Ed25519PrivateKey, str] | None:
    """This workstation's signing key and its store ("keyring"/"file"). Without
    create, never makes one (verifying, doctor and export only look)."""
    global _cached
    backend, folder = _where()
    if _cached is not None and _cached[0] is backend and _cached[1] == folder:
        return _cached[2], _cached[3]
    for store, reader in (("keyring", _from_keyring), ("file", _from_file)):
        key = reader()
        if key is not None:
            _cached = (backend, folder, key, store)
            return key, store
    return _create() if create else None


def _create() -> tuple[Ed25519PrivateKey, str]:
    global _cached
    from app import secrets
    key = Ed25519PrivateKey.generate()
    store = ""
    if _keyring_usable():
        try:
            secrets.set_internal(SECRET_NAME, b64u(key.private_bytes_raw()))
            store = "keyring"
        except secrets.SecretError:
            log.warning("keyring refused the QR key; it is kept in the key file instead")
    if not store:
        _write_file(key)
        key, store = (_from_file() or key), "file"   # another process may have made one first
    log.info("QR signing key %s created (%s)", kid_of(raw_public(key)), store)
    _cached = (*_where(), key, store)
    return key, store


def rotate() -> tuple[Ed25519PrivateKey, str]:
    """A new key for this workstation: its old one was revoked and never signs again."""
    global _cached
    from app import secrets
    _cached = None
    if _keyring_usable():
        try:
            secrets.delete_internal(SECRET_NAME)
        except secrets.SecretError:
            pass
    try:
        key_file().unlink()
    except OSError:
        pass
    return _create()


def private_key() -> Ed25519PrivateKey:
    """The key to sign with, made on first use."""
    found = load(create=True)
    assert found is not None   # create=True always returns a key
    return found[0]


def holder() -> Holder:
    found = load()
    if found is None:
        where = (tr("keyring aman") if _keyring_usable()
                 else tr("berkas {path}").format(path=key_file()))
        return Holder("", "", tr("belum ada; dibuat saat dokumen pertama ditandatangani ({where})")
                      .format(where=where))
    key, store = found
    kid = kid_of(raw_public(key))
    if store == "keyring":
        from app import secrets
        detail = tr("Ed25519 {kid}, di keyring ({name}); tidak pernah keluar dari mesin ini").format(
            kid=kid, name=secrets.backend_status().name)
    else:
        detail = tr("Ed25519 {kid}, berkas {path} (hanya pemilik, terenkripsi AES-256-GCM terikat "
                    "mesin ini; dibuat saat tidak ada keyring aman)").format(kid=kid, path=key_file())
    return Holder(store, kid, detail)


# --- public keys in the database ---------------------------------------------------------

def _rows(session: Session) -> Sequence[SigningKey]:
    from sqlalchemy import select

    from db.models.keys import SigningKey
    return session.scalars(select(SigningKey).order_by(SigningKey.created_at, SigningKey.id)).all()


def _revocations(session: Session) -> dict[str, date]:
    """key id -> the earliest date it is revoked from (append-only rows)."""
    from sqlalchemy import func, select

    from db.models.keys import SigningKeyRevocation as R
    return dict(session.execute(select(R.key_id, func.min(R.revoked_from)).group_by(R.key_id)).all())


def effective(row: SigningKey, revocations: dict[str, date]) -> date | None:
    """The date a key stands revoked from: its earliest revocation row (the column
    on signing_key is a cache that an edit could lift; the rows cannot be)."""
    dates = [d for d in (row.revoked_from, revocations.get(row.id)) if d is not None]
    return min(dates) if dates else None


def _public(row: SigningKey, own_kid: str = "", revocations: dict[str, date] | None = None) -> PublicKey | None:
    raw = unb64u(row.public_key)
    if raw is None or len(raw) != 32 or kid_of(raw) != row.kid:
        return None
    return PublicKey(row.kid, raw, row.office or "", row.workstation or "", effective(row, revocations or {}),
                     own=row.kid == own_kid)


def register_own(session: Session, key: Ed25519PrivateKey | None = None) -> SigningKey | None:
    """The row of this workstation's key (added to the session when missing; the
    caller commits). None when this workstation has no key."""
    from app import config
    from db.models.keys import SigningKey
    if key is None:
        found = load()
        if found is None:
            return None
        key = found[0]
    public = raw_public(key)
    row = session.get(SigningKey, row_id(public))
    if row is None:
        row = SigningKey(id=row_id(public), kid=kid_of(public), algorithm=ALGORITHM, public_key=b64u(public),
                         office=config.get(session, "office.name"),
                         workstation=config.get(session, "workstation.name"),
                         created_ws=config.get(session, "workstation.name"))
        session.add(row)
        session.flush()
    return row


_OWN: Any = None


def _own_query() -> Any:
    """SELECT a key's row and the earliest date of its revocation rows (built once)."""
    global _OWN
    if _OWN is None:
        from sqlalchemy import bindparam, func, select

        from db.models.keys import SigningKey
        from db.models.keys import SigningKeyRevocation as R
        earliest = select(func.min(R.revoked_from)).where(R.key_id == SigningKey.id).scalar_subquery()
        _OWN = select(SigningKey, earliest).where(SigningKey.id == bindparam("id"))
    return _OWN


def signing_key(session: Session | None, day: date) -> Ed25519PrivateKey:
    """The key to sign a document dated `day`, registered in this database; a
    new one when an administrator revoked this workstation's key."""
    key = private_key()
    if session is None:
        return key
    # the key's row and its earliest revocation row in one query (every document with a
    # QR asks: an SK read the row, then every key's revocations)
    got = session.execute(_own_query(), {"id": row_id(raw_public(key))}).first()
    if got is None:
        row = register_own(session, key)
        assert row is not None   # with a key given, register_own always has its row
        earliest = None
    else:
        row, earliest = got
    revoked = effective(row, {row.id: earliest} if earliest is not None else {})
    if revoked is not None and day >= revoked:
        log.warning("QR key %s was revoked from %s; a new key is made", row.kid, revoked)
        key = rotate()[0]
        register_own(session, key)
    return key


def trusted(session: Session | None = None) -> list[PublicKey]:
    """The keys a payload may be signed with: this database's, plus this
    workstation's own (looked up, never made)."""
    found = load()
    own = kid_of(raw_public(found[0])) if found else ""
    keys: list[PublicKey] = []
    if session is not None:
        revocations = _revocations(session)
        keys = [k for k in (_public(r, own, revocations) for r in _rows(session)) if k]
    if found and not any(k.public == raw_public(found[0]) for k in keys):
        keys.append(PublicKey(own, raw_public(found[0]), own=True))
    return keys


def _day(value: object) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def find(session: Session, kid: str) -> SigningKey:
    from sqlalchemy import select

    from db.models.keys import SigningKey
    register_own(session)
    rows = session.scalars(select(SigningKey).where(SigningKey.kid == (kid or "").strip().lower())).all()
    if not rows:
        raise ServiceError(tr("Kunci {kid} tidak dikenal di basis data ini (lihat `loket keys list`).")
                           .format(kid=kid))
    if len(rows) > 1:
        raise ServiceError(tr("Lebih dari satu kunci bernomor {kid}; cabut lewat berkas ekspor.").format(kid=kid))
    return rows[0]


def _mark_revoked(session: Session, row: SigningKey, actor: Actor, day: date, reason: str) -> None:
    """An append-only revocation row, and the display cache on the key's row."""
    from db.models.keys import SigningKeyRevocation
    session.add(SigningKeyRevocation(key_id=row.id, revoked_from=day, reason=reason, officer_id=actor.officer_id,
                                     officer_name=actor.name, created_by=actor.officer_id,
                                     created_ws=actor.workstation))
    row.revoked_from, row.revoked_reason, row.revoked_by = day, reason, actor.officer_id
    row.updated_by, row.updated_ws = actor.officer_id, actor.workstation
    row.version = (row.version or 1) + 1


def revoke(session: Session, actor: Actor, kid: str, from_day: date, reason: str) -> SigningKey:
    """Revoke a key from a date (administrator): documents it signed dated on or
    after `from_day` no longer verify; earlier ones do. A date can only move earlier."""
    from app import audit
    actor.require("ADMIN")
    reason = (reason or "").strip()
    if not reason:
        raise ServiceError(tr("Tuliskan alasan pencabutan kunci (--reason)."))
    if len(reason) > 500:
        raise ServiceError(tr("Alasan pencabutan terlalu panjang (maks. 500 karakter)."))
    try:
        row = find(session, kid)
        already = effective(row, _revocations(session))
        if already is not None and already <= from_day:
            raise ServiceError(tr("Kunci {kid} sudah dicabut sejak {day}; tidak diubah.").format(
                kid=row.kid, day=already.isoformat()))
        _mark_revoked(session, row, actor, from_day, reason)
        audit.record(session, actor, "qrkey.revoke", "signing_key", row.id,
                     f"kunci QR {row.kid} ({row.workstation or '-'}) dicabut sejak {from_day.isoformat()}: {reason}")
        session.commit()
    except BaseException:
        session.rollback()
        raise
    return row


def listing(session: Session) -> list[tuple[SigningKey, date | None]]:
    """(row, the date it stands revoked from or None) for every key of this database."""
    register_own(session)
    session.commit()
    revocations = _revocations(session)
    return [(r, effective(r, revocations)) for r in _rows(session)]


def export(session: Session) -> dict[str, Any]:
    """The office's public keys, for `loket keys import` and the verification page."""
    from app import config
    return {
        "format": EXPORT_FORMAT,
        "office": config.get(session, "office.name"),
        "keys": [{"kid": r.kid, "algorithm": r.algorithm, "public_key": r.public_key, "office": r.office or "",
                  "workstation": r.workstation or "", "revoked_from": revoked.isoformat() if revoked else None}
                 for r, revoked in listing(session) if _public(r) is not None],
    }


def import_keys(session: Session, actor: Actor, data: object) -> tuple[int, int]:
    """Trust the public keys of an export file: (added, updated). The whole file
    is refused when any entry is malformed; a revocation is kept or moved earlier,
    never lifted."""
    from app import audit
    from db.models.keys import SigningKey
    bad = ServiceError(tr("Berkas kunci publik tidak sah (bukan hasil `loket keys export`, atau telah diubah)."))
    if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT or not isinstance(data.get("keys"), list):
        raise bad
    parsed = []
    for entry in data["keys"]:
        if not isinstance(entry, dict) or entry.get("algorithm") != ALGORITHM:
            raise bad
        raw = unb64u(str(entry.get("public_key", "")))
        if raw is None or len(raw) != 32 or entry.get("kid") != kid_of(raw):
            raise bad
        try:
            Ed25519PublicKey.from_public_bytes(raw)
            revoked = _day(entry.get("revoked_from"))
        except ValueError:
            raise bad from None
        office, ws = str(entry.get("office") or "")[:200], str(entry.get("workstation") or "")[:64]
        parsed.append((raw, office, ws, revoked))
    added = updated = 0
    try:
        revocations = _revocations(session)
        for raw, office, ws, revoked in parsed:
            row = session.get(SigningKey, row_id(raw))
            current = effective(row, revocations) if row is not None else None
            if row is None:
                row = SigningKey(id=row_id(raw), kid=kid_of(raw), algorithm=ALGORITHM, public_key=b64u(raw),
                                 office=office, workstation=ws, created_by=actor.officer_id,
                                 created_ws=actor.workstation)
                session.add(row)
                session.flush()
                added += 1
            elif revoked is not None and (current is None or revoked < current):
                updated += 1
            else:
                continue
            if revoked is not None:
                _mark_revoked(session, row, actor, revoked, tr("dicabut di kantor asal"))
        audit.record(session, actor, "qrkey.import", "signing_key", None,
                     f"kunci publik QR diimpor: {added} baru, {updated} diperbarui ({data.get('office') or '-'})")
        session.commit()
    except BaseException:
        session.rollback()
        raise
    return added, updated


# --- doctor ------------------------------------------------------------------------------

def doctor_checks(loket: Loket) -> list[tuple[str, str, bool | None]]:
    from app import config, secrets
    out = []
    h = holder()
    with loket.Session() as s:
        revocations = _revocations(s)
        keys = [k for k in (_public(r, h.kid, revocations) for r in _rows(s)) if k]
        verify_url = config.get(s, "office.verify_url")
        revoked_own = any(k.own and k.revoked_from for k in keys)
    out.append((tr("Kunci penanda QR"), h.detail, None if revoked_own else True))
    n_revoked = sum(1 for k in keys if k.revoked_from)
    out.append((tr("Kunci publik kantor"),
                tr("{n} kunci dari {w} workstation, {r} dicabut (tersinkron; `loket keys list`)").format(
                    n=len(keys), w=len({k.workstation for k in keys}), r=n_revoked) if keys
                else tr("belum ada (kunci workstation ini terdaftar saat dokumen pertama)"), True))
    try:
        legacy = bool(secrets.get(secrets.OFFICE_KEY))
        legacy_text = (tr("ada: kode QR lama (LKT1) tetap dapat diperiksa di sini") if legacy
                       else tr("tidak ada: kode QR lama (LKT1) tidak dapat diperiksa di workstation ini"))
    except secrets.SecretError:
        legacy_text = tr("tidak dapat dibaca (keyring tidak tersedia): kode QR LKT1 tidak dapat diperiksa")
    out.append((tr("Kunci HMAC lama"), legacy_text, True))
    out.append((tr("Halaman verifikasi QR"), verify_url or tr("office.verify_url kosong: QR berisi kode saja "
                                                              "(`loket verify-page --out FOLDER`)"), True))
    return out
