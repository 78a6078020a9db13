"""Who gets a campaign, picked from lists: fact, comparison and value per condition, combined with all/any.

The builder only edits the rule as data (`packstation.domain.campaigns.rules`): `rule()` gives the JSON-shaped dict
the service validates and stores, `set_rule()` shows a stored rule. A rule the lists cannot show (nested groups, a
segment with its own parameters) is left as it is and the campaign editor offers it as JSON instead.

Signals: `changed()` after any edit.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from packstation.gui.messages import N_, tr


@dataclass(frozen=True)
class Choice:
    """One entry of the fact list: a fact (or a built-in segment) and the comparisons that make sense for it."""

    key: str
    title: str
    kind: str  # number | text | set | segment | stage
    ops: tuple[str, ...]
    hint: str = ""


CHOICES: tuple[Choice, ...] = (
    Choice("journey_stage", N_("Journey stage"), "stage", ("==", "!=")),
    Choice("vip", N_("VIP customer"), "segment", ("yes", "no")),
    Choice("first_order", N_("First order"), "segment", ("yes", "no")),
    Choice("days_since_last_order", N_("Days since the last order (lapsed)"), "number", (">=", "<=", "==", ">", "<")),
    Choice(
        "open_incidents",
        N_("Open incident"),
        "set",
        ("not_empty", "empty", "contains", "not_contains"),
        N_("damaged, late, wrong_item, missing_item"),
    ),
    Choice("country", N_("Country"), "text", ("==", "!=", "in", "not_in"), N_("two letters, e.g. NO")),
    Choice("locale", N_("Language"), "text", ("==", "!=", "in", "not_in"), N_("en, nb, pl or fi")),
    Choice("order_value", N_("Order value"), "number", (">=", "<=", ">", "<", "==")),
    Choice("orders_to_date", N_("Orders before this one"), "number", (">=", "<=", "==", ">", "<")),
    Choice("order_categories", N_("Items in a category"), "set", ("contains", "not_contains"), N_("a category")),
    Choice("merchant", N_("Merchant"), "text", ("==", "!=", "in", "not_in"), N_("merchant code")),
)
BY_KEY = {c.key: c for c in CHOICES}
OP_NAMES: dict[str, str] = {
    "==": N_("is"),
    "!=": N_("is not"),
    "in": N_("is one of"),
    "not_in": N_("is none of"),
    ">=": N_("at least"),
    "<=": N_("at most"),
    ">": N_("more than"),
    "<": N_("less than"),
    "contains": N_("includes"),
    "not_contains": N_("does not include"),
    "empty": N_("none"),
    "not_empty": N_("any"),
    "yes": N_("yes"),
    "no": N_("no"),
}
STAGES: dict[str, str] = {
    "first_order": N_("first order"),
    "second_order": N_("second order"),
    "repeat": N_("repeat customer"),
    "lapsed": N_("lapsed, now back"),
}
NO_VALUE = {"empty", "not_empty", "yes", "no"}
LIST_VALUE = {"in", "not_in"}


def condition(key: str, op: str, value: Any = None) -> dict[str, Any]:
    """One condition as rule data."""
    choice = BY_KEY[key]
    if choice.kind == "segment":
        node: dict[str, Any] = {"segment": key}
        return node if op == "yes" else {"not": node}
    node = {"fact": key, "op": op}
    if op not in NO_VALUE:
        node["value"] = value
    return node


def parse_condition(node: Any) -> tuple[str, str, Any] | None:
    """(key, op, value) of a condition the builder can show, else None."""
    if not isinstance(node, dict):
        return None
    if set(node) == {"not"} and isinstance(node["not"], dict) and set(node["not"]) == {"segment"}:
        key = node["not"]["segment"]
        return (key, "no", None) if BY_KEY.get(key) and BY_KEY[key].kind == "segment" else None
    if set(node) == {"segment"}:
        key = node["segment"]
        return (key, "yes", None) if key in BY_KEY and BY_KEY[key].kind == "segment" else None
    if "fact" in node and set(node) <= {"fact", "op", "value"}:
        choice = BY_KEY.get(node["fact"])
        if choice is None or choice.kind == "segment" or node.get("op") not in choice.ops:
            return None
        return node["fact"], node["op"], node.get("value")
    return None


def parse_rule(rule: Any) -> tuple[str, list[tuple[str, str, Any]]] | None:
    """("all" | "any", conditions) for a rule the builder can show, else None ({} is "all" of nothing)."""
    if rule in ({}, None):
        return "all", []
    if isinstance(rule, dict) and len(rule) == 1 and next(iter(rule)) in ("all", "any"):
        combine = next(iter(rule))
        items = rule[combine]
        if not isinstance(items, list):
            return None
        parsed = [parse_condition(item) for item in items]
        return None if any(p is None for p in parsed) else (combine, parsed)  # type: ignore[return-value]
    single = parse_condition(rule)
    return ("all", [single]) if single is not None else None


class ConditionRow:
    """The widgets of one condition: fact, comparison, value and a remove button."""

    def __init__(self, builder: RuleBuilder) -> None:
        self.fact, self.op, self.stage = QComboBox(), QComboBox(), QComboBox()
        self.value = QLineEdit()
        self.value.setMinimumWidth(140)
        self.remove = QPushButton()
        for choice in CHOICES:
            self.fact.addItem(tr(choice.title), choice.key)
        for stage, name in STAGES.items():
            self.stage.addItem(tr(name), stage)
        self.fact.currentIndexChanged.connect(lambda _i: (self._fill_ops(), builder.emit_changed()))
        self.op.currentIndexChanged.connect(lambda _i: (self._show_value(), builder.emit_changed()))
        self.stage.currentIndexChanged.connect(lambda _i: builder.emit_changed())
        self.value.textChanged.connect(lambda _t: builder.emit_changed())
        self.remove.clicked.connect(lambda: builder.remove_row(self))
        self._fill_ops()

    def widgets(self) -> tuple[QWidget, ...]:
        return self.fact, self.op, self.stage, self.value, self.remove

    @property
    def choice(self) -> Choice:
        return BY_KEY[str(self.fact.currentData())]

    def _fill_ops(self) -> None:
        self.op.blockSignals(True)
        self.op.clear()
        for op in self.choice.ops:
            self.op.addItem(tr(OP_NAMES[op]), op)
        self.op.blockSignals(False)
        self._show_value()

    def _show_value(self) -> None:
        op = str(self.op.currentData())
        stage = self.choice.kind == "stage"
        self.stage.setVisible(stage)
        self.value.setVisible(not stage and op not in NO_VALUE)
        self.value.setPlaceholderText(tr(self.choice.hint) if self.choice.hint else "")

    def retranslate(self) -> None:
        for index in range(self.fact.count()):
            self.fact.setItemText(index, tr(BY_KEY[str(self.fact.itemData(index))].title))
        for index in range(self.op.count()):
            self.op.setItemText(index, tr(OP_NAMES[str(self.op.itemData(index))]))
        for index in range(self.stage.count()):
            self.stage.setItemText(index, tr(STAGES[str(self.stage.itemData(index))]))
        self.remove.setText(tr("Remove"))
        self._show_value()

    def set(self, key: str, op: str, value: Any) -> None:
        for w in (self.fact, self.op, self.stage, self.value):
            w.blockSignals(True)
        self.fact.setCurrentIndex(self.fact.findData(key))
        self._fill_ops()
        self.op.setCurrentIndex(max(self.op.findData(op), 0))
        self._show_value()
        if self.choice.kind == "stage":
            self.stage.setCurrentIndex(max(self.stage.findData(value), 0))
        elif isinstance(value, list):
            self.value.setText(", ".join(str(v) for v in value))
        else:
            self.value.setText("" if value is None else str(value))
        for w in (self.fact, self.op, self.stage, self.value):
            w.blockSignals(False)

    def rule(self) -> dict[str, Any]:
        choice, op = self.choice, str(self.op.currentData())
        if choice.kind == "stage":
            return condition(choice.key, op, str(self.stage.currentData()))
        text = self.value.text().strip()
        value: Any = text
        if op in LIST_VALUE:
            value = [part.strip() for part in text.split(",") if part.strip()]
        elif choice.kind == "number":
            try:
                value = int(text) if text.lstrip("-").isdigit() else float(text.replace(",", "."))
            except ValueError:
                value = text  # the service refuses it, naming the field
        return condition(choice.key, op, value)


class RuleBuilder(QWidget):
    """All/any of a list of conditions; Add condition appends one (keyboard: Tab through, Space/Enter on buttons)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ConditionRow] = []
        self._quiet = False
        self.combine = QComboBox()
        self.combine.addItem("", "all")
        self.combine.addItem("", "any")
        self.combine.currentIndexChanged.connect(lambda _i: self.emit_changed())
        self.intro = QLabel()
        self.add_button = QPushButton()
        self.add_button.setObjectName("addCondition")
        self.add_button.clicked.connect(lambda: self.add_row())
        self.grid = QGridLayout()
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(3, 4)  # the value gets the room (lists of countries, categories)
        top = QHBoxLayout()
        top.addWidget(self.intro)
        top.addWidget(self.combine)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(self.grid)
        layout.addWidget(self.add_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(tr("Customers who match"))
        self.combine.setItemText(0, tr("all of these"))
        self.combine.setItemText(1, tr("any of these"))
        self.add_button.setText(tr("Add condition"))
        for row in self.rows:
            row.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "rows"):
            self.retranslate()

    def emit_changed(self) -> None:
        if not self._quiet:
            self.changed.emit()

    def add_row(self, key: str | None = None, op: str | None = None, value: Any = None) -> ConditionRow:
        row = ConditionRow(self)
        row.retranslate()
        if key is not None:
            row.set(key, op or BY_KEY[key].ops[0], value)
        index = len(self.rows)
        for column, widget in enumerate(row.widgets()):
            self.grid.addWidget(widget, index, column)
        self.rows.append(row)
        if not self._quiet:
            row.fact.setFocus()  # Add condition: the keyboard goes to the new row's fact
        self.emit_changed()
        return row

    def remove_row(self, row: ConditionRow) -> None:
        self.rows.remove(row)
        for widget in row.widgets():
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self.emit_changed()

    def rule(self) -> dict[str, Any]:
        """The rule as data: {} when there is no condition (every customer)."""
        if not self.rows:
            return {}
        return {str(self.combine.currentData()): [row.rule() for row in self.rows]}

    def set_rule(self, rule: Any) -> bool:
        """Show `rule`; False (and nothing changed) when the lists cannot show it."""
        parsed = parse_rule(rule)
        if parsed is None:
            return False
        combine, conditions = parsed
        self._quiet = True
        try:
            for row in list(self.rows):
                self.remove_row(row)
            self.combine.setCurrentIndex(self.combine.findData(combine))
            for key, op, value in conditions:
                self.add_row(key, op, value)
        finally:
            self._quiet = False
        return True
