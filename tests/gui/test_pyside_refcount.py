"""PySide6 6.12 on Python 3.11 drops references to None on many calls; importing packstation.gui guards against it.

Run in a subprocess: without the guard the interpreter aborts ("none_dealloc") after a few thousand calls.
"""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
import packstation.gui
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
for i in range(50_000):
    label.setText("x")
    QApplication.activeModalWidget()
print("alive")
"""


def test_many_pyside_calls_do_not_free_none() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr[-500:]
    assert "alive" in done.stdout
