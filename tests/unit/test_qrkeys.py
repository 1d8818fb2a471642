"""Where the QR signing keys live, and how public keys travel and are revoked.

- a fresh machine with no OS keyring signs (key file, owner-only, machine-bound),
  also in a `loket` process with no officer logged in;
- a secure keyring holds the key where there is one, and no file is written;
- public keys go through `loket keys export/import` (an import-only workstation
  verifies and holds no private key) and through sync (declared table);
- an administrator revokes a key from a date: later documents fail, earlier verify.
"""
from __future__ import annotations

import io
import json
import os
import stat
import subprocess
import sys
from datetime import date
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from app import qrkeys, qrsign, secrets
from app.cli import main
from app.services import intake
from tests.conftest import MemoryKeyring
from tests.intake_helpers import NIK_P, complete, walkin

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def no_keyring(monkeypatch):
    """A fresh Linux machine: no Secret Service, no KWallet, nothing."""
    keyring.set_keyring(fail.Keyring())
    monkeypatch.setattr(secrets, "_platform_tried", True)
    assert not secrets.backend_status().safe


def _accept(session, actor_factory):
    officer = actor_factory("LOKET2", name="Siti Rahmawati")
    app = walkin(session, officer)
    return app, intake.accept(session, officer, app.id, complete(intake.checklist(session, app)))


def _cold():
    """Forget the key this process loaded, as a new process would."""
    qrkeys._cached = None


# --- where the private key lives -----------------------------------------------------------

def test_keyring_holds_the_key_where_one_exists(loket, session, actor_factory, memory_keyring):
    _, issued = _accept(session, actor_factory)
    stored = memory_keyring.store[("loket", qrkeys.SECRET_NAME)]
    assert len(qrkeys.unb64u(stored)) == 32
    assert not (loket.data_dir / "keys").exists()
    _cold()
    assert qrsign.verify(issued.document.data["qr"], session=session).number == issued.number
    assert qrkeys.holder().store == "keyring"


def test_no_keyring_signs_with_an_owner_only_machine_bound_file(no_keyring, loket, session, actor_factory,
                                                                monkeypatch):
    _, issued = _accept(session, actor_factory)        # counter 2's Ctrl+Enter on a fresh machine
    path = qrkeys.key_file()
    assert path.parent == loket.data_dir / "keys" and path.is_file()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600 and stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    private = qrkeys.private_key().private_bytes_raw()
    text = path.read_text()
    assert qrkeys.b64u(private) not in text and private.hex() not in text and "sealed" in text
    _cold()
    assert qrkeys.load()[1] == "file"
    assert qrsign.verify(issued.document.data["qr"], session=session).number == issued.number
    assert "berkas" in qrkeys.holder().detail and "terikat mesin" in qrkeys.holder().detail

    # the data folder copied to another machine: the file is not this machine's, a new key is made
    monkeypatch.setattr(qrkeys, "machine_id", lambda: b"another-machine")
    _cold()
    assert qrkeys.load() is None
    assert qrkeys._unseal(text) is None                 # nor can it be opened there by name
    assert qrkeys.private_key().private_bytes_raw() != private


