"""A yes/no question before an action that cannot be taken back (cancel an order, deactivate a person).

"No" is the default button: Enter alone never destroys anything; Alt and the underlined letter answer; Esc is no.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from packstation.gui.messages import tr


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """True only when the lead answered yes."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("confirmDialog")
    yes = box.addButton(tr("&Yes"), QMessageBox.ButtonRole.YesRole)
    no = box.addButton(tr("&No"), QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes
