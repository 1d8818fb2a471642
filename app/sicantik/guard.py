"""What SiCantik's answers may cost Loket: a total deadline per request, a size
limit after decompression, and JSON that cannot nest absurdly or carry
non-finite numbers.

A hostile or broken server (an endless body, a gzip bomb, one byte every few
seconds, `[[[[…`, `1e999`) must end the request with a clear message in about
`sicantik.timeout_seconds`, with memory bounded by `sicantik.max_answer_mb`.

- Deadline: a watchdog timer shuts the request's socket down when the total
  time (connect + headers + body) is over, whatever the server does. Sockets
  are registered by the connection classes of `_Adapter` on the thread that
  makes the request.
- Size: the body is read in pieces and decompressed here (gzip/deflate, asked
  for explicitly), never by urllib3, so a bomb is stopped after the limit.
- JSON: `loads` refuses NaN/Infinity/1e999, numbers of absurd length and
  nesting deeper than MAX_DEPTH, each with a message for the officer.
"""
from __future__ import annotations

import json
import math
import socket
import threading
import zlib
from typing import TYPE_CHECKING, Any, NoReturn

from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from app.i18n import tr

if TYPE_CHECKING:
    from zlib import _Decompress

    import requests
    from urllib3 import PoolManager

MAX_DEPTH = 32          # a Template Data answer is 4 deep; SPLP's 3
CHUNK = 64 * 1024
ACCEPT_ENCODING = "gzip, deflate"

_local = threading.local()


class AnswerError(Exception):
    """The answer was refused; the message is for the officer."""


class TooLarge(AnswerError):
    pass


class BadJson(AnswerError):
    pass


class Deadline:
    """`with Deadline(seconds) as d:` — sockets opened or used by this thread's
    requests inside the block are shut down when the time is up (`d.fired`)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = max(0.0, seconds)
        self.fired = False
        self._socks: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(self.seconds, self._fire)
        self._timer.daemon = True

    def watch(self, sock: socket.socket | None) -> None:
        if sock is None:
            return
        with self._lock:
            if self.fired:
                _shutdown(sock)
            elif not any(s is sock for s in self._socks):
                self._socks.append(sock)

    def _fire(self) -> None:
        with self._lock:
            self.fired = True
            for s in self._socks:
                _shutdown(s)

    def __enter__(self) -> Deadline:
        self._previous = getattr(_local, "deadline", None)
        _local.deadline = self
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()
        _local.deadline = self._previous


def _shutdown(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass


def _watch(sock: socket.socket | None) -> None:
    d = getattr(_local, "deadline", None)
    if d is not None:
        d.watch(sock)


if TYPE_CHECKING:   # what the mixin is mixed into, so its super() calls are checked
    _Base = HTTPConnection
else:
    _Base = object


class _WatchedMixin(_Base):
    def _new_conn(self) -> socket.socket:
        sock: socket.socket = super()._new_conn()
        _watch(sock)
        return sock

    # Any: urllib3's HTTPResponse, whose getresponse already overrides http.client's incompatibly
    def getresponse(self, *a: Any, **kw: Any) -> Any:
        _watch(getattr(self, "sock", None))   # a kept-alive connection: no new socket
        return super().getresponse(*a, **kw)


class _HTTPConnection(_WatchedMixin, HTTPConnection):
    pass


class _HTTPSConnection(_WatchedMixin, HTTPSConnection):
    pass


class _HTTPPool(HTTPConnectionPool):
    ConnectionCls = _HTTPConnection


class _HTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _HTTPSConnection


_POOLS = {"http": _HTTPPool, "https": _HTTPSPool}


class Adapter(HTTPAdapter):
    """requests' adapter whose sockets a `Deadline` can shut down."""

    def init_poolmanager(self, *a: Any, **kw: Any) -> None:
        super().init_poolmanager(*a, **kw)
        self.poolmanager.pool_classes_by_scheme = dict(_POOLS)

    def proxy_manager_for(self, *a: Any, **kw: Any) -> PoolManager:
        manager: PoolManager = super().proxy_manager_for(*a, **kw)   # a ProxyManager (requests types it Any)
        manager.pool_classes_by_scheme = dict(_POOLS)
        return manager


# -- body ----------------------------------------------------------------------

