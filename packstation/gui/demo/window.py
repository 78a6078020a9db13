"""The demo window: the packer's own main window under a permanent TRAINING banner with the next-step hint line, a
trainer tab (trainers and leads only) with trainees, trends, results per error type and scorecards (printable as
PDF), and beside it the training bench window (virtual scanner, simulated scale and label printer, printed PDFs,
the scorecard). The two windows tile the screen they open on (1366x768 and up)."""

from __future__ import annotations

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

from packstation.demo.printer import JammingPrinters
from packstation.domain.errors import DomainError
from packstation.domain.training.scoring import BOX_CHECKED, JAM_CLEARED
from packstation.gui.demo.devices import SimulatedScale
from packstation.gui.demo.hints import error_type_name
from packstation.gui.demo.panel import TrainingPanel
from packstation.gui.demo.text import Translated
from packstation.gui.messages import error_text, scenario_title

BANNER = "TRAINING — demo database, nothing here ships"
TRAINER_ROLES = ("trainer", "lead", "admin")
BENCH_WIDTH = 430  # the training bench's width when the two windows tile the screen


class TrainerView(Translated, QWidget):
    """Trainees and their progress; every scorecard, newest first, printable as PDF."""

    def __init__(self, training: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.training = training
        self.trainees = QTableWidget(0, 6)
        self.trainees.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.trainees.itemSelectionChanged.connect(self._trainee_picked)
        self.types = QTableWidget(0, 7)
        self.cards = QTableWidget(0, 9)
        self.cards.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.print_button = QPushButton()
        self.print_button.clicked.connect(lambda: self.print_selected())
        self.saved = QLabel()
        self.saved.setObjectName("scorecardSaved")
        self.saved.setWordWrap(True)
        self.trainees_title = QLabel()
        self.types_title = QLabel()
        self.cards_title = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.trainees_title)
        layout.addWidget(self.trainees, 2)
        layout.addWidget(self.types_title)
        layout.addWidget(self.types, 2)
        layout.addWidget(self.cards_title)
        layout.addWidget(self.cards, 3)
        layout.addWidget(self.print_button)
        layout.addWidget(self.saved)
        self.card_ids: list[int] = []
        self.people_ids: list[int] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.trainees.setHorizontalHeaderLabels(
            [
                self.tr("Trainee"),
                self.tr("Runs"),
                self.tr("Scenarios passed"),
                self.tr("Best accuracy"),
                self.tr("Trend (accuracy per attempt)"),
                self.tr("Last run"),
            ]
        )
        self.types.setHorizontalHeaderLabels(
            [
                self.tr("Error type"),
                self.tr("Injected"),
                self.tr("Caught"),
                self.tr("Handled right"),
                self.tr("Missed"),
                self.tr("Overrides"),
                self.tr("Time"),
            ]
        )
        self.cards.setHorizontalHeaderLabels(
            [
                self.tr("Trainee"),
                self.tr("Scenario"),
                self.tr("Hints"),
                self.tr("Time"),
                self.tr("Caught"),
                self.tr("Handled right"),
                self.tr("Overrides"),
                self.tr("Accuracy"),
                self.tr("Passed"),
            ]
        )
        self.print_button.setText(self.tr("Print selected scorecard (PDF)"))
        self.trainees_title.setText(self.tr("Trainees (select one for their results per error type)"))
        self.types_title.setText(self.tr("Per error type"))
        self.cards_title.setText(self.tr("Scorecards"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "card_ids"):
            self.retranslate()

    def refresh(self) -> None:
        people = self.training.trainees()
        picked = self.selected_trainee()
        self.people_ids = [p.user_id for p in people]
        self.trainees.blockSignals(True)
        self.trainees.setRowCount(len(people))
        for r, p in enumerate(people):
            last = f"{p.last_run:%Y-%m-%d %H:%M}" if p.last_run else "—"
            trend = "  ".join(
                f"{scenario_title(t.title)}: "
                + " → ".join(f"{a:.0%}" for a in t.accuracies)
                + (" ✓" if t.passed else "")
                for t in self.training.trend(p.user_id)
            )
            for c, value in enumerate([p.name, p.runs, p.scenarios_passed, f"{p.best_accuracy:.0%}", trend, last]):
                self.trainees.setItem(r, c, QTableWidgetItem(str(value)))
        if picked in self.people_ids:
            self.trainees.selectRow(self.people_ids.index(picked))
        self.trainees.blockSignals(False)
        self._fill_types()
        cards = self.training.scorecards()
        self.card_ids = [card.id for card in cards]
        self.cards.setRowCount(len(cards))
        for r, card in enumerate(cards):
            done = card.finished_at is not None
            values = [
                card.trainee,
                card.scenario_title,
                self.tr("on") if card.hints else self.tr("off"),
                self.tr("{seconds} s", seconds=f"{card.seconds:.0f}"),
                f"{card.errors_caught}/{card.errors_injected}",
                f"{card.errors_handled}/{card.errors_injected}",
                card.overrides_asked,
                f"{card.accuracy:.0%}" if done else self.tr("running"),
                (self.tr("yes") if card.passed else self.tr("no")) if done else "—",
            ]
            for c, value in enumerate(values):
                self.cards.setItem(r, c, QTableWidgetItem(str(value)))
        self.trainees.resizeColumnsToContents()
        self.cards.resizeColumnsToContents()

    def selected_trainee(self) -> int | None:
        row = self.trainees.currentRow()
        return self.people_ids[row] if 0 <= row < len(self.people_ids) else None

    def _trainee_picked(self) -> None:
        self._fill_types()

    def _fill_types(self) -> None:
        rows = self.training.by_error_type(self.selected_trainee())
        self.types.setRowCount(len(rows))
        for r, row in enumerate(rows):
            values = [
                error_type_name(row.error_type),
                row.injected,
                row.caught,
                row.handled,
                row.missed,
                row.overrides,
                self.tr("{seconds} s", seconds=f"{row.seconds:.0f}"),
            ]
            for c, value in enumerate(values):
                self.types.setItem(r, c, QTableWidgetItem(str(value)))
        self.types.resizeColumnsToContents()

    def print_selected(self, path: Path | None = None) -> Path | None:
        row = self.cards.currentRow()
        if row < 0 or row >= len(self.card_ids):
            return None
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Scorecard PDF"), f"scorecard-{self.card_ids[row]}.pdf", "PDF (*.pdf)"
            )
            if not name:
                return None
            path = Path(name)
        try:
            written = self.training.scorecard_pdf(self.card_ids[row], path)
        except (OSError, DomainError) as exc:
            self.saved.setStyleSheet("color: #b3121f; font-weight: bold;")
            self.saved.setText(
                self.tr(
                    "The scorecard was NOT saved: {why}",
                    why=error_text(exc) if isinstance(exc, DomainError) else str(exc),
                )
            )
            return None
        self.saved.setStyleSheet("color: #1b5e20; font-weight: bold;")
        self.saved.setText(self.tr("Scorecard saved: {path}", path=str(written)))
        return written


