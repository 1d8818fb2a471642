"""Real servers on 127.0.0.1 for the notification tests, started once per session:

- an SMTP server (aiosmtpd): plain, STARTTLS and implicit TLS, with AUTH on the
  STARTTLS/TLS ones; it keeps every message it accepted, and counts deliveries by
  Message-ID (the idempotency key of an e-mail) beside the raw count;
- a stand-in WhatsApp/SMS gateway (http.server in a thread), Fonnte-style by default:
  `Authorization: TOKEN`, form or JSON fields, `{"status": true, "id": …}`. It honours
  `Idempotency-Key`: a key seen before is answered again without a second delivery.
  `mode` makes it misbehave: "500", "timeout", "html", "refuse" (200 with status false),
  "echo500" (a 500 that repeats the request's headers, token included).

Each test resets them (`reset()`); the expensive start happens once.
"""
from __future__ import annotations

import json
import socket
import ssl
import threading
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.tls_servers import free_port, make_certs

SMTP_USER, SMTP_PASSWORD = "loket-smtp", "Sandi-SMTP-Uji-9137"



@dataclass
class Delivered:
    to: list[str]
    subject: str
    body: str
    message_id: str
    raw: bytes


@dataclass
class SMTPRecorder:
    messages: list[Delivered] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    refuse: set[str] = field(default_factory=set)      # recipients answered 550
    delay: float = 0.0                                  # between keeping a message and answering 250

    def reset(self) -> None:
        with self.lock:
            self.messages.clear()
            self.refuse.clear()
            self.delay = 0.0

    def unique(self) -> dict[str, Delivered]:
        with self.lock:
            return {m.message_id: m for m in self.messages}

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        if address in self.refuse:
            return "550 5.1.1 Mailbox tidak ada"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        from email import message_from_bytes, policy
        raw = envelope.original_content or envelope.content
        msg = message_from_bytes(raw, policy=policy.default)
        body = msg.get_body(("plain",))
        with self.lock:
            self.messages.append(Delivered(list(envelope.rcpt_tos), str(msg["Subject"]),
                                           body.get_content() if body else "", str(msg["Message-ID"]), raw))
        if self.delay:
            import asyncio
            await asyncio.sleep(self.delay)   # delivered, not yet confirmed: the window a crash can hit
        return "250 Message accepted for delivery"


class _Auth:
    def __call__(self, server, session, envelope, mechanism, auth_data):
        from aiosmtpd.smtp import AuthResult
        ok = getattr(auth_data, "login", b"") == SMTP_USER.encode() and \
            getattr(auth_data, "password", b"") == SMTP_PASSWORD.encode()
        return AuthResult(success=ok, handled=False)


@dataclass
class SMTPServers:
    recorder: SMTPRecorder
    plain_port: int
    starttls_port: int
    tls_port: int
    ca_file: str
    controllers: list


def start_smtp(folder) -> SMTPServers:
    """Plain, STARTTLS and TLS SMTP servers on 127.0.0.1 sharing one recorder; the CA in `folder`."""
    from aiosmtpd.controller import Controller
    certs = make_certs(folder)
    cert_pem, key_pem = certs.pairs["good"]
    (folder / "srv.pem").write_bytes(cert_pem)
    (folder / "srv.key").write_bytes(key_pem)
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(folder / "srv.pem", folder / "srv.key")
    rec = SMTPRecorder()
    ports = [free_port(), free_port(), free_port()]
    plain = Controller(rec, hostname="127.0.0.1", port=ports[0])
    starttls = Controller(rec, hostname="127.0.0.1", port=ports[1], tls_context=ctx, require_starttls=True,
                          authenticator=_Auth(), auth_required=True, server_hostname="localhost")

    class QuietController(Controller):
        """The implicit-TLS server is TLS from the first byte; aiosmtpd only counts
        STARTTLS as TLS and warns about AUTH without it on every connection."""

        def factory(self):
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", UserWarning)
                return super().factory()

    tls = QuietController(rec, hostname="127.0.0.1", port=ports[2], ssl_context=ctx, authenticator=_Auth(),
                          auth_required=True, auth_require_tls=False, server_hostname="localhost")
    started = []
    for c in (plain, starttls, tls):
        c.start()
        started.append(c)
    return SMTPServers(rec, ports[0], ports[1], ports[2], str(certs.ca), started)


