"""Guards against the Qt runtime this project has been bitten by."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

# PySide6 6.12.0 on Python 3.11 drops a reference to None on every call of a
# Qt method that returns nothing, and the interpreter aborts with
# "Fatal Python error: none_dealloc" after a few thousand calls.
_MANY_VOID_CALLS = textwrap.dedent("""
    from PySide6.QtGui import QGuiApplication, QTextCursor, QTextDocument
    app = QGuiApplication([])
    document = QTextDocument()
    cursor = QTextCursor(document)
    for i in range(20000):
        cursor.insertText("字")
    print(document.characterCount())
""")


def test_many_void_qt_calls_do_not_abort_the_interpreter():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", _MANY_VOID_CALLS], capture_output=True, text=True, env=env,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "20001"
