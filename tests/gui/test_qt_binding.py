"""Guard against Qt bindings that corrupt ``None``'s reference count.

PySide6 6.12.0 on CPython 3.11 drops a reference to ``None`` on every call of a method that
returns nothing; after a few thousand keystrokes the interpreter aborts ("none_dealloc"),
taking unsaved words with it.  ``pyproject.toml`` excludes that release; this test fails
if such a binding is installed anyway.
"""

import sys

from PySide6.QtWidgets import QLineEdit


def test_void_calls_keep_none_alive(qapp):
    edit = QLineEdit()
    before = sys.getrefcount(None)
    for _ in range(2000):
        edit.setText("rob")
    assert sys.getrefcount(None) - before > -100
