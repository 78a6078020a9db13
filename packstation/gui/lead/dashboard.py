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

from PySide6.QtCore import QDateTime, QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QColor
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
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from packstation.domain.report_views import (
    Dashboard,
    ReportFilter,
    error_label,
    format_minutes,
    format_seconds,
)
from packstation.gui.i18n import current_language
from packstation.gui.lead.charts import BLUE, RED, ChartPanel
from packstation.gui.lead.drilldown import EventsDialog, TimelineDialog, status_name
from packstation.gui.lead.models import RowsModel
from packstation.gui.lead.worker import Runner
from packstation.gui.messages import N_, tr
from packstation.services.reports.service import ReportService

# Range presets: id (what the code compares) -> English name (translated when shown).
PRESETS: dict[str, str] = {
    "shift": N_("This shift (last 8 h)"),
    "today": N_("Today"),
    "yesterday": N_("Yesterday"),
    "7d": N_("Last 7 days"),
    "30d": N_("Last 30 days"),
    "custom": N_("Custom"),
}


def preset_range(preset: str, now: dt.datetime, tz: dt.tzinfo) -> tuple[dt.datetime, dt.datetime]:
    """[start, end) of a preset (an id of PRESETS) in the lead's zone, as UTC."""
    if preset not in PRESETS or preset == "custom":
        raise ValueError(f"no range for preset {preset!r} (known: {', '.join(p for p in PRESETS if p != 'custom')})")
    local = now.astimezone(tz)
    midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
    if preset == "shift":
        end = local.replace(minute=0, second=0, microsecond=0) + dt.timedelta(hours=1)
        start = end - dt.timedelta(hours=9)
    elif preset == "yesterday":
        start, end = midnight - dt.timedelta(days=1), midnight
    elif preset == "7d":
        start, end = midnight - dt.timedelta(days=6), midnight + dt.timedelta(days=1)
    elif preset == "30d":
        start, end = midnight - dt.timedelta(days=29), midnight + dt.timedelta(days=1)
    else:  # Today
        start, end = midnight, midnight + dt.timedelta(days=1)
    return start.astimezone(dt.UTC), end.astimezone(dt.UTC)


OTIF_GREEN = QColor("#2e7d32")


def _locale() -> QLocale:
    """Numbers as the language on screen writes them (not the machine's locale)."""
    return QLocale({"nb": "nb_NO", "pl": "pl_PL", "fi": "fi_FI"}.get(current_language(), "en_GB"))


def _decimal(value: float) -> str:
    """One decimal in the language's own way (12.5 / 12,5)."""
    return _locale().toString(float(value), "f", 1)


def _ratio(value: float | None, percent: bool = False) -> str:
    """`format_ratio` with the language's decimal sign (77.4 % / 77,4 %; 1.05 / 1,05)."""
    if value is None:
        return "-"
    return _locale().toString(value * 100, "f", 1) + " %" if percent else _locale().toString(value, "f", 2)


def error_name(error_type: str) -> str:
    """An error type in the lead's language ("wrong item", "feil vare")."""
    return tr(error_label(error_type))


