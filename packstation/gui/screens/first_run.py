"""First start on a production database nobody has set up: set up this site, or open the training floor.

Keys only: Enter on the focused choice (or Alt+S / Alt+T), Tab or Enter from field to field, Enter on the last
field sets the site up, Esc goes back to the choice. A refusal (short PIN, bad GS1 prefix, bad printer address)
stays on screen in words. Setting up is one service call (`SiteService.setup`, passed in as `submit`); opening the
training floor only answers `choice == "training"`: the composition root opens the demo database, never this one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from packstation.domain.errors import DomainError
from packstation.gui.messages import error_text, tr
from packstation.services.site.service import SiteSetup

SITE, TRAINING = "site", "training"


class FirstRunDialog(QDialog):
    """`submit(SiteSetup)` sets the site up (raises DomainError to refuse); `choice` says what the user picked."""

    def __init__(
        self, submit: Callable[[SiteSetup], Any], *, station: str = "BENCH-01", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self._submit = submit
        self.station_code = station
        self.choice: str | None = None
        self.pages = QStackedWidget()
        self.pages.addWidget(self._choice_page())
        self.pages.addWidget(self._form_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.retranslate()
        self.resize(720, 560)
        self.setup_button.setFocus()

    # -- pages ------------------------------------------------------------------------------------------------
    def _choice_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 22px; font-weight: bold;")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.setup_button = QPushButton()
        self.setup_button.setObjectName("setUpSite")
        self.training_button = QPushButton()
        self.training_button.setObjectName("openTraining")
        self.setup_hint, self.training_hint = QLabel(), QLabel()
        for button in (self.setup_button, self.training_button):
            button.setAutoDefault(True)
            button.setMinimumHeight(48)
            button.setStyleSheet("font-size: 16px; text-align: left; padding-left: 12px;")
        for hint in (self.setup_hint, self.training_hint):
            hint.setWordWrap(True)
            hint.setStyleSheet("color: #37474f; margin-bottom: 12px;")
        self.setup_button.clicked.connect(self.show_form)
        self.training_button.clicked.connect(self.open_training)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addSpacing(10)
        for widget in (self.setup_button, self.setup_hint, self.training_button, self.training_hint):
            layout.addWidget(widget)
        layout.addStretch(1)
        return page

    def _form_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.form_heading = QLabel()
        self.form_heading.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.site_name, self.admin_name, self.admin_badge = QLineEdit(), QLineEdit(), QLineEdit()
        self.pin, self.pin_again = QLineEdit(), QLineEdit()
        for field in (self.pin, self.pin_again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.prefix, self.label_printer, self.document_printer = QLineEdit(), QLineEdit(), QLineEdit()
        self.fields = [
            self.site_name,
            self.admin_name,
            self.admin_badge,
            self.pin,
            self.pin_again,
            self.prefix,
            self.label_printer,
            self.document_printer,
        ]
        names = [
            "siteName",
            "adminName",
            "adminBadge",
            "adminPin",
            "adminPinAgain",
            "gs1Prefix",
            "labelPrinter",
            "documentPrinter",
        ]
        self.form = QFormLayout()
        self.form_labels = [QLabel() for _ in self.fields]
        for field, name, label in zip(self.fields, names, self.form_labels, strict=True):
            field.setObjectName(name)
            label.setBuddy(field)
            self.form.addRow(label, field)
        for field, following in zip(self.fields, self.fields[1:], strict=False):
            field.returnPressed.connect(following.setFocus)
        self.fields[-1].returnPressed.connect(self.set_up)
        self.error = QLabel()
        self.error.setObjectName("firstRunError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.form_hint = QLabel()
        self.form_hint.setWordWrap(True)
        self.set_up_button = QPushButton()
        self.set_up_button.setAutoDefault(False)
        self.set_up_button.clicked.connect(self.set_up)
        layout.addWidget(self.form_heading)
        layout.addLayout(self.form)
        layout.addWidget(self.form_hint)
        layout.addWidget(self.error)
        layout.addWidget(self.set_up_button)
        layout.addStretch(1)
        return page

    def retranslate(self) -> None:
        self.setWindowTitle(tr("Packstation — first start"))
        self.heading.setText(tr("This database is new"))
        self.intro.setText(
            tr(
                "Nobody can sign in yet. Set this site up for real work, or open the training floor "
                "to try Packstation on demo orders."
            )
        )
        self.setup_button.setText(tr("&Set up this site"))
        self.setup_hint.setText(
            tr(
                "The first admin's badge and PIN, the site's name, the GS1 company prefix for "
                "shipping labels and the printers of this bench."
            )
        )
        self.training_button.setText(tr("Open the &training floor"))
        self.training_hint.setText(
            tr(
                "Demo orders and demo users in a separate training database, with a "
                "TRAINING banner. Nothing from it can ship; this database stays empty."
            )
        )
        self.form_heading.setText(tr("Set up this site (bench {station})", station=self.station_code))
        for label, text in zip(
            self.form_labels,
            (
                tr("Site name"),
                tr("First admin's name"),
                tr("Admin badge (scan it)"),
                tr("Admin PIN (6-12 digits)"),
                tr("PIN again"),
                tr("GS1 company prefix"),
                tr("Label printer"),
                tr("Document printer"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.prefix.setPlaceholderText(tr("6-12 digits from GS1; empty: GS1's example prefix for now"))
        for field in (self.label_printer, self.document_printer):
            field.setPlaceholderText(tr("tcp://HOST:9100, system:NAME, or empty for PDF files"))
        self.form_hint.setText(
            tr("Enter moves to the next field; Enter on the last one sets the site up. Esc goes back.")
        )
        self.set_up_button.setText(tr("Set up the site"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "set_up_button"):
            self.retranslate()

    # -- actions ----------------------------------------------------------------------------------------------
    def show_form(self) -> None:
        self.pages.setCurrentIndex(1)
        self.site_name.setFocus()

    def open_training(self) -> None:
        self.choice = TRAINING
        self.accept()

    def set_up(self) -> bool:
        if self.pin.text() != self.pin_again.text():
            self.error.setText(tr("The two PINs differ; type the same PIN twice."))
            self.pin_again.clear()
            self.pin.selectAll()
            self.pin.setFocus()
            return False
        setup = SiteSetup(
            admin_name=self.admin_name.text(),
            admin_badge=self.admin_badge.text(),
            admin_pin=self.pin.text(),
            site_name=self.site_name.text(),
            company_prefix=self.prefix.text(),
            station=self.station_code,
            label_printer=self.label_printer.text(),
            document_printer=self.document_printer.text(),
        )
        try:
            self._submit(setup)
        except DomainError as exc:
            self.error.setText(error_text(exc))
            return False
        self.choice = SITE
        self.accept()
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Escape and self.pages.currentIndex() == 1:
            self.error.clear()
            self.pages.setCurrentIndex(0)
            self.setup_button.setFocus()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.pages.currentIndex() == 1:
            return  # the fields handle Enter themselves (next field, or set up); never a hidden default button
        super().keyPressEvent(event)
