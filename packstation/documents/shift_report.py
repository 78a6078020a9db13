"""The shift report PDF: headline figures, then each chart (reportlab.graphics) with its table beside or below it.

Text is set in embedded DejaVu Sans so names such as "Łukasz" print; a report from a demo database is stamped
TRAINING on every page so it can never pass for real figures. Words and numbers are in the reader's language
(`language`: the lead's, e.g. "pl": "Raport zmiany", "76,8 %"), the words being the dashboard's own.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from packstation.documents.fonts import FONT, FONT_BOLD
from packstation.documents.i18n import N_, DocText
from packstation.domain.report_views import Dashboard, error_label, format_minutes, format_seconds

PAGE_W, PAGE_H = A4
MARGIN = 15 * mm
WIDTH = PAGE_W - 2 * MARGIN
RED, BLUE, GREY = colors.HexColor("#c62828"), colors.HexColor("#1565c0"), colors.HexColor("#eeeeee")

_H1 = ParagraphStyle("h1", fontName=FONT_BOLD, fontSize=16, leading=20, spaceAfter=4)
_H2 = ParagraphStyle("h2", fontName=FONT_BOLD, fontSize=12, leading=15, spaceBefore=8, spaceAfter=4)
_BODY = ParagraphStyle("body", fontName=FONT, fontSize=9, leading=12)


def _range_text(board: Dashboard, d: DocText) -> str:
    f = board.filter
    start, end = f.start.astimezone(f.tz), f.end.astimezone(f.tz)
    fmt = "%Y-%m-%d %H:%M"
    return f"{start.strftime(fmt)} – {end.strftime(fmt)} ({start.strftime('%Z') or d.ui('local time')})"


def _ratio(d: DocText, value: float | None, percent: bool = False) -> str:
    """A ratio in the reader's number format ("76,8 %" in pl; "-" when there is none)."""
    if value is None:
        return "-"
    return f"{d.decimal(value * 100, 1)}\u00a0%" if percent else d.decimal(value, 2)


def _table(header: list[str], rows: list[list[Any]], widths: list[float] | None = None) -> Table:
    table = Table([header, *[[str(c) for c in r] for r in rows]], colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 8),
                ("FONT", (0, 0), (-1, 0), FONT_BOLD, 8),
                ("BACKGROUND", (0, 0), (-1, 0), GREY),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f7f7f7")]),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return table


def _hbar(labels: list[str], values: list[int], width: float, colour: Any = RED, empty: str = "no errors") -> Drawing:
    """Horizontal bars, one per label: for counts by type, packer or station."""
    height = max(40, 14 * len(labels) + 20)
    drawing = Drawing(width, height)
    if not values:
        drawing.add(String(4, height / 2, empty, fontName=FONT, fontSize=8))
        return drawing
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 90, 10, width - 100, height - 20
    chart.data = [list(reversed(values))]
    chart.categoryAxis.categoryNames = list(reversed(labels))
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = colour
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 6
    chart.barLabels.nudge = 6
    drawing.add(chart)
    return drawing


def _hours_chart(board: Dashboard, width: float, d: DocText) -> Drawing:
    """Orders closed (blue) and errors (red) per hour of the shift."""
    drawing = Drawing(width, 150)
    if not board.hours:
        drawing.add(String(4, 70, d.ui("nothing closed in this range"), fontName=FONT, fontSize=8))
        return drawing
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 30, 25, width - 40, 115
    chart.data = [[h.orders for h in board.hours], [h.errors for h in board.hours]]
    chart.categoryAxis.categoryNames = [h.label for h in board.hours]
    for axis in (chart.categoryAxis.labels, chart.valueAxis.labels):
        axis.fontName = FONT
        axis.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = BLUE
    chart.bars[1].fillColor = RED
    drawing.add(chart)
    drawing.add(String(30, 4, d.ui("blue: orders closed   red: errors"), fontName=FONT, fontSize=7))
    return drawing


def _stamp(training: bool, d: DocText) -> Any:
    def draw(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7)
        canvas.drawString(MARGIN, 8 * mm, d.ui("Packstation shift report"))
        canvas.drawRightString(PAGE_W - MARGIN, 8 * mm, d.ui("page {page}", page=doc.page))
        if training:
            canvas.setFillColor(RED)
            canvas.setFont(FONT_BOLD, 20)
            canvas.drawRightString(PAGE_W - MARGIN, PAGE_H - 12 * mm, d.ui("TRAINING — not real figures"))
        canvas.restoreState()

    return draw


