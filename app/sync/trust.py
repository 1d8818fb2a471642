"""Rights that only an administrator can grant, office-wide.

The central database cannot run Loket's checks, and any workstation can write
its own file and (with its login) the central rows. So every workstation checks
what it pulls: a row of a guarded table (app/proof.py PROTECTED: the officer's
roles, activation, password, key) whose protected fields differ from the local
copy is honoured only with a valid proof —

- signed by an officer who is an active administrator *here* (their public key
  as this workstation knows it), with a proof version above the local one (an
  old signed state cannot be replayed); or
- signed by the officer themselves with their current key, when only their
  password (and key) changed: a password change made with the old password; or
- for the office's first administrator, the trust root: the one officer the
  central database named first (`sync_state` key `trust.root`, written once,
  append-only centrally, app/sync/guard.py).

Otherwise the row is applied with the protected fields as they are here (a new
officer arrives without roles, inactive and without a password), and the
refusal is noted for the administrators (`loket sync conflicts`, kind LOCAL).
The same check guards the merged rows a push brings back (push.py) and the rows
a new workstation adopts by username (pull.py).
"""
from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from typing import Any, cast

from sqlalchemy import Engine, Table, select, text, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app import proof
from app.i18n import tr
from app.sync import rows as R
from app.sync import tables as T

log = logging.getLogger("loket.sync")

ROOT_KEY = "trust.root"
SEEN_KEY = "trust.root.central"   # the central root this workstation last found equal to its own
GUARDED = frozenset(proof.PROTECTED)
ADMIN = "ADMIN"

# What a row refused on arrival gets when this workstation has no copy of it.
STRIPPED = {"roles": "", "active": False, "password_hash": None, "must_change_password": False,
            "sign_key": None, "proof_version": 0, "proof_by": None, "proof_sig": None, "proof_chain": None}
# The same for office data (permit types, requirements, closures, SiCantik maps, SK
# templates): kept, but inactive.
_INACTIVE = {"active": False, "proof_version": 0, "proof_by": None, "proof_sig": None}
# one row as the sync moves it: column → value
RowDict = dict[str, Any]

STRIPPED_OF: dict[str, RowDict] = {"officer": STRIPPED, "permit_type": _INACTIVE, "requirement": _INACTIVE,
                                "non_working_day": _INACTIVE, "sicantik_permit_map": _INACTIVE,
                                "sicantik_value_map": _INACTIVE, "sk_template": _INACTIVE,
                                # an office setting refused on arrival: the key's default (as if unset)
                                "setting": {"proof_version": 0, "proof_by": None, "proof_sig": None}}


def _fields(table: str) -> tuple[str, ...]:
    return proof.PROTECTED[table] + proof.proof_columns(table)


def _norm(v: object) -> object:
    if isinstance(v, bool):
        return int(v)
    return None if v == "" else v


def _roles(row: RowDict) -> frozenset[str]:
    return frozenset(r for r in (row.get("roles") or "").split(",") if r)


# --- the trust root ---------------------------------------------------------------------------

def root_value(officer_id: str, public: str) -> str:
    return f"{officer_id}:{public}"


def local_root(conn: Connection) -> tuple[str, str] | None:
    from app.sync.pull import get_state
    raw = get_state(conn, ROOT_KEY)
    if not raw:
        return None
    oid, _, pub = raw.partition(":")
    return oid, pub


def set_local_root(conn: Connection, officer_id: str, public: str) -> None:
    from app.sync.pull import set_state
    set_state(conn, ROOT_KEY, root_value(officer_id, public))


