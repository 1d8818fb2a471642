"""Issue #14, findings 1 and 2: rights come only from an administrator's signed
act. Two (or more) workstations on the real PostgreSQL and MariaDB; the
attacks edit the SQLite file directly, as the findings did."""
from __future__ import annotations

import io
from datetime import timedelta

import pytest
from sqlalchemy import select

from app import auth, clock, config
from app.cli import main
from app.services import officers
from app.services.context import PermissionDenied
from db.models import Officer
from db.models.sync import SyncConflict
from tests.trust_helpers import raw_sql

pytestmark = pytest.mark.central

ADMIN_PW = "Kunci-Kantor-2026!"
BUDI_PW = "Sandi-Loket-Awal-01"
EVIL_PW = "Jahat-Sekali-2026!"


def _officer(st, username):
    with st.Session() as s:
        o = s.scalar(select(Officer).where(Officer.username == username))
        s.expunge_all()
        return o


def _refusals(st, username):
    with st.Session() as s:
        o = s.scalar(select(Officer).where(Officer.username == username))
        return [c.message for c in s.scalars(select(SyncConflict).where(
            SyncConflict.kind == "LOCAL", SyncConflict.row_id == o.id))]


def _office(stations, engine):
    a, b = stations("LOKET2-A", engine), stations("LOKET2-B", engine)
    with a.Session() as s:
        admin = officers.setup_first_admin(s, "admin", "Admin Kantor", None, ADMIN_PW, a.name)
        officers.create(s, admin, "budi", "Budi Santoso", None, ["LOKET2"], BUDI_PW)
    a.sync()
    b.sync()
    return a, b


def _admin_at(st):
    with st.Session() as s:
        return officers.authenticate(s, "admin", ADMIN_PW, st.name)


def test_finding1_raw_sql_rights_do_not_travel(central, stations):
    url, engine = central
    a, b = _office(stations, engine)
    assert _officer(b, "budi").roles == "LOKET2" and _officer(b, "admin").roles == "ADMIN"

    # The finding: make budi an administrator in A's file, sync A then B.
    raw_sql(a, "UPDATE officer SET roles='ADMIN,LOKET2', version=version+1, "
            "updated_at='2026-11-26 03:30:00.000000' WHERE username='budi'")
    a.sync()
    b.sync()
    assert _officer(b, "budi").roles == "LOKET2"
    # Raising the proof version too gets the forged row into the central database
    # (a workstation's login may write officer rows): B still refuses it, and says so.
    raw_sql(a, "UPDATE officer SET proof_version=proof_version+1, version=version+1, "
            "updated_at='2026-11-26 03:31:00.000000' WHERE username='budi'")
    a.sync()
    with engine.connect() as cc:
        assert cc.execute(select(Officer.roles).where(Officer.username == "budi")).scalar() == "ADMIN,LOKET2"
    b.sync()
    assert _officer(b, "budi").roles == "LOKET2"
    assert any("budi" in m and "tanda tangan" in m for m in _refusals(b, "budi"))
    # A new workstation bootstrapping from the (forged) central row does not make him one either.
    c = stations("LOKET2-C", engine)
    c.sync()
    assert "ADMIN" not in _officer(c, "budi").roles
    assert _officer(c, "admin").roles == "ADMIN" and _officer(c, "admin").active

    # Taking over the administrator's password in A's file does not travel.
    forged = auth.hash_password(EVIL_PW)
    raw_sql(a, f"UPDATE officer SET password_hash='{forged}', proof_version=proof_version+1, version=version+1, "
            "updated_at='2026-11-26 03:32:00.000000' WHERE username='admin'")
    a.sync()
    b.sync()
    with b.Session() as s:
        with pytest.raises(officers.AuthError):
            officers.authenticate(s, "admin", EVIL_PW, b.name)
        assert officers.authenticate(s, "admin", ADMIN_PW, b.name).roles == {"ADMIN"}


