"""Which tables travel to the central database, and how. Declared here, once.

- APPEND: rows are written once and never edited (events, issued documents,
  audit records…). They merge by union, keyed by their UUID.
- MUTABLE: rows edited in place, carrying `version` and `updated_at`. A change
  goes up with the row as it was before the first unsent edit, so the central
  side can merge field by field (app/sync/merge.py).
- LOCAL: this workstation's own bookkeeping; never leaves it.

A new table rides along with one line in DECLARED. A table nobody declared is
classified from its columns (Mutable mixin → MUTABLE, Synced → APPEND, else
LOCAL), so a forgotten line errs on the side of syncing, never of losing.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Table

from app import workflow
from db.models import Base

APPEND, MUTABLE, LOCAL = "append", "mutable", "local"

DECLARED: dict[str, str] = {
    # foundation
    "workflow_event": APPEND, "issued_document": APPEND, "document_print": APPEND,
    "survey_response": APPEND, "audit_record": APPEND,
    "officer": MUTABLE, "permit_type": MUTABLE, "requirement": MUTABLE, "applicant": MUTABLE,
    "company": MUTABLE, "application": MUTABLE, "requirement_check": MUTABLE,
    "complaint": MUTABLE, "setting": MUTABLE, "non_working_day": MUTABLE, "workstation": MUTABLE,
    # per-workstation counters: receipt numbers carry the workstation name
    "number_sequence": LOCAL,
    # office-wide number blocks: reserved centrally, kept per workstation (app/sync/blocks.py)
    "number_block": LOCAL,
    # security: each workstation guards the tail of the chains it holds
    "audit_head": LOCAL,
    # counters 4 and 5
    "handover": APPEND, "complaint_update": APPEND,
    # SiCantik: the mapping and the steps are office data, the pull log is local
    "sicantik_permit_map": MUTABLE, "sicantik_step": MUTABLE, "sicantik_pull": LOCAL,
    # what an office's own spellings mean; files waiting for their permit type's map
    "sicantik_value_map": MUTABLE, "sicantik_waiting": MUTABLE,
    # the office's own SK templates: one signed row per saved revision (app/services/sk_templates.py)
    "sk_template": MUTABLE,
    # QR signatures: public keys of every workstation; an administrator's revocation travels too
    "signing_key": MUTABLE, "signing_key_revocation": APPEND,
    # messages to applicants (app/notify/): the queue is the log, one row per message with its id
    # derived from the message's idempotency key; after queueing only the sending workstation
    # (notify.send_workstation) edits a row, so the per-field merge has one writer per field
    "notify_message": MUTABLE, "notify_preference": MUTABLE,
    # sync itself
    "sync_conflict": APPEND,
    "sync_outbox": LOCAL, "sync_state": LOCAL, "sync_mute": LOCAL, "sync_change": LOCAL,
    "sync_clock": LOCAL, "sync_single_shot": LOCAL, "sync_client": LOCAL,
    "alembic_version": LOCAL,
    # the reports' running totals: each workstation keeps its own from its events (app/reports/rollup.py)
    "report_rollup": LOCAL,
}

# Only some rows of a table travel: column → value they must have.
ROW_FILTERS: dict[str, tuple[str, str]] = {"setting": ("scope", "OFFICE")}

# Columns that stay on the workstation (login lock-outs are per workstation).
LOCAL_COLUMNS: dict[str, frozenset[str]] = {
    "officer": frozenset({"failed_attempts", "locked_until"}),
}

# Cached columns the central side recomputes from the events after each push
# (app/sync/derive.py): merged, but a difference there is not a conflict to log.
DERIVED_COLUMNS: dict[str, frozenset[str]] = {
    "application": frozenset({"state", "state_since", "holder_role", "permit_number"}),
}

# Values the conflict log must not show (they still sync).
HIDDEN_IN_LOG: dict[str, frozenset[str]] = {"officer": frozenset({"password_hash"})}

# Natural keys: a fresh workstation adopts the central row with the same key
# instead of pushing its own seeded copy (permit types shipped in resources/…).
NATURAL_KEYS: dict[str, tuple[str, ...]] = {
    "permit_type": ("code",), "requirement": ("permit_type_id", "position"),
    "officer": ("username",), "workstation": ("name",), "non_working_day": ("day",),
    # a map is by SiCantik id or, when SiCantik gives none, by folded name (never both null)
    "sicantik_permit_map": ("sicantik_id", "name_key"),
    "sicantik_value_map": ("field", "value_key"), "sicantik_waiting": ("no_permohonan",),
    "sk_template": ("name", "revision"),
}

# Workflow actions that happen once per application office-wide (the table says: `once`).
SINGLE_SHOT_ACTIONS = frozenset(k for k, a in workflow.ACTIONS.items() if a.once)

# Columns a merge never reports as a conflict: bookkeeping of the row itself.
# Creation stamps included: two workstations that created the same real thing
# (identity keys, app/identity.py) keep the first copy's, silently.
BOOKKEEPING = frozenset({"version", "updated_at", "updated_by", "updated_ws",
                         "created_at", "created_by", "created_ws"})


@dataclass(frozen=True)
class Spec:
    name: str
    kind: str
    table: Table
    pk: str
    columns: tuple[str, ...] = field(default=())   # the columns that travel
    row_filter: tuple[str, str] | None = None

    @property
    def content(self) -> tuple[str, ...]:
        """Columns whose values are merged field by field."""
        return tuple(c for c in self.columns if c not in BOOKKEEPING and c != self.pk)


def classify(table: Table) -> str:
    if table.name in DECLARED:
        return DECLARED[table.name]
    cols = set(table.c.keys())
    if {"id", "version", "updated_at"} <= cols:
        return MUTABLE
    if {"id", "created_at"} <= cols:
        return APPEND
    return LOCAL


def _spec(table: Table) -> Spec:
    kind = classify(table)
    pk = [c.name for c in table.primary_key.columns]
    if kind != LOCAL and len(pk) != 1:
        raise ValueError(f"synced table {table.name} needs a single-column key")
    local = LOCAL_COLUMNS.get(table.name, frozenset())
    cols = tuple(c for c in table.c.keys() if c not in local)
    return Spec(table.name, kind, table, pk[0] if pk else "", cols, ROW_FILTERS.get(table.name))


def synced() -> list[Spec]:
    """Synced tables, parents before children (the order rows are written in).
    Worked out once per set of tables (sorting the metadata and classifying
    every table was a tenth of a new workstation's first sync, asked for by
    every screen of trusted rows and every push)."""
    key = tuple(Base.metadata.tables)
    got = _SYNCED.get(key)
    if got is None:
        got = _SYNCED[key] = [s for s in (_spec(t) for t in Base.metadata.sorted_tables) if s.kind != LOCAL]
    return list(got)


_SYNCED: dict[tuple[str, ...], list[Spec]] = {}


def by_name() -> dict[str, Spec]:
    return {s.name: s for s in synced()}


def order() -> dict[str, int]:
    return {s.name: i for i, s in enumerate(synced())}


# Bootstrap of a new workstation (app/sync/pull.py): the root of a "file", the
# tables copied only as parents of the files taken, and those taken for the
# last N days only. Audit records come whole: a chain cut short would read as
# deleted records to `loket audit verify`.
FILE_ROOT = "application"
BY_REFERENCE = frozenset({"applicant", "company"})
RECENT: dict[str, str] = {"sync_conflict": "at"}
