from datetime import date

import pytest

from app import validation as v

# Counts working days or dates: rerun by `make test-dates` under other real dates.
pytestmark = pytest.mark.dates


def test_nik_valid_and_birth_gender():
    assert v.nik("3276 0147 0890 0003") == "3276014708900003"
    assert v.nik_birth("3276014708900003") == (date(1990, 8, 7), "P")
    assert v.nik_birth("3276010708900003") == (date(1990, 8, 7), "L")


@pytest.mark.parametrize("value,message", [
    ("", "wajib"),
    ("32760147089000", "16 digit"),
    ("327601470890000A", "angka"),
    ("3276019908900003", "tidak sah"),     # day 99
    ("9976014708900003", "tidak sah"),     # no such province
    ("3299014708900003", "kode wilayah"),  # no such regency in Jawa Barat
])
def test_nik_invalid(value, message):
    with pytest.raises(v.Invalid, match=message):
        v.nik(value)


def test_nik_crosscheck_warns():
    warnings = v.nik_warnings("3276014708900003", "L", date(1990, 8, 8))
    assert any("Jenis kelamin" in w for w in warnings)
    assert any("Tanggal lahir" in w for w in warnings)
    assert v.nik_warnings("3276014708900003", "P", date(1990, 8, 7)) == []


def test_npwp_15_and_16():
    assert v.npwp("01.300.066.6-091.000") == "013000666091000"
    assert v.npwp("0013000666091000") == "0013000666091000"
    assert v.npwp("3276014708900003") == "3276014708900003"  # NIK as NPWP
    with pytest.raises(v.Invalid, match="pemeriksa"):
        v.npwp("013000667091000")
    with pytest.raises(v.Invalid, match="15 atau 16"):
        v.npwp("0130006660910")


def test_nib_phone_email_postal():
    assert v.nib("9120001234567") == "9120001234567"
    with pytest.raises(v.Invalid, match="13 digit"):
        v.nib("912000123456")
    assert v.phone("+62 812-3456-7890") == "081234567890"
    assert v.phone("(021) 555 1234") == "0215551234"
    with pytest.raises(v.Invalid, match="telepon"):
        v.phone("12345")
    assert v.email("Budi@Contoh.go.id") == "budi@contoh.go.id"
    with pytest.raises(v.Invalid, match="surel"):
        v.email("budi@")
    assert v.postal_code("16431") == "16431"
    with pytest.raises(v.Invalid, match="5 digit"):
        v.postal_code("1643")


def test_name_key_folds_case_and_spaces():
    assert v.name_key("  Siti   NURHALIZA ") == "siti nurhaliza"


def test_regions_kemendagri_codes():
    from app import regions
    depok = regions.get("3276")
    assert depok.name == "Kota Depok" and depok.level == 2
    kec = regions.children("3276")
    assert any(k.name == "Pancoran Mas" for k in kec)
    desa = regions.children("327601")
    assert desa and all(d.level == 4 and d.code.startswith("327601") and len(d.code) == 10 for d in desa)
    assert regions.get(desa[0].code).postal_code
    assert regions.get("9999") is None
