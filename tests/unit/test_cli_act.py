"""`loket act NOMOR AKSI --as USERNAME [--set KEY=VALUE]`: every workflow action
from the command line, through the services the screens use."""
from __future__ import annotations

import io

from sqlalchemy import func, select

from app.cli import main
from app.services import officers
from db.models import Application, AuditRecord, WorkflowEvent
from tests.sync_helpers import new_file

PASSWORD = "Rahasia-Kantor-2026"


def _setup(loket):
    with loket.Session() as s:
        admin = officers.setup_first_admin(s, "admin", "Admin Kantor", None, PASSWORD, "LOKET-1")
        for user, role in (("kabid", "KABID"), ("kadis", "KADIN")):
            officers.create(s, admin, user, f"Petugas {role.title()}", None, [role], PASSWORD)
        s.commit()
    for user in ("kabid", "kadis"):   # first login: their own password
        with loket.Session() as s:
            o = officers.authenticate(s, user, PASSWORD, "LOKET-1")
            officers.change_password(s, o, user, PASSWORD + "!", old_password=PASSWORD)
    with loket.Session() as s:
        from app import demo
        demo.fill_office(s)   # the office's regulations: an SK is not prepared without them
        app = new_file(s, "LOKET-1", state="KASI_APPROVED")
        s.commit()
        return app.no_permohonan


def _act(loket, monkeypatch, capsys, *argv, password=PASSWORD + "!"):
    monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
    rc = main(["--data-dir", str(loket.data_dir), "act", *argv])
    out = capsys.readouterr()
    return rc, out.out, out.err


def _state(loket, no):
    with loket.Session() as s:
        app = s.scalar(select(Application).where(Application.no_permohonan == no))
        n_ev = s.scalar(select(func.count()).select_from(WorkflowEvent).where(WorkflowEvent.application_id == app.id))
        n_audit = s.scalar(select(func.count()).select_from(AuditRecord))
        return app.state, app.permit_number, n_ev, n_audit


def test_act_approves_signs_and_refuses_cleanly(loket, monkeypatch, capsys):
    no = _setup(loket)
    before = _state(loket, no)
    # The wrong officer: refused with the officer's message, nothing changed.
    rc, out, err = _act(loket, monkeypatch, capsys, no, "sign", "--as", "kabid", "--set", "signer_name=Dr. Iwan")
    assert rc == 1 and out == "" and ("tidak dapat dilakukan" in err or "berwenang" in err)
    assert _state(loket, no)[:3] == before[:3]      # only the login is in the audit log
    # A wrong password: refused too.
    rc, out, err = _act(loket, monkeypatch, capsys, no, "kabid_approve", "--as", "kabid", password="salah")
    assert rc == 1 and err.startswith("loket: ")
    assert _state(loket, no)[:3] == before[:3]
    # An unknown action names the choices.
    rc, _out, err = _act(loket, monkeypatch, capsys, no, "terbang", "--as", "kabid")
    assert rc == 1 and "kabid_approve" in err
    rc, out, err = _act(loket, monkeypatch, capsys, no, "kabid_approve", "--as", "kabid")
    assert rc == 0 and err == "" and out.count("\n") == 1 and "KASI_APPROVED → KABID_APPROVED" in out
    rc, out, err = _act(loket, monkeypatch, capsys, no, "sign", "--as", "kadis", "--set", "signer_name=Dr. H. Iwan Sutisna")
    assert rc == 0, err
    state, number, *_ = _state(loket, no)
    assert state == "SIGNED" and number and number in out
