"""The SPLP gateway's encrypted answer: `{"data": "<hex>"}`, AES-256-GCM.

key = SHA-256 of the salt key shared with the gateway; the hex decodes to
nonce (first 12 bytes) + ciphertext + tag (last 16 bytes), which is exactly the
layout `AESGCM.encrypt` produces after a prepended nonce.
"""
from __future__ import annotations

import hashlib
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.i18n import tr

NONCE = 12
TAG = 16


class DecryptError(Exception):
    """The answer could not be decrypted; the message is for the officer."""


def _key(salt_key: str) -> bytes:
    return hashlib.sha256(salt_key.encode("utf-8")).digest()


def decrypt(hex_data: str, salt_key: str) -> bytes:
    if not salt_key:
        raise DecryptError(tr("Kunci salt SiCantik (rahasia sicantik.saltkey) belum diisi: "
                              "jawaban gateway SPLP tidak dapat dibuka."))
    try:
        raw = bytes.fromhex(hex_data.strip())
    except (ValueError, AttributeError):
        raise DecryptError(tr("Jawaban gateway SPLP bukan data heksadesimal yang sah.")) from None
    if len(raw) < NONCE + TAG:
        raise DecryptError(tr("Jawaban gateway SPLP terlalu pendek untuk data terenkripsi ({n} bajt).")
                           .format(n=len(raw)))
    try:
        return AESGCM(_key(salt_key)).decrypt(raw[:NONCE], raw[NONCE:], None)
    except InvalidTag:
        raise DecryptError(tr("Jawaban gateway SPLP tidak dapat dibuka: kunci salt (sicantik.saltkey) "
                              "salah, atau data rusak di jalan.")) from None


def encrypt(plain: bytes, salt_key: str, nonce: bytes | None = None) -> str:
    """The gateway's side, for tests and for checking a salt key by hand."""
    nonce = nonce or os.urandom(NONCE)
    return (nonce + AESGCM(_key(salt_key)).encrypt(nonce, plain, None)).hex()
