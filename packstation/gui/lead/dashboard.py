"""The lead's dashboard: headline figures, then charts with their tables beside them, refreshed live.

The figures come from `ReportService.dashboard`, run off the GUI thread by a `Runner`; a QTimer asks again every
`refresh_ms` while "Live" is ticked. Double-clicking any count (or clicking a bar) lists the events behind it.

Signals: `refreshed(object)` with the Dashboard shown; `failed(str)` with the error text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from packstation.gui.lead.charts import BLUE, RED, ChartPanel
from packstation.gui.lead.drilldown import EventsDialog, TimelineDialog
from packstation.gui.lead.models import RowsModel
from packstation.gui.lead.worker import Runner
from packstation.services.report_views import (
    Dashboard,
    ReportFilter,
    error_label,
    format_ratio,
    format_seconds,
)
from packstation.services.reports import ReportService

PRESETS = ("This shift (last 8 h)", "Today", "Yesterday", "Last 7 days", "Last 30 days", "Custom")


def preset_range(preset: str, now: dt.datetime, tz: dt.tzinfo) -> tuple[dt.datetime, dt.datetime]:
    """[start, end) of a preset in the lead's zone, as UTC."""
    local = now.astimezone(tz)
    midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
    if preset.startswith("This shift"):
        end = local.replace(minute=0, second=0, microsecond=0) + dt.timedelta(hours=1)
        start = end - dt.timedelta(hours=9)
    elif preset == "Yesterday":
        start, end = midnight - dt.timedelta(days=1), midnight
    elif preset == "Last 7 days":
        start, end = midnight - dt.timedelta(days=6), midnight + dt.timedelta(days=1)
    elif preset == "Last 30 days":
        start, end = midnight - dt.timedelta(days=29), midnight + dt.timedelta(days=1)
    else:  # Today
        start, end = midnight, midnight + dt.timedelta(days=1)
    return start.astimezone(dt.UTC), end.astimezone(dt.UTC)


