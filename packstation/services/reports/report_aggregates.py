"""The dashboard's hourly aggregates (store/models/reporting.py): hour numbers, and the refresh of dirty hours.

Database triggers put an hour in `report_dirty_hours` in the same transaction as the change that touches it (a
session closing or reopening, an error row, a packed unit added or undone, an order line changed, any import or
bulk load). `refresh` recomputes dirty hours from the raw rows with the very queries the dashboard runs on raw
rows, so an aggregate equals its raw count by construction; until then the dashboard reads a dirty hour raw.

Refreshes run on the primary: after a station closes an order (in the station's background thread, for hours
before the current one), and before a lead's dashboard on the primary reads its range. Concurrent refreshes are
serialised (PostgreSQL: an advisory lock in the refresh's transaction; SQLite has one writer anyway), and a
refresh deletes only the dirty marks it read before reading the raw rows: a change committed meanwhile keeps
its mark and is picked up by the next refresh.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import BigInteger, ColumnElement, Integer, cast, delete, func, insert, select, text
from sqlalchemy.exc import InternalError, OperationalError
from sqlalchemy.orm import Session

from packstation.store.models import ReportDirtyHour, ReportErrorHour, ReportHour

log = logging.getLogger(__name__)

EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
HOUR = dt.timedelta(hours=1)
REFRESH_LOCK = 23_230_001  # pg_advisory_xact_lock key of the refresh
MAX_HOURS = 24 * 7  # hours one refresh recomputes at most (a backlog is worked off over several)


def hour_number(column: Any, dialect: str) -> ColumnElement[Any]:
    """Whole hours since 1970-01-01 00:00 UTC of a stored time (the triggers compute the same)."""
    if dialect == "sqlite":
        return cast(func.strftime("%s", column), Integer) // 3600
    return cast(func.floor(func.extract("epoch", column) / 3600), BigInteger)


def hour_time(number: int) -> dt.datetime:
    return EPOCH + number * HOUR


def hour_floor(moment: dt.datetime) -> int:
    return int((moment - EPOCH) // HOUR)


def hour_ceil(moment: dt.datetime) -> int:
    n = hour_floor(moment)
    return n if hour_time(n) == moment else n + 1


def runs(hours: Iterable[int]) -> Iterator[tuple[int, int]]:
    """Consecutive hour numbers as [first, last + 1) ranges."""
    ordered = sorted(set(hours))
    i = 0
    while i < len(ordered):
        j = i
        while j + 1 < len(ordered) and ordered[j + 1] == ordered[j] + 1:
            j += 1
        yield ordered[i], ordered[j] + 1
        i = j + 1


def dirty_hours(session: Session, first: int, end: int) -> list[int]:
    return sorted(
        set(
            session.scalars(
                select(ReportDirtyHour.hour).where(ReportDirtyHour.hour >= first, ReportDirtyHour.hour < end)
            )
        )
    )


def refresh(session: Session, first: int | None, end: int | None, max_hours: int = MAX_HOURS) -> int:
    """Recompute the dirty hours in [first, end) (None: unbounded), at most `max_hours` of them, newest first; the
    caller holds the transaction. Returns how many hours were recomputed."""
    from packstation.domain.report_views import ReportFilter
    from packstation.services.reports.service import ReportService, history

    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        session.execute(text("SET LOCAL jit = off"))
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": REFRESH_LOCK})
    where = []
    if first is not None:
        where.append(ReportDirtyHour.hour >= first)
    if end is not None:
        where.append(ReportDirtyHour.hour < end)
    chosen = list(
        session.scalars(
            select(ReportDirtyHour.hour).where(*where).distinct().order_by(ReportDirtyHour.hour.desc()).limit(max_hours)
        )
    )
    if not chosen:
        return 0
    # The marks this refresh answers for: read before the raw rows, so a change committed after this statement
    # keeps its own mark (a later id) for the next refresh.
    ids = [
        i
        for part in _chunks(chosen, 500)
        for i in session.scalars(select(ReportDirtyHour.id).where(ReportDirtyHour.hour.in_(part)))
    ]
    service = ReportService.__new__(ReportService)
    for a, b in runs(chosen):
        start, stop = hour_time(a), hour_time(b)
        f = ReportFilter(start, stop)
        hist = history(session, start)
        session.execute(delete(ReportHour).where(ReportHour.hour >= a, ReportHour.hour < b))
        session.execute(delete(ReportErrorHour).where(ReportErrorHour.hour >= a, ReportErrorHour.hour < b))
        facts = service._closed_facts(f, dialect, hist)
        session.execute(
            insert(ReportHour).from_select(
                ["hour", "user_id", "station_id", "order_class", "orders", "units", "secs", "with_error", "errors"],
                select(
                    facts.c.hour,
                    facts.c.user_id,
                    facts.c.station_id,
                    facts.c.order_class,
                    func.count(),
                    func.coalesce(func.sum(facts.c.units), 0),
                    func.coalesce(func.sum(facts.c.secs), 0.0),
                    func.coalesce(func.sum(facts.c.has_error), 0),
                    func.coalesce(func.sum(facts.c.errors), 0),
                ).group_by(facts.c.hour, facts.c.user_id, facts.c.station_id, facts.c.order_class),
            )
        )
        for ev, _pu in hist.sources:  # live, then archived rows (a row is in one of them)
            h = hour_number(ev.at, dialect)
            session.execute(
                insert(ReportErrorHour).from_select(
                    ["hour", "error_type", "user_id", "station_id", "sku_id", "n"],
                    select(h, ev.error_type, ev.user_id, ev.station_id, ev.sku_id, func.count())
                    .where(*service._error_events(f, ev))
                    .group_by(h, ev.error_type, ev.user_id, ev.station_id, ev.sku_id),
                )
            )
    for part in _chunks(ids, 500):
        session.execute(delete(ReportDirtyHour).where(ReportDirtyHour.id.in_(part)))
    return len(chosen)


def _chunks(values: list[int], size: int) -> Iterator[list[int]]:
    for i in range(0, len(values), size):
        yield values[i : i + size]


def refresh_all(sessions: Any, max_hours: int = 24 * 31) -> int:
    """Recompute every dirty hour, a month of hours per transaction (after a migration or a bulk load)."""
    total = 0
    while True:
        with sessions() as session, session.begin():
            done = refresh(session, None, None, max_hours)
        if not done:
            return total
        total += done


def refresh_quietly(sessions: Any, first: int | None, end: int | None, max_hours: int = MAX_HOURS) -> int:
    """`refresh` in its own transaction; a busy or read-only database is left for the next refresh (the dashboard
    reads dirty hours raw meanwhile, so nothing is ever wrong, only slower)."""
    try:
        with sessions() as session, session.begin():
            return refresh(session, first, end, max_hours)
    except (OperationalError, InternalError) as exc:
        log.info("aggregate refresh skipped: %s", exc)
        return 0
