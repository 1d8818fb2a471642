"""The same person (NIK) and company (NIB) registered at two counters while
both are offline: no shared key by design (README, "Pemohon dan perusahaan"),
so nothing is refused and nothing lost — both files, each with the applicant
and company as declared on it, on every workstation and the central database,
and a search by NIK finds both everywhere. Real PostgreSQL and MariaDB."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from app.services import intake
from db.models import Applicant, Application, Company
from tests.central.test_sync_cases import assert_same_rows
from tests.conftest import make_actor
from tests.intake_helpers import NIK_P, form

pytestmark = pytest.mark.central

NIB = "1234567890123"


def test_one_nik_and_nib_at_two_offline_counters_gives_two_whole_files_everywhere(central, stations):
    url, engine = central
    a, b = stations("LOKET2-A", engine), stations("LOKET2-B", engine)
    a.sync()
    b.sync()
    made = []
    for st, addr in ((a, "Jl. Margonda Raya No. 100"), (b, "Jl. Nusantara No. 7")):
        with st.Session() as s:
            actor = make_actor("LOKET2", workstation=st.name)
            app = intake.register_walkin(s, actor, form(
                address=addr, applicant_type="PERUSAHAAN", company_name="PT Maju Jaya", company_nib=NIB))
            made.append(app.id)
    for st in (a, b, a):
        res = st.sync()
        assert res.refused == 0 and res.push.rejected == []
    assert_same_rows(engine, a, b, tables=("applicant", "company", "application"))
    for st in (a, b):
        with st.Session() as s:
            assert {r.id for r in intake.find(s, NIK_P)} == set(made)
            # Each file keeps the address declared on it.
            addrs = {s.get(Application, i).applicant.address for i in made}
            assert addrs == {"Jl. Margonda Raya No. 100", "Jl. Nusantara No. 7"}
            assert len(s.scalars(select(Applicant).where(Applicant.nik == NIK_P)).all()) == 2
            assert len(s.scalars(select(Company).where(Company.nib == NIB)).all()) == 2


def test_demo_office_settings_fill_unset_keys_only():
    """The demo's own office settings travel unsigned to a workstation that has no
    value for the key; never over a value it holds, never another value."""
    import json

    from app.demo import OFFICE_SETTINGS
    from app.sync.trust import _demo_setting
    key, value = next(iter(OFFICE_SETTINGS.items()))
    demo_row = {"key": key, "value": json.dumps(value), "scope": "OFFICE"}
    assert _demo_setting(demo_row, None)
    assert _demo_setting(demo_row, {"key": key, "value": json.dumps("")})
    assert not _demo_setting(demo_row, {"key": key, "value": json.dumps("Nilai kantor sungguhan")})
    assert not _demo_setting(dict(demo_row, value=json.dumps("Orang Lain")), None)
    assert not _demo_setting({"key": "numbering.permit", "value": json.dumps("X/{seq}")}, None)
