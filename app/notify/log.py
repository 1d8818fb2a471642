"""What was sent, failed or is waiting, as plain rows (dataclasses) for the file's
timeline, the administrator's page and `loket notify log`; saving a template; the
test message of `loket notify test` and the page's "Tes koneksi"."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import audit, config, validation
from app.i18n import tr
from app.notify import channels as C
from app.notify import templates as T
from app.notify.queue import STATUS_LABELS, common_values
from app.services.context import Actor, ServiceError
from db.models import Application, NotifyMessage


@dataclass(frozen=True)
class MessageRow:
    id: str
    kind: str
    kind_label: str
    channel: str
    recipient: str
    status: str
    status_label: str
    due_at: datetime          # naive UTC
    sent_at: datetime | None  # naive UTC
    attempts: int
    last_error: str | None
    body: str
    no_permohonan: str | None
    created_at: datetime


def _row(m: NotifyMessage, no: str | None) -> MessageRow:
    kind = T.KINDS.get(m.kind)
    return MessageRow(m.id, m.kind, tr(kind.label) if kind else m.kind, m.channel, m.recipient, m.status,
                      tr(STATUS_LABELS.get(m.status, m.status)), m.due_at, m.sent_at, m.attempts or 0,
                      m.last_error, m.body, no, m.created_at)


def messages(session: Session, *, no_permohonan: str | None = None, status: str | None = None,
             limit: int = 200, offset: int = 0) -> list[MessageRow]:
    q = select(NotifyMessage, Application.no_permohonan).outerjoin(
        Application, Application.id == NotifyMessage.application_id)
    if no_permohonan:
        from app.services import applications
        app = applications.get(session, no_permohonan)
        q = q.where(NotifyMessage.application_id == app.id)
    if status:
        q = q.where(NotifyMessage.status == status)
    q = q.order_by(NotifyMessage.due_at.desc(), NotifyMessage.id).limit(limit).offset(offset)
    return [_row(m, no) for m, no in session.execute(q)]


def for_application(session: Session, application_id: str) -> list[MessageRow]:
    """The file's messages, oldest first (the timeline merges them with the events)."""
    q = select(NotifyMessage).where(NotifyMessage.application_id == application_id).order_by(
        NotifyMessage.due_at, NotifyMessage.id)
    return [_row(m, None) for m in session.scalars(q)]


def counts(session: Session) -> dict[str, int]:
    return dict(session.execute(select(NotifyMessage.status, func.count()).group_by(NotifyMessage.status)).all())


@dataclass(frozen=True)
class TemplateRow:
    kind: str
    label: str
    text: str
    default: str
    placeholders: dict[str, str]


def templates(session: Session) -> list[TemplateRow]:
    return [TemplateRow(k.key, tr(k.label), config.get(session, f"notify.template.{k.key.lower()}"), k.default,
                        {n: tr(d) for n, d in T.allowed(k.key).items()}) for k in T.KINDS.values()]


def save_template(session: Session, actor: Actor, kind: str, text: str) -> str:
    """Check and store one template; T.TemplateError (a ServiceError for the screen) when refused."""
    actor.require("ADMIN")
    try:
        text = T.check(kind, text)
    except T.TemplateError as e:
        raise ServiceError(str(e)) from None
    try:
        config.set_(session, f"notify.template.{kind.lower()}", text)
        from app.services import office  # an office setting: honoured elsewhere only signed
        office.sign(session, actor, f"notify.template.{kind.lower()}")
        audit.record(session, actor, "notify.template", "setting", f"notify.template.{kind.lower()}", kind)
        session.commit()
    except BaseException:
        session.rollback()
        raise
    return text


def preview(session: Session, kind: str, text: str) -> str:
    """The template filled with sample values (the admin page shows it as typed)."""
    text = T.check(kind, text)
    sample = common_values(session, None)
    sample.update(nama="Siti Aminah", nomor="PMH-2026-00042", jenis_izin="Surat Izin Praktik Dokter",
                  tanda_terima="TT/LOKET2-A/2026/00042", perkiraan_selesai="10 Desember 2026",
                  kekurangan="Fotokopi KTP; Surat rekomendasi organisasi profesi", dokumen=tr("SK izin"),
                  penerima="Siti Aminah", tanggal="12 Desember 2026", nomor_izin="503/0042/DPMPTSP/2026",
                  berlaku_sampai="12 Desember 2031", sisa_hari=30, tiket="ADU/LOKET5-A/2026/00007",
                  tanggapan="Berkas Anda sudah kami proses.")
    return T.render(text, sample)


def send_test(session: Session, channel: str, address: str) -> tuple[bool, str]:
    """Send one test message now (not queued). (accepted, the server's answer or the reason)."""
    try:
        to = validation.email(address) if channel == "EMAIL" else validation.mobile_62(address)
    except validation.Invalid as e:
        return False, e.message
    email, gateway = C.from_settings(session, sms=channel == "SMS")
    text = tr("Pesan uji dari Loket {office}: saluran {channel} berfungsi.").format(
        office=common_values(session, None)["kantor"], channel=channel)
    try:
        if channel == "EMAIL":
            ok = email.send(to, tr("Pesan uji Loket"), text, key="")
        else:
            ok = gateway.send(to, text, key="")
    except C.SendError as e:
        return False, e.message
    finally:
        email.close()
        gateway.close()
    return True, tr("Diterima: {answer}").format(answer=ok.answer)
