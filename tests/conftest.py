"""Every test runs on a throwaway data folder, with an in-memory keyring, Qt offscreen."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
import pytest
from keyring.backend import KeyringBackend


class MemoryKeyring(KeyringBackend):
    """A safe backend for tests: secrets live only in this process."""
    priority = 10

    def __init__(self):
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        from keyring.errors import PasswordDeleteError
        if (service, username) not in self.store:
            raise PasswordDeleteError(username)
        del self.store[(service, username)]


@pytest.fixture(autouse=True)
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    d = tmp_path / "data"
    d.mkdir()
    monkeypatch.setenv("LOKET_DATA_DIR", str(d))
    return d


@pytest.fixture
def loket(data_dir):
    from app.runtime import open_loket
    lk = open_loket(data_dir)
    yield lk
    lk.close()


@pytest.fixture
def session(loket):
    with loket.Session() as s:
        yield s


def make_actor(*roles: str, name: str = "Petugas Uji", workstation: str = "LOKET2-A"):
    from app.services.context import Actor
    return Actor(f"officer-{'-'.join(roles).lower() or 'none'}", name.lower().replace(" ", "."),
                 name, "199001012020121001", frozenset(roles), workstation)


@pytest.fixture
def actor_factory():
    return make_actor
