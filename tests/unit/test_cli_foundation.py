"""The CLI contract: exit 0 success, 1 failure with one clear line, 2 usage."""
import json
import subprocess
import sys

import pytest

from app.cli import main


def run(*args):
    return main(list(args))


def test_version(capsys):
    with pytest.raises(SystemExit) as e:
        run("--version")
    assert e.value.code == 0
    assert "Loket" in capsys.readouterr().out


def test_db_upgrade_and_doctor(data_dir, capsys):
    assert run("db", "upgrade") == 0
    assert "skema" in capsys.readouterr().out
    assert run("doctor") == 0
    out = capsys.readouterr().out
    assert str(data_dir) in out and "Keyring" in out and "loket.log" in out


def test_usage_error_exits_2(data_dir):
    with pytest.raises(SystemExit) as e:
        run("find", "--limit", "abc")
    assert e.value.code == 2


def test_config_set_get_and_bad_value(data_dir, capsys):
    assert run("config", "set", "workstation.name", "LOKET2-B") == 0
    assert run("config", "get", "workstation.name") == 0
    assert capsys.readouterr().out.strip() == "LOKET2-B"
    assert run("config", "set", "ui.idle_lock_minutes", "sepuluh") == 1
    assert "bilangan bulat" in capsys.readouterr().err
    assert run("config", "set", "tidak.ada", "1") == 1
    assert "tidak dikenal" in capsys.readouterr().err
    assert run("config", "get", "ui.idle_lock_minutes") == 0
    assert capsys.readouterr().out.strip() == "10"


def test_find_json_keys(data_dir, capsys, actor_factory):
    from app.runtime import open_loket
    from app.services import applications
    from db.models import Applicant
    lk = open_loket(data_dir)
    with lk.Session() as s:
        from app.masterdata import permit_types
        pt = permit_types(s)[0]
        a = Applicant(name="Dewi Lestari", nik="3276014708900003")
        applications.create(s, actor_factory("LOKET2"), no_permohonan="WI-1", permit_type=pt,
                            applicant=a)
        s.commit()
    lk.close()
    assert run("find", "dewi", "--json") == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == 1
    assert {"no_permohonan", "state", "applicant_name", "permit_type", "receipt_number"} <= set(rows[0])
    assert rows[0]["receipt_number"] is None and rows[0]["state"] == "DRAFT"
    assert run("find", "--state", "NOPE") == 1


def test_entry_point_runs_as_a_process(data_dir):
    r = subprocess.run([sys.executable, "-m", "app", "--data-dir", str(data_dir), "db", "status"],
                       capture_output=True, text=True)
    assert r.returncode == 1 and "belum ada" in r.stderr


def test_a_window_start_is_read_without_the_full_parser():
    """The exact spellings of the window's options are read by hand (app/cli: no
    parser, no CLI module imported); anything else goes to the full parser."""
    from argparse import Namespace

    from app.cli import _gui_args
    assert _gui_args([]) == Namespace(data_dir=None, smoke=False, command=None)
    assert _gui_args(["--data-dir", "D", "--smoke"]) == Namespace(data_dir="D", smoke=True, command=None)
    assert _gui_args(["--smoke", "--data-dir=E"]) == Namespace(data_dir="E", smoke=True, command=None)
    for other in (["--data-dir"], ["--data-dir", "--smoke"], ["--sm"], ["--help"], ["db", "upgrade"],
                  ["--data-dir", "D", "find", "x"]):
        assert _gui_args(other) is None, other


def test_an_abbreviated_window_option_still_works(monkeypatch):
    import ui.main
    seen = []
    monkeypatch.setattr(ui.main, "run_gui", lambda args: seen.append((args.data_dir, args.smoke)) or 0)
    assert run("--data", "D") == 0                   # argparse's abbreviation, through the full parser
    assert seen == [("D", False)]
