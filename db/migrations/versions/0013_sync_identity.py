"""sync identity: refused changes stay queued, events carry their order,
number blocks, and one primary key per real thing.

- sync_outbox.refused / refused_at / waits_for: a change the central database
  refused stays in the outbox, marked (app/sync/outbox.py);
- workflow_event.seq: the event's position in its application's history,
  filled here from the old order (at, created_at, id);
- number_block: blocks of office-wide numbers (app/sync/blocks.py);
- the rows that stand for one real thing get their deterministic key
  (app/identity.py): permit types by code, requirements by permit type,
  position and list version, SiCantik applications by no_permohonan, checklist rows by
  application and requirement. Every reference follows. A workstation that
  already synced re-offers all its rows at its next sync (rows an older Loket
  dropped after a refusal go up again and are merged, with the conflict log).

The key derivation is copied here (not imported) so this migration keeps
doing what it did whatever app/identity.py becomes.

Revision ID: 0013
Revises: 0012
"""
from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from alembic import op

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
NS = uuid.UUID("3f6c1a4e-0d52-5b7e-9c1d-6c6f6b65742e")


def _k(kind: str, *parts: object) -> str:
    return str(uuid.uuid5(NS, "|".join([kind, *(str(p) for p in parts)])))


# referred table → [(child table, [columns], [referred columns], constraint name)]
_Refs = dict[str, list[tuple[str, list[str], list[str], str | None]]]


def upgrade() -> None:
    with op.batch_alter_table("sync_outbox", schema=None) as b:
        b.add_column(sa.Column("refused", sa.Text(), nullable=True))
        b.add_column(sa.Column("refused_at", sa.DateTime(), nullable=True))
        b.add_column(sa.Column("waits_for", sa.String(length=160), nullable=True))
    with op.batch_alter_table("workflow_event", schema=None) as b:
        b.add_column(sa.Column("seq", sa.Integer(), nullable=True))
    op.create_table(
        "number_block",
        sa.Column("id", BigId, autoincrement=True, nullable=False),
        sa.Column("key", sa.String(length=120), nullable=False),
        sa.Column("ws", sa.String(length=64), nullable=False),
        sa.Column("low", sa.BigInteger(), nullable=False),
        sa.Column("high", sa.BigInteger(), nullable=False),
        sa.Column("next_value", sa.BigInteger(), nullable=False),
        sa.Column("reserved_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_number_block")),
    )
    with op.batch_alter_table("number_block", schema=None) as b:
        b.create_index("ix_number_block_key_ws", ["key", "ws"], unique=False)
    bind = op.get_bind()
    _event_order(bind)
    _rekey(bind)


def _event_order(bind: Connection) -> None:
    ranked = ("SELECT id, ROW_NUMBER() OVER (PARTITION BY application_id ORDER BY at, created_at, id) AS n "
              "FROM workflow_event")
    if bind.dialect.name in ("mysql", "mariadb"):
        bind.exec_driver_sql(f"UPDATE workflow_event e JOIN ({ranked}) r ON r.id = e.id SET e.seq = r.n")
    else:
        bind.exec_driver_sql(f"UPDATE workflow_event SET seq = r.n FROM ({ranked}) AS r "
                             "WHERE r.id = workflow_event.id")


