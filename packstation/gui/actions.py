"""One registry of the packer's actions: id, text, shortcut, command barcode, enabled-when, handler.

The ids, titles, keys and barcodes come from `packstation.domain.commands` (pure data, also printed on the cheat
sheet); this module adds what only the screen knows: the handler and when the action makes sense.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from packstation.domain.commands import COMMANDS, Command, command_for_barcode
from packstation.gui.messages import tr
from packstation.gui.slots import slot


def _always() -> bool:
    return True


@dataclass
class Action:
    """A command bound to the screen."""

    command: Command
    handler: Callable[[], object]
    enabled_when: Callable[[], bool] = _always
    qaction: QAction | None = None

    @property
    def id(self) -> str:
        return self.command.id

    @property
    def text(self) -> str:
        return tr(self.command.title)

    @property
    def shortcut(self) -> str:
        return self.command.key

    @property
    def barcode(self) -> str:
        return self.command.barcode


class ActionRegistry:
    """Binds every command once; `trigger` is the one path for keys, command barcodes and buttons."""

    def __init__(self, owner: QWidget, on_refused: Callable[[Action], None] | None = None) -> None:
        self.owner = owner
        self.on_refused = on_refused
        self.actions: dict[str, Action] = {}
        self.log: list[str] = []  # ids triggered, in order (tests and the journal of what the packer asked for)

    def bind(self, command_id: str, handler: Callable[[], object], enabled_when: Callable[[], bool] = _always) -> None:
        command = next(c for c in COMMANDS if c.id == command_id)
        action = Action(command, handler, enabled_when)
        qaction = QAction(action.text, self.owner)
        qaction.setObjectName(f"action_{command.id}")
        qaction.setShortcut(QKeySequence(command.key))
        # Application-wide: the station is one window, and the keys must work whatever has the focus.
        qaction.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        qaction.setToolTip(f"{action.text} ({command.key}, {command.barcode})")
        qaction.triggered.connect(slot(lambda _checked=False, cid=command.id: self.trigger(cid)))
        self.owner.addAction(qaction)
        action.qaction = qaction
        self.actions[command_id] = action

    def unbound(self) -> list[str]:
        """Commands without a handler (a test asserts this is empty: every command has a key and a handler)."""
        return [c.id for c in COMMANDS if c.id not in self.actions]

    def for_barcode(self, text: str) -> Action | None:
        command = command_for_barcode(text)
        return self.actions.get(command.id) if command else None

    def is_enabled(self, command_id: str) -> bool:
        action = self.actions.get(command_id)
        return bool(action and action.enabled_when())

    def trigger(self, command_id: str) -> bool:
        action = self.actions[command_id]
        if QApplication.activeModalWidget() is not None and command_id not in ("ack", "help"):
            return False  # a dialog is open: its own keys apply (Esc closes it)
        if not action.enabled_when():
            if self.on_refused:
                self.on_refused(action)
            return False
        self.log.append(command_id)
        action.handler()
        return True

    def refresh(self) -> None:
        """Shortcuts stay live even when an action does not apply, so a refused key says why instead of nothing."""
