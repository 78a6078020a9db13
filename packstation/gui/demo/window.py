"""The demo window: the packer's own main window under a permanent TRAINING banner, with the training panel
beside it and a trainer tab listing trainees and scorecards (printable as PDF)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from packstation.config import Settings
from packstation.gui.demo.devices import SimulatedScale
from packstation.gui.demo.panel import TrainingPanel

BANNER = "TRAINING — demo database, nothing here ships"


class TrainerView(QWidget):
    """Trainees and their progress; every scorecard, newest first, printable as PDF."""

    def __init__(self, training: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.training = training
        self.trainees = QTableWidget(0, 5)
        self.trainees.setHorizontalHeaderLabels(["Trainee", "Runs", "Scenarios passed", "Best accuracy", "Last run"])
        self.cards = QTableWidget(0, 8)
        self.cards.setHorizontalHeaderLabels(["Trainee", "Scenario", "Hints", "Time", "Caught", "Missed",
                                              "Overrides", "Accuracy"])
        self.print_button = QPushButton("Print selected scorecard (PDF)")
        self.print_button.clicked.connect(lambda: self.print_selected())
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Trainees"))
        layout.addWidget(self.trainees)
        layout.addWidget(QLabel("Scorecards"))
        layout.addWidget(self.cards, 1)
        layout.addWidget(self.print_button)
        self.card_ids: list[int] = []
        self.refresh()

    def refresh(self) -> None:
        people = self.training.trainees()
        self.trainees.setRowCount(len(people))
        for r, p in enumerate(people):
            last = f"{p.last_run:%Y-%m-%d %H:%M}" if p.last_run else "—"
            for c, value in enumerate([p.name, p.runs, p.scenarios_passed, f"{p.best_accuracy:.0%}", last]):
                self.trainees.setItem(r, c, QTableWidgetItem(str(value)))
        cards = self.training.scorecards()
        self.card_ids = [card.id for card in cards]
        self.cards.setRowCount(len(cards))
        for r, card in enumerate(cards):
            done = card.finished_at is not None
            values = [card.trainee, card.scenario_title, "on" if card.hints else "off", f"{card.seconds:.0f} s",
                      f"{card.errors_caught}/{card.errors_injected}", card.errors_missed, card.overrides_asked,
                      f"{card.accuracy:.0%}" if done else "running"]
            for c, value in enumerate(values):
                self.cards.setItem(r, c, QTableWidgetItem(str(value)))
        self.trainees.resizeColumnsToContents()
        self.cards.resizeColumnsToContents()

    def print_selected(self, path: Path | None = None) -> Path | None:
        row = self.cards.currentRow()
        if row < 0 or row >= len(self.card_ids):
            return None
        if path is None:
            name, _ = QFileDialog.getSaveFileName(self, "Scorecard PDF", f"scorecard-{self.card_ids[row]}.pdf",
                                                  "PDF (*.pdf)")
            if not name:
                return None
            path = Path(name)
        return self.training.scorecard_pdf(self.card_ids[row], path)


class DemoWindow(QWidget):
    """Wraps the packer's MainWindow; scans from the virtual scanner go through its ordinary scan path."""

    def __init__(self, main_window: Any, training: Any, scenarios: list[Any], scale: SimulatedScale,
                 print_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Packstation — TRAINING")
        self.main = main_window
        self.training = training
        self.scale = scale
        self.run: Any = None
        self.banner = QLabel(BANNER)
        self.banner.setObjectName("trainingBanner")
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setStyleSheet("background: #b00020; color: white; font-size: 20px; font-weight: bold; "
                                  "padding: 6px;")
        self.panel = TrainingPanel(scenarios, self.start, self.finish, self.weigh, print_dir)
        self.panel.scanned.connect(lambda text: self.main.handle_scan(text))
        self.main.session_changed.connect(self._session_changed)
        self.main.setWindowFlags(Qt.WindowType.Widget)
        split = QSplitter()
        split.addWidget(self.main)
        split.addWidget(self.panel)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.trainer = TrainerView(training)
        self.tabs = QTabWidget()
        self.tabs.addTab(split, "Practice floor")
        self.tabs.addTab(self.trainer, "Trainer: trainees and scorecards")
        self.tabs.currentChanged.connect(lambda _i: self.trainer.refresh())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)

    def closeEvent(self, event: Any) -> None:  # noqa: N802
        # The embedded packer window never gets its own close event; close it so its application-wide scan
        # filter is removed with the demo window and cannot swallow the next window's scans.
        self.main.close()
        super().closeEvent(event)

    def _session_changed(self, session: Any) -> None:
        order = None
        if self.run is not None and session is not None:
            order = next((o for o in self.run.orders if o.ref == session.order_ref), None)
        if order is not None and order.scale_offset_g and not self.scale.readings_for(order.ref):
            self.scale.arm(order.scale_offset_g, order.ref)
        self.panel.refresh(session)

    def start(self, scenario_id: str, hints: bool) -> Any:
        if self.main.user is None:
            self.main.show_problem("Sign in first (scan your badge).")
            return None
        self.run = self.training.start(self.main.user.id, scenario_id, hints=hints)
        return self.run

    def finish(self) -> Any:
        if self.run is None:
            return None
        card = self.training.finish(self.run.scorecard_id)
        self.trainer.refresh()
        return card

    def weigh(self) -> None:
        """The simulated scale: a reading into the open weight dialog."""
        dialog = getattr(self.main.flow, "dialog", None)
        if dialog is not None and hasattr(dialog, "read_scale"):
            dialog.read_scale()


def expected_weight(main_window: Any) -> int | None:
    session = main_window.session
    if session is None:
        return None
    request = next((q for q in session.pending_qc if q.check == "weight"), None)
    return int(request.params["expected_g"]) if request and request.params.get("expected_g") else None


def build_demo_window(store: Any, settings: Settings, *, sounds: bool | None = None) -> DemoWindow:
    """The station window on the demo store with a simulated scale, inside the training frame."""
    from packstation.demo.scenarios import load_shipped
    from packstation.gui.launch import build_window
    from packstation.services.station import StationService
    from packstation.services.training import TrainingService

    holder: dict[str, Any] = {}
    scale = SimulatedScale(lambda: expected_weight(holder["main"]))
    station = StationService(store, settings, scale=scale)
    main = build_window(station, settings, sounds=sounds)
    holder["main"] = main
    return DemoWindow(main, TrainingService(store), load_shipped(), scale, Path(settings.print_dir))


def run_demo(settings: Settings) -> int:
    """`packstation --demo`: open (or generate) the isolated training database and the demo window."""
    from packstation.demo.floor import open_demo_store

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Packstation (training)")
    store = open_demo_store(settings)
    window = build_demo_window(store, settings)
    window.resize(1600, 900)
    window.show()
    try:
        return int(app.exec())
    finally:
        store.dispose()
