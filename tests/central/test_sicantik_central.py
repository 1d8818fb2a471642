"""Counter 2 on a second workstation: a file another counter already imported
(and synced) opens from the central database, never imported twice from SiCantik."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from app import config
from app.services import intake
from app.sicantik import importer
from db.models import Application
from tests.conftest import make_actor
from tests.fake_sicantik import application_rows, configure, fast_client

pytestmark = pytest.mark.central


def test_second_counter_opens_the_central_copy_not_a_new_import(central, stations, fake):
    url, engine = central
    fake.rows = application_rows(2)
    a = stations("LOKET2-A", engine)
    configure(a.loket, fake)
    got = importer.lookup_live(a.loket, "SC-2026-00001", client=fast_client(a.loket))
    a.sync()
    b = stations("LOKET2-B", engine)
    configure(b.loket, fake)
    with b.Session() as s:
        config.set_(s, "central.url", url)
        s.commit()
    asked = len(fake.data_requests())
    officer = make_actor("LOKET2", workstation="LOKET2-B")
    with b.Session() as s:
        opened = intake.open_file(s, officer, "SC-2026-00001")
        assert opened.id == got.id                         # the same file, from the central database
        assert len(fake.data_requests()) == asked          # SiCantik was not asked
        # A number the office has never seen still comes from SiCantik.
        other = intake.open_file(s, officer, "SC-2026-00002")
        assert other.no_permohonan == "SC-2026-00002" and len(fake.data_requests()) == asked + 1
        assert s.scalars(select(Application.no_permohonan).order_by(Application.no_permohonan)).all() == \
            ["SC-2026-00001", "SC-2026-00002"]
