"""The one operation path: the unit of work (app/unit.py) records what a service
committed as a `Changes` value, refuses to hand out ORM objects, and ui/ops.py
runs calls off the GUI thread and announces the changes on the bus. Plus the one
`LoketError` base every refusal the officer reads derives from."""
from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from app import changes as C
from app import unit
from app.changes import Changes
from app.errors import LoketError
from app.services import issuance
from db.models import Application, Setting
from tests import counter45_helpers as h

pytestmark = pytest.mark.dates


# --- Changes ------------------------------------------------------------------------------
def test_changes_merge_and_ask():
    a = Changes.for_applications("x")
    b = Changes.of(C.SETTINGS)
    both = a | b
    assert both.application("x") and not both.application("y") and both.master
    assert both.ids() == ["x"]
    every = both | Changes.of(C.CALENDAR, C.APPLICATIONS, applications=None)
    assert every.application("y") and every.ids() == []
    assert not C.NOTHING and not C.NOTHING.application("x") and not C.NOTHING.master


# --- the unit of work ---------------------------------------------------------------------
def test_change_records_what_the_service_committed(loket, session):
    no = h.signed(session)
    app_id = session.scalar(select(Application.id).where(Application.no_permohonan == no))
    job, changes = unit.change(loket, lambda s: issuance.print_sk(s, h.LOKET4, no))
    assert job.kind == "PRINT" and changes.touches(C.APPLICATIONS)
    assert changes.application_ids == frozenset({app_id})
    assert not changes.master
    # a reprint writes only a print row: its file is found through the document
    _, changes = unit.change(loket, lambda s: issuance.reprint_sk(s, h.LOKET4, no, "Kertas macet"))
    assert changes.application_ids == frozenset({app_id})


def test_change_keeps_nothing_of_a_rolled_back_write(loket):
    def refused(s):
        s.add(Setting(key="office.name", value='"X"'))
        s.flush()
        s.rollback()
        raise LoketError("ditolak")
    rec = unit.Recorder()
    with pytest.raises(LoketError):
        unit.change(loket, refused, rec)
    assert rec.changes == C.NOTHING


def test_a_setting_is_master_data(loket):
    from app import config
    def save(s):
        config.set_(s, "office.name", "Dinas Uji")
        s.commit()
    _, changes = unit.change(loket, save)
    assert changes.touches(C.SETTINGS) and changes.master and not changes.touches(C.APPLICATIONS)


def test_a_session_the_service_opens_itself_is_recorded_too(loket):
    from app import config

    def service_with_its_own_session(_s):
        with loket.Session() as own:
            config.set_(own, "office.name", "Dinas Uji")
            own.commit()
    _, changes = unit.change(loket, service_with_its_own_session)
    assert changes.touches(C.SETTINGS)
    # outside a unit of work nothing listens
    with loket.Session() as s:
        config.set_(s, "office.name", "Dinas Lain")
        s.commit()


def test_orm_objects_never_leave_the_unit_of_work(loket, session):
    h.signed(session)
    with pytest.raises(TypeError, match="ORM object"):
        unit.query(loket, lambda s: s.scalars(select(Application)).all())
    with pytest.raises(TypeError, match="ORM object"):
        unit.query(loket, lambda s: {"app": s.scalars(select(Application)).first()})
    view = unit.query(loket, lambda s: issuance.view(s, s.scalar(select(Application.no_permohonan))))
    assert view.state == "SIGNED"


@dataclasses.dataclass
class _ScalarView:
    no: str
    due: date | None
    left: int | None = None


@dataclasses.dataclass
class _LooseView:
    no: str
    extra: Any = None


def test_a_view_dataclass_is_walked_unless_its_fields_are_all_declared_scalar(loket, session):
    """A dataclass whose fields are all declared scalar is plain by its type (not walked
    field by field); one with a field of any other type is still looked into."""
    assert unit._scalar_class(_ScalarView) and not unit._scalar_class(_LooseView)
    h.signed(session)
    assert unit.query(loket, lambda s: [_ScalarView("x", None)] * 3) == [_ScalarView("x", None)] * 3
    with pytest.raises(TypeError, match="ORM object"):
        unit.query(loket, lambda s: [_LooseView("x", s.scalars(select(Application)).first())])


# --- one base for refusals ----------------------------------------------------------------
def test_every_refusal_is_a_loket_error():
    from app.auth import WeakPassword
    from app.config import ConfigError
    from app.reports import ReportError
    from app.secrets import SecretError
    from app.services.context import PermissionDenied, ServiceError
    from app.services.ikm import IkmError
    from app.sicantik.client import SicantikError
    from app.validation import Invalid
    from app.workflow import NotAllowed, WorkflowError
    for cls in (ServiceError, PermissionDenied, WorkflowError, NotAllowed, ConfigError, ReportError,
                SecretError, SicantikError, IkmError, WeakPassword):
        assert issubclass(cls, LoketError), cls
    assert issubclass(Invalid, LoketError) and issubclass(Invalid, ValueError)


def test_user_message_reads_any_loket_error(qapp):
    from app.validation import Invalid
    from ui.widgets import user_message
    assert user_message(Invalid("nik", "NIK harus 16 angka.")) == "NIK harus 16 angka."
    assert user_message(LoketError("Berkas tidak ditemukan.")) == "Berkas tidak ditemukan."
    assert "log" in user_message(KeyError("x"))


# --- ui/ops.py ----------------------------------------------------------------------------
def test_ops_change_announces_and_query_delivers(loket, session, qtbot):
    from PySide6.QtWidgets import QWidget

    from ui import ops
    from ui.bus import Bus
    no = h.signed(session)
    bus = Bus()
    page = QWidget()
    page.loket, page.bus = loket, bus
    qtbot.addWidget(page)
    got, seen = [], []
    bus.changed.connect(seen.append)
    ids = []
    bus.applications_changed.connect(ids.append)
    ops.change(page, lambda s: issuance.print_sk(s, h.LOKET4, no), got.append)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert got[0].kind == "PRINT"
    assert seen[0].touches(C.APPLICATIONS) and len(ids[0]) == 1
    views = []
    ops.query(page, lambda s: issuance.view(s, no), views.append)
    qtbot.waitUntil(lambda: bool(views), timeout=5000)
    assert views[0].reprintable


def test_ops_change_refusal_reaches_on_error_and_changes_nothing(loket, session, qtbot):
    from PySide6.QtWidgets import QWidget

    from ui import ops
    from ui.bus import Bus
    no = h.signed(session)
    bus = Bus()
    page = QWidget()
    page.loket, page.bus = loket, bus
    qtbot.addWidget(page)
    errors, seen = [], []
    bus.changed.connect(seen.append)
    # a reprint needs a reason: refused by the service, nothing recorded
    ops.change(page, lambda s: issuance.reprint_sk(s, h.LOKET4, no, ""), on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], LoketError) and str(errors[0])
    assert seen == []
