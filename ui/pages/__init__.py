"""The main window's navigation: one page per counter/role.

Each area registers its page by adding a `Page` to PAGES (one line). The shell
shows a page only to officers holding one of its roles; the services refuse
anyway what a role may not do.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Page:
    key: str
    title: str                 # Indonesian; translated by the shell with context "pages"
    roles: tuple[str, ...]     # empty = every officer
    factory: str               # "module:callable" → callable(loket, actor, bus, parent) -> QWidget
    shortcut: str | None = None
    landing: bool = False      # shown first after login to the officers who see it (heads' dashboard)


PAGES: list[Page] = [
    Page("intake", "Loket 2 — Penerimaan Berkas", ("LOKET2",), "ui.pages.intake:IntakePage", "F2"),
    Page("dashboard", "Beranda Pimpinan", ("KASI", "KABID", "KADIN"), "ui.pages.dashboard:DashboardPage",
         landing=True),
    Page("worklist", "Daftar Kerja", ("BACKOFFICE", "KASI", "KABID", "KADIN"), "ui.pages.worklist:WorklistPage"),
    Page("tracking", "Pelacakan Berkas", ("LOKET4", "LOKET5", "ADMIN"), "ui.pages.tracking:TrackingPage"),
    Page("counter4", "Loket 4 — Cetak & Legalisasi SK", ("LOKET4",), "ui.pages.counter4:Counter4Page"),
    Page("counter5", "Loket 5 — SKM, Penyerahan & Pengaduan", ("LOKET5",), "ui.pages.counter5:Counter5Page"),
    Page("reports", "Laporan", ("KASI", "KABID", "KADIN", "ADMIN", "LOKET5"), "ui.pages.reports:ReportsPage"),
    Page("admin_officers", "Admin — Petugas", ("ADMIN",), "ui.pages.admin_officers:OfficersPage"),
    Page("admin_permit_types", "Admin — Jenis Izin", ("ADMIN",), "ui.pages.admin_permit_types:PermitTypesPage"),
    Page("admin_templates", "Admin — Templat SK", ("ADMIN",), "ui.pages.admin_templates:TemplatesPage"),
    Page("admin_calendar", "Admin — Kalender", ("ADMIN",), "ui.pages.admin_calendar:CalendarPage"),
    Page("admin_office", "Admin — Kantor", ("ADMIN",), "ui.pages.admin_office:OfficePage"),
    Page("admin_audit", "Admin — Log Audit", ("ADMIN",), "ui.pages.admin_audit:AuditPage"),
    Page("admin_sync", "Admin — Konflik Sinkronisasi", ("ADMIN",), "ui.pages.sync_conflicts:SyncConflictsPage"),
    Page("admin_sicantik", "Admin — SiCantik", ("ADMIN",), "ui.pages.admin_sicantik:SicantikMapPage"),
    Page("admin_notify", "Admin — Pemberitahuan", ("ADMIN",), "ui.pages.admin_notify:NotifyPage"),
]


def title_label(key: str):   # -> QLabel (Qt imported only where a page is built)
    """The page's title as the navigation names it (one wording for both), styled as
    every page's title; for the pages whose own layout has no heading of its own."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QLabel
    page = next(p for p in PAGES if p.key == key)
    label = QLabel(QCoreApplication.translate("pages", page.title))
    label.setObjectName("pageTitle")
    return label


def resolve(page: Page) -> Callable:
    import importlib
    mod, _, name = page.factory.partition(":")
    return getattr(importlib.import_module(mod), name)
