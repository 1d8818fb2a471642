"""The notification screens (pytest-qt), against the stand-in gateway: the
administrator's page (log, resend, templates refused/saved, a test message off the
GUI thread), the walk-in form's channel choice, and the file's timeline."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app import config
from app.notify import sender
from app.services import intake, officers
from tests import counter45_helpers as h
from tests.intake_helpers import complete, form
from tests.notify_helpers import configure


@pytest.fixture
def admin(session):
    return officers.setup_first_admin(session, "siti", "Siti Rahmawati", "198503122010012003",
                                      "Kantor-Pusat-2026", "ADMIN-1")


@pytest.fixture
def page(qtbot, loket, admin):
    from ui.bus import Bus
    from ui.pages.admin_notify import NotifyPage
    p = NotifyPage(loket, admin, Bus())
    qtbot.addWidget(p)
    p.resize(1146, 698)
    p.show()
    yield p
    from ui import worker
    worker.wait_all()


def _file(session, **over):
    app = intake.register_walkin(session, h.LOKET2, form(notify_channel="WHATSAPP", **over))
    intake.accept(session, h.LOKET2, app.id, complete(intake.checklist(session, app)))
    return app


def test_log_shows_failed_and_resend_sends(qtbot, loket, session, gateway, admin):
    configure(loket, gateway=gateway, settings={"notify.max_attempts": 1})
    app = _file(session)
    gateway.state.mode = "500"
    sender.run_once(loket)
    gateway.state.mode = "ok"
    from ui.bus import Bus
    from ui.pages.admin_notify import NotifyPage
    p = NotifyPage(loket, admin, Bus())
    qtbot.addWidget(p)
    qtbot.waitUntil(lambda: p.table.rowCount() == 1, timeout=5000)
    assert p.table.item(0, 1).text() == "Gagal" and app.no_permohonan == p.table.item(0, 4).text()
    assert "HTTP 500" in p.table.item(0, 7).text()
    p.table.selectRow(0)
    assert p.resend_button.isEnabled() and "Keterangan" in p.body.text()
    p.resend_button.click()
    qtbot.waitUntil(lambda: p.table.item(0, 1) is not None and p.table.item(0, 1).text() == "Menunggu",
                    timeout=5000)
    assert sender.run_once(loket).sent == 1
    p.refresh()
    qtbot.waitUntil(lambda: p.table.item(0, 1).text() == "Terkirim", timeout=5000)


def test_template_with_unknown_placeholder_is_refused_on_save(qtbot, page, session):
    page.tabs.setCurrentIndex(1)
    kinds = [page.kinds.item(i).data(Qt.ItemDataRole.UserRole) for i in range(page.kinds.count())]
    page.kinds.setCurrentRow(kinds.index("READY"))
    page.editor.setPlainText("Yth. {nama}, ambil {dokumen}; NIK {nik}.")
    page.update_preview()
    assert "Placeholder tidak dikenal: {nik}" in page.template_message.text()
    assert page.save_template() is False
    session.expire_all()
    assert "{nik}" not in config.get(session, "notify.template.ready")
    page.editor.setPlainText("Yth. {nama}, {dokumen} Anda sudah jadi. Ambil di {kantor}.")
    page.update_preview()
    assert "Siti Aminah" in page.preview.text() and "{" not in page.preview.text()
    assert page.save_template() is True
    assert "disimpan" in page.template_message.text()
    session.expire_all()
    assert config.get(session, "notify.template.ready") == "Yth. {nama}, {dokumen} Anda sudah jadi. Ambil di {kantor}."


def test_test_message_off_the_gui_thread(qtbot, loket, page, gateway):
    configure(loket, gateway=gateway)
    page.tabs.setCurrentIndex(2)
    page.test_channel.setCurrentIndex(page.test_channel.findData("WHATSAPP"))
    page.test_address.setText("0812 3456 7890")
    gateway.state.mode = "timeout"
    gateway.state.timeout_seconds = 3.0     # longer than notify.timeout_seconds (2 s)
    import time
    t = time.monotonic()
    page.send_test()
    assert time.monotonic() - t < 0.5       # the window did not wait for the gateway
    assert not page.test_button.isEnabled()
    qtbot.waitUntil(lambda: page.test_button.isEnabled(), timeout=10000)
    assert "Gateway" in page.test_result.text()
    gateway.state.mode = "ok"
    page.send_test()
    qtbot.waitUntil(lambda: page.test_result.text().startswith("Diterima"), timeout=10000)
    assert gateway.state.delivered[-1]["target"] == "6281234567890"


def test_walkin_channel_needs_a_mobile_or_an_address(qtbot, loket):
    from ui.pages.intake_form import WalkInForm
    f = WalkInForm(loket)
    qtbot.addWidget(f)
    f.set_values({**form(), "mobile": "021-7654321", "notify_channel": "WHATSAPP"})
    f._check_channel()
    assert "Bukan nomor HP" in f.messages["mobile"].text()
    got = []
    f.submitted.connect(lambda values, dup: got.append(values))
    assert f.submit() is False and got == []
    f.set_values({"mobile": "081234567890"})
    f._check("mobile")
    assert f.messages["mobile"].text() == ""
    f.set_values({"notify_channel": "EMAIL"})
    f._check_channel()
    assert "surel" in f.messages["email"].text()
    f.set_values({"email": "siti@contoh.id"})
    assert f.submit() is True and got[-1]["notify_channel"] == "EMAIL"


def test_timeline_shows_the_messages(qtbot, loket, session, gateway):
    configure(loket, gateway=gateway)
    app = _file(session)
    sender.run_once(loket)
    from ui.bus import Bus
    from ui.detail import DetailView
    d = DetailView(loket, app.no_permohonan, Bus())
    qtbot.addWidget(d)
    qtbot.waitUntil(lambda: any("Pemberitahuan" in t for t in d.timeline.texts()), timeout=5000)
    lines = d.timeline.texts()
    msg = next(t for t in lines if "Pemberitahuan" in t)
    assert "Berkas diterima" in msg and "Terkirim" in msg and "6281234567890" in msg
    # after the receipt, in time order
    assert lines.index(msg) > next(i for i, t in enumerate(lines) if t.startswith("Terima berkas"))


def test_counter2_records_an_online_applicants_consent(qtbot, loket, session, gateway, actor_factory):
    """An online file (phone and e-mail from SiCantik): counter 2 asks and picks the channel;
    the receipt's message then goes to the number SiCantik brought, as 62…."""
    from datetime import datetime

    from sqlalchemy import select

    from app.notify import consent
    from app.services import applications
    from db.models import Applicant, PermitType
    from ui.bus import Bus
    from ui.pages.intake import IntakePage
    configure(loket, gateway=gateway)
    pt = session.scalar(select(PermitType).where(PermitType.code == "SIP-DOK"))
    ap = Applicant(name="Dewi Lestari", nik="3276015708900001", mobile="+62 813-1111-2222", email="dewi@contoh.id")
    session.add(ap)
    session.flush()
    app = applications.create(session, h.LOKET2, no_permohonan="PMH-2026-07001", permit_type=pt, applicant=ap,
                              company=None, applicant_type="PERORANGAN", source="ONLINE",
                              submitted_at=datetime(2026, 11, 25, 2, 0))
    session.commit()
    p = IntakePage(loket, actor_factory("LOKET2", name="Siti Rahmawati"), Bus())
    qtbot.addWidget(p)
    p.resize(1366, 760)
    p.show()
    p.open_application(app.id)
    assert p.notify_channel.isVisible() and p.notify_channel.currentData() == "NONE"
    p.notify_channel.setCurrentIndex(p.notify_channel.findData("WHATSAPP"))
    p.notify_channel.activated.emit(p.notify_channel.currentIndex())
    qtbot.waitUntil(lambda: consent.get(session, app.id) is not None, timeout=5000)
    assert consent.get(session, app.id) == consent.Preference("WHATSAPP", "6281311112222")
    intake.accept(session, h.LOKET2, app.id, complete(intake.checklist(session, app)))
    assert sender.run_once(loket).sent == 1
    assert gateway.state.delivered[0]["target"] == "6281311112222"
    from ui import worker
    worker.wait_all()


def test_consent_from_the_command_line(loket, session, monkeypatch, capsys):
    import io

    from app.cli import main
    from app.notify import consent
    officers.setup_first_admin(session, "siti", "Siti Rahmawati", None, "Kantor-Pusat-2026", "ADMIN-1")
    session.commit()
    app = intake.register_walkin(session, h.LOKET2, form(email="siti@contoh.id"))
    monkeypatch.setattr("sys.stdin", io.StringIO("Kantor-Pusat-2026\n"))
    assert main(["notify", "consent", app.no_permohonan, "--channel", "email", "--as", "siti"]) == 0
    assert "EMAIL siti@contoh.id" in capsys.readouterr().out
    session.expire_all()
    assert consent.get(session, app.id) == consent.Preference("EMAIL", "siti@contoh.id")
