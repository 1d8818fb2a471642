"""Messages to applicants (app/notify/), against real servers on 127.0.0.1: an
aiosmtpd SMTP server (plain, STARTTLS, TLS) and a stand-in WhatsApp gateway
(tests/notify_servers.py). Every trigger once; backoff on 500 / timeout / HTML;
refusals at intake and at template save; the expiry reminders' calendar days; no
token in what Loket writes or prints."""
from __future__ import annotations

import logging
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy import text as sql

from app import config, secrets, validation
from app.notify import consent, log, queue, sender
from app.notify import templates as T
from app.services import backoffice, complaints, handover, intake, issuance, survey, tracking
from app.services.context import ServiceError
from db.models import NotifyMessage
from tests import counter45_helpers as h
from tests.conftest import make_actor
from tests.intake_helpers import complete, form
from tests.notify_helpers import configure

LOKET2 = h.LOKET2


def _messages(session, **where):
    q = select(NotifyMessage).order_by(NotifyMessage.due_at, NotifyMessage.kind)
    for k, v in where.items():
        q = q.where(getattr(NotifyMessage, k) == v)
    return list(session.scalars(q))


def _walkin(session, **over):
    return intake.register_walkin(session, LOKET2, form(**over))


# --- every trigger once ----------------------------------------------------------------------

def test_returned_then_received_each_once_over_whatsapp(loket, session, gateway):
    configure(loket, gateway=gateway)
    app = _walkin(session, notify_channel="WHATSAPP", mobile="0812-3456-7890")
    assert consent.get(session, app.id) == consent.Preference("WHATSAPP", "6281234567890")
    items = intake.checklist(session, app)
    items[0].present = False
    items[0].note = "Fotokopi KTP belum dibawa"
    for it in items[1:]:
        it.present, it.original, it.sheets = True, it.original_needed, 1
    intake.return_file(session, LOKET2, app.id, items)
    issued = intake.accept(session, LOKET2, app.id, complete(intake.checklist(session, app)))
    rows = _messages(session)
    assert [m.kind for m in rows] == [T.RETURNED, T.RECEIVED]
    assert all(m.status == queue.WAITING and m.recipient == "6281234567890" for m in rows)

    rep = sender.run_once(loket)
    assert (rep.sent, rep.retry, rep.failed) == (2, 0, 0)
    got = gateway.state.delivered
    assert [d["target"] for d in got] == ["6281234567890"] * 2
    returned, received = got[0]["message"], got[1]["message"]
    assert items[0].name in returned and app.no_permohonan in returned
    due = queue.tanggal(issued.application.due_date)
    assert issued.number in received and due in received, received
    for text in (returned, received):
        assert "3276015708900001" not in text          # no NIK, ever
        assert "Margonda" not in text                  # nor the address
    # a second run sends nothing more
    assert sender.run_once(loket).sent == 0
    assert len(gateway.state.delivered) == 2
    session.expire_all()
    assert {m.status for m in _messages(session)} == {queue.SENT}


def test_no_consent_no_message(loket, session, gateway):
    configure(loket, gateway=gateway)
    app = _walkin(session, notify_channel="NONE")
    intake.accept(session, LOKET2, app.id, complete(intake.checklist(session, app)))
    app2 = _walkin(session, nik="3276010101900002", name="Budi", gender="L", birth_date="01-01-1990")
    intake.accept(session, LOKET2, app2.id, complete(intake.checklist(session, app2)))
    assert _messages(session) == []


def _to_signed_with_consent(session, channel="EMAIL", address_email="pemohon@contoh.id", outcome="IZIN"):
    """Approved by the Kabid, then the applicant's consent, then the head of office signs."""
    no = h.signed(session, outcome=outcome, stop_at_approval=True)
    from app.services import applications
    app = applications.get(session, no)
    app.applicant.email = address_email
    consent.record(session, LOKET2, app, channel, app.applicant.mobile, app.applicant.email)
    session.commit()
    backoffice.sign(session, h.KADIN, no, signer_name="Dr. Hj. Siti Rahmawati, M.Si.")
    return no, app


