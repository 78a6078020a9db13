"""Packstation gui."""

from packstation.gui.slots import pin_singletons

pin_singletons()  # before any PySide6 call: see packstation.gui.slots
