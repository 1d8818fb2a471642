"""`loket sicantik …` and the SiCantik line of `loket doctor`, against the fake server."""
from __future__ import annotations

from app.cli import main
from tests.fake_sicantik import application_rows, configure


def test_pull_by_range_prints_counts_and_is_idempotent(loket, fake, capsys):
    fake.rows = application_rows(4) + application_rows(1, start=5, permit="Izin Tak Dikenal", permit_id="77")
    configure(loket, fake, page_size=3)
    assert main(["sicantik", "pull", "--from", "2026-11-01", "--to", "2026-11-30"]) == 0
    out = capsys.readouterr().out
    assert "baru 4, diperbarui 0, tetap 0, gagal 1 (4 halaman)" in out
    assert "gagal SC-2026-00005: jenis izin SiCantik “Izin Tak Dikenal” (id 77)" in out
    assert main(["sicantik", "map", "SIA", "--id", "77"]) == 0
    assert "id 77 → SIA" in capsys.readouterr().out
    assert main(["sicantik", "pull", "--from", "2026-11-01", "--to", "2026-11-30"]) == 0
    assert "baru 1, diperbarui 0, tetap 4, gagal 0" in capsys.readouterr().out
    assert main(["sicantik", "maps"]) == 0
    assert "SIA" in capsys.readouterr().out
    assert main(["sicantik", "log"]) == 0
    out = capsys.readouterr().out
    assert out.count("RANGE") == 2 and "gagal SC-2026-00005" in out


def test_pull_one_number(loket, fake, capsys):
    fake.rows = application_rows(3)
    configure(loket, fake)
    assert main(["sicantik", "pull", "--no", "SC-2026-00002"]) == 0
    assert "baru 1, diperbarui 0, tetap 0, gagal 0" in capsys.readouterr().out
    assert main(["sicantik", "pull", "--no", "SC-9"]) == 1
    assert "tidak mengenal permohonan SC-9" in capsys.readouterr().out


def test_pull_failure_exits_1_with_the_reason(loket, fake, capsys):
    fake.rows = application_rows(2)
    fake.page_faults = {1: "html"}
    configure(loket, fake)
    assert main(["sicantik", "pull", "--from", "2026-11-01", "--to", "2026-11-30"]) == 1
    err = capsys.readouterr().err
    assert "Halaman 1" in err and "HTML" in err and "502 Bad Gateway" in err


def test_bad_arguments(loket, capsys):
    assert main(["sicantik", "pull", "--from", "2026-11-01"]) == 1
    assert "bersama" in capsys.readouterr().err
    assert main(["sicantik", "pull", "--from", "1-11-2026", "--to", "2026-11-30"]) == 1
    assert "YYYY-MM-DD" in capsys.readouterr().err
    assert main(["sicantik", "pull", "--no", "X"]) == 1
    assert "sicantik.base_url" in capsys.readouterr().err


def test_doctor_tests_the_connection(loket, fake, capsys, memory_keyring):
    assert main(["doctor"]) in (0, 1)
    assert "tidak dikonfigurasi" in capsys.readouterr().out
    fake.require_token = True
    fake.rows = application_rows(1)
    configure(loket, fake, mode="token")
    main(["doctor"])
    out = capsys.readouterr().out
    line = next(x for x in out.splitlines() if "SiCantik " in x and fake.url in x)
    assert line.startswith("OK") and "mode token" in line
    assert fake.password not in out
    memory_keyring.set_password("loket", "sicantik.password", "Sandi-Keliru-987")
    assert main(["doctor"]) == 1
    out = capsys.readouterr().out
    line = next(x for x in out.splitlines() if fake.url in x)
    assert line.startswith("!!") and "kata sandi" in line
    assert "Sandi-Keliru-987" not in out


def test_wrong_field_mapping_setting_is_explained(loket, fake, capsys):
    configure(loket, fake, sicantik__fields="nomor_ktp")
    assert main(["sicantik", "pull", "--from", "2026-11-01", "--to", "2026-11-30"]) == 1
    assert "kolom_loket=kolom_sicantik" in capsys.readouterr().err
    configure(loket, fake, sicantik__fields="ktp=no_ktp")
    assert main(["sicantik", "pull", "--from", "2026-11-01", "--to", "2026-11-30"]) == 1
    err = capsys.readouterr().err
    assert "“ktp” tidak dikenal" in err and "nik" in err


def test_doctor_asks_for_one_puller_when_there_is_a_central_database(loket, fake, capsys):
    fake.rows = application_rows(1)
    configure(loket, fake, central__url="postgresql+psycopg://loket@127.0.0.1:1/loket")
    main(["doctor"])
    line = next(x for x in capsys.readouterr().out.splitlines() if "terjadwal" in x)
    assert line.startswith("??") and "sicantik.pull_workstation" in line
    configure(loket, fake, sicantik__pull_workstation="LOKET-1")
    main(["doctor"])
    line = next(x for x in capsys.readouterr().out.splitlines() if "terjadwal" in x)
    assert line.startswith("OK") and "setiap 15 menit" in line


def test_waiting_and_map_value_from_the_command_line(loket, fake, capsys):
    fake.rows = application_rows(1) + application_rows(1, start=2, permit="Izin Tak Dikenal", permit_id="77")
    fake.rows[0]["jenis_permohonan"] = "Daftar Ulang"
    configure(loket, fake)
    assert main(["sicantik", "pull", "--from", "2026-11-01", "--to", "2026-11-30"]) == 0
    capsys.readouterr()
    assert main(["sicantik", "waiting"]) == 0
    out = capsys.readouterr().out
    assert "Izin Tak Dikenal" in out and "1 berkas menunggu (SC-2026-00002)" in out
    assert "jenis_permohonan" in out and "“Daftar Ulang”" in out
    assert main(["sicantik", "map-value", "jenis_permohonan", "Daftar Ulang", "PERPANJANGAN"]) == 0
    assert "1 berkas diperbarui" in capsys.readouterr().out
    assert main(["sicantik", "map-value", "jenis_permohonan", "Daftar Ulang", "BUKAN"]) == 1
    assert "salah satu dari" in capsys.readouterr().err
    assert main(["sicantik", "map", "SIA", "--id", "77"]) == 0
    capsys.readouterr()
    assert main(["sicantik", "waiting"]) == 0
    assert "1 berkas sudah dipetakan" in capsys.readouterr().out


def test_map_value_with_as_is_signed_and_without_it_says_it_holds_here_only(loket, monkeypatch, capsys):
    """A map travels to other workstations only with the administrator's proof
    (app/proof.py): `--as ADMIN` signs it; without, the command says so."""
    import io

    from sqlalchemy import select

    from app.services import officers
    from db.models.sicantik import SicantikValueMap
    with loket.Session() as s:
        officers.setup_first_admin(s, "siti", "Siti Rahmawati", None, "Kantor-Pusat-2026", loket.workstation)
    monkeypatch.setattr("sys.stdin", io.StringIO("Kantor-Pusat-2026\n"))
    assert main(["--data-dir", str(loket.data_dir), "sicantik", "map-value", "jenis_permohonan", "Daftar Ulang",
                 "PERPANJANGAN", "--as", "siti"]) == 0
    assert "tidak ditandatangani" not in capsys.readouterr().err
    assert main(["--data-dir", str(loket.data_dir), "sicantik", "map-value", "jenis_kelamin", "LK", "L"]) == 0
    assert "tidak ditandatangani" in capsys.readouterr().err
    with loket.Session() as s:
        sig = {m.value_key: m.proof_sig for m in s.scalars(select(SicantikValueMap))}
    assert sig["daftar ulang"] and sig["lk"] is None
