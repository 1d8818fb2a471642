"""A SiCantik Cloud imitation on 127.0.0.1 for the tests: a real HTTP server
(standard library) speaking the three ways in that BRIEF.md describes.

- Template Data: GET /api/TemplateData/keluaran/{id}.json, `page`/`limit`,
  answer {"success", "message", "data": {<label>: rows, page, limit, total_items}}.
- Token API, as SiCantik's PenggunaController::token writes it: POST
  /api/pengguna/token with JSON (or form) username/password → HTTP 200
  {"success": true, "message": "Login berhasil", "data": "<JWT>"}; with the header
  `Source: android`, "data": {"token": "<JWT>"}. The JWT's exp is 12 hours ahead
  (30 days for android), from Loket's clock. A wrong password: HTTP 422 (200 for
  android), success false, "Pengguna atau password tidak valid". With
  `require_token`, template requests without a valid `Authorization: Bearer` get 401.
- SPLP gateway: GET /api/sicantik/1/interop/{uuid} with headers `auth` and
  `apikey`; the answer {"data": "<hex>"} is AES-256-GCM with SHA-256(saltkey).

Faults are queued per data request (`faults`) or per page number
(`page_faults`): "429" (with Retry-After), "500", "timeout" (answers after
`slow` seconds), "html", "truncate", "plain-json" (200 without data), and the
hostile ones (HOSTILE): "endless" (a body that never ends), "gzip-bomb" (1 GB of
JSON whitespace in 1 MB of gzip), "slow-body" / "slow-headers" (one byte every
`drip` seconds), "deep" (nesting 100,000 deep), "deep-50" (valid but 50 deep),
"nan", "1e999".
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import threading
import time
from datetime import date, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from app import clock
from app.sicantik import crypto

TEMPLATE_PREFIX = "/api/TemplateData/keluaran/"
HOSTILE = ("endless", "gzip-bomb", "slow-body", "slow-headers", "deep", "deep-50", "nan", "1e999")
_BOMB: list[bytes] = []


def gzip_bomb() -> bytes:
    """1 GB of JSON whitespace after an opening, as one gzip member of about 1 MB; made once.
    After a full flush the compressor forgets its history, so the compressed 1 MB block
    is the same every time and is repeated rather than compressed 1024 times."""
    if not _BOMB:
        import struct
        import zlib
        opening, block, n = b'{"success": true, "data": {"permohonan": [', b" " * (1 << 20), 1024
        z = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
        head = z.compress(opening) + z.flush(zlib.Z_FULL_FLUSH)
        packed = z.compress(block) + z.flush(zlib.Z_FULL_FLUSH)
        crc = zlib.crc32(opening)
        for _ in range(n):
            crc = zlib.crc32(block, crc)
        size = (len(opening) + n * len(block)) & 0xFFFFFFFF
        _BOMB.append(b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff" + head + packed * n + z.flush()
                     + struct.pack("<II", crc, size))
    return _BOMB[0]


def make_jwt(secret: bytes, lifetime: float, sub: int = 1) -> str:
    """HS256 JWT {"sub", "exp"} as SiCantik signs it, exp from Loket's (pinned) clock."""
    def b64(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode()
    head = b64(json.dumps({"typ": "JWT", "alg": "HS256"}).encode())
    body = b64(json.dumps({"sub": sub, "exp": int(clock.utcnow_aware().timestamp() + lifetime)}).encode())
    sig = b64(hmac.new(secret, f"{head}.{body}".encode(), hashlib.sha256).digest())
    return f"{head}.{body}.{sig}"
SPLP_PREFIX = "/api/sicantik/1/interop/"


def _day(text: str) -> date:
    text = text.strip()[:10]
    if text[2] == "-":
        return datetime.strptime(text, "%d-%m-%Y").date()
    return date.fromisoformat(text)


def application_rows(n: int, *, start: int = 1, day: str = "2026-11-02", permit: str = "Surat Izin Praktik Dokter",
                     permit_id: str | None = "101", steps: tuple = (("1", "Pendaftaran", "Selesai"),
                                                                    ("2", "Verifikasi Berkas", "Proses"))) -> list[dict]:
    """n applications, one row per process step, as a range template joins them."""
    rows = []
    for i in range(start, start + n):
        base = {
            "id": i, "no_permohonan": f"SC-2026-{i:05d}", "nama": f"Pemohon Uji {i}",
            "alamat": f"Jl. Merdeka No. {i}", "email": f"pemohon{i}@contoh.id", "no_hp": f"08123{i:07d}",
            "no_tlp": None, "tgl_lahir": "15-08-1990", "jenis_kelamin": "Perempuan" if i % 2 else "Laki-laki",
            "no_identitas": f"32010115089{i:05d}", "jenis_izin": permit, "jenis_izin_id": permit_id,
            "jenis_permohonan": "Baru", "tipe_pemohon": "PERORANGAN", "lokasi_izin": "Kec. Contoh",
            "tgl_pengajuan": f"{day} 09:{i % 60:02d}:00", "instansi_id": 7, "kolom_tambahan": "abaikan",
        }
        for sid, name, status in steps:
            rows.append({**base, "jenis_proses_id": sid, "nama_proses": name, "status": status,
                         "start_date": f"{day} 10:00:00", "end_date": f"{day} 11:00:00" if status == "Selesai" else None,
                         "diproses_oleh": "operator"})
    return rows


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        import sys
        if not isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            super().handle_error(request, client_address)   # a client hanging up is no news


class FakeSicantik:
    def __init__(self, tls: tuple[str, str] | None = None):
        self.tls = tls                    # (certificate chain PEM, key PEM): serve https
        self.rows: list[dict] = []
        self.label = "permohonan"
        self.number_param = "no_permohonan"
        self.from_param, self.to_param = "date1", "date2"
        self.require_token = False
        self.username, self.password = "loket-api", "sandi-uji-123"
        self.apikey, self.saltkey = "apikey-uji", "garam-uji"
        self.tokens: set[str] = set()
        self.token_lifetime: float | None = None     # None: SiCantik's 12 h / 30 days (android)
        self.jwt_secret = secrets.token_bytes(16)
        self.drip = 1.0                   # seconds between the bytes of a slow-loris answer
        self.stopped = threading.Event()
        self.faults: list = []            # applied to the next data requests, in order
        self.page_faults: dict[int, str] = {}
        self.retry_after = "1"
        self.slow = 1.0
        self.ignore_paging = False
        self.requests: list[dict] = []
        self._lock = threading.Lock()
        self.server = _QuietServer(("127.0.0.1", 0), self._handler())
        if tls:
            import ssl
            ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            ctx.load_cert_chain(*tls)
            self.server.socket = ctx.wrap_socket(self.server.socket, server_side=True)
        self.server.daemon_threads = True
        self.server.block_on_close = False
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05},
                                       daemon=True)

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"{'https' if self.tls else 'http'}://{host}:{port}"

    def start(self) -> FakeSicantik:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.stopped.set()
        self.server.shutdown()
        self.server.server_close()

    def expired(self, token: str) -> bool:
        from app.sicantik.client import jwt_exp
        exp = jwt_exp(token)
        return exp is None or exp <= clock.utcnow_aware().timestamp()

    def token_requests(self) -> list[dict]:
        return [r for r in self.requests if r["path"] == "/api/pengguna/token"]

    def data_requests(self) -> list[dict]:
        return [r for r in self.requests if r["path"] != "/api/pengguna/token"]

    # -- answers ----------------------------------------------------------------

    def select(self, params: dict, number_param: str, from_param: str, to_param: str) -> list[dict]:
        rows = self.rows
        if params.get(number_param):
            rows = [r for r in rows if r.get("no_permohonan") == params[number_param]]
        if params.get(from_param) and params.get(to_param):
            lo, hi = _day(params[from_param]), _day(params[to_param])
            rows = [r for r in rows if lo <= _day(r["tgl_pengajuan"]) <= hi]
        return rows

    def page_of(self, rows: list, params: dict) -> tuple[list, int, int]:
        page, limit = int(params.get("page", 1)), int(params.get("limit", 100))
        if self.ignore_paging:
            return rows[:limit], page, limit
        return rows[(page - 1) * limit: page * limit], page, limit

    def _handler(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # quiet tests
                pass

            def _send(self, code: int, body: bytes, ctype="application/json", headers=None):
                self.send_response(code)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                try:
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def _json(self, code: int, obj, headers=None):
                self._send(code, json.dumps(obj).encode(), headers=headers)

            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length).decode()
                path = urlsplit(self.path).path
                with fake._lock:
                    fake.requests.append({"method": "POST", "path": path, "params": {},
                                          "headers": dict(self.headers), "body": raw})
                if path != "/api/pengguna/token":
                    return self._json(404, {"success": False, "message": "not found"})
                if self.headers.get("Content-Type", "").startswith("application/json"):
                    form = json.loads(raw or "{}")
                else:
                    form = {k: v[0] for k, v in parse_qs(raw).items()}
                android = (self.headers.get("Source") or "").lower() == "android"
                if form.get("username") != fake.username or form.get("password") != fake.password:
                    # ApiController::setResponseData: 422, or 200 for android (alwaysOKHttpStatus)
                    return self._json(200 if android else 422, {
                        "success": False, "message": "Pengguna atau password tidak valid",
                        "data": {"token": None} if android else None, "errors": []})
                lifetime = fake.token_lifetime or (24 * 30 * 3600 if android else 12 * 3600)
                token = make_jwt(fake.jwt_secret, lifetime)
                fake.tokens.add(token)
                self._json(200, {"success": True, "message": "Login berhasil",
                                 "data": {"token": token} if android else token})

            def do_GET(self):
                parts = urlsplit(self.path)
                params = {k: v[0] for k, v in parse_qs(parts.query).items()}
                with fake._lock:
                    fake.requests.append({"method": "GET", "path": parts.path, "params": params,
                                          "headers": dict(self.headers)})
                    fault = fake.faults.pop(0) if fake.faults else None
                    page = int(params.get("page", 1))
                    if fault is None and page in fake.page_faults:
                        fault = fake.page_faults.pop(page)
                if fault == "429":
                    return self._json(429, {"message": "Too Many Requests"},
                                      headers={"Retry-After": fake.retry_after})
                if fault == "500":
                    return self._send(500, b"Internal Server Error", "text/plain")
                if fault == "timeout":
                    time.sleep(fake.slow)
                if fault == "plain-json":
                    return self._json(200, {"message": "Quota habis untuk hari ini"})
                if fault in HOSTILE:
                    return self._hostile(fault)
                if fault == "html":
                    return self._send(200, b"<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>"
                                           b"<body><h1>502 Bad Gateway</h1></body></html>", "text/html")
                if parts.path.startswith(TEMPLATE_PREFIX):
                    return self._template(parts.path, params, fault)
                if parts.path.startswith(SPLP_PREFIX):
                    return self._splp(params, fault)
                self._json(404, {"success": False, "message": "not found"})

            def _drip(self, data: bytes) -> None:
                for i in range(len(data)):
                    if fake.stopped.wait(fake.drip):
                        return
                    self.wfile.write(data[i:i + 1])
                    self.wfile.flush()

            def _hostile(self, fault):
                try:
                    if fault == "slow-headers":
                        self.close_connection = True
                        return self._drip(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                          b"Content-Length: 2\r\n\r\n{}")
                    if fault == "slow-body":
                        body = json.dumps({"success": True, "data": {"permohonan": [], "total_items": 0}})
                        self.send_response(200)
                        self.send_header("Content-Type", "application/json")
                        self.send_header("Content-Length", str(len(body)))
                        self.end_headers()
                        self.wfile.flush()
                        return self._drip(body.encode())
                    if fault == "endless":
                        self.close_connection = True
                        self.send_response(200)
                        self.send_header("Content-Type", "application/json")
                        self.send_header("Connection", "close")
                        self.end_headers()
                        self.wfile.write(b'{"success": true, "data": {"permohonan": [')
                        row = json.dumps(application_rows(1)[0]).encode() + b", "
                        block = row * (65536 // len(row) + 1)
                        while not fake.stopped.is_set():
                            self.wfile.write(block)
                        return
                    if fault == "gzip-bomb":
                        body = gzip_bomb()
                        return self._send(200, body, headers={"Content-Encoding": "gzip"})
                    if fault == "deep":
                        return self._send(200, b"[" * 100_000 + b"]" * 100_000)
                    if fault == "deep-50":
                        inner = b'{"a": ' * 50 + b"1" + b"}" * 50
                        return self._send(200, b'{"success": true, "data": {"permohonan": [' + inner
                                          + b'], "total_items": 1}}')
                    number = "NaN" if fault == "nan" else "1e999"
                    row = ('{"no_permohonan": "SC-2026-00001", "nama": "A", "jenis_izin": "Izin Toko Obat", '
                           '"tgl_pengajuan": "2026-11-02", "id": ' + number + "}")
                    return self._send(200, ('{"success": true, "data": {"permohonan": [' + row
                                            + '], "total_items": ' + number + "}}").encode())
                except (BrokenPipeError, ConnectionResetError, OSError):
                    self.close_connection = True

            def _template(self, path, params, fault):
                if fake.require_token:
                    auth = self.headers.get("Authorization", "")
                    if not auth.startswith("Bearer ") or auth[7:] not in fake.tokens or fake.expired(auth[7:]):
                        return self._json(401, {"success": False, "message": "Expired token"})
                rows = fake.select(params, fake.number_param, fake.from_param, fake.to_param)
                chunk, page, limit = fake.page_of(rows, params)
                body = json.dumps({"success": True, "message": "", "data": {
                    fake.label: chunk, "page": page, "limit": limit, "total_items": len(rows)}}).encode()
                if fault == "truncate":
                    body = body[: len(body) // 2]
                self._send(200, body)

            def _splp(self, params, fault):
                auth = self.headers.get("auth", "")
                if not auth.startswith("Bearer ") or auth[7:] not in fake.tokens:
                    return self._json(401, {"message": "Unauthorized"})
                if self.headers.get("apikey") != fake.apikey:
                    return self._json(403, {"message": "Invalid API key"})
                rows = fake.select(params, "no_permohonan", "tgl_awal", "tgl_akhir")
                chunk, page, limit = fake.page_of(rows, params)
                plain = json.dumps({"items": chunk, "total_items": len(rows)}).encode()
                body = json.dumps({"data": crypto.encrypt(plain, fake.saltkey)}).encode()
                if fault == "truncate":
                    body = body[: len(body) // 2]
                self._send(200, body)

        return Handler


def make_office_ca(folder) -> tuple[str, str, str]:
    """An office CA and a server certificate for 127.0.0.1 signed by it:
    (ca.pem, server chain .pem, server key .pem)."""
    import datetime as dt
    import ipaddress
    from pathlib import Path

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID
    folder = Path(folder)
    now = clock.utcnow_aware()
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "CA Uji DPMPTSP Contoh")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name)
          .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
          .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=False, key_encipherment=False,
                                       data_encipherment=False, key_agreement=False, key_cert_sign=True,
                                       crl_sign=True, encipher_only=False, decipher_only=False), critical=True)
          .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
            .issuer_name(ca_name).public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
                           critical=False)
            .sign(ca_key, hashes.SHA256()))
    pem = serialization.Encoding.PEM
    (folder / "ca.pem").write_bytes(ca.public_bytes(pem))
    (folder / "server.pem").write_bytes(cert.public_bytes(pem))
    (folder / "server.key").write_bytes(key.private_bytes(pem, serialization.PrivateFormat.PKCS8,
                                                          serialization.NoEncryption()))
    return str(folder / "ca.pem"), str(folder / "server.pem"), str(folder / "server.key")