def _too_large(limit: int) -> TooLarge:
    return TooLarge(tr("Jawaban SiCantik lebih besar dari {mb} MB (setelah dibuka; batas "
                       "sicantik.max_answer_mb); tidak ada yang diimpor.").format(mb=limit // (1024 * 1024)))


class _Decoder:
    """gzip/deflate with bounded output: never more than `room` bytes at a time."""

    def __init__(self, encoding: str) -> None:
        self.encoding = encoding
        self._d = self._new()
        self._first = True

    def _new(self, raw: bool = False) -> _Decompress:
        if self.encoding == "gzip":
            return zlib.decompressobj(16 + zlib.MAX_WBITS)
        return zlib.decompressobj(-zlib.MAX_WBITS if raw else zlib.MAX_WBITS)

    def feed(self, data: bytes, room: int) -> list[bytes]:
        """Decoded pieces of `data`; raises TooLarge-worthy ValueError when more than `room` would come."""
        out: list[bytes] = []
        while data:
            try:
                piece = self._d.decompress(data, min(CHUNK, room + 1))
            except zlib.error:
                if self.encoding == "deflate" and self._first:
                    self._d, self._first = self._new(raw=True), False   # raw deflate, no zlib header
                    continue
                raise
            self._first = False
            room -= len(piece)
            if room < 0:
                raise OverflowError
            if piece:
                out.append(piece)
            if self._d.unconsumed_tail:
                data = self._d.unconsumed_tail
            elif self._d.eof and self._d.unused_data:
                data = self._d.unused_data          # concatenated gzip members
                self._d = self._new()
            else:
                data = b""
        return out


def read_body(resp: requests.Response, limit: int) -> bytes:
    """The whole body of a streamed `requests` response, decompressed, at most `limit` bytes.
    Raises TooLarge, or AnswerError for an encoding Loket did not ask for."""
    enc = (resp.headers.get("Content-Encoding") or "").strip().lower()
    decoder = None
    if enc in ("gzip", "x-gzip"):
        decoder = _Decoder("gzip")
    elif enc == "deflate":
        decoder = _Decoder("deflate")
    elif enc not in ("", "identity"):
        raise AnswerError(tr("SiCantik mengirim jawaban terkompresi “{enc}” yang tidak diminta; "
                             "tidak ada yang diimpor.").format(enc=enc[:40]))
    length = resp.headers.get("Content-Length", "")
    if decoder is None and length.isdigit() and int(length) > limit:
        raise _too_large(limit)
    pieces: list[bytes] = []
    size = 0
    raw = resp.raw
    while True:
        data = raw.read(CHUNK, decode_content=False)
        if not data:
            break
        if decoder is not None:
            try:
                decoded = decoder.feed(data, limit - size)
            except OverflowError:
                raise _too_large(limit) from None
            except zlib.error:
                raise AnswerError(tr("Jawaban SiCantik rusak: data {enc} tidak dapat dibuka; tidak ada "
                                     "yang diimpor.").format(enc=enc)) from None
        else:
            decoded = [data]
        for piece in decoded:
            size += len(piece)
            if size > limit:
                raise _too_large(limit)
            pieces.append(piece)
    return b"".join(pieces)


# -- JSON ------------------------------------------------------------------------

class _NonFinite(Exception):
    pass


def _float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _NonFinite(text)
    return value


def _constant(text: str) -> NoReturn:
    raise _NonFinite(text)


def _int(text: str) -> int:
    if len(text) > 40:
        raise _NonFinite(text[:20] + "…")
    return int(text)


def _depth_ok(obj: Any, limit: int) -> bool:
    stack = [(obj, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > limit:
            return False
        if isinstance(value, dict):
            stack.extend((v, depth + 1) for v in value.values() if isinstance(v, (dict, list)))
        elif isinstance(value, list):
            stack.extend((v, depth + 1) for v in value if isinstance(v, (dict, list)))
    return True


def _too_deep() -> BadJson:
    return BadJson(tr("Jawaban SiCantik bersarang lebih dari {n} tingkat; itu bukan jawaban Template Data. "
                      "Tidak ada yang diimpor.").format(n=MAX_DEPTH))


def loads(text: str | bytes) -> Any:
    """json.loads that refuses what no SiCantik answer contains. Raises BadJson for
    nesting and numbers; json.JSONDecodeError / UnicodeDecodeError as json does."""
    try:
        obj = json.loads(text, parse_float=_float, parse_int=_int, parse_constant=_constant)
    except _NonFinite as e:
        raise BadJson(tr("Jawaban SiCantik berisi angka yang tidak wajar ({v}); tidak ada yang diimpor.")
                      .format(v=str(e)[:40])) from None
    except RecursionError:
        raise _too_deep() from None
    if not _depth_ok(obj, MAX_DEPTH):
        raise _too_deep()
    return obj
