"""The SiCantik client against a real HTTP server on 127.0.0.1 (tests/fake_sicantik.py)."""
from __future__ import annotations

import logging
import socket
import time
from datetime import date

import pytest
import requests

from app.sicantik import client as sc
from app.sicantik import crypto
from tests.fake_sicantik import application_rows, configure, fast_client

D = date(2026, 11, 2)


def _all(c, d1=D, d2=D):
    return list(c.by_range(d1, d2))


@pytest.mark.parametrize("label", ["permohonan", "Data Permohonan Izin", "list_pemohon"])
def test_pages_until_total_items_whatever_the_group_label(loket, fake, label):
    fake.label = label
    fake.rows = application_rows(7)            # 7 applications × 2 steps = 14 rows
    configure(loket, fake, page_size=5)
    c = fast_client(loket)
    pages = _all(c)
    assert [len(p.rows) for p in pages] == [5, 5, 4]
    assert {p.label for p in pages} == {label}
    assert sum(len(p.rows) for p in pages) == 14
    sent = fake.data_requests()
    assert [(r["params"]["page"], r["params"]["limit"]) for r in sent] == [("1", "5"), ("2", "5"), ("3", "5")]
    assert sent[0]["params"]["date1"] == "2026-11-02" and sent[0]["params"]["date2"] == "2026-11-02"
    assert sent[0]["path"] == "/api/TemplateData/keluaran/by-range.json"


def test_office_param_names_and_date_format(loket, fake):
    fake.from_param, fake.to_param, fake.number_param = "tgl1", "tgl2", "nomor"
    fake.rows = application_rows(2, day="2026-11-05")
    configure(loket, fake, sicantik__param__from="tgl1", sicantik__param__to="tgl2",
              sicantik__param__number="nomor", sicantik__param__date_format="%d-%m-%Y",
              sicantik__instansi_id="7")
    c = fast_client(loket)
    assert sum(len(p.rows) for p in _all(c, date(2026, 11, 5), date(2026, 11, 5))) == 4
    assert fake.data_requests()[0]["params"]["tgl1"] == "05-11-2026"
    assert fake.data_requests()[0]["params"]["instansi_id"] == "7"
    assert {r["no_permohonan"] for r in c.by_number("SC-2026-00002")} == {"SC-2026-00002"}
    assert fake.data_requests()[-1]["params"]["nomor"] == "SC-2026-00002"


def test_429_with_retry_after_then_success(loket, fake):
    fake.rows = application_rows(1)
    fake.faults = ["429"]
    fake.retry_after = "3"
    configure(loket, fake)
    c = fast_client(loket)
    assert len(_all(c)[0].rows) == 2
    assert c.sleeps == [3.0]                      # Retry-After, not the backoff
    assert len(fake.data_requests()) == 2


def test_retry_after_longer_than_allowed_stops_with_a_message(loket, fake):
    fake.faults = ["429"]
    fake.retry_after = "600"
    configure(loket, fake)
    c = fast_client(loket, max_wait=30)
    with pytest.raises(sc.SicantikError, match="menunggu 600 detik"):
        _all(c)


def test_500_is_retried_with_backoff_then_gives_up(loket, fake):
    fake.rows = application_rows(1)
    fake.faults = ["500"]
    configure(loket, fake)
    c = fast_client(loket)
    assert len(_all(c)[0].rows) == 2
    assert c.sleeps == [0.05]
    fake.faults = ["500"] * 4
    c = fast_client(loket, max_attempts=4)
    with pytest.raises(sc.SicantikError, match="HTTP 500"):
        _all(c)
    assert c.sleeps == [0.05, 0.1, 0.2]           # exponential
    assert len(fake.data_requests()) == 2 + 4


def test_timeout_is_retried_then_succeeds(loket, fake):
    fake.rows = application_rows(1)
    fake.faults = ["timeout"]
    fake.slow = 1.0
    configure(loket, fake)
    c = fast_client(loket, timeout=0.3)
    assert len(_all(c)[0].rows) == 2
    assert len(c.sleeps) == 1


def test_deadline_bounds_a_live_request(loket, fake):
    fake.faults = ["timeout"] * 5
    fake.slow = 1.0
    configure(loket, fake)
    c = fast_client(loket, timeout=0.4)
    t0 = time.monotonic()
    with pytest.raises(sc.TimedOut):
        c.by_number("SC-2026-00001", deadline=time.monotonic() + 0.4)
    assert time.monotonic() - t0 < 1.0


