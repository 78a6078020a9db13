"""Base for the station's dialogs: large text, keyboard only, and scans routed in rather than typed.

The main window hands every scan to the active dialog's `accept_scan(text)`; a dialog that does not want it returns
False and the scan goes to the order as usual. A dialog calls the service through a `submit` callable and shows a
refusal inline (in words, with the reason) instead of closing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from packstation.gui.messages import error_text


class StationDialog(QDialog):
    """A modal-to-its-window dialog with a title line, a body, and an error line."""

    def __init__(self, title: str, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(560)
        self.layout_ = QVBoxLayout(self)
        self.title_label = QLabel(title)
        self.title_label.setObjectName("dialogTitle")
        font = self.title_label.font()
        font.setBold(True)
        font.setPixelSize(int(max(font.pixelSize(), 16) * 1.5))
        self.title_label.setFont(font)
        self.prompt_label = QLabel(prompt)
        self.prompt_label.setWordWrap(True)
        self.error_label = QLabel("")
        self.error_label.setObjectName("dialogError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3121f; font-weight: bold;")
        self.layout_.addWidget(self.title_label)
        self.layout_.addWidget(self.prompt_label)
        self.result_value: Any = None

    def apply_scale(self, base_px: int) -> None:
        """Dialogs are windows of their own: give them the station's text size (readable at 1 m)."""
        from PySide6.QtGui import QFont

        font = QFont(self.font())
        font.setPixelSize(base_px)
        self.setFont(font)
        title = QFont(font)
        title.setBold(True)
        title.setPixelSize(int(base_px * 1.6))
        self.title_label.setFont(title)
        error = QFont(font)
        error.setBold(True)
        self.error_label.setFont(error)
        self.setMinimumWidth(max(560, base_px * 36))

    def finish_layout(self) -> None:
        self.layout_.addWidget(self.error_label)

    def accept_scan(self, text: str) -> bool:
        """A scan arrived while this dialog is open; True when the dialog used it."""
        return False

    def attempt(self, action: Callable[[], Any]) -> bool:
        """Run a service call; on refusal show the reason and stay open."""
        try:
            self.result_value = action()
        except Exception as exc:  # noqa: BLE001 - every refusal is shown, never swallowed
            self.error_label.setText(error_text(exc))
            return False
        self.error_label.setText("")
        self.accept()
        return True

    @property
    def error(self) -> str:
        return self.error_label.text()
