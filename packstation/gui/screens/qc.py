"""QC dialogs: one short dialog per check the engine asks for.

Confirm checks (damage, expiry, fragile, hazmat, gift): Y passes, N fails; a damaged unit asks for a replacement
scan. Capture checks (serial, lot): the scanner (or typing) fills the value. Weight: the scale's
reading or a typed weight in grams. Every answer goes to the service; the dialog only collects it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QIntValidator, QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from packstation.gui import workers
from packstation.gui.messages import CHECK_KEYS, error_text, qc_prompt, tr
from packstation.gui.screens.dialogs import StationDialog
from packstation.gui.slots import slot
from packstation.services.views import QcRequest

CONFIRM_CHECKS = {"damage", "expiry", "fragile", "hazmat", "gift"}
CAPTURE_CHECKS = {"serial", "lot"}

TITLES = {
    "damage": "Damage check",
    "expiry": "Expiry check",
    "serial": "Serial numbers",
    "lot": "Lot number",
    "weight": "Weigh the box",
    "fragile": "Fragile item",
    "hazmat": "Hazardous goods",
    "gift": "Gift order",
}
YES_SCANS = {"CMD-YES", "Y", "YES"}  # a Y/N answer by scan (command barcodes on the cheat sheet / bench card)
NO_SCANS = {"CMD-NO", "N", "NO"}


def _banner_scale(dialog: StationDialog, base_px: int, *labels: QLabel) -> None:
    """A check dialog reads at one metre: the prompt and its keys at the banner's detail size, the title larger."""
    title = QFont(dialog.title_label.font())
    title.setPixelSize(int(base_px * 2.0))
    title.setBold(True)
    dialog.title_label.setFont(title)
    body = QFont(dialog.font())
    body.setPixelSize(int(base_px * 1.25))
    dialog.prompt_label.setFont(body)
    keys = QFont(body)
    keys.setBold(True)
    for label in labels:
        label.setFont(keys)


# submit(check, passed, line_id, value) -> the service's answer (raises DomainError on refusal)
Submit = Callable[[str, bool, "int | None", "str | None"], Any]