def exchange_root(local: Engine, central: Engine) -> None:
    """At every sync, before anything is pulled: the central root wins. The first
    workstation to sync names it (its first administrator); a folder whose own
    first administrator is not the office's loses that administrator's rights
    here, and the stripped row is what it pushes."""
    from app.sync.pull import get_state, set_state
    from db.models.sync import SyncState
    t = cast(Table, SyncState.__table__)   # declarative types __table__ as a FromClause
    with local.connect() as lc:
        mine = lc.execute(select(t.c.value).where(t.c.key == ROOT_KEY)).scalar()
        if mine and get_state(lc, SEEN_KEY) == mine:
            return   # the central root is written once: seen equal, it stays equal
    with central.begin() as cc:
        theirs = cc.execute(select(t.c.value).where(t.c.key == ROOT_KEY)).scalar()
        if theirs is None and mine:
            try:
                with cc.begin_nested():
                    cc.execute(t.insert().values(key=ROOT_KEY, value=mine))
                theirs = mine
            except IntegrityError:
                theirs = cc.execute(select(t.c.value).where(t.c.key == ROOT_KEY)).scalar()
    if theirs and theirs == mine:
        with local.begin() as c:
            set_state(c, SEEN_KEY, theirs)
    elif theirs:
        with local.begin() as c:
            set_state(c, ROOT_KEY, theirs)
            # A folder with a first administrator of its own: what rests on it goes.
            n = rescreen(c) if mine else 0
        log.info("trust root taken from the central database; %d local officers lost their rights", n)


def rescreen(c: Connection) -> int:
    """Check every local guarded row from the root (as if each had just arrived);
    strip the ones no proof holds. Captured: the stripped rows go up."""
    n = 0
    for table in ("officer",):    # the root vouches for officers; office data is signed by them
        spec = T.by_name()[table]
        have = {r._mapping[spec.pk]: R.clean(spec, r) for r in c.execute(
            select(*[spec.table.c[k] for k in spec.columns]))}
        kept, refused = Screen(c, table, baseline={}).run(have)
        for rid, reason in refused:
            c.execute(update(spec.table).where(spec.table.c[spec.pk] == rid).values(**STRIPPED))
            note(c, table, have[rid], reason)
            n += 1
    return n


# --- checking rows --------------------------------------------------------------------------

def _demo_setting(new: RowDict, old: RowDict | None) -> bool:
    """An office setting exactly as `loket demo` fills it (app/demo.py
    OFFICE_SETTINGS: the fictional "Kabupaten Contoh"), arriving where the key is
    still unset: accepted unsigned, like the shipped permit types, so the README's
    demo office works on a second workstation without demo data of its own. It
    never replaces a value this workstation holds, and only fills in the demo's
    own fictional values."""
    if new.get("key") is None or "value" not in new:
        return False
    # imported here: the demo package (made-up people, the simulation) loads
    # only when a pull meets an office setting it may have written
    from app import config
    from app.demo import OFFICE_SETTINGS
    key = new["key"]
    if key not in OFFICE_SETTINGS or key not in config.KEYS:
        return False
    try:
        if json.loads(new.get("value") or "null") != OFFICE_SETTINGS[key]:
            return False
        return old is None or json.loads(old.get("value") or "null") == config.KEYS[key].default
    except ValueError:
        return False


