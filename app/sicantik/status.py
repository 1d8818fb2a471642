"""SiCantik's own view of a file, beside Loket's.

`current_step` reduces SiCantik's process steps (proses_permohonan) to the one
the file is at; `disagreement` tells the tracking view when SiCantik and Loket
tell different stories about the same file.
"""
from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from app import workflow
from app.i18n import tr

MENUNGGU, PROSES, SELESAI, DROP = "Menunggu", "Proses", "Selesai", "Drop"
LOKET_DONE = frozenset({"HANDED_OVER", "ARCHIVED"})


def _num(key: str | None) -> tuple[int, str]:
    key = key or ""
    return (int(key), "") if key.isdigit() else (1 << 30, key)


def _latest(step: Any) -> tuple:
    return (step.ended_at or step.started_at or datetime.min, step.started_at or datetime.min,
            _num(step.step_key))


def _earliest(step: Any) -> tuple:
    return (step.started_at or datetime.max, _num(step.step_key))


def current_step(steps: Iterable[Any]) -> Any | None:
    """The step a file is at: a dropped step ends the file; else the step in
    progress (or another active status); else the first still waiting; else the
    last one finished. Steps need .step_key .status .started_at .ended_at."""
    steps = list(steps)
    if not steps:
        return None
    dropped = [s for s in steps if s.status == DROP]
    if dropped:
        return max(dropped, key=_latest)
    active = [s for s in steps if s.status not in (MENUNGGU, SELESAI, DROP)]
    if active:
        return max(active, key=_latest)
    waiting = [s for s in steps if s.status == MENUNGGU]
    if waiting:
        return min(waiting, key=_earliest)
    return max(steps, key=_latest)


def disagreement(application: Any) -> str | None:
    """Why SiCantik's status and Loket's disagree for this file, or None.

    Call it with an Application (or anything with .state, .sicantik_status and
    .sicantik_process). Files SiCantik knows nothing about never disagree."""
    st = getattr(application, "sicantik_status", None)
    if not st:
        return None
    state = application.state
    if st == SELESAI and state not in LOKET_DONE:
        return tr("SiCantik mencatat selesai, tetapi penyerahan SK belum tercatat di Loket "
                  "(status Loket: {state}).").format(state=tr(workflow.STATES[state].label)
                                                     if state in workflow.STATES else state)
    if st == DROP and state in workflow.OPEN_STATES:
        return tr("SiCantik mencatat permohonan dibatalkan (Drop), tetapi berkas masih terbuka di Loket.")
    if state in LOKET_DONE and st in (MENUNGGU, PROSES):
        return tr("SK sudah diserahkan di Loket, tetapi SiCantik masih mencatat “{process}” ({status}).") \
            .format(process=getattr(application, "sicantik_process", None) or "-", status=st)
    return None
