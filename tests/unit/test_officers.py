"""Officers: first administrator, management by administrators only, password
policy, login with lockout that survives a restart."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from app import audit, auth
from app.services import officers
from app.services.context import PermissionDenied, ServiceError
from app.validation import Invalid
from db.base import utcnow
from db.models import AuditRecord, Officer

# Counts working days or dates: rerun by `make test-dates` under other real dates.
pytestmark = pytest.mark.dates

WS = "LOKET2-A"
ADMIN_PW = "Kantor-Pusat-2026"
BUDI_PW = "Loket2-Pertama!"


def _admin(session):
    return officers.setup_first_admin(session, "siti", "Siti Rahmawati", "198503122010012003",
                                      ADMIN_PW, WS)


def _snapshot(session):
    session.expire_all()
    officers_ = [(o.username, o.roles, o.active, o.password_hash, o.version)
                 for o in session.scalars(select(Officer).order_by(Officer.username))]
    return officers_, session.scalar(select(func.count()).select_from(AuditRecord))


def test_first_start_creates_admin_once(session):
    assert officers.needs_setup(session)
    actor = _admin(session)
    assert actor.roles == frozenset({"ADMIN"}) and actor.username == "siti"
    assert not officers.needs_setup(session)
    before = _snapshot(session)
    with pytest.raises(PermissionDenied, match="sudah dibuat"):
        officers.setup_first_admin(session, "eve", "Eve Penyusup", None, "Jalan-Belakang-99", WS)
    assert _snapshot(session) == before
    (rec,) = audit.search(session, actor, action="officer.setup")
    assert "siti" in rec.summary and rec.officer_id == actor.officer_id


def test_first_officer_must_be_admin(session):
    with pytest.raises(Invalid, match="Administrator"):
        officers.setup_first_admin(session, "budi", "Budi Santoso", None, BUDI_PW, WS, roles=("LOKET2",))
    assert officers.count(session) == 0


def test_admin_creates_counter2_officer(session):
    admin = _admin(session)
    row = officers.create(session, admin, "Budi.Santoso", "  Budi   Santoso ", "199001012020121001",
                          ["loket2"], BUDI_PW, counter="Loket 2", unit="Pelayanan")
    assert (row.username, row.full_name, row.roles, row.counter) == (
        "budi.santoso", "Budi Santoso", ("LOKET2",), "Loket 2")
    assert row.must_change_password
    budi = officers.authenticate(session, "budi.santoso", BUDI_PW, "LOKET2-B")
    assert budi.roles == frozenset({"LOKET2"}) and budi.workstation == "LOKET2-B"
    assert budi.extra.get("must_change_password")
    assert [e.action for e in audit.search(session, admin)] == ["officer.create", "officer.setup"] or \
        {e.action for e in audit.search(session, admin)} == {"login", "officer.create", "officer.setup"}
    (login,) = audit.search(session, admin, action="login")
    assert (login.workstation, login.officer_name) == ("LOKET2-B", "Budi Santoso")


@pytest.mark.parametrize("roles", [("LOKET2",), ("KADIN",), ("LOKET5", "KASI")])
def test_only_admin_manages_officers(session, roles):
    admin = _admin(session)
    officers.create(session, admin, "budi", "Budi Santoso", None, ["LOKET2"], BUDI_PW)
    officers.create(session, admin, "clerk", "Petugas Biasa", None, list(roles), "Petugas-Biasa-77")
    clerk = officers.authenticate(session, "clerk", "Petugas-Biasa-77", WS)
    before = _snapshot(session)
    for call in (
        lambda: officers.create(session, clerk, "eve", "Eve Penyusup", None, ["ADMIN"], "Jalan-Belakang-99"),
        lambda: officers.disable(session, clerk, "budi"),
        lambda: officers.enable(session, clerk, "budi"),
        lambda: officers.set_roles(session, clerk, "clerk", ["ADMIN"]),
        lambda: officers.unlock(session, clerk, "budi"),
        lambda: officers.update_details(session, clerk, "budi", counter="Loket 5"),
        lambda: officers.change_password(session, clerk, "budi", "Dicuri-Orang-Lain-1"),
        lambda: audit.search(session, clerk),
    ):
        with pytest.raises(PermissionDenied, match="tidak berwenang"):
            call()
        assert _snapshot(session) == before


def test_admin_right_is_checked_against_the_database(session, actor_factory):
    admin = _admin(session)
    officers.create(session, admin, "budi", "Budi Santoso", None, ["LOKET2"], BUDI_PW)
    forged = actor_factory("ADMIN")       # an Actor that says ADMIN but is no officer
    with pytest.raises(PermissionDenied):
        officers.disable(session, forged, "budi")
    officers.create(session, admin, "wati", "Wati Admin Dua", None, ["ADMIN"], "Admin-Kedua-2026")
    wati = officers.authenticate(session, "wati", "Admin-Kedua-2026", WS)
    officers.disable(session, admin, "wati")
    # wati's window still holds her Actor with ADMIN; the service refuses anyway.
    with pytest.raises(PermissionDenied):
        officers.disable(session, wati, "budi")
    assert officers.get(session, "budi").active


@pytest.mark.parametrize("username", ["ab", "1budi", "budi santoso", "budi@kantor", "b" * 33, ""])
def test_username_rules(session, username):
    admin = _admin(session)
    with pytest.raises(Invalid) as e:
        officers.create(session, admin, username, "Budi Santoso", None, ["LOKET2"], BUDI_PW)
    assert e.value.field == "username"
    assert officers.count(session) == 1


@pytest.mark.parametrize("nip,message", [
    ("1990010120201210", "18 digit"),
    ("19900101202012100A", "angka"),
    ("199013012020121001", "tanggal lahir"),   # month 13
    ("199001012020131001", "pengangkatan"),    # appointment month 13
    ("199001012000121001", "pengangkatan"),    # appointed at ten
    ("199001012020123001", "jenis kelamin"),
])
def test_nip_rules(session, nip, message):
    admin = _admin(session)
    with pytest.raises(Invalid, match=message):
        officers.create(session, admin, "budi", "Budi Santoso", nip, ["LOKET2"], BUDI_PW)
    assert officers.count(session) == 1


def test_nip_is_optional_but_unique(session):
    admin = _admin(session)
    assert officers.create(session, admin, "honorer", "Tenaga Honorer", "", ["LOKET2"], BUDI_PW).nip is None
    with pytest.raises(Invalid, match="sudah terdaftar"):
        officers.create(session, admin, "kembar", "Nip Kembar", "198503122010012003", ["LOKET2"], BUDI_PW)


@pytest.mark.parametrize("password,message", [
    ("Pendek-1", "minimal 10"),
    ("budi-santoso-ok", "nama pengguna"),
    ("1234567890", "umum"),
    ("aaaaaaaaaaaa", "sama"),
    ("198503122010", "NIP|angka"),
    ("x" * 129, "maksimal"),
])
def test_password_policy(session, password, message):
    admin = _admin(session)
    with pytest.raises(Invalid, match=message):
        officers.create(session, admin, "budi-santoso", "Budi Santoso", "198503122010012004",
                        ["LOKET2"], password)
    assert officers.count(session) == 1


def test_unknown_roles_refused(session):
    admin = _admin(session)
    with pytest.raises(Invalid, match="LOKET9"):
        officers.create(session, admin, "budi", "Budi Santoso", None, ["LOKET2", "LOKET9"], BUDI_PW)
    with pytest.raises(Invalid, match="minimal satu"):
        officers.create(session, admin, "budi", "Budi Santoso", None, [], BUDI_PW)


def test_password_is_stored_as_argon2id_only(session, loket):
    _admin(session)
    stored = session.scalar(select(Officer.password_hash).where(Officer.username == "siti"))
    assert stored.startswith("$argon2id$") and "m=65536" in stored
    session.close()
    loket.engine.dispose()
    assert ADMIN_PW.encode() not in loket.db_path.read_bytes()


def test_wrong_password_and_unknown_user_read_the_same(session):
    _admin(session)
    with pytest.raises(officers.AuthError) as wrong:
        officers.authenticate(session, "siti", "bukan-kata-sandinya", WS)
    with pytest.raises(officers.AuthError) as unknown:
        officers.authenticate(session, "tidak.ada", "bukan-kata-sandinya", WS)
    assert str(wrong.value) == str(unknown.value) == "Nama pengguna atau kata sandi salah."
    # Neither attempt leaves the typed username of an unknown account anywhere.
    assert not any("tidak.ada" in (r.summary or "") for r in session.scalars(select(AuditRecord)))


def test_five_failures_lock_and_survive_restart(data_dir):
    from app.runtime import open_loket
    lk = open_loket(data_dir)
    with lk.Session() as s:
        _admin(s)
        for i in range(4):
            with pytest.raises(officers.AuthError, match="salah"):
                officers.authenticate(s, "siti", f"salah-ketik-{i}", WS)
    lk.close()
    lk = open_loket(data_dir)   # a restart keeps the count
    with lk.Session() as s:
        with pytest.raises(officers.AuthError, match="dikunci sementara; coba lagi dalam 5 menit"):
            officers.authenticate(s, "siti", "salah-ketik-5", WS)
    lk.close()
    lk = open_loket(data_dir)
    with lk.Session() as s:
        # Even the right password is refused while the lock lasts.
        with pytest.raises(officers.AuthError, match="dikunci"):
            officers.authenticate(s, "siti", ADMIN_PW, WS)
        o = s.scalar(select(Officer).where(Officer.username == "siti"))
        assert o.locked_until > utcnow() + timedelta(minutes=4)
        actions = [r.action for r in s.scalars(select(AuditRecord).order_by(AuditRecord.seq))]
        assert actions.count("login.failed") == 4 and actions.count("login.locked") == 1
    lk.close()
    # Five minutes later.
    from app import clock
    clock.pin(utcnow() + timedelta(minutes=5, seconds=1))
    lk = open_loket(data_dir)
    with lk.Session() as s:
        actor = officers.authenticate(s, "siti", ADMIN_PW, WS)
        assert actor.username == "siti"
        o = s.scalar(select(Officer).where(Officer.username == "siti"))
        assert (o.failed_attempts, o.locked_until) == (0, None) and o.last_login_at is not None
        assert audit.verify(s)[1] is None
    lk.close()


def test_unknown_usernames_lock_too(session):
    _admin(session)
    messages = []
    for _ in range(6):
        with pytest.raises(officers.AuthError) as e:
            officers.authenticate(session, "penebak", "tebak-tebakan", WS)
        messages.append(str(e.value))
    assert messages[:4] == ["Nama pengguna atau kata sandi salah."] * 4
    assert "dikunci" in messages[4] and "dikunci" in messages[5]


def test_admin_unlocks(session):
    admin = _admin(session)
    officers.create(session, admin, "budi", "Budi Santoso", None, ["LOKET2"], BUDI_PW)
    for i in range(5):
        with pytest.raises(officers.AuthError):
            officers.authenticate(session, "budi", f"salah-{i}-xxxxx", WS)
    assert officers.get(session, "budi").locked
    officers.unlock(session, admin, "budi")
    assert officers.authenticate(session, "budi", BUDI_PW, WS).username == "budi"


def test_disable_and_guards(session):
    admin = _admin(session)
    officers.create(session, admin, "budi", "Budi Santoso", None, ["LOKET2"], BUDI_PW)
    officers.disable(session, admin, "budi")
    with pytest.raises(officers.AuthError, match="salah"):
        officers.authenticate(session, "budi", "bukan-sandinya-1", WS)
    with pytest.raises(officers.AuthError, match="dinonaktifkan"):
        officers.authenticate(session, "budi", BUDI_PW, WS)
    before = _snapshot(session)
    with pytest.raises(ServiceError, match="sendiri"):
        officers.disable(session, admin, "siti")
    with pytest.raises(ServiceError, match="sendiri|terakhir"):
        officers.set_roles(session, admin, "siti", ["LOKET2"])
    assert _snapshot(session) == before
    officers.enable(session, admin, "budi")
    assert officers.authenticate(session, "budi", BUDI_PW, WS).roles == {"LOKET2"}


def test_last_admin_keeps_admin_role(session):
    admin = _admin(session)
    officers.create(session, admin, "wati", "Wati Admin Dua", None, ["ADMIN"], "Admin-Kedua-2026")
    wati = officers.authenticate(session, "wati", "Admin-Kedua-2026", WS)
    officers.set_roles(session, wati, "siti", ["LOKET2", "KASI"])   # another admin may demote siti
    with pytest.raises(ServiceError, match="terakhir"):
        officers.set_roles(session, wati, "wati", ["KASI"])
    assert officers.get(session, "wati").roles == ("ADMIN",)
    assert officers.get(session, "siti").roles == ("LOKET2", "KASI")


def test_change_password(session):
    admin = _admin(session)
    officers.create(session, admin, "budi", "Budi Santoso", None, ["LOKET2"], BUDI_PW)
    budi = officers.authenticate(session, "budi", BUDI_PW, WS)
    with pytest.raises(officers.AuthError, match="lama salah"):
        officers.change_password(session, budi, "budi", "Pilihan-Saya-Sendiri", old_password="tebakan-salah")
    with pytest.raises(Invalid, match="berbeda"):
        officers.change_password(session, budi, "budi", BUDI_PW, old_password=BUDI_PW)
    officers.change_password(session, budi, "budi", "Pilihan-Saya-Sendiri", old_password=BUDI_PW)
    assert not officers.get(session, "budi").must_change_password
    with pytest.raises(officers.AuthError):
        officers.authenticate(session, "budi", BUDI_PW, WS)
    assert not officers.authenticate(session, "budi", "Pilihan-Saya-Sendiri", WS).extra
    officers.change_password(session, admin, "budi", "Reset-Oleh-Admin-1")
    assert officers.get(session, "budi").must_change_password
    actions = [e.action for e in audit.search(session, admin, action="officer.password")]
    assert len(actions) == 2


def test_every_change_is_audited(session):
    admin = _admin(session)
    steps = [
        ("officer.create", lambda: officers.create(session, admin, "budi", "Budi Santoso", None,
                                                   ["LOKET2"], BUDI_PW)),
        ("officer.roles", lambda: officers.set_roles(session, admin, "budi", ["LOKET2", "LOKET5"])),
        ("officer.update", lambda: officers.update_details(session, admin, "budi", counter="Loket 5")),
        ("officer.disable", lambda: officers.disable(session, admin, "budi")),
        ("officer.enable", lambda: officers.enable(session, admin, "budi")),
        ("officer.password", lambda: officers.change_password(session, admin, "budi", "Reset-Oleh-Admin-1")),
    ]
    for action, step in steps:
        n = session.scalar(select(func.count()).select_from(AuditRecord))
        step()
        assert session.scalar(select(func.count()).select_from(AuditRecord)) == n + 1
        newest = audit.search(session, admin, limit=1)[0]
        assert newest.action == action and newest.officer_id == admin.officer_id
    count, broken = audit.verify(session)
    assert broken is None and count == 1 + len(steps)


def test_rehash_when_parameters_were_weaker(session):
    from argon2 import PasswordHasher
    _admin(session)
    o = session.scalar(select(Officer).where(Officer.username == "siti"))
    o.password_hash = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1).hash(ADMIN_PW)
    session.commit()
    assert auth.needs_rehash(o.password_hash)
    officers.authenticate(session, "siti", ADMIN_PW, WS)
    session.refresh(o)
    assert not auth.needs_rehash(o.password_hash)


def test_cli_officer_add_list_disable(data_dir, monkeypatch, capsys):
    import io
    import sys

    from app.cli import main as cli

    def run(stdin, *argv):
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        return cli(list(argv))

    assert run(f"{ADMIN_PW}\n", "officer", "add", "siti", "--name", "Siti Rahmawati",
               "--nip", "198503122010012003", "--role", "ADMIN") == 0
    # Once an officer exists, changes need an administrator and their password.
    assert run(f"{BUDI_PW}\n", "officer", "add", "budi", "--name", "Budi Santoso", "--role", "LOKET2") == 1
    assert "--as" in capsys.readouterr().err
    assert run(f"salah-sandi-admin\n{BUDI_PW}\n", "officer", "add", "budi", "--as", "siti",
               "--name", "Budi Santoso", "--role", "LOKET2") == 1
    assert "salah" in capsys.readouterr().err
    assert run(f"{ADMIN_PW}\n{BUDI_PW}\n", "officer", "add", "budi", "--as", "siti", "--name", "Budi Santoso",
               "--role", "LOKET2", "--role", "LOKET5", "--counter", "Loket 2") == 0
    assert run("", "officer", "list") == 0
    out = capsys.readouterr().out
    budi_line = next(line for line in out.splitlines() if line.startswith("budi "))
    assert "LOKET2,LOKET5" in budi_line and "Loket 2" in budi_line and "aktif" in budi_line
    # A counter officer cannot disable anyone, even from the command line.
    assert run(f"{BUDI_PW}\n", "officer", "disable", "siti", "--as", "budi") == 1
    assert "tidak berwenang" in capsys.readouterr().err
    assert run(f"{ADMIN_PW}\n", "officer", "disable", "budi", "--as", "siti") == 0
    assert run("", "officer", "list") == 0
    assert "nonaktif" in next(line for line in capsys.readouterr().out.splitlines() if line.startswith("budi "))
    assert run(f"{ADMIN_PW}\n{BUDI_PW}\n", "officer", "add", "ani", "--as", "siti", "--name", "Ani Lestari",
               "--nip", "19900101", "--role", "LOKET2") == 1
    assert "NIP harus 18 digit (terisi 8)" in capsys.readouterr().err
    assert run("", "officer", "list") == 0
    assert "ani" not in capsys.readouterr().out.split()
    assert run("", "audit", "verify") == 0
