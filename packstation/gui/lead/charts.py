"""QtCharts bar charts for the dashboard; a click on a bar opens the same drill-down as its table row.

Signals: `ChartPanel.bar_clicked(int)` with the category index of the clicked bar.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPainter

from packstation.gui.messages import tr

RED, BLUE = QColor("#c62828"), QColor("#1565c0")


class ChartPanel(QChartView):
    """A bar chart that is rebuilt on every refresh (a handful of bars, so rebuilding is cheap)."""

    bar_clicked = Signal(int)

    def __init__(self, title: str, horizontal: bool = False) -> None:
        """`title` is the English source; it is shown translated and follows `retranslate()`."""
        self._chart = QChart()
        self._title = title
        self._chart.setTitle(tr(title))
        self._chart.legend().setVisible(False)
        self._chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        super().__init__(self._chart)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self._horizontal = horizontal
        self.categories: list[str] = []
        self.sets: list[QBarSet] = []

    def retranslate(self) -> None:
        self._chart.setTitle(tr(self._title))

    def show_bars(self, categories: Sequence[str], series: Sequence[tuple[str, Sequence[float], QColor]]) -> None:
        """Replace the bars: one category per label, one bar set per (name, values, colour)."""
        chart = self._chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self.categories = list(categories)
        self.sets = []
        bars = QHorizontalBarSeries() if self._horizontal else QBarSeries()
        top = 0.0
        for name, values, colour in series:
            bar_set = QBarSet(name)
            bar_set.setColor(colour)
            bar_set.append([float(v) for v in values])
            bar_set.clicked.connect(self.bar_clicked.emit)
            bars.append(bar_set)
            self.sets.append(bar_set)
            top = max([top, *[float(v) for v in values]])
        bars.setLabelsVisible(True)
        chart.addSeries(bars)
        names = QBarCategoryAxis()
        names.append(self.categories)
        values_axis = QValueAxis()
        values_axis.setRange(0, max(1.0, top * 1.1))
        values_axis.setLabelFormat("%d")
        if self._horizontal:
            chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
            chart.addAxis(values_axis, Qt.AlignmentFlag.AlignBottom)
        else:
            chart.addAxis(names, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(values_axis, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(names)
        bars.attachAxis(values_axis)
        chart.legend().setVisible(len(series) > 1)
