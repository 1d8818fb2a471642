"""Officers: accounts, roles, login.

Only an administrator manages officers, and that is checked here against the
database (the acting officer must still exist, be active and hold ADMIN), not
only against the Actor the UI passes in: an administrator disabled at another
workstation loses the right at once. Every change writes an audit record in
the same transaction.

Login messages never say whether a username exists: an unknown name, a wrong
password and (after five tries) a lock read the same to whoever is typing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, NoReturn

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from app import audit, auth, clock, proof, validation
from app.i18n import tr
from app.services.context import Actor, PermissionDenied, ServiceError
from app.sync import trust
from app.validation import Invalid
from app.workflow import ADMIN, ROLE_LABELS, ROLES
from db.base import new_id, utcnow
from db.models import Officer

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

USERNAME_RE = re.compile(r"[a-z][a-z0-9._-]{2,31}")


class AuthError(ServiceError):
    """Login refused; the message is safe to show to whoever is at the keyboard."""


WRONG_CREDENTIALS = "Nama pengguna atau kata sandi salah."


@dataclass(frozen=True)
class OfficerRow:
    id: str
    username: str
    full_name: str
    nip: str | None
    counter: str | None
    unit: str | None
    roles: tuple[str, ...]
    active: bool
    locked_until: datetime | None
    last_login_at: datetime | None
    must_change_password: bool

    @property
    def locked(self) -> bool:
        return self.locked_until is not None and self.locked_until > utcnow()


def _row(o: Officer, session: Session | None = None) -> OfficerRow:
    """With a session, the lock is the office-wide one (failures at other counters count)."""
    locked_until = o.locked_until if session is None else login_state(session, o)[1]
    return OfficerRow(o.id, o.username, o.full_name, o.nip, o.counter, o.unit,
                      tuple(r for r in ROLES if r in o.role_set), bool(o.active), locked_until,
                      o.last_login_at, bool(o.must_change_password))


# --- validation -----------------------------------------------------------------------------

def clean_username(value: str) -> str:
    v = (value or "").strip().lower()
    if not v:
        raise Invalid("username", tr("Nama pengguna wajib diisi."))
    if not USERNAME_RE.fullmatch(v):
        raise Invalid("username", tr(
            "Nama pengguna 3–32 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung, "
            "diawali huruf (contoh: budi.santoso)."))
    return v


def clean_full_name(value: str) -> str:
    v = " ".join(validation.text(value, "full_name").split())
    if len(v) < 3:
        raise Invalid("full_name", tr("Nama lengkap wajib diisi (minimal 3 huruf)."))
    if len(v) > 200:
        raise Invalid("full_name", tr("Nama lengkap maksimal 200 karakter."))
    return v


def clean_nip(value: str | None) -> str | None:
    """NIP ASN: 18 digits = birth date (YYYYMMDD), appointment (YYYYMM), sex (1/2), serial.
    Optional: contract staff at a counter may have none."""
    v = re.sub(r"[\s.\-]", "", value or "")
    if not v:
        return None
    if not v.isdigit():
        raise Invalid("nip", tr("NIP hanya boleh berisi angka."))
    if len(v) != 18:
        raise Invalid("nip", tr("NIP harus 18 digit (terisi {n}).").format(n=len(v)))
    try:
        born = date(int(v[0:4]), int(v[4:6]), int(v[6:8]))
    except ValueError:
        raise Invalid("nip", tr("NIP tidak sah: 8 digit pertama bukan tanggal lahir yang mungkin.")) from None
    year, month = int(v[8:12]), int(v[12:14])
    if not 1 <= month <= 12 or year < born.year + 15 or year > clock.today().year + 1:
        raise Invalid("nip", tr("NIP tidak sah: digit 9–14 bukan bulan dan tahun pengangkatan yang mungkin."))
    if born.year < 1940 or born > clock.today():
        raise Invalid("nip", tr("NIP tidak sah: tahun lahir di dalamnya tidak mungkin."))
    if v[14] not in "12":
        raise Invalid("nip", tr("NIP tidak sah: digit ke-15 (jenis kelamin) harus 1 atau 2."))
    return v


def clean_roles(roles: Any) -> tuple[str, ...]:
    wanted = {(r or "").strip().upper() for r in roles or ()} - {""}
    unknown = sorted(wanted - set(ROLES))
    if unknown:
        raise Invalid("roles", tr("Peran tidak dikenal: {roles}. Pilihan: {choices}.").format(
            roles=", ".join(unknown), choices=", ".join(ROLES)))
    if not wanted:
        raise Invalid("roles", tr("Pilih minimal satu peran."))
    return tuple(r for r in ROLES if r in wanted)


def _clean_text(value: str | None, field: str, limit: int) -> str | None:
    v = " ".join(validation.text(value, field).split())
    if len(v) > limit:
        raise Invalid(field, tr("Isian {field} maksimal {n} karakter.").format(field=field, n=limit))
    return v or None


def _check_password(password: str, username: str, full_name: str, nip: str | None) -> None:
    try:
        auth.check_policy(password, username, full_name, nip or "")
    except auth.WeakPassword as e:
        raise Invalid("password", str(e)) from None


# --- who may manage -------------------------------------------------------------------------

def require_admin(session: Session, actor: Actor) -> Officer:
    """The acting administrator, as the database knows them now."""
    actor.require(ADMIN)
    me = session.get(Officer, actor.officer_id) if actor.officer_id else None
    if me is None or not me.active or ADMIN not in me.role_set:
        raise PermissionDenied(tr("Anda tidak berwenang untuk tindakan ini (peran yang diperlukan: {roles}).")
                               .format(roles=tr(ROLE_LABELS[ADMIN])))
    return me


def _find(session: Session, username: str) -> Officer:
    o = session.scalar(select(Officer).where(Officer.username == (username or "").strip().lower()))
    if o is None:
        raise ServiceError(tr("Petugas “{username}” tidak ditemukan.").format(username=username))
    return o


def _active_admins(session: Session) -> list[Officer]:
    return [o for o in session.scalars(select(Officer).where(Officer.active.is_(True)))
            if ADMIN in o.role_set]


def _stamp(o: Officer, actor: Actor) -> None:
    o.updated_by, o.updated_ws = actor.officer_id, actor.workstation


# --- reading --------------------------------------------------------------------------------

def count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Officer)) or 0


def needs_setup(session: Session) -> bool:
    """True on first start: no officer at all, so the first administrator is created."""
    return count(session) == 0


def list_officers(session: Session, include_inactive: bool = True) -> list[OfficerRow]:
    q = select(Officer).order_by(Officer.active.desc(), Officer.full_name)
    if not include_inactive:
        q = q.where(Officer.active.is_(True))
    return [_row(o, session) for o in session.scalars(q)]


def get(session: Session, username: str) -> OfficerRow:
    return _row(_find(session, username), session)


# --- changing -------------------------------------------------------------------------------

def _new_officer(session: Session, username: str, full_name: str, nip: str | None,
                 roles: Any, password: str, counter: str | None, unit: str | None) -> Officer:
    username = clean_username(username)
    full_name = clean_full_name(full_name)
    nip = clean_nip(nip)
    role_tuple = clean_roles(roles)
    counter = _clean_text(counter, "loket", 64)
    unit = _clean_text(unit, "unit", 120)
    _check_password(password, username, full_name, nip)
    if session.scalar(select(Officer.id).where(Officer.username == username)):
        raise Invalid("username", tr("Nama pengguna “{username}” sudah dipakai.").format(username=username))
    if nip and session.scalar(select(Officer.id).where(Officer.nip == nip)):
        raise Invalid("nip", tr("NIP {nip} sudah terdaftar untuk petugas lain.").format(nip=nip))
    oid = new_id()
    return Officer(id=oid, username=username, full_name=full_name, nip=nip, counter=counter, unit=unit,
                   roles=",".join(role_tuple), password_hash=auth.hash_password(password),
                   sign_key=proof.public_hex(proof.derive(oid, password)), proof_version=0,
                   active=True, failed_attempts=0)


def _sign(session: Session, o: Officer, actor: Actor, key: Any=None) -> None:
    """Stamp the officer's rights with the acting officer's proof (app/proof.py)."""
    proof.stamp(o, actor, key=key)


def _countersign(session: Session, actor: Actor, former: Officer, key: Any=None) -> None:
    """An administrator loses the role or the account, or their key changes with
    their password: every stamp they made is signed again (by the acting
    administrator, or by them with the new key), so no officer's rights rest on
    a signer or a key that other workstations no longer trust."""
    for o in session.scalars(select(Officer).where(Officer.id != former.id)):
        steps = proof.chain(o.proof_chain)
        if steps and steps[0].get("by") == former.id:
            _sign(session, o, actor, key)
    from db.models import Base
    models = {m.class_.__tablename__: m.class_ for m in Base.registry.mappers}
    for table in proof.PROTECTED:   # office data they signed (permit types, closures…)
        model = models.get(table)
        if table == "officer" or model is None:
            continue
        for row in session.scalars(select(model).where(model.proof_by == former.id)):
            proof.stamp(row, actor, key=key)


def _refuse_if_office_has_officers(session: Session) -> None:
    """A data folder pointed at an office's central database takes its officers
    from there; it never makes its own first administrator."""
    from app.sync import central as C
    try:
        n, shown = trust.central_officers(session)
    except C.CentralError as e:
        raise PermissionDenied(tr("Folder data ini diarahkan ke basis data pusat, tetapi pusat tidak dapat "
                                  "dihubungi untuk memastikan kantor belum punya petugas: {err}. "
                                  "Administrator pertama tidak dibuat.").format(err=e)) from None
    if n:
        raise PermissionDenied(tr(
            "Basis data pusat {url} sudah punya {n} petugas: workstation ini memakai petugas kantor. "
            "Jalankan sinkronisasi (loket sync --once), lalu masuk dengan akun Anda. "
            "Administrator pertama tidak dibuat.").format(url=shown, n=n))


def setup_first_admin(session: Session, username: str, full_name: str, nip: str | None,
                      password: str, workstation: str, counter: str | None = None,
                      unit: str | None = None, roles: Any=(ADMIN,)) -> Actor:
    """First start: create the administrator and return them, logged in.
    Refused as soon as any officer exists (no second way to make an admin)."""
    if ADMIN not in clean_roles(roles):
        raise Invalid("roles", tr("Petugas pertama harus berperan Administrator (ADMIN)."))
    _refuse_if_office_has_officers(session)
    # Any write statement makes SQLite take the write lock now, so two first-start
    # dialogs on one database cannot both see "no officer yet".
    session.execute(text("UPDATE officer SET version = version WHERE 1 = 0"))
    if not needs_setup(session):
        raise PermissionDenied(tr("Administrator pertama sudah dibuat. Masuk dengan akun petugas."))
    o = _new_officer(session, username, full_name, nip, roles, password, counter, unit)
    o.last_login_at = utcnow()
    o.created_ws = o.updated_ws = workstation
    session.add(o)
    session.flush()
    o.created_by = o.updated_by = o.id
    actor = Actor.from_officer(o, workstation)
    key = proof.derive(o.id, password)
    proof.remember(actor, key)
    _sign(session, o, actor, key)
    # The office's first administrator is the root every proof leads back to.
    assert o.sign_key is not None  # _sign just set it
    trust.set_local_root(session.connection(), o.id, o.sign_key)
    audit.record(session, actor, "officer.setup", "officer", o.id,
                 tr("Administrator pertama dibuat: {u} ({name})").format(u=o.username, name=o.full_name))
    session.commit()
    return actor


def create(session: Session, actor: Actor, username: str, full_name: str, nip: str | None,
           roles: Any, password: str, counter: str | None = None, unit: str | None = None) -> OfficerRow:
    """An administrator adds an officer. The officer chooses their own password
    at first login (the administrator knows the one set here)."""
    require_admin(session, actor)
    o = _new_officer(session, username, full_name, nip, roles, password, counter, unit)
    o.must_change_password = True
    o.created_by, o.created_ws = actor.officer_id, actor.workstation
    _stamp(o, actor)
    session.add(o)
    _sign(session, o, actor)
    audit.record(session, actor, "officer.create", "officer", o.id,
                 tr("Petugas {u} ({name}) dibuat; peran {roles}; loket {counter}").format(
                     u=o.username, name=o.full_name, roles=o.roles, counter=o.counter or "-"))
    session.commit()
    return _row(o)


def set_roles(session: Session, actor: Actor, username: str, roles: Any) -> OfficerRow:
    me = require_admin(session, actor)
    o = _find(session, username)
    new = clean_roles(roles)
    before = tuple(r for r in ROLES if r in o.role_set)
    if before == new:
        return _row(o)
    if ADMIN in before and ADMIN not in new and o.active and len(_active_admins(session)) <= 1:
        raise ServiceError(tr("{u} adalah administrator aktif terakhir; peran Administrator tidak dapat dicabut.")
                           .format(u=o.username))
    if o.id == me.id and ADMIN not in new:
        raise ServiceError(tr("Anda tidak dapat mencabut peran Administrator dari akun Anda sendiri."))
    o.roles = ",".join(new)
    _stamp(o, actor)
    _sign(session, o, actor)
    if ADMIN in before and ADMIN not in new:
        _countersign(session, actor, o)
    audit.record(session, actor, "officer.roles", "officer", o.id,
                 tr("Peran {u}: {before} → {after}").format(u=o.username, before=",".join(before),
                                                             after=",".join(new)))
    session.commit()
    return _row(o)


def attest(session: Session, actor: Actor) -> int:
    """Sign every officer that carries no proof yet (data from a Loket before
    proofs): once, by the office's first administrator, on one workstation, then
    sync. Without a trust root yet, that administrator becomes it. Returns how
    many officers were signed."""
    me = require_admin(session, actor)
    key = proof.key_of(actor)
    if key is None:
        raise ServiceError(tr("Masuk ulang sebagai administrator (dengan kata sandi) untuk menandatangani."))
    conn = session.connection()
    root = trust.local_root(conn)
    if not proof.chain(me.proof_chain):
        if root is not None and root[0] != me.id:
            raise PermissionDenied(tr("Kantor ini sudah punya administrator pertama; minta dia mengatur ulang "
                                      "kata sandi Anda agar tanda tangan Anda dikenali."))
        me.sign_key = proof.public_hex(key)
        _sign(session, me, actor, key)
        trust.set_local_root(conn, me.id, me.sign_key)
    n = 0
    for o in session.scalars(select(Officer).where(Officer.id != me.id)):
        if not proof.chain(o.proof_chain):
            _sign(session, o, actor)
            n += 1
    # SiCantik maps made before they carried a proof (migration 0021): signed with the officers,
    # or a new workstation would keep them inactive
    from db.models.sicantik import SicantikPermitMap, SicantikValueMap
    maps = 0
    for model in (SicantikPermitMap, SicantikValueMap):
        for row in session.scalars(select(model).where(model.proof_sig.is_(None), model.active.is_(True))):
            proof.stamp(row, actor, key=key)
            maps += 1
    audit.record(session, actor, "officer.attest", "officer", me.id,
                 tr("{n} petugas ditandatangani oleh {u}").format(n=n, u=me.username)
                 + (tr("; {m} pemetaan SiCantik").format(m=maps) if maps else ""))
    session.commit()
    return n


def update_details(session: Session, actor: Actor, username: str, *, full_name: str | None = None,
                   nip: str | None = None, counter: str | None = None,
                   unit: str | None = None) -> OfficerRow:
    """Name, NIP, counter, unit. Passing None leaves a field as it is; "" clears it."""
    require_admin(session, actor)
    o = _find(session, username)
    changes = []
    if full_name is not None:
        v = clean_full_name(full_name)
        if v != o.full_name:
            changes.append(f"nama: {o.full_name} → {v}")
            o.full_name = v
    if nip is not None:
        nip_v = clean_nip(nip)
        if nip_v and session.scalar(select(Officer.id).where(Officer.nip == nip_v, Officer.id != o.id)):
            raise Invalid("nip", tr("NIP {nip} sudah terdaftar untuk petugas lain.").format(nip=nip_v))
        if nip_v != o.nip:
            changes.append(f"NIP: {o.nip or '-'} → {nip_v or '-'}")
            o.nip = nip_v
    for field, value, limit in (("counter", counter, 64), ("unit", unit, 120)):
        if value is not None:
            text_v = _clean_text(value, field, limit)
            if text_v != getattr(o, field):
                changes.append(f"{field}: {getattr(o, field) or '-'} → {text_v or '-'}")
                setattr(o, field, text_v)
    if changes:
        _stamp(o, actor)
        audit.record(session, actor, "officer.update", "officer", o.id,
                     f"{o.username}: " + "; ".join(changes))
        session.commit()
    return _row(o)


def set_active(session: Session, actor: Actor, username: str, active: bool) -> OfficerRow:
    me = require_admin(session, actor)
    o = _find(session, username)
    if bool(o.active) == active:
        return _row(o)
    if not active:
        if o.id == me.id:
            raise ServiceError(tr("Anda tidak dapat menonaktifkan akun Anda sendiri."))
        if ADMIN in o.role_set and len(_active_admins(session)) <= 1:
            raise ServiceError(tr("{u} adalah administrator aktif terakhir dan tidak dapat dinonaktifkan.")
                               .format(u=o.username))
    o.active = active
    _stamp(o, actor)
    _sign(session, o, actor)
    if not active and ADMIN in o.role_set:
        _countersign(session, actor, o)
    audit.record(session, actor, "officer.enable" if active else "officer.disable", "officer", o.id,
                 (tr("Petugas {u} diaktifkan kembali") if active else tr("Petugas {u} dinonaktifkan"))
                 .format(u=o.username))
    session.commit()
    return _row(o)


def disable(session: Session, actor: Actor, username: str) -> OfficerRow:
    return set_active(session, actor, username, False)


def enable(session: Session, actor: Actor, username: str) -> OfficerRow:
    return set_active(session, actor, username, True)


def unlock(session: Session, actor: Actor, username: str) -> OfficerRow:
    """Lift a lock from failed logins before its five minutes are up."""
    require_admin(session, actor)
    o = _find(session, username)
    failures, until = login_state(session, o)
    if not failures and until is None and not o.failed_attempts and o.locked_until is None:
        return _row(o)
    o.failed_attempts, o.locked_until = 0, None
    _stamp(o, actor)
    audit.record(session, actor, "officer.unlock", "officer", o.id,
                 tr("Kunci akun {u} dibuka oleh administrator").format(u=o.username))
    session.commit()
    return _row(o)


def change_password(session: Session, actor: Actor, username: str, new_password: str,
                    old_password: str | None = None) -> None:
    """Officers change their own password (with the old one); an administrator
    resets anyone's (the officer must then choose their own at next login)."""
    o = _find(session, username)
    own = actor.officer_id is not None and actor.officer_id == o.id
    if own:
        if not auth.verify_password(o.password_hash, old_password or ""):
            raise AuthError(tr("Kata sandi lama salah."))
        if not o.active:
            raise AuthError(tr("Akun ini dinonaktifkan. Hubungi administrator."))
    else:
        require_admin(session, actor)
    _check_password(new_password, o.username, o.full_name, o.nip)
    if auth.verify_password(o.password_hash, new_password):
        raise Invalid("password", tr("Kata sandi baru harus berbeda dari yang lama."))
    o.password_hash = auth.hash_password(new_password)
    o.must_change_password = not own
    o.failed_attempts, o.locked_until = 0, None
    _stamp(o, actor)
    new_key = proof.derive(o.id, new_password)
    o.sign_key = proof.public_hex(new_key)
    if own:
        # Signed with the key of the old password: proof the officer knew it.
        _sign(session, o, actor, proof.derive(o.id, old_password or ""))
        if proof.key_of(actor) is not None:
            proof.remember(actor, new_key)
        if ADMIN in o.role_set:
            _countersign(session, actor, o, new_key)
    else:
        _sign(session, o, actor)
        if ADMIN in o.role_set:
            _countersign(session, actor, o)
    audit.record(session, actor, "officer.password", "officer", o.id,
                 (tr("Kata sandi {u} diganti sendiri") if own else tr("Kata sandi {u} diatur ulang oleh administrator"))
                 .format(u=o.username))
    session.commit()


