"""The two ways a message leaves Loket: e-mail over SMTP and an HTTP gateway for
WhatsApp/SMS.

E-mail: the standard library's smtplib is enough (STARTTLS on 587, implicit TLS on
465, or none on a LAN relay); one connection serves a whole run. The Message-ID is
derived from the idempotency key, so a message sent again after a crash carries the
same Message-ID (mail stores that deduplicate by it show it once).

Gateway: Indonesian offices use services of the Fonnte kind (POST
https://api.fonnte.com/send, header `Authorization: TOKEN`, form fields `target`
and `message`, optional `countryCode`) and the Wablas kind (POST
https://<server>.wablas.com/api/send-message, header `Authorization: TOKEN` — newer
accounts `TOKEN.SECRET` — form fields `phone` and `message`), or their own. Both
answer 200 with JSON `{"status": true|false, …}`, so a 2xx whose JSON says
`"status": false` (or `"success": false`) is a refusal. Everything is configurable:
URL, method, token header, field names, JSON or form body, fixed extra fields; the
number is always 62… (app/validation.py `mobile_62`). The idempotency key goes in
`notify.wa.idempotency_header` (neither Fonnte nor Wablas documents one; an office's
own gateway may honour it).

Outcomes: `Accepted`, or `SendError` with `temporary` (try again later: 5xx, 429,
timeout, connection refused, an HTML page instead of an answer) or not (the server
refused this recipient for good). The secrets are read from the keyring only when
the channel is first used, and masked out of any text this module returns.
"""
from __future__ import annotations

import hashlib
import json
import logging
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid, parseaddr
from typing import TYPE_CHECKING, Any

from app.i18n import tr

if TYPE_CHECKING:
    from collections.abc import Callable

    import requests
    from sqlalchemy.orm import Session

log = logging.getLogger("loket.notify")

MAX_ANSWER = 300     # characters of a server's answer kept in the log


@dataclass(frozen=True)
class Accepted:
    answer: str          # the gateway's message id or the SMTP reply, for the log


class SendError(Exception):
    """`temporary`: worth trying again later. `down`: the server itself is unreachable or
    misconfigured (not this one message), so the rest of the pass skips the channel."""

    def __init__(self, message: str, temporary: bool = True, down: bool = False):
        super().__init__(message)
        self.message = message
        self.temporary = temporary
        self.down = down


def mask(text: str, secrets: list[str]) -> str:
    for s in secrets:
        if s and len(s) >= 4:
            text = text.replace(s, "***")
    return text


def _short(text: str) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= MAX_ANSWER else text[:MAX_ANSWER] + "…"


def message_id_header(key: str, domain: str = "loket.invalid") -> str:
    return f"<{hashlib.sha256(key.encode()).hexdigest()[:32]}@{domain}>"