class DemoWindow(Translated, QWidget):
    """Wraps the packer's MainWindow; scans from the virtual scanner go through its ordinary scan path.

    Signals: closed() once the window (and its bench, and the demo store it owns) closed.
    """

    closed = Signal()

    def __init__(
        self,
        main_window: Any,
        training: Any,
        scenarios: list[Any],
        scale: SimulatedScale,
        print_dir: Path,
        parent: QWidget | None = None,
        *,
        printers: JammingPrinters | None = None,
        store: Any = None,
        on_scored: Any = None,
    ) -> None:
        super().__init__(parent)
        self.main = main_window
        self.training = training
        self.scale = scale
        self.printers = printers
        self.store = store  # the demo store, when this window owns it (closed with the window)
        self.on_scored = on_scored  # (scorecard, trainee's badge) -> words for the bench, e.g. the production gate
        self.run: Any = None
        self.scenarios = {s.id: s for s in scenarios}
        self.banner = QLabel()
        self.banner.setObjectName("trainingBanner")
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setStyleSheet(
            "background: #b00020; color: white; font-size: 20px; font-weight: bold; padding: 6px;"
        )
        # The next step, in the packer's own screen where the trainee looks (hints off: hidden).
        self.hint_line = QLabel()
        self.hint_line.setObjectName("trainingHintLine")
        self.hint_line.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint_line.setWordWrap(True)
        self.hint_line.setStyleSheet("background: #fff59d; color: #111111; font-size: 17px; padding: 4px;")
        self.hint_line.setVisible(False)
        # Its own window: the packer's dialogs are modal to the packer's window, the bench must stay clickable.
        self.panel = TrainingPanel(
            scenarios,
            self.start,
            self.finish,
            self.weigh,
            print_dir,
            clear_jam=self.clear_jam,
            jammed=lambda: bool(printers and printers.jammed),
            label_ready=lambda order_id: printers is None or printers.label_printed(order_id),
            check_box=self.check_box,
            done_refs=self.done_refs,
        )
        self.panel.scanned.connect(lambda text: self.main.handle_scan(text))
        self.panel.hint_changed.connect(self._show_hint)
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
        layout.addWidget(self.hint_line)
        layout.addWidget(self.tabs, 1)
        self.retranslate()
        self._show_hint(self.panel.hint_text)
        self._trainer_tab()

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
            self.tile()
            self.panel.keep_open = True
            self.panel.show()

    def tile(self, area: Any = None) -> None:
        """Demo window on the left, training bench on the right, both inside the screen's free area (1366x768 and
        up; never off-screen): the screen this window is on, else the primary screen."""
        if area is None:
            screen = self.screen() or QApplication.primaryScreen()
            area = screen.availableGeometry() if screen is not None else None
        if area is None:
            return
        bench = min(BENCH_WIDTH, area.width() // 3)
        self.panel.setMinimumWidth(min(self.panel.minimumWidth(), bench))
        frame_w = self.frameGeometry().width() - self.width()
        frame_h = self.frameGeometry().height() - self.height()
        left = area.width() - bench - 2 * frame_w
        self.setGeometry(
            area.x() + frame_w // 2, area.y() + frame_h - frame_w // 2, max(left, 400), area.height() - frame_h
        )
        self.panel.setGeometry(
            area.x() + left + frame_w + frame_w // 2, area.y() + frame_h - frame_w // 2, bench, area.height() - frame_h
        )

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
            painter.drawPixmap(
                QPoint(max(0, (left.width() - shot.width()) // 2), max(0, (left.height() - shot.height()) // 3)), shot
            )
        painter.end()
        return picture

    def _show_hint(self, text: str) -> None:
        self.hint_line.setText(self.tr("Next: {step}", step=text) if text else "")
        self.hint_line.setVisible(bool(text))

    def _trainer_tab(self) -> None:
        """The trainer's tab only for a signed-in trainer, lead or admin: a trainee never sees the scorecards."""
        user = self.main.user
        allowed = user is not None and user.role in TRAINER_ROLES
        if not allowed and self.tabs.currentIndex() == 1:
            self.tabs.setCurrentIndex(0)
        self.tabs.setTabVisible(1, allowed)

    def done_refs(self) -> set[str]:
        return self.training.finished_refs(self.run.scorecard_id) if self.run is not None else set()

    def check_box(self) -> str | None:
        """The trainee looks inside the box: a weight mismatch's stray unit is found and taken out (journaled)."""
        order = self.panel.current_order()
        if self.run is None or order is None:
            return None
        found = self.scale.find_cause() and bool(order.stray)
        self.training.record_action(
            self.run.scorecard_id,
            order.ref,
            BOX_CHECKED,
            found=found,
            user_id=self.main.user.id if self.main.user else None,
        )
        return order.stray if found else None

    def _session_changed(self, session: Any) -> None:
        self._trainer_tab()
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
            order = self.panel.current_order()
            if self.run is not None and order is not None:
                self.training.record_action(
                    self.run.scorecard_id, order.ref, JAM_CLEARED, user_id=self.main.user.id if self.main.user else None
                )
            self.main.refresh_print_queue()

    def start(self, scenario_id: str, hints: bool) -> Any:
        if self.main.user is None:
            self.main.show_problem(self.tr("Sign in first (scan your badge)."))
            return None
        self.run = self.training.start(self.main.user.id, self.scenarios.get(scenario_id, scenario_id), hints=hints)
        return self.run

    def finish(self) -> Any:
        if self.run is None:
            return None
        card = self.training.finish(self.run.scorecard_id)
        self.trainer.refresh()
        if self.on_scored is not None:
            self.on_scored(card, self.training.badge_of(card.user_id))
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
