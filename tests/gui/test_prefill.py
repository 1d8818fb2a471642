"""What Loket already knows is not asked again: the back office's data entry starts
from the file's "Lokasi izin" and the company's name (app/services/known.py)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.services import known
from tests import counter45_helpers as h


@pytest.mark.parametrize("name, source", [
    ("Alamat tempat praktik", "location"), ("Lokasi penelitian", "location"),
    ("Nama apotek", "company_name"), ("Nama tempat usaha", "company_name"),
    ("Nama usaha pariwisata", "company_name"), ("Titik lokasi (koordinat)", None),
    ("Koordinat TPS", None), ("Nomor STR", None), ("Nama Apoteker Penanggung Jawab", None),
    ("Nama fasilitas pelayanan kesehatan", None)])
def test_which_fields_the_file_already_answers(name, source):
    assert known.source_of(name) == source


def test_data_entry_starts_from_the_location_of_the_file(session, loket, qtbot):
    from app.services import backoffice
    from ui.pages.worklist import VerifyDialog
    no = h.received(session, "SIP-DOK")
    item = backoffice.work_item(session, h.ANALYST, no)
    assert item.technical_known == {"Alamat tempat praktik": "Jl. Merdeka No. 10, Kel. Sukamaju, Kec. Contoh"}
    dlg = VerifyDialog(loket, h.ANALYST, item)
    qtbot.addWidget(dlg)
    dlg.show()
    address = dlg.inputs["Alamat tempat praktik"]
    assert address.text() == "Jl. Merdeka No. 10, Kel. Sukamaju, Kec. Contoh"
    assert "Diisi dari berkas" in address.toolTip()
    assert dlg.inputs["Nomor STR"].text() == ""          # not known: asked
    # the officer fills only what the file does not say, and the entry is stored whole
    for name, value in (("Nama fasilitas pelayanan kesehatan", "Klinik Pratama Sehat"),
                        ("Nomor STR", "3121100220145678"), ("Jadwal praktik", "Senin-Jumat 16.00-20.00")):
        dlg.inputs[name].setFocus()
        qtbot.keyClicks(dlg.inputs[name], value)
    with qtbot.waitSignal(dlg.done, timeout=5000):
        qtbot.keyClick(dlg.inputs["Jadwal praktik"], Qt.Key.Key_Return)     # Enter = Simpan
    assert _state(session, no) == "VERIFIED"
    from app.services import applications
    session.expire_all()
    assert applications.get(session, no).technical_data["Alamat tempat praktik"] == \
        "Jl. Merdeka No. 10, Kel. Sukamaju, Kec. Contoh"


def _state(session, no):
    from app.services import applications
    session.expire_all()
    return applications.get(session, no).state


def typed(qtbot, widget, text):
    """As a person types: counter 2's scan catcher holds keys for 50 ms, then replays them."""
    qtbot.keyClicks(widget, text)
    qtbot.wait(80)


def test_walk_in_form_carries_the_location_into_the_technical_data(qtbot, loket, actor_factory):
    from app.services import intake
    from ui.bus import Bus
    from ui.pages.intake import IntakePage
    page = IntakePage(loket, actor_factory("LOKET2", name="Siti Rahmawati"), Bus())
    qtbot.addWidget(page)
    page.resize(1366, 760)
    page.show()
    qtbot.waitExposed(page)
    form = page.form
    qtbot.keyClick(page.find_box, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    combo = form.inputs["permit_type"]
    while combo.currentData() != "SIP-DOK":
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    address = form.inputs[intake.TECH + "Alamat tempat praktik"]
    assert address.text() == ""
    form.inputs["location"].setFocus()
    typed(qtbot, form.inputs["location"], "Jl. Merdeka No. 10")
    assert address.text() == "Jl. Merdeka No. 10"          # not typed twice
    typed(qtbot, form.inputs["location"], ", Contoh")
    assert address.text() == "Jl. Merdeka No. 10, Contoh"
    # what the officer types there is theirs: the location no longer overwrites it
    address.setFocus()
    address.selectAll()
    typed(qtbot, address, "Ruko Melati Blok B-3")
    form.inputs["location"].setFocus()
    typed(qtbot, form.inputs["location"], " 16911")
    assert address.text() == "Ruko Melati Blok B-3"