def _table(model: RowsModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class LeadDashboard(QWidget):
    """Range and station filter, headline figures, and four chart+table tabs with drill-down."""

    refreshed = Signal(object)
    failed = Signal(str)

    def __init__(self, reports: ReportService, stations: Sequence[tuple[int, str]] = (), *,
                 tz: dt.tzinfo | None = None, refresh_ms: int = 30_000, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reports = reports
        self.tz = tz or dt.datetime.now().astimezone().tzinfo or dt.UTC
        self.board: Dashboard | None = None
        self.last_dialog: EventsDialog | TimelineDialog | None = None
        self.runner = Runner(self)
        self.runner.done.connect(self.show_dashboard)
        self.runner.failed.connect(lambda exc: self._show_error(str(exc)))
        self.timer = QTimer(self)
        self.timer.setInterval(refresh_ms)
        self.timer.timeout.connect(self.refresh)
        self._build(stations)
        self._apply_preset()

    # -- layout ----------------------------------------------------------------------------------------------

    def _build(self, stations: Sequence[tuple[int, str]]) -> None:
        root = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.preset = QComboBox()
        self.preset.addItems(PRESETS)
        self.preset.currentTextChanged.connect(self._apply_preset)
        self.start_edit, self.end_edit = QDateTimeEdit(), QDateTimeEdit()
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
            edit.setCalendarPopup(True)
            edit.dateTimeChanged.connect(self._custom)
        self.stations = QListWidget()
        self.stations.setMaximumHeight(64)
        self.stations.setToolTip("Tick stations to include; none ticked = every station")
        for station_id, code in stations:
            item = QListWidgetItem(code)
            item.setData(Qt.ItemDataRole.UserRole, station_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.stations.addItem(item)
        self.stations.itemChanged.connect(lambda _item: self.refresh())
        self.live = QCheckBox("Live")
        self.live.toggled.connect(self._set_live)
        self.refresh_button = QPushButton("Refresh")
        self.refresh_button.clicked.connect(self.refresh)
        self.pdf_button, self.csv_button = QPushButton("Report PDF…"), QPushButton("CSV…")
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.order_search = QLineEdit()
        self.order_search.setPlaceholderText("Order ref or barcode → timeline")
        self.order_search.returnPressed.connect(self.find_order)
        for widget in (QLabel("Range"), self.preset, self.start_edit, QLabel("to"), self.end_edit,
                       QLabel("Stations"), self.stations, self.live, self.refresh_button, self.pdf_button,
                       self.csv_button, self.order_search):
            bar.addWidget(widget)
        root.addLayout(bar)
        self.kpi_label = QLabel("…")
        self.kpi_label.setTextFormat(Qt.TextFormat.RichText)
        self.kpi_label.setStyleSheet("font-size: 15px; padding: 6px;")
        root.addWidget(self.kpi_label)
        self.status = QLabel("")
        root.addWidget(self.status)
        self.tabs = QTabWidget()
        root.addWidget(self.tabs, 1)

        self.type_chart = ChartPanel("Errors by type", horizontal=True)
        self.type_model = RowsModel(("Error type", "Count"), self)
        self._tab("Errors by type", self.type_chart, self.type_model)
        self.hour_chart = ChartPanel("Orders and errors by hour")
        self.hour_model = RowsModel(("Hour", "Orders", "Units", "Errors"), self)
        self._tab("By hour", self.hour_chart, self.hour_model)
        self.packer_chart = ChartPanel("Errors by packer", horizontal=True)
        self.packer_model = RowsModel(("Packer", "Orders", "Units", "Orders/h", "Avg pack", "Errors", "Accuracy",
                                       "Time ratio", "Error ratio"), self)
        self.packer_matrix = RowsModel(("Packer",), self)
        self._tab("Packers", self.packer_chart, self.packer_model, self.packer_matrix,
                  "Ratios compare each packer with the floor on the same mix of single-unit, single-line and "
                  "multi-line orders (1.00 = floor; below 1 = faster / fewer errors).")
        self.station_chart = ChartPanel("Errors by station", horizontal=True)
        self.station_model = RowsModel(("Station", "Orders", "Units", "Avg pack", "Errors"), self)
        self.station_matrix = RowsModel(("Station",), self)
        self._tab("Stations", self.station_chart, self.station_model, self.station_matrix)

        self.type_chart.bar_clicked.connect(lambda i: self._drill_row(self.type_model, i, 1))
        self.hour_chart.bar_clicked.connect(lambda i: self._drill_row(self.hour_model, i, 3))
        self.packer_chart.bar_clicked.connect(lambda i: self._drill_row(self.packer_model, i, 5))
        self.station_chart.bar_clicked.connect(lambda i: self._drill_row(self.station_model, i, 4))

    def _tab(self, title: str, chart: ChartPanel, model: RowsModel, matrix: RowsModel | None = None,
             note: str = "") -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(chart)
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        if note:
            label = QLabel(note)
            label.setWordWrap(True)
            layout.addWidget(label)
        for m in (model, matrix):
            if m is not None:
                view = _table(m)
                view.doubleClicked.connect(lambda index, m=m: self._drill_row(m, index.row(), index.column()))
                layout.addWidget(view)
        splitter.addWidget(side)
        splitter.setSizes([500, 500])
        self.tabs.addTab(splitter, title)

    # -- filter ----------------------------------------------------------------------------------------------

    def _set_edits(self, start: dt.datetime, end: dt.datetime) -> None:
        for edit, value in ((self.start_edit, start), (self.end_edit, end)):
            edit.blockSignals(True)
            edit.setDateTime(QDateTime(value.astimezone(self.tz).replace(tzinfo=None)))
            edit.blockSignals(False)

    def _apply_preset(self, *_args: Any) -> None:
        if self.preset.currentText() != "Custom":
            self._set_edits(*preset_range(self.preset.currentText(), dt.datetime.now(dt.UTC), self.tz))

    def _custom(self, *_args: Any) -> None:
        self.preset.blockSignals(True)
        self.preset.setCurrentText("Custom")
        self.preset.blockSignals(False)

    def set_range(self, start: dt.datetime, end: dt.datetime) -> None:
        """Show a custom range (e.g. one shift); the next refresh uses it."""
        self._custom()
        self._set_edits(start, end)

    def selected_stations(self) -> tuple[int, ...]:
        items = (self.stations.item(i) for i in range(self.stations.count()))
        return tuple(int(it.data(Qt.ItemDataRole.UserRole)) for it in items
                     if it.checkState() == Qt.CheckState.Checked)

    def current_filter(self) -> ReportFilter:
        def utc(edit: QDateTimeEdit) -> dt.datetime:
            return edit.dateTime().toPython().replace(tzinfo=self.tz).astimezone(dt.UTC)  # type: ignore[union-attr]

        start, end = utc(self.start_edit), utc(self.end_edit)
        if end <= start:
            end = start + dt.timedelta(hours=1)
        return ReportFilter(start, end, self.selected_stations(), self.tz)

    # -- refresh ---------------------------------------------------------------------------------------------

    def _set_live(self, on: bool) -> None:
        if on:
            self.timer.start()
            self.refresh()
        else:
            self.timer.stop()

    def refresh(self) -> None:
        """Ask for fresh figures off the GUI thread; `refreshed` fires when they are on screen."""
        self._apply_preset()  # a preset range follows the clock while live
        f = self.current_filter()
        self.status.setText("Refreshing…")
        self.runner.run(lambda: self.reports.dashboard(f))

    def _show_error(self, text: str) -> None:
        self.status.setText(f"<span style='color:#c62828'>Could not refresh: {text}</span>")
        self.failed.emit(text)

    def show_dashboard(self, board: Dashboard) -> None:
        self.board = board
        k = board.kpis
        self.kpi_label.setText(
            f"<b>{k.orders}</b> orders · <b>{k.units}</b> units · <b>{k.orders_per_hour:.1f}</b> orders/h · "
            f"<b>{k.units_per_hour:.1f}</b> units/h · avg pack <b>{format_seconds(k.avg_pack_seconds)}</b> · "
            f"accuracy <b>{format_ratio(k.accuracy, percent=True)}</b> · <b>{k.errors}</b> errors"
            + (" · <span style='color:#c62828'><b>TRAINING</b></span>" if board.training else ""))
        when = board.generated_at.astimezone(self.tz).strftime("%H:%M:%S") if board.generated_at else ""
        self.status.setText(f"Updated {when}. Double-click a count (or click a bar) to see its events.")
        self._fill_types(board)
        self._fill_hours(board)
        self._fill_packers(board)
        self._fill_stations(board)
        self.refreshed.emit(board)

    def _fill_types(self, board: Dashboard) -> None:
        rows = board.errors_by_type
        self.type_model.set_rows([[error_label(e.error_type), e.count] for e in rows],
                                 [[None, {"error_type": e.error_type}] for e in rows])
        self.type_chart.show_bars([error_label(e.error_type) for e in rows], [("Errors", [e.count for e in rows], RED)])

    def _fill_hours(self, board: Dashboard) -> None:
        hours = board.hours
        self.hour_model.set_rows([[h.label, h.orders, h.units, h.errors] for h in hours],
                                 [[None, None, None, {"hours": h.buckets}] for h in hours])
        self.hour_chart.show_bars([h.label for h in hours], [("Orders", [h.orders for h in hours], BLUE),
                                                             ("Errors", [h.errors for h in hours], RED)])

    def _fill_packers(self, board: Dashboard) -> None:
        ps = board.packers
        self.packer_model.set_rows(
            [[p.name, p.orders, p.units, f"{p.orders_per_hour:.1f}", format_seconds(p.avg_pack_seconds), p.errors,
              format_ratio(p.accuracy, percent=True), format_ratio(p.time_ratio), format_ratio(p.error_ratio)]
             for p in ps],
            [[None] * 5 + [{"user_id": p.user_id}] for p in ps])
        self.packer_chart.show_bars([p.name for p in ps], [("Errors", [p.errors for p in ps], RED)])
        self._matrix(self.packer_matrix, "Packer", board.errors_by_packer, "user_id")

    def _fill_stations(self, board: Dashboard) -> None:
        ss = board.stations
        self.station_model.set_rows(
            [[s.code, s.orders, s.units, format_seconds(s.avg_pack_seconds), s.errors] for s in ss],
            [[None] * 4 + [{"station_id": s.station_id}] for s in ss])
        self.station_chart.show_bars([s.code for s in ss], [("Errors", [s.errors for s in ss], RED)])
        self._matrix(self.station_matrix, "Station", board.errors_by_station, "station_id")

    @staticmethod
    def _matrix(model: RowsModel, first: str, counts: Sequence[Any], key: str) -> None:
        """Rows per packer/station, a column per error type; every cell drills to its own events."""
        types = sorted({c.error_type for c in counts})
        keys = sorted({(c.label, c.key) for c in counts}, key=lambda k: k[0])
        cells = {(c.key, c.error_type): c.count for c in counts}
        model.set_rows(
            [[label, *[cells.get((k, t), 0) for t in types]] for label, k in keys],
            [[None, *[{key: k, "error_type": t} if cells.get((k, t)) else None for t in types]] for _l, k in keys],
            headers=[first, *[error_label(t) for t in types]])

    # -- drill-down and export -------------------------------------------------------------------------------

    def _drill_row(self, model: RowsModel, row: int, column: int) -> EventsDialog | None:
        drill = model.drill(row, column)
        if drill is None or self.board is None:
            return None
        title = f"{model.value(row, 0)} — {model.headerData(column, Qt.Orientation.Horizontal)}"
        return self.open_drill(title, drill)

    def open_drill(self, title: str, drill: dict[str, Any]) -> EventsDialog:
        """The events behind one count (same filter as the figures on screen)."""
        f = self.board.filter if self.board is not None else self.current_filter()
        dialog = EventsDialog(title, self.reports.error_events(f, **drill), self.reports, self.tz, self)
        self.last_dialog = dialog
        dialog.show()
        return dialog

    def find_order(self) -> TimelineDialog | None:
        order_id = self.reports.find_order(self.order_search.text())
        if order_id is None:
            self.status.setText(f"No order {self.order_search.text().strip()!r}")
            return None
        dialog = TimelineDialog(self.reports.order_timeline(order_id), self.tz, self)
        self.last_dialog = dialog
        dialog.show()
        return dialog

    @staticmethod
    def ask_save_path(parent: QWidget, fmt: str) -> Path | None:
        """Where to save the report (tests replace this)."""
        name, _ = QFileDialog.getSaveFileName(parent, "Save shift report", f"shift-report.{fmt}",
                                              "PDF (*.pdf)" if fmt == "pdf" else "CSV (*.csv)")
        return Path(name) if name else None

    def export(self, fmt: str) -> Path | None:
        """Save the figures on screen as the PDF shift report or CSV (the same as `packstation report`)."""
        if self.board is None:
            return None
        path = self.ask_save_path(self, fmt)
        if path is None:
            return None
        if fmt == "pdf":
            from packstation.documents.shift_report import write_shift_report

            write_shift_report(self.board, path)
        else:
            from packstation.documents.shift_csv import write_shift_csv

            write_shift_csv(self.board, path)
        self.status.setText(f"Saved {path}")
        return path

    def closeEvent(self, event: Any) -> None:  # noqa: N802
        self.timer.stop()
        self.runner.wait()
        super().closeEvent(event)
