"""The lead's Training tab: who is gated before real orders and why, the floor's required scenarios, lifting a
trainee's gate (the lead's badge + PIN + a reason, journaled), and a packer's recurring mistakes turned into their
own training scenario in one action, with whether they improved since.

Signals: `changed()` after any change succeeded.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from packstation.domain.errors import DomainError
from packstation.gui.messages import N_, error_text, scenario_title, tr

GATE_HEADERS = (N_("Trainee"), N_("Real orders"), N_("Why"), N_("Passed"))
ASSIGNMENT_HEADERS = (
    N_("Packer"),
    N_("Made"),
    N_("From mistakes"),
    N_("Before (per 100 orders)"),
    N_("Since (per 100 orders)"),
)


def _rate(errors: int, orders: int) -> str:
    return f"{errors}" if orders == 0 else f"{errors} ({100 * errors / orders:.1f})"


class TrainingGatePanel(QWidget):
    changed = Signal()

    def __init__(
        self,
        gate: Any,
        lead_user_id: int | None,
        people: Any = None,
        parent: QWidget | None = None,
        scenarios: list[Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.gate, self.actor_id, self.people = gate, lead_user_id, people
        if scenarios is None:
            from packstation.domain.training.scenarios import load_shipped

            scenarios = load_shipped()
        self.scenarios = scenarios
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        self.gate_label = QLabel()
        self.table = QTableWidget(0, len(GATE_HEADERS))
        self.table.setObjectName("gateTable")
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        left.addWidget(self.gate_label)
        left.addWidget(self.table, 2)
        self.lift_box = QGroupBox()
        form = QFormLayout(self.lift_box)
        self.badge, self.pin, self.reason = QLineEdit(), QLineEdit(), QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.lift_button = QPushButton()
        self.lift_button.clicked.connect(self.lift)
        self.form_labels: list[tuple[QLabel, str]] = []
        for source, widget in (
            (N_("Lead badge"), self.badge),
            (N_("PIN"), self.pin),
            (N_("Reason"), self.reason),
            ("", self.lift_button),
        ):
            label = QLabel()
            label.setBuddy(widget)
            self.form_labels.append((label, source))
            form.addRow(label, widget)
        left.addWidget(self.lift_box)
        self.mistakes_box = QGroupBox()
        mistakes = QVBoxLayout(self.mistakes_box)
        self.mistakes_label = QLabel()
        self.mistakes_label.setWordWrap(True)
        self.packer = QComboBox()
        self.packer.setObjectName("mistakesPacker")
        self.assign_button = QPushButton()
        self.assign_button.setObjectName("assignFromMistakes")
        self.assign_button.clicked.connect(self.assign)
        self.assignments = QTableWidget(0, len(ASSIGNMENT_HEADERS))
        self.assignments.setObjectName("assignmentsTable")
        mistakes.addWidget(self.mistakes_label)
        pick = QHBoxLayout()
        pick.addWidget(self.packer, 1)
        pick.addWidget(self.assign_button)
        mistakes.addLayout(pick)
        mistakes.addWidget(self.assignments)
        left.addWidget(self.mistakes_box, 2)
        layout.addLayout(left, 3)
        right = QVBoxLayout()
        self.required_label = QLabel()
        self.required_label.setWordWrap(True)
        self.required = QListWidget()
        self.required.setObjectName("requiredScenarios")
        for scenario in scenarios:
            item = QListWidgetItem(f"{scenario.level} · {scenario_title(scenario.id)}")
            item.setData(Qt.ItemDataRole.UserRole, scenario.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.required.addItem(item)
        self.save_required = QPushButton()
        self.save_required.clicked.connect(self.save)
        self.message = QLabel("")
        self.message.setObjectName("trainingMessage")
        self.message.setWordWrap(True)
        right.addWidget(self.required_label)
        right.addWidget(self.required, 1)
        right.addWidget(self.save_required)
        right.addWidget(self.message)
        layout.addLayout(right, 2)
        self.statuses: list[Any] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.gate_label.setText("<b>" + tr("Trainees and the gate before real orders") + "</b>")
        self.table.setHorizontalHeaderLabels([tr(h) for h in GATE_HEADERS])
        self.assignments.setHorizontalHeaderLabels([tr(h) for h in ASSIGNMENT_HEADERS])
        self.lift_box.setTitle(tr("Lift the selected trainee's gate"))
        for label, source in self.form_labels:
            label.setText(tr(source) if source else "")
        self.lift_button.setText(tr("Lift the gate"))
        self.mistakes_box.setTitle(tr("Training from the errors that happen"))
        self.mistakes_label.setText(
            tr(
                "A packer's recurring mistakes (same error on the same SKU) become their own "
                "training scenario on the training floor."
            )
        )
        self.assign_button.setText(tr("Make a scenario from their mistakes"))
        self.required_label.setText("<b>" + tr("Scenarios a trainee must pass on this floor") + "</b>")
        self.save_required.setText(tr("Save the required scenarios"))
        self.reload()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "statuses"):
            self.retranslate()

    def reload(self) -> None:
        required = set(self.gate.requirements())
        for n in range(self.required.count()):
            item = self.required.item(n)
            item.setCheckState(
                Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in required else Qt.CheckState.Unchecked
            )
        self.statuses = self.gate.gated()
        self.table.setRowCount(len(self.statuses))
        for r, s in enumerate(self.statuses):
            if s.gated:
                state, why = (
                    tr("GATED"),
                    tr("must still pass: {missing}", missing=", ".join(scenario_title(m) for m in s.missing)),
                )
            elif s.lifted_by:
                state, why = (
                    tr("allowed"),
                    tr("gate lifted by {lead}: {reason}", lead=s.lifted_by, reason=s.lift_reason),
                )
            else:
                state, why = tr("allowed"), tr("passed every required scenario")
            for c, value in enumerate([s.name, state, why, ", ".join(s.passed)]):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        current = self.packer.currentData()
        self.packer.clear()
        for uid, name in self.gate.packers():
            self.packer.addItem(name, uid)
        if current is not None and self.packer.findData(current) >= 0:
            self.packer.setCurrentIndex(self.packer.findData(current))
        rows = self.gate.assignments()
        self.assignments.setRowCount(len(rows))
        for r, a in enumerate(rows):
            what = ", ".join(f"{m.error_type.replace('_', ' ')} {m.sku} ×{m.count}" for m in a.mistakes)
            for c, value in enumerate(
                [
                    a.name,
                    f"{a.created_at:%Y-%m-%d}",
                    what,
                    _rate(a.before, a.orders_before),
                    _rate(a.since, a.orders_since),
                ]
            ):
                self.assignments.setItem(r, c, QTableWidgetItem(value))
        self.assignments.resizeColumnsToContents()

    def _do(self, done: str, fn: Any) -> bool:
        try:
            fn()
        except DomainError as exc:
            self.message.setText(f"<span style='color:#c62828'>{error_text(exc)}</span>")
            return False
        self.message.setText(done)
        self.reload()
        self.changed.emit()
        return True

    def selected(self) -> Any:
        row = self.table.currentRow()
        return self.statuses[row] if 0 <= row < len(self.statuses) else None

    def save(self) -> bool:
        ids = [
            str(self.required.item(n).data(Qt.ItemDataRole.UserRole))
            for n in range(self.required.count())
            if self.required.item(n).checkState() == Qt.CheckState.Checked
        ]
        return self._do(
            tr("Saved: %n scenario(s) required before real orders.", None, len(ids)),
            lambda: self.gate.set_requirements(ids, actor_id=self.actor_id),
        )

    def lift(self) -> bool:
        status = self.selected()
        if status is None:
            self.message.setText(tr("Select a trainee first."))
            return False
        ok = self._do(
            tr("{name} may claim real orders now.", name=status.name),
            lambda: self.gate.lift(status.user_id, self.badge.text().strip(), self.pin.text(), self.reason.text()),
        )
        self.pin.clear()
        if ok:
            self.reason.clear()
        return ok

    def assign(self) -> bool:
        """The chosen packer's recurring mistakes become their own scenario."""
        uid = self.packer.currentData()
        if uid is None:
            return False
        made: list[Any] = []
        ok = self._do("", lambda: made.append(self.gate.assign_from_mistakes(uid, actor_id=self.actor_id)))
        if ok:
            self.message.setText(
                tr(
                    "Ready on the training floor: \u201c{title}\u201d · Trainee: {name}",
                    title=scenario_title(made[0].title),
                    name=made[0].name,
                )
            )
        return ok
