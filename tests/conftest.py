"""Every test runs on a throwaway data folder, with an in-memory keyring, Qt offscreen."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
import pytest
from keyring.backend import KeyringBackend

# The suite is cut by what a test needs: tests/unit (a throwaway SQLite folder), tests/gui
# (the real window, Qt offscreen; tests/gui/conftest.py) and tests/central (the PostgreSQL and
# MariaDB servers, never skipped; tests/central/conftest.py). The fixtures here serve all three;
# the stand-in servers below are used in more than one folder (pytest takes plugins only here).
pytest_plugins = ["tests.fake_sicantik", "tests.tte_helpers", "tests.notify_servers", "tests.plaintext_sweep",
                  "pytester"]   # pytester: tests/unit/test_no_plaintext.py runs a pytest of its own

# Every test runs on a pinned, ticking clock: Thursday 26 November 2026, 10:00 WIB,
# a working day with working days around it. `loket` subprocesses inherit it through
# LOKET_NOW (app/clock.py). `make test-dates` reruns the date-sensitive tests with the
# process's real clock moved (--real-date, time-machine) to prove nothing reads it. A test pins its own date with
# `@pytest.mark.clock("2027-01-04T03:00:00Z")`.
TEST_NOW = "2026-11-26T03:00:00Z"
os.environ["LOKET_NOW"] = TEST_NOW


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


def pytest_addoption(parser):
    parser.addoption("--real-date", metavar="ISO", default=None,
                     help="move this process's real clock (time-machine) to this instant for the whole run; "
                          "Loket's pinned clock must make the tests pass regardless")


def pytest_configure(config):
    at = config.getoption("--real-date")
    if at:
        import time_machine
        config._real_date_travel = time_machine.travel(at, tick=True)
        config._real_date_travel.start()


def pytest_unconfigure(config):
    travel = getattr(config, "_real_date_travel", None)
    if travel is not None:
        travel.stop()


@pytest.fixture(autouse=True)
def pinned_clock(request, monkeypatch):
    """Restart the clock at the test's instant, so each test sees the same date."""
    from app import clock
    marker = request.node.get_closest_marker("clock")
    at = marker.args[0] if marker else TEST_NOW
    monkeypatch.setenv("LOKET_NOW", at)
    with clock.pinned(at):
        yield clock.parse_instant(at)


@pytest.fixture(autouse=True)
def memory_keyring():
    from app import qrkeys
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    qrkeys.use_folder(None)      # the QR key file goes with each test's own data folder
    yield backend
    keyring.set_keyring(previous)
    qrkeys.use_folder(None)


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


def make_actor(*roles: str, name: str = "Petugas Uji", workstation: str = "LOKET2-A", unit: str | None = None,
               id: str | None = None, nip: str = "199001012020121001"):
    """The one actor factory of the suite: an officer with these roles, logged in at `workstation`."""
    from app.services.context import Actor
    return Actor(id or f"officer-{'-'.join(roles).lower() or 'none'}", name.lower().replace(" ", "."),
                 name, nip, frozenset(roles), workstation, unit)


@pytest.fixture
def actor_factory():
    return make_actor