# --- login ----------------------------------------------------------------------------------

# Failed tries for usernames that do not exist, kept in memory only: with them an
# unknown name locks like a real one, so the lock message reveals nothing either.
_unknown_failures: dict[str, tuple[int, datetime | None]] = {}


def _lock_message(until: datetime) -> str:
    minutes = max(1, -(-int((until - utcnow()).total_seconds()) // 60))
    return tr("Terlalu banyak percobaan gagal. Akun dikunci sementara; coba lagi dalam {n} menit "
              "atau minta administrator membukanya.").format(n=minutes)


def _fail_unknown(name: str) -> NoReturn:
    n, until = _unknown_failures.get(name, (0, None))
    now = utcnow()
    if until and until > now:
        raise AuthError(_lock_message(until))
    n += 1
    if n >= auth.MAX_FAILED_ATTEMPTS:
        _unknown_failures[name] = (0, now + auth.LOCK_DURATION)
        raise AuthError(_lock_message(now + auth.LOCK_DURATION))
    _unknown_failures[name] = (n, None)
    raise AuthError(tr(WRONG_CREDENTIALS))


# What ends a run of failed logins, office-wide.
_RESETS = ("login", "officer.unlock", "officer.password")
_LOGIN_ACTIONS = ("login.failed", "login.locked", *_RESETS)


def login_state(session: Session, o: Officer, now: datetime | None = None) -> tuple[int, datetime | None]:
    """(failed logins in a row, locked until) for this officer office-wide.

    Counted from the audit records, which sync: every workstation's failures
    and locks, newest first, back to the last success, unlock, password change
    or lock. So five wrong passwords spread over three counters lock the account
    at all of them once synced, and an administrator's unlock lifts it at all."""
    from db.models import AuditRecord
    now = now or utcnow()
    recs = session.execute(
        select(AuditRecord.action, AuditRecord.at, AuditRecord.workstation, AuditRecord.seq)
        .where(AuditRecord.entity_id == o.id, AuditRecord.entity == "officer",
               AuditRecord.action.in_(_LOGIN_ACTIONS))
        .order_by(AuditRecord.at.desc()).limit(50)).all()
    # Audit times are whole seconds and workstations' sequences are their own: within
    # one second only the same workstation's order is known, so a failure elsewhere
    # in the very second of a success or unlock is not counted against the officer.
    barriers = [r for r in recs if r.action != "login.failed"]
    if not barriers:
        return len(recs), None
    last_at = max(r.at for r in barriers)
    at_last = [r for r in barriers if r.at == last_at]
    resets = [r for r in at_last if r.action in _RESETS]
    locks = [r for r in at_last if r.action == "login.locked"]
    barrier = max(resets or locks, key=lambda r: r.seq)
    lock = next((k for k in sorted(locks, key=lambda r: -r.seq)
                 if not any(x.workstation == k.workstation and x.seq > k.seq for x in resets)), None)
    if lock is not None and (not resets or all(x.workstation == lock.workstation for x in resets)):
        barrier = lock
        if lock.at + auth.LOCK_DURATION > now:
            return 0, lock.at + auth.LOCK_DURATION
    failures = sum(1 for r in recs if r.action == "login.failed" and (
        r.at > last_at or (r.at == last_at and r.workstation == barrier.workstation and r.seq > barrier.seq)))
    return failures, None


def authenticate(session: Session, username: str, password: str, workstation: str) -> Actor:
    """Check a login and return the officer as an Actor, or raise AuthError.

    Five wrong passwords in a row lock the account for five minutes. The count
    is stored on the officer row, so closing and reopening Loket does not reset
    it. The attempted username is never written to the log or the audit chain
    (people type their password into the wrong field).
    """
    name = (username or "").strip().lower()
    if not name or not password:
        raise AuthError(tr("Isi nama pengguna dan kata sandi."))
    o = session.scalar(select(Officer).where(Officer.username == name))
    now = utcnow()
    if o is None:
        auth.burn_time(password)
        _fail_unknown(name)
    failures, until = login_state(session, o, now)
    if (o.failed_attempts or 0, o.locked_until) != (failures, until):
        o.failed_attempts, o.locked_until = failures, until  # the office's count, shown here too
    if until is not None:
        auth.burn_time(password)
        session.commit()
        raise AuthError(_lock_message(until))
    system = Actor.system(workstation)
    if not auth.verify_password(o.password_hash, password):
        o.failed_attempts = failures + 1
        if o.failed_attempts >= auth.MAX_FAILED_ATTEMPTS:
            o.failed_attempts, o.locked_until = 0, now + auth.LOCK_DURATION
            audit.record(session, system, "login.locked", "officer", o.id,
                         tr("Akun {u} dikunci {n} menit setelah {k} percobaan gagal").format(
                             u=o.username, n=int(auth.LOCK_DURATION.total_seconds() // 60),
                             k=auth.MAX_FAILED_ATTEMPTS))
            session.commit()
            raise AuthError(_lock_message(o.locked_until))
        audit.record(session, system, "login.failed", "officer", o.id,
                     tr("Kata sandi salah untuk {u} (percobaan ke-{k})").format(u=o.username, k=o.failed_attempts))
        session.commit()
        raise AuthError(tr(WRONG_CREDENTIALS))
    # The password is right: from here the messages may be specific.
    if not o.active:
        raise AuthError(tr("Akun ini dinonaktifkan. Hubungi administrator."))
    if not o.role_set:
        raise AuthError(tr("Akun ini belum diberi peran. Hubungi administrator."))
    o.failed_attempts, o.locked_until, o.last_login_at = 0, None, now
    actor = Actor.from_officer(o, workstation)
    key: Ed25519PrivateKey | None = None
    rehash = auth.needs_rehash(o.password_hash or "")
    if ADMIN in o.role_set or rehash:
        key = proof.derive(o.id, password)
    if key is not None and ADMIN in o.role_set:
        proof.remember(actor, key)  # an administrator's changes carry their proof
    if rehash:
        o.password_hash = auth.hash_password(password)
        _sign(session, o, actor, key)
    audit.record(session, actor, "login", "officer", o.id,
                 tr("{u} masuk di {ws}").format(u=o.username, ws=workstation))
    session.commit()
    if o.must_change_password:
        actor.extra["must_change_password"] = True
    return actor


def check_password(session: Session, actor: Actor, password: str) -> Actor:
    """Unlocking the screen: the same officer's password, with the same lockout."""
    if not actor.officer_id:
        raise AuthError(tr(WRONG_CREDENTIALS))
    o = session.get(Officer, actor.officer_id)
    if o is None:
        raise AuthError(tr("Akun ini sudah tidak ada. Masuk sebagai petugas lain."))
    return authenticate(session, o.username, password, actor.workstation)
