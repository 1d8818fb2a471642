"""loket demo --applications N [--seed S] [--if-empty]"""
from __future__ import annotations

import argparse
import time
from argparse import Namespace
from typing import Any

from app.i18n import tr


def _count(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        n = -1
    if n < 0:
        raise argparse.ArgumentTypeError(tr("harus bilangan bulat 0 atau lebih: {value}").format(value=text))
    return n


def register(sub: Any) -> None:
    p = sub.add_parser("demo", help=tr("isi basis data dengan data contoh yang realistis"),
                       description=tr("Tambahkan permohonan contoh: nama, NIK, alamat dan perusahaan "
                                      "yang realistis, tersebar di semua status alur kerja dengan "
                                      "riwayat yang konsisten. Sanggup 1.000.000 permohonan."))
    p.add_argument("--applications", type=_count, default=300, metavar="N",
                   help=tr("jumlah permohonan (bawaan 300)"))
    p.add_argument("--seed", type=int, default=1, help=tr("benih acak: benih sama, data sama"))
    p.add_argument("--if-empty", action="store_true", help=tr("hanya bila belum ada permohonan"))
    p.add_argument("--quiet", action="store_true", help=tr("tanpa laporan kemajuan"))
    p.set_defaults(func=_demo)


def _demo(args: Namespace) -> int:
    from app import demo
    from app.cli import open_from
    loket = open_from(args)
    started = time.perf_counter()
    progress = None if args.quiet or args.applications < 20000 else demo.print_progress
    n = demo.generate(loket, args.applications, seed=args.seed, if_empty=args.if_empty,
                      progress=progress)
    if n or not args.if_empty:
        print(tr("{n} permohonan contoh dibuat dalam {s:.1f} detik.").format(
            n=f"{n:,}".replace(",", "."), s=time.perf_counter() - started))
    else:
        print(tr("Sudah ada permohonan; data contoh tidak ditambahkan."))
    return 0