def test_html_error_page_gives_a_clear_message(loket, fake):
    fake.faults = ["html"]
    configure(loket, fake)
    with pytest.raises(sc.BadAnswer, match="halaman HTML.*502 Bad Gateway"):
        _all(fast_client(loket))


def test_truncated_json_gives_a_clear_message(loket, fake):
    fake.rows = application_rows(3)
    fake.faults = ["truncate"]
    configure(loket, fake)
    with pytest.raises(sc.BadAnswer, match="terpotong"):
        _all(fast_client(loket))


def test_server_ignoring_page_parameter_is_detected(loket, fake):
    fake.rows = application_rows(3)
    fake.ignore_paging = True
    configure(loket, fake, page_size=2)
    with pytest.raises(sc.BadAnswer, match="page/limit"):
        _all(fast_client(loket))


def test_token_mode_logs_in_and_sends_bearer(loket, fake):
    fake.require_token = True
    fake.rows = application_rows(2)
    # Without a token the server refuses: the auth is real.
    r = requests.get(fake.url + "/api/TemplateData/keluaran/by-range.json", params={"date1": "2026-11-02",
                                                                                      "date2": "2026-11-02"})
    assert r.status_code == 401
    configure(loket, fake, mode="token")
    c = fast_client(loket)
    assert sum(len(p.rows) for p in _all(c)) == 4
    tok = [r for r in fake.requests if r["path"] == "/api/pengguna/token"]
    assert len(tok) == 1
    assert fake.data_requests()[-1]["headers"]["Authorization"].startswith("Bearer eyJ")
    # The token expires on the server: one fresh login, then success.
    fake.tokens.clear()
    assert sum(len(p.rows) for p in _all(c)) == 4
    assert len([r for r in fake.requests if r["path"] == "/api/pengguna/token"]) == 2


def test_template_mode_against_a_server_that_needs_login(loket, fake):
    fake.require_token = True
    configure(loket, fake, mode="template")
    with pytest.raises(sc.AuthError, match="HTTP 401.*mode token"):
        _all(fast_client(loket))


def test_token_mode_wrong_password_and_missing_secret(loket, fake, memory_keyring, caplog):
    fake.require_token = True
    configure(loket, fake, mode="token")
    memory_keyring.set_password("loket", "sicantik.password", "salah-sekali")
    caplog.set_level(logging.DEBUG)
    with pytest.raises(sc.AuthError, match="“Pengguna atau password tidak valid”.*sicantik.password") as e:
        _all(fast_client(loket))
    assert "salah-sekali" not in str(e.value) and "salah-sekali" not in caplog.text
    memory_keyring.delete_password("loket", "sicantik.password")
    with pytest.raises(sc.NotConfigured, match="sicantik.password"):
        _all(fast_client(loket))


def test_tokens_never_reach_the_log_or_messages(loket, fake, caplog):
    fake.require_token = True
    fake.rows = application_rows(1)
    fake.page_faults = {1: "html"}
    configure(loket, fake, mode="token")
    caplog.set_level(logging.DEBUG)
    c = fast_client(loket)
    with pytest.raises(sc.BadAnswer) as e:
        _all(c)
    token = next(iter(fake.tokens))
    for text in (caplog.text, str(e.value)):
        assert token not in text and fake.password not in text
    assert "sicantik" in caplog.text  # the requests are logged, without their headers


def test_splp_gateway_decrypts_with_the_shared_salt_key(loket, fake, memory_keyring):
    fake.rows = application_rows(3)
    configure(loket, fake, mode="splp", page_size=4)
    c = fast_client(loket)
    pages = _all(c)
    assert [len(p.rows) for p in pages] == [4, 2]
    assert pages[0].rows[0]["no_permohonan"] == "SC-2026-00001"
    req = fake.data_requests()[0]
    assert req["path"] == "/api/sicantik/1/interop/uuid-by-range"
    assert req["params"]["tgl_awal"] == "2026-11-02" and "date1" not in req["params"]
    assert req["headers"]["auth"].startswith("Bearer ") and req["headers"]["apikey"] == fake.apikey
    memory_keyring.set_password("loket", "sicantik.saltkey", "kunci-yang-salah")
    with pytest.raises(sc.BadAnswer, match="kunci salt"):
        _all(fast_client(loket))


def test_splp_wrong_apikey_is_refused(loket, fake, memory_keyring):
    configure(loket, fake, mode="splp")
    memory_keyring.set_password("loket", "sicantik.apikey", "bukan-kunci")
    with pytest.raises(sc.AuthError, match="HTTP 403"):
        _all(fast_client(loket))


