"""HTTP client for SiCantik Cloud: Template Data, the token API and the SPLP gateway.

One `requests.Session`, TLS verification always on (optionally against the
office's own CA bundle). Retries with exponential backoff on 429, 5xx and
timeouts, honouring Retry-After. Tokens, passwords and the API key travel only
in headers; they are never logged and never put in an exception message.

Every failure is a `SicantikError` (a ServiceError) whose message tells the
officer what happened and what to check.
"""
from __future__ import annotations

import base64
import email.utils
import hashlib
import json
import logging
import re
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date
from typing import Any
from urllib.parse import quote, urlsplit

import requests
import urllib3
from sqlalchemy.orm import Session

from app import clock
from app.i18n import tr
from app.services.context import ServiceError
from app.sicantik import crypto, guard

log = logging.getLogger("loket.sicantik")

MODES = ("template", "token", "splp")
SPLP_PATH = "/api/sicantik/1/interop/{uuid}"
TEMPLATE_PATH = "/api/TemplateData/keluaran/{template}.json"
TOKEN_PATH = "/api/pengguna/token"
MAX_PAGES = 10_000
# A server that let the deadline pass twice in a row is not asked a third time.
MAX_TIMEOUTS = 2
SECRET_NAMES = ("sicantik.username", "sicantik.password", "sicantik.apikey", "sicantik.saltkey")


class SicantikError(ServiceError):
    """SiCantik could not be read; nothing was imported from the failed request."""


class NotConfigured(SicantikError):
    pass


class Offline(SicantikError):
    pass


class TimedOut(SicantikError):
    pass


class AuthError(SicantikError):
    pass


class BadAnswer(SicantikError):
    pass


def read_secret(name: str) -> str | None:
    """A secret from the OS keyring (service `loket`); never logged, never in a message."""
    from app import secrets
    return secrets.get(name)


@dataclass(frozen=True)
class Settings:
    base_url: str
    mode: str = "template"
    by_number: str = ""
    by_range: str = ""
    param_number: str = "no_permohonan"
    param_from: str = "date1"
    param_to: str = "date2"
    page_size: int = 100
    ca_bundle: str = ""
    instansi_id: str = ""
    token_url: str = ""
    date_format: str = "%Y-%m-%d"
    timeout: float = 10.0
    max_answer_mb: int = 50
    number_pattern: str = ""
    token_source: str = ""

    @classmethod
    def from_session(cls, session: Session) -> Settings:
        from app import config
        from db.models import Setting
        def get(k: str) -> Any:
            return config.get(session, k)
        mode = get("sicantik.mode")
        p_from, p_to = get("sicantik.param.from"), get("sicantik.param.to")
        if mode == "splp":
            # The gateway names its range tgl_awal/tgl_akhir; the defaults are the templates'.
            if session.get(Setting, "sicantik.param.from") is None:
                p_from = "tgl_awal"
            if session.get(Setting, "sicantik.param.to") is None:
                p_to = "tgl_akhir"
        return cls(
            base_url=get("sicantik.base_url").strip(), mode=mode,
            by_number=get("sicantik.template.by_number").strip(),
            by_range=get("sicantik.template.by_range").strip(),
            param_number=get("sicantik.param.number"), param_from=p_from, param_to=p_to,
            page_size=max(1, int(get("sicantik.page_size"))), ca_bundle=get("sicantik.ca_bundle").strip(),
            instansi_id=get("sicantik.instansi_id").strip(), token_url=get("sicantik.token_url").strip(),
            date_format=get("sicantik.param.date_format") or "%Y-%m-%d",
            timeout=float(get("sicantik.timeout_seconds")),
            max_answer_mb=max(1, int(get("sicantik.max_answer_mb"))),
            number_pattern=str(get("sicantik.number_pattern") or "").strip(),
            token_source=str(get("sicantik.token_source") or "").strip(),
        )

    @property
    def configured(self) -> bool:
        return bool(self.base_url)


@dataclass
class Page:
    number: int
    rows: list[Any]
    total: int | None
    label: str | None


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - clock.utcnow_aware()).total_seconds())


