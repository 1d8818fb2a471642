"""Issue #14, finding 4: with a workstation's own login, the central database
refuses UPDATE and DELETE of events, issued documents, audit records, survey
responses and handovers (triggers, for everybody; grants, for the workstation
role), while two workstations sync through their own logins as before and
mutable rows still merge. Real PostgreSQL and MariaDB."""
from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from app import audit
from app.cli import main
from app.services.context import Actor
from app.sync import central as C
from app.sync import guard
from db.models import Applicant
from tests.central_db import BACKENDS
from tests.sync_helpers import central_db, new_file
from tests.trust_helpers import raw_sql

pytestmark = pytest.mark.central

GUARDED = ("workflow_event", "issued_document", "audit_record", "survey_response", "handover")


@pytest.fixture(params=BACKENDS)
def central(request):
    with central_db(request.param) as (url, engine):
        yield request.param, url, engine


def _login(backend: str, url: str, admin) -> tuple[str, str, str]:
    """A workstation's own login, member of the workstation role: (user, url, password)."""
    user, pw = f"ws_{uuid.uuid4().hex[:10]}", uuid.uuid4().hex
    with admin.begin() as c:
        if backend == "postgresql":
            c.execute(text(f"CREATE ROLE {user} LOGIN PASSWORD '{pw}' IN ROLE {guard.ROLE}"))
        else:
            for host in ("%", "localhost", "127.0.0.1"):
                c.execute(text(f"CREATE USER '{user}'@'{host}' IDENTIFIED BY '{pw}'"))
                c.execute(text(f"GRANT {guard.ROLE} TO '{user}'@'{host}'"))
                c.execute(text(f"SET DEFAULT ROLE {guard.ROLE} FOR '{user}'@'{host}'"))
    return user, make_url(url).set(username=user).render_as_string(hide_password=False), pw


def _drop_login(backend, user, admin):
    with admin.begin() as c:
        if backend == "postgresql":
            c.execute(text(f"DROP ROLE IF EXISTS {user}"))
        else:
            for host in ("%", "localhost", "127.0.0.1"):
                c.execute(text(f"DROP USER IF EXISTS '{user}'@'{host}'"))


def _refused(engine, sql: str) -> str:
    with pytest.raises(DBAPIError) as e, engine.begin() as c:
        c.execute(text(sql))
    return str(e.value.orig)


def test_finding4_workstation_logins_cannot_rewrite_history(central, stations, capsys):
    backend, url, admin = central
    logins = [_login(backend, url, admin) for _ in range(2)]
    try:
        engines = [C.connect(C.Target(u, password=pw)) for _, u, pw in logins]
        a, b = stations("LOKET2-A", engines[0]), stations("LOKET2-B", engines[1])
        actor = Actor("officer-1", "budi", "Budi Santoso", None, frozenset({"LOKET2"}), "LOKET2-A")
        with a.Session() as s:
            app = new_file(s, "LOKET2-A")
            audit.record(s, actor, "test.action", "application", app.id, "langkah 1")
            s.commit()
            app_id, applicant_id = app.id, app.applicant_id
        a.sync()
        b.sync()
        # Mutable rows merge through the workstation logins as before.
        with b.Session() as s:
            s.get(Applicant, applicant_id).phone = "081234567890"
            s.commit()
        b.sync()
        a.sync()
        with a.Session() as s:
            assert s.get(Applicant, applicant_id).phone == "081234567890"

        ws = engines[0]
        for table in GUARDED:
            _refused(ws, f"UPDATE {table} SET created_ws = 'X'")
            _refused(ws, f"DELETE FROM {table}")
        msg = _refused(ws, "DELETE FROM audit_record WHERE workstation = 'LOKET2-A'")
        assert "append-only" in msg or "denied" in msg.lower()
        _refused(ws, "DELETE FROM applicant")                 # no DELETE right anywhere
        _refused(ws, "TRUNCATE TABLE audit_record")
        _refused(ws, "UPDATE sync_state SET value = 'x'")    # the trust root is written once
        _refused(ws, "DROP TRIGGER IF EXISTS loket_append_only ON workflow_event" if backend == "postgresql"
                 else "DROP TRIGGER IF EXISTS loket_ao_u_workflow_event")
        with ws.begin() as c:                                   # …what it needs still works
            c.execute(text("UPDATE applicant SET phone = '081111111111' WHERE id = :i"), {"i": applicant_id})
        # The triggers hold for the owner's login too.
        assert "append-only" in _refused(admin, f"UPDATE workflow_event SET to_state = 'SIGNED' "
                                               f"WHERE application_id = '{app_id}'")
        assert "append-only" in _refused(admin, "DELETE FROM audit_record")
        # The finding's edit in A's file does not reach the central history either.
        raw_sql(a, "UPDATE workflow_event SET to_state = 'SIGNED'")
        a.sync()
        with admin.connect() as c:
            assert c.execute(text("SELECT to_state FROM workflow_event")).scalars().all() == ["SUBMITTED"]
            assert c.execute(text("SELECT count(*) FROM audit_record")).scalar() == 1
    finally:
        for e in engines:
            e.dispose()
        for user, _, _ in logins:
            _drop_login(backend, user, admin)
    # `loket central upgrade` says what it did and how an office gives each workstation a login.
    assert main(["--data-dir", str(a.loket.data_dir), "central", "upgrade", "--url", url]) == 0
    out = capsys.readouterr().out
    assert "GRANT SELECT, INSERT ON" in out and "workflow_event" in out and guard.ROLE in out
    assert ("CREATE ROLE loket_loket2_a LOGIN" in out) if backend == "postgresql" else ("CREATE USER" in out)
    with admin.connect() as c:
        assert c.execute(select(Applicant.phone)).scalar() == "081111111111"
