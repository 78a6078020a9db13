"""The lead's override: badge scan + PIN + reason, for one blocker. A badge alone never passes."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from packstation.gui.messages import N_, tr
from packstation.gui.screens.dialogs import StationDialog
from packstation.gui.slots import slot

# Preset reasons: shown in the packer's language, stored in English (the same words in every journal, whatever
# language the bench read); a typed reason is stored as typed.
REASONS = (
    N_("Checked by lead: OK to ship"),
    N_("Customer agreed"),
    N_("Replacement not in stock: short ship"),
    N_("Scale fault"),
    N_("Label printer fault"),
)


class OverrideDialog(StationDialog):
    """`submit(blocker, badge, pin, reason)` calls the service; a refusal (wrong PIN, not a lead) stays on screen."""

    def __init__(
        self,
        blockers: Sequence[tuple[str, str]],
        submit: Callable[[str, str, str, str], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            tr("Lead override"), tr("A lead scans their badge, types their PIN and gives the reason."), parent
        )
        self._submit = submit
        self.blocker = QComboBox()
        for key, words in blockers:
            self.blocker.addItem(words, key)
        self.badge = QLineEdit()
        self.badge.setObjectName("leadBadge")
        self.badge.setPlaceholderText(tr("scan the lead's badge"))
        self.pin = QLineEdit()
        self.pin.setObjectName("leadPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.reason = QComboBox()
        self.reason.setObjectName("overrideReason")
        self.reason.setEditable(True)
        for reason in REASONS:
            self.reason.addItem(tr(reason), reason)
        form = QFormLayout()
        form.addRow(tr("What"), self.blocker)
        form.addRow(tr("Lead badge"), self.badge)
        form.addRow(tr("PIN"), self.pin)
        form.addRow(tr("Reason"), self.reason)
        self.layout_.addLayout(form)
        self.pin.returnPressed.connect(slot(self.reason.setFocus))
        self.reason.lineEdit().returnPressed.connect(slot(self.submit))
        self.finish_layout()
        self.badge.setFocus()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "reason"):
            for index in range(self.reason.count()):
                self.reason.setItemText(index, tr(str(self.reason.itemData(index))))

    def chosen_reason(self) -> str:
        """The preset's English words when a preset is chosen, else what the lead typed."""
        text, index = self.reason.currentText().strip(), self.reason.currentIndex()
        if index >= 0 and text == self.reason.itemText(index).strip() and self.reason.itemData(index):
            return str(self.reason.itemData(index))
        return text

    def accept_scan(self, text: str) -> bool:
        """The lead's badge arrives as a scan; the PIN must still be typed."""
        self.badge.setText(text.strip())
        self.pin.setFocus()
        return True

    def submit(self) -> bool:
        badge, pin, reason = self.badge.text().strip(), self.pin.text(), self.chosen_reason()
        if not badge:
            self.error_label.setText(tr("Scan the lead's badge first."))
            return False
        if not pin:
            self.error_label.setText(tr("The lead's PIN is required; a badge alone is not enough."))
            self.pin.setFocus()
            return False
        if not reason:
            self.error_label.setText(tr("Give a reason."))
            return False
        blocker = str(self.blocker.currentData() or "")
        ok = self.attempt(lambda: self._submit(blocker, badge, pin, reason))
        if not ok:
            self.pin.clear()
            self.pin.setFocus()
        return ok
