"""`loket verify PAYLOAD` and `loket print receipt|return-slip|register`."""
from __future__ import annotations

import io
import json
from datetime import date

import pdfplumber
import pytest
from sqlalchemy import select

from app import clock, qrsign
from app.cli import main
from app.services import intake
from db.models import DocumentPrint
from tests.intake_helpers import complete, walkin

# Counts working days or dates: rerun by `make test-dates` under other real dates.
pytestmark = pytest.mark.dates


@pytest.fixture
def accepted(session, actor_factory):
    officer = actor_factory("LOKET2", name="Siti Rahmawati")
    app = walkin(session, officer)
    issued = intake.accept(session, officer, app.id, complete(intake.checklist(session, app)))
    return app, issued


def test_verify_valid_payload(accepted, capsys):
    app, issued = accepted
    assert main(["verify", issued.document.data["qr"]]) == 0
    out = capsys.readouterr().out
    assert out.startswith("SAH — Tanda terima berkas nomor " + issued.number)
    assert app.no_permohonan in out and "Siti Aminah" in out and "Diterima" in out
    assert main(["verify", "--json", issued.document.data["qr"]]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["application"]["receipt_number"] == issued.number and info["document_on_record"] is True


@pytest.mark.parametrize("alter", [
    lambda p: p.replace("/00001.", "/00002."),             # another receipt number
    lambda p: p.replace("LKT2.TT.", "LKT2.SK."),           # another kind
    lambda p: p[:-1] + ("A" if p[-1] != "A" else "B"),     # a changed signature
    lambda p: p.rsplit(".", 1)[0],                         # signature removed
    lambda p: p + "X",
    lambda p: "halo dunia",
])
def test_verify_altered_payload_fails(accepted, capsys, alter):
    _, issued = accepted
    assert main(["verify", alter(issued.document.data["qr"])]) == 1
    assert "tidak sah" in capsys.readouterr().err


def test_verify_forged_with_another_key(accepted, capsys):
    app, issued = accepted
    forged = qrsign.sign("TT", app.no_permohonan, issued.number, clock.today(), key=b"k" * 32)
    assert main(["verify", forged]) == 1
    assert "tidak sah" in capsys.readouterr().err


def test_verify_authentic_but_unknown_here(session, capsys):
    payload = qrsign.sign("TT", "SC/2026/00042", "TT/LOKET2-C/2026/00007", date(2026, 3, 2))
    assert main(["verify", payload]) == 0
    out = capsys.readouterr().out
    assert "SAH" in out and "belum ada di basis data" in out


def test_print_receipt_writes_a_recorded_salinan(accepted, session, tmp_path, capsys):
    app, issued = accepted
    out = tmp_path / "tt.pdf"
    assert main(["print", "receipt", app.no_permohonan, "--out", str(out)]) == 0
    with pdfplumber.open(out) as pdf:
        text = pdf.pages[0].extract_text()
    assert "SALINAN — cetak ulang ke-1" in text and issued.number in text and "Siti Aminah" in text
    assert not (tmp_path / "tt.pdf.part").exists()
    session.expire_all()
    prints = session.scalars(select(DocumentPrint).where(DocumentPrint.document_id == issued.document.id)).all()
    assert [(p.kind, p.officer_id, p.workstation) for p in prints] == [("REPRINT", None, "LOKET-1")]
    assert main(["print", "receipt", issued.number, "--out", str(out)]) == 0
    with pdfplumber.open(out) as pdf:
        assert "cetak ulang ke-2" in pdf.pages[0].extract_text()


def test_print_receipt_refusals(session, actor_factory, tmp_path, capsys):
    officer = actor_factory("LOKET2")
    app = walkin(session, officer)
    out = tmp_path / "x.pdf"
    assert main(["print", "receipt", app.no_permohonan, "--out", str(out)]) == 1
    assert "belum diterima" in capsys.readouterr().err and not out.exists()
    assert main(["print", "receipt", "TIDAK/ADA", "--out", str(out)]) == 1
    assert "tidak ditemukan" in capsys.readouterr().err
    assert main(["print", "receipt", app.no_permohonan, "--out", str(out), "--officer", "hantu"]) == 1
    assert "hantu" in capsys.readouterr().err


def test_print_register_csv_and_pdf(accepted, tmp_path, capsys):
    csv_path = tmp_path / "register.csv"
    assert main(["print", "register", "--out", str(csv_path)]) == 0
    raw = csv_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("Tanggal;Jam;Petugas") and "Siti Rahmawati;DITERIMA" in lines[1]
    pdf_path = tmp_path / "register.pdf"
    assert main(["print", "register", "--out", str(pdf_path)]) == 0
    with pdfplumber.open(io.BytesIO(pdf_path.read_bytes())) as pdf:
        assert "Siti Rahmawati" in pdf.pages[0].extract_text()
    assert main(["print", "register", "--date", "kemarin", "--out", str(pdf_path)]) == 1
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_doctor_shows_number_formats_and_flags_a_bad_one(loket, capsys):
    main(["doctor"])  # other areas may warn here (keyring, sync); our lines are read below
    out = capsys.readouterr().out
    assert "TT/{workstation}/{year}/{seq:05} → TT/LOKET-1/" in out and "Huruf dokumen" in out
    assert main(["config", "set", "numbering.receipt", "TT/{wrkstation}/{seq}"]) == 0
    assert main(["doctor"]) == 1
    out = capsys.readouterr().out
    assert "!!  Nomor tanda terima" in out and "wrkstation" in out
