"""loket act NOMOR AKSI --as USERNAME [--set KEY=VALUE ...]

Every workflow action of app/workflow.py ACTIONS from the command line, through
the same services as the screens (roles, checks, audit, one transaction), so an
office can script a correction and the tests can drive real flows. The
password is read from the first line of standard input, never from argv.
Success: exit 0 and one line. Refusal: exit 1 with the officer's message, and
nothing changed.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.services.context import Actor

import sys
from argparse import Namespace
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from app.i18n import tr

YES = ("1", "ya", "yes", "true", "y")


def register(sub: Any) -> None:
    from app import workflow
    p = sub.add_parser("act", help=tr("lakukan satu tindakan alur kerja pada satu berkas (kata sandi dari stdin)"))
    p.add_argument("number", metavar="NOMOR", help=tr("nomor permohonan, nomor tanda terima atau id"))
    p.add_argument("action", metavar="AKSI", help=tr("salah satu dari: {keys}").format(
        keys=", ".join(workflow.ACTIONS)))
    p.add_argument("--as", dest="username", required=True, metavar="USERNAME", help=tr("petugas yang bertindak"))
    p.add_argument("--set", dest="sets", action="append", default=[], metavar="KEY=VALUE",
                   help=tr("isian tindakan, mis. result=MEMENUHI, signer_name=…, reason=…, teknis.NAMA=…"))
    p.set_defaults(func=_act)


def _pairs(items: list[str]) -> dict[str, str]:
    from app.cli import Failure
    out = {}
    for it in items:
        key, sep, value = it.partition("=")
        if not sep or not key.strip():
            raise Failure(tr("--set harus berbentuk KUNCI=NILAI: {v}").format(v=it))
        out[key.strip()] = value
    return out


def _list(v: str | None) -> list[str]:
    return [x.strip() for x in (v or "").split(";") if x.strip()]


def _items(session: Session, app: Any, sets: dict[str, Any], complete: bool) -> Any:
    from app.services import intake
    items = intake.checklist(session, app)
    if complete:
        for it in items:
            if it.present is None or it.mandatory:
                it.present = True
            if it.mandatory and it.original_needed:
                it.original = True   # "complete": the originals were shown too
    return items


def _run(session: Session, actor: Actor, app: Any, action: str, sets: dict[str, Any]) -> None:
    """Dispatch to the service the screens use for this action."""
    from app.cli import Failure
    from app.services import backoffice, handover, intake, issuance, survey
    g = sets.get
    if action == "receive":
        intake.accept(session, actor, app.id, _items(session, app, sets, (g("complete") or "").lower() in YES))
    elif action == "return":
        intake.return_file(session, actor, app.id, _items(session, app, sets, False), reason=g("reason", ""))
    elif action == "verify":
        tech = {k[len("teknis."):]: v for k, v in sets.items() if k.startswith("teknis.")}
        backoffice.verify(session, actor, app.id, technical=tech, result=g("result", "MEMENUHI"), note=g("note", ""))
    elif action == "schedule_review":
        backoffice.schedule_review(session, actor, app.id, scheduled_at=datetime.fromisoformat(g("scheduled_at", "")),
                                   kind=g("kind", ""), team=_list(g("team")), place=g("place", ""),
                                   note=g("note", ""))
    elif action == "record_review":
        backoffice.record_review(session, actor, app.id, recommendation=g("recommendation", ""),
                                 bap_number=g("bap_number", ""), bap_date=date.fromisoformat(g("bap_date", "")),
                                 notes=g("notes", ""))
    elif action == "draft":
        backoffice.draft(session, actor, app.id, outcome=g("outcome", "IZIN"), conditions=_list(g("conditions")),
                         reasons=_list(g("reasons")), note=g("note", ""))
    elif action in ("kasi_approve", "kabid_approve"):
        backoffice.approve(session, actor, app.id, note=g("note", ""))
    elif action in ("kasi_send_back", "kabid_send_back", "kadin_send_back"):
        backoffice.send_back(session, actor, app.id, reason=g("reason", ""))
    elif action == "sign":
        pdf = None
        if path := g("pdf"):
            with open(path, "rb") as f:
                pdf = f.read()
        backoffice.sign(session, actor, app.id, signed_pdf=pdf, filename=g("pdf", ""),
                        signer_name=None if pdf else g("signer_name"))
    elif action == "print_sk":
        job = issuance.print_sk(session, actor, app.no_permohonan, int(g("copies", "1")))
        if out := g("output"):
            with open(out, "wb") as f:
                f.write(job.pdf)
    elif action == "survey":
        answers = {k: int(v) for k, v in sets.items() if k.startswith("U") and k[1:].isdigit()}
        survey.record(session, actor, app.no_permohonan, answers=answers, age=g("age"), gender=g("gender", ""),
                      education=g("education", ""), occupation=g("occupation", ""), suggestion=g("suggestion"))
    elif action == "decline_survey":
        survey.decline(session, actor, app.no_permohonan, g("reason", ""))
    elif action == "hand_over":
        proxy = (g("by_proxy") or "").lower() in YES
        handover.hand_over(session, actor, app.no_permohonan, handover.Recipient(
            g("recipient_name", ""), g("recipient_id_type", "KTP"), g("recipient_id_number", ""), proxy,
            g("proxy_letter_number"),
            date.fromisoformat(letter_date) if (letter_date := g("proxy_letter_date")) else None,
            receipt_proof=g("receipt_proof", ""), receipt_lost_reason=g("receipt_lost_reason", "")))
    elif action == "archive":
        raise Failure(tr("Berkas diarsipkan bersama penyerahan SK (hand_over); tidak ada tindakan arsip terpisah."))
    elif action in ("submit_online", "register_walkin"):
        raise Failure(tr("“{a}” membuat permohonan baru: gunakan loket sicantik pull / layar Loket 2.").format(a=action))
    else:   # an action added to the table later without a line here
        raise Failure(tr("Tindakan {a} belum dapat dilakukan dari baris perintah.").format(a=action))


def _act(args: Namespace) -> int:
    from app import workflow
    from app.cli import Failure, open_from
    from app.services import applications, officers
    if args.action not in workflow.ACTIONS:
        raise Failure(tr("Tindakan tidak dikenal: {a}. Pilihan: {keys}").format(
            a=args.action, keys=", ".join(workflow.ACTIONS)))
    sets = _pairs(args.sets)
    password = sys.stdin.readline().rstrip("\r\n")
    loket = open_from(args)
    with loket.Session() as s:
        actor = officers.authenticate(s, args.username, password, loket.workstation)
        s.commit()   # the login itself (last login, a reset failure count)
        app = applications.get(s, args.number)
        before = app.state
        try:
            _run(s, actor, app, args.action, sets)
        except BaseException as e:
            s.rollback()
            from app.errors import LoketError
            if isinstance(e, (ValueError, OSError)) and not isinstance(e, LoketError):
                raise Failure(tr("Isian tidak sah untuk {a}: {e}").format(a=args.action, e=e)) from None
            raise
        s.expire_all()
        app = applications.get(s, app.id)
        label = tr(workflow.ACTIONS[args.action].label)
        extra = ""
        if args.action == "sign" and app.permit_number:
            extra = tr(", nomor {n}").format(n=app.permit_number)
        elif args.action == "receive" and app.receipt_number:
            extra = tr(", tanda terima {n}").format(n=app.receipt_number)
        print(tr("{no}: {label} — {before} → {state}{extra}").format(
            no=app.no_permohonan, label=label, before=before, state=app.state, extra=extra))
    return 0