class QcDialog(StationDialog):
    """Y/N confirmation, with a replacement scan after N for damage; capture checks take scans as values."""

    def __init__(
        self,
        request: QcRequest,
        submit: Submit,
        replace: Callable[[str], Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tr(TITLES.get(request.check, request.check)), qc_prompt(request), parent)
        self.request = request
        self._submit = submit
        self._replace = replace
        self.waiting_for_replacement = False
        self.captured: list[str] = []
        self.wanted = int(request.params.get("count", request.params.get("ordered", 1)) or 1)
        self.field = QLineEdit()
        self.field.setObjectName("qcValue")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        if request.check in CAPTURE_CHECKS:
            self.field.setPlaceholderText(tr("Scan, or type and press Enter"))
            self.layout_.addWidget(self.field)
            self.field.returnPressed.connect(slot(lambda: self.accept_scan(self.field.text())))
            self.hint.setText(self._capture_hint())
        else:  # each kind of check has its own words for Y and N, one answer per line
            words = tr(CHECK_KEYS.get(request.check, "Y  yes, done      N  no"))
            self.hint.setText("\n".join(part.strip() for part in re.split(r"\s{4,}", words) if part.strip()))
        self.layout_.addWidget(self.hint)
        self.finish_layout()

    def apply_scale(self, base_px: int) -> None:
        super().apply_scale(base_px)
        _banner_scale(self, base_px, self.hint, self.field)

    def _capture_hint(self) -> str:
        return tr(
            "Captured: {done}/{wanted} — {values}",
            done=len(self.captured),
            wanted=self.wanted,
            values=", ".join(self.captured) or "—",
        )

    # -- input ------------------------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        if self.request.check not in CAPTURE_CHECKS and not self.waiting_for_replacement:
            if key == Qt.Key.Key_Y:
                self.answer(True)
                return
            if key == Qt.Key.Key_N:
                self.answer(False)
                return
        super().keyPressEvent(event)

    def answer(self, passed: bool) -> bool:
        value = self.field.text().strip() or None if self.request.check in CAPTURE_CHECKS else None
        check, line_id = self.request.check, self.request.line_id
        if not passed and check == "damage" and self._replace is not None:
            try:
                self.result_value = self._submit(check, False, line_id, "damaged")  # shown even if Esc follows
            except Exception as exc:  # noqa: BLE001
                self.error_label.setText(str(exc))
                return False
            self.waiting_for_replacement = True
            self.prompt_label.setText(tr("Put the damaged unit aside and scan a replacement unit."))
            self.hint.setText(tr("Waiting for the replacement scan…"))
            return True
        return self.attempt(lambda: self._submit(check, passed, line_id, value))

    def accept_scan(self, text: str) -> bool:
        text = text.strip()
        if not text:
            return True
        if self.waiting_for_replacement and self._replace is not None:
            return self.attempt(lambda: self._replace(text)) or True
        if self.request.check not in CAPTURE_CHECKS and text.upper() in YES_SCANS | NO_SCANS:
            self.answer(text.upper() in YES_SCANS)
            return True
        if self.request.check in CAPTURE_CHECKS:
            self.field.clear()
            if text in self.captured:
                self.error_label.setText(tr("{value} was already captured.", value=text))
                return True
            self.captured.append(text)
            self.hint.setText(self._capture_hint())
            if len(self.captured) >= self.wanted:
                values = ",".join(self.captured)
                if not self.attempt(lambda: self._submit(self.request.check, True, self.request.line_id, values)):
                    self.captured.clear()
            return True
        return False


class WeightDialog(StationDialog):
    """The scale's reading, or a typed weight in grams (Enter records it).

    `read_scale()` returns grams or raises a DomainError (a scale fault in words); it is slow (a scale may take
    seconds to settle, or never answer) and runs in a worker: the dialog says "Reading the scale ..." meanwhile. A
    reading is recorded as from the scale and locks the weight; typing over it records a typed weight, which the
    service refuses at a bench with a scale unless the merchant allows typed weights. S and F6 read the scale and
    never type into the grams field (digits only).
    """

    def __init__(
        self,
        prompt: str,
        submit: Callable[[int, str], Any],
        read_scale: Callable[[], int | None],
        expected: str = "",
        parent: QWidget | None = None,
        *,
        zero: Callable[[], Any] | None = None,
        tare: Callable[[], Any] | None = None,
    ) -> None:
        super().__init__(tr(TITLES["weight"]), tr(prompt), parent)
        self._submit = submit
        self._read_scale = read_scale
        self._zero, self._tare = zero, tare
        self.reading = False
        self.scale_grams: int | None = None
        self.expected_label = QLabel(expected)
        self.field = QLineEdit()
        self.field.setObjectName("weightGrams")
        self.field.setPlaceholderText(tr("grams"))
        self.field.setValidator(QIntValidator(1, 999_999, self.field))  # grams: digits only
        self.field.installEventFilter(self)  # S and F6 read the scale; they never type into the grams field
        self.status = QLabel("")
        self.status.setObjectName("scaleStatus")
        self.status.setWordWrap(True)
        words = tr("S or F6  read the scale      Enter  record the typed weight")
        if zero is not None or tare is not None:
            words += "      " + tr("Z  zero the empty scale      T  tare what is on it")
        self.keys = QLabel("\n".join(part.strip() for part in re.split(r"\s{4,}", words) if part.strip()))
        self.keys.setWordWrap(True)
        self.expected_label.setWordWrap(True)
        self.layout_.addWidget(self.expected_label)
        self.layout_.addWidget(self.field)
        self.layout_.addWidget(self.status)
        self.layout_.addWidget(self.keys)
        self.field.returnPressed.connect(slot(self.record_typed))
        self.finish_layout()

    def apply_scale(self, base_px: int) -> None:
        super().apply_scale(base_px)
        _banner_scale(self, base_px, self.expected_label, self.keys, self.field)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.field and event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_S, Qt.Key.Key_F6, Qt.Key.Key_Z, Qt.Key.Key_T):
                if event.type() == QEvent.Type.KeyPress:
                    self.keyPressEvent(event)
                event.accept()
                return event.type() == QEvent.Type.KeyPress
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_S, Qt.Key.Key_F6):
            self.read_scale()
            return
        if event.key() in (Qt.Key.Key_Z, Qt.Key.Key_T):
            action = self._zero if event.key() == Qt.Key.Key_Z else self._tare
            if action is not None and not self.reading:
                self.reading = True
                self.status.setText(
                    tr("Zeroing the scale ...") if event.key() == Qt.Key.Key_Z else tr("Taring the scale ...")
                )
                workers.run_in_background(
                    action,
                    on_done=slot(self._zeroed),
                    on_error=slot(self._scale_failed),
                    lane=f"scale:{id(self)}",
                    owner=self,
                )
            return
        super().keyPressEvent(event)

    def _zeroed(self, _answer: Any) -> None:
        self.reading = False
        self.status.setText(tr("Done: put the box on the scale and press S."))

    def read_scale(self) -> bool:
        """Ask the scale in a worker; the answer (or the fault in words) arrives on the GUI thread."""
        if self.reading:
            return False
        self.reading = True
        self.error_label.setText("")
        self.status.setText(tr("Reading the scale ..."))
        workers.run_in_background(
            self._read_scale,
            on_done=slot(self._scale_read),
            on_error=slot(self._scale_failed),
            lane=f"scale:{id(self)}",
            owner=self,
        )
        return True

    def _scale_read(self, grams: int | None) -> None:
        self.reading = False
        if grams is None:
            self._scale_failed(None)
            return
        self.scale_grams = int(grams)
        self.field.setText(str(grams))
        self.status.setText(tr("Scale: {grams} g (stable)", grams=grams))
        self.attempt(lambda: self._submit(int(grams), "scale"))

    def _scale_failed(self, exc: BaseException | None) -> None:
        self.reading = False
        self.status.setText("")
        self.error_label.setText(
            error_text(exc) if exc is not None else tr("No reading from the scale: type the weight in grams.")
        )

    def record_typed(self) -> bool:
        text = self.field.text().strip().replace(" ", "")
        if not text.isdigit() or int(text) <= 0:
            self.error_label.setText(tr("Type the weight in whole grams, e.g. 1250."))
            return False
        source = "scale" if self.scale_grams is not None and int(text) == self.scale_grams else "typed"
        return self.attempt(lambda: self._submit(int(text), source))
