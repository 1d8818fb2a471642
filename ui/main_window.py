"""The main window: header with the global search box, navigation per
counter/role, the pages, and a status bar (database, officer, sync, workstation).

Pages come from `ui.pages.PAGES`; an officer sees a page only when one of
its roles is theirs (the services refuse the rest anyway). Pages are built on
first visit, so a slow or broken page never delays or breaks the start.
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import __version__, workflow
from ui import ops, worker
from ui import pages as page_registry
from ui.search import ApplicationsPage
from ui.widgets import app_tr, log_path_text

if TYPE_CHECKING:
    from ui.detail import DetailWindow

log = logging.getLogger("loket.ui")

HOME = "home"


def icon_path(name: str) -> str:
    from app.paths import resources_dir
    return str(resources_dir() / "icons" / name)


class SearchBox(QLineEdit):
    """Down arrow moves into the results; Esc clears."""

    go_down = Signal()

    def keyPressEvent(self, e) -> None:
        if e.key() == Qt.Key.Key_Down:
            self.go_down.emit()
            return
        if e.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            self.textEdited.emit("")
            return
        super().keyPressEvent(e)


class PageStack(QStackedWidget):
    """The pages, sized by the page shown (not the largest one), inside a scroll area:
    on a small screen a page scrolls rather than being cut."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(lambda _i: self.updateGeometry())

    def sizeHint(self):
        w = self.currentWidget()
        return w.sizeHint() if w is not None else super().sizeHint()

    def minimumSizeHint(self):
        w = self.currentWidget()
        return w.minimumSizeHint() if w is not None else super().minimumSizeHint()

    # QStackedLayout answers heightForWidth with the tallest page of all, so one tall
    # page (counter 5 with its power-of-attorney fields) made every page scroll
    def hasHeightForWidth(self) -> bool:
        w = self.currentWidget()
        return w is not None and w.hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:
        """The least height the page needs at this width. Qt's own answer adds up the
        rows' preferred heights, so a page with two tables would scroll on a screen
        where its tables could simply be shorter: take off what its rows may give up
        (preferred minus minimum height), never going under the page's minimum."""
        w = self.currentWidget()
        if w is None:
            return -1
        h = w.heightForWidth(width)
        if h < 0:
            return h
        return max(w.minimumSizeHint().height(), h - _shrinkable(w.layout()))


def _shrinkable(layout) -> int:
    """How much shorter than preferred a layout's scrolling parts (tables, lists, text
    boxes) may be: side by side the most of them, one under another the sum. Labels
    give nothing: a wrapped label needs its lines."""
    from PySide6.QtWidgets import QAbstractScrollArea, QBoxLayout
    if layout is None:
        return 0
    parts = []
    for i in range(layout.count()):
        it = layout.itemAt(i)
        wd = it.widget()
        if wd is not None and wd.isHidden():
            continue
        if isinstance(wd, QAbstractScrollArea):
            parts.append(max(0, wd.sizeHint().height() - wd.minimumSizeHint().height()))
        elif it.layout() is not None:
            parts.append(_shrinkable(it.layout()))
        elif wd is not None and wd.layout() is not None:
            parts.append(_shrinkable(wd.layout()))
    if not parts:
        return 0
    across = isinstance(layout, QBoxLayout) and layout.direction() in (
        QBoxLayout.Direction.LeftToRight, QBoxLayout.Direction.RightToLeft)
    return max(parts) if across else sum(parts)