@pytest.fixture(scope="session")
def smtp_servers(tmp_path_factory):
    servers = start_smtp(tmp_path_factory.mktemp("smtp-certs"))
    yield servers
    for c in servers.controllers:
        c.stop()


@dataclass
class GatewayState:
    mode: str = "ok"
    timeout_seconds: float = 3.0
    token: str | None = None                 # required Authorization value; None = no check
    honour_keys: bool = True
    delay: float = 0.0                       # between delivering and answering
    requests: list[dict] = field(default_factory=list)     # every request, as received
    delivered: list[dict] = field(default_factory=list)    # what reached a "phone"
    by_key: dict[str, dict] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def reset(self) -> None:
        with self.lock:
            self.mode, self.token, self.honour_keys, self.delay = "ok", None, True, 0.0
            self.requests.clear()
            self.delivered.clear()
            self.by_key.clear()


class _Handler(BaseHTTPRequestHandler):
    state: GatewayState
    protocol_version = "HTTP/1.1"

    def log_message(self, *a):      # quiet
        pass

    def setup(self):
        super().setup()
        # headers and body go out as two writes: without this, Nagle's algorithm and the
        # client's delayed ACK stall every keep-alive answer by 40 ms
        self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def _fields(self) -> dict:
        if self.command == "GET":
            return {k: v[0] for k, v in parse_qs(urlsplit(self.path).query).items()}
        n = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(n) if n else b""
        if "json" in (self.headers.get("Content-Type") or ""):
            return json.loads(body or b"{}")
        return {k: v[0] for k, v in parse_qs(body.decode()).items()}

    def _answer(self, code: int, body: str, ctype: str = "application/json") -> None:
        data = body.encode()
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _handle(self) -> None:
        st = self.state
        fields = self._fields()
        req = {"method": self.command, "path": self.path, "headers": dict(self.headers), "fields": fields}
        with st.lock:
            st.requests.append(req)
            mode = st.mode
        if mode == "timeout":
            time.sleep(st.timeout_seconds)
            self._answer(200, json.dumps({"status": True, "id": "late"}))
            return
        if mode == "500":
            self._answer(500, json.dumps({"status": False, "reason": "internal error"}))
            return
        if mode == "echo500":
            self._answer(500, "error for request with headers " + json.dumps(dict(self.headers)), "text/plain")
            return
        if mode == "html":
            self._answer(200, "<!DOCTYPE html><html><body><h1>Login hotspot kantor</h1></body></html>",
                         "text/html; charset=utf-8")
            return
        if st.token is not None and self.headers.get("Authorization") != st.token:
            self._answer(200, json.dumps({"status": False, "reason": "invalid token"}))
            return
        if mode == "refuse":
            self._answer(200, json.dumps({"status": False, "reason": "target invalid"}))
            return
        key = self.headers.get("Idempotency-Key")
        with st.lock:
            if key and st.honour_keys and key in st.by_key:
                answer = st.by_key[key]
            else:
                answer = {"status": True, "id": f"msg-{len(st.delivered) + 1}", "process": "pending"}
                st.delivered.append({"key": key, **fields})
                if key:
                    st.by_key[key] = answer
        if st.delay:
            time.sleep(st.delay)
        self._answer(200, json.dumps(answer))

    do_POST = _handle   # noqa: N815
    do_GET = _handle    # noqa: N815


@dataclass
class Gateway:
    state: GatewayState
    port: int

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/send"

    def unique(self) -> dict[str, dict]:
        with self.state.lock:
            return {d["key"]: d for d in self.state.delivered}


def start_gateway() -> tuple[Gateway, Callable[[], None]]:
    """The stand-in gateway on 127.0.0.1 (a free port), and how to stop it."""
    state = GatewayState()
    handler = type("H", (_Handler,), {"state": state})
    srv = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    srv.daemon_threads = True
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()

    def stop() -> None:
        srv.shutdown()
        srv.server_close()
    return Gateway(state, srv.server_address[1]), stop


@pytest.fixture(scope="session")
def gateway_server():
    gw, stop = start_gateway()
    yield gw
    stop()


@pytest.fixture
def gateway(gateway_server):
    gateway_server.state.reset()
    yield gateway_server
    gateway_server.state.reset()


@pytest.fixture
def smtp(smtp_servers):
    smtp_servers.recorder.reset()
    yield smtp_servers
    smtp_servers.recorder.reset()
