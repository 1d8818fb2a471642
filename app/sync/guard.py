"""Append-only means append-only in the central database too, and each
workstation writes there with only the rights it needs.

Two layers, both installed by `loket central upgrade` (which the office runs
with the database owner's login):

- triggers refuse UPDATE and DELETE (and TRUNCATE on PostgreSQL) of every
  append-only table (app/sync/tables.py APPEND: workflow events, issued
  documents, prints, audit records, survey responses, handovers, complaint
  updates, the conflict log) and of the office-wide guards (`sync_single_shot`,
  the trust root in `sync_state`), whoever asks;
- the role `loket_workstation` (GRANTS below): read everything; insert into
  append-only tables; update only the mutable rows (an applicant's phone number
  still merges as before) and sync's own bookkeeping. Each workstation logs in
  as its own user, member of that role, so the server's log names it.

What a workstation login can still do: edit mutable rows (they merge, and the
conflict log shows what was overwritten), write officer rows (every other
workstation refuses rights that carry no administrator's proof,
app/sync/trust.py), and insert rows of its own.
"""
from __future__ import annotations

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from app.sync import tables as T

ROLE = "loket_workstation"
# Office-wide guards that are written once and never changed.
GUARDS = ("sync_single_shot", "sync_state")
# Tables whose rights differ from the default (every other table: SELECT, INSERT,
# UPDATE; append-only ones: SELECT, INSERT). DELETE only where sync needs it.
SPECIAL = {
    "sync_client": "SELECT, INSERT, UPDATE, DELETE",  # claim / take over a workstation name
    "sync_clock": "SELECT, UPDATE",
    "number_block": "SELECT, INSERT",               # a register: a reserved block is never changed (blocks.py)
    "alembic_version": "SELECT",
}


def append_only() -> list[str]:
    return sorted([s.name for s in T.synced() if s.kind == T.APPEND] + list(GUARDS))


def grants(backend: str, database: str) -> list[str]:
    """The statements that give the role what a workstation needs and no more:
    read everything, append to append-only tables, update the rest (mutable rows
    and sync's bookkeeping, also tables added later), delete nowhere but where
    sync must."""
    from db.models import Base
    def q(n: str) -> str:
        return f'"{n}"' if backend == "postgresql" else f"`{database}`.`{n}`"
    out = []
    if backend == "postgresql":
        out += [f"GRANT CONNECT ON DATABASE \"{database}\" TO {ROLE};",
                f"GRANT USAGE ON SCHEMA public TO {ROLE};",
                f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {ROLE};"]
    guarded = set(append_only())
    for name in sorted(Base.metadata.tables) + ["alembic_version"]:
        privs = SPECIAL.get(name) or ("SELECT, INSERT" if name in guarded else "SELECT, INSERT, UPDATE")
        out.append(f"GRANT {privs} ON {q(name)} TO {ROLE};")
    return out


def login_statements(backend: str, user: str, password_placeholder: str = "…") -> list[str]:
    """How an office gives one workstation its own login (shown, never run with a real password)."""
    if backend == "postgresql":
        return [f"CREATE ROLE {user} LOGIN PASSWORD '{password_placeholder}' IN ROLE {ROLE};"]
    return [f"CREATE USER '{user}'@'%' IDENTIFIED BY '{password_placeholder}';",
            f"GRANT {ROLE} TO '{user}'@'%';",
            f"SET DEFAULT ROLE {ROLE} FOR '{user}'@'%';"]


_PG_FUNCTION = """
CREATE OR REPLACE FUNCTION loket_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'loket: % is append-only (% refused)', TG_TABLE_NAME, TG_OP
    USING ERRCODE = '42501';
END $$
"""


def install(engine: Engine) -> list[str]:
    """Create the triggers and the role (idempotent); returns the GRANTs run."""
    backend = engine.dialect.name
    if backend == "sqlite":
        return []
    tables = append_only()
    with engine.begin() as c:
        database = c.execute(text("SELECT current_database()" if backend == "postgresql"
                                  else "SELECT DATABASE()")).scalar_one()
        if backend == "postgresql":
            c.execute(text(_PG_FUNCTION))
            for t in tables:
                c.execute(text(f'DROP TRIGGER IF EXISTS loket_append_only ON "{t}"'))
                c.execute(text(f'CREATE TRIGGER loket_append_only BEFORE UPDATE OR DELETE ON "{t}" '
                               f"FOR EACH ROW EXECUTE FUNCTION loket_append_only()"))
                c.execute(text(f'DROP TRIGGER IF EXISTS loket_no_truncate ON "{t}"'))
                c.execute(text(f'CREATE TRIGGER loket_no_truncate BEFORE TRUNCATE ON "{t}" '
                               f"FOR EACH STATEMENT EXECUTE FUNCTION loket_append_only()"))
            exists = c.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": ROLE}).first()
            if not exists:
                try:   # roles are per cluster: another database's upgrade may create it meanwhile
                    with c.begin_nested():
                        c.execute(text(f"CREATE ROLE {ROLE} NOLOGIN"))
                except DBAPIError:
                    if not c.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": ROLE}).first():
                        raise
        else:
            for t in tables:
                for op in ("UPDATE", "DELETE"):
                    name = f"loket_ao_{op[0].lower()}_{t}"[:64]
                    c.execute(text(f"DROP TRIGGER IF EXISTS `{name}`"))
                    c.execute(text(
                        f"CREATE TRIGGER `{name}` BEFORE {op} ON `{t}` FOR EACH ROW "
                        f"SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'loket: {t} is append-only ({op} refused)'"))
            c.execute(text(f"CREATE ROLE IF NOT EXISTS {ROLE}"))
        stmts = grants(backend, database)
        for st in stmts:
            c.execute(text(st.rstrip(";")))
    return stmts
