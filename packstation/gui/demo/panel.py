"""The training bench: scenario, hints, the virtual scanner, the simulated scale and label printer, printed PDFs,
the scorecard.

It is a window of its own beside the demo window: the packer's QC, weight and override dialogs are modal to the
packer's window, and a trainee must still be able to "scan" a replacement unit or read the scale while one is open.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from packstation.demo.scenario_build import BuiltOrder, sku_barcode
from packstation.gui.demo.devices import newest_pdf, render_pages
from packstation.gui.demo.hints import step_hints
from packstation.gui.demo.text import Translated

KIND_COLOURS = {"ok": "#e8f5e9", "spare": "#e3f2fd", "wrong": "#fff3e0", "damaged": "#ffebee",
                "expired": "#ffebee", "no_serial": "#ffebee"}
UNKNOWN_CODE = "4006381333931"
OTHER_MERCHANT_CODE = sku_barcode("KAWKA", "KW-MUG")
STRIPE = "background: #b00020; color: white; font-size: 15px; font-weight: bold; padding: 4px;"


class TrainingPanel(Translated, QWidget):
    """Emits scanned(text) for every click on the virtual scanner; the demo window feeds it to the station."""

    scanned = Signal(str)

    def __init__(self, scenarios: list[Any], start: Callable[[str, bool], Any], finish: Callable[[], Any],
                 weigh: Callable[[], None], print_dir: Path, parent: QWidget | None = None, *,
                 clear_jam: Callable[[], None] | None = None, jammed: Callable[[], bool] = lambda: False,
                 label_ready: Callable[[int], bool] = lambda _order_id: True) -> None:
        super().__init__(parent)
        self.setMinimumWidth(400)
        self.run: Any = None
        self.session: Any = None
        self._start, self._finish, self._weigh = start, finish, weigh
        self._clear_jam, self.jammed, self.label_ready = clear_jam, jammed, label_ready
        self.print_dir = print_dir
        self.stripe = QLabel()
        self.stripe.setObjectName("trainingStripe")
        self.stripe.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stripe.setStyleSheet(STRIPE)
        self.scenario = QComboBox()
        for s in scenarios:
            self.scenario.addItem(f"{s.level} · {s.title}", s.id)
        self.hints_on = QCheckBox()
        self.hints_on.setChecked(True)
        self.hints_on.toggled.connect(lambda _on: self.refresh(self.session))
        self.start_button = QPushButton()
        self.start_button.clicked.connect(self.start)
        self.finish_button = QPushButton()
        self.finish_button.clicked.connect(self.finish)
        self.hint_label = QLabel()
        self.hint_label.setObjectName("trainingHints")
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet("background: #fffde7; color: #111111; padding: 6px; font-size: 13px;")
        self.scanner_box = QVBoxLayout()
        scanner = QWidget()
        scanner.setLayout(self.scanner_box)
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(scanner)
        self.weigh_button = QPushButton()
        self.weigh_button.clicked.connect(lambda: self._weigh())
        self.printer_status = QLabel()
        self.printer_status.setObjectName("demoPrinterStatus")
        self.printer_status.setWordWrap(True)
        self.clear_button = QPushButton()
        self.clear_button.setObjectName("clearJam")
        self.clear_button.clicked.connect(self.clear_jam)
        self.pdf_view = QLabel()
        self.pdf_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pdf_view.setMinimumHeight(180)
        self.score_label = QLabel()
        self.score_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.start_button)
        top.addWidget(self.finish_button)
        devices = QHBoxLayout()
        devices.addWidget(self.weigh_button)
        devices.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stripe)
        layout.addWidget(self.scenario)
        layout.addWidget(self.hints_on)
        layout.addLayout(top)
        layout.addWidget(self.hint_label)
        self.scanner_group = QGroupBox()
        QVBoxLayout(self.scanner_group).addWidget(scroll)
        layout.addWidget(self.scanner_group, 3)
        layout.addLayout(devices)
        layout.addWidget(self.printer_status)
        layout.addWidget(self.pdf_view, 2)
        layout.addWidget(self.score_label)
        self.buttons: dict[str, QPushButton] = {}
        self._shown_pdf: Path | None = None
        self.card: Any = None
        self.keep_open = False  # set by the demo window while it is open
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Packstation — TRAINING bench (virtual scanner, scale, printer)"))
        self.stripe.setText(self.tr("TRAINING — virtual devices"))
        self.hints_on.setText(self.tr("Hints (off for an exam)"))
        self.start_button.setText(self.tr("Start scenario"))
        self.finish_button.setText(self.tr("Finish and score"))
        self.scanner_group.setTitle(self.tr("Virtual scanner: click to scan"))
        self.weigh_button.setText(self.tr("Put the box on the scale"))
        self.clear_button.setText(self.tr("Open the printer and clear the jam"))
        if self._shown_pdf is None:
            self.pdf_view.setText(self.tr("Printed documents appear here"))
        self.refresh(self.session)
        self.show_score(self.card)

    def closeEvent(self, event: Any) -> None:  # noqa: N802
        """The bench belongs to the demo window: it closes with it, never on its own (no way to get it back)."""
        if self.keep_open:
            event.ignore()
            return
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "card"):
            self.retranslate()

    # -- actions ------------------------------------------------------------------------------------------------
    def start(self) -> None:
        self.run = self._start(str(self.scenario.currentData()), self.hints_on.isChecked())
        self.show_score(None)
        self.refresh(None)

    def finish(self) -> None:
        card = self._finish()
        if card is not None:
            self.show_score(card)

    def show_score(self, card: Any) -> None:
        self.card = card
        if card is None:
            self.score_label.setText("")
            return
        self.score_label.setText(self.tr(
            "<b>{title}</b>: {seconds} s · caught {caught}/{injected} · missed {missed} · overrides {overrides} · "
            "accuracy {accuracy}", title=card.scenario_title, seconds=f"{card.seconds:.0f}",
            caught=card.errors_caught, injected=card.errors_injected, missed=card.errors_missed,
            overrides=card.overrides_asked, accuracy=f"{card.accuracy:.0%}"))

    def clear_jam(self) -> None:
        if self._clear_jam is not None:
            self._clear_jam()
        self.refresh(self.session)

    def current_order(self) -> BuiltOrder | None:
        if self.run is None or self.session is None:
            return None
        return next((o for o in self.run.orders if o.ref == self.session.order_ref), None)

    # -- drawing ------------------------------------------------------------------------------------------------
    def _button(self, key: str, text: str, code: str, colour: str = "#f5f5f5", tip: str = "") -> None:
        button = QPushButton(f"{text}\n{code}")
        button.setStyleSheet(f"background: {colour}; color: #111111; text-align: left; padding: 4px;")
        button.setToolTip(f"{text}\n{code}" + (f" ({tip})" if tip else ""))
        button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)  # long names clip, no h-scroll
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
                self._button(f"ticket:{o.key}", self.tr("Pick ticket {key} ({n} items in tote)", key=o.key,
                                                        n=len(o.items)), o.order_barcode, "#ede7f6")
        if order is not None:
            for n, item in enumerate(order.items):
                note = f" — {item.note}" if item.note else ""
                self._button(f"item:{n}", f"{item.label}{note}", item.barcode, KIND_COLOURS[item.kind], item.kind)
            self._button("tray:0", self.tr("Wrong on purpose: {what}", what=self.tr("Unknown barcode")),
                         UNKNOWN_CODE, "#fbe9e7")
            self._button("tray:1", self.tr("Wrong on purpose: {what}",
                                           what=self.tr("Kawka mug (another merchant)")),
                         OTHER_MERCHANT_CODE, "#fbe9e7")
            for box in (session.plan or {}).get("boxes", []):
                self._button(f"box:{box.get('box')}", self.tr("Box {box}", box=box.get("box")), str(box.get("box")),
                             "#efebe9")
            for code in session.slips_expected:
                self._button(f"slip:{code}", self.tr("Printed slip"), code, "#e0f7fa")
            if session.labels_expected and self.label_ready(session.order_id):
                for code in session.labels_expected:
                    self._button(f"label:{code}", self.tr("Shipping label"), code, "#e0f7fa")
        self.scanner_box.addStretch(1)
        jammed = self.jammed()
        extra = self.run.scenario.hints.get(order.key, ()) if self.run is not None and order is not None else ()
        text = (" ".join(step_hints(session, tuple(extra), printer_jammed=jammed)) if self.run is not None
                else self.tr("Choose a scenario and start."))
        self.hint_label.setVisible(self.hints_on.isChecked())
        self.hint_label.setText(text)
        if jammed:
            self.printer_status.setText(self.tr("Label printer: JAMMED — paper stuck under the print head"))
            self.printer_status.setStyleSheet("background: #b3121f; color: white; font-weight: bold; padding: 4px;")
        else:
            self.printer_status.setText(self.tr("Label printer: ready (prints PDF files)"))
            self.printer_status.setStyleSheet("background: #e8f5e9; color: #111111; padding: 4px;")
        self.clear_button.setEnabled(jammed)
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
