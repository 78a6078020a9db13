"""The training side panel: scenario, hints, the virtual scanner, the simulated scale, printed PDFs, scorecard."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from packstation.demo.scenario_build import BuiltOrder, sku_barcode
from packstation.gui.demo.devices import newest_pdf, render_pages
from packstation.gui.demo.hints import step_hints

KIND_COLOURS = {"ok": "#e8f5e9", "spare": "#e3f2fd", "wrong": "#fff3e0", "damaged": "#ffebee",
                "expired": "#ffebee", "no_serial": "#ffebee"}
WRONG_TRAY = (("Unknown barcode", "4006381333931"), ("Kawka mug (another merchant)", sku_barcode("KAWKA", "KW-MUG")))


class TrainingPanel(QWidget):
    """Emits scanned(text) for every click on the virtual scanner; the demo window feeds it to the station."""

    scanned = Signal(str)

    def __init__(self, scenarios: list[Any], start: Callable[[str, bool], Any], finish: Callable[[], Any],
                 weigh: Callable[[], None], print_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(380)
        self.run: Any = None
        self.session: Any = None
        self._start, self._finish, self._weigh = start, finish, weigh
        self.print_dir = print_dir
        self.scenario = QComboBox()
        for s in scenarios:
            self.scenario.addItem(f"{s.level} · {s.title}", s.id)
        self.hints_on = QCheckBox("Hints (off for an exam)")
        self.hints_on.setChecked(True)
        self.hints_on.toggled.connect(lambda _on: self.refresh(self.session))
        self.start_button = QPushButton("Start scenario")
        self.start_button.clicked.connect(self.start)
        self.finish_button = QPushButton("Finish and score")
        self.finish_button.clicked.connect(self.finish)
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet("background: #fffde7; padding: 6px; font-size: 13px;")
        self.scanner_box = QVBoxLayout()
        scanner = QWidget()
        scanner.setLayout(self.scanner_box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(scanner)
        self.weigh_button = QPushButton("Put the box on the scale")
        self.weigh_button.clicked.connect(lambda: self._weigh())
        self.pdf_view = QLabel("Printed documents appear here")
        self.pdf_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pdf_view.setMinimumHeight(180)
        self.score_label = QLabel()
        self.score_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.start_button)
        top.addWidget(self.finish_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scenario)
        layout.addWidget(self.hints_on)
        layout.addLayout(top)
        layout.addWidget(self.hint_label)
        group = QGroupBox("Virtual scanner: click to scan")
        QVBoxLayout(group).addWidget(scroll)
        layout.addWidget(group, 3)
        layout.addWidget(self.weigh_button)
        layout.addWidget(self.pdf_view, 2)
        layout.addWidget(self.score_label)
        self.buttons: dict[str, QPushButton] = {}
        self._shown_pdf: Path | None = None
        self.refresh(None)

    # -- actions ------------------------------------------------------------------------------------------------
    def start(self) -> None:
        self.run = self._start(str(self.scenario.currentData()), self.hints_on.isChecked())
        self.score_label.setText("")
        self.refresh(None)

    def finish(self) -> None:
        card = self._finish()
        if card is not None:
            self.score_label.setText(
                f"<b>{card.scenario_title}</b>: {card.seconds:.0f} s · caught {card.errors_caught}/"
                f"{card.errors_injected} · missed {card.errors_missed} · overrides {card.overrides_asked} · "
                f"accuracy {card.accuracy:.0%}")

    def current_order(self) -> BuiltOrder | None:
        if self.run is None or self.session is None:
            return None
        return next((o for o in self.run.orders if o.ref == self.session.order_ref), None)

    # -- drawing ------------------------------------------------------------------------------------------------
    def _button(self, key: str, text: str, code: str, colour: str = "#f5f5f5", tip: str = "") -> None:
        button = QPushButton(f"{text}\n{code}")
        button.setStyleSheet(f"background: {colour}; text-align: left; padding: 4px;")
        button.setToolTip(tip or code)
        button.clicked.connect(lambda _=False, c=code: self.scanned.emit(c))
        self.buttons[key] = button
        self.scanner_box.addWidget(button)

    def refresh(self, session: Any) -> None:
        self.session = session
        while self.scanner_box.count():
            item = self.scanner_box.takeAt(0)
            widget = item.widget()
            if widget is not None:  # off the screen now, not at the next event-loop turn
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        self.buttons = {}
        order = self.current_order()
        if self.run is not None and order is None:
            for o in self.run.orders:
                self._button(f"ticket:{o.key}", f"Pick ticket {o.key} ({len(o.items)} items in tote)",
                             o.order_barcode, "#ede7f6")
        if order is not None:
            for n, item in enumerate(order.items):
                note = f" — {item.note}" if item.note else ""
                self._button(f"item:{n}", f"{item.label}{note}", item.barcode, KIND_COLOURS[item.kind], item.kind)
            for n, (label, code) in enumerate(WRONG_TRAY):
                self._button(f"tray:{n}", f"Wrong on purpose: {label}", code, "#fbe9e7")
            for box in (session.plan or {}).get("boxes", []):
                self._button(f"box:{box.get('box')}", f"Box {box.get('box')}", str(box.get("box")), "#efebe9")
            for code in session.slips_expected:
                self._button(f"slip:{code}", "Printed slip", code, "#e0f7fa")
            for code in session.labels_expected:
                self._button(f"label:{code}", "Shipping label", code, "#e0f7fa")
        self.scanner_box.addStretch(1)
        extra = self.run.scenario.hints.get(order.key, ()) if self.run is not None and order is not None else ()
        text = " ".join(step_hints(session, tuple(extra))) if self.run is not None else "Choose a scenario and start."
        self.hint_label.setVisible(self.hints_on.isChecked())
        self.hint_label.setText(text)
        self.show_pdf()

    def show_pdf(self) -> None:
        """The newest printed PDF, rendered (the demo printers write PDF files)."""
        pdf = newest_pdf(self.print_dir)
        if pdf is None or pdf == self._shown_pdf:
            return
        pages = render_pages(pdf)
        if pages:
            self._shown_pdf = pdf
            self.pdf_view.setPixmap(QPixmap(str(pages[0])).scaledToHeight(220))
            self.pdf_view.setToolTip(str(pdf))