@pytest.mark.dates
def test_ready_reminders_and_handover_over_email(loket, session, smtp):
    configure(loket, smtp=smtp)
    no, app = _to_signed_with_consent(session)
    rows = _messages(session)
    assert [m.kind for m in rows] == [T.READY, T.EXPIRY, T.EXPIRY, T.EXPIRY]
    ready = rows[0]
    assert "tanda terima berkas" in ready.body and "surat kuasa" in ready.body and "SK izin" in ready.body
    # SIP-DOK is valid 60 months from the day it is signed (26 November 2026, office time):
    # until 26 November 2031, reminders on 28 August, 27 October and 19 November 2031 at 08:00 WIB
    assert app.permit_type.validity_months == 60
    until = date(2031, 11, 26)
    assert [m.due_at for m in rows[1:]] == [datetime(2031, 8, 28, 1, 0), datetime(2031, 10, 27, 1, 0),
                                           datetime(2031, 11, 19, 1, 0)]
    assert [(until - (m.due_at + timedelta(hours=7)).date()).days for m in rows[1:]] == [90, 30, 7]
    assert all("26 November 2031" in m.body and app.permit_number in m.body for m in rows[1:])
    assert [m.body.count(f"({n} hari lagi)") for m, n in zip(rows[1:], (90, 30, 7), strict=True)] == [1, 1, 1]

    assert sender.run_once(loket).sent == 1          # only the READY message is due now
    issuance.print_sk(session, h.LOKET4, no)
    survey.decline(session, h.LOKET5, no, reason="Pemohon terburu-buru")
    handover.hand_over(session, h.LOKET5, no, h.recipient(session, no))
    assert sender.run_once(loket).sent == 1
    got = smtp.recorder.unique()
    assert len(got) == len(smtp.recorder.messages) == 2
    subjects = sorted(m.subject for m in got.values())
    assert subjects[0].startswith("Dokumen izin siap diambil") and subjects[1].startswith("Dokumen izin telah diserahkan")
    handed = next(m for m in got.values() if "diserahkan" in m.subject)
    assert handed.to == ["pemohon@contoh.id"] and app.applicant_name in handed.body

    # the reminder 90 days before goes out on its day — and only it
    rep = sender.run_once(loket, now=datetime(2031, 8, 28, 1, 0))
    assert rep.sent == 1
    assert sender.run_once(loket, now=datetime(2031, 10, 26, 23, 0)).sent == 0
    assert sender.run_once(loket, now=datetime(2031, 11, 19, 1, 0)).sent == 2
    assert len(smtp.recorder.unique()) == 5


@pytest.mark.dates
@pytest.mark.clock("2027-01-31T03:00:00Z")
def test_reminders_fall_on_calendar_days_whatever_the_holidays(loket, session, gateway):
    """Signed on 31 January 2027: a 60-month permit ends on 31 January 2032; the reminder
    days (2 November 2031, 1 January 2032 — New Year's Day — and 24 January 2032) are
    calendar days: a holiday or a Sunday does not move them."""
    configure(loket, gateway=gateway)
    _no, _app = _to_signed_with_consent(session, channel="WHATSAPP")
    days = [(m.due_at + timedelta(hours=7)).date() for m in _messages(session, kind=T.EXPIRY)]
    assert days == [date(2031, 11, 2), date(2032, 1, 1), date(2032, 1, 24)]
    assert queue.expiry_date(date(2027, 1, 31), 1) == date(2027, 2, 28)     # clipped to the month's end


def test_rejection_is_ready_without_reminders(loket, session, gateway):
    configure(loket, gateway=gateway)
    _to_signed_with_consent(session, channel="WHATSAPP", outcome="PENOLAKAN")
    rows = _messages(session)
    assert [m.kind for m in rows] == [T.READY]
    assert "surat penolakan" in rows[0].body


def test_complaint_answered_once(loket, session, smtp):
    configure(loket, smtp=smtp)
    c = complaints.register(session, h.LOKET5, channel="SUREL", topic="Antrean lama",
                            text="Saya menunggu dua jam di Loket 2.", contact="warga@contoh.id")
    complaints.update(session, h.LOKET5, c.ticket_number, "DIPROSES", "Kami periksa.")
    assert _messages(session) == []
    complaints.update(session, h.LOKET5, c.ticket_number, "SELESAI", "Petugas tambahan sudah ditempatkan.")
    rows = _messages(session)
    assert [(m.kind, m.channel, m.recipient) for m in rows] == [(T.COMPLAINT, "EMAIL", "warga@contoh.id")]
    assert sender.run_once(loket).sent == 1
    (m,) = smtp.recorder.unique().values()
    assert c.ticket_number in m.body and "Petugas tambahan" in m.body
    # the message names the complaint by its key as every key is stored (16 bytes,
    # migration 0020): a join on the stored values finds the complaint
    stored = session.execute(sql(
        "SELECT typeof(n.complaint_id), c.ticket_number FROM notify_message n "
        "JOIN complaint c ON c.id = n.complaint_id")).all()
    assert stored == [("blob", c.ticket_number)]


