"""loket notify run|log|test|consent|resend — messages to applicants (app/notify/)."""
from __future__ import annotations

import signal
from typing import Any

from app.i18n import tr


def register(sub: Any) -> None:
    p = sub.add_parser("notify", help=tr("pemberitahuan ke pemohon (WhatsApp/SMS/surel): kirim, log, uji"))
    nsub = p.add_subparsers(dest="notify_command", metavar="AKSI", required=True)
    r = nsub.add_parser("run", help=tr("kirim pesan yang sudah waktunya (terus berjalan; --once: sekali lalu keluar)"))
    r.add_argument("--once", action="store_true", help=tr("satu putaran saja"))
    r.add_argument("--limit", type=int, default=None, help=tr("paling banyak N pesan"))
    r.set_defaults(func=_run)
    lg = nsub.add_parser("log", help=tr("pesan terkirim, gagal atau menunggu"))
    lg.add_argument("no_permohonan", nargs="?", metavar="NOMOR", help=tr("nomor permohonan (kosong = semua)"))
    lg.add_argument("--status", help=tr("WAITING, SENT, FAILED, UNCERTAIN, CANCELLED"))
    lg.add_argument("--limit", type=int, default=100)
    lg.set_defaults(func=_log)
    t = nsub.add_parser("test", help=tr("kirim pesan uji lewat saluran yang diatur"))
    g = t.add_mutually_exclusive_group(required=True)
    g.add_argument("--email", metavar="ALAMAT")
    g.add_argument("--whatsapp", metavar="NOMOR")
    g.add_argument("--sms", metavar="NOMOR")
    t.set_defaults(func=_test)
    c = nsub.add_parser("consent", help=tr("catat persetujuan dan saluran pemohon untuk satu berkas"))
    c.add_argument("no_permohonan", metavar="NOMOR")
    c.add_argument("--channel", required=True, help="NONE, WHATSAPP, SMS, EMAIL")
    c.add_argument("--as", dest="as_user", required=True, metavar="USERNAME",
                   help=tr("petugas Loket 2 (kata sandi dari baris pertama stdin)"))
    c.set_defaults(func=_consent)
    from app.cli import doctor
    if _doctor_check not in doctor.EXTRA_CHECKS:
        doctor.EXTRA_CHECKS.append(_doctor_check)


def _doctor_check(loket: Any) -> list[Any]:
    """`loket doctor`: messages on but no channel, a token header without its token,
    messages failed or held uncertain. Reads whether a secret is set, never its value."""
    from app import config, secrets
    from app.notify import log
    with loket.Session() as s:
        if not config.get(s, "notify.enabled"):
            return [(tr("Pemberitahuan"), tr("mati (notify.enabled)"), True)]
        def g(key: str) -> Any:
            return config.get(s, key)
        counts = log.counts(s)
        ws, sender = g("workstation.name"), g("notify.send_workstation")
        smtp, wa, header, user = g("notify.smtp.host"), g("notify.wa.url"), g("notify.wa.token_header"), \
            g("notify.smtp.username")
    out: list[tuple[str, str, bool | None]] = []
    if not smtp and not wa:
        out.append((tr("Pemberitahuan"), tr("aktif, tetapi tidak ada saluran (notify.smtp.host / notify.wa.url)"), False))
    else:
        role = tr("workstation ini mengirim") if sender in ("", ws) else tr("dikirim oleh {ws}").format(ws=sender)
        out.append((tr("Pemberitahuan"), ", ".join(x for x in ("SMTP" if smtp else "", "WhatsApp/SMS" if wa else "")
                                                    if x) + f" — {role}", True))
    if sender in ("", ws):
        state = {x.name: x.is_set for x in secrets.status()}
        if wa and header and not state.get("notify.wa.token"):
            out.append((tr("Token gateway"), tr("belum disimpan: loket secret set notify.wa.token"), False))
        if smtp and user and not state.get("notify.smtp.password"):
            out.append((tr("Kata sandi SMTP"), tr("belum disimpan: loket secret set notify.smtp.password"), False))
    bad = counts.get("FAILED", 0) + counts.get("UNCERTAIN", 0)
    out.append((tr("Pesan"), tr("{sent} terkirim, {waiting} menunggu, {bad} gagal/tidak pasti").format(
        sent=counts.get("SENT", 0), waiting=counts.get("WAITING", 0), bad=bad), None if bad else True))
    return out


def _run(args: Any) -> int:
    from app.cli import Failure, open_from
    from app.notify import sender
    loket = open_from(args)
    stopping = []

    def _stop(*_a: Any) -> None:
        stopping.append(True)
    signal.signal(signal.SIGTERM, _stop)

    def _print(rep: Any) -> None:
        if rep.not_sender:
            print(tr("Workstation ini bukan pengirim pemberitahuan (notify.send_workstation = {ws}).")
                  .format(ws=rep.not_sender))
            return
        line = tr("terkirim {sent}, dicoba lagi nanti {retry}, gagal {failed}").format(
            sent=rep.sent, retry=rep.retry, failed=rep.failed)
        if rep.resumed:
            line += tr("; {n} pengiriman terputus dilanjutkan").format(n=rep.resumed)
        if rep.uncertain:
            line += tr("; {n} tidak pasti (lihat loket notify log --status UNCERTAIN)").format(n=rep.uncertain)
        print(line, flush=True)
        for ch, why in rep.down.items():
            print(f"  {ch}: {why}", flush=True)
    try:
        if args.once:
            _print(sender.run_once(loket, limit=args.limit))
        else:
            sender.run_forever(loket, stop=lambda: bool(stopping), on_report=_print)
    except sender.Busy as e:
        raise Failure(str(e)) from None
    return 0


def _log(args: Any) -> int:
    from app.cli import open_from
    from app.notify import log
    loket = open_from(args)
    with loket.Session() as s:
        rows = log.messages(s, no_permohonan=args.no_permohonan, status=(args.status or "").upper() or None,
                            limit=args.limit)
    for r in rows:
        when = (r.sent_at or r.due_at).strftime("%d-%m-%Y %H:%M")
        print(f"{when}  {r.status_label:<14} {r.channel:<8} {r.kind_label:<22} {r.no_permohonan or '-':<22} "
              f"{r.recipient}  ({tr('percobaan')} {r.attempts})")
        if r.last_error and r.status != "SENT":
            print(f"    {r.last_error}")
    if not rows:
        print(tr("Belum ada pesan."))
    return 0


def _test(args: Any) -> int:
    from app.cli import open_from
    from app.notify import log
    loket = open_from(args)
    with loket.Session() as s:
        if args.email:
            ok, answer = log.send_test(s, "EMAIL", args.email)
        elif args.whatsapp:
            ok, answer = log.send_test(s, "WHATSAPP", args.whatsapp)
        else:
            ok, answer = log.send_test(s, "SMS", args.sms)
    print(answer)
    return 0 if ok else 1


def _consent(args: Any) -> int:
    import sys

    from app.cli import open_from
    from app.notify import consent
    from app.services import officers
    password = sys.stdin.readline().rstrip("\r\n")
    loket = open_from(args)
    with loket.Session() as s:
        actor = officers.authenticate(s, args.as_user, password, loket.workstation)
        s.commit()
        pref = consent.set_preference(s, actor, args.no_permohonan, args.channel)
    print(f"{args.no_permohonan}: {pref.channel} {pref.address or ''}".rstrip())
    return 0
