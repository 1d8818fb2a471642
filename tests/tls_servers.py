"""A PostgreSQL and a MariaDB server of the test session's own, with TLS on, on
free ports of 127.0.0.1, and the certificates they present made here with
cryptography: one signed by the test's CA for "localhost", one self-signed, one
expired. Started once per session (initdb/pg_ctl, mariadb-install-db/mariadbd),
stopped at its end; the certificate is swapped with a reload, not a restart.

Validity periods are fixed dates far from any real one (2000–2099, expired in
2001), so the tests mean the same under faketime on another date.
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

LONG_AGO = datetime(2000, 1, 1, tzinfo=UTC)
FAR_AWAY = datetime(2099, 12, 31, tzinfo=UTC)
EXPIRED = datetime(2001, 1, 1, tzinfo=UTC)


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Loket test"),
                      x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def _pem_key(key) -> bytes:
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL,
                             serialization.NoEncryption())


@dataclass
class Certs:
    folder: Path
    ca: Path                         # the CA file a workstation would set as central.ca_file
    pairs: dict                      # "good" | "selfsigned" | "expired" → (cert PEM, key PEM)


def make_certs(folder: Path) -> Certs:
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = _name("Loket Test CA")
    ca_ski = x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key())
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name)
          .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
          .not_valid_before(LONG_AGO).not_valid_after(FAR_AWAY)
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True,
                                       content_commitment=False, key_encipherment=False,
                                       data_encipherment=False, key_agreement=False,
                                       encipher_only=False, decipher_only=False), critical=True)
          .add_extension(ca_ski, critical=False)
          .sign(ca_key, hashes.SHA256()))

    def server(until, *, self_signed=False):
        key = ec.generate_private_key(ec.SECP256R1())
        subject = _name("localhost")
        b = (x509.CertificateBuilder().subject_name(subject)
             .issuer_name(subject if self_signed else ca_name)
             .public_key(key.public_key()).serial_number(x509.random_serial_number())
             .not_valid_before(LONG_AGO).not_valid_after(until)
             .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False)
             .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
             .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
             .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False))
        if not self_signed:
            b = b.add_extension(x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ca_ski),
                                critical=False)
        cert = b.sign(key if self_signed else ca_key, hashes.SHA256())
        return cert.public_bytes(serialization.Encoding.PEM), _pem_key(key)

    ca_path = folder / "ca.pem"
    ca_path.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    return Certs(folder, ca_path, {"good": server(FAR_AWAY), "selfsigned": server(FAR_AWAY, self_signed=True),
                                   "expired": server(EXPIRED)})


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as(user: str) -> list[str]:
    """Database servers refuse to run as root: as their system user then."""
    return ["runuser", "-u", user, "--"] if os.geteuid() == 0 else []


def _own(path: Path, user: str) -> None:
    if os.geteuid() == 0:
        shutil.chown(path, user, user)


def _wait_port(port: int, proc=None, timeout: float = 60) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"server on port {port} did not start")


class Server:
    backend: str
    port: int
    cert: Path
    key: Path
    user: str

    def install(self, pair: tuple[bytes, bytes]) -> None:
        self.cert.write_bytes(pair[0])
        self.key.write_bytes(pair[1])
        for p in (self.cert, self.key):
            _own(p, self.user)
            p.chmod(0o600)
        self.reload()

    def url(self, host: str = "localhost") -> str:
        raise NotImplementedError

    def reload(self) -> None:
        raise NotImplementedError


def _bin(name: str) -> str:
    found = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"))
    return str(found[-1]) if found else (shutil.which(name) or name)


class Postgres(Server):
    backend, user = "postgresql", "postgres"

    def __init__(self, root: Path):
        self.dir = root / "pg"
        self.dir.mkdir()
        _own(self.dir, self.user)
        self.data = self.dir / "data"
        self.port = free_port()
        subprocess.run([*_as(self.user), _bin("initdb"), "-D", str(self.data), "-U", "postgres",
                        "--auth=trust", "-E", "UTF8", "--no-sync"], check=True, capture_output=True)
        self.cert, self.key = self.data / "server.crt", self.data / "server.key"
        with open(self.data / "postgresql.conf", "a") as f:
            f.write(f"\nport = {self.port}\nlisten_addresses = '127.0.0.1'\n"
                    f"unix_socket_directories = '{self.dir}'\nssl = on\nfsync = off\n"
                    "ssl_cert_file = 'server.crt'\nssl_key_file = 'server.key'\n")

    def start(self, pair) -> None:
        self.cert.write_bytes(pair[0])
        self.key.write_bytes(pair[1])
        for p in (self.cert, self.key):
            _own(p, self.user)
            p.chmod(0o600)
        subprocess.run([*_as(self.user), _bin("pg_ctl"), "-D", str(self.data), "-l", str(self.dir / "log"),
                        "-w", "-t", "60", "start"], check=True, capture_output=True)
        _wait_port(self.port)

    def url(self, host: str = "localhost") -> str:
        return f"postgresql+psycopg://postgres@{host}:{self.port}/postgres"

    def reload(self) -> None:
        from sqlalchemy import create_engine, text
        e = create_engine(self.url("127.0.0.1"), connect_args={"sslmode": "disable"})
        with e.connect() as c:
            c.execute(text("SELECT pg_reload_conf()"))
        e.dispose()
        time.sleep(0.5)   # the postmaster re-reads its files on SIGHUP, asynchronously

    def stop(self) -> None:
        subprocess.run([*_as(self.user), _bin("pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"],
                       capture_output=True)


class MariaDB(Server):
    backend, user = "mariadb", "mysql"

    def __init__(self, root: Path):
        self.dir = root / "my"
        self.dir.mkdir()
        self.data = self.dir / "data"
        self.port = free_port()
        self.cert, self.key = self.dir / "server.crt", self.dir / "server.key"
        _own(self.dir, self.user)
        subprocess.run(["mariadb-install-db", f"--datadir={self.data}", "--auth-root-authentication-method=normal",
                        "--skip-test-db", "--skip-name-resolve", *(["--user=mysql"] if os.geteuid() == 0 else [])],
                       check=True, capture_output=True)
        self.proc = None

    def start(self, pair) -> None:
        self.cert.write_bytes(pair[0])
        self.key.write_bytes(pair[1])
        for p in (self.cert, self.key):
            _own(p, self.user)
            p.chmod(0o600)
        self.proc = subprocess.Popen(
            ["mariadbd", "--no-defaults", f"--datadir={self.data}", f"--port={self.port}",
             "--bind-address=127.0.0.1", f"--socket={self.dir / 'sock'}", f"--pid-file={self.dir / 'pid'}",
             "--skip-name-resolve", "--skip-grant-tables", "--innodb-buffer-pool-size=16M",
             "--skip-log-bin", f"--ssl-cert={self.cert}", f"--ssl-key={self.key}",
             *(["--user=mysql"] if os.geteuid() == 0 else [])],
            stdout=subprocess.DEVNULL, stderr=open(self.dir / "log", "w"))
        _wait_port(self.port, self.proc)

    def url(self, host: str = "localhost") -> str:
        return f"mysql+pymysql://root@{host}:{self.port}/mysql"

    def reload(self) -> None:
        import pymysql
        c = pymysql.connect(host="127.0.0.1", port=self.port, user="root", ssl_disabled=True)
        with c.cursor() as cur:
            cur.execute("FLUSH SSL")
        c.close()

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()


@pytest.fixture(scope="session")
def tls_servers():
    """{"postgresql": Postgres, "mariadb": MariaDB, "certs": Certs}, each serving the good certificate."""
    root = Path(tempfile.mkdtemp(prefix="loket-tls-"))
    os.chmod(root, 0o755)
    certs = make_certs(root)
    servers = {}
    try:
        for cls in (Postgres, MariaDB):
            s = cls(root)
            s.start(certs.pairs["good"])
            servers[s.backend] = s
        yield {**servers, "certs": certs}
    except Exception as e:   # never skip: a server that cannot start is a failed run
        pytest.fail(f"TLS test servers did not start: {e}", pytrace=False)
    finally:
        for s in servers.values():
            s.stop()
        shutil.rmtree(root, ignore_errors=True)
