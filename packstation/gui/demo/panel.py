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
from PySide6.QtGui import QKeyEvent, QKeySequence, QPixmap, QShortcut
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

from packstation.documents.scorecard import why_text
from packstation.gui.demo.devices import newest_pdf, render_pages
from packstation.gui.demo.hints import error_type_name, next_step, note_text, outcome_word
from packstation.gui.demo.text import Translated
from packstation.gui.messages import scenario_title, state_name
from packstation.services.training.training_orders import BuiltOrder, sku_barcode

TOTE_COLOUR = "#f5f5f5"  # one colour for every unit in the tote: a colour must not point at the planted error
UNKNOWN_CODE = "4006381333931"
OTHER_MERCHANT_CODE = sku_barcode("KAWKA", "KW-MUG")
STRIPE = "background: #b00020; color: white; font-size: 15px; font-weight: bold; padding: 4px;"


class TrainingPanel(Translated, QWidget):
    """Emits scanned(text) for every click on the virtual scanner; the demo window feeds it to the station."""

    scanned = Signal(str)
    hint_changed = Signal(str)  # the next step for the TRAINING banner of the packer's screen ("" = no hint)

    def __init__(
        self,
        scenarios: list[Any],
        start: Callable[[str, bool], Any],
        finish: Callable[[], Any],
        weigh: Callable[[], None],
        print_dir: Path,
        parent: QWidget | None = None,
        *,
        clear_jam: Callable[[], None] | None = None,
        jammed: Callable[[], bool] = lambda: False,
        label_ready: Callable[[int], bool] = lambda _order_id: True,
        check_box: Callable[[], str | None] = lambda: None,
        done_refs: Callable[[], set[str]] = set,
    ) -> None:
        super().__init__(parent)
        self.setMinimumWidth(400)
        self.run: Any = None
        self.session: Any = None
        self._start, self._finish, self._weigh = start, finish, weigh
        self._clear_jam, self.jammed, self.label_ready = clear_jam, jammed, label_ready
        self._check_box, self.done_refs = check_box, done_refs
        self.hint_text = ""
        self.print_dir = print_dir
        self.stripe = QLabel()
        self.stripe.setObjectName("trainingStripe")
        self.stripe.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stripe.setStyleSheet(STRIPE)
        self.scenario = QComboBox()
        self._scenarios = list(scenarios)
        for s in self._scenarios:
            self.scenario.addItem(f"{s.level} · {scenario_title(s.title)}", s.id)
        self.hints_on = QCheckBox()
        self.hints_on.setChecked(True)
        self.hints_on.toggled.connect(lambda _on: self.refresh(self.session))
        self.start_button = QPushButton()
        self.start_button.clicked.connect(self.start)
        self.finish_button = QPushButton()
        self.finish_button.clicked.connect(self.finish)
        self.keys_label = QLabel()
        self.keys_label.setWordWrap(True)
        self.keys_label.setStyleSheet("color: #444444; font-size: 11px;")
        self.scanner_box = QVBoxLayout()
        scanner = QWidget()
        scanner.setLayout(self.scanner_box)
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(scanner)
        self.weigh_button = QPushButton()
        self.weigh_button.clicked.connect(lambda: self._weigh())
        self.box_button = QPushButton()
        self.box_button.setObjectName("checkBoxContents")
        self.box_button.clicked.connect(self.check_box)
        self.box_status = QLabel()
        self.box_status.setObjectName("boxStatus")
        self.box_status.setWordWrap(True)
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
        self.score_label.setObjectName("trainingScore")
        self.score_label.setWordWrap(True)
        self.score_label.setTextFormat(Qt.TextFormat.RichText)
        self.score_label.setStyleSheet("background: #ffffff; color: #111111; padding: 6px; font-size: 13px;")
        top = QHBoxLayout()
        top.addWidget(self.start_button)
        top.addWidget(self.finish_button)
        devices = QHBoxLayout()
        devices.addWidget(self.weigh_button)
        devices.addWidget(self.box_button)
        jam = QHBoxLayout()  # a row of its own: three buttons do not fit a 430 px bench in every language
        jam.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stripe)
        layout.addWidget(self.scenario)
        layout.addWidget(self.hints_on)
        layout.addLayout(top)
        self.scanner_group = QGroupBox()
        QVBoxLayout(self.scanner_group).addWidget(scroll)
        layout.addWidget(self.scanner_group, 3)
        layout.addWidget(self.keys_label)
        layout.addLayout(devices)
        layout.addLayout(jam)
        layout.addWidget(self.box_status)
        layout.addWidget(self.printer_status)
        layout.addWidget(self.pdf_view, 2)
        self.score_scroll = QScrollArea()
        self.score_scroll.setWidgetResizable(True)
        self.score_scroll.setWidget(self.score_label)
        self.score_scroll.setVisible(False)
        layout.addWidget(self.score_scroll, 3)
        self.buttons: dict[str, QPushButton] = {}
        self._shown_pdf: Path | None = None
        self.card: Any = None
        self.keep_open = False  # set by the demo window while it is open
        # Keyboard: the bench's own keys (only while it has the focus; the packer's F-keys work everywhere).
        QShortcut(QKeySequence("Ctrl+Shift+S"), self, self.start)
        QShortcut(QKeySequence("Ctrl+Shift+F"), self, self.finish)
        QShortcut(QKeySequence("Ctrl+Shift+W"), self, lambda: self._weigh())
        QShortcut(QKeySequence("Ctrl+Shift+B"), self, self.check_box)
        QShortcut(QKeySequence("Ctrl+Shift+J"), self, self.clear_jam)
        self.start_button.setFocus()
        self.retranslate()

    def retranslate(self) -> None:
        self.title_base = self.tr("Packstation — TRAINING bench (virtual scanner, scale, printer)")
        self.setWindowTitle(self.title_base)
        self.stripe.setText(self.tr("TRAINING — virtual devices"))
        self.hints_on.setText(self.tr("Hints (off for an exam)"))
        self.start_button.setText(self.tr("Start scenario"))
        self.finish_button.setText(self.tr("Finish and score"))
        self.scanner_group.setTitle(self.tr("Virtual scanner: click to scan"))
        self.weigh_button.setText(self.tr("Put the box on the scale"))
        self.box_button.setText(self.tr("Look inside the box"))
        self.keys_label.setText(
            self.tr(
                "Keys: Ctrl+Shift+S start · ↑/↓ or Tab move between items, Home the first, End the newest (box, slip, "
                "label) · Enter scans it · Ctrl+Shift+W scale · Ctrl+Shift+B look inside the box · Ctrl+Shift+J clear "
                "the jam · Ctrl+Shift+F finish and score"
            )
        )
        self.clear_button.setText(self.tr("Open the printer and clear the jam"))
        for i, s in enumerate(self._scenarios):  # built in the language before a trainee's sign-in switched it
            self.scenario.setItemText(i, f"{s.level} · {scenario_title(s.title)}")
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
        self.scenario.setEnabled(self.run is None)  # one scenario at a time; its keys belong to the scanner now
        self.box_status.setText("")
        self.show_score(None)
        self.refresh(None)

    def finish(self) -> None:
        card = self._finish()
        self.scenario.setEnabled(True)
        if card is not None:
            self.run = None  # scored: the bench is ready for the next scenario
            self.refresh(None)
            self.show_score(card)
            self.start_button.setFocus()

    def show_score(self, card: Any) -> None:
        """The scorecard: passed or not, the numbers, and one row per injected error (what happened)."""
        self.card = card
        self.score_scroll.setVisible(card is not None)
        self.pdf_view.setVisible(card is None)
        if card is None:
            self.score_label.setText("")
            return
        verdict = self.tr("PASSED") if card.passed else self.tr("NOT PASSED")
        colour = "#1b5e20" if card.passed else "#b3121f"
        rows = "".join(
            f"<tr><td>{o.order}</td><td>{error_type_name(o.event)}</td><td><b>{outcome_word(o)}</b></td>"
            f"<td>{why_text(o.why, self.tr)}</td></tr>"
            for o in card.outcomes
        )
        self.score_label.setText(
            f"<p style='font-size:18px'><b>{scenario_title(card.scenario_title)}</b> — "
            f"<span style='color:{colour}'><b>{verdict}</b></span></p>"
            + self.tr(
                "<p>Time {seconds} s · caught {caught}/{injected} · handled right {handled}/{injected} · "
                "missed {missed} · overrides asked {overrides} · own slips {own} · accuracy {accuracy}</p>",
                seconds=f"{card.seconds:.0f}",
                caught=card.errors_caught,
                injected=card.errors_injected,
                handled=card.errors_handled,
                missed=card.errors_missed,
                overrides=card.overrides_asked,
                own=card.own_errors,
                accuracy=f"{card.accuracy:.0%}",
            )
            + (
                f"<table border='1' cellspacing='0' cellpadding='3'><tr><th>{self.tr('Order')}</th>"
                f"<th>{self.tr('Error')}</th><th>{self.tr('Result')}</th><th>{self.tr('What happened')}</th></tr>"
                f"{rows}</table>"
                if rows
                else ""
            )
        )

    def check_box(self) -> None:
        """The trainee looks inside the box on the bench: what they find (the training journal records it)."""
        found = self._check_box()
        self.box_status.setText(
            self.tr("Found in the box and taken out: {what}. Weigh the box again.", what=found)
            if found
            else self.tr("The box holds what was scanned, nothing else.")
        )
        self.refresh(self.session)

    def clear_jam(self) -> None:
        if self._clear_jam is not None:
            self._clear_jam()
        self.refresh(self.session)

    def current_order(self) -> BuiltOrder | None:
        if self.run is None or self.session is None:
            return None
        return next((o for o in self.run.orders if o.ref == self.session.order_ref), None)

    # -- keyboard -----------------------------------------------------------------------------------------------
    def scanner_buttons(self) -> list[QPushButton]:
        return [b for b in self.buttons.values() if b.isVisible() or not self.isVisible()]

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Up/Down step through the virtual scanner's items, Home goes to the first, End to the newest (the box,
        slip or label that just came); Enter scans the focused one. (Not Space: the scan filter holds printable keys
        back to tell a scanner from typing, so a button would see Space's release before its press.)"""
        buttons = self.scanner_buttons()
        focused = self.focusWidget()
        if self.run is not None and focused in (self.scenario, self.hints_on) and buttons:
            focused = buttons[0]  # a run is on: the keys belong to the scanner
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and focused in buttons:
            focused.click()  # type: ignore[union-attr]
            return
        moves = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_Home: "first", Qt.Key.Key_End: "last"}
        move = moves.get(Qt.Key(event.key()))
        if move is None or not buttons:
            super().keyPressEvent(event)
            return
        index = buttons.index(focused) if focused in buttons else -1
        if move == "first":
            index = 0
        elif move == "last":
            index = len(buttons) - 1
        else:
            index = max(0, min(len(buttons) - 1, index + int(move)))
        buttons[index].setFocus(Qt.FocusReason.TabFocusReason)
        self.scroll.ensureWidgetVisible(buttons[index])

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
        focused = self.focusWidget()
        # the keyboard stays on the scanner (while a run is on, the scenario list has nothing to offer)
        keep_focus = (
            focused is None
            or focused in self.buttons.values()
            or focused is self.start_button
            or (self.run is not None and focused in (self.scenario, self.hints_on))
        )
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
            done = self.done_refs()
            for o in self.run.orders:
                if o.ref in done:  # closed or on the exception shelf: its ticket is gone from the bench
                    continue
                self._button(
                    f"ticket:{o.key}",
                    self.tr("Pick ticket {key} (%n item(s) in tote)", None, len(o.items), key=o.key),
                    o.order_barcode,
                    "#ede7f6",
                )
        if order is not None:
            for n, item in enumerate(order.items):
                note = f" — {note_text(item.note)}" if item.note else ""
                self._button(f"item:{n}", f"{item.label}{note}", item.barcode, TOTE_COLOUR)
            self._button(
                "tray:0", self.tr("Wrong on purpose: {what}", what=self.tr("Unknown barcode")), UNKNOWN_CODE, "#fbe9e7"
            )
            self._button(
                "tray:1",
                self.tr("Wrong on purpose: {what}", what=self.tr("Kawka mug (another merchant)")),
                OTHER_MERCHANT_CODE,
                "#fbe9e7",
            )
            for box in (session.plan or {}).get("boxes", []):
                self._button(
                    f"box:{box.get('box')}", self.tr("Box {box}", box=box.get("box")), str(box.get("box")), "#efebe9"
                )
            for code in session.slips_expected:
                self._button(f"slip:{code}", self.tr("Printed slip"), code, "#e0f7fa")
            if session.labels_expected and self.label_ready(session.order_id):
                for code in session.labels_expected:
                    self._button(f"label:{code}", self.tr("Shipping label"), code, "#e0f7fa")
        self.scanner_box.addStretch(1)
        # the step in the title too: a trainer (and a window list) sees what the bench is showing
        self.setWindowTitle(
            getattr(self, "title_base", "")
            + (f" — {session.order_ref}: {state_name(session.state.value)}" if session is not None else "")
        )
        if keep_focus and self.buttons:  # the keyboard stays on the scanner: the first item has the focus
            next(iter(self.buttons.values())).setFocus(Qt.FocusReason.OtherFocusReason)
        jammed = self.jammed()
        if self.run is None:
            text = self.tr("Choose a scenario and start.")
        else:
            text = next_step(
                session,
                printer_jammed=jammed,
                all_done=order is None and all(o.ref in self.done_refs() for o in self.run.orders),
            )
        self.hint_text = text if self.hints_on.isChecked() else ""
        self.hint_changed.emit(self.hint_text)
        self.box_button.setEnabled(session is not None)
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