# The child's own peak memory: VmHWM of its address space, written at exit. (wait4's
# ru_maxrss would not do: Linux carries the forking parent's peak over exec, so a
# child of a big pytest process would "use" what pytest uses.)
_PEAK_WRAPPER = """
import atexit, sys
OUT = sys.argv[1]
def _peak():
    with open("/proc/self/status") as f:
        kb = next(line.split()[1] for line in f if line.startswith("VmHWM:"))
    with open(OUT, "w") as out:
        out.write(kb)
atexit.register(_peak)
sys.argv = ["loket"] + sys.argv[2:]
from app.cli import main
sys.exit(main())
"""


def run_pull_process(data_dir, *args: str, timeout: float = 120) -> tuple[int, str, str, float, float]:
    """`loket sicantik pull ARGS` as a real process: (exit code, stdout, stderr, seconds,
    peak RSS in MB of that very process)."""
    import subprocess
    import sys
    import tempfile
    from pathlib import Path
    with tempfile.TemporaryDirectory() as tmp:
        peak = Path(tmp) / "peak"
        t = time.monotonic()
        p = subprocess.run([sys.executable, "-c", _PEAK_WRAPPER, str(peak), "--data-dir", str(data_dir),
                            "sicantik", "pull", *args], capture_output=True, text=True,
                           timeout=timeout)          # a hang guard, not a timing assertion
        seconds = time.monotonic() - t
        mb = int(peak.read_text()) / 1024 if peak.exists() else float("nan")
    return p.returncode, p.stdout, p.stderr, seconds, mb