def test_administrators_acts_travel_and_cannot_be_replayed(central, stations):
    url, engine = central
    a, b = _office(stations, engine)
    # Put A's file right again (the tests above forge it): restore through the admin.
    with a.Session() as s:
        admin = officers.authenticate(s, "admin", ADMIN_PW, a.name)
        officers.set_roles(s, admin, "budi", ["LOKET2", "LOKET5"])
    a.sync()
    b.sync()
    assert _officer(b, "budi").roles == "LOKET2,LOKET5"
    # budi chooses his own password at B (with the old one): it travels without an administrator.
    with b.Session() as s:
        me = officers.authenticate(s, "budi", BUDI_PW, b.name)
        officers.change_password(s, me, "budi", "Pilihan-Sendiri-2026", old_password=BUDI_PW)
    b.sync()
    a.sync()
    with a.Session() as s:
        assert officers.authenticate(s, "budi", "Pilihan-Sendiri-2026", a.name).username == "budi"
    # The first administrator chooses a new password too; a workstation set up now,
    # which never saw the earlier states, still trusts both (the signed chain).
    with a.Session() as s:
        me = officers.authenticate(s, "admin", ADMIN_PW, a.name)
        officers.change_password(s, me, "admin", "Kunci-Kantor-Baru-27", old_password=ADMIN_PW)
    a.sync()
    c = stations("LOKET2-C", engine)
    c.sync()
    with c.Session() as s:
        assert officers.authenticate(s, "budi", "Pilihan-Sendiri-2026", c.name).roles == {"LOKET2", "LOKET5"}
        assert officers.authenticate(s, "admin", "Kunci-Kantor-Baru-27", c.name).roles == {"ADMIN"}
    with a.Session() as s:
        me = officers.authenticate(s, "admin", "Kunci-Kantor-Baru-27", a.name)
        officers.change_password(s, me, "admin", ADMIN_PW, old_password="Kunci-Kantor-Baru-27")
    a.sync()
    b.sync()
    signed_active = _officer(a, "budi")
    with a.Session() as s:
        officers.disable(s, _admin_at(a), "budi")
    a.sync()
    b.sync()
    assert not _officer(b, "budi").active
    # Replaying budi's earlier signed state (active) in A's file is refused at B.
    raw_sql(a, f"UPDATE officer SET active=1, proof_version={signed_active.proof_version}, "
            f"proof_sig='{signed_active.proof_sig}', proof_by='{signed_active.proof_by}', "
            "version=version+1, updated_at='2026-11-26 03:40:00.000000' WHERE username='budi'")
    a.sync()
    b.sync()
    assert not _officer(b, "budi").active
    # The administrator resets his password at B: honoured at A.
    with b.Session() as s:
        officers.enable(s, _admin_at(b), "budi")
        officers.change_password(s, _admin_at(b), "budi", "Sandi-Baru-Dari-Admin")
    b.sync()
    a.sync()
    o = _officer(a, "budi")
    assert o.active and o.must_change_password and auth.verify_password(o.password_hash, "Sandi-Baru-Dari-Admin")


def test_finding2_new_folder_cannot_make_an_administrator(central, stations, tmp_path, monkeypatch, capsys):
    url, engine = central
    a, b = _office(stations, engine)
    # A new folder pointed at the office's central database refuses a "first administrator"…
    c = stations("LOKET2-C", engine)
    with c.Session() as s:
        config.set_(s, "central.url", url)
        s.commit()
        with pytest.raises(PermissionDenied, match="sudah punya 2 petugas"):
            officers.setup_first_admin(s, "evil.admin", "Evil Admin", None, EVIL_PW, c.name)
    monkeypatch.setattr("sys.stdin", io.StringIO(EVIL_PW + "\n"))
    assert main(["--data-dir", str(c.loket.data_dir), "officer", "add", "evil.admin", "--name", "Evil Admin",
                 "--role", "ADMIN"]) == 1
    assert "loket sync --once" in capsys.readouterr().err
    # …and takes its officers from there.
    c.sync()
    with c.Session() as s:
        assert officers.authenticate(s, "admin", ADMIN_PW, c.name).roles == {"ADMIN"}
        assert [o.username for o in officers.list_officers(s)] == ["admin", "budi"]

    # The finding as it was: the folder makes its administrator before it is pointed at the office.
    d = stations("LOKET2-D", engine)
    with d.Session() as s:
        officers.setup_first_admin(s, "evil.admin", "Evil Admin", None, EVIL_PW, d.name)
    d.sync()
    b.sync()
    for st in (b, d):
        evil = _officer(st, "evil.admin")
        assert evil.roles == "" and not evil.active and evil.password_hash is None, st.name
    with d.Session() as s, pytest.raises(officers.AuthError):
        officers.authenticate(s, "evil.admin", EVIL_PW, d.name)
    assert _refusals(b, "evil.admin") and _refusals(d, "evil.admin")