def test_crypto_roundtrip_tamper_and_wrong_key():
    hx = crypto.encrypt(b'{"items": []}', "garam")
    assert crypto.decrypt(hx, "garam") == b'{"items": []}'
    raw = bytearray(bytes.fromhex(hx))
    raw[14] ^= 1
    with pytest.raises(crypto.DecryptError, match="salah"):
        crypto.decrypt(raw.hex(), "garam")
    with pytest.raises(crypto.DecryptError, match="salah"):
        crypto.decrypt(hx, "garam2")
    with pytest.raises(crypto.DecryptError, match="heksadesimal"):
        crypto.decrypt("zz", "garam")
    with pytest.raises(crypto.DecryptError, match="belum diisi"):
        crypto.decrypt(hx, "")


def test_offline_fails_fast_without_retry(loket, fake):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]        # closed again: nobody listens there
    configure(loket, fake)
    from app import config
    with loket.Session() as s:
        config.set_(s, "sicantik.base_url", f"http://127.0.0.1:{port}")
        s.commit()
    c = fast_client(loket, retry_offline=False)
    with pytest.raises(sc.Offline, match="tidak dapat dihubungi"):
        c.by_number("X")
    assert c.sleeps == []


def test_not_configured_and_bad_settings(loket, fake):
    with pytest.raises(sc.NotConfigured, match="sicantik.base_url"):
        fast_client(loket)
    configure(loket, fake, sicantik__ca_bundle="/tidak/ada.pem")
    with pytest.raises(sc.NotConfigured, match="ca_bundle"):
        fast_client(loket)


def test_extract_rows_shapes():
    assert sc.extract_rows({"success": True, "data": {"x": [{"a": 1}], "page": 1, "total_items": 1}}) == \
        ([{"a": 1}], 1, "x")
    assert sc.extract_rows({"items": [{"a": 1}]}) == ([{"a": 1}], None, "items")
    assert sc.extract_rows({"success": True, "data": None})[0] == []
    assert sc.extract_rows({"success": True, "data": {"kosong": [], "isi": [{"a": 1}], "total_items": 1}})[2] == "isi"
    php = {"data": {"hasil": {"0": {"a": 1}, "3": {"a": 2}, "12": {"a": 3}}, "total_items": 3}}
    assert sc.extract_rows(php) == ([{"a": 1}, {"a": 2}, {"a": 3}], 3, "hasil")
    with pytest.raises(sc.BadAnswer, match="Data tidak ditemukan"):
        sc.extract_rows({"success": False, "message": "Data tidak ditemukan"})
    with pytest.raises(sc.BadAnswer, match="lebih dari satu"):
        sc.extract_rows({"data": {"a": [{"x": 1}], "b": [{"y": 2}]}})


def test_splp_answer_without_encrypted_data_quotes_the_gateway(loket, fake):
    configure(loket, fake, mode="splp")
    fake.faults = ["plain-json"]
    with pytest.raises(sc.BadAnswer, match="tidak berisi data terenkripsi.*Quota habis"):
        _all(fast_client(loket))


def test_tls_is_verified_and_the_office_ca_bundle_is_honoured(loket, tmp_path):
    from tests.fake_sicantik import FakeSicantik, make_office_ca
    ca, chain, key = make_office_ca(tmp_path)
    server = FakeSicantik(tls=(chain, key)).start()
    try:
        server.rows = application_rows(1)
        configure(loket, server)
        assert server.url.startswith("https://127.0.0.1:")
        with pytest.raises(sc.SicantikError, match="Sertifikat TLS.*sicantik.ca_bundle"):
            _all(fast_client(loket))
        assert server.data_requests() == []              # nothing was sent over an unverified link
        configure(loket, server, sicantik__ca_bundle=ca)
        assert len(_all(fast_client(loket))[0].rows) == 2
    finally:
        server.stop()


# -- the token API as SiCantik's PenggunaController::token implements it ----------------

def test_token_request_is_json_and_data_is_the_jwt_string(loket, fake):
    import json as _json
    fake.require_token = True
    fake.rows = application_rows(1)
    configure(loket, fake, mode="token")
    assert sum(len(p.rows) for p in _all(fast_client(loket))) == 2
    (req,) = fake.token_requests()
    assert req["headers"]["Content-Type"] == "application/json" and "Source" not in req["headers"]
    assert _json.loads(req["body"]) == {"username": fake.username, "password": fake.password}
    token = fake.data_requests()[0]["headers"]["Authorization"][len("Bearer "):]
    assert token.count(".") == 2 and sc.jwt_exp(token) is not None


