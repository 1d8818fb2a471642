"""The paper SKM questionnaire, for offices that collect the survey on paper: the
layout of the sample questionnaire of PermenPANRB 14/2017 (its "Jenis Layanan"
line, the respondent's profile with "Lainnya (sebutkan)", the nine questions with
their four worded answers, suggestions), in the office's element order
(`survey.element_order`) and with the office's kop surat. A4, one sheet."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.services.context import Actor

from argparse import Namespace

from sqlalchemy.orm import Session

from app import config
from app.documents import base
from app.documents.base import Spacer, mm, para
from app.i18n import tr
from app.services import ikm

BOX = "☐"


def _choices(options: list[str], other: bool = False) -> str:
    out = "   ".join(f"{BOX} {o}" for o in options)
    if other:
        out += f"   {BOX} {tr('Lainnya (sebutkan)')}: ____________________"
    return out


def build(session: Session) -> bytes:
    office = base.Office.from_session(session)
    prof = ikm.profile()
    order = ikm.parse_order(config.get(session, "survey.element_order"))
    els = ikm.elements()
    width = base.frame_width("A4")
    st = base.styles()
    cell = base.style("cell", fontSize=8.2, leading=10)
    story = list(base.letterhead(office, width))
    story += [para(tr("KUESIONER SURVEI KEPUASAN MASYARAKAT (SKM)"), "title"),
              para(office.short_name, "subtitle"),
              para(tr("Berdasarkan Peraturan Menteri PANRB Nomor 14 Tahun 2017"), base.style("subtitle", fontSize=8)),
              Spacer(1, 3 * mm)]
    head = [(tr("Jenis Layanan yang diterima"), "_" * 62),
            (tr("Tanggal survei"), "______ / ______ / __________      " + tr("Jam survei") + ": ______")]
    story.append(base.kv_table(head, width, label_width=46 * mm))
    story += [Spacer(1, 2 * mm), para(tr("PROFIL"), "h2")]
    occupations = [o for o in prof.occupations if o.lower() != "lainnya"]
    genders = [label for _, label in prof.genders]
    profile = [(tr("Umur"), "______ " + tr("tahun")),
               (tr("Jenis kelamin"), _choices(genders)),
               (tr("Pendidikan"), _choices(list(prof.educations), other=True)),
               (tr("Pekerjaan utama"), _choices(occupations, other=True))]
    story.append(base.kv_table(profile, width, label_width=32 * mm))
    story += [Spacer(1, 2 * mm), para(tr("PENDAPAT RESPONDEN TENTANG PELAYANAN PUBLIK"), "h2"),
              para(tr("Berilah tanda silang (×) pada satu jawaban yang sesuai dengan pendapat Anda."), "small"),
              Spacer(1, 1 * mm)]
    rows = []
    for i, key in enumerate(order, 1):
        e = els[key]
        answers = [base.para(f"{BOX} {letter}. {text}", cell) for letter, text in zip("abcd", e.answers, strict=True)]
        rows.append([str(i), [base.para(e.question, cell)], answers[0], answers[1], answers[2], answers[3]])
    q = (width - 8 * mm) * 0.40
    a = (width - 8 * mm - q) / 4
    story.append(base.grid_table([tr("No"), tr("Pertanyaan"), "a", "b", "c", "d"], rows,
                                 [8 * mm, q, a, a, a, a], style_name="cell", align={0: "CENTER"}))
    story += [Spacer(1, 3 * mm), para(tr("Saran dan masukan untuk perbaikan pelayanan:"), st["h2"])]
    box = base.Table([[""]], colWidths=[width], rowHeights=[24 * mm])
    box.setStyle(base.TableStyle([("BOX", (0, 0), (-1, -1), 0.6, base.colors.black)]))
    story += [box, Spacer(1, 2 * mm),
              para(tr("Kuesioner ini tidak mencantumkan nama; jawaban hanya dipakai untuk menghitung "
                      "Indeks Kepuasan Masyarakat. Terima kasih atas penilaian Anda."), "small")]
    return base.render(story, "A4", title=tr("Kuesioner SKM"), author=office.name,
                       subject=tr("Survei Kepuasan Masyarakat"),
                       footer=f"{office.short_name} · {tr('Kuesioner SKM (PermenPANRB 14/2017)')}")


def cli_print(session: Session, actor: Actor, args: Namespace) -> bytes:
    """`loket print skm-form --out FILE` (app/cli/printing.py PRINTERS)."""
    return build(session)
