"""The pieces every screen shares, in one package (`from ui.widgets import …`).

- `messages`: message boxes with Indonesian buttons, `user_message(exc)`;
- `display`: app/ labels translated, times and dates in the office time zone;
- `layout`: separator, row, wrapping flow layout, the dashboard's count card;
- `theme`: the colours set in code (error red, late, ok, muted) and the icon;
- `forms`: error line, password field and pair, Simpan/Batal, `FormDialog`;
- `scan`: the scan box and bar of counters 4 and 5, the USB scanner catcher;
- `paged`: the windowed, keyset-paged table model of the search and the worklist
  (imported from `ui.widgets.paged`, so a screen without a table does not load it).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ui.widgets import theme
    from ui.widgets.display import (
        app_tr,
        fmt_date,
        fmt_datetime,
        local,
        set_office_timezone,
        today_local,
        zone_name,
    )
    from ui.widgets.forms import (
        ErrorLabel,
        FormDialog,
        PasswordEdit,
        PasswordPair,
        busy,
        fit_bold,
        refit,
        save_cancel,
    )
    from ui.widgets.layout import CountCard, FlowLayout, clear, file_summary, hline, row
    from ui.widgets.messages import (
        confirm,
        confirm_action,
        error_box,
        info_box,
        log_path_text,
        translate,
        user_message,
    )
    from ui.widgets.scan import ScanBar, ScanCatcher, scan_box

# Each name from its module, imported when first asked for (PEP 562): Qt builds a
# class's Python enums when the class is first touched, a third of a millisecond
# each, and the dialogs, forms and scan bars here would cost the window's start
# (loket --smoke) a few hundred of them before it shows anything.
_HOME = {
    "theme": ("theme",),
    "display": ("app_tr", "fmt_date", "fmt_datetime", "local", "set_office_timezone", "today_local", "zone_name"),
    "forms": ("ErrorLabel", "FormDialog", "PasswordEdit", "PasswordPair", "busy", "fit_bold", "refit",
              "save_cancel"),
    "layout": ("CountCard", "FlowLayout", "clear", "file_summary", "hline", "row"),
    "messages": ("confirm", "confirm_action", "error_box", "info_box", "log_path_text", "translate",
                 "user_message"),
    "scan": ("ScanBar", "ScanCatcher", "scan_box"),
}
_MODULE_OF = {name: module for module, names in _HOME.items() for name in names}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib
    mod = importlib.import_module(f"{__name__}.{module}")
    value = mod if name == module else getattr(mod, name)
    globals()[name] = value
    return value


__all__ = [
    "theme", "app_tr", "fmt_date", "fmt_datetime", "local", "set_office_timezone", "today_local", "zone_name",
    "ErrorLabel", "FormDialog", "PasswordEdit", "PasswordPair", "busy", "fit_bold", "refit", "save_cancel",
    "CountCard", "FlowLayout", "clear", "file_summary", "hline", "row",
    "confirm", "confirm_action", "error_box", "info_box", "log_path_text", "translate", "user_message",
    "ScanBar", "ScanCatcher", "scan_box",
]
