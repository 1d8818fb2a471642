"""TTE in the tests: a test CA made here, its root installed as the office's trust
root, drafts signed with it, and a stand-in BSrE Esign Client server on
127.0.0.1 (port 0, started once per test session) that signs with pyHanko.

    install_trust(session, folder)   -> writes the test root as PEM, sets tte.trust_roots
    sign_draft(session, no, when=None, signer=None) -> the application's draft, signed
    bsre (fixture)                   -> the stand-in server (url, users, requests)
"""
from __future__ import annotations

import base64
import json
import os
import tempfile
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from app import clock, config, tte
from app.services.context import Actor

KADIS_NAME = "Hj. Nur Kadis"
KADIS_NIK = "3201014107700001"
PASSPHRASE = "rahasia-kadis-123"
_state: dict = {}


def ca() -> tte.TestCA:
    """The suite's test CA and the Kadis's certificate (made once, on first use)."""
    if "ca" not in _state:
        _state["ca"] = tte.TestCA("Loket Test Root CA", clock.utcnow())
        _state["kadis"] = _state["ca"].issue(KADIS_NAME, KADIS_NIK)
    return _state["ca"]


def kadis_signer() -> tte.Signer:
    ca()
    return _state["kadis"]


def install_trust(session, folder: Path | None = None, *, head_name: str = KADIS_NAME,
                  head_nik: str = KADIS_NIK) -> Path:
    folder = folder or os.environ.get("LOKET_DATA_DIR") or tempfile.mkdtemp(prefix="loket-tte-")
    path = Path(folder) / "test-root.pem"
    path.write_bytes(ca().pem())
    config.set_(session, "tte.trust_roots", str(path))
    config.set_(session, "office.head_name", head_name)
    config.set_(session, "tte.head_nik", head_nik)
    session.commit()
    return path


SYSTEM = Actor.system("TEST")


def sign_draft(session, no: str, when=None, signer: tte.Signer | None = None) -> bytes:
    """What the BSrE tool gives back for this application's draft (prepared if needed)."""
    from app.services import sksign
    pdf, _number = sksign.draft_pdf(session, SYSTEM, no)
    return (signer or kadis_signer()).sign_pdf(pdf, when or clock.utcnow())


# --- the stand-in BSrE Esign Client -------------------------------------------------------------

@dataclass
class FakeBsre:
    url: str
    users: dict = field(default_factory=dict)       # nik -> (passphrase, Signer)
    requests: list = field(default_factory=list)    # (path, body without file)

    def add_user(self, nik: str, passphrase: str, signer: tte.Signer) -> None:
        self.users[nik] = (passphrase, signer)


def _handler(fake: FakeBsre):
    class H(BaseHTTPRequestHandler):
        def log_message(self, *a):  # quiet
            pass

        def _send(self, code: int, body: dict) -> None:
            data = json.dumps(body).encode()
            self.send_response(code)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_POST(self):  # noqa: N802
            body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)) or b"{}")
            fake.requests.append((self.path, {k: v for k, v in body.items() if k != "file"}))
            user = fake.users.get(body.get("nik"))
            if self.path == "/api/v2/user/check/status":
                if user is None:
                    return self._send(404, {"status_code": 1111, "error": "NIK tidak terdaftar"})
                return self._send(200, {"status_code": 1111, "status": "ISSUE",
                                        "message": "Sertifikat aktif"})
            if self.path != "/api/v2/sign/pdf":
                return self._send(404, {"error": "not found"})
            if user is None:
                return self._send(400, {"status_code": 2021, "error": "NIK tidak terdaftar"})
            if body.get("passphrase") != user[0]:
                return self._send(400, {"status_code": 2031, "error": "Passphrase anda salah"})
            files = body.get("file") or []
            pdf = base64.b64decode(files[0] if isinstance(files, list) else files)
            props = (body.get("signatureProperties") or [{}])[0]
            signed = user[1].sign_pdf(pdf, clock.utcnow(), reason=props.get("reason", ""),
                                      location=props.get("location", ""))
            return self._send(200, {"file": [base64.b64encode(signed).decode()]})
    return H


@pytest.fixture(scope="session")
def bsre_server():
    fake = FakeBsre("")
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(fake))
    fake.url = f"http://127.0.0.1:{server.server_address[1]}"
    t = threading.Thread(target=server.serve_forever, daemon=True)
    t.start()
    yield fake
    server.shutdown()
    server.server_close()


@pytest.fixture
def bsre(bsre_server, session):
    """The stand-in, knowing the Kadis (KADIS_NIK, PASSPHRASE), set as tte.url."""
    bsre_server.users.clear()
    bsre_server.requests.clear()
    bsre_server.add_user(KADIS_NIK, PASSPHRASE, kadis_signer())
    config.set_(session, "tte.url", bsre_server.url)
    session.commit()
    return bsre_server
