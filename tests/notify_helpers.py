"""Shared by the notification tests: point a workstation at the stand-in servers."""
from __future__ import annotations

from app import config


def configure(loket, *, gateway=None, smtp=None, security: str = "none", settings: dict | None = None) -> None:
    with loket.Session() as s:
        ws = config.get(s, "workstation.name")
        config.set_(s, "notify.enabled", True)
        config.set_(s, "notify.send_workstation", ws)   # the test's actors sit at other workstations
        config.set_(s, "notify.timeout_seconds", 2)
        if gateway is not None:
            config.set_(s, "notify.wa.url", gateway.url)
        if smtp is not None:
            port = {"none": smtp.plain_port, "starttls": smtp.starttls_port, "tls": smtp.tls_port}[security]
            config.set_(s, "notify.smtp.host", "127.0.0.1" if security == "none" else "localhost")
            config.set_(s, "notify.smtp.port", port)
            config.set_(s, "notify.smtp.security", security)
            config.set_(s, "notify.smtp.from", "DPMPTSP Contoh <layanan@contoh.go.id>")
            config.set_(s, "notify.smtp.ca_file", smtp.ca_file)
        for k, v in (settings or {}).items():
            config.set_(s, k, v)
        s.commit()
