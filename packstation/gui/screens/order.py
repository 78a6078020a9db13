"""The order screen: the pick list as large rows on the left, the current step on the right, progress on top.

Row heights follow the space available so an order of up to 12 lines fits without scrolling at 1366x768.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from packstation.domain.vocabulary import SessionState
from packstation.gui.messages import qc_prompt, state_name, tr
from packstation.gui.models.pick_list import PickListModel
from packstation.gui.screens.box import BoxPanel
from packstation.gui.screens.verify import PrintQueuePanel, VerifyPanel
from packstation.services.views import SessionView

FIT_ROWS = 12  # rows that must fit without scrolling
STEPS = (
    SessionState.SCANNING,
    SessionState.QC,
    SessionState.BOX,
    SessionState.SLIPS,
    SessionState.LABEL,
    SessionState.VERIFY,
)


class _PickTable(QTableView):
    """The pick-list view; re-fits its rows whenever its own size changes (after the layout settles)."""

    def __init__(self, on_resize: Callable[[], None]) -> None:
        super().__init__()
        self._on_resize = on_resize

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._on_resize()


class IdleScreen(QWidget):
    """Signed in, no order: scan an order or tote, or take the next one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(tr("Scan an order or tote barcode"))
        self.heading.setObjectName("bigPrompt")
        self.heading.setWordWrap(True)  # large text in Finnish must still fit a 1366 px bench (and the training floor)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sub = QLabel(tr("or press F3 (scan CMD-NEXT) for the next order in the queue"))
        self.sub.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.heading)
        layout.addWidget(self.sub)
        layout.addStretch(2)


class StepsBar(QWidget):
    """scanning > qc > box > slips > label > verify, the current step in bold and underlined (not colour alone)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.labels = {}
        self.fault: SessionState | None = None
        self._shown: tuple[SessionState, tuple[str, ...]] | None = None
        for step in STEPS:
            label = QLabel(state_name(step))
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setContentsMargins(2, 2, 2, 2)
            self.labels[step] = label
            row.addWidget(label, 1)

    def set_fault(self, fault: SessionState | None) -> None:
        """A printer fault holds the order at the step whose paper failed (the label, the slips): that step reads
        as the fault, in red, and no later step shows a tick, until it prints."""
        if fault == self.fault:
            return
        self.fault = fault
        state = self._shown[0] if self._shown else None
        self._shown = None
        if state is not None:
            self.set_state(state)

    def set_state(self, state: SessionState) -> None:
        names = tuple(state_name(step) for step in self.labels) + ((str(self.fault),) if self.fault else ())
        if (state, names) == self._shown:
            return  # restyling seven labels on every scan costs milliseconds; only a new step or language does it
        self._shown = (state, names)
        shown_state = state
        if self.fault is not None and state in self.labels:
            order = list(self.labels)
            if order.index(self.fault) < order.index(state):
                state = self.fault  # the failed paper's step is where the order stands
        reached = True
        for step, label in self.labels.items():
            current = step == state
            if current and self.fault is not None:
                _paint_step(label, "#ffffff", "#b3121f", underline=False)
                label.setText("⚠ " + tr("Printer fault"))
            elif current:
                _paint_step(label, "#ffffff", "#263238", underline=True)
                label.setText("▶ " + state_name(step))
            else:
                _paint_step(label, "#1b5e20" if reached else "#666666")
                label.setText(("✔ " if reached else "") + state_name(step))
            if current:
                reached = False
        if shown_state not in self.labels:
            for label in self.labels.values():
                _paint_step(label, "#666666")


def _paint_step(label: QLabel, text: str, background: str | None = None, *, underline: bool = False) -> None:
    """One step's look by palette and font, not style sheet (a style sheet re-polishes its label: about 1.4 ms
    each under the profiler, seven of them on every step change). The current step: bold on a dark fill,
    underlined unless it is a fault (never colour alone)."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
    # No fill: a transparent window colour too (a red fault fill must not linger once the fault is gone).
    palette.setColor(QPalette.ColorRole.Window, QColor(background) if background else QColor(0, 0, 0, 0))
    label.setPalette(palette)
    label.setAutoFillBackground(background is not None)
    font = QFont()  # only these two set: size and family still come from the window (its text scale)
    font.setBold(background is not None)
    font.setUnderline(underline)
    label.setFont(font)