def test_renewal_cancels_the_old_permits_reminders(loket, session, gateway):
    configure(loket, gateway=gateway)
    _no, app = _to_signed_with_consent(session, channel="WHATSAPP")
    other_counter = make_actor("LOKET2", name="Dewi Loket Dua", workstation="LOKET2-B")
    renewal = intake.register_walkin(session, other_counter, form(kind="PERPANJANGAN", old_permit_number=app.permit_number))
    intake.accept(session, other_counter, renewal.id, complete(intake.checklist(session, renewal)))
    session.expire_all()
    assert {m.status for m in _messages(session, kind=T.EXPIRY)} == {queue.CANCELLED}


# --- channels: SMTP security, gateway formats ---------------------------------------------------

@pytest.mark.parametrize("security", ["starttls", "tls"])
def test_smtp_with_tls_and_login(loket, session, smtp, security, memory_keyring):
    from tests.notify_servers import SMTP_PASSWORD, SMTP_USER
    configure(loket, smtp=smtp, security=security, settings={"notify.smtp.username": SMTP_USER})
    secrets.set_("notify.smtp.password", SMTP_PASSWORD)
    ok, answer = log.send_test(session, "EMAIL", "admin@contoh.go.id")
    assert ok, answer
    (m,) = smtp.recorder.unique().values()
    assert m.to == ["admin@contoh.go.id"] and "Pesan uji" in m.body
    secrets.set_("notify.smtp.password", "salah-sandi-xyz")
    ok, answer = log.send_test(session, "EMAIL", "admin@contoh.go.id")
    assert not ok and "535" in answer and "salah-sandi-xyz" not in answer


def test_no_keyring_read_without_username_or_token_header(loket, session, smtp, gateway, monkeypatch):
    configure(loket, smtp=smtp, gateway=gateway)

    def no_keyring(name):
        raise AssertionError(f"keyring read: {name}")
    monkeypatch.setattr(secrets, "get", no_keyring)
    assert log.send_test(session, "EMAIL", "a@contoh.id")[0]
    assert log.send_test(session, "WHATSAPP", "081234567890")[0]


def test_gateway_json_get_and_extra_fields(loket, session, gateway):
    configure(loket, gateway=gateway, settings={
        "notify.wa.format": "json", "notify.wa.number_field": "phone", "notify.wa.extra": "countryCode=62; typing=false"})
    assert log.send_test(session, "WHATSAPP", "+62 812-3456-7890")[0]
    req = gateway.state.requests[-1]
    assert req["headers"]["Content-Type"] == "application/json"
    assert req["fields"]["phone"] == "6281234567890" and req["fields"]["countryCode"] == "62"
    with loket.Session() as s:
        config.set_(s, "notify.wa.method", "GET")
        s.commit()
    assert log.send_test(session, "WHATSAPP", "081234567890")[0]
    assert gateway.state.requests[-1]["method"] == "GET"
    assert gateway.state.requests[-1]["fields"]["phone"] == "6281234567890"


def test_gateway_refusal_and_wrong_token_exit_1_with_its_answer(loket, session, gateway, capsys, memory_keyring):
    from app.cli import main
    token = "tok-Fonnte-Rahasia-4242"
    configure(loket, gateway=gateway, settings={"notify.wa.token_header": "Authorization"})
    gateway.state.token = token
    assert main(["notify", "test", "--whatsapp", "081234567890"]) == 1
    assert "Token gateway belum disimpan" in capsys.readouterr().out
    secrets.set_("notify.wa.token", "token-yang-salah-123")
    assert main(["notify", "test", "--whatsapp", "081234567890"]) == 1
    assert "invalid token" in capsys.readouterr().out
    secrets.set_("notify.wa.token", token)
    assert main(["notify", "test", "--whatsapp", "081234567890"]) == 0
    assert "Diterima" in capsys.readouterr().out
    assert gateway.state.requests[-1]["headers"]["Authorization"] == token
    assert main(["notify", "test", "--whatsapp", "021-7654321"]) == 1
    assert "Bukan nomor HP" in capsys.readouterr().out


# --- backoff: 500, timeout, HTML --------------------------------------------------------------------