def test_android_source_gets_data_token_and_a_30_day_jwt(loket, fake):
    from app import clock
    fake.require_token = True
    fake.rows = application_rows(1)
    configure(loket, fake, mode="token", sicantik__token_source="android")
    assert sum(len(p.rows) for p in _all(fast_client(loket))) == 2
    assert fake.token_requests()[0]["headers"]["Source"] == "android"
    token = fake.data_requests()[0]["headers"]["Authorization"][len("Bearer "):]
    assert sc.jwt_exp(token) - clock.utcnow_aware().timestamp() > 29 * 24 * 3600


@pytest.mark.parametrize("source", ["", "android"])
def test_refused_login_shows_sicantiks_message_never_the_password(loket, fake, memory_keyring, source):
    fake.require_token = True
    configure(loket, fake, mode="token", sicantik__token_source=source)
    memory_keyring.set_password("loket", "sicantik.password", "Rahasia-Salah-42")
    with pytest.raises(sc.AuthError) as e:
        _all(fast_client(loket))
    assert "“Pengguna atau password tidak valid”" in str(e.value) and "Rahasia-Salah-42" not in str(e.value)
    assert fake.data_requests() == []          # 422 (200 + success false for android): no data request
    assert len(fake.token_requests()) == 1     # a refusal is not retried


def test_token_is_cached_until_shortly_before_exp(loket, fake):
    from datetime import timedelta

    from app import clock
    fake.require_token = True
    fake.rows = application_rows(1)
    configure(loket, fake, mode="token")
    for _ in range(3):                         # three pulls, three clients: one login
        _all(fast_client(loket))
    assert len(fake.token_requests()) == 1
    later = clock.utcnow_aware() + timedelta(hours=12) - timedelta(seconds=sc.TOKEN_MARGIN - 5)
    with clock.pinned(later.isoformat()):
        _all(fast_client(loket))               # within the margin before exp: a new login first
        assert len(fake.token_requests()) == 2
        assert len([r for r in fake.data_requests() if r["method"] == "GET"]) == 4


def test_a_token_refused_twice_is_not_renewed_again(loket, fake):
    fake.require_token = True
    configure(loket, fake, mode="token")
    fake.token_lifetime = -60                  # SiCantik hands out tokens already expired
    with pytest.raises(sc.AuthError, match="HTTP 401"):
        _all(fast_client(loket))
    assert len(fake.token_requests()) == 2 and len(fake.data_requests()) == 2


def test_jwt_exp():
    assert sc.jwt_exp("abc") is None and sc.jwt_exp("a.b.c") is None
    assert sc.jwt_exp("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOjEsImV4cCI6MTcwMDAwMDAwMH0.x") == 1_700_000_000


# -- Template Data parameters end up in SiCantik's SQL: only safe values leave ------------

@pytest.mark.parametrize("number", ["1' OR '1'='1", "SC-1\"; DROP TABLE permohonan_izin; --", "12) UNION SELECT 1",
                                    "SC-1 OR 1=1", "${sqlQuery}", "x" * 65, ""])
def test_a_number_with_quotes_or_sql_is_refused_before_any_request(loket, fake, number):
    fake.require_token = True
    configure(loket, fake, mode="token")
    with pytest.raises(sc.BadParameter, match="tidak dikirim ke SiCantik"):
        fast_client(loket).by_number(number)
    assert fake.requests == []                 # not even the login


def test_office_number_format_and_parameter_names(loket, fake):
    configure(loket, fake, sicantik__number_pattern=r"SC-\d{4}-\d{5}")
    c = fast_client(loket)
    assert c.by_number("SC-2026-00001") == []
    with pytest.raises(sc.BadParameter, match="format nomor kantor"):
        c.by_number("SC-1")
    n = len(fake.requests)
    configure(loket, fake, sicantik__param__date_format="%Y-%m-%d' OR 1=1 --")
    with pytest.raises(sc.NotConfigured, match="bukan tanggal"):
        _all(fast_client(loket))
    configure(loket, fake, sicantik__param__date_format="%d-%m-%Y", sicantik__param__from="sqlQuery")
    with pytest.raises(sc.NotConfigured, match="sqlQuery"):
        _all(fast_client(loket))
    configure(loket, fake, sicantik__param__from="date1", sicantik__instansi_id="7 OR 1=1")
    with pytest.raises(sc.BadParameter, match="instansi_id"):
        _all(fast_client(loket))
    assert len(fake.requests) == n