def _html_title(text: str) -> str:
    m = re.search(r"<title[^>]*>(.*?)</title>", text, re.I | re.S)
    if m:
        return " ".join(m.group(1).split())[:120]
    m = re.search(r"<h1[^>]*>(.*?)</h1>", text, re.I | re.S)
    return " ".join(re.sub("<[^>]+>", "", m.group(1)).split())[:120] if m else ""


def _as_int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


_ENVELOPE_KEYS = {"page", "limit", "total_items", "total", "total_pages", "success", "message"}


def _as_rows(value: Any) -> list[Any] | None:
    """A list of rows; also PHP's habit of sending a filtered array as {"0": {…}, "3": {…}}."""
    if isinstance(value, list):
        return value
    if isinstance(value, dict) and value and all(str(k).isdigit() and isinstance(v, dict)
                                                 for k, v in value.items()):
        return [value[k] for k in sorted(value, key=lambda k: int(k))]
    return None


def extract_rows(obj: Any) -> tuple[list[Any], int | None, str | None]:
    """(rows, total_items, group label) from a Template Data answer or a decrypted SPLP one.

    The group label under `data` is whatever the office named it: the one key
    whose value is a list of rows."""
    if isinstance(obj, list):
        return obj, None, None
    if not isinstance(obj, dict):
        raise BadAnswer(tr("Jawaban SiCantik tidak berisi daftar permohonan (tipe {t}).").format(
            t=type(obj).__name__))
    if obj.get("success") in (False, "false", 0, "0"):
        raise BadAnswer(tr("SiCantik menolak permintaan: {msg}").format(
            msg=str(obj.get("message") or tr("tanpa keterangan"))[:300]))
    for key in ("items", "data"):
        if isinstance(obj.get(key), list):
            return obj[key], _as_int(obj.get("total_items", obj.get("total"))), key
    inner = obj.get("data")
    if inner is None and "data" in obj:
        return [], 0, None
    if not isinstance(inner, dict):
        raise BadAnswer(tr("Jawaban SiCantik tidak berisi “data” berupa daftar atau kelompok baris."))
    groups = {k: rows for k, v in inner.items() if k not in _ENVELOPE_KEYS and (rows := _as_rows(v)) is not None}
    total = _as_int(inner.get("total_items", inner.get("total")))
    if not groups:
        if total in (None, 0) and not any(isinstance(v, (list, dict)) for v in inner.values()):
            return [], total or 0, None
        raise BadAnswer(tr("Jawaban SiCantik tidak berisi kelompok baris di bawah “data” (kunci: {keys}).")
                        .format(keys=", ".join(map(str, inner)) or "-"))
    if len(groups) > 1:
        filled = {k: v for k, v in groups.items() if v}
        if len(filled) > 1:
            raise BadAnswer(tr("Jawaban SiCantik berisi lebih dari satu kelompok baris ({keys}); "
                               "template harus memilih satu.").format(keys=", ".join(filled)))
        groups = filled or dict([next(iter(groups.items()))])
    label, rows = next(iter(groups.items()))
    return rows, total, label


# -- Template Data parameters ----------------------------------------------------
# SiCantik's TemplateDataController::keluaran extract()s the query string into PHP
# variables and eval()s the template's SQL text with them, so every value sent there
# ends up inside SQL. Only values that cannot change that SQL leave Loket.

NUMBER_CHARS = re.compile(r"[A-Za-z0-9][A-Za-z0-9./_-]{0,63}")
_SAFE_VALUE = re.compile(r"[A-Za-z0-9./_-]{0,64}")
_DATE_VALUE = re.compile(r"\d{1,4}(?:[-/.]?\d{1,4}){0,2}")
_PARAM_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,63}")
# Names keluaran() uses itself: a parameter of that name would overwrite its variables.
_RESERVED_NAMES = frozenset({"page", "limit", "q", "_url", "key_id", "id", "order", "chart_type", "data",
                             "sqlQuery", "sqlQueryCount", "sqlQueryData", "connection", "filters",
                             "templateData", "kelompokData", "results", "count", "start", "this"})


class BadParameter(SicantikError):
    """A value Loket refuses to send to SiCantik; nothing was sent."""