@pytest.mark.parametrize("mode", ["500", "timeout", "html"])
def test_a_gateway_down_backs_off_and_sends_later(loket, session, gateway, mode):
    configure(loket, gateway=gateway, settings={"notify.retry_seconds": 60, "notify.timeout_seconds": 1})
    gateway.state.timeout_seconds = 1.5
    for i in range(3):
        app = _walkin(session, notify_channel="WHATSAPP", nik=f"327601010190{i + 10:04d}", name=f"Pemohon {i}",
                      gender="L", birth_date="01-01-1990")
        intake.accept(session, LOKET2, app.id, complete(intake.checklist(session, app)))
    gateway.state.mode = mode
    rep = sender.run_once(loket)
    # one try, then the channel is skipped for the rest of the pass: a dead gateway costs one timeout
    assert (rep.sent, rep.retry) == (0, 1) and "WHATSAPP" in rep.down
    assert len(gateway.state.requests) == 1 and gateway.state.delivered == []
    session.expire_all()
    first = _messages(session, attempts=1)
    assert len(first) == 1 and first[0].status == queue.WAITING and first[0].last_error
    t0 = first[0].last_attempt_at
    # 60 s after the failed attempt ended (a timeout takes its 1 s first)
    assert timedelta(seconds=59) < first[0].due_at - t0 < timedelta(seconds=64)
    # still down a minute later: the next wait doubles
    rep = sender.run_once(loket, now=t0 + timedelta(seconds=61))
    assert rep.retry == 1
    session.expire_all()
    again = session.get(NotifyMessage, first[0].id)
    if again.attempts == 2:
        assert timedelta(seconds=119) < again.due_at - again.last_attempt_at < timedelta(seconds=124)
    # the gateway is back: everything goes, each once
    gateway.state.mode = "ok"
    rep = sender.run_once(loket, now=t0 + timedelta(hours=1))
    assert rep.sent == 3 and rep.down == {}
    assert len({d["message"] for d in gateway.state.delivered}) == len(gateway.state.delivered) == 3


def test_attempts_run_out_then_failed_and_admin_resends(loket, session, gateway, actor_factory):
    configure(loket, gateway=gateway, settings={"notify.max_attempts": 2, "notify.retry_seconds": 1})
    app = _walkin(session, notify_channel="WHATSAPP")
    intake.accept(session, LOKET2, app.id, complete(intake.checklist(session, app)))
    gateway.state.mode = "500"
    sender.run_once(loket)
    sender.run_once(loket, now=datetime(2030, 1, 1))
    session.expire_all()
    (m,) = _messages(session)
    assert m.status == queue.FAILED and m.attempts == 2 and "HTTP 500" in m.last_error
    gateway.state.mode = "ok"
    sender.resend(session, actor_factory("ADMIN"), m.id)
    assert sender.run_once(loket).sent == 1


def test_refused_recipient_fails_for_good(loket, session, smtp):
    configure(loket, smtp=smtp)
    smtp.recorder.refuse.add("tidak.ada@contoh.id")
    app = _walkin(session, notify_channel="EMAIL", email="tidak.ada@contoh.id")
    intake.accept(session, LOKET2, app.id, complete(intake.checklist(session, app)))
    rep = sender.run_once(loket)
    assert rep.failed == 1 and rep.down == {}
    session.expire_all()
    (m,) = _messages(session)
    assert m.status == queue.FAILED and "550" in m.last_error


def test_interrupted_send_without_idempotency_is_held_uncertain(loket, session, gateway):
    """at-most-once where the gateway cannot deduplicate and the office chose so"""
    configure(loket, gateway=gateway, settings={"notify.resend_uncertain": False,
                                                "notify.wa.idempotency_header": ""})
    app = _walkin(session, notify_channel="WHATSAPP")
    intake.accept(session, LOKET2, app.id, complete(intake.checklist(session, app)))
    (m,) = _messages(session)
    m.status = queue.SENDING        # what a crash between claim and record leaves
    session.commit()
    rep = sender.run_once(loket)
    assert rep.uncertain == 1 and rep.sent == 0 and gateway.state.requests == []
    session.expire_all()
    assert _messages(session)[0].status == queue.UNCERTAIN