def test_finding6_login_lockout_holds_office_wide(central, stations):
    url, engine = central
    a, b = _office(stations, engine)

    def tick():
        # Audit times are whole seconds, and within one second only one workstation's own
        # order is known (officers.login_state): people at two counters are seconds apart.
        clock.pin(clock.utcnow() + timedelta(seconds=2))

    def wrong(st, n):
        tick()
        with st.Session() as s:
            for i in range(n):
                with pytest.raises(officers.AuthError):
                    officers.authenticate(s, "budi", f"salah-ketik-{i}", st.name)

    wrong(a, 3)                 # three at counter A…
    a.sync()
    b.sync()
    wrong(b, 1)                 # …one at B: not yet five
    tick()
    with b.Session() as s:
        assert officers.authenticate(s, "budi", BUDI_PW, b.name).username == "budi"   # a success resets
    wrong(b, 3)
    b.sync()
    a.sync()
    wrong(a, 2)                 # 3 at B + 2 at A: locked, at A…
    with a.Session() as s, pytest.raises(officers.AuthError, match="dikunci"):
        officers.authenticate(s, "budi", BUDI_PW, a.name)
    a.sync()
    b.sync()
    with b.Session() as s:
        assert officers.get(s, "budi").locked            # the administrator's list at B says so
    with b.Session() as s, pytest.raises(officers.AuthError, match="dikunci"):   # …and at B once synced
        officers.authenticate(s, "budi", BUDI_PW, b.name)
    # An administrator's unlock at B lifts it at A too.
    tick()
    with b.Session() as s:
        officers.unlock(s, _admin_at(b), "budi")
    b.sync()
    a.sync()
    with a.Session() as s:
        assert officers.authenticate(s, "budi", BUDI_PW, a.name).username == "budi"


def test_office_from_before_proofs_is_signed_once(central, stations, monkeypatch, capsys):
    """Officers written by an older Loket carry no proof: `loket officer attest`
    by the first administrator signs them, and a new workstation trusts them."""
    url, engine = central
    a = stations("LOKET2-A", engine)
    with a.Session() as s:
        for name, roles, pw in (("admin", "ADMIN", ADMIN_PW), ("siti", "LOKET2", "Rahasia-Kantor-2026")):
            s.add(Officer(username=name, full_name=name.title() + " Lama", roles=roles,
                          password_hash=auth.hash_password(pw)))
        # a SiCantik value map from before maps carried a proof (migration 0021)
        from db.models.sicantik import SicantikValueMap
        s.add(SicantikValueMap(field="jenis_permohonan", value_key="daftar ulang", value="Daftar Ulang",
                               loket_value="PERPANJANGAN"))
        s.commit()
    a.sync()
    monkeypatch.setattr("sys.stdin", io.StringIO(ADMIN_PW + "\n"))
    assert main(["--data-dir", str(a.loket.data_dir), "officer", "attest", "--as", "admin"]) == 0
    assert "1 petugas ditandatangani" in capsys.readouterr().out
    a.sync()
    c = stations("LOKET2-C", engine)
    c.sync()
    with c.Session() as s:
        assert officers.authenticate(s, "admin", ADMIN_PW, c.name).roles == {"ADMIN"}
        assert officers.authenticate(s, "siti", "Rahasia-Kantor-2026", c.name).roles == {"LOKET2"}
        from app.sicantik import mapping
        assert mapping.value_map(s)[("jenis_permohonan", "daftar ulang")] == "PERPANJANGAN"
