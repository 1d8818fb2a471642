"""loket track NO [--json]: where a file is, who holds it, since when, and
whether it is late — the same timeline as the Pelacakan tab."""
from __future__ import annotations

import json
from argparse import Namespace
from typing import Any

from app.i18n import tr


def register(sub: Any) -> None:
    p = sub.add_parser("track", help=tr("lacak satu permohonan: langkah, petugas, durasi jam kerja, keterlambatan"))
    p.add_argument("no_permohonan", metavar="NO_PERMOHONAN",
                   help=tr("nomor permohonan, nomor tanda terima, atau id"))
    p.add_argument("--json", action="store_true", help=tr("keluaran JSON"))
    p.set_defaults(func=_track)


def _fmt(dt: Any) -> str:
    return dt.strftime("%d-%m-%Y %H:%M") if dt else "—"


def _track(args: Namespace) -> int:
    from app.cli import open_from
    from app.services import tracking
    loket = open_from(args)
    with loket.Session() as s:
        tl = tracking.timeline(s, args.no_permohonan)
    if args.json:
        print(json.dumps({
            "no_permohonan": tl.no_permohonan, "state": tl.state, "holder_role": tl.holder_role,
            "state_since": tl.state_since.isoformat(sep=" ") if tl.state_since else None,
            "due_date": tl.due_date.isoformat() if tl.due_date else None, "days_left": tl.days_left,
            "overdue": tl.overdue, "finished": tl.finished, "permit_number": tl.permit_number,
            "send_backs": tl.send_backs, "late_steps": tl.late_steps,
            "sicantik": {"process": tl.sicantik_process, "status": tl.sicantik_status,
                         "disagrees": tl.sicantik_disagrees, "note": tl.sicantik_note},
            "steps": [{"state": st.state, "action": st.action, "actor": st.actor,
                       "workstation": st.workstation,
                       "start": st.start.isoformat(sep=" "), "end": st.end.isoformat(sep=" ") if st.end else None,
                       "minutes": st.minutes, "standard_minutes": st.standard_minutes, "late": st.late,
                       "send_back": st.send_back, "note": st.note} for st in tl.steps],
        }, ensure_ascii=False, indent=1))
        return 0
    print(f"{tl.no_permohonan} — {tl.applicant_name} · {tl.permit_type}")
    print(tr("Posisi: {state} — {holder}, sejak {since}").format(
        state=tl.state_label, holder=tl.holder_label, since=_fmt(tl.state_since)) if tl.holder_label else
        tr("Posisi: {state}, sejak {since}").format(state=tl.state_label, since=_fmt(tl.state_since)))
    if tl.due_date:
        if tl.overdue and not tl.finished:
            left = tr("TERLAMBAT {n} hari kerja").format(n=-(tl.days_left or 0))
        elif tl.finished:
            left = tr("selesai; selisih {n} hari kerja").format(n=tl.days_left)
        else:
            left = tr("sisa {n} hari kerja").format(n=tl.days_left)
        print(tr("Batas waktu: {d} ({left})").format(d=tl.due_date.strftime("%d-%m-%Y"), left=left))
    if tl.sicantik_disagrees:
        print(tr("SiCantik tidak sesuai: {note}").format(note=tl.sicantik_note))
    for i, st in enumerate(tl.steps, 1):
        flag = tr("TERLAMBAT") if st.late else ""
        std = tracking.format_minutes(st.standard_minutes) if st.standard_minutes is not None else "—"
        print(f"{i:>2}. {st.action_label:<44} {(st.actor or '—')[:22]:<22} {_fmt(st.start)} → {_fmt(st.end):<16} "
              f"{tracking.format_minutes(st.minutes):>10} / {std:<6} {flag}")
        if st.note:
            print(f"    {st.note}")
    return 0
