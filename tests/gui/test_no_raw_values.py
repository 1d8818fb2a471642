"""Nothing raw on screen: the detail window and the worklist panel of a file in
every state (demo data, as `make run` shows it) never say "None", never show a
stored code ("LENGKAP", "MEMENUHI", "KABID_APPROVED") and never an empty
"label:" pair ("Kajian teknis: , 27-11-2026"; "BAP None tgl")."""
from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtWidgets import QLabel, QTreeWidget

from app import workflow

CODES = set(workflow.STATES) | {
    "MEMENUHI", "TIDAK_MEMENUHI", "LENGKAP", "SETUJU", "TOLAK", "PENOLAKAN", "BASAH", "RAPAT", "LAPANGAN",
    "RAPAT_LAPANGAN", "PERORANGAN", "PERUSAHAAN", "PERPANJANGAN", "PERUBAHAN", "WALKIN", "ONLINE"}
EMPTY_PAIR = re.compile(r"[\w)][\w ./()]*:\s*(?:[;,·]|$)")


def raw_in(text: str) -> list[str]:
    found = []
    plain = re.sub(r"<[^>]+>", " ", text).replace("&nbsp;", " ")
    for line in plain.splitlines():
        line = line.strip()
        if re.search(r"\bNone\b", line):
            found.append(f"None in “{line}”")
        found += [f"code {w} in “{line}”" for w in re.findall(r"\b[A-Z][A-Z_]{2,}\b", line) if w in CODES]
        if EMPTY_PAIR.search(line) and not line.endswith("…"):
            found.append(f"empty label in “{line}”")
        if re.search(r"[,;]\s*[,;]|:\s*,", line):
            found.append(f"empty value in “{line}”")
    return found


def shown_texts(widget) -> list[str]:
    texts = [lab.text() for lab in widget.findChildren(QLabel) if lab.isVisibleTo(widget) and lab.text()]
    for tree in widget.findChildren(QTreeWidget):
        for i in range(tree.topLevelItemCount()):
            it = tree.topLevelItem(i)
            texts.append(" | ".join(it.text(c) for c in range(tree.columnCount())))
    return texts


@pytest.fixture(scope="module")
def demo_loket(tmp_path_factory):
    from app import demo
    from app.runtime import open_loket
    lk = open_loket(tmp_path_factory.mktemp("raw_values"))
    demo.generate(lk, 160, seed=5, today=date(2026, 11, 26))
    yield lk
    lk.close()


def one_per_state(loket) -> dict[str, str]:
    from sqlalchemy import select

    from db.models import Application
    with loket.Session() as s:
        out = {}
        for app_id, state in s.execute(select(Application.id, Application.state)):
            out.setdefault(state, app_id)
        return out


def test_detail_of_a_file_in_every_state_has_nothing_raw(qtbot, demo_loket):
    from ui.detail import DetailView
    files = one_per_state(demo_loket)
    assert len(files) >= 10          # the demo walks every step of the SOP
    problems = []
    first = next(iter(files.values()))
    view = DetailView(demo_loket, first)         # one view, reloaded per file (as F5 does)
    qtbot.addWidget(view)
    view.resize(1180, 720)
    view.show()
    for state, app_id in sorted(files.items()):
        view.key = app_id
        view.reload()
        qtbot.waitUntil(lambda a=app_id: view.snapshot is not None and view.snapshot.id == a, timeout=10_000)
        qtbot.wait(20)
        for text in shown_texts(view) + view.timeline.texts():
            problems += [f"{state}: {p}" for p in raw_in(text)]
    from ui import worker
    worker.wait_all()
    assert not problems, "\n".join(sorted(set(problems)))


def test_worklist_panel_of_every_back_office_state_has_nothing_raw(qtbot, demo_loket, actor_factory):
    from ui.pages.worklist import FilePanel
    heads = actor_factory("BACKOFFICE", "KASI", "KABID", "KADIN", name="Kepala Semua")
    files = one_per_state(demo_loket)
    panel = FilePanel(demo_loket, heads)
    qtbot.addWidget(panel)
    panel.resize(620, 700)
    panel.show()
    problems = []
    for state, app_id in sorted(files.items()):
        if workflow.STATES[state].holder not in ("BACKOFFICE", "KASI", "KABID", "KADIN"):
            continue
        panel.show_application(app_id)
        qtbot.waitUntil(lambda a=app_id: panel.item is not None and panel.item.id == a, timeout=10_000)
        problems += [f"{state}: {p}" for text in (panel.header.text(), panel.details.text())
                     for p in raw_in(text)]
    assert not problems, "\n".join(sorted(set(problems)))


def test_the_checker_sees_what_the_issue_saw():
    assert raw_in("Kajian teknis: , 27-11-2026 00:00;")
    assert raw_in("Rekomendasi / BAP: ; BAP None tgl")
    assert raw_in("Verifikasi · Hasil: LENGKAP")
    assert not raw_in("Hasil: Memenuhi syarat · Catatan: STR berlaku")
