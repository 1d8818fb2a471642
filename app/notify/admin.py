"""What the administrator's page (ui/pages/admin_notify.py) asks for, one call each,
each opening its own session and returning plain data: the page never holds a
database session, and the slow ones (a test message, a connection test) run on the
page's worker thread."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app import config
from app.i18n import tr
from app.notify import channels as C
from app.notify import log, sender

if TYPE_CHECKING:
    from app.runtime import Loket
    from app.services.context import Actor


@dataclass(frozen=True)
class Overview:
    counts: dict[str, int]
    messages: list[log.MessageRow]
    enabled: bool
    send_workstation: str
    this_workstation: str


def overview(loket: Loket, status: str | None = None, limit: int = 500) -> Overview:
    with loket.Session() as s:
        return Overview(log.counts(s), log.messages(s, status=status or None, limit=limit),
                        bool(config.get(s, "notify.enabled")), config.get(s, "notify.send_workstation"),
                        config.get(s, "workstation.name"))


def templates(loket: Loket) -> list[log.TemplateRow]:
    with loket.Session() as s:
        return log.templates(s)


def save_template(loket: Loket, actor: Actor, kind: str, text: str) -> str:
    with loket.Session() as s:
        return log.save_template(s, actor, kind, text)


def preview(loket: Loket, kind: str, text: str) -> str:
    with loket.Session() as s:
        return log.preview(s, kind, text)


def resend(loket: Loket, actor: Actor, message_id: str) -> None:
    with loket.Session() as s:
        sender.resend(s, actor, message_id)


def cancel(loket: Loket, actor: Actor, message_id: str) -> None:
    with loket.Session() as s:
        sender.cancel(s, actor, message_id)


def send_test(loket: Loket, channel: str, address: str) -> tuple[bool, str]:
    with loket.Session() as s:
        return log.send_test(s, channel, address)


def test_connection(loket: Loket) -> tuple[bool | None, str]:
    """For Admin — Kantor → Koneksi: reach the SMTP server (and log in) and the gateway,
    sending nothing. (ok, one line)."""
    with loket.Session() as s:
        email, gateway = C.from_settings(s)
    if not email.configured and not gateway.configured:
        return None, tr("Belum diatur: isi server SMTP dan/atau URL gateway WhatsApp.")
    parts, ok = [], True
    if email.configured:
        try:
            email._conn = email._connect()
            parts.append(tr("server surel {host}:{port} tersambung").format(host=email.host, port=email.port))
        except Exception as e:   # smtplib, ssl and socket errors alike: one line
            ok = False
            parts.append(C.mask(tr("server surel: {e}").format(e=str(e) or type(e).__name__), email._secrets()))
        finally:
            email.close()
    if gateway.configured:
        import requests
        try:
            r = requests.request("HEAD", gateway.url, timeout=gateway.timeout, allow_redirects=False)
            parts.append(tr("gateway menjawab HTTP {code}").format(code=r.status_code))
        except requests.RequestException as e:
            ok = False
            parts.append(tr("gateway tidak dapat dihubungi: {e}").format(e=type(e).__name__))
    return ok, "; ".join(parts).capitalize() + "."
