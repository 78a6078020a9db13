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

from sqlalchemy.exc import InternalError, OperationalError
from sqlalchemy.orm import Session

from packstation.store.queries.reports import (
    EPOCH,
    HOUR,
    clear_dirty_marks,
    dirty_hours,
    dirty_marks,
    hour_number,
    hour_time,
    lock_refresh,
    newest_dirty_hours,
    recompute_hours,
)

__all__ = ["EPOCH", "dirty_hours", "hour_ceil", "hour_floor", "hour_number", "hour_time", "refresh", "runs"]

log = logging.getLogger(__name__)

MAX_HOURS = 24 * 7  # hours one refresh recomputes at most (a backlog is worked off over several)


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


def refresh(session: Session, first: int | None, end: int | None, max_hours: int = MAX_HOURS) -> int:
    """Recompute the dirty hours in [first, end) (None: unbounded), at most `max_hours` of them, newest first; the
    caller holds the transaction. Returns how many hours were recomputed."""
    lock_refresh(session)
    chosen = newest_dirty_hours(session, first, end, max_hours)
    if not chosen:
        return 0
    # The marks this refresh answers for: read before the raw rows, so a change committed after this statement
    # keeps its own mark (a later id) for the next refresh.
    ids = dirty_marks(session, chosen)
    for a, b in runs(chosen):
        recompute_hours(session, a, b)
    clear_dirty_marks(session, ids)
    return len(chosen)


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
