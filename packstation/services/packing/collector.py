"""Python's full garbage collection kept off the scan path.

A full (generation 2) collection walks every object of the process: about 40 ms in the packer's window, and with
CPython's default thresholds it lands on about one scan in 200 (issue #23). A station process therefore turns the
automatic full collection off (`install`: generation 2's threshold out of reach; generations 0 and 1, which only
walk young objects, keep running) and collects fully where nobody waits for an answer (`between_orders`: when a
new order is shown or the last one left the bench), then freezes what survives, so the young collections during
the next order never walk it again.

The window calls both (`gui/main_window.py`); a process that drives `StationService` without a window (the floor
benchmark) calls them likewise. Cyclic garbage of one order waits until the order is done: a few MB at most.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

T = TypeVar("T")

NEVER = 1_000_000_000  # generation 2 collects once this many generation-1 collections ran: never, in practice


def install() -> None:
    """No automatic full collection in this process from now on (the young generations keep their thresholds)."""
    young, older, _ = gc.get_threshold()
    gc.set_threshold(young, older, NEVER)


def between_orders() -> None:
    """The full collection, at a moment the packer waits for nothing; what survives is frozen (the collections of
    the next order skip it)."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()


# -- background threads ------------------------------------------------------------------------------------------
# Python's automatic collection runs in whichever thread happens to allocate when a threshold trips. In a worker
# thread it may collect garbage that holds Qt objects and delete them off the GUI thread: a segfault (CI, the lead's
# dashboard worker "Garbage-collecting" in the SQL compiler). While any background call runs, the automatic
# collection waits; it runs again, on the threads that allocate next (the GUI's), once the last one ends.
_holds_lock = threading.Lock()
_holds = 0
_resume = False


@contextlib.contextmanager
def no_collection_here() -> Iterator[None]:
    """Hold the automatic collection off while this background thread works (nested and concurrent holds add up;
    a process that had it off keeps it off)."""
    global _holds, _resume
    with _holds_lock:
        if _holds == 0:
            _resume = gc.isenabled()
            gc.disable()
        _holds += 1
    try:
        yield
    finally:
        with _holds_lock:
            _holds -= 1
            if _holds == 0 and _resume:
                gc.enable()


def without_collection(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """`fn(*args, **kwargs)` under `no_collection_here` (for executors' `submit`)."""
    with no_collection_here():
        return fn(*args, **kwargs)
