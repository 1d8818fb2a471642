"""SiCantik's own view of a file, beside Loket's.

`current_step` reduces SiCantik's process steps (proses_permohonan) to the one
the file is at; `disagreement` — the one rule set — tells the tracking view when
SiCantik and Loket tell different stories about the same file.
"""
from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from app import workflow
from app.i18n import tr

MENUNGGU, PROSES, SELESAI, DROP = "Menunggu", "Proses", "Selesai", "Drop"


def _num(key: str | None) -> tuple[int, str]:
    key = key or ""
    return (int(key), "") if key.isdigit() else (1 << 30, key)


def _latest(step: Any) -> tuple[datetime, datetime, tuple[int, str]]:
    return (step.ended_at or step.started_at or datetime.min, step.started_at or datetime.min,
            _num(step.step_key))


def _earliest(step: Any) -> tuple[datetime, tuple[int, str]]:
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


# Rough stage of a SiCantik process name, by keyword, to compare with Loket's own
# position. Process names are configured per office in SiCantik, so this only flags
# clear disagreements (a stage apart, or finished on one side only).
_SICANTIK_STAGES = (
    (1, ("pendaftaran", "penerimaan", "registrasi", "pengajuan", "loket")),
    (2, ("entri", "verifikasi", "teknis", "survei", "survey", "peninjauan", "rapat", "kajian", "bap")),
    (3, ("draft", "drafting", "naskah", "konsep", "pembuatan sk", "cetak draft")),
    (4, ("validasi", "paraf", "kasi", "kabid", "kepala seksi", "kepala bidang", "persetujuan")),
    (5, ("tanda tangan", "tandatangan", "penandatanganan", "tte", "penetapan", "kadis", "kepala dinas")),
    (6, ("cetak", "pencetakan", "penyerahan", "pengambilan", "selesai", "arsip", "diserahkan")),
)
def stage(process: str | None) -> int | None:
    """1 (registration) … 6 (printing, hand-over) for a SiCantik process name, or None."""
    text = (process or "").lower()
    # the earliest matching stage wins: "Cetak draft SK" is a draft, not printing
    found = None
    for st, words in _SICANTIK_STAGES:
        if any(w in text for w in words):
            found = st if found is None or st < found else found
    return found


def disagreement(state: str, process: str | None, status: str | None) -> str:
    """Why SiCantik and Loket tell different stories about a file, or "" when they agree
    (or SiCantik says nothing). The one rule set: the tracking view, `loket track` and
    the tracking sheet show it (app.services.tracking.timeline)."""
    if not process and not status:
        return ""
    st = (status or "").strip()
    label = tr(workflow.STATES[state].label) if state in workflow.STATES else state
    if st == DROP and state in workflow.OPEN_STATES:
        return tr("SiCantik menghentikan (Drop) proses ini, di Loket berkas masih berjalan.")
    if st == DROP:
        return ""            # closed on both sides (a refusal ends in Loket's archive too)
    if state in workflow.DONE_STATES and st in (MENUNGGU, PROSES):
        return tr("SK sudah diserahkan di Loket, tetapi SiCantik masih mencatat “{process}” ({status}).") \
            .format(process=process or "-", status=st)
    sicantik, loket = stage(process), workflow.stage_of(state)
    if sicantik is None or loket is None:
        return ""
    if sicantik == 6 and st == SELESAI and state not in workflow.DONE_STATES:
        if loket < 6:
            return tr("SiCantik mencatat “{p}” selesai, di Loket berkas belum ditandatangani.").format(p=process)
        return tr("SiCantik mencatat “{p}” selesai, tetapi penyerahan SK belum tercatat di Loket "
                  "(status Loket: {state}).").format(p=process, state=label)
    if abs(sicantik - loket) >= 2:
        return tr("SiCantik: “{p}” ({s}); Loket: “{l}”.").format(p=process, s=status or "—", l=label)
    return ""
