"""Waiting for the window's print worker: the print queue is sent and read off the GUI thread."""

from __future__ import annotations

from typing import Any


def settle_prints(qtbot: Any, window: Any, timeout: int = 15_000) -> None:
    """Ask the window to refresh its print queue and wait until the worker's answer is on screen."""
    window.refresh_print_queue()
    qtbot.waitUntil(lambda: not window.printing_busy, timeout=timeout)