def _error_matrix(title: str, who: str, counts: Any, d: DocText) -> list[Any]:
    """A who-by-error-type table (packers or stations), or nothing when there were no errors."""
    types = sorted({e.error_type for e in counts})
    if not types:
        return []
    cells = {(e.label, e.error_type): e.count for e in counts}
    names = sorted({e.label for e in counts})
    story: list[Any] = [Paragraph(title, _H2)]
    # At most six types a table, so the matrix stays inside the page however many error types there were.
    for start in range(0, len(types), 6):
        chunk = types[start : start + 6]
        rows = [[name, *[cells.get((name, t), 0) for t in chunk]] for name in names]
        story += [_table([who, *[d.ui(error_label(t)) for t in chunk]], rows), Spacer(1, 2 * mm)]
    return story


ORDER_CLASSES = {"single_unit": N_("single unit"), "single_line": N_("single line"), "multi_line": N_("multi-line")}


def _delivery(board: Dashboard, d: DocText) -> list[Any]:
    """On time and in full per merchant, and the open orders at risk when the report was made."""
    rows = [*board.delivery, *([board.delivery_total] if board.delivery_total and len(board.delivery) > 1 else [])]
    if not rows:
        return []
    tz = board.filter.tz
    story: list[Any] = [
        Paragraph(d.ui("On time and in full"), _H2),
        Paragraph(
            d.ui(
                "On time: closed at the bench by the order's ship-by time (orders with one). OTIF: on time and no unit "
                "short-shipped. Order-to-ship: placed to closed. At risk: open orders due within 2 hours or "
                "overdue, when the report was made."
            ),
            _BODY,
        ),
        Spacer(1, 2 * mm),
        _table(
            d.uis(
                "Merchant",
                "Orders",
                "With ship-by",
                "On time",
                "OTIF",
                "Order-to-ship p50",
                "p90",
                "At risk",
                "Overdue",
            ),
            [
                [
                    r.merchant or d.ui("All merchants"),
                    r.orders,
                    r.with_ship_by,
                    _ratio(d, r.on_time_rate, percent=True),
                    _ratio(d, r.otif_rate, percent=True),
                    format_minutes(r.p50_minutes),
                    format_minutes(r.p90_minutes),
                    r.at_risk,
                    r.overdue,
                ]
                for r in rows
            ],
        ),
    ]
    if board.at_risk:
        story += [
            Spacer(1, 2 * mm),
            _table(
                d.uis("Order at risk", "Merchant", "Status", "Ship by", "Time left"),
                [
                    [
                        o.order_ref,
                        o.merchant,
                        o.status,
                        o.ship_by.astimezone(tz).strftime("%Y-%m-%d %H:%M"),
                        format_minutes(o.minutes_left),
                    ]
                    for o in board.at_risk[:20]
                ],
            ),
        ]
    return story


