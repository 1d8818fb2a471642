"""Secrets in the OS keyring (service name `loket`): never in settings, logs or messages.

Minimal version written by the intake area for the QR signing key; the security
area owns this module and extends it (passwords, tokens, rotation).
"""
from __future__ import annotations

import base64
import os

import keyring

SERVICE = "loket"
OFFICE_KEY = "office-qr-key"


def office_key() -> bytes:
    """The office's HMAC key for signed QR payloads (32 random bytes).
    Created on first use; every workstation of the office must hold the same key
    (copied with the security area's `loket secret` command)."""
    raw = keyring.get_password(SERVICE, OFFICE_KEY)
    if not raw:
        raw = base64.b64encode(os.urandom(32)).decode("ascii")
        keyring.set_password(SERVICE, OFFICE_KEY, raw)
    return base64.b64decode(raw)