class Screen:
    """One batch of incoming rows of a guarded table, checked against the local
    copies (`baseline`: id → row; read from the local database when None).
    Rows accepted earlier in the batch may sign later ones (a new administrator
    and the officers they created arrive together at a new workstation)."""

    def __init__(self, conn: Connection, table: str, baseline: dict[str, RowDict] | None = None) -> None:
        self.conn, self.table = conn, table
        self.spec = T.by_name()[table]
        self.baseline = baseline
        self.accepted: dict[str, RowDict] = {}
        self.root = local_root(conn)

    def _local(self, ids: Iterable[str]) -> dict[str, RowDict]:
        if self.baseline is not None:
            return {i: self.baseline[i] for i in ids if i in self.baseline}
        return R.fetch(self.conn, self.spec, list(ids))

    def _signer(self, sid: str | None) -> RowDict | None:
        if self.table != "officer":   # office data is signed by an officer (an administrator)
            return R.fetch(self.conn, T.by_name()["officer"], [sid]).get(sid)
        if sid in self.accepted:
            return self.accepted[sid]
        if self.baseline is not None:
            return None
        return R.fetch(self.conn, self.spec, [sid]).get(sid)

    def _shipped(self, new: RowDict) -> bool:
        """Office data exactly as resources/permit_types.toml ships it (every workstation
        seeds it itself, unsigned): no administrator's proof needed."""
        from app import masterdata
        return masterdata.is_shipped(self.conn, self.table, new)

    def reason(self, new: RowDict, old: RowDict | None) -> str | None:
        """None when the row may be applied as it is; else why not (for the log)."""
        fields = _fields(self.table)
        if old is not None and all(_norm(new.get(f)) == _norm(old.get(f)) for f in fields):
            return None
        version, by, sig = new.get("proof_version") or 0, new.get("proof_by"), new.get("proof_sig")
        officer = self.table == "officer"
        if not officer and not sig and not version and (self._shipped(new) or _demo_setting(new, old)):
            return None
        if old is not None and version <= (old.get("proof_version") or 0):
            return (tr("hak, status atau kata sandi diubah tanpa tanda tangan baru dari administrator") if officer
                    else tr("data kantor diubah tanpa tanda tangan baru dari administrator"))
        if not sig or not by:
            return (tr("hak, status atau kata sandi diubah tanpa tanda tangan administrator") if officer
                    else tr("data kantor diubah tanpa tanda tangan administrator"))
        signed = proof.signed_fields(self.table, new)
        rid = new[self.spec.pk]
        if self.table not in proof.CHAINED:
            return self._chain_reason(rid, [{"v": version, "by": by, "sig": sig, "f": signed}])
        steps = proof.chain(new.get("proof_chain"))
        if not steps:
            return tr("hak, status atau kata sandi diubah tanpa tanda tangan administrator")
        last = steps[-1]
        if (last.get("v"), last.get("by"), last.get("sig")) != (version, by, sig) or last.get("f") != signed:
            return tr("tanda tangan tidak cocok dengan isi data")
        return self._chain_reason(rid, steps)

    def _chain_reason(self, rid: str, steps: list[RowDict]) -> str | None:
        """The first step signed by an administrator active here (or, for the office's
        first administrator, by the trust root); each later one by the officer with
        the key of the step before (their own password changes)."""
        first = steps[0]
        f0 = first.get("f") or {}
        if self.table == "officer" and first.get("by") == rid:
            if self.root != (rid, f0.get("sign_key")) or ADMIN not in _roles(f0):
                return tr("akun yang menandatangani haknya sendiri (bukan administrator pertama kantor)")
            public = f0.get("sign_key")
        else:
            signer = self._signer(first.get("by"))
            if signer is None or not signer.get("active") or ADMIN not in _roles(signer):
                return tr("ditandatangani oleh akun yang di workstation ini bukan administrator aktif")
            public = signer.get("sign_key")
        if not proof.valid(public, first.get("sig"), self.table, rid, f0, first.get("v"), first.get("by")):
            return tr("tanda tangan administrator tidak sah")
        prev = first
        for st in steps[1:]:   # the officer's own password changes since
            f, pf = st.get("f") or {}, prev.get("f") or {}
            if st.get("by") != rid or (st.get("v") or 0) <= (prev.get("v") or 0):
                return tr("rantai tanda tangan tidak urut")
            if _roles(f) != _roles(pf) or bool(f.get("active")) != bool(pf.get("active")):
                return tr("peran atau status hanya dapat diubah administrator")
            if f.get("must_change_password") and not pf.get("must_change_password"):
                return tr("perubahan kata sandi sendiri tidak dapat mewajibkan penggantian")
            if not proof.valid(pf.get("sign_key"), st.get("sig"), self.table, rid, f, st.get("v"), rid):
                return tr("penggantian kata sandi tidak ditandatangani dengan kunci kata sandi lama")
            prev = st
        return None

    def run(self, incoming: dict[str, RowDict]) -> tuple[dict[str, RowDict], list[tuple[str, str]]]:
        """(rows to apply, [(id, reason)] refused)."""
        local = self._local(incoming)
        pending, out = dict(incoming), dict[str, RowDict]()
        progress = True
        while pending and progress:
            progress = False
            for rid in list(pending):
                if self.reason(pending[rid], local.get(rid)) is None:
                    out[rid] = self.accepted[rid] = pending.pop(rid)
                    progress = True
        refused: list[tuple[str, str]] = []
        for rid, row in pending.items():
            refused.append((rid, self.reason(row, local.get(rid)) or ""))   # never None: not accepted above
            old = local.get(rid)
            kept = dict(row)
            if old is not None:
                kept.update({f: old.get(f) for f in _fields(self.table)})
            else:
                kept.update(STRIPPED_OF[self.table])
                if self.table == "setting":
                    kept["value"] = _default_setting(row.get("key"))
            out[rid] = kept
        return out, refused