def _table(model: RowsModel) -> QTableView:
    view = QTableView()
    view.setTabKeyNavigation(False)  # Tab leaves the table (arrows move between cells)
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
    progressed = Signal(int, int)  # parts of a long range read so far, of how many (from the worker thread)

    def __init__(
        self,
        reports: ReportService,
        stations: Sequence[tuple[int, str]] = (),
        *,
        tz: dt.tzinfo | None = None,
        refresh_ms: int = 30_000,
        parent: QWidget | None = None,
    ) -> None:
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
        self.retranslate()
        self._apply_preset()

    # -- layout ----------------------------------------------------------------------------------------------

    def _build(self, stations: Sequence[tuple[int, str]]) -> None:
        root = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.preset = QComboBox()
        for preset_id, name in PRESETS.items():
            self.preset.addItem(tr(name), preset_id)
        self.preset.currentIndexChanged.connect(self._apply_preset)
        self.start_edit, self.end_edit = QDateTimeEdit(), QDateTimeEdit()
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
            edit.setCalendarPopup(True)
            edit.dateTimeChanged.connect(self._custom)
        self.stations = QListWidget()
        self.stations.setMaximumHeight(64)
        for station_id, code in stations:
            item = QListWidgetItem(code)
            item.setData(Qt.ItemDataRole.UserRole, station_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.stations.addItem(item)
        self.stations.itemChanged.connect(lambda _item: self.refresh())
        self.live = QCheckBox()
        self.live.toggled.connect(self._set_live)
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        self.pdf_button, self.csv_button = QPushButton(), QPushButton()
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.order_search = QLineEdit()
        self.order_search.setMinimumWidth(220)
        self.order_search.returnPressed.connect(self.find_order)
        self.range_label, self.to_label, self.stations_label = QLabel(), QLabel(), QLabel()
        self.range_label.setBuddy(self.preset)
        self.stations_label.setBuddy(self.stations)
        for widget in (
            self.range_label,
            self.preset,
            self.start_edit,
            self.to_label,
            self.end_edit,
            self.stations_label,
            self.stations,
            self.live,
            self.refresh_button,
            self.pdf_button,
            self.csv_button,
            self.order_search,
        ):
            bar.addWidget(widget)
        root.addLayout(bar)
        self.kpi_label = QLabel("…")
        self.kpi_label.setTextFormat(Qt.TextFormat.RichText)
        self.kpi_label.setStyleSheet("font-size: 15px; padding: 6px;")
        root.addWidget(self.kpi_label)
        self.status = QLabel("")
        root.addWidget(self.status)
        # A long range (a whole history) is read in parts off the GUI thread: how far it got.
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.progressed.connect(self._show_progress)
        root.addWidget(self.progress)
        self.tabs = QTabWidget()
        root.addWidget(self.tabs, 1)

        self.tab_titles: list[str] = []  # English sources of the tab titles, translated in retranslate()
        self.notes: list[tuple[QLabel, str]] = []
        self.views: list[QTableView] = []
        self.type_chart = ChartPanel(N_("Errors by type"), horizontal=True)
        self.type_model = RowsModel((N_("Error type"), N_("Count")), self)
        self._tab(N_("Errors by type"), self.type_chart, self.type_model)
        self.hour_chart = ChartPanel(N_("Orders and errors by hour"))
        self.hour_model = RowsModel((N_("Hour"), N_("Orders"), N_("Units"), N_("Errors")), self)
        self._tab(N_("By hour"), self.hour_chart, self.hour_model)
        self.packer_chart = ChartPanel(N_("Errors by packer"), horizontal=True)
        self.packer_model = RowsModel(
            (
                N_("Packer"),
                N_("Orders"),
                N_("Units"),
                N_("Orders/h"),
                N_("Avg pack"),
                N_("Errors"),
                N_("Accuracy"),
                N_("Time ratio"),
                N_("Error ratio"),
            ),
            self,
        )
        self.packer_matrix = RowsModel((N_("Packer"),), self)
        self._tab(
            N_("Packers"),
            self.packer_chart,
            self.packer_model,
            self.packer_matrix,
            N_(
                "Ratios compare each packer with the floor on the same mix of single-unit, single-line and "
                "multi-line orders (1.00 = floor; below 1 = faster / fewer errors)."
            ),
        )
        self.station_chart = ChartPanel(N_("Errors by station"), horizontal=True)
        self.station_model = RowsModel((N_("Station"), N_("Orders"), N_("Units"), N_("Avg pack"), N_("Errors")), self)
        self.station_matrix = RowsModel((N_("Station"),), self)
        self._tab(N_("Stations"), self.station_chart, self.station_model, self.station_matrix)

        self.delivery_chart = ChartPanel(N_("On time and OTIF by merchant (%)"), horizontal=True)
        self.delivery_model = RowsModel(
            (
                N_("Merchant"),
                N_("Orders"),
                N_("With ship-by"),
                N_("On time"),
                N_("OTIF"),
                N_("Order-to-ship p50"),
                N_("p90"),
                N_("At risk"),
                N_("Overdue"),
            ),
            self,
        )
        self.at_risk_model = RowsModel(
            (N_("Order at risk"), N_("Merchant"), N_("Status"), N_("Ship by"), N_("Time left")), self
        )
        self._tab(
            N_("On time in full"),
            self.delivery_chart,
            self.delivery_model,
            self.at_risk_model,
            note=N_(
                "On time: closed at the bench by the order's ship-by time. OTIF: on time and no unit short-shipped. "
                "Order-to-ship: placed to closed. At risk: open orders due within 2 hours or overdue, now."
            ),
        )
        self.day_chart = ChartPanel(N_("Orders and errors by day"))
        self.day_model = RowsModel((N_("Day"), N_("Orders"), N_("Units"), N_("Errors")), self)
        self._tab(
            N_("By day"),
            self.day_chart,
            self.day_model,
            note=N_("Pick Last 7 days or Last 30 days above for the trend."),
        )
        self.sku_chart = ChartPanel(N_("Errors by SKU"), horizontal=True)
        self.sku_model = RowsModel((N_("SKU"), N_("Description"), N_("Error type"), N_("Count")), self)
        self._tab(
            N_("Errors by SKU"),
            self.sku_chart,
            self.sku_model,
            note=N_(
                "Look-alike SKUs swapped for each other show up here first: fix them with a lead's eye on the shelf."
            ),
        )
        self.day_chart.bar_clicked.connect(lambda i: self._drill_row(self.day_model, i, 3))
        self.sku_chart.bar_clicked.connect(lambda i: self._drill_row(self.sku_model, i, 3))
        self.tabs.currentChanged.connect(lambda _index: self.focus_table())
        self.type_chart.bar_clicked.connect(lambda i: self._drill_row(self.type_model, i, 1))
        self.hour_chart.bar_clicked.connect(lambda i: self._drill_row(self.hour_model, i, 3))
        self.packer_chart.bar_clicked.connect(lambda i: self._drill_row(self.packer_model, i, 5))
        self.station_chart.bar_clicked.connect(lambda i: self._drill_row(self.station_model, i, 4))

    def _tab(
        self, title: str, chart: ChartPanel, model: RowsModel, matrix: RowsModel | None = None, note: str = ""
    ) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(chart)
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        if note:
            label = QLabel()
            label.setWordWrap(True)
            self.notes.append((label, note))
            layout.addWidget(label)
        for m in (model, matrix):
            if m is not None:
                view = _table(m)
                self.views.append(view)
                view.activated.connect(
                    lambda index, m=m: self._drill_row(m, index.row(), index.column())
                )  # Enter or double-click
                layout.addWidget(view)
        splitter.addWidget(side)
        splitter.setSizes([500, 500])
        self.tab_titles.append(title)
        self.tabs.addTab(splitter, tr(title))

    # -- language --------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Every text in the language now in use; figures already on screen are redrawn from the last answer."""
        self.range_label.setText(tr("Range"))
        self.to_label.setText(tr("to"))
        self.stations_label.setText(tr("Stations"))
        self.stations.setToolTip(tr("Tick stations to include; none ticked = every station"))
        self.live.setText(tr("Live"))
        self.refresh_button.setText(tr("Refresh"))
        self.pdf_button.setText(tr("Report PDF…"))
        self.csv_button.setText(tr("CSV…"))
        self.order_search.setPlaceholderText(tr("Order ref or barcode → timeline"))
        for index, preset_id in enumerate(PRESETS):
            self.preset.setItemText(index, tr(PRESETS[preset_id]))
        for index, title in enumerate(self.tab_titles):
            self.tabs.setTabText(index, tr(title))
        for label, note in self.notes:
            label.setText(tr(note))
        for chart in (
            self.type_chart,
            self.hour_chart,
            self.packer_chart,
            self.station_chart,
            self.day_chart,
            self.sku_chart,
            self.delivery_chart,
        ):
            chart.retranslate()
        for model in (
            self.type_model,
            self.hour_model,
            self.packer_model,
            self.packer_matrix,
            self.station_model,
            self.station_matrix,
            self.day_model,
            self.sku_model,
            self.delivery_model,
            self.at_risk_model,
        ):
            model.retranslate()
        if self.board is not None:
            self._render(self.board)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "notes"):
            self.retranslate()

    # -- filter ----------------------------------------------------------------------------------------------

    def _set_edits(self, start: dt.datetime, end: dt.datetime) -> None:
        for edit, value in ((self.start_edit, start), (self.end_edit, end)):
            edit.blockSignals(True)
            edit.setDateTime(QDateTime(value.astimezone(self.tz).replace(tzinfo=None)))
            edit.blockSignals(False)

    def preset_id(self) -> str:
        """The chosen preset's id ("shift", "today", ..., "custom"), whatever language shows its name."""
        return str(self.preset.currentData())

    def _apply_preset(self, *_args: Any) -> None:
        if self.preset_id() != "custom":
            self._set_edits(*preset_range(self.preset_id(), dt.datetime.now(dt.UTC), self.tz))

    def _custom(self, *_args: Any) -> None:
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(self.preset.findData("custom"))
        self.preset.blockSignals(False)

    def set_range(self, start: dt.datetime, end: dt.datetime) -> None:
        """Show a custom range (e.g. one shift); the next refresh uses it."""
        self._custom()
        self._set_edits(start, end)

    def selected_stations(self) -> tuple[int, ...]:
        items = (self.stations.item(i) for i in range(self.stations.count()))
        return tuple(int(it.data(Qt.ItemDataRole.UserRole)) for it in items if it.checkState() == Qt.CheckState.Checked)

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
        self.status.setText(tr("Refreshing…"))
        self.runner.run(lambda: self.reports.dashboard(f, progress=self.progressed.emit))

    def _show_progress(self, done: int, total: int) -> None:
        if total <= 1:
            return
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress.setVisible(done < total)

    def _show_error(self, text: str) -> None:
        self.progress.setVisible(False)
        self.status.setText("<span style='color:#c62828'>" + tr("Could not refresh: {error}", error=text) + "</span>")
        self.failed.emit(text)

    def show_dashboard(self, board: Dashboard) -> None:
        self.progress.setVisible(False)
        first = self.board is None
        self.board = board
        self._render(board)
        if first:
            self.focus_table()  # the keyboard starts on the figures: arrows, Enter drills down
        self.refreshed.emit(board)

    def tab_views(self, index: int | None = None) -> list[QTableView]:
        """The tables on a tab (default: the tab shown), the counts table first."""
        page = self.tabs.widget(self.tabs.currentIndex() if index is None else index)
        return [v for v in self.views if page is not None and page.isAncestorOf(v)]

    def focus_table(self) -> QTableView | None:
        """Put the keyboard on the shown tab's table (Ctrl+PgUp/PgDown switch tabs, Enter drills down)."""
        views = self.tab_views()
        if not views:
            return None
        views[0].setFocus()
        return views[0]

    @staticmethod
    def _first_count(view: QTableView) -> None:
        """Make the first drillable count of the first row current, so Enter works without arrow keys."""
        model = view.model()
        if view.currentIndex().isValid() or not isinstance(model, RowsModel) or model.rowCount() == 0:
            return
        column = next((c for c in range(model.columnCount()) if model.drill(0, c) is not None), 0)
        view.setCurrentIndex(model.index(0, column))

    def _render(self, board: Dashboard) -> None:
        k = board.kpis
        self.kpi_label.setText(
            tr(
                "Orders: <b>{orders}</b> · Units: <b>{units}</b> · Orders/h: <b>{orders_h}</b> · Units/h: "
                "<b>{units_h}</b> · Avg pack: <b>{pack}</b> · Accuracy: <b>{accuracy}</b> · Errors: <b>{errors}</b>",
                orders=k.orders,
                units=k.units,
                orders_h=_decimal(k.orders_per_hour),
                units_h=_decimal(k.units_per_hour),
                pack=format_seconds(k.avg_pack_seconds),
                accuracy=_ratio(k.accuracy, percent=True),
                errors=k.errors,
            )
            + self._delivery_kpis(board)
            + (" · <span style='color:#c62828'><b>" + tr("TRAINING") + "</b></span>" if board.training else "")
        )
        when = board.generated_at.astimezone(self.tz).strftime("%H:%M:%S") if board.generated_at else ""
        self.status.setText(
            tr(
                "Updated {time}. Enter or double-click on a count (or click a bar) shows its events; "
                "Ctrl+Tab: next table.",
                time=when,
            )
        )
        self._fill_types(board)
        self._fill_hours(board)
        self._fill_packers(board)
        self._fill_stations(board)
        self._fill_days(board)
        self._fill_skus(board)
        self._fill_delivery(board)
        for view in self.views:
            view.resizeColumnsToContents()  # translated headers and error names fit
            self._first_count(view)

    def _fill_types(self, board: Dashboard) -> None:
        rows = board.errors_by_type
        self.type_model.set_rows(
            [[error_name(e.error_type), e.count] for e in rows], [[None, {"error_type": e.error_type}] for e in rows]
        )
        self.type_chart.show_bars(
            [error_name(e.error_type) for e in rows], [(tr("Errors"), [e.count for e in rows], RED)]
        )

    def _fill_hours(self, board: Dashboard) -> None:
        hours = board.hours
        self.hour_model.set_rows(
            [[h.label, h.orders, h.units, h.errors] for h in hours],
            [[None, None, None, {"hours": h.buckets}] for h in hours],
        )
        self.hour_chart.show_bars(
            [h.label for h in hours],
            [(tr("Orders"), [h.orders for h in hours], BLUE), (tr("Errors"), [h.errors for h in hours], RED)],
        )

    def _fill_packers(self, board: Dashboard) -> None:
        ps = board.packers
        self.packer_model.set_rows(
            [
                [
                    p.name,
                    p.orders,
                    p.units,
                    _decimal(p.orders_per_hour),
                    format_seconds(p.avg_pack_seconds),
                    p.errors,
                    _ratio(p.accuracy, percent=True),
                    _ratio(p.time_ratio),
                    _ratio(p.error_ratio),
                ]
                for p in ps
            ],
            [[None] * 5 + [{"user_id": p.user_id}] for p in ps],
        )
        self.packer_chart.show_bars([p.name for p in ps], [(tr("Errors"), [p.errors for p in ps], RED)])
        self._matrix(self.packer_matrix, N_("Packer"), board.errors_by_packer, "user_id")

    def _fill_stations(self, board: Dashboard) -> None:
        ss = board.stations
        self.station_model.set_rows(
            [[s.code, s.orders, s.units, format_seconds(s.avg_pack_seconds), s.errors] for s in ss],
            [[None] * 4 + [{"station_id": s.station_id}] for s in ss],
        )
        self.station_chart.show_bars([s.code for s in ss], [(tr("Errors"), [s.errors for s in ss], RED)])
        self._matrix(self.station_matrix, N_("Station"), board.errors_by_station, "station_id")

    def _fill_days(self, board: Dashboard) -> None:
        days = board.days
        self.day_model.set_rows(
            [[d.label, d.orders, d.units, d.errors] for d in days],
            [[None, None, None, {"hours": d.buckets} if d.errors else None] for d in days],
        )
        self.day_chart.show_bars(
            [d.day.strftime("%m-%d") for d in days],
            [(tr("Orders"), [d.orders for d in days], BLUE), (tr("Errors"), [d.errors for d in days], RED)],
        )

    def _fill_skus(self, board: Dashboard) -> None:
        rows = board.errors_by_sku
        self.sku_model.set_rows(
            [[r.sku, r.description, error_name(r.error_type), r.count] for r in rows],
            [[None, None, None, {"sku_id": r.sku_id, "error_type": r.error_type}] for r in rows],
        )
        top = rows[:15]
        self.sku_chart.show_bars(
            [f"{r.sku} · {error_name(r.error_type)}" for r in top], [(tr("Errors"), [r.count for r in top], RED)]
        )

    @staticmethod
    def _delivery_kpis(board: Dashboard) -> str:
        total = board.delivery_total
        if total is None:
            return ""
        at_risk = f"<span style='color:#c62828'>{total.at_risk}</span>" if total.at_risk else "0"
        return "<br>" + tr(
            "on time <b>{on_time}</b> · OTIF <b>{otif}</b> · order-to-ship p50 <b>{p50}</b> p90 "
            "<b>{p90}</b> · <b>{at_risk}</b> orders at risk now",
            on_time=_ratio(total.on_time_rate, percent=True),
            otif=_ratio(total.otif_rate, percent=True),
            p50=format_minutes(total.p50_minutes),
            p90=format_minutes(total.p90_minutes),
            at_risk=at_risk,
        )

    def _fill_delivery(self, board: Dashboard) -> None:
        rows = [*board.delivery, *([board.delivery_total] if board.delivery_total and len(board.delivery) > 1 else [])]
        self.delivery_model.set_rows(
            [
                [
                    d.merchant or tr("All merchants"),
                    d.orders,
                    d.with_ship_by,
                    _ratio(d.on_time_rate, percent=True),
                    _ratio(d.otif_rate, percent=True),
                    format_minutes(d.p50_minutes),
                    format_minutes(d.p90_minutes),
                    d.at_risk,
                    d.overdue,
                ]
                for d in rows
            ]
        )
        self.delivery_chart.show_bars(
            [d.merchant for d in board.delivery],
            [
                (tr("On time"), [round((d.on_time_rate or 0) * 100) for d in board.delivery], BLUE),
                (tr("OTIF"), [round((d.otif_rate or 0) * 100) for d in board.delivery], OTIF_GREEN),
            ],
        )
        self.at_risk_model.set_rows(
            [
                [
                    o.order_ref + (" ★" if o.priority >= 9 else ""),
                    o.merchant,
                    status_name(o.status),
                    o.ship_by.astimezone(self.tz).strftime("%Y-%m-%d %H:%M"),
                    (
                        tr("overdue {time}", time=format_minutes(-o.minutes_left))
                        if o.minutes_left < 0
                        else format_minutes(o.minutes_left)
                    ),
                ]
                for o in board.at_risk
            ],
            [[{"timeline": o.order_id}] * 5 for o in board.at_risk],
        )

    @staticmethod
    def _matrix(model: RowsModel, first: str, counts: Sequence[Any], key: str) -> None:
        """Rows per packer/station, a column per error type; every cell drills to its own events.

        Headers are English sources (the model translates them when shown)."""
        types = sorted({c.error_type for c in counts})
        keys = sorted({(c.label, c.key) for c in counts}, key=lambda k: k[0])
        cells = {(c.key, c.error_type): c.count for c in counts}
        model.set_rows(
            [[label, *[cells.get((k, t), 0) for t in types]] for label, k in keys],
            [[None, *[{key: k, "error_type": t} if cells.get((k, t)) else None for t in types]] for _l, k in keys],
            headers=[first, *[error_label(t) for t in types]],
        )

    # -- drill-down and export -------------------------------------------------------------------------------

    def _drill_row(self, model: RowsModel, row: int, column: int) -> EventsDialog | None:
        drill = model.drill(row, column)
        if drill is None or self.board is None:
            return None
        if "timeline" in drill:  # an order at risk: Enter opens its timeline
            dialog = TimelineDialog(self.reports.order_timeline(int(drill["timeline"])), self.tz, self)
            self.last_dialog = dialog
            dialog.show()
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
            self.status.setText(tr("No order {ref}", ref=repr(self.order_search.text().strip())))
            return None
        dialog = TimelineDialog(self.reports.order_timeline(order_id), self.tz, self)
        self.last_dialog = dialog
        dialog.show()
        return dialog

    @staticmethod
    def ask_save_path(parent: QWidget, fmt: str) -> Path | None:
        """Where to save the report (tests replace this)."""
        name, _ = QFileDialog.getSaveFileName(
            parent, tr("Save shift report"), f"shift-report.{fmt}", "PDF (*.pdf)" if fmt == "pdf" else "CSV (*.csv)"
        )
        return Path(name) if name else None

    def export(self, fmt: str) -> Path | None:
        """Save the figures on screen as the PDF shift report or CSV (the same as `packstation report`)."""
        if self.board is None:
            return None
        path = self.ask_save_path(self, fmt)
        if path is None:
            return None
        from packstation.domain.errors import DomainError
        from packstation.gui.messages import error_text

        try:
            if fmt == "pdf":
                from packstation.documents.shift_report import write_shift_report

                write_shift_report(self.board, path, current_language())
            else:
                from packstation.documents.csv_safe import locale_separator
                from packstation.documents.shift_csv import write_shift_csv

                # The separator the lead's spreadsheet expects (semicolon where the comma is the decimal mark).
                write_shift_csv(self.board, path, locale_separator(current_language()), current_language())
        except DomainError as exc:  # a full disk or a read-only folder: the old file is untouched
            self.status.setText(error_text(exc))
            return None
        self.status.setText(tr("Saved {path}", path=path))
        return path

    def closeEvent(self, event: Any) -> None:  # noqa: N802
        self.timer.stop()
        self.runner.wait()
        super().closeEvent(event)