class OrderScreen(QWidget):
    """Pick list + step panel; `show_session` redraws everything from one SessionView."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: SessionView | None = None
        self._wrapped: tuple[object, ...] | None = None
        self.title = QLabel()
        self.title.setObjectName("orderTitle")
        self.title.setWordWrap(True)  # large text in Finnish must still fit a 1366 px bench (and the training floor)
        self.progress = QProgressBar()
        self.progress.setObjectName("orderProgress")
        self.progress.setFormat(tr("%v of %n unit(s)", None, 1))
        self.steps = StepsBar()
        self.model = PickListModel(self)  # owned by the screen: Qt deletes it after the view, never before
        self.table = _PickTable(self.fit_rows)
        self.table.setObjectName("pickList")
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        header = self.table.horizontalHeader()
        # Icon, SKU, bin and count columns are sized to their contents when an order is shown (and at a new text
        # size), not by ResizeToContents: that mode measures every row again on each changed row, which on a
        # 1,000-line order cost a quarter of a second per scan.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)  # capture words share the room with the text
        self.model.modelReset.connect(self.fit_columns)
        self.qc_status = QLabel()
        self.qc_status.setObjectName("qcStatus")
        self.qc_status.setWordWrap(True)
        self.qc_status.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.box_panel = BoxPanel()
        self.verify_panel = VerifyPanel()
        self.print_panel = PrintQueuePanel()
        self.print_panel.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        # The side panels never push the window taller than the screen: they take the height they are given.
        for panel in (self.qc_status, self.box_panel, self.verify_panel):
            panel.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.side = QStackedWidget()
        self.side.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.side.addWidget(self.qc_status)
        self.side.addWidget(self.box_panel)
        self.side.addWidget(self.verify_panel)
        right = QVBoxLayout()
        right.addWidget(self.side, 3)
        right.addWidget(self.print_panel, 1)
        body = QHBoxLayout()
        body.addWidget(self.table, 62)
        body.addLayout(right, 38)
        top = QHBoxLayout()
        top.addWidget(self.title, 3)
        top.addWidget(self.progress, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.steps)
        layout.addLayout(body, 1)

    # -- content ----------------------------------------------------------------------------------------------------
    def show_session(self, session: SessionView) -> None:
        self.session = session
        active = session.active_line
        active_id = active.line_id if active else None
        was_active = self.model.active_id
        self.model.set_lines(session.lines, active_id, key=session.session_id)
        if active_id is not None and active_id != was_active:
            self._keep_in_view(self.model.row_of(active_id))
        gift = "  — " + tr("GIFT") if session.gift else ""
        self.title.setText(
            tr(
                "Order {ref} — {merchant} — {customer}",
                ref=session.order_ref,
                merchant=session.merchant,
                customer=session.customer_name,
            )
            + gift
        )
        # QProgressBar.setValue repaints at once, and that synchronous paint took every other pending change of
        # the window with it (~4 ms a scan); with updates off for the call it is painted with the rest, once.
        self.progress.setUpdatesEnabled(False)
        self.progress.setMaximum(max(session.units_ordered, 1))
        self.progress.setFormat(tr("%v of %n unit(s)", None, max(session.units_ordered, 1)))
        self.progress.setValue(min(session.units_scanned, max(session.units_ordered, 1)))
        self.progress.setUpdatesEnabled(True)
        self.steps.set_state(session.state)
        state = session.state
        if state == SessionState.BOX:
            self.box_panel.show_plan(session.plan, confirmed=False)
            self._side(self.box_panel)
        elif state in (SessionState.SLIPS, SessionState.LABEL, SessionState.VERIFY):
            self.verify_panel.show_expected(
                session.slips_expected, session.labels_expected, session.can_close, session.blockers
            )
            self._side(self.verify_panel)
        else:
            self.qc_status.setText(self._status_text(session))
            self._side(self.qc_status)
        self.fit_rows()

    def _side(self, panel: QWidget) -> None:
        if self.side.currentWidget() is not panel:  # switching relays the panel out, even to the same one
            self.side.setCurrentWidget(panel)

    def _status_text(self, session: SessionView) -> str:
        lines = []
        active = session.active_line
        if session.state == SessionState.SCANNING and active is not None:
            lines.append(tr("Next: {sku} from bin {bin}", sku=active.sku_code, bin=active.bin or "—"))
            lines.append(active.description)
        for request in session.pending_qc[:4]:
            lines.append("☐ " + qc_prompt(request))
        if len(session.pending_qc) > 4:
            lines.append(tr("… and %n more check(s)", None, len(session.pending_qc) - 4))
        for failed in session.failed_qc:
            lines.append("✖ " + tr("Failed: {check} — fix it or ask a lead (F11)", check=failed))
        if session.state != SessionState.SCANNING:
            lines += ["• " + tr(blocker) for blocker in session.blockers[:4]]
        return "\n".join(lines)

    # -- scaling ----------------------------------------------------------------------------------------------------
    def apply_scale(self, base_px: int) -> None:
        table_font = QFont(self.font())
        table_font.setPixelSize(int(base_px * 1.15))
        self.table.setFont(table_font)
        self.table.setIconSize(
            self.table.iconSize().scaled(int(base_px * 1.8), int(base_px * 1.8), Qt.AspectRatioMode.IgnoreAspectRatio)
        )
        title_font = QFont(self.font())
        title_font.setPixelSize(int(base_px * 1.3))
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.fit_columns()
        self.fit_rows()

    def _keep_in_view(self, row: int | None) -> None:
        """A long pick list follows the packer: when the active row is off screen it goes near the top, so the
        next screenful of scans moves nothing (scrolling on every scan would repaint every visible row)."""
        if row is None:
            return
        index = self.model.index(row, 0)
        if not self.table.viewport().rect().contains(self.table.visualRect(index)):
            self.table.scrollTo(self.model.index(max(row - 1, 0), 0), QAbstractItemView.ScrollHint.PositionAtTop)

    def fit_columns(self) -> None:
        """Icon, SKU, bin and count columns as wide as their contents (the count with room for its tick)."""
        for column in (0, 1, 3, 4):
            self.table.resizeColumnToContents(column)
        header = self.table.horizontalHeader()
        header.resizeSection(4, header.sectionSize(4) + self.table.fontMetrics().horizontalAdvance("✔ "))

    def fit_rows(self) -> None:
        """Rows share the table's height; up to FIT_ROWS lines always fit without a scroll bar.

        Longer orders squeeze their rows no lower than a readable height and then scroll (a 1,000-line order is
        not drawn as 1,000 one-pixel rows).
        """
        rows = max(self.model.rowCount(), 1)
        available = self.table.viewport().height()
        if available <= 0:
            return
        px = self.table.font().pixelSize()
        height = max(available // max(rows, min(FIT_ROWS, rows)), int(px * 1.4) if px > 0 else 24, 1)
        height = min(height, int(px * 3.2) if px > 0 else 60)
        rows_header = self.table.verticalHeader()
        if rows_header.minimumSectionSize() != 1:
            rows_header.setMinimumSectionSize(1)
        if rows_header.defaultSectionSize() != height:  # setting it, even unchanged, relays and repaints every row
            rows_header.setDefaultSectionSize(height)
            self._wrapped = None
        self._wrap_long_descriptions(height)

    WRAP_ROWS = 200  # orders up to this many lines get taller rows for long descriptions (measured once per size)

    def _wrap_long_descriptions(self, height: int) -> None:
        """A description longer than its row wraps onto more lines (up to 5): the end of it, often the size
        (S/M/L/XL), is never cut off. Measured again only when the order, the column width or the font changes."""
        rows = self.model.rowCount()
        if rows == 0 or rows > self.WRAP_ROWS:
            return
        width = self.table.columnWidth(2) - 8
        metrics = self.table.fontMetrics()
        key = (self.model._key, rows, width, height, metrics.height())
        if key == self._wrapped or width <= 0:
            return
        self._wrapped = key
        header = self.table.verticalHeader()
        limit = metrics.lineSpacing() * 5 + 8
        wanted = []
        for row in range(rows):
            text = str(self.model.index(row, 2).data() or "")
            needed = metrics.boundingRect(0, 0, width, 10_000, int(Qt.TextFlag.TextWordWrap), text).height() + 8
            wanted.append(min(max(needed, height), max(limit, height)))
        # Up to FIT_ROWS lines still fit without scrolling: the extra height comes out of the room left over.
        room = self.table.viewport().height() - height * rows if rows <= FIT_ROWS else 10**9
        for row, size in enumerate(wanted):
            extra = min(size - height, max(room, 0))
            room -= extra
            if header.sectionSize(row) != height + extra:
                header.resizeSection(row, height + extra)

    def scroll_to_line(self, line_id: int | None) -> None:
        """The line just scanned is on screen (a long list follows the scans, also out of order)."""
        if line_id is not None:
            self._keep_in_view(self.model.row_of(line_id))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fit_rows()
