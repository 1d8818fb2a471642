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
    with pytest.raises(sc.AuthError, match="nama pengguna atau kata sandi") as e:
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
