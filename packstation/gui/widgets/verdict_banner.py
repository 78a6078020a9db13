"""The verdict banner: icon + large headline + instruction, on green / amber / red — never colour alone.

A stop stays on screen until acknowledged (Esc key or the CMD-ACK barcode): there is no timeout anywhere here.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPaintEvent, QPalette, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from packstation.domain.vocabulary import Severity
from packstation.gui.messages import tr
from packstation.resources import resource_path

# (background, text) per look; contrast >= 4.5:1 for each pair.
COLOURS = {
    "idle": ("#263238", "#ffffff"),
    Severity.OK: ("#1b7f3a", "#ffffff"),
    Severity.ATTENTION: ("#f2a900", "#111111"),
    Severity.STOP: ("#b3121f", "#ffffff"),
}
ICONS = {"idle": "item.svg", Severity.OK: "ok.svg", Severity.ATTENTION: "attention.svg", Severity.STOP: "stop.svg"}


class VerdictBanner(QFrame):
    """Shows the last verdict; `look` is "idle" or a Severity value (tests read it, and `headline`/`detail`).

    Signal stop_changed(bool): a stop began (True) or was acknowledged or replaced (False); the window gives a
    stop its whole working area while it waits.
    """

    stop_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verdictBanner")
        self._background = QColor(COLOURS["idle"][0])
        self.look: str = "idle"
        self.awaiting_ack = False
        self._icon = QLabel()
        self._icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._headline = QLabel()
        self._headline.setObjectName("verdictHeadline")
        self._detail = QLabel()
        self._detail.setWordWrap(True)
        self._headline.setWordWrap(True)
        self._ack = QLabel()
        self._ack.setObjectName("verdictAck")
        self._ack.setWordWrap(True)
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self._headline)
        text.addWidget(self._detail)
        text.addWidget(self._ack)
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 8, 16, 8)
        row.addWidget(self._icon)
        row.addLayout(text, 1)
        self._icon_px = 72
        self._shown_look: tuple[str, int] | None = None
        self._pixmaps: dict[tuple[str, int], QPixmap] = {}
        self.show_idle(tr("Ready"), "")

    # -- content ----------------------------------------------------------------------------------------------------
    @property
    def headline(self) -> str:
        return self._headline.text()

    @property
    def detail(self) -> str:
        return self._detail.text()

    def show_idle(self, headline: str, detail: str) -> None:
        self._set("idle", headline, detail, ack=False)

    def show_verdict(self, severity: Severity | str, headline: str, detail: str, *, must_ack: bool = False) -> None:
        self._set(Severity(severity), headline, detail, ack=must_ack)

    @property
    def note(self) -> str:
        return self._ack.text()

    def show_next(self, headline: str, detail: str) -> None:
        """The next step, after a stop was acknowledged or a dialog closed (dark, not the old red)."""
        self._set("idle", headline, detail, ack=False)

    def add_note(self, text: str) -> None:
        """A line under a waiting stop (e.g. "acknowledge first"): the stop's reason stays as it is."""
        self._ack.setText(text)
        self._ack.setVisible(True)

    def acknowledge(self) -> bool:
        """Clear a waiting stop; returns whether there was one (the window then shows the next step)."""
        if not self.awaiting_ack:
            return False
        self.awaiting_ack = False
        self._ack.setText("")
        self._ack.setVisible(False)
        self.stop_changed.emit(False)
        return True

    def _set(self, look: str, headline: str, detail: str, *, ack: bool) -> None:
        self.look = str(look)
        was, self.awaiting_ack = self.awaiting_ack, ack
        # Recoloured and re-iconed only when the look changes, and by palette, not style sheet: a scan changes the
        # look twice (CHECKING, then the verdict) and must paint inside one frame; a style sheet re-polished the
        # banner and its labels each time (1-2 ms apiece).
        if self._shown_look != (look, self._icon_px):
            self._shown_look = (look, self._icon_px)
            background, foreground = COLOURS[look]
            self._background = QColor(background)
            text = QColor(foreground)
            # Each label its own palette: under the application's style sheet a parent's palette stops at it.
            for label in (self._headline, self._detail, self._ack):
                palette = label.palette()
                palette.setColor(QPalette.ColorRole.WindowText, text)
                label.setPalette(palette)
            self._icon.setPixmap(self._pixmap(look))
            self.update()
        self._headline.setText(headline)
        self._detail.setText(detail)
        self._ack.setText(tr("Press Esc or scan CMD-ACK to continue") if ack else "")
        self._ack.setVisible(ack or bool(self._ack.text()))
        if was != ack:
            self.stop_changed.emit(ack)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._background)
        painter.drawRoundedRect(self.rect(), 6, 6)
        painter.end()

    def _pixmap(self, look: str) -> QPixmap:
        key = (look, self._icon_px)
        if key not in self._pixmaps:
            icon = QIcon(str(resource_path("icons", ICONS[look])))
            self._pixmaps[key] = icon.pixmap(QSize(self._icon_px, self._icon_px))
        return self._pixmaps[key]

    # -- scaling ----------------------------------------------------------------------------------------------------
    def apply_scale(self, base_px: int) -> None:
        """Size text from the window's base font size (readable at 1 m: the headline is ~3x body text)."""
        big = QFont(self.font())
        big.setPixelSize(int(base_px * 2.6))
        big.setBold(True)
        self._headline.setFont(big)
        body = QFont(self.font())
        body.setPixelSize(int(base_px * 1.25))
        self._detail.setFont(body)
        ack = QFont(body)
        ack.setBold(True)
        self._ack.setFont(ack)
        self._icon_px = int(base_px * 4)
        self._icon.setFixedSize(self._icon_px + 8, self._icon_px + 8)
        note = self.note
        self._set(
            self.look if self.look == "idle" else Severity(self.look), self.headline, self.detail, ack=self.awaiting_ack
        )
        if note and self.awaiting_ack:
            self.add_note(note)
