"""Proof that an administrator made an office-wide change (and that an officer
changed their own password): an Ed25519 signature over the protected fields of
a row, checked by every other workstation before it honours the row.

Why signatures. Every workstation holds the whole officer table and may write
its own SQLite file and (with its central-database login) the central rows. A
hash chain or an audit record can be forged by whoever writes the file; a
signature made with a key only the administrator can produce cannot.

The key. Each officer's Ed25519 key is derived from their password (argon2id,
the same cost as the password hash, salted with the officer's id), so nothing
secret is stored anywhere: the private key exists in memory while the officer
is logged in (`Actor.extra["proof_key"]`), the public key travels on the row
(`officer.sign_key`). Offline, the public key is as hard to attack as the
password hash beside it.

What a protected row carries: `proof_version` (raised by every signed change,
so an old signed state cannot be replayed), `proof_by` (the signer's officer
id), `proof_sig`, and `proof_chain`: the signed steps since the last
administrator's stamp (the officer's own password changes after it, each
signed with the previous step's key), so a workstation that never saw the
earlier states can still check the row. A signature covers the table, the row
id, the protected fields (PROTECTED below; a password hash as its SHA-256), the
version and the signer.

Use it for any office-wide change an administrator makes (admin pages):
    proof.stamp(row, actor)           # after setting the protected fields
and declare the table's protected fields in PROTECTED, with the three columns
on the table. app/sync/trust.py refuses a pulled row whose protected fields
changed without a valid stamp.
"""
from __future__ import annotations

import hashlib
import json
import logging
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

if TYPE_CHECKING:
    from app.services.context import Actor

log = logging.getLogger("loket.proof")

# table → fields whose change needs a proof. (The proof columns themselves are
# always compared too: PROOF_COLUMNS.)
PROTECTED: dict[str, tuple[str, ...]] = {
    "officer": ("roles", "active", "password_hash", "must_change_password", "sign_key"),
    # Office master data an administrator keeps (app/services/permit_types.py, closures.py):
    # signed by an administrator, or exactly as shipped in resources/permit_types.toml
    # (app/masterdata.py shipped_rows; every workstation seeds those itself).
    "permit_type": ("code", "name", "unit", "sector", "service_days", "needs_review", "review_days",
                    "validity_months", "legal_basis", "template", "technical_fields", "technical_specs",
                    "active", "requirements_version"),
    "requirement": ("permit_type_id", "position", "name", "mandatory", "original_needed", "active", "note",
                    "since_version", "until_version"),
    "non_working_day": ("day", "name", "active"),
    # The office's settings (scope OFFICE: identity, numbering formats, hours, connections'
    # addresses), signed by app/services/office.py; a row keyed by `key`, not `id`.
    "setting": ("key", "value", "scope"),
    # What SiCantik's permit types and enum values mean for Loket (app/sicantik/importer.py,
    # admin.py): a forged map would file applications under another permit type.
    "sicantik_permit_map": ("sicantik_id", "sicantik_name", "name_key", "permit_type_id", "active"),
    "sicantik_value_map": ("field", "value_key", "value", "loket_value", "active"),
    # The office's own SK templates, one row per revision (app/services/sk_templates.py);
    # valid_from is kept to whole seconds, the same on every backend.
    "sk_template": ("name", "revision", "title", "body", "based_on", "valid_from", "active"),
}
PROOF_COLUMNS = ("proof_version", "proof_by", "proof_sig")
# Tables whose rows also keep `proof_chain`: the steps since the last administrator's
# stamp (an officer's own password changes), so a row can be checked without its history.
CHAINED = frozenset({"officer"})
# Fields signed as their SHA-256 (the chain keeps old steps; it must not keep old hashes).
DIGESTED = frozenset({"password_hash"})
# Boolean fields signed as true/false whatever the backend hands over (1/0, True/False).
BOOLEANS: dict[str, tuple[str, ...]] = {"officer": ("active", "must_change_password"),
                                        "permit_type": ("needs_review", "active"),
                                        "requirement": ("mandatory", "original_needed", "active"),
                                        "non_working_day": ("active",), "sicantik_permit_map": ("active",),
                                        "sicantik_value_map": ("active",), "sk_template": ("active",)}


def proof_columns(table: str) -> tuple[str, ...]:
    return PROOF_COLUMNS + (("proof_chain",) if table in CHAINED else ())

KEY = "proof_key"   # Actor.extra slot of the private key

# argon2id parameters of argon2-cffi's PasswordHasher defaults (RFC 9106, second profile).
_T, _M, _P = 3, 65536, 4


