"""The bench's printers at a glance, in the window's header: ready (green), a problem the printer reports (paper
out, ribbon out, head open, paused: red), not answering (red) or unknown (grey). Asked in a worker every few
seconds, so a fault shows before the label is needed; the answer never holds the screen."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from packstation.gui.messages import N_, tr

ROLES = {"label": N_("Label printer"), "documents": N_("Document printer")}
PROBLEMS = {
    "paper_out": N_("paper out"),
    "ribbon_out": N_("ribbon out"),
    "head_open": N_("head open"),
    "paused": N_("paused"),
    "buffer_full": N_("buffer full"),
    "no_answer": N_("not answering"),
    "folder_unwritable": N_("folder cannot be written"),
    "not_found": N_("not found"),
    "bad_uri": N_("bad setting"),
}
COLOURS = {"ready": "#1b5e20", "problem": "#b3121f", "offline": "#b3121f", "unknown": "#555555"}


def status_words(role: str, status: Any) -> str:
    name = tr(ROLES.get(role, role))
    if status.state == "ready":
        return tr("{printer}: ready", printer=name)
    if status.state == "unknown":
        return tr("{printer}: status unknown", printer=name)
    problems = ", ".join(tr(PROBLEMS.get(code, code)) for code in status.problems) or status.detail
    return tr("{printer}: {problems}", printer=name, problems=problems)


class PrinterStatusBar(QLabel):
    """One line: each printer of the bench and its state. `statuses` keeps the last answer (role, PrinterStatus)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printerStatus")
        self.statuses: list[tuple[str, Any]] = []
        self.hide()

    def show_statuses(self, statuses: Sequence[tuple[str, Any]]) -> None:
        self.statuses = list(statuses)
        parts = []
        for role, status in self.statuses:
            colour = COLOURS.get(status.state, "#555555")
            mark = "●" if status.state == "ready" else "■"
            parts.append(f'<span style="color:{colour}">{mark} {status_words(role, status)}</span>')
        self.setText("&nbsp;&nbsp;&nbsp;".join(parts))
        self.setToolTip("\n".join(f"{status.uri}: {status.detail}" for _role, status in self.statuses if status.detail))
        self.setVisible(bool(parts))

    @property
    def problems(self) -> list[str]:
        return [code for _role, status in self.statuses for code in status.problems]
