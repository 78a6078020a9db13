"""Users and stations: add a packer, reset a PIN, change a role, add a bench.

Signals: `changed()` after any change succeeded.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
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
from packstation.gui.lead.models import RowsModel
from packstation.gui.messages import tr
from packstation.services.lead import LeadService
from packstation.store.models.people import ROLES


def _pin_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setPlaceholderText(tr("4-12 digits"))
    return edit


class PeoplePanel(QWidget):
    changed = Signal()

    def __init__(self, lead: LeadService, actor_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lead, self.actor_id = lead, actor_id
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        self.users_model = RowsModel(("Name", "Badge", "Role", "Active", "Trainee", "PIN set"), self)
        self.users_table = QTableView()
        self.users_table.setModel(self.users_model)
        self.users_table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.users_table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        left.addWidget(QLabel("<b>" + tr("People") + "</b>"))
        left.addWidget(self.users_table)
        add = QGroupBox(tr("Add a person"))
        form = QFormLayout(add)
        self.name, self.badge, self.pin = QLineEdit(), QLineEdit(), _pin_edit()
        self.role = QComboBox()
        self.role.addItems(ROLES)
        self.trainee = QCheckBox(tr("New / trainee"))
        self.add_button = QPushButton(tr("Add"))
        self.add_button.clicked.connect(self.add_user)
        for label, widget in ((tr("Name"), self.name), (tr("Badge"), self.badge), (tr("PIN"), self.pin), (tr("Role"), self.role),
                              ("", self.trainee), ("", self.add_button)):
            form.addRow(label, widget)
        left.addWidget(add)
        edit = QGroupBox(tr("Selected person"))
        form = QFormLayout(edit)
        self.new_pin = _pin_edit()
        self.reset_button = QPushButton(tr("Reset PIN"))
        self.reset_button.clicked.connect(self.reset_pin)
        self.new_role = QComboBox()
        self.new_role.addItems(ROLES)
        self.role_button = QPushButton(tr("Change role"))
        self.role_button.clicked.connect(self.change_role)
        self.active_button = QPushButton(tr("Deactivate / activate"))
        self.active_button.clicked.connect(self.toggle_active)
        for label, widget in ((tr("New PIN"), self.new_pin), ("", self.reset_button), (tr("Role"), self.new_role),
                              ("", self.role_button), ("", self.active_button)):
            form.addRow(label, widget)
        left.addWidget(edit)
        layout.addLayout(left, 2)
        right = QVBoxLayout()
        right.addWidget(QLabel("<b>" + tr("Stations") + "</b>"))
        self.stations_model = RowsModel(("Code", "Name", "Last seen"), self)
        stations_table = QTableView()
        stations_table.setModel(self.stations_model)
        right.addWidget(stations_table)
        self.station_code, self.station_name = QLineEdit(), QLineEdit()
        self.station_code.setPlaceholderText("BENCH-05")
        self.add_station_button = QPushButton(tr("Add station"))
        self.add_station_button.clicked.connect(self.add_station)
        for widget in (self.station_code, self.station_name, self.add_station_button):
            right.addWidget(widget)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        right.addWidget(self.message)
        layout.addLayout(right, 1)
        self.reload()

    def reload(self) -> None:
        users = self.lead.users()
        self.users_model.set_rows([[u.name, u.badge_code, u.role, "yes" if u.active else "no",
                                    "yes" if u.trainee else "", "yes" if u.has_pin else "no"] for u in users],
                                  payloads=list(users))
        stations = self.lead.stations()
        self.stations_model.set_rows([[s.code, s.name, s.last_seen_at.strftime("%Y-%m-%d %H:%M")
                                       if s.last_seen_at else ""] for s in stations], payloads=list(stations))

    def _do(self, done: str, fn) -> bool:  # type: ignore[no-untyped-def]
        try:
            fn()
        except DomainError as exc:
            self.message.setText(f"<span style='color:#c62828'>{exc.message}</span>")
            return False
        self.message.setText(done)
        self.reload()
        self.changed.emit()
        return True

    def selected_user(self):  # type: ignore[no-untyped-def]
        rows = self.users_table.selectionModel().selectedRows()
        return self.users_model.payload(rows[0].row()) if rows else None

    def add_user(self) -> bool:
        ok = self._do(f"Added {self.name.text().strip()}", lambda: self.lead.add_user(
            self.name.text(), self.badge.text(), self.role.currentText(), pin=self.pin.text() or None,
            trainee=self.trainee.isChecked(), actor_id=self.actor_id))
        if ok:
            for widget in (self.name, self.badge, self.pin):
                widget.clear()
        return ok

    def _selected_or_say(self):  # type: ignore[no-untyped-def]
        user = self.selected_user()
        if user is None:
            self.message.setText("Pick a person first.")
        return user

    def reset_pin(self) -> bool:
        user = self._selected_or_say()
        if user is None:
            return False
        ok = self._do(f"New PIN set for {user.name}",
                      lambda: self.lead.reset_pin(user.id, self.new_pin.text(), actor_id=self.actor_id))
        self.new_pin.clear()
        return ok

    def change_role(self) -> bool:
        user = self._selected_or_say()
        role = self.new_role.currentText()
        return user is not None and self._do(f"{user.name} is now {role}", lambda: self.lead.set_role(
            user.id, role, actor_id=self.actor_id))

    def toggle_active(self) -> bool:
        user = self._selected_or_say()
        return user is not None and self._do(
            f"{user.name} {'deactivated' if user.active else 'activated'}",
            lambda: self.lead.set_active(user.id, not user.active, actor_id=self.actor_id))

    def add_station(self) -> bool:
        ok = self._do(f"Added station {self.station_code.text().strip().upper()}",
                      lambda: self.lead.add_station(self.station_code.text(), self.station_name.text()))
        if ok:
            self.station_code.clear()
            self.station_name.clear()
        return ok
