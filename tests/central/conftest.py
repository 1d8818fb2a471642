"""Fixtures of the central-database tests: workstations that sync (`stations`), the servers'
own TLS instances (`tls_servers`, started once per run), and the pool of connections to the
central servers closed at the end. Every test here needs PostgreSQL and MariaDB on 127.0.0.1
(`.ci/services.sh`) and fails loudly when they are down; none is ever skipped."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.central_db import BACKENDS
from tests.sync_helpers import _drop_central_pool, central_db, stations  # noqa: F401  (fixtures)
from tests.tls_servers import tls_servers  # noqa: F401  (fixture)


@pytest.fixture(params=BACKENDS)
def central(request: pytest.FixtureRequest) -> Iterator[tuple[str, Any]]:
    """(url, engine) of a throwaway central database, once on each backend. A module that
    needs the backend's name too (test_sync_crash, test_trust_central) defines its own."""
    with central_db(request.param) as (url, engine):
        yield url, engine


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # the folder is the marker: `-m central` selects exactly these
    for item in items:
        if "tests/central/" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.central)