def _rekey(bind: Connection) -> None:
    insp = sa.inspect(bind)
    present = set(insp.get_table_names())
    md = sa.MetaData()
    t = {n: sa.Table(n, md, autoload_with=bind) for n in
         ("permit_type", "requirement", "application", "requirement_check")}
    sqlite = bind.dialect.name == "sqlite"
    workstation = sqlite and "sync_outbox" in present
    if sqlite:
        bind.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        bind.exec_driver_sql("INSERT OR IGNORE INTO sync_mute (id) VALUES (1)")
    refs: _Refs = {}   # referred table → [(child, [columns], [referred columns], name)]
    for name in sorted(present):
        for fk in insp.get_foreign_keys(name):
            refs.setdefault(fk["referred_table"], []).append(
                (name, fk["constrained_columns"], fk["referred_columns"], fk.get("name")))
    op.create_table("sync_rekey_map", sa.Column("old", sa.String(36), primary_key=True),
                    sa.Column("new", sa.String(36), nullable=False))
    m = sa.table("sync_rekey_map", sa.column("old"), sa.column("new"))
    changed = 0
    try:
        pt = t["permit_type"]
        codes = dict(bind.execute(sa.select(pt.c.id, pt.c.code)).all())
        changed += _apply(bind, m, "permit_type", {i: _k("permit_type", c.strip().upper()) for i, c in codes.items()},
                          refs, present)
        code_of = {_k("permit_type", c.strip().upper()): c.strip().upper() for c in codes.values()}
        rq = t["requirement"]
        reqs = bind.execute(sa.select(rq.c.id, rq.c.permit_type_id, rq.c.position, rq.c.since_version)).all()
        seen: dict[tuple[Any, Any, Any], int] = {}
        for r in reqs:
            k = (r.permit_type_id, r.position, r.since_version)
            seen[k] = seen.get(k, 0) + 1
        changed += _apply(bind, m, "requirement", {
            r.id: _k("requirement", code_of[r.permit_type_id], int(r.position), int(r.since_version or 1))
            for r in reqs if seen[(r.permit_type_id, r.position, r.since_version)] == 1
            and r.permit_type_id in code_of}, refs, present)
        ap = t["application"]
        changed += _apply(bind, m, "application", {
            i: _k("application/sicantik", no.strip()) for i, no in bind.execute(
                sa.select(ap.c.id, ap.c.no_permohonan).where(ap.c.source == "ONLINE")).all()}, refs, present)
        rc = t["requirement_check"]
        changed += _apply(bind, m, "requirement_check", {
            i: _k("requirement_check", a, q) for i, a, q in bind.execute(
                sa.select(rc.c.id, rc.c.application_id, rc.c.requirement_id)).all()}, refs, present)
    finally:
        op.drop_table("sync_rekey_map")
    if sqlite:
        bind.exec_driver_sql("DELETE FROM sync_mute")
    if workstation and changed:
        # Re-offer everything at the next sync (app/sync/session.py): rows refused
        # and dropped by an older Loket go up again under their new keys.
        bind.exec_driver_sql("INSERT INTO sync_state (key, value) VALUES ('rescan.pending', '1') "
                             "ON CONFLICT (key) DO UPDATE SET value = '1'")


def _apply(bind: Connection, m: sa.TableClause, table: str, mapping: dict[str, str], refs: _Refs,
           present: set[str]) -> int:
    mapping = {o: n for o, n in mapping.items() if o != n}
    if not mapping:
        return 0
    bind.execute(m.delete())
    items = list(mapping.items())
    for i in range(0, len(items), 1000):
        bind.execute(sa.insert(m), [{"old": o, "new": n} for o, n in items[i:i + 1000]])
    dialect = bind.dialect.name
    children = [(c, cols, name) for c, cols, rcols, name in refs.get(table, ())
                if len(cols) == 1 and rcols == ["id"]]
    if dialect == "postgresql":
        for child, _cols, name in children:
            bind.exec_driver_sql(f'ALTER TABLE "{child}" DROP CONSTRAINT "{name}"')
    elif dialect in ("mysql", "mariadb"):
        bind.exec_driver_sql("SET FOREIGN_KEY_CHECKS = 0")

    def follow(tbl: str, col: str, where: str = "") -> None:
        bind.exec_driver_sql(
            f"UPDATE {tbl} SET {col} = (SELECT new FROM sync_rekey_map WHERE old = {tbl}.{col}) "
            f"WHERE {col} IN (SELECT old FROM sync_rekey_map){where}")
    follow(table, "id")
    for child, cols, _name in children:
        follow(child, cols[0])
    if table == "application" and "sync_single_shot" in present:
        follow("sync_single_shot", "application_id")
    if "sync_outbox" in present and dialect == "sqlite":
        follow("sync_outbox", "row_id", f" AND table_name = '{table}'")
    if dialect == "postgresql":
        for child, cols, name in children:
            bind.exec_driver_sql(f'ALTER TABLE "{child}" ADD CONSTRAINT "{name}" FOREIGN KEY ("{cols[0]}") '
                                 f'REFERENCES "{table}" (id)')
    elif dialect in ("mysql", "mariadb"):
        bind.exec_driver_sql("SET FOREIGN_KEY_CHECKS = 1")
    return len(mapping)


def downgrade() -> None:
    op.drop_table("number_block")
    with op.batch_alter_table("workflow_event", schema=None) as b:
        b.drop_column("seq")
    with op.batch_alter_table("sync_outbox", schema=None) as b:
        b.drop_column("waits_for")
        b.drop_column("refused_at")
        b.drop_column("refused")
