"""One run at a time per data folder: a lock file held for the length of a run.

The GUI's background runners and their `loket …` commands (sync, notify) may start
the same work on the same data folder; the second one is refused at once with the
caller's message rather than waiting. The operating system releases the lock when
the file is closed, also when the process dies, so a crash never leaves it held.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import IO


class FolderLock:
    """Subclasses name the lock file and the refusal the officer reads when it is held."""

    filename = "run.lock"

    def __init__(self, folder: Path) -> None:
        self.path = Path(folder) / self.filename
        self.fh: IO[str] | None = None

    def busy(self) -> Exception:
        raise NotImplementedError

    def __enter__(self) -> FolderLock:
        self.fh = fh = open(self.path, "a+")
        try:
            if sys.platform == "win32":     # (os.name == "nt"; the form mypy narrows by platform)
                import msvcrt
                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            fh.close()
            raise self.busy() from None
        return self

    def __exit__(self, *exc: object) -> None:
        if self.fh is not None:
            self.fh.close()   # closing releases the lock
