"""The demo window: the packer's own main window under a permanent TRAINING banner, a trainer tab listing trainees
and scorecards (printable as PDF), and beside it the training bench window (virtual scanner, simulated scale and
label printer, printed PDFs)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from packstation.config import Settings
from packstation.demo.printer import JammingPrinters
from packstation.gui.demo.devices import SimulatedScale
from packstation.gui.demo.panel import TrainingPanel
from packstation.gui.demo.text import Translated

BANNER = "TRAINING — demo database, nothing here ships"


class TrainerView(Translated, QWidget):
    """Trainees and their progress; every scorecard, newest first, printable as PDF."""

    def __init__(self, training: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.training = training
        self.trainees = QTableWidget(0, 5)
        self.cards = QTableWidget(0, 8)
        self.print_button = QPushButton()
        self.print_button.clicked.connect(lambda: self.print_selected())
        self.trainees_title = QLabel()
        self.cards_title = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.trainees_title)
        layout.addWidget(self.trainees)
        layout.addWidget(self.cards_title)
        layout.addWidget(self.cards, 1)
        layout.addWidget(self.print_button)
        self.card_ids: list[int] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.trainees.setHorizontalHeaderLabels([self.tr("Trainee"), self.tr("Runs"), self.tr("Scenarios passed"),
                                                 self.tr("Best accuracy"), self.tr("Last run")])
        self.cards.setHorizontalHeaderLabels([self.tr("Trainee"), self.tr("Scenario"), self.tr("Hints"),
                                              self.tr("Time"), self.tr("Caught"), self.tr("Missed"),
                                              self.tr("Overrides"), self.tr("Accuracy")])
        self.print_button.setText(self.tr("Print selected scorecard (PDF)"))
        self.trainees_title.setText(self.tr("Trainees"))
        self.cards_title.setText(self.tr("Scorecards"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "card_ids"):
            self.retranslate()

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
            values = [card.trainee, card.scenario_title, self.tr("on") if card.hints else self.tr("off"),
                      self.tr("{seconds} s", seconds=f"{card.seconds:.0f}"),
                      f"{card.errors_caught}/{card.errors_injected}", card.errors_missed, card.overrides_asked,
                      f"{card.accuracy:.0%}" if done else self.tr("running")]
            for c, value in enumerate(values):
                self.cards.setItem(r, c, QTableWidgetItem(str(value)))
        self.trainees.resizeColumnsToContents()
        self.cards.resizeColumnsToContents()

    def print_selected(self, path: Path | None = None) -> Path | None:
        row = self.cards.currentRow()
        if row < 0 or row >= len(self.card_ids):
            return None
        if path is None:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Scorecard PDF"), f"scorecard-{self.card_ids[row]}.pdf",
                                                  "PDF (*.pdf)")
            if not name:
                return None
            path = Path(name)
        return self.training.scorecard_pdf(self.card_ids[row], path)


class DemoWindow(Translated, QWidget):
    """Wraps the packer's MainWindow; scans from the virtual scanner go through its ordinary scan path.

    Signals: closed() once the window (and its bench, and the demo store it owns) closed.
    """

    closed = Signal()

    def __init__(self, main_window: Any, training: Any, scenarios: list[Any], scale: SimulatedScale,
                 print_dir: Path, parent: QWidget | None = None, *, printers: JammingPrinters | None = None,
                 store: Any = None) -> None:
        super().__init__(parent)
        self.main = main_window
        self.training = training
        self.scale = scale
        self.printers = printers
        self.store = store  # the demo store, when this window owns it (closed with the window)
        self.run: Any = None
        self.banner = QLabel()
        self.banner.setObjectName("trainingBanner")
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setStyleSheet("background: #b00020; color: white; font-size: 20px; font-weight: bold; "
                                  "padding: 6px;")
        # Its own window: the packer's dialogs are modal to the packer's window, the bench must stay clickable.
        self.panel = TrainingPanel(scenarios, self.start, self.finish, self.weigh, print_dir,
                                   clear_jam=self.clear_jam, jammed=lambda: bool(printers and printers.jammed),
                                   label_ready=lambda order_id: printers is None or printers.label_printed(order_id))
        self.panel.scanned.connect(lambda text: self.main.handle_scan(text))
        self.main.session_changed.connect(self._session_changed)
        self.main.print_timer.timeout.connect(self._printer_tick)
        self._printed_seen = 0
        self.main.setWindowFlags(Qt.WindowType.Widget)
        self.trainer = TrainerView(training)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.main, "")
        self.tabs.addTab(self.trainer, "")
        self.tabs.currentChanged.connect(lambda _i: self.trainer.refresh())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Packstation — TRAINING"))
        self.banner.setText(self.tr("TRAINING — demo database, nothing here ships"))
        self.tabs.setTabText(0, self.tr("Practice floor"))
        self.tabs.setTabText(1, self.tr("Trainer: trainees and scorecards"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "tabs"):
            self.retranslate()

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        if not self.panel.isVisible():
            frame = self.frameGeometry()
            self.panel.resize(max(self.panel.minimumWidth(), 440), self.height())
            self.panel.move(*on_screen(self, frame.right() + 8, frame.top(), self.panel.width(),
                                       self.panel.height()))
            self.panel.keep_open = True
            self.panel.show()

    def closeEvent(self, event: Any) -> None:  # noqa: N802
        # The embedded packer window never gets its own close event; close it so its application-wide scan
        # filter is removed with the demo window and cannot swallow the next window's scans.
        self.main.close()
        self.main.print_timer.stop()  # its tick refreshes the bench, which is gone after this
        self.main.print_timer.timeout.disconnect(self._printer_tick)
        self.panel.keep_open = False
        self.panel.close()
        super().closeEvent(event)
        if self.store is not None:
            self.store.dispose()
            self.store = None
        self.closed.emit()

    def grab_floor(self) -> QPixmap:
        """The demo window and the training bench side by side, with an open dialog painted over the first
        (offscreen screenshots: each window and dialog is its own surface)."""
        for _ in range(10):
            QApplication.processEvents()
        left, right = self.grab(), self.panel.grab()
        picture = QPixmap(left.width() + right.width() + 8, max(left.height(), right.height()))
        picture.fill(Qt.GlobalColor.darkGray)
        painter = QPainter(picture)
        painter.drawPixmap(0, 0, left)
        painter.drawPixmap(left.width() + 8, 0, right)
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog is not self:
            shade = QPixmap(left.size())
            shade.fill(Qt.GlobalColor.black)
            painter.setOpacity(0.35)
            painter.drawPixmap(0, 0, shade)
            painter.setOpacity(1.0)
            shot = dialog.grab()
            painter.drawPixmap(QPoint(max(0, (left.width() - shot.width()) // 2),
                                      max(0, (left.height() - shot.height()) // 3)), shot)
        painter.end()
        return picture

    def _session_changed(self, session: Any) -> None:
        order = None
        if self.run is not None and session is not None:
            order = next((o for o in self.run.orders if o.ref == session.order_ref), None)
        if order is not None and order.scale_offset_g and not self.scale.readings_for(order.ref):
            self.scale.arm(order.scale_offset_g, order.ref)
        if order is not None and order.printer_jams and self.printers is not None:
            self.printers.arm(session.order_id, order.printer_jams)
        self.panel.refresh(session)

    def _printer_tick(self) -> None:
        """The queue retries failed jobs by itself: show a label that printed meanwhile on the bench."""
        if self.printers is not None and len(self.printers.state.printed) != self._printed_seen:
            self._printed_seen = len(self.printers.state.printed)
            self.panel.refresh(self.main.session)

    def clear_jam(self) -> None:
        """The trainee opened the simulated printer and pulled the paper out; the print panel shows what is left."""
        if self.printers is not None and self.printers.clear():
            self.main.refresh_print_queue()

    def start(self, scenario_id: str, hints: bool) -> Any:
        if self.main.user is None:
            self.main.show_problem(self.tr("Sign in first (scan your badge)."))
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


def build_demo_window(store: Any, settings: Settings, *, sounds: bool | None = None,
                      owns_store: bool = False) -> DemoWindow:
    """The station window on the demo store with a simulated scale and label printer, inside the training frame."""
    from packstation.demo.scenarios import load_shipped
    from packstation.gui.launch import build_window
    from packstation.services.station import StationService
    from packstation.services.training import TrainingService

    holder: dict[str, Any] = {}
    scale = SimulatedScale(lambda: expected_weight(holder["main"]))
    printers = JammingPrinters(Path(settings.print_dir))
    station = StationService(store, settings, scale=scale, printers=printers)
    main = build_window(station, settings, sounds=sounds)
    holder["main"] = main
    return DemoWindow(main, TrainingService(store), load_shipped(), scale, Path(settings.print_dir),
                      printers=printers, store=store if owns_store else None)


def on_screen(window: Any, x: int, y: int, width: int, height: int) -> tuple[int, int]:
    """(x, y) moved so a width x height window lies inside the available area of `window`'s screen."""
    screen = window.screen() or QApplication.primaryScreen()
    if screen is None:
        return x, y
    area = screen.availableGeometry()
    x = max(area.left(), min(x, area.right() + 1 - width))
    y = max(area.top(), min(y, area.bottom() + 1 - height))
    return x, y


def run_demo(settings: Settings) -> int:
    """`packstation --demo`: open (or generate) the isolated training database and the demo window."""
    from packstation.demo.floor import demo_settings, open_demo_store

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Packstation (training)")
    settings = demo_settings(settings)  # training printers only, in the demo data folder
    store = open_demo_store(settings)
    window = build_demo_window(store, settings)
    window.showMaximized()
    try:
        return int(app.exec())
    finally:
        store.dispose()
