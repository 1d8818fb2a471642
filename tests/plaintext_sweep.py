"""The plaintext sweep: after the run, no password, secret or token it handled is in
clear text in any file it wrote.

From the start of the session this plugin records every value stored in the (in-memory)
keyring, every password that was hashed and every token and credential a fake SiCantik
server handed out. When the session ends (its fixtures torn down, so every server and
database is closed) each process that ran tests greps its own temporary directory — each
test's data folder, database, WAL, logs, PDFs, ui.ini — for them.

The suite runs on two processes (pytest-xdist): each worker sweeps the folders of the tests
it ran, with the secrets those tests handled, and passes only the file names and the first
three characters of what it found to the controller, over xdist's own channel (never a
file). The controller fails the run and lists them. A test cannot do this: under xdist the
last test of the collection runs on one worker, while the other may still be writing.
tests/unit/test_no_plaintext.py runs a scenario of its own against the same check, so it
finds something to check even when run alone.
"""
from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest

NOT_SECRET = {"sicantik.username"}     # a user name, shown in settings screens on purpose
SHORTEST = 8                           # shorter values could match by coincidence; no real one is that short

_seen: set[str] = set()
_fakes: list = []
_found: list[str] = []                 # what this process (or, under xdist, its workers) found
_ran: list[int] = []                   # files each sweep scanned


def remember(secret: str) -> None:
    """A value this run handled that must never be written in clear text."""
    if secret:
        _seen.add(secret)


def needles() -> set[str]:
    found = set(_seen)
    for fake in _fakes:
        found |= set(getattr(fake, "tokens", ()) or ())
        for attr in ("password", "apikey", "saltkey"):
            value = getattr(fake, attr, None)
            if isinstance(value, str):
                found.add(value)
    return {n for n in found if len(n) >= SHORTEST}


def sweep(base: Path, secrets: set[str]) -> tuple[int, list[str]]:
    """(files scanned, 'path: first three characters…' of each hit) under `base`."""
    for h in logging.getLogger("loket").handlers:
        h.flush()
    encoded = [(n, n.encode("utf-8")) for n in secrets]
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
    return scanned, hits


def _install() -> None:
    conftest = sys.modules.get("tests.conftest") or sys.modules.get("conftest")
    backend = getattr(conftest, "MemoryKeyring", None)
    if backend is not None and not getattr(backend.set_password, "_recording", False):
        original = backend.set_password

        def set_password(self, service, username, password):
            if username not in NOT_SECRET:
                remember(password)
            return original(self, service, username, password)
        set_password._recording = True
        backend.set_password = set_password

    from app import auth
    if not getattr(auth.hash_password, "_recording", False):
        original_hash = auth.hash_password

        def hash_password(password):
            remember(password)
            return original_hash(password)
        hash_password._recording = True
        auth.hash_password = hash_password

    from tests.fake_sicantik import FakeSicantik
    if not getattr(FakeSicantik.__init__, "_recording", False):
        original_init = FakeSicantik.__init__

        def __init__(self, *a, **kw):
            original_init(self, *a, **kw)
            _fakes.append(self)
        __init__._recording = True
        FakeSicantik.__init__ = __init__


def pytest_sessionstart(session):
    _install()


@pytest.hookimpl(trylast=True)      # after the session fixtures are torn down
def pytest_sessionfinish(session, exitstatus):
    config = session.config
    secrets = needles()
    if secrets:                      # a process that ran no test handled none (the xdist controller)
        scanned, hits = sweep(Path(session.config._tmp_path_factory.getbasetemp()), secrets)
        _ran.append(scanned)
        _found.extend(hits)
        if hasattr(config, "workerinput"):
            config.workeroutput["plaintext_sweep"] = {"scanned": scanned, "hits": hits}
    if _found:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node, error):
    """Under xdist, on the controller: what a worker's sweep found."""
    result = getattr(node, "workeroutput", {}).get("plaintext_sweep")
    if result:
        _ran.append(result["scanned"])
        _found.extend(f"{node.gateway.id}/{hit}" for hit in result["hits"])


def pytest_terminal_summary(terminalreporter):
    if hasattr(terminalreporter.config, "workerinput"):
        return
    if _found:
        terminalreporter.section("plaintext sweep", red=True, bold=True)
        terminalreporter.write_line("secrets in clear text:")
        for hit in _found:
            terminalreporter.write_line(f"  {hit}")
    elif _ran:
        where = f" by {len(_ran)} workers" if len(_ran) > 1 else ""
        terminalreporter.write_line(f"plaintext sweep: {sum(_ran)} files{where}, no secret in clear text")
