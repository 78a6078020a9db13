"""`packstation lead` on an office PC: a lead's (or admin's) badge and PIN before the lead window opens."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from packstation.domain.errors import DomainError
from packstation.gui.messages import error_text, tr


class LeadSignInDialog(QDialog):
    """`verify(badge, pin)` returns the lead's UserView or raises DomainError (kept on screen in words)."""

    def __init__(self, verify: Callable[[str, str], Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._verify = verify
        self.user: Any = None
        self.setWindowTitle(tr("Packstation — shift lead"))
        self.badge, self.pin = QLineEdit(), QLineEdit()
        self.badge.setObjectName("leadBadge")
        self.pin.setObjectName("leadPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b71c1c; font-weight: bold;")
        form = QFormLayout()
        form.addRow(tr("Lead badge"), self.badge)
        form.addRow(tr("PIN"), self.pin)
        layout = QVBoxLayout(self)
        heading = QLabel(tr("Scan your badge, type your PIN, press Enter."))
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.error)
        self.badge.returnPressed.connect(self.pin.setFocus)
        self.pin.returnPressed.connect(self.submit)
        self.badge.setFocus()

    def submit(self) -> bool:
        try:
            self.user = self._verify(self.badge.text().strip(), self.pin.text())
        except DomainError as exc:
            self.error.setText(error_text(exc))
            self.pin.clear()
            return False
        self.accept()
        return True

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        from PySide6.QtCore import Qt

        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return  # the fields handle Enter (no default button)
        super().keyPressEvent(event)