# -- pytest helpers (import the fixture into a test module to use it) -----------

import pytest  # noqa: E402


@pytest.fixture
def fake():
    from app.sicantik.client import forget_tokens
    forget_tokens()          # tokens are cached per process; a port may be reused by the next test
    server = FakeSicantik().start()
    yield server
    server.stop()


def configure(loket, fake: FakeSicantik, mode: str = "template", *, page_size: int = 100,
              secrets: bool = True, **extra) -> None:
    """Point this Loket at the fake server, with the keyring secrets the mode needs."""
    import keyring

    from app import config
    with loket.Session() as s:
        config.set_(s, "sicantik.base_url", fake.url)
        config.set_(s, "sicantik.mode", mode)
        config.set_(s, "sicantik.template.by_number", "by-no" if mode != "splp" else "uuid-by-no")
        config.set_(s, "sicantik.template.by_range", "by-range" if mode != "splp" else "uuid-by-range")
        config.set_(s, "sicantik.page_size", page_size)
        for k, v in extra.items():
            config.set_(s, k.replace("__", "."), v)
        s.commit()
    if secrets:
        keyring.set_password("loket", "sicantik.username", fake.username)
        keyring.set_password("loket", "sicantik.password", fake.password)
        keyring.set_password("loket", "sicantik.apikey", fake.apikey)
        keyring.set_password("loket", "sicantik.saltkey", fake.saltkey)


def fast_client(loket, *, timeout: float | None = None, **kw):
    """A client whose waits are recorded, not slept: `client.sleeps`."""
    import dataclasses

    from app.sicantik.client import Client, Settings
    with loket.Session() as s:
        settings = Settings.from_session(s)
    if timeout is not None:
        settings = dataclasses.replace(settings, timeout=timeout)
    sleeps: list[float] = []
    kw.setdefault("backoff", 0.05)
    c = Client(settings, sleep=sleeps.append, **kw)
    c.sleeps = sleeps
    return c
