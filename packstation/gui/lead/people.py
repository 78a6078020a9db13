"""Users and stations: add a packer, reset a PIN, change a role or language, add a bench.

Signals: `changed()` after any change succeeded.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from packstation.domain.errors import DomainError
from packstation.domain.vocabulary import ROLES
from packstation.gui.i18n import LANGUAGES, language_code
from packstation.gui.lead.confirm import confirm
from packstation.gui.lead.models import RowsModel
from packstation.gui.messages import N_, VOCABULARY, error_text, tr
from packstation.services.site.lead import LeadService

# Roles as a lead reads them (the stored value stays the code).
ROLE_NAMES: dict[str, str] = VOCABULARY["role"]
USER_HEADERS = (N_("Name"), N_("Badge"), N_("Role"), N_("Language"), N_("Active"), N_("Trainee"), N_("PIN set"))
STATION_HEADERS = (N_("Code"), N_("Station name"), N_("Last seen"))


def role_name(role: str) -> str:
    return tr(ROLE_NAMES[role]) if role in ROLE_NAMES else role


def _roles() -> QComboBox:
    box = QComboBox()
    for role in ROLES:
        box.addItem(role_name(role), role)
    return box


def _languages() -> QComboBox:
    """Each language in its own words (a packer finds theirs whatever the screen's language)."""
    box = QComboBox()
    for code, name in LANGUAGES.items():
        box.addItem(name, code)
    return box


class PeoplePanel(QWidget):
    changed = Signal()

    def __init__(self, lead: LeadService, actor_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lead, self.actor_id = lead, actor_id
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        self.users_model = RowsModel(USER_HEADERS, self)
        self.users_table = QTableView()
        self.users_table.setTabKeyNavigation(False)  # Tab leaves the table (arrows move between cells)
        self.users_table.setModel(self.users_model)
        self.users_table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.users_table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.people_label = QLabel()
        left.addWidget(self.people_label)
        left.addWidget(self.users_table)
        self.add_box = QGroupBox()
        form = QFormLayout(self.add_box)
        self.name, self.badge, self.pin = QLineEdit(), QLineEdit(), QLineEdit()
        self.role = _roles()
        self.language = _languages()
        self.trainee = QCheckBox()
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_user)
        # (form label, its English source) pairs, re-translated on a language switch
        self.form_labels: list[tuple[QLabel, str]] = []
        for label, widget in (
            (N_("Name"), self.name),
            (N_("Badge"), self.badge),
            (N_("PIN"), self.pin),
            (N_("Role"), self.role),
            (N_("Language"), self.language),
            ("", self.trainee),
            ("", self.add_button),
        ):
            self._row(form, label, widget)
        left.addWidget(self.add_box)
        self.edit_box = QGroupBox()
        form = QFormLayout(self.edit_box)
        self.new_pin = QLineEdit()
        self.reset_button = QPushButton()
        self.reset_button.clicked.connect(self.reset_pin)
        self.new_role = _roles()
        self.role_button = QPushButton()
        self.role_button.clicked.connect(self.change_role)
        self.new_language = _languages()
        self.language_button = QPushButton()
        self.language_button.clicked.connect(self.change_language)
        self.active_button = QPushButton()
        self.active_button.clicked.connect(self.toggle_active)
        for label, widget in (
            (N_("New PIN"), self.new_pin),
            ("", self.reset_button),
            (N_("Role"), self.new_role),
            ("", self.role_button),
            (N_("Language"), self.new_language),
            ("", self.language_button),
            ("", self.active_button),
        ):
            self._row(form, label, widget)
        for edit in (self.pin, self.new_pin):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        left.addWidget(self.edit_box)
        layout.addLayout(left, 2)
        right = QVBoxLayout()
        self.stations_label = QLabel()
        right.addWidget(self.stations_label)
        self.stations_model = RowsModel(STATION_HEADERS, self)
        self.stations_table = QTableView()
        self.stations_table.setTabKeyNavigation(False)
        self.stations_table.horizontalHeader().setStretchLastSection(True)
        self.stations_table.setModel(self.stations_model)
        right.addWidget(self.stations_table)
        self.station_code, self.station_name = QLineEdit(), QLineEdit()
        self.station_code.setPlaceholderText("BENCH-05")
        self.add_station_button = QPushButton()
        self.add_station_button.clicked.connect(self.add_station)
        for widget in (self.station_code, self.station_name, self.add_station_button):
            right.addWidget(widget)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        right.addWidget(self.message)
        layout.addLayout(right, 1)
        self.retranslate()

    def _row(self, form: QFormLayout, source: str, widget: QWidget) -> None:
        label = QLabel()
        label.setBuddy(widget)
        self.form_labels.append((label, source))
        form.addRow(label, widget)

    def retranslate(self) -> None:
        self.people_label.setText("<b>" + tr("People") + "</b>")
        self.stations_label.setText("<b>" + tr("Stations") + "</b>")
        self.add_box.setTitle(tr("Add a person"))
        self.edit_box.setTitle(tr("Selected person"))
        for label, source in self.form_labels:
            label.setText(tr(source) if source else "")
        for edit in (self.pin, self.new_pin):
            edit.setPlaceholderText(tr("4-12 digits"))
        self.station_name.setPlaceholderText(tr("Name (optional)"))
        self.trainee.setText(tr("New / trainee"))
        self.add_button.setText(tr("Add"))
        self.reset_button.setText(tr("Reset PIN"))
        self.role_button.setText(tr("Change role"))
        self.language_button.setText(tr("Change language"))
        self.active_button.setText(tr("Deactivate / activate"))
        self.add_station_button.setText(tr("Add station"))
        for box in (self.role, self.new_role):
            for index in range(box.count()):
                box.setItemText(index, role_name(str(box.itemData(index))))
        self.users_model.retranslate()
        self.stations_model.retranslate()
        self.reload()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "form_labels"):
            self.retranslate()

    def reload(self) -> None:
        users = self.lead.users()
        yes, no = tr("yes"), tr("no")
        self.users_model.set_rows(
            [
                [
                    u.name,
                    u.badge_code,
                    role_name(u.role),
                    LANGUAGES[language_code(u.locale)],
                    yes if u.active else no,
                    yes if u.trainee else "",
                    yes if u.has_pin else no,
                ]
                for u in users
            ],
            payloads=list(users),
        )
        stations = self.lead.stations()
        self.stations_model.set_rows(
            [[s.code, s.name, s.last_seen_at.strftime("%Y-%m-%d %H:%M") if s.last_seen_at else ""] for s in stations],
            payloads=list(stations),
        )
        for table in (self.users_table, self.stations_table):
            table.resizeColumnsToContents()  # translated headers and values fit, whatever the language

    def _do(self, done: str, fn) -> bool:  # type: ignore[no-untyped-def]
        try:
            fn()
        except DomainError as exc:
            self.message.setText(f"<span style='color:#c62828'>{error_text(exc)}</span>")
            return False
        self.message.setText(done)
        self.reload()
        self.changed.emit()
        return True

    def selected_user(self):  # type: ignore[no-untyped-def]
        rows = self.users_table.selectionModel().selectedRows()
        return self.users_model.payload(rows[0].row()) if rows else None

    def add_user(self) -> bool:
        ok = self._do(
            tr("Added {name}", name=self.name.text().strip()),
            lambda: self.lead.add_user(
                self.name.text(),
                self.badge.text(),
                str(self.role.currentData()),
                pin=self.pin.text() or None,
                trainee=self.trainee.isChecked(),
                locale=str(self.language.currentData()),
                actor_id=self.actor_id,
            ),
        )
        if ok:
            for widget in (self.name, self.badge, self.pin):
                widget.clear()
        return ok

    def _selected_or_say(self):  # type: ignore[no-untyped-def]
        user = self.selected_user()
        if user is None:
            self.message.setText(tr("Pick a person first."))
        return user

    def reset_pin(self) -> bool:
        user = self._selected_or_say()
        if user is None:
            return False
        ok = self._do(
            tr("New PIN set for {name}", name=user.name),
            lambda: self.lead.reset_pin(user.id, self.new_pin.text(), actor_id=self.actor_id),
        )
        self.new_pin.clear()
        return ok

    def change_role(self) -> bool:
        user = self._selected_or_say()
        role = str(self.new_role.currentData())
        return user is not None and self._do(
            tr("{name} — new role: {role}", name=user.name, role=role_name(role)),
            lambda: self.lead.set_role(user.id, role, actor_id=self.actor_id),
        )

    def change_language(self) -> bool:
        user = self._selected_or_say()
        code = str(self.new_language.currentData())
        return user is not None and self._do(
            tr("{name} now reads {language}", name=user.name, language=LANGUAGES[code]),
            lambda: self.lead.set_locale(user.id, code, actor_id=self.actor_id),
        )

    def toggle_active(self) -> bool:
        user = self._selected_or_say()
        if (
            user is not None
            and user.active
            and not confirm(
                self, tr("Deactivate"), tr("Deactivate {name}? Their badge stops working at once.", name=user.name)
            )
        ):
            self.message.setText(tr("{name} stays active", name=user.name))
            return False
        done = (
            tr("{name} deactivated", name=user.name)
            if user is not None and user.active
            else tr("{name} activated", name=user.name if user is not None else "")
        )
        return user is not None and self._do(
            done, lambda: self.lead.set_active(user.id, not user.active, actor_id=self.actor_id)
        )

    def add_station(self) -> bool:
        ok = self._do(
            tr("Added station {code}", code=self.station_code.text().strip().upper()),
            lambda: self.lead.add_station(self.station_code.text(), self.station_name.text()),
        )
        if ok:
            self.station_code.clear()
            self.station_name.clear()
        return ok
