"""Counters 4–5 on the office's central database servers: the whole journey runs on
PostgreSQL and MariaDB, and the one-handover-per-application rule is the server's own
unique key, so two workstations can never both hand over the same SK."""
from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app import masterdata, workflow
from app.services import handover, issuance, survey
from db import migrate
from db.engine import make_engine, make_sessionmaker
from db.models import WorkflowEvent
from db.models.documents import Handover
from tests import counter45_helpers as h
from tests.central_db import BACKENDS, scratch_database

pytestmark = pytest.mark.central


@pytest.mark.parametrize("backend", BACKENDS)
def test_journey_and_unique_handover_on_central_servers(backend):
    with scratch_database(backend) as url:
        engine = make_engine(url)
        migrate.upgrade(engine)
        Session = make_sessionmaker(engine)
        try:
            with Session() as s:
                masterdata.load_if_empty(s)
                s.commit()
                no = h.signed(s, tte=True)
                job = issuance.print_sk(s, h.LOKET4, no)
                assert job.pdf[:5] == b"%PDF-"
                survey.record(s, h.LOKET5, no, answers={f"U{i}": 3 for i in range(1, 10)}, age=33,
                              gender="L", education="SMA", occupation="SWASTA")
                handover.hand_over(s, h.LOKET5, no, h.recipient(s, no, id_type="SIM", id_number="123456789012"))
                app = issuance.open_file(s, no)
                evs = list(s.scalars(select(WorkflowEvent).where(WorkflowEvent.application_id == app.id)))
                # MariaDB keeps whole seconds: the order of hand_over then archive still holds
                assert workflow.state_from_events(evs) == app.state == "ARCHIVED"
                app_id, permit = app.id, app.permit_number
            with Session() as other:   # a second workstation's handover reaching the server
                other.add(Handover(application_id=app_id, permit_number=permit + "-X",
                                   recipient_name="Orang Lain", recipient_id_type="KTP",
                                   recipient_id_number="3201014101900001", by_proxy=False,
                                   handed_at=datetime(2026, 11, 26, 3, 0), workstation="LOKET5-B"))
                with pytest.raises(IntegrityError):
                    other.commit()
        finally:
            engine.dispose()
