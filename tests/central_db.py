"""Throwaway databases on the machine's PostgreSQL and MariaDB servers.

These servers stand in for an office's central database. When one is
unreachable the test FAILS with the start command in the message: CI must
never go green by skipping them.
"""
from __future__ import annotations

import os
import uuid
from contextlib import contextmanager

import pytest
from sqlalchemy import create_engine, text

PG_ADMIN = os.environ.get("LOKET_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
MY_ADMIN = os.environ.get("LOKET_TEST_MYSQL", "mysql+pymysql://root@127.0.0.1:3306/test")
BACKENDS = ("postgresql", "mariadb")


def _admin_url(backend: str) -> str:
    return PG_ADMIN if backend == "postgresql" else MY_ADMIN


@contextmanager
def scratch_database(backend: str):
    """Create an empty database, yield its URL, drop it afterwards."""
    name = f"loket_t_{uuid.uuid4().hex[:12]}"
    admin_url = _admin_url(backend)
    try:
        admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as c:
            c.execute(text(f"CREATE DATABASE {name}"))
    except Exception as e:  # never skip: a missing server is a failed run
        pytest.fail(f"{backend} at {admin_url.split('@')[-1]} unreachable ({type(e).__name__}); "
                    "start it with .ci/services.sh", pytrace=False)
    url = admin_url.rsplit("/", 1)[0] + "/" + name
    if backend == "mariadb":
        url += "?charset=utf8mb4"
    try:
        yield url
    finally:
        with admin.connect() as c:
            if backend == "postgresql":
                c.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            else:
                c.execute(text(f"DROP DATABASE IF EXISTS {name}"))
        admin.dispose()