def derive(officer_id: str, password: str) -> Ed25519PrivateKey:
    seed = hash_secret_raw(password.encode("utf-8"), f"loket-proof:{officer_id}".encode(),
                           time_cost=_T, memory_cost=_M, parallelism=_P, hash_len=32, type=Type.ID)
    return Ed25519PrivateKey.from_private_bytes(seed)


def public_hex(key: Ed25519PrivateKey) -> str:
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()


def _norm(v: object) -> object:
    if isinstance(v, bool) or v is None:
        return v
    if isinstance(v, str) and v[:1] and v[:1] in "[{":   # a JSON column as SQLite hands it over raw
        try:
            v = json.loads(v)
        except ValueError:
            return v
    if isinstance(v, (list, dict)):           # JSON columns: the same text on every backend
        return json.dumps(v, sort_keys=True, ensure_ascii=False)
    if isinstance(v, (datetime, date)):
        return v.isoformat()
    if isinstance(v, int):
        return v
    return str(v)


def signed_fields(table: str, fields: dict[str, Any]) -> dict[str, object]:
    """The protected fields as they are signed (and kept in the chain)."""
    out: dict[str, object] = {}
    for k in PROTECTED[table]:
        v = fields.get(k)
        if k in DIGESTED:
            v = hashlib.sha256(v.encode("utf-8")).hexdigest() if v else None
        out[k] = _norm(v)
    if table == "officer":
        out["roles"] = ",".join(sorted(r for r in (fields.get("roles") or "").split(",") if r))
    for f in BOOLEANS.get(table, ()):
        out[f] = bool(fields.get(f))
    return out


def payload(table: str, row_id: str, signed: dict[str, object], version: int | None, signer: str | None) -> bytes:
    body = {"t": table, "id": row_id, "v": int(version or 0), "by": signer, "f": signed}
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def valid(public: str | None, signature: str | None, table: str, row_id: str, signed: dict[str, object],
          version: int | None, signer: str | None) -> bool:
    if not public or not signature:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(public)).verify(
            bytes.fromhex(signature), payload(table, row_id, signed, version, signer))
        return True
    except (InvalidSignature, ValueError):
        return False


def chain(raw: str | None) -> list[dict[str, Any]]:
    """The steps since the last administrator's stamp: [admin step, own step, …].
    Each step: {"v": version, "by": signer id, "sig": hex, "f": signed fields}."""
    if not raw:
        return []
    try:
        steps = json.loads(raw)
    except ValueError:
        return []
    return steps if isinstance(steps, list) and all(isinstance(x, dict) for x in steps) else []


# A signed row is any ORM instance of a PROTECTED table (officer, permit_type, setting…):
# the tables share only their proof columns, so rows are typed Any here.
def row_id(row: Any) -> str:
    """The signed row's key: `id`, or the single primary-key column (setting: `key`)."""
    (col,) = row.__table__.primary_key.columns
    key: str = getattr(row, col.name)   # every protected table's key is a string column
    return key


def key_of(actor: Actor | None) -> Ed25519PrivateKey | None:
    key = actor.extra.get(KEY) if actor is not None else None
    return key if isinstance(key, Ed25519PrivateKey) else None


def remember(actor: Actor, key: Ed25519PrivateKey) -> None:
    actor.extra[KEY] = key


def stamp(row: Any, actor: Actor, *, key: Ed25519PrivateKey | None = None) -> bool:
    """Sign the protected fields of an ORM row as `actor` (after setting them).
    An officer signing their own row (a password change with the old password's
    key) adds a step to the chain; anyone else's stamp starts it anew. False when
    the actor holds no key (the change then stays on this workstation: every
    other one refuses it and reports it)."""
    table = row.__table__.name
    key = key or key_of(actor)
    row.proof_version = (row.proof_version or 0) + 1
    row.proof_by = actor.officer_id
    if key is None:
        row.proof_sig = None
        log.warning("unsigned change of %s %s by %s", table, row_id(row), actor.username)
        return False
    signed = signed_fields(table, {f: getattr(row, f) for f in PROTECTED[table]})
    row.proof_sig = key.sign(payload(table, row_id(row), signed, row.proof_version, actor.officer_id)).hex()
    if table in CHAINED:
        step = {"v": row.proof_version, "by": actor.officer_id, "sig": row.proof_sig, "f": signed}
        before = chain(row.proof_chain) if actor.officer_id == row_id(row) else []
        row.proof_chain = json.dumps(before + [step], sort_keys=True, separators=(",", ":"))
    return True
