"""Issue #14, finding 6 (text and arguments): names and free text refuse control
characters, bidi overrides and invisible-only values; NIK serial 0000 is refused;
a password never rides in a command's arguments."""
from __future__ import annotations

import pytest

from app import validation as v
from app.cli import main
from app.services import intake, officers
from app.services.context import ServiceError

ADMIN_PW = "Kunci-Kantor-2026!"


@pytest.mark.parametrize("value,message", [
    ("Budi\x00Santoso", "kendali"),
    ("Budi\u202eosotnaS", "pembalik arah"),
    ("Siti \u2066Aminah\u2069", "pembalik arah"),
    ("\u200b\u200b\u200b", "tidak terlihat"),
    ("\u200d\ufeff \u2060", "tidak terlihat"),
    ("\u3164\u3164\u3164", "tidak terlihat"),
    ("Budi\tSantoso", "kendali"),
    ("Budi\nSantoso", "kendali"),
    ("Budi\x1bSantoso", "kendali"),
])
def test_names_refuse_hidden_characters(value, message):
    with pytest.raises(v.Invalid, match=message):
        v.text(value, "name")


def test_ordinary_text_passes():
    for ok in ("Budi Santoso", "Dr. H. Iwan Sutisna, S.H., M.Si.", "Nguyễn Thị", "محمد", "",
               "   ", "Jl. Merdeka 1\nRT 01/RW 02"[:13]):
        assert v.text(ok, "name") == ok
    # Free text may break lines; a zero-width joiner inside real letters is fine.
    assert v.text("Jl. Merdeka 1\r\nRT 01/RW 02\t", "address", multiline=True)
    assert v.text("क्\u200dष", "name")


def test_nik_serial_0000_refused():
    assert v.nik("3276014708900001") == "3276014708900001"
    with pytest.raises(v.Invalid, match="0000"):
        v.nik("3276014708900000")


def test_services_refuse_hidden_characters(loket, actor_factory):
    with loket.Session() as s:
        admin = officers.setup_first_admin(s, "admin", "Admin Kantor", None, ADMIN_PW, "LOKET2-A")
        with pytest.raises(v.Invalid, match="pembalik arah"):
            officers.create(s, admin, "budi", "Budi \u202eSantoso", None, ["LOKET2"], "Rahasia-Budi-2026")
        with pytest.raises(v.Invalid, match="tidak terlihat"):
            officers.create(s, admin, "budi", "\u200b\u200b\u200b\u200b", None, ["LOKET2"], "Rahasia-Budi-2026")
        with pytest.raises(v.Invalid, match="kendali"):
            officers.update_details(s, admin, "admin", counter="Loket\x002")
        s.rollback()
        assert [o.username for o in officers.list_officers(s)] == ["admin"]
    for field, value in (("name", "Budi\x00"), ("address", "Jl. \u202eX"), ("name", "\u200b\u200c")):
        with pytest.raises(v.Invalid) as e:
            intake.check_field(field, value, {})
        assert e.value.field == field
    assert intake.check_field("address", "Jl. Merdeka 1\nRT 01", {}) == "Jl. Merdeka 1\nRT 01"
    from app.services import complaints
    clerk = actor_factory("LOKET5")
    with loket.Session() as s, pytest.raises(ServiceError, match="kendali"):
        complaints.register(s, clerk, channel="LANGSUNG", topic="Antrean\x07", text="Antrean terlalu panjang sekali")


def test_password_in_url_refused(data_dir, capsys):
    url = "postgresql+psycopg://loket:S3cr3tPw@127.0.0.1:5432/loket"
    assert main(["sync", "--once", "--url", url]) == 1
    err = capsys.readouterr().err
    assert "loket secret set central.password" in err and "S3cr3tPw" not in err
    assert main(["central", "status", "--url", url]) == 1
    assert "loket secret set central.password" in capsys.readouterr().err
    assert main(["config", "set", "central.url", url]) == 1
    assert "loket secret set central.password" in capsys.readouterr().err
    assert main(["config", "get", "central.url"]) == 0
    assert capsys.readouterr().out.strip() == ""