def _default_setting(key: str | None) -> str:
    import json

    from app import config
    k = config.KEYS.get(key or "")
    return json.dumps(k.default if k else "")


def guard(c: Connection, spec: T.Spec, values: list[RowDict]) -> tuple[list[RowDict], int]:
    """For the appliers of pulled and merged rows: the rows as they may be
    written here, and how many were refused (each noted for the administrators)."""
    if spec.name not in GUARDED or not values:
        return values, 0
    by_id = {v[spec.pk]: v for v in values}
    out, refused = Screen(c, spec.name).run(by_id)
    for rid, reason in refused:
        log.warning("pulled %s %s refused: %s", spec.name, rid, reason)
        note(c, spec.name, by_id[rid], reason)
    return [out[v[spec.pk]] for v in values], len(refused)


def merge_group(spec: T.Spec, local: RowDict, central: RowDict, merged: RowDict | None) -> RowDict | None:
    """A push's field merge must not mix a stamp with fields it did not sign: the
    protected fields and their proof come together from one side, the one with
    the later proof version (central on a tie: this workstation is merely behind)."""
    if spec.name not in GUARDED or merged is None:
        return merged
    src = local if (local.get("proof_version") or 0) > (central.get("proof_version") or 0) else central
    merged.update({f: src.get(f) for f in _fields(spec.name)})
    return merged


def note(c: Connection, table: str, row: RowDict, reason: str) -> None:
    from app.sync.pull import _refusal_row
    from db.models.sync import SyncConflict
    who = row.get("username") or row.get("code") or row.get("name") or row.get("id") or row.get("key")
    msg = tr("Perubahan {who} dari pusat tidak diberlakukan: {reason}. Nilai di workstation ini "
             "dipertahankan; periksa siapa yang mengubahnya.").format(who=who, reason=reason)
    r = _refusal_row(table, row.get("id") or row.get("key") or "", msg)   # a guarded row has one of the two
    r["message"] = msg
    c.execute(sqlite_insert(cast(Table, SyncConflict.__table__)).values(**r).on_conflict_do_nothing(index_elements=["id"]))


# --- a fresh data folder and an office that already has officers ---------------------------

def central_officers(session: Session) -> tuple[int | None, str]:
    """(officers in the configured central database, or None when none is
    configured; the URL as shown). Raises app.sync.central.CentralError when
    one is configured but cannot be asked."""
    from app import config
    from app.sync import central as C
    if not config.get(session, "central.url"):
        return None, ""
    target = C.target_from_settings(session)
    engine = C.connect(target, timeout=5)
    try:
        with engine.connect() as c:
            if not engine.dialect.has_table(c, "officer"):
                return 0, target.shown
            return int(c.execute(text("SELECT count(*) FROM officer")).scalar_one()), target.shown
    except Exception as e:
        raise C.CentralError(C.describe(e, target)) from None
    finally:
        engine.dispose()
