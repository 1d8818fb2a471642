"""The issue's acceptance: after a full test run, no password, secret or token
is in clear text in any data folder or log the run wrote.

The `last` marker makes it run after every other test (tests/conftest.py
moves it to the end of the collection, whatever its file name). From collection on it records every
value stored in the (in-memory) keyring, every password that was hashed and
every token the fake SiCantik server handed out; then it greps everything
under this run's temporary directory (each test's data folder, database,
WAL, logs, PDFs, ui.ini) for them. It also runs a small scenario of its own,
so it checks something even when run alone.
"""
from __future__ import annotations

import sys

import pytest

from app import auth

pytestmark = pytest.mark.last

_seen: set[str] = set()
_fakes: list = []
NOT_SECRET = {"sicantik.username"}     # a user name, shown in settings screens on purpose


def _install() -> None:
    conftest = sys.modules.get("tests.conftest") or sys.modules.get("conftest")
    backend = getattr(conftest, "MemoryKeyring", None)
    if backend is not None and not getattr(backend.set_password, "_recording", False):
        original = backend.set_password

        def set_password(self, service, username, password):
            if username not in NOT_SECRET and password:
                _seen.add(password)
            return original(self, service, username, password)
        set_password._recording = True
        backend.set_password = set_password

    if not getattr(auth.hash_password, "_recording", False):
        original_hash = auth.hash_password

        def hash_password(password):
            _seen.add(password)
            return original_hash(password)
        hash_password._recording = True
        auth.hash_password = hash_password

    try:
        from tests.fake_sicantik import FakeSicantik
    except ImportError:
        return
    if not getattr(FakeSicantik.__init__, "_recording", False):
        original_init = FakeSicantik.__init__

        def __init__(self, *a, **kw):
            original_init(self, *a, **kw)
            _fakes.append(self)
        __init__._recording = True
        FakeSicantik.__init__ = __init__


_install()


def _needles() -> set[str]:
    found = set(_seen)
    for fake in _fakes:
        found |= set(getattr(fake, "tokens", ()) or ())
        for attr in ("password", "apikey", "saltkey"):
            value = getattr(fake, attr, None)
            if isinstance(value, str):
                found.add(value)
    # Very short values could match by coincidence; none of the real ones is that short.
    return {n for n in found if len(n) >= 8}


def test_no_plaintext_secret_anywhere_in_the_runs_folders(tmp_path_factory, loket, memory_keyring):
    from app import secrets
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
    from app import qrkeys
    qrkeys.private_key()      # the QR signing key goes in the keyring: a needle too
    _seen.add(typo)           # typed, never hashed or stored: must not be written either
    loket.engine.dispose()
    import logging
    for h in logging.getLogger("loket").handlers:
        h.flush()

    needles = _needles()
    assert {admin_pw, api_key, typo} <= needles
    encoded = [(n, n.encode("utf-8")) for n in needles]
    base = tmp_path_factory.getbasetemp()
    scanned, hits = 0, []
    for path in base.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        try:
            data = path.read_bytes()
        except OSError:
            continue
        scanned += 1
        for text, raw in encoded:
            if raw in data:
                hits.append(f"{path.relative_to(base)}: {text[:3]}…")
    assert scanned > 0
    assert hits == [], "secrets in clear text:\n" + "\n".join(hits)
