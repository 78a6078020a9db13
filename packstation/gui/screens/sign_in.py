"""Sign-in: scan a badge; a role that needs a PIN gets a PIN field (a badge alone never passes there).

The packer can pick their language here, by keyboard only: Alt+L steps through English / Norsk bokmål / Polski /
Suomi (each named in its own language), or Tab to a language button and press Enter. The bench switches at once;
when the packer signs in, the choice is saved as their own setting (users.locale) through the station service, so
their next sign-in at any bench starts in it.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from packstation.gui.accessibility import FOCUS_COLOUR
from packstation.gui.i18n import LANGUAGES, current_language, language_code, switch_language
from packstation.gui.messages import tr
from packstation.gui.slots import slot
from packstation.services.views import UserView

log = logging.getLogger(__name__)

LANGUAGE_KEY = "Alt+L"  # the F-keys are all packing commands; Alt+L is free everywhere on the bench


class SignInScreen(QWidget):
    """Signals: pin_entered(str) when the PIN is typed and Enter pressed; language_chosen(str) on a pick."""

    pin_entered = Signal(str)
    language_chosen = Signal(str)

    def __init__(self, station: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.badge: str | None = None
        self.station = station
        self.chosen_language: str | None = None  # picked on this screen, saved at the next sign-in
        self.heading = QLabel()
        self.heading.setObjectName("bigPrompt")
        self.heading.setWordWrap(True)  # large text in Finnish must still fit a 1366 px bench (and the training floor)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.station_label = QLabel()
        self.station_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin = QLineEdit()
        self.pin.setObjectName("signInPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaximumWidth(420)
        self.pin.hide()
        self.pin.returnPressed.connect(slot(lambda: self.pin_entered.emit(self.pin.text())))
        self.error = QLabel()
        self.error.setObjectName("signInError")
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.error.setWordWrap(True)  # a long refusal (a keyboard layout to change) must not widen the window
        self.error.setStyleSheet("color: #b3121f; font-weight: bold;")
        # The language picker: one button per language, named in its own words; each is its own Tab stop (no
        # exclusive button group, which would hide all but one from Tab), the checked one is the language in use.
        self.language_label = QLabel()
        self.language_label.setObjectName("languageHint")
        self.language_buttons: dict[str, QPushButton] = {}
        languages = QHBoxLayout()
        languages.addStretch(1)
        languages.addWidget(self.language_label)
        for code, name in LANGUAGES.items():
            button = QPushButton(name)
            button.setObjectName(f"language_{code}")
            button.setCheckable(True)
            # the language in use stands out by weight and a border, not by colour alone
            button.setStyleSheet(
                "QPushButton:checked { font-weight: bold; border: 2px solid #111111; "
                "background: #e3ecfa; color: #111111; padding: 2px 10px; }"
                f"QPushButton:checked:focus {{ border: 3px solid {FOCUS_COLOUR}; }}"
            )
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setAutoDefault(True)  # Enter picks it (Space can be held back by the scan filter as typing)
            button.clicked.connect(slot(lambda _checked=False, c=code: self.choose_language(c)))
            self.language_buttons[code] = button
            languages.addWidget(button)
        languages.addStretch(1)
        self.language_shortcut = QShortcut(QKeySequence(LANGUAGE_KEY), self)
        self.language_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.language_shortcut.activated.connect(slot(self.next_language))
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.heading)
        layout.addWidget(self.station_label)
        layout.addWidget(self.pin, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.error)
        layout.addStretch(2)
        layout.addLayout(languages)
        self._mark(current_language())
        self.retranslate()

    # -- language -------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(tr("Type your PIN") if self.badge else tr("Scan your badge to start"))
        self.station_label.setText(tr("Station {station}", station=self.station))
        self.pin.setPlaceholderText(tr("PIN, then Enter"))
        self.language_label.setText(tr("Language ({key}):", key=LANGUAGE_KEY))
        self._mark(current_language())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "language_label"):
            self.retranslate()

    def _mark(self, code: str) -> None:
        for language, button in self.language_buttons.items():
            button.setChecked(language == code)

    def choose_language(self, code: str) -> str:
        """Show the bench in `code` now; it becomes the packer's setting when they sign in."""
        self.chosen_language = switch_language(code)
        self._mark(self.chosen_language)
        self.language_chosen.emit(self.chosen_language)
        return self.chosen_language

    def next_language(self) -> str | None:
        """Alt+L: the next language in the list (English -> Norsk bokmål -> Polski -> Suomi -> English)."""
        if not self.isVisible():
            return None  # a signed-in packer's language is their setting; the picker lives on this screen
        codes = list(LANGUAGES)
        return self.choose_language(codes[(codes.index(current_language()) + 1) % len(codes)])

    def remember_language(self, user: UserView, station: Any) -> UserView:
        """After a sign-in: save a language picked here as the user's setting and return the user with it.

        Saved through the station service (`set_locale`, the same call the lead's People tab makes); if saving is
        refused the user keeps their stored language, so what the bench shows is what is stored.
        """
        chosen, self.chosen_language = self.chosen_language, None
        if chosen is None or chosen == language_code(user.locale):
            return user
        save = getattr(station, "set_locale", None)
        if save is None:
            return user
        try:
            save(user.id, chosen)
        except Exception:  # noqa: BLE001 - a language is never worth refusing a sign-in over; the log says why
            log.exception("could not save the language %s for user %s", chosen, user.id)
            return user
        return replace(user, locale=chosen)

    # -- badge and PIN --------------------------------------------------------------------------------------
    def reset(self) -> None:
        self.badge = None
        self.chosen_language = None
        self.pin.clear()
        self.pin.hide()
        self.error.clear()
        self.retranslate()

    def ask_pin(self, badge: str) -> None:
        self.badge = badge
        self.heading.setText(tr("Type your PIN"))
        self.pin.clear()
        self.pin.show()
        self.pin.setFocus()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.pin.clear()