def test_a_gateway_down_never_slows_a_counter(loket, session, gateway):
    """The counter only writes a row: accepting a file with a hanging gateway does
    not touch the network (sending is `notify run`'s job)."""
    import time
    configure(loket, gateway=gateway)
    gateway.state.mode = "timeout"
    app = _walkin(session, notify_channel="WHATSAPP")
    t = time.monotonic()
    intake.accept(session, LOKET2, app.id, complete(intake.checklist(session, app)))
    assert gateway.state.requests == []
    assert time.monotonic() - t < 1.0   # far below the gateway's 3 s hang; not a benchmark, a bound
    assert _messages(session)[0].status == queue.WAITING


# --- refusals ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("over", "field", "needle"), [
    ({"notify_channel": "WHATSAPP", "mobile": "021-7654321"}, "mobile", "Bukan nomor HP"),
    ({"notify_channel": "SMS", "mobile": "0812"}, "mobile", "Nomor tidak sah"),
    ({"notify_channel": "EMAIL", "email": ""}, "email", "isi alamat surel"),
    ({"notify_channel": "EMAIL", "email": "siti@contoh"}, "email", "Alamat surel tidak sah"),
    ({"notify_channel": "TELEGRAM"}, "notify_channel", "Pemberitahuan"),
])
def test_invalid_number_or_address_refused_at_intake(session, over, field, needle):
    checked = intake.check_form(session, form(**over))
    assert needle in checked.errors[field], checked.errors
    with pytest.raises(validation.Invalid, match=needle):
        _walkin(session, **over)
    assert session.scalar(select(func.count()).select_from(NotifyMessage)) == 0


def test_numbers_normalised_to_62():
    for raw in ("081234567890", "+62 812 3456 7890", "62-812-3456-7890", "(0812) 3456-7890"):
        assert validation.mobile_62(raw) == "6281234567890"
    for bad in ("021-7654321", "12345", "+1 555 0100"):
        with pytest.raises(validation.Invalid):
            validation.mobile_62(bad)


def test_unknown_placeholder_refused_when_saved(loket, session, actor_factory, capsys):
    admin = actor_factory("ADMIN")
    with pytest.raises(ServiceError, match=r"Placeholder tidak dikenal: \{nik\}"):
        log.save_template(session, admin, T.RECEIVED, "Yth. {nama}, NIK {nik} diterima")
    for bad, needle in (("Yth. {nama.__class__}", "tidak dikenal"), ("Yth. {nama!r}", "format atau konversi"),
                        ("Yth. {nama", "tidak berpasangan"), ("Sisa {sisa_hari} hari", "tidak dikenal")):
        with pytest.raises(ServiceError, match=needle):
            log.save_template(session, admin, T.RECEIVED, bad)
    assert config.get(session, "notify.template.received") == T.KINDS[T.RECEIVED].default
    saved = log.save_template(session, admin, T.EXPIRY, "  Izin {nomor_izin} habis {berlaku_sampai}, sisa {sisa_hari} hari.  ")
    assert saved == "Izin {nomor_izin} habis {berlaku_sampai}, sisa {sisa_hari} hari."
    assert "sisa 30 hari" in log.preview(session, T.EXPIRY, saved)
    # the command line refuses the same way
    from app.cli import main
    assert main(["config", "set", "notify.template.ready", "Ambil {dokumen} dengan {nik}"]) == 1
    assert "Placeholder tidak dikenal: {nik}" in capsys.readouterr().err


def test_every_default_template_passes_its_own_check():
    for k in T.KINDS.values():
        assert T.check(k.key, k.default) == k.default
        assert "{nik}" not in k.default


# --- where people see it ------------------------------------------------------------------------------

def test_timeline_log_and_cli(loket, session, gateway, capsys):
    configure(loket, gateway=gateway)
    app = _walkin(session, notify_channel="WHATSAPP")
    intake.accept(session, LOKET2, app.id, complete(intake.checklist(session, app)))
    rows = log.for_application(session, app.id)
    assert [(r.kind, r.status) for r in rows] == [(T.RECEIVED, queue.WAITING)]
    tl = tracking.timeline(session, app.no_permohonan)
    assert [m.kind for m in tl.messages] == [T.RECEIVED]
    from app.cli import main
    assert main(["notify", "log", app.no_permohonan]) == 0
    assert "Menunggu" in capsys.readouterr().out
    assert main(["notify", "run", "--once"]) == 0
    assert "terkirim 1" in capsys.readouterr().out
    assert main(["notify", "log", "--status", "SENT"]) == 0
    out = capsys.readouterr().out
    assert "Terkirim" in out and "6281234567890" in out and app.no_permohonan in out
    assert log.counts(session) == {queue.SENT: 1}


