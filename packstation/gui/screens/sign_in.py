"""Sign-in: scan a badge; a role that needs a PIN gets a PIN field (a badge alone never passes there)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from packstation.gui.messages import tr
from packstation.gui.slots import slot


class SignInScreen(QWidget):
    """Signals: pin_entered(str) when the PIN is typed and Enter pressed."""

    pin_entered = Signal(str)

    def __init__(self, station: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.badge: str | None = None
        self.heading = QLabel(tr("Scan your badge to start"))
        self.heading.setObjectName("bigPrompt")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.station_label = QLabel(tr("Station {station}", station=station))
        self.station_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin = QLineEdit()
        self.pin.setObjectName("signInPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(tr("PIN, then Enter"))
        self.pin.setMaximumWidth(420)
        self.pin.hide()
        self.pin.returnPressed.connect(slot(lambda: self.pin_entered.emit(self.pin.text())))
        self.error = QLabel()
        self.error.setObjectName("signInError")
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.error.setStyleSheet("color: #b3121f; font-weight: bold;")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.heading)
        layout.addWidget(self.station_label)
        layout.addWidget(self.pin, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.error)
        layout.addStretch(2)

    def reset(self) -> None:
        self.badge = None
        self.pin.clear()
        self.pin.hide()
        self.error.clear()
        self.heading.setText(tr("Scan your badge to start"))

    def ask_pin(self, badge: str) -> None:
        self.badge = badge
        self.heading.setText(tr("Type your PIN"))
        self.pin.clear()
        self.pin.show()
        self.pin.setFocus()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.pin.clear()
