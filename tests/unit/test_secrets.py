"""Secrets live in the keyring only: never in the data folder, the log, the audit
log, command output or exception messages; unsafe keyrings are refused."""
from __future__ import annotations

import base64
import io
import sys

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from app import secrets
from app.cli import main as cli

CENTRAL_PW = "pusat-Rahasia-8fK2q"
SPLP_KEY = "splp-apikey-Zx81LmQ0"


class PlaintextKeyring(KeyringBackend):
    """Stands for keyrings.alt's file backend: usable, but a file anyone can read."""
    priority = 1

    def get_password(self, service, username):
        return None

    def set_password(self, service, username, password):
        raise AssertionError("Loket must not write a secret into a plaintext keyring")

    def delete_password(self, service, username):
        pass


@pytest.fixture
def stdin(monkeypatch):
    def feed(text):
        monkeypatch.setattr(sys, "stdin", io.StringIO(text))
    return feed


def test_set_get_delete_roundtrip(memory_keyring):
    secrets.set_("central.password", CENTRAL_PW)
    assert memory_keyring.store[("loket", "central.password")] == CENTRAL_PW
    assert secrets.get("central.password") == CENTRAL_PW
    assert {s.name: s.is_set for s in secrets.status()}["central.password"] is True
    assert secrets.delete("central.password") is True
    assert secrets.get("central.password") is None
    assert secrets.delete("central.password") is False


def test_known_names_only(memory_keyring):
    assert secrets.names() == ["central.password", "sicantik.username", "sicantik.password",
                               "sicantik.apikey", "sicantik.saltkey", "notify.smtp.password", "notify.wa.token",
                               "office.qr_key"]
    with pytest.raises(secrets.SecretError, match="tidak dikenal") as e:
        secrets.set_("central.passwd", CENTRAL_PW)
    assert CENTRAL_PW not in str(e.value)
    assert memory_keyring.store == {}


@pytest.mark.parametrize("value,message", [("", "kosong"), ("   ", "kosong"),
                                           ("baris1\nbaris2", "lebih dari satu baris"),
                                           ("x" * 5000, "terlalu panjang")])
def test_bad_values_refused_without_echo(memory_keyring, value, message):
    with pytest.raises(secrets.SecretError, match=message) as e:
        secrets.set_("sicantik.password", value)
    if value.strip():
        assert value not in str(e.value)
    assert memory_keyring.store == {}


def test_office_key_is_never_made_up(memory_keyring):
    # the old HMAC key: a made-up one would call every genuine LKT1 code forged
    assert secrets.office_key() is None
    assert secrets.office_key() is None
    assert memory_keyring.store == {}


def test_office_key_set_by_hand(memory_keyring):
    raw = bytes(range(32))
    secrets.set_("office.qr_key", raw.hex())
    assert secrets.office_key() == raw
    secrets.set_("office.qr_key", base64.urlsafe_b64encode(raw).decode().rstrip("="))
    assert secrets.office_key() == raw
    with pytest.raises(secrets.SecretError, match="32 byte"):
        secrets.set_("office.qr_key", base64.b64encode(b"short").decode())
    assert secrets.office_key() == raw


def test_classification(monkeypatch):
    from keyring.backends import chainer
    assert secrets.classify(fail.Keyring()) == "missing"
    assert secrets.classify(PlaintextKeyring()) == "insecure"
    assert secrets.classify(keyring.get_keyring()) == "other"   # the tests' memory store

    class Zero(PlaintextKeyring.__base__):
        priority = 0
        get_password = set_password = delete_password = lambda *a: None
    assert secrets.classify(Zero()) == "insecure"
    import keyring.backends.SecretService as ss
    assert secrets.classify(ss.Keyring()) == "secure"
    # `backends` is a class property that reads the machine's keyrings (an instance's own
    # attribute is ignored), so the chain is set on the class for this test only
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [ss.Keyring(), PlaintextKeyring()])
    mixed = chainer.ChainerBackend.__new__(chainer.ChainerBackend)
    assert secrets.classify(mixed) == "insecure"
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [ss.Keyring()])
    assert secrets.classify(mixed) == "secure"


@pytest.mark.parametrize("backend", [fail.Keyring, PlaintextKeyring])
def test_unsafe_backend_refused(monkeypatch, backend):
    keyring.set_keyring(backend())
    monkeypatch.setattr(secrets, "_platform_tried", False)
    monkeypatch.setattr(secrets, "_platform_backend", lambda: None)
    status = secrets.backend_status()
    assert not status.safe and "TIDAK" in status.message
    with pytest.raises(secrets.SecretError, match="tidak tersedia atau tidak aman") as e:
        secrets.set_("central.password", CENTRAL_PW)
    assert CENTRAL_PW not in str(e.value)
    with pytest.raises(secrets.SecretError):
        secrets.office_key()


def test_insecure_backend_replaced_by_platform_store(monkeypatch, memory_keyring):
    keyring.set_keyring(PlaintextKeyring())
    monkeypatch.setattr(secrets, "_platform_tried", False)
    monkeypatch.setattr(secrets, "_platform_backend", lambda: memory_keyring)
    secrets.set_("sicantik.apikey", SPLP_KEY)
    assert keyring.get_keyring() is memory_keyring
    assert memory_keyring.store[("loket", "sicantik.apikey")] == SPLP_KEY


