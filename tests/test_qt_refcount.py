"""Guard against PySide6 6.12.0 on Python < 3.12: every call of a void method dropped a
reference to None, and the interpreter aborted after a few thousand calls. The test runs
in a subprocess so that such an abort fails this test instead of killing the suite."""

from __future__ import annotations

import subprocess
import sys

CODE = """
import sys
from PySide6.QtCore import QObject
obj = QObject()
before = sys.getrefcount(None)
for i in range(20000):
    obj.setObjectName("x")  # a void method
after = sys.getrefcount(None)
print(before, after)
"""


def test_void_calls_do_not_leak_references_to_none() -> None:
    out = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True,
                         check=False, timeout=120)
    assert out.returncode == 0, f"interpreter died: {out.stderr[-500:]}"
    before, after = map(int, out.stdout.split())
    assert after >= before - 100, f"refcount of None fell from {before} to {after}"
