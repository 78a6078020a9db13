"""Manual entry: a visible field where the packer types a code from a damaged label and presses Enter.

Always on the bench window (signed out too: a damaged badge). Ctrl+E puts the cursor in it. What the packer types
shows as they type it (the scan filter gives a person's keys to the field); Enter hands the code to the window as a
typed scan, which the journal marks as typed. A scanner's burst is still a scan, even while the field has focus.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from packstation.gui.messages import tr
from packstation.gui.slots import slot

MANUAL_ENTRY_KEY = "Ctrl+E"


class ManualEntry(QWidget):
    """Signals: entered(str) when the packer presses Enter on a non-empty code."""

    entered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("manualEntry")
        self.label = QLabel()
        self.field = QLineEdit()
        self.field.setObjectName("manualEntryField")
        self.field.setMaxLength(120)
        self.field.setClearButtonEnabled(True)
        self.field.returnPressed.connect(slot(self._enter))
        self.label.setBuddy(self.field)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.field, 1)
        self.shortcut = QShortcut(QKeySequence(MANUAL_ENTRY_KEY), self)
        self.shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.shortcut.activated.connect(slot(self.focus_field))
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(tr("Type a code:"))
        self.field.setPlaceholderText(tr("a code from a damaged label, then Enter ({key})", key=MANUAL_ENTRY_KEY))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "field"):
            self.retranslate()

    def focus_field(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def _enter(self) -> None:
        text = self.field.text().strip()
        self.field.clear()
        if text:
            self.entered.emit(text)