class NavList(QListWidget):
    """The navigation: each entry as tall as its wrapped title needs, never cut."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        # never taller than its entries (sizeHint), shrinking only when the sidebar must
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)

    def _viewport_width(self) -> int:
        """viewport().width() without asking for the viewport: the first plain
        QWidget made by Qt that Python sees makes PySide build the Python type of
        every QWidget subclass (~15 ms of the start; ui/search.py ResultsTable).
        The viewport is the frame's inside less a shown scroll bar
        (QAbstractScrollArea's layout); this list never scrolls sideways."""
        bar = self.verticalScrollBar()
        margins = self.viewportMargins()
        return (self.contentsRect().width() - margins.left() - margins.right()
                - (bar.sizeHint().width() if bar.isVisibleTo(self) else 0))

    def fit_entries(self) -> None:
        fm = self.fontMetrics()
        room = max(40, self._viewport_width() - 28)
        self._heights = []
        for i in range(self.count()):
            it = self.item(i)
            lines = max(1, -(-fm.horizontalAdvance(it.text()) // room))
            h = 42 + (lines - 1) * fm.lineSpacing()
            it.setSizeHint(QSize(0, h))
            self._heights.append(h)
        self.setMinimumHeight(2 * self.frameWidth() + sum(self._heights[:3]))
        side = self.parentWidget()
        if isinstance(side, Sidebar):      # the pane under it follows the new height
            side.fit()
        else:
            self.fit_height(self._room)

    def fit_height(self, room: int) -> None:
        """As tall as its entries when the sidebar has the room; else as many whole entries
        as fit (it scrolls per entry, so the last one shown is never cut in half)."""
        self._room = room
        total, shown = 2 * self.frameWidth(), 0    # without the office's style the list has a frame
        for h in getattr(self, "_heights", []):
            if total + h > room and shown:
                break
            total, shown = total + h, shown + 1
        self.setMaximumHeight(max(total, self.minimumHeight()))
        self.updateGeometry()

    _room = 1 << 20

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.maximumHeight())

    def resizeEvent(self, e) -> None:
        super().resizeEvent(e)
        if e.oldSize().width() != e.size().width():
            self.fit_entries()


class Sidebar(QFrame):
    """The navigation on top, the office's state counts under it. The navigation takes
    the height its entries need (all of them for a normal role at 768 px) and the state
    pane, which scrolls on its own, the rest — never less than its own minimum."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.nav: NavList | None = None
        self.pane: QWidget | None = None

    def resizeEvent(self, e) -> None:
        super().resizeEvent(e)
        self.fit()

    def fit(self) -> None:
        lay = self.layout()
        if self.nav is None or self.pane is None or lay is None:
            return
        m = lay.contentsMargins()
        avail = self.height() - m.top() - m.bottom() - lay.spacing()
        item = lay.itemAt(lay.indexOf(self.pane))      # the layout's own idea of the pane's minimum
        pane_min = max(self.pane.minimumHeight(), self.pane.minimumSizeHint().height(),
                       item.minimumSize().height() if item is not None else 0)
        self.nav.fit_height(avail - pane_min)
        # the pane is capped to what the navigation leaves: the box layout would otherwise
        # share the height by stretch and cut the navigation's last entry in half
        self.pane.setMaximumHeight(max(pane_min, avail - self.nav.maximumHeight()))


class MainWindow(QMainWindow):
    # the window's size, splitter and columns are saved on close (ui.ini); a smoke
    # run, offscreen beside the officer's Loket, leaves the officer's as they are
    remember_layout = True
    # the window's first frame is out (once): the idle lock starts watching the
    # application's input then, not while the window is built (ui/lock.py)
    first_painted = Signal()
    has_painted = False

    def __init__(self, loket, actor, bus=None, settings: QSettings | None = None,
                 background: bool = True) -> None:
        """`background=False` (loket --smoke) starts no scheduled pull or sync:
        a smoke run reads and never changes anything."""
        super().__init__()
        from ui.bus import Bus
        self.loket, self.actor = loket, actor
        self.bus = bus or Bus()
        self.settings = settings or QSettings(str(loket.data_dir / "ui.ini"),
                                              QSettings.Format.IniFormat)
        self.details: dict[str, DetailWindow] = {}
        self._page_widgets: dict[str, QWidget] = {}
        self._shortcuts: list[QShortcut] = []
        self.setWindowTitle(self.tr("Loket — Pelayanan Perizinan"))
        self.setWindowIcon(QIcon(icon_path("loket.svg")))
        # 1280×720 at 125 % leaves 1024×514 logical pixels: the window never asks for more;
        # pages scroll inside it instead of being cut (see PageStack)
        self.setMinimumSize(QSize(900, 480))

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self._header())
        # the officer may widen the sidebar to read long state names; remembered
        self.body = body = QSplitter(Qt.Orientation.Horizontal)
        body.setChildrenCollapsible(False)
        body.setHandleWidth(4)
        self.sidebar = Sidebar()
        self.sidebar.setObjectName("sidebar")
        em = self.fontMetrics().horizontalAdvance("M")
        self.sidebar.setMinimumWidth(em * 16)
        side = QVBoxLayout(self.sidebar)
        side.setContentsMargins(10, 10, 10, 10)
        side.setSpacing(6)
        self.nav = NavList()
        self.nav.setObjectName("nav")
        self.nav.setAccessibleName(self.tr("Navigasi"))
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.currentItemChanged.connect(self._nav_changed)
        side.addWidget(self.nav)
        body.addWidget(self.sidebar)
        self.stack = PageStack()
        self.page_scroll = QScrollArea()
        self.page_scroll.setObjectName("pageScroll")
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.page_scroll.setWidget(self.stack)
        body.addWidget(self.page_scroll)
        body.setStretchFactor(0, 0)
        body.setStretchFactor(1, 1)
        body.setSizes([em * 24, 1200])
        outer.addWidget(body, 1)
        self.setCentralWidget(central)

        self.home = ApplicationsPage(loket, self.bus, self)
        self.home.open_application.connect(self.open_detail)
        self.home.tree.itemClicked.connect(lambda *_: self.show_page(HOME))
        self.home.tree.itemActivated.connect(lambda *_: self.show_page(HOME))
        side.addWidget(self.home.state_pane, 1)
        # the pane's own wish must not squeeze the navigation to a half entry (Sidebar.fit):
        # it keeps its minimum and takes what the navigation leaves
        pane = self.home.state_pane
        pane.setMinimumHeight(pane.minimumSizeHint().height())
        pane.setSizePolicy(pane.sizePolicy().horizontalPolicy(), QSizePolicy.Policy.Ignored)
        self.sidebar.nav, self.sidebar.pane = self.nav, pane
        self.stack.addWidget(self.home)
        self._page_widgets[HOME] = self.home

        self._status_bar()
        self._global_shortcuts()
        self._build_nav()
        # Tab from the search box goes to its results, then to the navigation
        QWidget.setTabOrder(self.search, self.home.table)
        QWidget.setTabOrder(self.home.table, self.nav)
        QWidget.setTabOrder(self.nav, self.home.tree)

        self.bus.open_application.connect(self.open_detail)
        self.bus.sync_status.connect(self.show_sync_status)
        self.bus.actor_changed.connect(self.set_actor)
        self.bus.master_changed.connect(self.home.refresh)

        geo = self.settings.value("main/geometry")
        if geo is not None:
            self.restoreGeometry(geo)
        split = self.settings.value("main/splitter")
        if split is not None:
            self.body.restoreState(split)
        # "…_v2": the columns were reordered and resized (due date before the NIK); a width
        # saved for the old order would land on the wrong column
        columns = self.settings.value("main/results_columns_v2")
        if columns is not None:  # the officer's own column widths and order
            self.home.table.horizontalHeader().restoreState(columns)
        self.fit_to_screen(remembered=geo is not None)

        # Idle lock and officer switching (security area, ui/lock.py).
        from ui import lock
        self.session_manager = lock.attach(self)

        # Scheduled SiCantik pull; importing it also gives counter 2 its live lookup (sicantik area).
        # Its imports (region data, PDF library) take a second or more: they load on a
        # worker thread once the window is up, so the first paint does not wait for them.
        self.sicantik = None
        if background:
            QTimer.singleShot(0, self._load_sicantik)
        # Messages to applicants go out from here too, off the GUI thread (notify area).
        self.notify = None
        if background:
            QTimer.singleShot(0, self._start_notify)

    def paintEvent(self, e) -> None:
        super().paintEvent(e)
        if not self.has_painted:
            self.has_painted = True
            # the pages paint after the window itself, in the same frame
            QTimer.singleShot(0, self.first_painted.emit)

    def fit_to_screen(self, remembered: bool = False) -> None:
        """The first start fills at most the screen it opens on (status bar visible on a
        1366×768 laptop); a remembered size is kept when it still fits."""
        screen = self.screen()
        if screen is None:
            return
        avail = screen.availableGeometry()
        frame = max(0, self.frameGeometry().height() - self.geometry().height()) or 30
        w, h = (self.width(), self.height()) if remembered else (1366, 800)
        self.resize(max(self.minimumWidth(), min(w, avail.width())),
                    max(self.minimumHeight(), min(h, avail.height() - frame)))

    def _load_sicantik(self) -> None:
        import importlib
        worker.run(lambda: importlib.import_module("ui.sicantik_runner"),
                   on_done=self._start_sicantik, context=self)

    def _start_notify(self) -> None:
        from ui.notify_runner import NotifyRunner
        self.notify = NotifyRunner(self.loket, self.bus, self)  # type: ignore[assignment]
        self.notify.start()  # type: ignore[attr-defined]

    def _start_sicantik(self, module) -> None:
        self.sicantik = module.SicantikRunner(self.loket, self.bus, self)
        self.sicantik.start()  # type: ignore[attr-defined]

    # -- header ------------------------------------------------------------------
    def _header(self) -> QWidget:
        head = QFrame()
        head.setObjectName("header")
        lay = QHBoxLayout(head)
        lay.setContentsMargins(16, 10, 16, 10)
        lay.setSpacing(14)
        logo = QLabel()
        logo.setPixmap(QIcon(icon_path("loket.svg")).pixmap(QSize(36, 36)))
        lay.addWidget(logo)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        t = QLabel(self.tr("Loket"))
        t.setObjectName("appTitle")
        titles.addWidget(t)
        self.office_label = QLabel()
        self.office_label.setObjectName("officeName")
        titles.addWidget(self.office_label)
        lay.addLayout(titles)
        lay.addSpacing(24)
        self.search = SearchBox()
        self.search.setObjectName("globalSearch")
        self.search.setPlaceholderText(self.tr(
            "Cari permohonan — nomor, NIK, nama, atau no. tanda terima   (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Cari permohonan"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(QIcon(icon_path("search.svg")),
                              QLineEdit.ActionPosition.LeadingPosition)
        self.search.setMaximumWidth(720)
        self.search.setMinimumWidth(360)
        lay.addWidget(self.search, 1)
        lay.addStretch(0)
        # Today's date in the office's time zone: officers write it on paper forms.
        self.date_label = QLabel()
        self.date_label.setObjectName("officeName")
        self.date_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        lay.addWidget(self.date_label)
        self._show_date()
        self._date_timer = QTimer(self, interval=60_000)
        self._date_timer.timeout.connect(self._show_date)
        self._date_timer.start()
        self._debounce = QTimer(self, singleShot=True, interval=300)
        self._debounce.timeout.connect(self._run_search)
        self.search.textEdited.connect(self._search_edited)
        self.search.returnPressed.connect(self._search_enter)
        self.search.go_down.connect(self._to_results)
        from app import config
        got = ops.read_now(self, lambda c: config.read(c, ["office.government", "workstation.name"]),
                           loket=self.loket)
        government, self.workstation = got["office.government"], got["workstation.name"]
        self.office_label.setText(government.title() if government else "")
        return head

    def _show_date(self) -> None:
        from PySide6.QtCore import QDate, QLocale

        from ui.widgets import today_local
        d = today_local()
        english = QCoreApplication.instance().property("language") == "en"  # type: ignore[union-attr]
        locale = QLocale(QLocale.Language.English if english else QLocale.Language.Indonesian)
        self.date_label.setText(locale.toString(QDate(d.year, d.month, d.day), "dddd, d MMMM yyyy"))

    def _search_edited(self, _text: str) -> None:
        self.show_page(HOME)
        self._debounce.start()

    def _run_search(self) -> None:
        self.home.search(self.search.text())

    def _search_enter(self) -> None:
        # A scanned or typed number + Enter opens the file when it is the only match.
        self._debounce.stop()
        self.show_page(HOME)
        self.home.search(self.search.text(), open_single=True)
        self.home.focus_results()

    def _to_results(self) -> None:
        if self._debounce.isActive():
            self._debounce.stop()
            self._run_search()
        self.show_page(HOME)
        self.home.focus_results()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- navigation ----------------------------------------------------------------
    def visible_pages(self) -> list:
        mine = self.actor.roles
        return [p for p in page_registry.PAGES if not p.roles or (mine & set(p.roles))]

    def _build_nav(self) -> None:
        for sc in self._shortcuts:
            sc.setEnabled(False)
            sc.deleteLater()
        self._shortcuts = []
        for key, w in list(self._page_widgets.items()):
            if key != HOME:
                self.stack.removeWidget(w)
                w.deleteLater()
                del self._page_widgets[key]
        self.nav.blockSignals(True)
        self.nav.clear()
        entries = [(HOME, self.tr("Permohonan"), "Ctrl+1")]
        for i, p in enumerate(self.visible_pages(), start=2):
            entries.append((p.key, self._page_title(p), p.shortcut or (f"Ctrl+{i}" if i <= 9 else None)))  # type: ignore[arg-type]
        self._pages_by_key = {p.key: p for p in self.visible_pages()}
        for key, title, shortcut in entries:
            it = QListWidgetItem(title)
            it.setData(Qt.ItemDataRole.UserRole, key)
            it.setToolTip(f"{title}  ({shortcut})" if shortcut else title)
            self.nav.addItem(it)
            if shortcut:
                sc = QShortcut(QKeySequence(shortcut), self)
                sc.activated.connect(lambda k=key: self.show_page(k, focus=True))
                self._shortcuts.append(sc)
        self.nav.blockSignals(False)
        self.nav.fit_entries()
        self.sidebar.fit()
        self.nav.setCurrentRow(0)
        self.stack.setCurrentWidget(self.home)
        landing = next((p.key for p in self.visible_pages() if p.landing), None)
        if landing is not None:
            self.show_page(landing)

    @staticmethod
    def _page_title(p) -> str:
        from PySide6.QtCore import QCoreApplication
        return QCoreApplication.translate("pages", p.title)

    def _nav_changed(self, item, _prev=None) -> None:
        if item is not None:
            self._show(item.data(Qt.ItemDataRole.UserRole))

    def show_page(self, key: str, focus: bool = False) -> None:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.nav.setCurrentRow(row)
                break
        self._show(key)
        if focus:
            w = self.stack.currentWidget()
            if hasattr(w, "focus_entry"):      # the page knows where its work starts
                w.focus_entry()  # type: ignore[union-attr]
            else:
                (w.focusWidget() or w).setFocus(Qt.FocusReason.ShortcutFocusReason)  # type: ignore[union-attr]

    def _show(self, key: str) -> None:
        w = self._page_widgets.get(key)
        if w is None:
            w = self._make_page(key)
            if w is None:
                return
        self.stack.setCurrentWidget(w)

    def _make_page(self, key: str) -> QWidget | None:
        page = self._pages_by_key.get(key)
        if page is None:
            return None
        try:
            w = page_registry.resolve(page)(self.loket, self.actor, self.bus, self.stack)
        except Exception:
            log.exception("page %s could not be built", key)
            w = QLabel(self.tr("Halaman “{title}” tidak dapat dibuka karena kesalahan teknis.\n"
                               "Rincian dicatat di {log}.").format(title=self._page_title(page),
                                                                  log=log_path_text()))
            w.setObjectName("emptyState")
            w.setAlignment(Qt.AlignmentFlag.AlignCenter)
            w.setWordWrap(True)
        self.stack.addWidget(w)
        self._page_widgets[key] = w
        return w

    # -- actor ----------------------------------------------------------------------------
    def set_actor(self, actor) -> None:
        """Another officer took over this window (login switch, unlock)."""
        if actor is None or actor == self.actor:
            return
        self.actor = actor
        self._show_officer()
        self._build_nav()

    # -- status bar -----------------------------------------------------------------------
    def _status_bar(self) -> None:
        sb = self.statusBar()
        sb.setSizeGripEnabled(False)
        # short labels (the details in their tooltips): at 1280×720 and 125 % the bar is
        # 1024 px wide and holds the lock button, these and the late-files badge, uncut
        self.officer_label = QLabel()
        self.sync_label = QLabel()
        self.sync_label.setObjectName("syncState")
        self.ws_label = QLabel(self.workstation)
        self.ws_label.setToolTip(self.tr("Workstation: {name}\nBasis data: {path}").format(
            name=self.workstation, path=self.loket.db_path))
        self.db_label = self.ws_label
        for w in (self.officer_label, self.sync_label, self.ws_label):
            sb.addPermanentWidget(w)
        from ui.pages.worklist.badge import add_overdue_badge  # the officer's late files (back office)
        self.overdue_badge = add_overdue_badge(self)
        self._show_officer()
        from app import config
        central = bool(ops.read_now(self, lambda c: config.read(c, ["central.url"])["central.url"],
                                    loket=self.loket))
        self.sync_label.setText(self.tr("Sinkronisasi: menunggu…") if central
                                else self.tr("Sinkronisasi: hanya lokal"))
        self.sync_label.setProperty("state", "idle")

    def _show_officer(self) -> None:
        a = self.actor
        labels = [app_tr(workflow.ROLE_LABELS.get(r, r)) for r in workflow.ROLES if r in a.roles]
        labels += sorted(r for r in a.roles if r not in workflow.ROLES)
        if not labels:
            roles = self.tr("hanya baca")
        elif len(labels) == 1:
            roles = labels[0]
        else:  # the full list is in the tooltip; the bar stays short
            roles = self.tr("{n} peran").format(n=len(labels))
        self.officer_label.setText(self.tr("{name} — {roles}").format(name=a.name, roles=roles))
        tip = [a.name] + ([f"NIP {a.nip}"] if a.nip else []) + labels
        self.officer_label.setToolTip("\n".join(tip))

    def show_sync_status(self, st: dict) -> None:
        pending = int(st.get("pending") or 0)
        last = st.get("last_success")
        if st.get("online"):
            text = self.tr("Tersinkron {time}").format(time=last) if last else self.tr("Tersambung ke pusat")
            if st.get("progress") is not None:  # a long (first) sync says how far it is
                text = st.get("message") or text
            state = "online"
        else:
            text = self.tr("Luring — bekerja lokal")
            state = "error" if st.get("error") else "offline"
        if pending:
            text += self.tr(" · {n} menunggu dikirim").format(n=pending)
        tip = [st.get("message") or ""]
        refused = int(st.get("refused") or 0)
        if refused:   # refused changes stay queued: the administrator's page says what to do
            text += self.tr(" · {n} DITOLAK pusat").format(n=refused)
            tip.append(self.tr("{n} perubahan ditolak basis data pusat dan tetap di antrean; "
                               "Administrator: halaman Konflik sinkronisasi.").format(n=refused))
            state = "error"
        if st.get("clock_warning"):
            text += " · " + st["clock_warning"].split(":")[0]
            tip.append(st["clock_warning"])
            state = "error"
        self.sync_label.setText(self.tr("Sinkronisasi: {text}").format(text=text))
        self.sync_label.setToolTip("\n".join(t for t in tip if t))
        self.sync_label.setProperty("state", state)
        self.sync_label.style().unpolish(self.sync_label)
        self.sync_label.style().polish(self.sync_label)

    # -- shortcuts and dialogs ------------------------------------------------------------
    def _global_shortcuts(self) -> None:
        def add(seq, slot, text):
            act = QAction(text, self)
            act.setShortcut(QKeySequence(seq))
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act
        add(QKeySequence.StandardKey.Find, self.focus_search, self.tr("Cari permohonan"))
        add(QKeySequence.StandardKey.Refresh, self.refresh, self.tr("Muat ulang"))
        add(QKeySequence.StandardKey.HelpContents, self.about, self.tr("Tentang Loket"))
        add(QKeySequence("Ctrl+Q"), self.close, self.tr("Keluar"))

    def refresh(self) -> None:
        w = self.stack.currentWidget()
        if hasattr(w, "refresh"):
            w.refresh()  # type: ignore[union-attr]

    def about(self) -> None:
        AboutDialog(self.loket, self).exec()

    # -- details --------------------------------------------------------------------------
    def open_detail(self, no_or_id: str) -> DetailWindow:
        from ui.detail import DetailWindow  # the first file opened loads it, not the start
        w = self.details.get(no_or_id)
        if w is None:
            w = DetailWindow(self.loket, no_or_id, self.bus, self)
            self.details[no_or_id] = w
            w.destroyed.connect(lambda *_, k=no_or_id: self.details.pop(k, None))
            w.show()
        w.raise_()
        w.activateWindow()
        return w

    def closeEvent(self, e) -> None:
        if self.remember_layout:
            self.settings.setValue("main/geometry", self.saveGeometry())
            self.settings.setValue("main/splitter", self.body.saveState())
            self.settings.setValue("main/results_columns_v2", self.home.table.horizontalHeader().saveState())
            self.settings.sync()
        for w in list(self.details.values()):
            w.close()
        super().closeEvent(e)


class AboutDialog(QDialog):
    def __init__(self, loket, parent=None) -> None:
        super().__init__(parent)
        import platform

        from PySide6 import __version__ as qt_version
        self.setWindowTitle(self.tr("Tentang Loket"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 20, 24, 16)
        lay.setSpacing(12)
        top = QHBoxLayout()
        logo = QLabel()
        logo.setPixmap(QIcon(icon_path("loket.svg")).pixmap(QSize(72, 72)))
        top.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        text = QLabel()
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.setText(
            "<p style='font-size:16pt;font-weight:600;margin:0'>Loket {v}</p>"
            "<p>{desc}</p><p style='color:#5b6673'>{tech}</p>".format(
                v=__version__,
                desc=self.tr("Aplikasi front office DPMPTSP: penerimaan berkas, alur back office, "
                             "pencetakan SK, survei kepuasan dan penyerahan."),
                tech=self.tr("Folder data: {data}<br>Log: {log}<br>Python {py} · Qt for Python {qt} · {os}")
                .format(data=loket.data_dir, log=log_path_text(), py=platform.python_version(),
                        qt=qt_version, os=platform.system())))
        text.setMinimumWidth(460)
        top.addWidget(text, 1)
        top.setSpacing(18)
        lay.addLayout(top)
        from PySide6.QtWidgets import QDialogButtonBox  # not on every start: only here
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        box.rejected.connect(self.reject)
        lay.addWidget(box)
        self.version_text = text.text()