def test_sending_only_from_the_sending_workstation(loket, session, gateway):
    configure(loket, gateway=gateway, settings={"notify.send_workstation": "LOKET-PUSAT"})
    app = _walkin(session, notify_channel="WHATSAPP")
    intake.accept(session, LOKET2, app.id, complete(intake.checklist(session, app)))
    rep = sender.run_once(loket)
    assert rep.not_sender == "LOKET-PUSAT" and rep.sent == 0 and gateway.state.requests == []


def test_no_token_in_logs_output_or_the_database(loket, session, gateway, capsys, caplog, memory_keyring):
    """A hostile gateway that echoes the request's headers (token included) in its error
    page: Loket stores, logs and prints the answer with the token masked."""
    from app.cli import main
    token = "tok-Gateway-Gema-77310"
    configure(loket, gateway=gateway, settings={"notify.wa.token_header": "Authorization"})
    secrets.set_("notify.wa.token", token)
    gateway.state.mode = "echo500"
    app = _walkin(session, notify_channel="WHATSAPP")
    intake.accept(session, LOKET2, app.id, complete(intake.checklist(session, app)))
    caplog.set_level(logging.DEBUG)
    assert main(["notify", "run", "--once"]) == 0
    assert main(["notify", "test", "--whatsapp", "081234567890"]) == 1
    assert main(["notify", "log"]) == 0
    out = capsys.readouterr()
    assert gateway.state.requests[0]["headers"]["Authorization"] == token   # it was sent…
    assert "***" in out.out                                                # …and masked in the answer
    session.expire_all()
    (m,) = _messages(session)
    assert "***" in m.last_error
    for text in (out.out, out.err, caplog.text, m.last_error or ""):
        assert token not in text
    for path in loket.data_dir.rglob("*"):
        if path.is_file():
            assert token.encode() not in path.read_bytes(), path


def test_doctor_names_a_missing_token_and_failed_messages(loket, session, gateway, memory_keyring):
    from app.cli import build_parser, doctor
    from app.cli import notify as notify_cli
    build_parser()
    assert notify_cli._doctor_check in doctor.EXTRA_CHECKS
    configure(loket, gateway=gateway, settings={"notify.wa.token_header": "Authorization", "notify.max_attempts": 1})
    found = {label: (value, ok) for label, value, ok in notify_cli._doctor_check(loket)}
    assert found["Token gateway"][1] is False
    app = _walkin(session, notify_channel="WHATSAPP")
    intake.accept(session, LOKET2, app.id, complete(intake.checklist(session, app)))
    sender.run_once(loket)          # no token stored: the message fails, nothing was sent
    assert gateway.state.requests == []
    secrets.set_("notify.wa.token", "tok-Dokter-Periksa-5521")
    found = {label: (value, ok) for label, value, ok in notify_cli._doctor_check(loket)}
    assert "Token gateway" not in found
    assert found["Pesan"] == ("0 terkirim, 0 menunggu, 1 gagal/tidak pasti", None)


def test_sms_through_its_own_gateway_url(loket, session, gateway):
    configure(loket, gateway=gateway, settings={"notify.sms.url": gateway.url.replace("/send", "/sms")})
    app = _walkin(session, notify_channel="SMS")
    intake.accept(session, LOKET2, app.id, complete(intake.checklist(session, app)))
    assert sender.run_once(loket).sent == 1
    (req,) = gateway.state.requests
    assert req["path"] == "/sms" and req["fields"]["target"] == "6281234567890"


def test_notify_run_keeps_sending_until_sigterm(loket, session, gateway):
    """`loket notify run` (no --once), as a service runs it: sends what counters queue
    meanwhile, and stops cleanly on SIGTERM."""
    import os
    import signal
    import subprocess
    import sys
    import time

    from app import clock
    configure(loket, gateway=gateway)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LOKET_NOW=clock.utcnow_aware().isoformat())
    proc = subprocess.Popen([sys.executable, "-m", "app", "--data-dir", str(loket.data_dir), "notify", "run"],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        app = _walkin(session, notify_channel="WHATSAPP")
        intake.accept(session, LOKET2, app.id, complete(intake.checklist(session, app)))
        end = time.monotonic() + 60
        while not gateway.state.delivered and time.monotonic() < end and proc.poll() is None:
            time.sleep(0.1)
        assert len(gateway.state.delivered) == 1
    finally:
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert "terkirim 1" in out
