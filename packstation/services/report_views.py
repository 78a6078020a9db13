"""The report view values now live in `packstation.domain.report_views` (documents read them too); re-exported here
for the GUI and CLI, which speak to services."""

from packstation.domain.report_views import (  # noqa: F401
    ORDER_CLASSES,
    ClassFigures,
    Dashboard,
    DayFigures,
    ErrorCount,
    EventView,
    HourFigures,
    Kpis,
    OrderTimeline,
    PackerFigures,
    ReportFilter,
    SkuErrors,
    StationFigures,
    error_label,
    format_ratio,
    format_seconds,
)
