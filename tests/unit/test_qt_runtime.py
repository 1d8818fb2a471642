"""The Qt binding itself must survive a long working day at the counter."""
import subprocess
import sys

SCRIPT = """
from PySide6.QtCore import QCoreApplication, QObject, Signal
class O(QObject):
    s = Signal(int)
app = QCoreApplication([])
o = O()
o.s.connect(lambda v: None)
for i in range(100_000):
    o.s.emit(i)
print("ok")
"""


def test_many_signal_emits_do_not_abort():
    # PySide6 6.12.0 aborts here with "bool_dealloc" (a refcount bug in emit).
    r = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0 and r.stdout.strip() == "ok", r.stderr[-500:]