def test_platform_table_names_real_backends():
    import importlib
    for specs in secrets.PLATFORM_BACKENDS.values():
        for spec in specs:
            mod, _, cls = spec.partition(":")
            assert issubclass(getattr(importlib.import_module(mod), cls), KeyringBackend)


def test_cli_set_list_delete(data_dir, stdin, capsys, memory_keyring):
    stdin(CENTRAL_PW + "\n")
    assert cli(["secret", "set", "central.password"]) == 0
    stdin(SPLP_KEY + "\r\n")
    assert cli(["secret", "set", "sicantik.apikey"]) == 0
    assert memory_keyring.store[("loket", "sicantik.apikey")] == SPLP_KEY
    assert cli(["secret", "list"]) == 0
    out = capsys.readouterr().out
    lines = {line.split()[0]: line for line in out.splitlines() if line.startswith(("central", "sicantik", "office"))}
    assert "terisi" in lines["central.password"] and "belum diisi" in lines["sicantik.password"]
    assert cli(["secret", "delete", "central.password"]) == 0
    assert ("loket", "central.password") not in memory_keyring.store
    assert cli(["audit", "verify"]) == 0
    out += capsys.readouterr().out
    assert CENTRAL_PW not in out and SPLP_KEY not in out


def test_cli_unknown_name_is_a_usage_error(data_dir, stdin):
    stdin("x\n")
    with pytest.raises(SystemExit) as e:
        cli(["secret", "set", "central.pasword"])
    assert e.value.code == 2


def test_cli_refuses_unsafe_keyring(data_dir, stdin, capsys, monkeypatch):
    keyring.set_keyring(fail.Keyring())
    monkeypatch.setattr(secrets, "_platform_tried", False)
    monkeypatch.setattr(secrets, "_platform_backend", lambda: None)
    stdin(CENTRAL_PW + "\n")
    assert cli(["secret", "set", "central.password"]) == 1
    captured = capsys.readouterr()
    assert "TIDAK ADA penyimpanan rahasia" in captured.err and CENTRAL_PW not in captured.err + captured.out
    assert cli(["doctor"]) == 0       # a warning, not a failure: a one-computer office needs no secret
    out = capsys.readouterr().out
    assert "?? " in out and "TIDAK ADA penyimpanan rahasia" in out


def _grep(folder, needles):
    hits = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for needle in needles:
                for form in {needle.encode("utf-8"), needle.encode("utf-16-le")}:
                    if form in data:
                        hits.append((path.name, needle))
    return hits


def test_no_secret_in_data_folder_or_log(data_dir, stdin, capsys, memory_keyring):
    """After officers, logins, failed logins and secrets: no plaintext anywhere on disk."""
    admin_pw, clerk_pw, typo = "Kepala-Kantor-Rahasia-1", "Loket2-Rahasia-Saya", "Kepala-Kantor-Rahasia-X"
    stdin(admin_pw + "\n")
    assert cli(["officer", "add", "admin", "--name", "Siti Rahmawati", "--role", "ADMIN"]) == 0
    stdin(f"{admin_pw}\n{clerk_pw}\n")
    assert cli(["officer", "add", "budi", "--as", "admin", "--name", "Budi Santoso",
                "--role", "LOKET2", "--counter", "Loket 2"]) == 0
    stdin(f"{typo}\n")
    assert cli(["officer", "disable", "budi", "--as", "admin"]) == 1
    stdin(f"{clerk_pw}\n")   # a password typed as the username is not logged either
    assert cli(["officer", "disable", "budi", "--as", clerk_pw.lower()]) == 1
    for name, value in (("central.password", CENTRAL_PW), ("sicantik.apikey", SPLP_KEY)):
        stdin(value + "\n")
        assert cli(["secret", "set", name]) == 0
    from app import qrkeys
    key = qrkeys.private_key().private_bytes_raw()
    assert cli(["doctor"]) == 0
    assert cli(["audit", "verify"]) == 0
    captured = capsys.readouterr()
    needles = [admin_pw, clerk_pw, clerk_pw.lower(), typo, CENTRAL_PW, SPLP_KEY,
               base64.b64encode(key).decode(), qrkeys.b64u(key), key.hex()]
    assert [n for n in needles if n in captured.out + captured.err] == []
    import logging
    for h in logging.getLogger("loket").handlers:
        h.flush()
    assert (data_dir / "logs" / "loket.log").exists()
    assert _grep(data_dir, needles) == []
    assert list(data_dir.rglob("*.sqlite3*")), "the grep must have looked at the database"


def test_a_blank_keyring_backend_variable_means_not_set(tmp_path):
    """`export PYTHON_KEYRING_BACKEND=` (blank) made keyring import a module named "" and
    every command that reads a secret died with "ValueError: Empty module name"."""
    import os
    import subprocess
    import sys
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "", "XDG_CONFIG_HOME": str(tmp_path),
           "DBUS_SESSION_BUS_ADDRESS": ""}
    code = "from app import secrets; print(secrets.backend_status().level)"
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() in ("missing", "secure", "insecure", "other")
    assert "Empty module name" not in done.stderr
