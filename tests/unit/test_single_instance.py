"""One Loket per data folder: a second copy on the same folder brings the first to
the front and exits — two real processes, offscreen."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _env(data_dir: Path) -> dict:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", LOKET_DATA_DIR=str(data_dir),
                PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")


def _wait_for(pred, timeout: float, what: str) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if pred():
            return
        time.sleep(0.1)     # polling another process: no signal to wait on
    raise AssertionError(f"timed out waiting for {what}")


def test_a_second_copy_brings_the_first_forward_and_exits(data_dir, qapp):
    from ui import single_instance
    first = subprocess.Popen([sys.executable, "-m", "app"], cwd=ROOT, env=_env(data_dir),
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    log = data_dir / "logs" / "loket.log"
    try:
        # the first copy is up: it holds the lock and shows its first window (the first
        # administrator's setup: a fresh folder has no officers yet)
        _wait_for(lambda: log.exists() and "database" in log.read_text(encoding="utf-8"), 60,
                  "the first copy to open its database")
        assert (data_dir / single_instance.LOCK_NAME).exists()
        second = subprocess.run([sys.executable, "-m", "app"], cwd=ROOT, env=_env(data_dir),
                                capture_output=True, text=True, timeout=60)
        assert second.returncode == 0, second.stderr
        assert "Loket sudah berjalan untuk folder data ini; jendelanya dibawa ke depan." in second.stderr
        _wait_for(lambda: "brought SetupDialog to the front" in log.read_text(encoding="utf-8"), 10,
                  "the first copy to come to the front")
        assert first.poll() is None                   # the first keeps running
        # this test process is a third copy: refused the same way
        instance, note, answered = single_instance.claim(data_dir)
        assert instance is None and answered and "dibawa ke depan" in note
    finally:
        first.send_signal(signal.SIGKILL)             # a crash: its lock and socket file stay
        first.wait(timeout=30)
    # the lock of a copy that is gone is taken over, however fresh the lock file
    instance, note, _ = single_instance.claim(data_dir)
    assert instance is not None and note == ""
    instance.release()


def test_another_data_folder_is_another_instance(tmp_path, qapp):
    from ui import single_instance
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    first, _, _ = single_instance.claim(a)
    second, _, _ = single_instance.claim(b)
    try:
        assert first is not None and second is not None
        assert single_instance.server_name(a) != single_instance.server_name(b)
        refused, _note, _answered = single_instance.claim(a, wait_ms=500)
        assert refused is None                        # the folder is taken, whoever asks
    finally:
        first.release()
        second.release()