class Email:
    """SMTP settings of the office; a connection kept open for one run."""

    def __init__(self, host: str, port: int, security: str, sender: str, username: str = "",
                 timeout: float = 10, ca_file: str = "",
                 password_reader: Callable[[], str | None] | None = None):
        self.host, self.port, self.security = host, int(port), security
        self.sender, self.username, self.timeout, self.ca_file = sender, username, timeout, ca_file
        self._read_password = password_reader
        self._password: str | None = None
        self._conn: smtplib.SMTP | None = None

    @property
    def configured(self) -> bool:
        return bool(self.host and self.sender)

    def _secrets(self) -> list[str]:
        return [self._password] if self._password else []

    def _context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=self.ca_file or None)

    def _connect(self) -> smtplib.SMTP:
        if self.security == "tls":
            conn: smtplib.SMTP = smtplib.SMTP_SSL(self.host, self.port, timeout=self.timeout,
                                                  context=self._context())
        else:
            conn = smtplib.SMTP(self.host, self.port, timeout=self.timeout)
            if self.security == "starttls":
                conn.starttls(context=self._context())
        if self.username:
            if self._password is None:
                self._password = (self._read_password() if self._read_password else None) or ""
            conn.login(self.username, self._password)
        return conn

    def close(self) -> None:
        if self._conn is not None:
            try:
                self._conn.quit()
            except (smtplib.SMTPException, OSError):
                pass
            self._conn = None

    def send(self, to: str, subject: str, body: str, key: str) -> Accepted:
        if not self.configured:
            raise SendError(tr("Surel belum diatur (notify.smtp.host dan notify.smtp.from)."), down=True)
        msg = EmailMessage()
        msg["From"] = self.sender
        msg["To"] = to
        msg["Subject"] = subject
        msg["Date"] = formatdate(localtime=False)
        domain = (parseaddr(self.sender)[1].rpartition("@")[2] or "loket.invalid")
        msg["Message-ID"] = message_id_header(key, domain) if key else make_msgid(domain=domain)
        msg.set_content(body)
        try:
            if self._conn is None:
                self._conn = self._connect()
            refused = self._conn.send_message(msg)
        except smtplib.SMTPRecipientsRefused as e:
            self.close()
            code, text = next(iter(e.recipients.values()), (550, b""))
            raise SendError(self._answer(code, text), temporary=400 <= int(code) < 500) from None
        except smtplib.SMTPResponseException as e:
            self.close()
            raise SendError(self._answer(e.smtp_code, e.smtp_error), temporary=not 500 <= e.smtp_code < 600
                            or e.smtp_code in (535, 530), down=e.smtp_code in (421, 530, 535)) from None
        except (smtplib.SMTPException, OSError, ssl.SSLError) as e:
            self.close()
            raise SendError(mask(tr("Server surel tidak dapat dihubungi: {e}").format(e=_short(str(e)) or
                                                                                    type(e).__name__),
                                 self._secrets()), down=True) from None
        if refused:
            raise SendError(mask(_short(str(refused)), self._secrets()), temporary=False)
        return Accepted(msg["Message-ID"])

    def _answer(self, code: int, text: bytes | str) -> str:
        if isinstance(text, bytes):
            text = text.decode("utf-8", "replace")
        return mask(tr("Server surel menjawab {code}: {text}").format(code=code, text=_short(str(text))),
                    self._secrets())


