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

import gc

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
