"""Issue #14, finding 5: `central.sslmode verify-full`/`verify-ca` verify the
server's certificate (and host name) on PostgreSQL and on MariaDB, with
`central.ca_file` or the system's roots, against servers of this test session
presenting certificates made here: good, wrong host name, self-signed, expired."""
from __future__ import annotations

import pytest
from sqlalchemy import text

from app.sync import central as C

pytestmark = pytest.mark.central

# (host in the URL, sslmode, with central.ca_file, connects?)
CASES = {
    "good": [
        ("localhost", "verify-full", True, True),
        ("localhost", "verify-ca", True, True),
        ("127.0.0.1", "verify-full", True, False),     # the certificate names "localhost" only
        ("127.0.0.1", "verify-ca", True, True),        # verify-ca does not check the name
        ("localhost", "verify-full", False, False),    # the system's roots do not know the test CA
        ("localhost", "verify-ca", False, False),      # (the finding: PyMySQL went CERT_NONE here)
        ("127.0.0.1", "require", False, True),         # encrypted, not verified: what "require" means
    ],
    "selfsigned": [
        ("localhost", "verify-full", True, False),
        ("localhost", "verify-ca", True, False),
        ("localhost", "verify-full", False, False),
        ("localhost", "require", False, True),
    ],
    "expired": [
        ("localhost", "verify-full", True, False),
        ("localhost", "verify-ca", True, False),
    ],
}


def _encrypted(c, backend) -> bool:
    if backend == "postgresql":
        return bool(c.execute(text("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")).scalar())
    return bool(c.execute(text("SHOW SESSION STATUS LIKE 'Ssl_version'")).first()[1])


@pytest.mark.parametrize("cert", list(CASES))
@pytest.mark.parametrize("backend", ["postgresql", "mariadb"])
def test_finding5_tls_verifies(tls_servers, backend, cert):
    server, certs = tls_servers[backend], tls_servers["certs"]
    server.install(certs.pairs[cert])
    for host, mode, with_ca, ok in CASES[cert]:
        target = C.Target(server.url(host), sslmode=mode, ca_file=str(certs.ca) if with_ca else "")
        engine = C.connect(target, timeout=5)
        try:
            if ok:
                with engine.connect() as c:
                    assert _encrypted(c, backend), (cert, host, mode)
            else:
                with pytest.raises(C.Unreachable) as e:
                    C.check(engine, target)
                assert "certificate" in str(e.value).lower() or "sertifikat" in str(e.value).lower() \
                    or "match" in str(e.value).lower(), (cert, host, mode, str(e.value))
        finally:
            engine.dispose()


def test_missing_ca_file_is_a_clear_refusal(tls_servers):
    for backend in ("postgresql", "mariadb"):
        target = C.Target(tls_servers[backend].url(), sslmode="verify-full", ca_file="/tidak/ada/ca.pem")
        with pytest.raises(C.CentralError, match="central.ca_file"):
            C.connect(target)