def test_cli_without_keyring_and_without_login(no_keyring, loket, session, actor_factory, tmp_path):
    """`loket print receipt` and `loket verify` in their own processes, no keyring, no officer."""
    from tests.unit.test_intake_documents import qr_codes
    app, issued = _accept(session, actor_factory)
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring", QT_QPA_PLATFORM="offscreen")
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)

    def loket_cmd(*args):
        return subprocess.run([sys.executable, "-m", "app", "--data-dir", str(loket.data_dir), *args],
                              cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    out = tmp_path / "tt.pdf"
    r = loket_cmd("print", "receipt", app.no_permohonan, "--out", str(out))
    assert r.returncode == 0, r.stderr
    (code,) = qr_codes(out.read_bytes())
    r = loket_cmd("verify", code)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith(f"SAH — Tanda terima berkas nomor {issued.number}, tanggal 26 November 2026")
    assert "Kantor: DINAS PENANAMAN MODAL" in r.stdout
    bad = code[:-3] + ("xyz" if not code.endswith("xyz") else "abc")
    r = loket_cmd("verify", bad)
    assert r.returncode == 1 and "tidak sah" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    r = loket_cmd("doctor")
    line = next(x for x in r.stdout.splitlines() if "Kunci penanda QR" in x)
    assert "berkas" in line and str(qrkeys.key_file()) in line and "AES-256-GCM" in line


def test_qr_never_carries_nik_address_or_phone(loket, session, actor_factory):
    app, issued = _accept(session, actor_factory)
    code = issued.document.data["qr"]
    for private in (NIK_P, app.applicant_name, "Margonda", "081234567890", "Siti"):
        assert private not in code


def test_verify_url_wraps_the_payload(loket, session, actor_factory):
    from app import config
    from tests.unit.test_intake_documents import qr_codes
    config.set_(session, "office.verify_url", "https://dpmptsp.contoh.go.id/verifikasi/")
    session.commit()
    _, issued = _accept(session, actor_factory)
    (code,) = qr_codes(issued.pdf)
    assert code.startswith("https://dpmptsp.contoh.go.id/verifikasi/#LKT2.TT.") and code == issued.document.data["qr"]
    assert main(["verify", code]) == 0
    from app.services.intake import open_file
    assert open_file(session, actor_factory("LOKET2"), code).id == issued.application.id
    from app.config import ConfigError
    for bad in ("dpmptsp.contoh.go.id", "https://x.id/#a", "https://x .id/"):
        with pytest.raises(ConfigError):
            config.parse("office.verify_url", bad)
        with pytest.raises(ConfigError):
            config.set_(session, "office.verify_url", bad)


# --- public keys: export, import, sync -----------------------------------------------------

def test_export_import_to_a_verify_only_workstation(loket, session, actor_factory, tmp_path, monkeypatch,
                                                    capsys):
    _, issued = _accept(session, actor_factory)
    code = issued.document.data["qr"]
    exported = tmp_path / "kunci.json"
    assert main(["keys", "export", "--out", str(exported)]) == 0
    data = json.loads(exported.read_text())
    assert [k["kid"] for k in data["keys"]] == [qrkeys.holder().kid]
    assert "sealed" not in exported.read_text() and "private" not in exported.read_text()

    # another workstation: its own data folder and keyring, nothing else
    other = tmp_path / "kios"
    other.mkdir()
    monkeypatch.setenv("LOKET_DATA_DIR", str(other))
    fresh = MemoryKeyring()
    keyring.set_keyring(fresh)
    _cold()
    assert main(["verify", code]) == 1
    assert "tidak sah" in capsys.readouterr().err
    tampered = dict(data, keys=[dict(data["keys"][0], kid="00000000")])
    (tmp_path / "ubah.json").write_text(json.dumps(tampered))
    assert main(["keys", "import", str(tmp_path / "ubah.json")]) == 1
    assert "tidak sah" in capsys.readouterr().err
    assert main(["keys", "import", str(exported)]) == 0
    capsys.readouterr()
    assert main(["verify", code]) == 0
    out = capsys.readouterr().out
    assert out.startswith("SAH — Tanda terima berkas nomor " + issued.number) and "Kantor: DINAS" in out
    # it verifies, and it has nothing to sign with
    assert fresh.store == {} and not (other / "keys").exists()
    assert qrkeys.load() is None
    assert main(["keys", "list"]) == 0
    assert "dapat menandatangani" not in capsys.readouterr().out


def test_signing_key_table_travels_with_sync(loket, session, actor_factory):
    from app.sync import tables
    from db.models.keys import SigningKey
    assert tables.by_name()["signing_key"].kind == tables.MUTABLE
    _accept(session, actor_factory)
    (row,) = session.query(SigningKey).all()
    assert row.id == qrkeys.row_id(qrkeys.unb64u(row.public_key)) and row.kid == qrkeys.holder().kid
    outbox = session.execute(__import__("sqlalchemy").text(
        "SELECT count(*) FROM sync_outbox WHERE table_name = 'signing_key'")).scalar()
    assert outbox == 1


# --- revocation --------------------------------------------------------------------------

@pytest.fixture
def admin(session):
    from app.services import officers
    return officers.setup_first_admin(session, "kepala", "Kepala Kantor", None, "Kantor-Rahasia-Uji-7", "LOKET-1")


def test_revoked_from_a_date(loket, session, admin, actor_factory):
    before = qrsign.document_qr(session, "TT", "A/1", "TT/1", date(2026, 11, 25))
    on_day = qrsign.document_qr(session, "TT", "A/2", "TT/2", date(2026, 11, 26))
    session.commit()
    kid = qrkeys.holder().kid
    with pytest.raises(Exception, match="berwenang"):
        qrkeys.revoke(session, actor_factory("LOKET2"), kid, date(2026, 11, 26), "laptop hilang")
    with pytest.raises(Exception, match="alasan"):
        qrkeys.revoke(session, admin, kid, date(2026, 11, 26), " ")
    qrkeys.revoke(session, admin, kid, date(2026, 11, 26), "laptop hilang")
    assert qrsign.verify(before, session=session).number == "TT/1"
    with pytest.raises(qrsign.Invalid, match="dicabut sejak 2026-11-26"):
        qrsign.verify(on_day, session=session)
    with pytest.raises(qrkeys.ServiceError, match="sudah dicabut"):
        qrkeys.revoke(session, admin, kid, date(2026, 12, 1), "lebih lambat")
    # an edit of the key's row (a workstation login may edit mutable rows) does not lift it:
    # the revocation is an append-only row of its own
    from sqlalchemy import text
    session.execute(text("UPDATE signing_key SET revoked_from = NULL, revoked_reason = NULL"))
    session.commit()
    with pytest.raises(qrsign.Invalid, match="dicabut sejak 2026-11-26"):
        qrsign.verify(on_day, session=session)
    from app.sync import tables
    assert tables.by_name()["signing_key_revocation"].kind == tables.APPEND
    # this workstation signs on with a new key; the revoked one never signs again
    after = qrsign.document_qr(session, "TT", "A/3", "TT/3", date(2026, 11, 26))
    session.commit()
    assert qrsign.verify(after, session=session).kid != kid
    assert qrkeys.holder().kid != kid


def test_revoke_cli_needs_an_administrator(loket, session, admin, monkeypatch, capsys, tmp_path):
    early = qrsign.document_qr(session, "TT", "A/1", "TT/1", date(2026, 11, 25))
    late = qrsign.document_qr(session, "TT", "A/2", "TT/2", date(2026, 11, 26))
    session.commit()
    kid = qrkeys.holder().kid
    monkeypatch.setattr(sys, "stdin", io.StringIO("salah\n"))
    assert main(["keys", "revoke", kid, "--from", "2026-11-26", "--reason", "uji", "--as", "kepala"]) == 1
    monkeypatch.setattr(sys, "stdin", io.StringIO("Kantor-Rahasia-Uji-7\n"))
    assert main(["keys", "revoke", "ffffffff", "--from", "2026-11-26", "--reason", "uji", "--as", "kepala"]) == 1
    assert "tidak dikenal" in capsys.readouterr().err
    monkeypatch.setattr(sys, "stdin", io.StringIO("Kantor-Rahasia-Uji-7\n"))
    assert main(["keys", "revoke", kid, "--from", "2026-11-26", "--reason", "uji", "--as", "kepala"]) == 0
    assert main(["keys", "list"]) == 0
    assert "dicabut sejak 2026-11-26: uji" in capsys.readouterr().out
    assert main(["verify", early]) == 0
    capsys.readouterr()
    assert main(["verify", late]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "tidak sah" in err and "dicabut sejak 2026-11-26" in err
    session.expire_all()
    from db.models import AuditRecord
    assert session.query(AuditRecord).filter_by(action="qrkey.revoke").count() == 1
    # an import is attributed to the administrator named, or to this workstation's system actor
    exported = tmp_path / "k.json"
    assert main(["keys", "export", "--out", str(exported)]) == 0
    monkeypatch.setattr(sys, "stdin", io.StringIO("salah\n"))
    assert main(["keys", "import", str(exported), "--as", "kepala"]) == 1
    monkeypatch.setattr(sys, "stdin", io.StringIO("Kantor-Rahasia-Uji-7\n"))
    assert main(["keys", "import", str(exported), "--as", "kepala"]) == 0
    assert "0 baru, 0 diperbarui" in capsys.readouterr().out
    session.expire_all()
    assert [r.officer_id for r in session.query(AuditRecord).filter_by(action="qrkey.import")] == [admin.officer_id]


def test_cli_any_changed_character_is_one_clear_line(loket, session, actor_factory, capsys):
    _, issued = _accept(session, actor_factory)
    code = issued.document.data["qr"]
    # every position is checked in tests/unit/test_qrsign.py; here every fifth one and the tail, through the CLI
    for i in sorted(set(range(0, len(code), 5)) | set(range(len(code) - 4, len(code)))):
        ch = code[i]
        changed = code[:i] + ("B" if ch == "A" else "A") + code[i + 1:]
        assert main(["verify", changed]) == 1, i
        captured = capsys.readouterr()
        assert captured.out == "" and captured.err.count("\n") == 1 and "tidak sah" in captured.err, i


def test_counters_open_a_file_from_another_workstations_qr(loket, session, actor_factory, monkeypatch):
    """Counter 2 and counter 4 trust the synced public keys, not only their own."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from app.services import issuance
    from app.services.context import Actor
    app, issued = _accept(session, actor_factory)
    other = Ed25519PrivateKey.generate()          # LOKET2-B's key, known here through sync/import
    public = qrkeys.raw_public(other)
    qrkeys.import_keys(session, Actor.system("LOKET-1"), {"format": qrkeys.EXPORT_FORMAT, "keys": [
        {"kid": qrkeys.kid_of(public), "algorithm": "Ed25519", "public_key": qrkeys.b64u(public),
         "office": "DPMPTSP", "workstation": "LOKET2-B"}]})
    with monkeypatch.context() as m:
        m.setattr(qrkeys, "signing_key", lambda session, day: other)
        payload = qrsign.sign("TT", app.no_permohonan, issued.number, date(2026, 11, 26))
    assert intake.open_file(session, actor_factory("LOKET2"), payload).id == app.id
    assert issuance.open_file(session, payload).id == app.id
    assert qrsign.verify(payload, session=session).workstation == "LOKET2-B"


def test_import_carries_revocations_and_never_lifts_one(loket, session, admin):
    from app.services.context import Actor
    doc = qrsign.document_qr(session, "TT", "A/9", "TT/9", date(2026, 11, 26))
    session.commit()
    kid = qrkeys.holder().kid
    data = qrkeys.export(session)
    revoked = dict(data, keys=[dict(data["keys"][0], revoked_from="2026-11-20")])
    system = Actor.system("LOKET-1")
    assert qrkeys.import_keys(session, system, revoked) == (0, 1)
    with pytest.raises(qrsign.Invalid, match="dicabut sejak 2026-11-20"):
        qrsign.verify(doc, session=session)
    assert qrkeys.import_keys(session, system, data) == (0, 0)                      # no date: stays revoked
    later = dict(data, keys=[dict(data["keys"][0], revoked_from="2026-12-31")])
    assert qrkeys.import_keys(session, system, later) == (0, 0)                     # a later date: unchanged
    assert [(r.kid, d) for r, d in qrkeys.listing(session)] == [(kid, date(2026, 11, 20))]
