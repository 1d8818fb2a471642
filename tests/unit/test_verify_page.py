"""The static verification page in a real browser: Debian's chromium, headless,
driven through chromedriver by selenium (.ci/run installs both).

A genuine receipt's payload shows SAH with kind, number, date and office; every
payload with one character changed shows TIDAK SAH; a revoked key's later
document too. Both verifiers are driven: WebCrypto's Ed25519 (Chromium 137+)
and the pure JavaScript one the page falls back to.
"""
from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

import pytest

from app import qrsign
from app.cli import main
from app.services import intake
from tests.intake_helpers import complete, walkin

CHROMIUM = os.environ.get("LOKET_CHROMIUM", shutil.which("chromium") or "/usr/bin/chromium")
DRIVER = os.environ.get("LOKET_CHROMEDRIVER", shutil.which("chromedriver") or "/usr/bin/chromedriver")


@pytest.fixture(scope="session")
def browser():
    assert Path(CHROMIUM).exists() and Path(DRIVER).exists(), (
        "the verification page is tested in Debian's chromium: apt-get install chromium chromium-driver")
    os.environ.setdefault("SE_OFFLINE", "true")      # never let selenium fetch a driver
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=412,915", "--no-first-run", "--disable-extensions"):
        opts.add_argument(arg)
    driver = webdriver.Chrome(service=Service(executable_path=DRIVER), options=opts)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def verdict(driver, url: str | None = None, fragment: str | None = None) -> tuple[str, str]:
    """Load `url` (or change the fragment in place) and wait for the page's verdict."""
    if url is not None:
        driver.get(url)
    else:
        driver.execute_script("document.getElementById('hasil').textContent = '';"
                              "location.hash = arguments[0];", fragment)

    return _wait(driver)


def _wait(driver) -> tuple[str, str]:
    from selenium.webdriver.support.ui import WebDriverWait

    def done(d):
        text = d.find_element("id", "hasil").text
        return text if text.startswith(("SAH", "TIDAK SAH")) else False
    text = WebDriverWait(driver, 10, poll_frequency=0.02).until(done)
    engine = driver.find_element("id", "hasil").get_attribute("data-engine") or ""
    return text, engine


@pytest.fixture
def page(loket, session, actor_factory, tmp_path):
    officer = actor_factory("LOKET2", name="Siti Rahmawati")
    app = walkin(session, officer)
    issued = intake.accept(session, officer, app.id, complete(intake.checklist(session, app)))
    out = tmp_path / "situs"
    assert main(["verify-page", "--out", str(out)]) == 0
    return (out / "index.html").as_uri(), issued


def test_genuine_receipt_shows_sah_with_details(browser, page):
    url, issued = page
    payload = issued.document.data["qr"]
    text, engine = verdict(browser, f"{url}#{payload}")
    lines = text.splitlines()
    assert lines[0] == "SAH" and engine == "webcrypto"
    assert "Tanda terima berkas" in text and issued.number in text and "26 November 2026" in text
    assert "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU" in text
    assert "3276015708900001" not in text and "Margonda" not in text
    # the pure JavaScript verifier (old phones, plain http sites) gives the same answer
    text, engine = verdict(browser, f"{url}?mesin=js#{payload}")
    assert text.splitlines()[0] == "SAH" and engine == "js" and issued.number in text
    # what a scanner read (the office's full URL), pasted into the page's form, works too
    browser.get(url)
    assert browser.find_element("id", "hasil").text.startswith("Pindai kode QR")
    browser.find_element("id", "kode").send_keys(f"https://dpmptsp.contoh.go.id/verifikasi/#{payload}")
    browser.find_element("css selector", "#periksa button").click()
    text, _ = _wait(browser)
    assert text.startswith("SAH") and issued.number in text


def test_every_altered_payload_shows_tidak_sah(browser, page):
    url, issued = page
    payload = issued.document.data["qr"]
    verdict(browser, f"{url}#{payload}")
    seen = 0
    for i, ch in enumerate(payload):
        repl = {"A": "B", "0": "1", ".": "x", "/": "x", "%": "x"}.get(ch, "A" if ch != "A" else "B")
        text, _ = verdict(browser, fragment=payload[:i] + repl + payload[i + 1:])
        assert text.startswith("TIDAK SAH"), (i, ch, text)
        seen += 1
    assert seen == len(payload)
    for bad in (payload[:-1], payload + "A", payload.rsplit(".", 1)[0], "LKT2.TT.x", "halo",
                qrsign.sign_legacy("TT", "A", "B", date(2026, 11, 26), b"k" * 32)):
        text, _ = verdict(browser, fragment=bad)
        assert text.startswith("TIDAK SAH"), bad
    # and through the pure JavaScript verifier: a changed signature, a changed number
    browser.get(f"{url}?mesin=js#")
    for bad in (payload[:-2] + ("AA" if not payload.endswith("AA") else "BB"),
                payload.replace(issued.number, issued.number[:-1] + "9")):
        text, engine = verdict(browser, fragment=bad)
        assert text.startswith("TIDAK SAH") and engine == "js"


def test_revoked_key_later_document_is_tidak_sah(browser, loket, session, tmp_path):
    from app import qrkeys
    from app.services import officers
    admin = officers.setup_first_admin(session, "kepala", "Kepala Kantor", None, "Kantor-Rahasia-Uji-7", "LOKET-1")
    before = qrsign.document_qr(session, "SK", "SC/2026/1", "503/0001/DPMPTSP/2026", date(2026, 11, 20))
    after = qrsign.document_qr(session, "SK", "SC/2026/2", "503/0002/DPMPTSP/2026", date(2026, 11, 27))
    session.commit()
    qrkeys.revoke(session, admin, qrkeys.holder().kid, date(2026, 11, 25), "laptop hilang")
    assert main(["verify-page", "--out", str(tmp_path / "v")]) == 0
    url = (tmp_path / "v" / "index.html").as_uri()
    text, _ = verdict(browser, f"{url}#{before}")
    assert text.startswith("SAH") and "Surat keputusan / izin" in text and "20 November 2026" in text
    text, _ = verdict(browser, fragment=after)
    assert text.startswith("TIDAK SAH") and "dicabut sejak 25 November 2026" in text


def test_percent_encoded_fields_decode_in_the_browser(browser, loket, session, tmp_path):
    number = "503.1/0012/DPMPTSP /2026 — Ñ 100%"
    payload = qrsign.document_qr(session, "SP", "SC/2026/7", number, date(2026, 11, 26))
    session.commit()
    assert "%20" in payload and "%2E" in payload
    assert main(["verify-page", "--out", str(tmp_path / "v")]) == 0
    url = (tmp_path / "v" / "index.html").as_uri()
    for query in ("", "?mesin=js"):
        text, _ = verdict(browser, f"{url}{query}#{payload}")
        assert text.startswith("SAH") and number in text and "Surat penolakan" in text


def test_no_page_without_a_public_key(loket, tmp_path, capsys):
    assert main(["verify-page", "--out", str(tmp_path / "v")]) == 1
    assert "Belum ada kunci publik" in capsys.readouterr().err and not (tmp_path / "v").exists()