def check_number(text: str | None, pattern: str = "") -> str:
    """A no_permohonan safe to send: letters, digits and - / . _ (at most 64), and the
    office's own format (`sicantik.number_pattern`, a regex) when it has one."""
    no = (text or "").strip()
    if not NUMBER_CHARS.fullmatch(no):
        raise BadParameter(tr("Nomor permohonan “{v}” tidak dikirim ke SiCantik: hanya huruf, angka dan "
                              "- / . _ (paling banyak 64 karakter).").format(v=no[:64]))
    if pattern:
        try:
            rx = re.compile(pattern)
        except re.error:
            raise NotConfigured(tr("sicantik.number_pattern “{p}” bukan regex yang sah.").format(p=pattern)) \
                from None
        if not rx.fullmatch(no):
            raise BadParameter(tr("Nomor permohonan “{v}” tidak sesuai format nomor kantor "
                                  "(sicantik.number_pattern); tidak dikirim ke SiCantik.").format(v=no))
    return no


def check_params(params: dict[str, str]) -> None:
    """Every Template Data parameter: an identifier name keluaran() does not use itself,
    and a value of letters, digits and - / . _ only. Raises before anything is sent."""
    for name, value in params.items():
        if not _PARAM_NAME.fullmatch(str(name)) or name in _RESERVED_NAMES:
            raise NotConfigured(tr("Nama parameter SiCantik “{name}” tidak dapat dipakai (huruf, angka, _; "
                                   "bukan nama yang dipakai SiCantik sendiri); periksa sicantik.param.*.")
                                .format(name=str(name)[:64]))
        if not _SAFE_VALUE.fullmatch(str(value)):
            raise BadParameter(tr("Nilai parameter {name} “{v}” tidak dikirim ke SiCantik: hanya huruf, angka "
                                  "dan - / . _.").format(name=name, v=str(value)[:64]))


