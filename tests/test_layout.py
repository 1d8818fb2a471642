"""Every page and dialog at 1366×768 and 1280×720, at 100 % and 125 %: the main
window fits the screen, no text is cut, no "&" shows raw, no widget lies
outside the window (tests/layout_check.py says what each of those means)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.layout_check import SCREENS, client_size, problems


@pytest.fixture
def everything(qtbot, loket, actor_factory):
    from app import workflow
    from tests.gui_seed import seed
    from ui.main_window import MainWindow
    seed(loket, 12)
    w = MainWindow(loket, actor_factory(*workflow.ROLES, name="Rina Marlina"))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(w.home.is_ready, timeout=10_000)
    yield w
    from ui import worker
    worker.wait_all()


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s[0]}x{s[1]}@{int(s[2] * 100)}")
def test_every_page_reads_fully(qtbot, everything, screen):
    w = everything
    width, height = client_size(*screen)
    assert w.minimumSizeHint().width() <= width and w.minimumSizeHint().height() <= height
    assert w.minimumWidth() <= width and w.minimumHeight() <= height
    w.resize(width, height)
    found = []
    for row in range(w.nav.count()):
        key = w.nav.item(row).data(Qt.ItemDataRole.UserRole)
        w.show_page(key)
        settle(qtbot)
        assert w.width() <= width and w.height() <= height, f"{key}: the window grew"
        found += [f"{key}: {p}" for p in problems(w)]
    assert not found, "\n".join(found)


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s[0]}x{s[1]}@{int(s[2] * 100)}")
def test_every_action_dialog_reads_fully(qtbot, loket, session, screen):
    from app import workflow
    from app.services import backoffice
    from tests.counter45_helpers import ANALYST, KADIN, KASI, received
    from ui.pages.worklist import DIALOGS, ApproveDialog, SendBackDialog
    width, height = client_size(*screen)
    no = received(session, "REKLAME")
    item = backoffice.work_item(session, ANALYST, no)
    shown = []
    for key, cls in DIALOGS.items():
        actor = KADIN if key == "sign" else ANALYST
        shown.append(cls(loket, actor, item))
    shown.append(ApproveDialog(loket, KASI, item, "Setujui"))
    shown.append(SendBackDialog(loket, KASI, item, app_label(workflow, "kasi_send_back")))
    found = []
    for dlg in shown:
        qtbot.addWidget(dlg)
        dlg.show()
        # as a window manager would: the dialog's own size, within the screen (adjustSize()
        # would stop at 2/3 of the offscreen test screen)
        need = dlg.minimumSizeHint()
        assert need.width() <= width and need.height() <= height, f"{dlg.windowTitle()}: needs {need}"
        dlg.resize(min(dlg.sizeHint().width(), width), min(dlg.sizeHint().height(), height))
        qtbot.wait(10)
        found += [f"{dlg.windowTitle()}: {p}" for p in problems(dlg)]
        dlg.close()
    assert not found, "\n".join(found)


def settle(qtbot) -> None:
    """Let the page's background loads arrive and the layouts follow them."""
    from ui import worker
    for _ in range(3):
        qtbot.wait(30)
        worker.wait_all()
    qtbot.wait(30)


def app_label(workflow, action: str) -> str:
    return workflow.ACTIONS[action].label if action in workflow.ACTIONS else action


def test_the_main_window_opens_inside_a_small_screen(qtbot, loket, actor_factory):
    """No saved geometry: the first start fits the screen it opens on (status bar visible)."""
    from ui.main_window import MainWindow
    w = MainWindow(loket, actor_factory("LOKET2"))
    qtbot.addWidget(w)
    avail = w.screen().availableGeometry()
    assert w.frameGeometry().height() <= avail.height()
    assert w.width() <= max(avail.width(), w.minimumWidth())
