"""Sending what is due: `loket notify run` and the GUI's background runner.

One run holds `notify.lock` in the data folder, so on this workstation exactly one
process claims, sends and records. Per message:

1. claim: status SENDING, attempts + 1 — committed before anything leaves;
2. send, with the message's idempotency key;
3. record: SENT (with the server's answer), or WAITING again with the next attempt
   time (backoff: `notify.retry_seconds` doubling per attempt, at most 6 hours), or
   FAILED (refused for good, or `notify.max_attempts` used up).

The record of one message and the claim of the next share a commit (a commit with
synchronous=FULL costs a disk flush, the larger part of a message's time). Where the
gateway deduplicates by key (`notify.wa.idempotency_header` set), CLAIM_KEYED
messages are claimed per commit: a crash makes all of them go again with their keys.

A row found SENDING at the start of a run was interrupted between 1 and 3 (a crash,
SIGKILL, power cut): it is sent again with the same key (`notify.resend_uncertain`,
the default) or held as UNCERTAIN for an administrator. A channel whose server is
down (timeout, refused connection, 5xx, an HTML page) is not tried again in the same
pass: one timeout per pass, however many messages wait for it.
"""
from __future__ import annotations

import logging
import time as _time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import CursorResult, select, update

from app import config
from app.i18n import tr
from app.notify import channels as C
from app.notify import consent
from app.notify.queue import FAILED, SENDING, SENT, UNCERTAIN, WAITING
from app.runlock import FolderLock
from db.base import utcnow
from db.models import NotifyMessage

if TYPE_CHECKING:
    from sqlalchemy.orm import Session
    from sqlalchemy.sql.elements import ColumnElement

    from app.runtime import Loket
    from app.services.context import Actor

log = logging.getLogger("loket.notify")

MAX_BACKOFF = timedelta(hours=6)
BATCH = 200
CLAIM_KEYED = 25      # messages claimed in one commit where the server deduplicates by key


class Busy(Exception):
    pass


@dataclass
class Report:
    sent: int = 0
    retry: int = 0
    failed: int = 0
    uncertain: int = 0
    resumed: int = 0
    down: dict[str, str] = field(default_factory=dict)   # channel → why it was skipped this pass
    not_sender: str | None = None                        # the workstation that sends, when not this one
    next_due: datetime | None = None

    @property
    def attempted(self) -> int:
        return self.sent + self.retry + self.failed


class RunLock(FolderLock):
    """One sender per data folder (the GUI's runner and `loket notify run`)."""

    filename = "notify.lock"

    def busy(self) -> Exception:
        return Busy(tr("Pengiriman pemberitahuan lain sedang berjalan untuk folder data ini."))


def backoff(attempts: int, first_seconds: int) -> timedelta:
    seconds = max(1, first_seconds) * (2 ** max(0, attempts - 1))
    return min(timedelta(seconds=seconds), MAX_BACKOFF)


def _mine(ws: str, sender: str) -> ColumnElement[bool] | None:
    """Which rows this workstation sends: all (it is the sender) or its own."""
    return None if sender else NotifyMessage.created_ws == ws


def run_once(loket: Loket, *, limit: int | None = None, now: datetime | None = None,
             channel_factory: Callable[[Session], tuple[C.Email, C.Gateway]] | None = None,
             stop: Callable[[], bool] | None = None) -> Report:
    """Send what is due now. Returns what happened; never raises for a server's failure."""
    rep = Report()
    with RunLock(loket.data_dir):
        with loket.Session() as s:
            ws = config.get(s, "workstation.name")
            sender = config.get(s, "notify.send_workstation").strip()
            if sender and sender != ws:
                rep.not_sender = sender
                return rep
            resend = bool(config.get(s, "notify.resend_uncertain"))
            first = int(config.get(s, "notify.retry_seconds"))
            max_attempts = max(1, int(config.get(s, "notify.max_attempts")))
            email, gateway = (channel_factory or C.from_settings)(s)
            sms_gateway = C.from_settings(s, sms=True)[1] if (channel_factory is None and
                                                               config.get(s, "notify.sms.url")) else gateway
            mine = _mine(ws, sender)
            # interrupted attempts of an earlier run (this run holds the lock: nobody else is sending)
            q = update(NotifyMessage).where(NotifyMessage.status == SENDING)
            if mine is not None:
                q = q.where(mine)
            # an UPDATE's result is a CursorResult (rowcount); Session.execute is typed as the generic Result
            res = cast(CursorResult[Any], s.execute(q.values(
                status=WAITING if resend else UNCERTAIN, updated_at=utcnow(), version=NotifyMessage.version + 1,
                last_error=tr("Pengiriman sebelumnya terputus; dikirim ulang dengan kunci yang sama") if resend
                else tr("Pengiriman terputus; belum pasti sampai. Kirim ulang atau batalkan dari halaman admin."))
                .execution_options(synchronize_session=False)))
            s.commit()
            if resend:
                rep.resumed = res.rowcount or 0
            else:
                rep.uncertain = res.rowcount or 0
        try:
            _send_due(loket, rep, ws, mine, email, gateway, sms_gateway, first, max_attempts, limit, now, stop)
        finally:
            email.close()
            gateway.close()
            if sms_gateway is not gateway:
                sms_gateway.close()
        with loket.Session() as s:
            due = select(NotifyMessage.due_at).where(NotifyMessage.status == WAITING)
            if mine is not None:
                due = due.where(mine)
            rep.next_due = s.scalar(due.order_by(NotifyMessage.due_at).limit(1))
    return rep