class Gateway:
    """An HTTP gateway for WhatsApp or SMS."""

    def __init__(self, url: str, method: str = "POST", token_header: str = "", number_field: str = "target",
                 message_field: str = "message", fmt: str = "form", extra: str = "",
                 idempotency_header: str = "", timeout: float = 10,
                 token_reader: Callable[[], str | None] | None = None):
        self.url, self.method, self.token_header = url, (method or "POST").upper(), token_header
        self.number_field, self.message_field, self.fmt = number_field, message_field, fmt
        self.extra = parse_extra(extra)
        self.idempotency_header, self.timeout = idempotency_header, timeout
        self._read_token = token_reader
        self._token: str | None = None
        self._http: requests.Session | None = None

    @property
    def configured(self) -> bool:
        return bool(self.url)

    def _secrets(self) -> list[str]:
        return [self._token] if self._token else []

    def close(self) -> None:
        if self._http is not None:
            self._http.close()
            self._http = None

    def send(self, number: str, text: str, key: str) -> Accepted:
        import requests
        if not self.configured:
            raise SendError(tr("Gateway WhatsApp/SMS belum diatur (notify.wa.url)."), down=True)
        headers = {"User-Agent": "Loket", "Accept": "application/json"}
        if self.token_header:
            if self._token is None:
                self._token = (self._read_token() if self._read_token else None) or ""
            if not self._token:
                raise SendError(tr("Token gateway belum disimpan: loket secret set notify.wa.token"), down=True)
            headers[self.token_header] = self._token
        if self.idempotency_header and key:
            headers[self.idempotency_header] = key
        fields = {**self.extra, self.number_field: number, self.message_field: text}
        kw: dict[str, Any] = {"headers": headers, "timeout": (self.timeout, self.timeout), "allow_redirects": False}
        if self.method == "GET":
            kw["params"] = fields
        elif self.fmt == "json":
            kw["json"] = fields
        else:
            kw["data"] = fields
        if self._http is None:
            self._http = requests.Session()
            self._http.trust_env = False     # no proxy from the environment between Loket and the gateway
        try:
            r = self._http.request(self.method, self.url, **kw)
        except requests.Timeout:
            self.close()
            raise SendError(tr("Gateway tidak menjawab dalam {n} detik.").format(n=self.timeout), down=True) from None
        except requests.RequestException as e:
            self.close()
            raise SendError(mask(tr("Gateway tidak dapat dihubungi: {e}").format(e=_short(str(e))),
                                 self._secrets()), down=True) from None
        return self._judge(r)

    def _judge(self, r: requests.Response) -> Accepted:
        body = r.text[:20000] if r.content else ""
        ctype = (r.headers.get("Content-Type") or "").lower()
        answer = mask(_short(body), self._secrets())
        if r.status_code >= 500 or r.status_code in (408, 425, 429):
            raise SendError(tr("Gateway menjawab HTTP {code}: {answer}").format(code=r.status_code, answer=answer),
                            down=True)
        if r.status_code >= 300:
            # 4xx: a wrong token or URL, fixable by the administrator; the message waits
            raise SendError(tr("Gateway menolak (HTTP {code}): {answer}").format(code=r.status_code, answer=answer),
                            down=r.status_code not in (400, 422))
        if "html" in ctype or body.lstrip()[:1] == "<":
            # a proxy's or captive portal's page, not the gateway's answer: nothing was sent
            raise SendError(tr("Gateway menjawab halaman HTML, bukan jawaban gateway: {answer}").format(answer=answer),
                            down=True)
        data = None
        if body.strip():
            try:
                data = json.loads(body)
            except ValueError:
                data = None
        if isinstance(data, dict):
            for flag in ("status", "success"):
                v = data.get(flag)
                if v is False or (isinstance(v, str) and v.lower() in ("false", "failed", "error")):
                    reason = data.get("reason") or data.get("message") or data.get("detail") or body
                    raise SendError(mask(tr("Gateway menolak: {reason}").format(reason=_short(str(reason))),
                                         self._secrets()))
            inner = data.get("data")
            ident = data.get("id") or (inner.get("id") if isinstance(inner, dict) else None)
            return Accepted(mask(_short(str(ident or body)), self._secrets()))
        return Accepted(answer or f"HTTP {r.status_code}")


def parse_extra(text: str) -> dict[str, str]:
    """"countryCode=62; typing=false" → {"countryCode": "62", "typing": "false"}."""
    out = {}
    for part in (text or "").split(";"):
        name, sep, value = part.partition("=")
        if sep and name.strip():
            out[name.strip()] = value.strip()
    return out


def from_settings(session: Session, *, sms: bool = False) -> tuple[Email, Gateway]:
    """The office's channels as configured; secrets are read on first use only."""
    from app import config, secrets
    def g(k: str) -> Any:
        return config.get(session, k)
    timeout = max(1, int(g("notify.timeout_seconds")))
    email = Email(g("notify.smtp.host"), g("notify.smtp.port"), g("notify.smtp.security"), g("notify.smtp.from"),
                  g("notify.smtp.username"), timeout, g("notify.smtp.ca_file"),
                  password_reader=lambda: secrets.get("notify.smtp.password"))
    url = (g("notify.sms.url") if sms else "") or g("notify.wa.url")
    gateway = Gateway(url, g("notify.wa.method"), g("notify.wa.token_header"), g("notify.wa.number_field"),
                      g("notify.wa.message_field"), g("notify.wa.format"), g("notify.wa.extra"),
                      g("notify.wa.idempotency_header"), timeout,
                      token_reader=lambda: secrets.get("notify.wa.token"))
    return email, gateway


