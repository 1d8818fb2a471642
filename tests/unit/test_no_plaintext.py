"""The issue's acceptance: after a full test run, no password, secret or token
is in clear text in any data folder or log the run wrote.

The run-wide check is the plaintext sweep (tests/plaintext_sweep.py): it records
every secret the run handles and, when the session ends, greps every folder
the run wrote — on each xdist worker, for the tests that worker ran — failing
the run on a hit. This test runs a scenario of its own that handles every kind
of secret (an admin's password, a mistyped one, an API key, the QR signing key)
and puts the same check to its own data folder at once, so the check has
something to find even when this file runs alone, and a broken recorder shows.
"""
from __future__ import annotations

import pytest

from tests import plaintext_sweep


def test_no_plaintext_secret_in_the_scenarios_folder(tmp_path, loket, memory_keyring):
    from app import qrkeys, secrets
    from app.services import officers
    admin_pw, api_key, typo = "Sandi-Admin-Akhir-Uji", "kunci-api-akhir-uji-77", "Sandi-Admin-Akhir-Ujx"
    with loket.Session() as s:
        admin = officers.setup_first_admin(s, "admin.akhir", "Admin Akhir", None, admin_pw, loket.workstation)
        try:
            officers.authenticate(s, "admin.akhir", typo, loket.workstation)
        except officers.AuthError:
            pass
        secrets.set_("sicantik.apikey", api_key, session=s, actor=admin)
        s.commit()
    qrkeys.private_key()                 # the QR signing key goes in the keyring: a needle too
    plaintext_sweep.remember(typo)       # typed, never hashed or stored: must not be written either
    loket.engine.dispose()

    needles = plaintext_sweep.needles()
    assert {admin_pw, api_key, typo} <= needles      # the recorder saw every kind
    assert any(n not in {admin_pw, api_key, typo} for n in needles)   # the QR key among them
    scanned, hits = plaintext_sweep.sweep(tmp_path, needles)
    assert scanned > 0
    assert hits == [], "secrets in clear text:\n" + "\n".join(hits)


def test_the_sweep_finds_a_secret_written_in_clear(tmp_path):
    """The check itself can fail: a secret in any file under the folder, at any depth, is found."""
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "loket.log").write_text("login ok; sandi=Rahasia-Sekali-123\n", encoding="utf-8")
    (tmp_path / "a" / "other.txt").write_text("nothing here", encoding="utf-8")
    scanned, hits = plaintext_sweep.sweep(tmp_path, {"Rahasia-Sekali-123", "Tidak-Ada-Di-Sini"})
    assert scanned == 2
    assert hits == ["a/b/loket.log: Rah…"]


def test_a_run_that_writes_a_secret_fails_on_two_workers(pytester, monkeypatch):
    """The run-wide sweep, end to end: a test on an xdist worker writes a secret the run
    handled into its folder; the run fails and names the file, without the secret."""
    import os
    from pathlib import Path
    root = Path(__file__).resolve().parents[2]
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")]))
    pytester.makeconftest('pytest_plugins = ["tests.plaintext_sweep"]\n')
    pytester.makepyfile(test_leak='''
import pytest

from tests import plaintext_sweep

def test_writes_a_secret(tmp_path):
    plaintext_sweep.remember("Rahasia-Bocor-4242")
    (tmp_path / "loket.log").write_text("sandi Rahasia-Bocor-4242", encoding="utf-8")

def test_writes_none(tmp_path):
    plaintext_sweep.remember("Rahasia-Aman-4343")
    (tmp_path / "loket.log").write_text("nothing", encoding="utf-8")
''')
    result = pytester.runpytest_subprocess("-n", "2", "-p", "no:cacheprovider")
    out = result.stdout.str()
    assert result.ret == pytest.ExitCode.TESTS_FAILED, out
    assert "2 passed" in out
    assert "secrets in clear text" in out
    assert "test_writes_a_secret0/loket.log: Rah…" in out
    assert "Rahasia-Bocor" not in out and "test_writes_none" not in out
