"""QR signatures: signing and verifying one document's QR, the QR matrix, the browser.

    .venv/bin/python -m tests.bench.bench_qrsign      (standalone, prints a table)

- sign: app.qrsign.document_qr (key from the store, registered in the database,
  office.verify_url read, payload encoded, Ed25519) against a bare Ed25519
  sign of the same bytes with `cryptography`;
- verify: app.qrsign.verify with a session (the database's public keys, the
  revocation date, parsing) against a bare Ed25519 verify;
- key load: the private key read cold from the keyring or from the sealed
  file a machine without keyring uses (HKDF + AES-GCM), once per process;
- QR matrix: zxing-cpp (what app/documents/base.py draws) against reportlab's
  pure-Python encoder that it replaced, for a receipt's URL-wrapped payload;
- browser (quick=False, needs chromium + chromedriver): the verification page,
  from a changed fragment to the verdict in #hasil, WebCrypto and pure JS.
"""
from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bench.registry import Result, bench, timed  # noqa: E402

REF, NUMBER = "WI/LOKET2-A/2026/00042", "TT/LOKET2-A/2026/00042"
URL = "https://dpmptsp.contoh.go.id/verifikasi/"


def _throwaway_loket():
    import keyring

    from tests.conftest import MemoryKeyring
    keyring.set_keyring(MemoryKeyring())
    from app.runtime import open_loket
    return open_loket(tempfile.mkdtemp(prefix="bench-qrsign-"))


@bench("qrsign")
def sign_and_verify(ctx) -> list[Result]:
    from app import config, qrkeys, qrsign
    lk = _throwaway_loket()
    repeats = max(ctx.repeats * 20, 300)
    day = date(2026, 11, 26)
    with lk.Session() as s:
        config.set_(s, "office.verify_url", URL)
        s.commit()
        text = qrsign.document_qr(s, "TT", REF, NUMBER, day)
        s.commit()
        key = qrkeys.private_key()
        body = text.split("#", 1)[1].rsplit(".", 1)[0].encode()
        signature = key.sign(body)
        public = key.public_key()
        ours_sign = timed(lambda: qrsign.document_qr(s, "TT", REF, NUMBER, day), repeats)
        raw_sign = timed(lambda: key.sign(body), repeats)
        ours_verify = timed(lambda: qrsign.verify(text, session=s), repeats)
        raw_verify = timed(lambda: public.verify(signature, body), repeats)
    lk.close()
    return (Result.compare("QR sign (document_qr), per document", ours_sign, raw_sign, unit="ms", limit=5,
                           note="raw: bare Ed25519 sign of the same bytes")
            + Result.compare("QR verify (with database keys), per document", ours_verify, raw_verify, unit="ms",
                             limit=5, note="raw: bare Ed25519 verify"))


@bench("qrsign")
def key_load(ctx) -> list[Result]:
    import keyring
    from keyring.backends import fail

    from app import qrkeys, secrets
    lk = _throwaway_loket()
    qrkeys.private_key()
    repeats = max(ctx.repeats * 5, 50)

    def cold():
        qrkeys._cached = None
        qrkeys.load()
    from_keyring = timed(cold, repeats)
    tried, previous = secrets._platform_tried, keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    secrets._platform_tried = True
    try:
        qrkeys._cached = None
        qrkeys.private_key()                      # makes the sealed file
        from_file = timed(cold, repeats)
    finally:
        secrets._platform_tried = tried
        keyring.set_keyring(previous)
        qrkeys._cached = None
        lk.close()
    return (Result.compare("QR key load from keyring (in-memory stand-in), once per process", from_keyring, None, unit="ms")
            + Result.compare("QR key load from sealed file (no keyring), once per process", from_file, None,
                             unit="ms"))


@bench("qrsign")
def qr_matrix(ctx) -> list[Result]:
    from reportlab.graphics.barcode import qrencoder

    from app.documents.base import QR
    text = f"{URL}#LKT2.TT.{REF}.{NUMBER}.20261126.62b726e1.{'A' * 86}"

    def reportlab():
        qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
        qr.addData(text)
        qr.make()
        return qr.modules
    repeats = max(ctx.repeats * 2, 20)
    ours = timed(lambda: QR(text).modules(), repeats)
    raw = timed(reportlab, repeats)
    return Result.compare("QR matrix of a receipt URL (zxing-cpp), per code", ours, raw, unit="ms",
                          note="raw: reportlab's pure-Python encoder, replaced")


@bench("qrsign", quick=False)
def browser(ctx) -> list[Result]:
    import time

    from app import qrsign
    from app.verify_page import write
    from tests.unit.test_verify_page import _wait
    lk = _throwaway_loket()
    out = Path(tempfile.mkdtemp(prefix="bench-verify-page-"))
    with lk.Session() as s:
        payload = qrsign.document_qr(s, "TT", REF, NUMBER, date(2026, 11, 26))
        s.commit()
        write(s, out)
    lk.close()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    opts = webdriver.ChromeOptions()
    opts.binary_location = "/usr/bin/chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
        opts.add_argument(arg)
    driver = webdriver.Chrome(service=Service(executable_path="/usr/bin/chromedriver"), options=opts)
    results = []
    try:
        for engine, query in (("WebCrypto", ""), ("pure JS", "?mesin=js")):
            driver.get(f"{(out / 'index.html').as_uri()}{query}#")
            times = []
            for i in range(max(ctx.repeats, 20)):
                variant = payload if i % 2 == 0 else payload[:-2] + "AA"
                t = time.perf_counter()
                driver.execute_script("document.getElementById('hasil').textContent='';location.hash=arguments[0];",
                                      variant)
                _wait(driver)
                times.append(time.perf_counter() - t)
            results += Result.compare(f"verification page in chromium ({engine}), per scan", times, None,
                                      unit="ms", note="includes the webdriver round trip")
    finally:
        driver.quit()
    return results


if __name__ == "__main__":
    from tests.bench.registry import Context
    ctx = Context(full=False, n=0, data_dir=Path(tempfile.mkdtemp()), repeats=30)
    for fn in (sign_and_verify, key_load, qr_matrix, browser):
        for r in fn(ctx):
            base = f" (raw {r.baseline:.3f} {r.unit}, ×{r.ratio:.1f})" if r.baseline else ""
            print(f"{r.what}: {r.value:.3f} {r.unit}{base}  [{r.target}: {'OK' if r.met else 'NOT MET'}]")
