"""Where Loket keeps its data: --data-dir, else LOKET_DATA_DIR, else the user data dir."""
from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "Loket"
DB_FILE = "loket.sqlite3"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    if override:
        path = Path(override)
    elif os.environ.get("LOKET_DATA_DIR"):
        path = Path(os.environ["LOKET_DATA_DIR"])
    else:   # imported here: platformdirs pulls tempfile, random, shutil (~10 ms of a start)
        import platformdirs
        path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path.resolve()


_opened: Path | None = None


def set_opened(folder: str | os.PathLike[str] | None) -> None:
    """Remember the data folder this process opened (app.runtime.open_loket)."""
    global _opened
    _opened = Path(folder) if folder else None


def opened() -> Path | None:
    """The data folder this process opened, if any (where the QR key file lives without a keyring)."""
    return _opened


def db_path(folder: Path) -> Path:
    return folder / DB_FILE


def log_dir(folder: Path) -> Path:
    d = folder / "logs"
    d.mkdir(exist_ok=True)
    return d


def resources_dir() -> Path:
    import resources
    return Path(resources.__file__).parent
