"""Work-around for a reference-counting bug of PySide6 6.12 on Python 3.11.

Many PySide6 calls that return None (`setText`, `setVisible`, `activateWindow`, `processEvents`,
`QApplication.activeModalWidget()` when no dialog is open, `QInputEvent.setTimestamp`, ...) drop one reference to
None without taking it, and bool results suffer the same way; after some thousands of calls the interpreter frees
None or True and aborts ("none_dealloc" / "bool_dealloc"). Python 3.12 made these singletons immortal (PEP 683), so
the bug is invisible there. `pin_singletons()` does what 3.12 does: it gives None, True and False a reference count
no session can use up. It runs once when `packstation.gui` is imported.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable
from typing import Any

_PINNED = 1 << 40  # references added to each singleton; a GUI session never drops this many


def pin_singletons() -> bool:
    """Make None, True and False practically immortal on CPython < 3.12; returns whether it did anything."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += _PINNED
    return True


def slot(fn: Callable[..., Any]) -> Callable[..., None]:
    """`fn` as a slot that returns nothing (a slot's return value is never used by Qt)."""

    def call(*args: Any) -> None:
        fn(*args)

    return call