class Client:
    """Talks to one SiCantik (or SPLP gateway). Not thread-safe: one per worker."""

    def __init__(self, settings: Settings, secret: Callable[[str], str | None] = read_secret, *,
                 max_attempts: int = 4, backoff: float = 1.0, max_wait: float = 60.0,
                 retry_offline: bool = True, sleep: Callable[[float], None] = time.sleep,
                 http: requests.Session | None = None) -> None:
        if not settings.configured:
            raise NotConfigured(tr("SiCantik belum dikonfigurasi: isi sicantik.base_url "
                                   "(loket config set sicantik.base_url URL)."))
        if settings.mode not in MODES:
            raise NotConfigured(tr("sicantik.mode “{mode}” tidak dikenal: template, token atau splp.")
                                .format(mode=settings.mode))
        parts = urlsplit(settings.base_url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise NotConfigured(tr("sicantik.base_url “{url}” bukan alamat http(s) yang sah.")
                                .format(url=settings.base_url))
        self.settings = settings
        self._secret = secret
        self.max_attempts = max(1, max_attempts)
        self.backoff = backoff
        self.max_wait = max_wait
        self.retry_offline = retry_offline
        self._sleep = sleep
        self._token: str | None = None
        self.http = http or requests.Session()
        adapter = guard.Adapter()
        self.http.mount("http://", adapter)
        self.http.mount("https://", adapter)
        self.http.headers["Accept-Encoding"] = guard.ACCEPT_ENCODING
        self.http.headers["Accept"] = "application/json"
        self.http.headers["User-Agent"] = "Loket-SiCantik/1"
        if settings.ca_bundle:
            from pathlib import Path
            if not Path(settings.ca_bundle).is_file():
                raise NotConfigured(tr("Berkas CA sicantik.ca_bundle tidak ditemukan: {path}")
                                    .format(path=settings.ca_bundle))
        # Passed with every request: a Session-level `verify` loses to REQUESTS_CA_BUNDLE
        # in the environment, and the office's own CA must win.
        self._verify: str | bool = settings.ca_bundle or True

    # -- public ---------------------------------------------------------------

    def by_number(self, no_permohonan: str, deadline: float | None = None) -> list[dict[str, Any]]:
        """Every row SiCantik has for one application (all pages)."""
        no = check_number(no_permohonan, self.settings.number_pattern)
        template = self._template("by_number")
        rows: list[dict[str, Any]] = []
        for page in self.pages(template, {self.settings.param_number: no}, deadline):
            rows.extend(page.rows)
        return rows

    def by_range(self, date_from: date, date_to: date) -> Iterator[Page]:
        fmt = self.settings.date_format
        params = {self.settings.param_from: date_from.strftime(fmt),
                  self.settings.param_to: date_to.strftime(fmt)}
        for name, value in params.items():
            if not _DATE_VALUE.fullmatch(value):
                raise NotConfigured(tr("sicantik.param.date_format “{fmt}” menghasilkan “{v}” untuk {name}, "
                                       "bukan tanggal (angka dengan - / .); tidak dikirim ke SiCantik.")
                                    .format(fmt=fmt, v=value[:40], name=name))
        self._check_params(params)
        return self.pages(self._template("by_range"), params)

    def pages(self, template: str, params: dict[str, str], deadline: float | None = None) -> Iterator[Page]:
        """Page after page (`page`, `limit`) until `total_items` rows have come.
        The parameters are checked before the first request (see `check_params`)."""
        s = self.settings
        params = dict(params)
        if s.instansi_id:
            params.setdefault("instansi_id", s.instansi_id)
        self._check_params(params)
        return self._pages(template, params, deadline)

    def _pages(self, template: str, params: dict[str, str], deadline: float | None) -> Iterator[Page]:
        s = self.settings
        number, seen, previous = 1, 0, None
        while True:
            obj = self._get_json(self._url(template), {**params, "page": number, "limit": s.page_size},
                                 deadline)
            rows, total, label = extract_rows(obj)
            if previous is not None and rows and rows == previous:
                raise BadAnswer(tr("SiCantik mengirim halaman {n} sama dengan halaman sebelumnya: "
                                   "template tidak mendukung parameter page/limit.").format(n=number))
            yield Page(number, rows, total, label)
            seen += len(rows)
            if total is None or not rows or seen >= total:
                return
            if number >= MAX_PAGES:
                raise BadAnswer(tr("SiCantik mengirim lebih dari {n} halaman; penarikan dihentikan.")
                                .format(n=MAX_PAGES))
            previous, number = rows, number + 1

    @staticmethod
    def _check_params(params: dict[str, str]) -> None:
        check_params(params)

    def check(self) -> str:
        """A harmless request that proves the connection, the credentials and the key."""
        template = self.settings.by_range or self.settings.by_number
        if not template:
            raise NotConfigured(tr("Isi sicantik.template.by_range atau sicantik.template.by_number."))
        today = clock.today().strftime(self.settings.date_format)
        params = ({self.settings.param_from: today, self.settings.param_to: today}
                  if self.settings.by_range else {self.settings.param_number: "0"})
        page = next(self.pages(template, params, time.monotonic() + self.settings.timeout))
        return tr("terhubung (mode {mode}); {n} baris hari ini").format(
            mode=self.settings.mode, n=page.total if page.total is not None else len(page.rows))

    def close(self) -> None:
        self.http.close()

    # -- internals ------------------------------------------------------------

    def _template(self, which: str) -> str:
        value: str = getattr(self.settings, which)   # a template field of Settings
        if not value:
            raise NotConfigured(tr("sicantik.template.{which} belum diisi (ID template SiCantik "
                                   "atau UUID interop SPLP).").format(which=which))
        return value

    def _url(self, template: str) -> str:
        base = self.settings.base_url.rstrip("/")
        t = quote(template, safe="")
        if self.settings.mode == "splp":
            if "{uuid}" in base:
                return base.replace("{uuid}", t)
            return base + SPLP_PATH.format(uuid=t)
        return base + TEMPLATE_PATH.format(template=t)

    def _token_url(self) -> str:
        return self.settings.token_url or self.settings.base_url.rstrip("/") + TOKEN_PATH

    def _need(self, name: str) -> str:
        value = self._secret(name)
        if not value:
            raise NotConfigured(tr("Rahasia {name} belum diisi (loket secret set {name}).").format(name=name))
        return value

    def _auth_headers(self, deadline: float | None) -> dict[str, str]:
        mode = self.settings.mode
        if mode == "template":
            return {}
        if self._token is None:
            self._token = self._cached_or_fetched_token(deadline)
        if mode == "token":
            return {"Authorization": f"Bearer {self._token}"}
        return {"auth": f"Bearer {self._token}", "apikey": self._need("sicantik.apikey")}

    def _cache_key(self) -> tuple[str, str, str, str]:
        # A changed password logs in again (and learns at once whether it is right).
        secret = hashlib.sha256(self._need("sicantik.password").encode()).hexdigest()
        return (self._token_url(), self._need("sicantik.username"), secret, self.settings.token_source)

    def _cached_or_fetched_token(self, deadline: float | None) -> str:
        key = self._cache_key()
        with _TOKENS_LOCK:
            cached = _TOKENS.get(key)
        if cached is not None and _epoch() < cached[1]:
            return cached[0]
        token = self._fetch_token(deadline)
        exp = jwt_exp(token)
        if exp is not None:
            with _TOKENS_LOCK:
                _TOKENS[key] = (token, exp - TOKEN_MARGIN)
        return token

    def _drop_token(self) -> None:
        with _TOKENS_LOCK:
            _TOKENS.pop(self._cache_key(), None)
        self._token = None

    def _fetch_token(self, deadline: float | None) -> str:
        """SiCantik's `PenggunaController::token`: JSON {username, password} →
        {"success", "message", "data": "<JWT>"} (or {"token": …} with `Source: android`);
        a refusal is HTTP 422 (HTTP 200 for android) with success false and SiCantik's message."""
        password = self._need("sicantik.password")
        body = {"username": self._need("sicantik.username"), "password": password}
        headers = {"Content-Type": "application/json"}
        if self.settings.token_source:
            headers["Source"] = self.settings.token_source
        answer = self._request("POST", self._token_url(), deadline, json=body, headers=headers)
        obj = None
        if answer.status_code not in (401, 403, 404) and not _looks_html(answer):
            try:
                obj = self._decode(answer, tr("token"))
            except BadAnswer:
                if answer.status_code < 400:
                    raise
        said = _scrub(str(obj.get("message") or "").strip(), password) if isinstance(obj, dict) else ""
        refused = isinstance(obj, dict) and obj.get("success") in (False, "false", 0, "0")
        if answer.status_code in (401, 403, 422) or refused:
            raise AuthError(tr("SiCantik menolak masuk{said}; periksa nama pengguna dan kata sandi "
                               "(rahasia sicantik.username dan sicantik.password).").format(
                said=f": “{said[:200]}”" if said else tr(" (HTTP {code})").format(code=answer.status_code)))
        if answer.status_code >= 400:
            raise BadAnswer(tr("Permintaan token SiCantik gagal (HTTP {code}){said}.").format(
                code=answer.status_code, said=f": {said[:200]}" if said else ""))
        data = obj.get("data") if isinstance(obj, dict) else None
        token = data if isinstance(data, str) else data.get("token") if isinstance(data, dict) else None
        if not isinstance(token, str) or not token.strip():
            raise AuthError(tr("Jawaban token SiCantik tidak berisi token (“data” berupa teks JWT atau "
                               "{{\"token\": …}})."))
        token = token.strip()
        if not _TOKEN_RE.fullmatch(token):
            raise AuthError(tr("Jawaban token SiCantik berisi token yang tidak sah."))
        log.info("sicantik: token obtained")
        return token

    def _get_json(self, url: str, params: dict[str, str | int], deadline: float | None) -> Any:
        for attempt in (1, 2):
            answer = self._request("GET", url, deadline, params=params, headers=self._auth_headers(deadline))
            if answer.status_code == 401 and self.settings.mode != "template" and attempt == 1:
                self._drop_token()  # expired or revoked: one fresh login, then give up
                continue
            break
        code = answer.status_code
        if code in (401, 403):
            hint = tr("pilih mode token atau splp dan isi rahasianya") if self.settings.mode == "template" \
                else tr("periksa rahasia SiCantik (nama pengguna, kata sandi, API key)")
            raise AuthError(tr("SiCantik menolak akses (HTTP {code}): {hint}.").format(code=code, hint=hint))
        if code == 404:
            raise BadAnswer(tr("SiCantik tidak mengenal alamat ini (HTTP 404): periksa sicantik.base_url "
                               "dan ID template/UUID."))
        if code >= 400:
            raise BadAnswer(tr("SiCantik menjawab HTTP {code}.").format(code=code))
        obj = self._decode(answer, tr("data"))
        if self.settings.mode == "splp":
            if not isinstance(obj, dict) or not isinstance(obj.get("data"), str):
                said = obj.get("message") if isinstance(obj, dict) else None
                raise BadAnswer(tr("Jawaban gateway SPLP tidak berisi data terenkripsi ({{\"data\": \"<hex>\"}})"
                                   "{said}.").format(said=f": {str(said)[:200]}" if said else ""))
            try:
                plain = crypto.decrypt(obj["data"], self._secret("sicantik.saltkey") or "")
            except crypto.DecryptError as e:
                raise BadAnswer(str(e)) from None
            try:
                obj = guard.loads(plain.decode("utf-8"))
            except guard.BadJson as e:
                raise BadAnswer(str(e)) from None
            except (UnicodeDecodeError, ValueError):
                raise BadAnswer(tr("Isi terdekripsi jawaban SPLP bukan JSON yang utuh.")) from None
        return obj

    def _decode(self, answer: Answer, what: str) -> Any:
        body = answer.body
        if _looks_html(answer):
            title = _html_title(body[:20000].decode("utf-8", "replace"))
            raise BadAnswer(tr("SiCantik mengirim halaman HTML, bukan JSON ({what}, HTTP {code}{title}). "
                               "Biasanya halaman galat server atau login; tidak ada yang diimpor.")
                            .format(what=what, code=answer.status_code,
                                    title=f": “{title}”" if title else ""))
        try:
            return guard.loads(body.decode("utf-8-sig"))
        except guard.BadJson as e:
            raise BadAnswer(str(e)) from None
        except UnicodeDecodeError:
            raise BadAnswer(tr("Jawaban SiCantik bukan teks UTF-8.")) from None
        except json.JSONDecodeError as e:
            raise BadAnswer(tr("Jawaban SiCantik bukan JSON yang utuh (rusak atau terpotong pada bajt "
                               "{pos} dari {size}); tidak ada yang diimpor.").format(pos=e.pos, size=len(body))) \
                from None
        except ValueError:
            raise BadAnswer(tr("Jawaban SiCantik bukan JSON yang sah; tidak ada yang diimpor.")) from None

    def _request(self, method: str, url: str, deadline: float | None, **kw: Any) -> Answer:   # requests' options
        """One request with retries. Each attempt has a total deadline (connect, headers and
        body together) of `timeout_seconds` or what is left of `deadline`, whichever is less."""
        host = urlsplit(url).netloc
        limit = self.settings.max_answer_mb * 1024 * 1024
        attempt = timeouts = 0
        while True:
            attempt += 1
            budget = self.settings.timeout
            if deadline is not None:
                budget = min(budget, deadline - time.monotonic())
                if budget <= 0:
                    raise TimedOut(tr("SiCantik tidak menjawab dalam batas waktu ({s:.0f} detik).")
                                   .format(s=self.settings.timeout))
            wait: float | None = None
            failure: SicantikError
            with guard.Deadline(budget) as watchdog:
                try:
                    resp = self.http.request(method, url, timeout=budget, allow_redirects=False,
                                             verify=self._verify, stream=True, **kw)
                except requests.exceptions.SSLError:
                    if watchdog.fired:
                        failure = self._late(host, budget)
                    else:
                        raise SicantikError(tr("Sertifikat TLS SiCantik ({host}) tidak dapat diverifikasi; bila "
                                               "kantor memakai CA sendiri, isi sicantik.ca_bundle.")
                                            .format(host=host)) from None
                except requests.exceptions.Timeout:
                    failure = self._late(host, budget)
                except requests.exceptions.ConnectionError:
                    if watchdog.fired:
                        failure = self._late(host, budget)
                    else:
                        failure = Offline(tr("SiCantik ({host}) tidak dapat dihubungi: periksa jaringan atau "
                                             "sicantik.base_url.").format(host=host))
                        if not self.retry_offline:
                            raise failure from None
                except requests.exceptions.RequestException as e:
                    if not watchdog.fired:
                        raise SicantikError(tr("Permintaan ke SiCantik gagal: {kind}.")
                                            .format(kind=type(e).__name__)) from None
                    failure = self._late(host, budget)
                else:
                    code = resp.status_code
                    log.info("sicantik %s %s -> %s (attempt %d)", method, urlsplit(url).path, code, attempt)
                    if code in (301, 302, 303, 307, 308):
                        resp.close()
                        # A redirect is usually a login page; following it would send the
                        # credentials somewhere nobody configured.
                        raise BadAnswer(tr("SiCantik mengalihkan permintaan (HTTP {code}); periksa "
                                           "sicantik.base_url (https, alamat lengkap).").format(code=code))
                    if code != 429 and code < 500:
                        try:
                            # The server has begun to answer: a body that does not come in time is
                            # not retried (it would only cost the same again).
                            return Answer(code, resp.headers, guard.read_body(resp, limit))
                        except guard.AnswerError as e:
                            raise BadAnswer(str(e)) from None
                        except (requests.exceptions.RequestException, urllib3.exceptions.HTTPError, OSError,
                                ValueError) as e:
                            if watchdog.fired:
                                raise TimedOut(tr("SiCantik ({host}) tidak selesai mengirim jawaban dalam "
                                                  "{s:.0f} detik (batas waktu total per permintaan); tidak ada "
                                                  "yang diimpor.").format(host=host, s=budget)) from None
                            raise BadAnswer(tr("Jawaban SiCantik terputus ({kind}); tidak ada yang diimpor.")
                                            .format(kind=type(e).__name__)) from None
                        finally:
                            resp.close()
                    wait = _retry_after(resp.headers.get("Retry-After"))
                    failure = (SicantikError(tr("SiCantik menolak karena terlalu banyak permintaan (HTTP 429); "
                                                "coba lagi nanti."))
                               if code == 429 else
                               SicantikError(tr("SiCantik sedang bermasalah (HTTP {code}); coba lagi nanti.")
                                             .format(code=code)))
                    resp.close()
            timeouts = timeouts + 1 if isinstance(failure, TimedOut) else timeouts
            if attempt >= self.max_attempts or timeouts >= MAX_TIMEOUTS:
                log.warning("sicantik %s %s gave up after %d attempts: %s", method, urlsplit(url).path,
                            attempt, type(failure).__name__)
                raise failure
            if wait is None:
                wait = self.backoff * (2 ** (attempt - 1))
            elif wait > self.max_wait:
                raise SicantikError(tr("SiCantik meminta menunggu {s:.0f} detik sebelum mencoba lagi.")
                                    .format(s=wait))
            wait = min(wait, self.max_wait)
            if deadline is not None and time.monotonic() + wait >= deadline:
                raise failure
            self._sleep(wait)

    @staticmethod
    def _late(host: str, budget: float) -> TimedOut:
        return TimedOut(tr("SiCantik ({host}) tidak menjawab dalam {s:.0f} detik.").format(host=host, s=budget))


@dataclass
class Answer:
    """A whole answer, read within the deadline and the size limit."""
    status_code: int
    headers: Any
    body: bytes


def _looks_html(answer: Answer) -> bool:
    return "html" in answer.headers.get("Content-Type", "") or answer.body.lstrip()[:1] == b"<"


def _scrub(text: str, secret: str) -> str:
    """SiCantik's message, never with the password in it (a server may echo the request)."""
    return text.replace(secret, "***") if secret else text


# -- tokens ---------------------------------------------------------------------

# Tokens live in this process only (never on disk), per token URL, user and Source,
# until TOKEN_MARGIN seconds before their JWT `exp`.
TOKEN_MARGIN = 300
_TOKENS: dict[tuple[str, str, str, str], tuple[str, float]] = {}
_TOKENS_LOCK = threading.Lock()
_TOKEN_RE = re.compile(r"[A-Za-z0-9._~+/=-]{8,4096}")


def _epoch() -> float:
    return clock.utcnow_aware().timestamp()


def jwt_exp(token: str) -> float | None:
    """The `exp` claim of a JWT (seconds since 1970), unverified: Loket only uses it to
    know when to log in again. None when the token is not a JWT or has no exp."""
    parts = token.split(".")
    if len(parts) != 3:
        return None
    try:
        payload = base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4))
        exp = guard.loads(payload.decode("utf-8")).get("exp")
    except (ValueError, AttributeError, guard.BadJson):
        return None
    return float(exp) if isinstance(exp, (int, float)) and not isinstance(exp, bool) else None


def forget_tokens() -> None:
    """Drop every cached token (tests; a changed password)."""
    with _TOKENS_LOCK:
        _TOKENS.clear()
