"""Messages to applicants: `notify run` on 10,000 queued messages against the stand-in
servers of the tests (tests/notify_servers.py), on 127.0.0.1.

    .venv/bin/python -m tests.bench.bench_notify      (standalone, prints a table)

- WhatsApp: app.notify.sender.run_once over 10,000 WAITING rows (claim committed,
  sent with its Idempotency-Key, recorded committed — two commits per message, the
  sync capture triggers included) against a bare loop posting the same 10,000 form
  bodies to the same gateway over one keep-alive connection (requests.Session);
- e-mail: the same over 2,000 rows against aiosmtpd, against a bare smtplib loop
  on one connection.
The ratio is what Loket's bookkeeping costs on top of the network round trip.
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bench.registry import Result, bench  # noqa: E402

N_WA = 10_000
N_MAIL = 2_000


def _n(n: int) -> str:
    return f"{n:,}".replace(",", ".")


_FOLDERS: list[str] = []


def _loket():
    import keyring

    from tests.conftest import MemoryKeyring
    keyring.set_keyring(MemoryKeyring())
    from app.runtime import open_loket
    _FOLDERS.append(tempfile.mkdtemp(prefix="bench-notify-"))
    return open_loket(_FOLDERS[-1])


def _queue(lk, n: int, channel: str) -> None:
    from app.notify import queue
    with lk.Session() as s:
        for i in range(n):
            values = {"nama": f"Pemohon {i}", "nomor": f"PMH-2026-{i:05d}", "jenis_izin": "Izin Praktik Dokter",
                      "kantor": "DPMPTSP Kabupaten Contoh", "tanda_terima": f"TT/LOKET2-A/2026/{i:05d}",
                      "perkiraan_selesai": "10 Desember 2026"}
            queue.enqueue(s, key=f"BENCH|{channel}|{i}", kind="RECEIVED", channel=channel,
                          recipient=f"62812{i:08d}" if channel == "WHATSAPP" else f"p{i}@contoh.id", values=values)
            if i % 1000 == 999:
                s.flush()
        s.commit()


def _settings(lk, **values) -> None:
    from app import config
    with lk.Session() as s:
        config.set_(s, "notify.enabled", True)
        config.set_(s, "notify.send_workstation", config.get(s, "workstation.name"))
        for k, v in values.items():
            config.set_(s, k, v)
        s.commit()


@bench("notify", quick=False)
def notify_run(ctx) -> list[Result]:
    import requests

    from app.notify import sender
    from tests.notify_servers import start_gateway, start_smtp
    n_wa = N_WA if ctx.full else 2_000
    n_mail = N_MAIL if ctx.full else 500
    gw, stop = start_gateway()
    smtp = start_smtp(Path(tempfile.mkdtemp(prefix="bench-notify-smtp-")))
    out: list[Result] = []
    try:
        lk = _loket()
        _settings(lk, **{"notify.wa.url": gw.url, "notify.wa.idempotency_header": "Idempotency-Key",
                         "notify.smtp.host": "127.0.0.1",
                         "notify.smtp.port": smtp.plain_port, "notify.smtp.security": "none",
                         "notify.smtp.from": "layanan@contoh.go.id"})
        _queue(lk, n_wa, "WHATSAPP")
        t = time.perf_counter()
        rep = sender.run_once(lk)
        ours = time.perf_counter() - t
        assert rep.sent == n_wa and len(gw.unique()) == n_wa, (rep, len(gw.unique()))
        # the floor: the same requests on one keep-alive connection, nothing recorded
        with lk.Session() as s:
            from sqlalchemy import select

            from db.models import NotifyMessage
            bodies = [(m.key, m.recipient, m.body) for m in s.scalars(select(NotifyMessage))]
        gw.state.reset()
        http = requests.Session()
        http.trust_env = False
        t = time.perf_counter()
        for key, number, body in bodies:
            r = http.post(gw.url, data={"target": number, "message": body},
                          headers={"Idempotency-Key": key + "|raw"}, timeout=10)
            r.raise_for_status()
        raw = time.perf_counter() - t
        http.close()
        out.append(Result(f"notify run, {_n(n_wa)} WhatsApp messages, gateway deduplicating by key: rate",
                          n_wa / ours, "msg/s", n_wa / raw, raw and ours / raw, target="report",
                          note="25 claimed per commit; raw: the same POSTs on one keep-alive connection, "
                               "nothing recorded; ratio = Loket's time ÷ raw time"))
        lk.close()

        # a gateway of the Fonnte/Wablas kind (no idempotency key): one message per commit
        n_plain = n_mail
        lk = _loket()
        _settings(lk, **{"notify.wa.url": gw.url})
        _queue(lk, n_plain, "WHATSAPP")
        gw.state.reset()
        t = time.perf_counter()
        rep = sender.run_once(lk)
        ours = time.perf_counter() - t
        assert rep.sent == n_plain, rep
        per_raw = raw / len(bodies)
        out.append(Result(f"notify run, {_n(n_plain)} WhatsApp messages, gateway without key: rate",
                          n_plain / ours, "msg/s", 1 / per_raw, ours / (per_raw * n_plain), target="report",
                          note="one message per commit (the record of one and the claim of the next); "
                               "raw as above"))
        lk.close()

        lk = _loket()
        _settings(lk, **{"notify.smtp.host": "127.0.0.1", "notify.smtp.port": smtp.plain_port,
                         "notify.smtp.security": "none", "notify.smtp.from": "layanan@contoh.go.id"})
        _queue(lk, n_mail, "EMAIL")
        t = time.perf_counter()
        rep = sender.run_once(lk)
        ours = time.perf_counter() - t
        assert rep.sent == n_mail, rep
        import smtplib
        from email.message import EmailMessage
        conn = smtplib.SMTP("127.0.0.1", smtp.plain_port, timeout=10)
        t = time.perf_counter()
        for i in range(n_mail):
            m = EmailMessage()
            m["From"], m["To"], m["Subject"] = "layanan@contoh.go.id", f"p{i}@contoh.id", "Berkas diterima"
            m.set_content("Yth. Pemohon, berkas permohonan Anda telah kami terima lengkap.")
            conn.send_message(m)
        raw = time.perf_counter() - t
        conn.quit()
        out.append(Result(f"notify run, {_n(n_mail)} e-mails: rate", n_mail / ours, "msg/s",
                          n_mail / raw, raw and ours / raw, target="report",
                          note="raw: bare smtplib send_message loop on one connection"))
        lk.close()
    finally:
        stop()
        for c in smtp.controllers:
            c.stop()
        import shutil
        for f in _FOLDERS:
            shutil.rmtree(f, ignore_errors=True)
    return out


if __name__ == "__main__":
    from tests.bench.registry import Context
    ctx = Context(full=True, n=0, data_dir=Path(tempfile.gettempdir()), repeats=1)
    for r in notify_run(ctx):
        print(f"{r.what}: {r.value:.0f} {r.unit} (raw {r.baseline:.0f} {r.unit}, Loket takes {r.ratio:.2f}× the raw time)"
              f" — {r.note}")
