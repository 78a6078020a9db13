"""On time and in full, as plain rules: the ship-by time from a merchant's same-day cut-off, what "at risk" means,
and percentiles of order-to-ship times folded from per-minute counts.

- ship-by: an order placed before the cut-off (in the merchant's time zone) ships the same day, otherwise the next
  day; it is on time when its pack session closed before the end of that day (local midnight).
- at risk: an order not yet closed whose ship-by time is less than `AT_RISK` away (or already past).
- order-to-ship: placed -> closed at the bench, in minutes; p50 and p90 over the orders closed in a range. The
  minutes are counted to the minute under two hours, then rounded up to 5 minutes (under 8 hours), 15 minutes
  (under 2 days), an hour (under 2 weeks) and a day: a year of orders then folds into a few hundred counts per
  merchant, and "90 % shipped within 7 h 05 min" stays true (a time is never rounded down).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from packstation.domain.errors import ValidationError

AT_RISK = dt.timedelta(hours=2)
# (below this many minutes, count in steps of) for order-to-ship times; the last step has no upper limit.
SHIP_MINUTE_STEPS: tuple[tuple[int | None, int], ...] = ((120, 1), (480, 5), (2880, 15), (20160, 60), (None, 1440))
_CUTOFF = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


def parse_cutoff(text: str) -> dt.time:
    """'14:00' -> 14:00; anything else is a ValidationError that says what a cut-off looks like."""
    match = _CUTOFF.match(text.strip())
    if not match:
        raise ValidationError("bad_cutoff", f"cut-off must be a time of day like 14:00, not {text!r}", value=text)
    return dt.time(int(match.group(1)), int(match.group(2)))


def zone(name: str) -> dt.tzinfo:
    """A time zone by its IANA name ('Europe/Oslo', 'UTC'); an unknown one is a ValidationError."""
    try:
        return ZoneInfo(name.strip() or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(
            "bad_time_zone", f"unknown time zone {name!r} (e.g. Europe/Oslo, UTC)", value=name
        ) from None


def ship_by_from_cutoff(placed_at: dt.datetime, cutoff: str, tz_name: str = "UTC") -> dt.datetime:
    """The end (local midnight) of the day the order must ship: the day it was placed if before the cut-off,
    else the next day. Returned in UTC."""
    tz = zone(tz_name)
    local = placed_at.astimezone(tz)
    day = local.date() if local.time() < parse_cutoff(cutoff) else local.date() + dt.timedelta(days=1)
    end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(), tzinfo=tz)
    return end.astimezone(dt.UTC)


def ship_by(
    placed_at: dt.datetime, given: dt.datetime | None, cutoff: str | None, tz_name: str = "UTC"
) -> dt.datetime | None:
    """The order's ship-by time: the import's if given, else from the merchant's cut-off, else None."""
    if given is not None:
        return given
    if cutoff:
        return ship_by_from_cutoff(placed_at, cutoff, tz_name)
    return None


def is_at_risk(ship_by_at: dt.datetime | None, now: dt.datetime, margin: dt.timedelta = AT_RISK) -> bool:
    return ship_by_at is not None and ship_by_at - now < margin


def ship_minutes_step(minutes: int) -> int:
    """Whole minutes from placed to shipped, rounded up to their step (`SHIP_MINUTE_STEPS`); the database
    computes the same in `store.queries.reports.ship_minutes`."""
    minutes = max(0, minutes)
    for limit, step in SHIP_MINUTE_STEPS:
        if limit is None or minutes < limit:
            return -(-minutes // step) * step
    raise AssertionError("the last step has no limit")


def percentile_minutes(counts: Iterable[tuple[int, int]], share: float) -> int | None:
    """The smallest minute m such that at least `share` of the orders took m minutes or less ("nearest rank");
    `counts` are (minutes, orders) pairs, as the database groups them. None when there are none."""
    pairs = sorted((int(m), int(n)) for m, n in counts if n)
    total = sum(n for _m, n in pairs)
    if not total:
        return None
    rank = max(1, math.ceil(share * total - 1e-9))
    seen = 0
    for minutes, n in pairs:
        seen += n
        if seen >= rank:
            return minutes
    return pairs[-1][0]