def shift_report_pdf(board: Dashboard, language: str | None = None) -> bytes:
    """The whole report as PDF bytes, in `language` (the reader's; English when None)."""
    d = DocText(language)
    k = board.kpis
    no_errors = d.ui("no errors")
    story: list[Any] = [
        Paragraph(d.ui("Shift report"), _H1),
        Paragraph(
            f"{_range_text(board, d)} · "
            + d.ui("Stations: {stations}", stations=", ".join(board.station_codes) or d.ui("all")),
            _BODY,
        ),
    ]
    if board.generated_at:
        generated = board.generated_at.astimezone(board.filter.tz).strftime("%Y-%m-%d %H:%M")
        story.append(Paragraph(d.ui("Generated: {time}", time=generated), _BODY))
    story += [
        Spacer(1, 4 * mm),
        _table(
            d.uis("Orders", "Units", "Orders/h", "Units/h", "Avg pack time", "Accuracy", "Orders with error", "Errors"),
            [
                [
                    k.orders,
                    k.units,
                    d.decimal(k.orders_per_hour, 1),
                    d.decimal(k.units_per_hour, 1),
                    format_seconds(k.avg_pack_seconds),
                    _ratio(d, k.accuracy, percent=True),
                    k.orders_with_error,
                    k.errors,
                ]
            ],
        ),
    ]
    story += _delivery(board, d)
    half = WIDTH / 2 - 3 * mm
    by_type = list(board.errors_by_type)
    story += [
        Paragraph(d.ui("Errors by type"), _H2),
        Table(
            [
                [
                    _hbar(
                        [d.ui(error_label(e.error_type)) for e in by_type],
                        [e.count for e in by_type],
                        half,
                        empty=no_errors,
                    ),
                    _table(
                        [d.ui("Error type"), d.ui("Count")],
                        [[d.ui(error_label(e.error_type)), e.count] for e in by_type],
                    ),
                ]
            ],
            colWidths=[half + 3 * mm, half],
        ),
    ]
    story += [
        KeepTogether(
            [
                Paragraph(d.ui("Orders and errors by hour"), _H2),
                _hours_chart(board, WIDTH, d),
                _table(
                    [d.ui("Hour"), *[h.label for h in board.hours]],
                    [
                        [d.ui("Orders"), *[h.orders for h in board.hours]],
                        [d.ui("Units"), *[h.units for h in board.hours]],
                        [d.ui("Errors"), *[h.errors for h in board.hours]],
                    ],
                ),
            ]
        )
    ]
    story += [
        Paragraph(d.ui("Packers (adjusted for order complexity)"), _H2),
        Paragraph(
            d.ui(
                "Time and error ratios compare each packer with the floor's mean for the same mix of single-unit, "
                "single-line and multi-line orders: 1.00 is the floor, below 1 is faster / fewer errors."
            ),
            _BODY,
        ),
        Spacer(1, 2 * mm),
        _table(
            d.uis(
                "Packer", "Orders", "Units", "Orders/h", "Avg pack", "Errors", "Accuracy", "Time ratio", "Error ratio"
            ),
            [
                [
                    p.name,
                    p.orders,
                    p.units,
                    d.decimal(p.orders_per_hour, 1),
                    format_seconds(p.avg_pack_seconds),
                    p.errors,
                    _ratio(d, p.accuracy, percent=True),
                    _ratio(d, p.time_ratio),
                    _ratio(d, p.error_ratio),
                ]
                for p in board.packers
            ],
        ),
        Spacer(1, 2 * mm),
        _hbar([p.name for p in board.packers], [p.errors for p in board.packers], WIDTH, empty=no_errors),
    ]
    story += _error_matrix(d.ui("Errors by packer and type"), d.ui("Packer"), board.errors_by_packer, d)
    story += [
        KeepTogether(
            [
                Paragraph(d.ui("Stations"), _H2),
                Table(
                    [
                        [
                            _hbar(
                                [s.code for s in board.stations],
                                [s.errors for s in board.stations],
                                half,
                                empty=no_errors,
                            ),
                            _table(
                                d.uis("Station", "Orders", "Units", "Avg pack", "Errors"),
                                [
                                    [s.code, s.orders, s.units, format_seconds(s.avg_pack_seconds), s.errors]
                                    for s in board.stations
                                ],
                            ),
                        ]
                    ],
                    colWidths=[half + 3 * mm, half],
                ),
            ]
        )
    ]
    story += _error_matrix(d.ui("Errors by station and type"), d.ui("Station"), board.errors_by_station, d)
    story += [
        Paragraph(d.ui("The floor by order class"), _H2),
        _table(
            d.uis("Order class", "Orders", "Avg pack time", "Errors"),
            [
                [
                    d.ui(ORDER_CLASSES.get(c.order_class, c.order_class.replace("_", " "))),
                    c.orders,
                    format_seconds(c.avg_pack_seconds),
                    c.errors,
                ]
                for c in board.floor_classes
            ],
        ),
    ]
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + 4 * mm,
        bottomMargin=MARGIN,
        title=d.ui("Packstation shift report"),
        author="Packstation",
    )
    stamp = _stamp(board.training, d)
    doc.build(story, onFirstPage=stamp, onLaterPages=stamp)
    return buffer.getvalue()


def write_shift_report(board: Dashboard, path: Path, language: str | None = None) -> Path:
    """Write the PDF atomically (a half-written report never replaces a good one), in the reader's `language`."""
    from packstation.documents.atomic import write_atomic

    return write_atomic(path, shift_report_pdf(board, language))


__all__ = ["shift_report_pdf", "write_shift_report"]
