"""Shared set-up for the back-office tests: files received at counter 2 at a
chosen time (as the intake service leaves them), officers of each role, and
PDFs standing in for what the electronic-signature system returns."""
from __future__ import annotations

import io
from datetime import datetime, timedelta

from sqlalchemy import select

from app import workflow
from app.services import applications
from app.services.context import Actor
from db.models import PermitType
from tests.conftest import make_actor

WIB = timedelta(hours=7)


def officer(role: str, name: str, unit: str | None = None, ws: str | None = None) -> Actor:
    """A named officer (tests/conftest.make_actor), one id per person so two analysts differ."""
    return make_actor(role, name=name, workstation=ws or f"{role}-1", unit=unit,
                      id=f"officer-{name.lower().replace(' ', '-')}", nip="197001012000031001")


ANALIS = officer(workflow.BACKOFFICE, "Rina Analis", ws="BO-1")
ANALIS2 = officer(workflow.BACKOFFICE, "Budi Analis", ws="BO-2")
KASI = officer(workflow.KASI, "Sari Kasi", ws="KASI-1")
KABID = officer(workflow.KABID, "Dedi Kabid", ws="KABID-1")
KADIN = officer(workflow.KADIN, "Hj. Nur Kadis", ws="KADIS-1")
LOKET2 = officer(workflow.LOKET2, "Ani Loket", ws="LOKET2-A")


def utc(local: datetime) -> datetime:
    """Office time (WIB) → stored naive UTC."""
    return local - WIB


def permit_type(session, code: str) -> PermitType:
    return session.scalar(select(PermitType).where(PermitType.code == code))


def received_file(session, code: str, no: str, received_local: datetime, name: str = "Siti Aminah",
                  nik: str = "3201014107900001"):
    """A file as counter 2 leaves it, received at this office time (tests/factory.py, on a clock
    pinned to that moment: receipt, checks, due date by the service itself)."""
    from app import clock
    from tests import factory
    at = utc(received_local)
    with clock.pinned(at):
        factory.file_in(session, "RECEIVED", code, name=name, nik=nik, no=no, walk_in=True,
                        submitted_at=at - timedelta(minutes=30))
    app = applications.get(session, no)
    # the pinned clock ticked on during the walk; the tests count step minutes from the very instant
    for ev in applications.events(session, app.id) or []:
        ev.at = at if ev.action == "receive" else at - timedelta(minutes=30)
    app.received_at = at
    app.state_since = at
    session.commit()
    return app


def pdf_with_text(*lines: str, pages: int = 1) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for _ in range(pages):
        y = 780
        for line in lines:
            c.drawString(72, y, line)
            y -= 18
        c.showPage()
    c.save()
    return buf.getvalue()


def technical_for(pt: PermitType) -> dict:
    return {f: f"isi {i}" for i, f in enumerate(pt.technical_fields or [], 1)}
