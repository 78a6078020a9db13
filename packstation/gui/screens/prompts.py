"""Small keyboard dialogs: a reason (exception, remove, reprint, void) and a quantity; plus the keys overlay."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QTableWidget, QTableWidgetItem, QWidget

from packstation.domain.commands import COMMANDS
from packstation.gui.messages import tr
from packstation.gui.screens.dialogs import StationDialog
from packstation.gui.slots import slot


class ReasonDialog(StationDialog):
    """Pick or type a reason, Enter submits: `submit(reason)`."""

    def __init__(
        self,
        title: str,
        prompt: str,
        reasons: Sequence[str],
        submit: Callable[[str], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, prompt, parent)
        self._submit = submit
        # Presets are shown in the packer's language but stored in English, so the lead's reports read one way.
        self._presets = {tr(r): r for r in reasons}
        self.reason = QComboBox()
        self.reason.setObjectName("reason")
        self.reason.setEditable(True)
        self.reason.addItems(list(self._presets))
        self.layout_.addWidget(self.reason)
        self.layout_.addWidget(QLabel(tr("Enter  confirm      Esc  cancel")))
        self.reason.lineEdit().returnPressed.connect(slot(self.submit))
        self.finish_layout()
        self.reason.setFocus()

    def submit(self) -> bool:
        typed = self.reason.currentText().strip()
        if not typed:
            self.error_label.setText(tr("Give a reason."))
            return False
        reason = self._presets.get(typed, typed)
        return self.attempt(lambda: self._submit(reason))


class QuantityDialog(StationDialog):
    """Type a count for the active line: `submit(quantity)`."""

    def __init__(self, prompt: str, submit: Callable[[int], Any], parent: QWidget | None = None) -> None:
        super().__init__(tr("Enter quantity"), prompt, parent)
        self._submit = submit
        self.field = QLineEdit()
        self.field.setObjectName("quantity")
        self.layout_.addWidget(self.field)
        self.field.returnPressed.connect(slot(self.submit))
        self.finish_layout()
        self.field.setFocus()

    def submit(self) -> bool:
        text = self.field.text().strip()
        if not text.isdigit() or int(text) <= 0:
            self.error_label.setText(tr("Type a whole number of units, e.g. 24."))
            return False
        return self.attempt(lambda: self._submit(int(text)))


class KeysDialog(StationDialog):
    """F1: every command with its key and its command barcode text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            tr("Keys and commands"),
            tr("Press the key, or scan the command barcode from the printed cheat sheet."),
            parent,
        )
        table = QTableWidget(len(COMMANDS), 3)
        table.setObjectName("keysTable")
        table.setHorizontalHeaderLabels([tr("Key"), tr("Command barcode"), tr("What it does")])
        for row, command in enumerate(COMMANDS):
            for column, text in enumerate((command.key, command.barcode, tr(command.title))):
                table.setItem(row, column, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().hide()
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table = table
        self.layout_.addWidget(table)
        self.setMinimumSize(720, 520)
        self.finish_layout()

    def apply_scale(self, base_px: int) -> None:
        super().apply_scale(base_px)
        self.table.setFont(self.font())
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        rows = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        self.table.setMinimumHeight(rows + self.table.horizontalHeader().sizeHint().height() + 4)