def _chunks(batch: list[NotifyMessage], keyed: set[str]) -> list[list[NotifyMessage]]:
    """Messages claimed together. A channel whose server deduplicates by the idempotency
    key (`keyed`) takes CLAIM_KEYED at a time: after a crash all of them are resent with
    their keys, and the server drops the copies. Every other message is claimed alone, so
    a crash leaves exactly the one that was in flight uncertain."""
    out: list[list[NotifyMessage]] = []
    for m in batch:
        if m.channel in keyed and out and out[-1][0].channel == m.channel and len(out[-1]) < CLAIM_KEYED:
            out[-1].append(m)
        else:
            out.append([m])
    return out


def _send_due(loket: Loket, rep: Report, ws: str, mine: ColumnElement[bool] | None, email: C.Email,
              gateway: C.Gateway, sms_gateway: C.Gateway, first: int, max_attempts: int,
              limit: int | None, now: datetime | None, stop: Callable[[], bool] | None) -> None:
    done = 0
    skip_ids: set[str] = set()
    keyed = {ch for ch, g in ((consent.WHATSAPP, gateway), (consent.SMS, sms_gateway)) if g.idempotency_header}
    while limit is None or done < limit:
        at = now or utcnow()
        # the rows are used after each commit: no reload of every attribute per message
        with loket.Session(expire_on_commit=False) as s:
            q = select(NotifyMessage).where(NotifyMessage.status == WAITING, NotifyMessage.due_at <= at)
            if mine is not None:
                q = q.where(mine)
            if rep.down:
                q = q.where(NotifyMessage.channel.not_in(list(rep.down)))
            if skip_ids:
                q = q.where(NotifyMessage.id.not_in(list(skip_ids)))
            size = BATCH if limit is None else max(1, min(BATCH, limit - done))
            batch = list(s.scalars(q.order_by(NotifyMessage.due_at, NotifyMessage.id).limit(size)))
            if not batch:
                return
            try:
                for chunk in _chunks(batch, keyed):
                    if stop is not None and stop():
                        return
                    chunk = [m for m in chunk if m.channel not in rep.down]
                    if not chunk:
                        continue
                    # 1. claim, durably, before anything leaves — in the same commit as the
                    #    results of the messages before (one commit per message, not two)
                    for m in chunk:
                        m.status, m.attempts = SENDING, (m.attempts or 0) + 1
                        m.last_attempt_at, m.updated_at, m.updated_ws = utcnow(), utcnow(), ws
                        m.version = (m.version or 0) + 1
                    s.commit()
                    for i, m in enumerate(chunk):
                        if m.channel in rep.down:     # went down inside this chunk: never attempted
                            for rest in chunk[i:]:
                                rest.status, rest.attempts = WAITING, rest.attempts - 1
                                rest.updated_at, rest.version = utcnow(), rest.version + 1
                                skip_ids.add(rest.id)
                            break
                        _send_one(m, rep, ws, email, gateway, sms_gateway, first, max_attempts)
                        done += 1
            finally:
                # 3. record what went out (and what did not) — also after an exception or a stop
                s.commit()


def _send_one(m: NotifyMessage, rep: Report, ws: str, email: C.Email, gateway: C.Gateway, sms_gateway: C.Gateway,
              first: int,
              max_attempts: int) -> None:
    """2. send; the result is set on the row, committed with the next claim."""
    try:
        if m.channel == consent.EMAIL:
            ok = email.send(m.recipient, m.subject or "", m.body, m.key)
        else:
            ok = (sms_gateway if m.channel == consent.SMS else gateway).send(m.recipient, m.body, m.key)
    except C.SendError as e:
        _failed(m, e, rep, first, max_attempts)
        if e.down:
            rep.down.setdefault(m.channel, e.message)
    except Exception as e:   # a bug or an odd answer must not leave the row SENDING
        log.exception("notify: sending %s failed", m.id)
        _failed(m, C.SendError(f"{type(e).__name__}", temporary=True), rep, first, max_attempts)
    else:
        m.status, m.sent_at, m.answer, m.sender_ws = SENT, utcnow(), ok.answer[:200], ws
        m.last_error = None
        rep.sent += 1
        log.info("notify: %s sent via %s (%s)", m.id, m.channel, m.kind)
    m.updated_at = utcnow()
    m.version += 1


def _failed(m: NotifyMessage, e: C.SendError, rep: Report, first: int, max_attempts: int) -> None:
    m.last_error = e.message[:500]
    if not e.temporary or m.attempts >= max_attempts:
        m.status = FAILED
        rep.failed += 1
    else:
        m.status = WAITING
        m.due_at = utcnow() + backoff(m.attempts, first)
        rep.retry += 1
    log.warning("notify: %s not sent (attempt %s): %s", m.id, m.attempts, m.last_error)


def run_if_enabled(loket: Loket) -> Report | None:
    """The GUI's pass: nothing at all while the office has not turned messages on."""
    with loket.Session() as s:
        if not config.get(s, "notify.enabled"):
            return None
    return run_once(loket)


def run_forever(loket: Loket, *, idle_seconds: float = 30, stop: Callable[[], bool] | None = None,
                on_report: Callable[[Report], None] | None = None) -> None:
    """`loket notify run` without --once: a pass, then sleep until the next message is
    due (at most `idle_seconds`, so messages queued by counters meanwhile go out soon)."""
    while not (stop and stop()):
        rep = run_once(loket, stop=stop)
        if on_report:
            on_report(rep)
        wait = idle_seconds
        if rep.next_due is not None:
            wait = min(wait, max(0.2, (rep.next_due - utcnow()).total_seconds()))
        if rep.down:
            wait = idle_seconds
        end = _time.monotonic() + wait
        while _time.monotonic() < end and not (stop and stop()):
            _time.sleep(min(0.5, end - _time.monotonic()) if end > _time.monotonic() else 0)


def resend(session: Session, actor: Actor, message_id: str) -> None:
    """An administrator sends a FAILED/UNCERTAIN/CANCELLED message again (same key)."""
    actor.require("ADMIN")
    from app import audit
    from app.services.context import ServiceError
    m = session.get(NotifyMessage, message_id)
    if m is None:
        raise ServiceError(tr("Pesan tidak ditemukan."))
    if m.status in (SENT, WAITING, SENDING):
        raise ServiceError(tr("Pesan ini berstatus {s}; tidak perlu dikirim ulang.").format(s=m.status))
    m.status, m.due_at, m.attempts = WAITING, utcnow(), 0
    m.updated_at, m.updated_by, m.updated_ws = utcnow(), actor.officer_id, actor.workstation
    m.version += 1
    audit.record(session, actor, "notify.resend", "notify_message", m.id, f"{m.kind} {m.channel}")
    session.commit()


def cancel(session: Session, actor: Actor, message_id: str) -> None:
    actor.require("ADMIN")
    from app import audit
    from app.notify.queue import CANCELLED
    from app.services.context import ServiceError
    m = session.get(NotifyMessage, message_id)
    if m is None:
        raise ServiceError(tr("Pesan tidak ditemukan."))
    if m.status in (SENT, SENDING):
        raise ServiceError(tr("Pesan ini sudah/ sedang dikirim; tidak dapat dibatalkan."))
    m.status = CANCELLED
    m.updated_at, m.updated_by, m.updated_ws = utcnow(), actor.officer_id, actor.workstation
    m.version += 1
    audit.record(session, actor, "notify.cancel", "notify_message", m.id, f"{m.kind} {m.channel}")
    session.commit()
