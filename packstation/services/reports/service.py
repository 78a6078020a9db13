"""The lead's figures, counted by the database: GROUP BY in SQL over the journal, never Python loops over rows.

Definitions (the same in the dashboard, the PDF and the CSV):
- an *order packed* is a pack session closed (`state = closed`) with `ended_at` in the range, at a chosen station;
  its packer and station are the session's; its pack time is `ended_at - started_at`;
- *units* are the packed units of every session of that order;
- *accuracy* is orders closed with no error event at all / orders closed;
- *errors* are journal rows with `error_type` set and `at` in the range, counted against the row's user and station;
- *active hours* are the clock hours in which at least one order was closed (orders per hour = orders / them).
Python only folds the aggregates (at most one row per hour, packer or class) into the values the screens show.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from packstation.domain.errors import ValidationError
from packstation.domain.ports import Clock, SystemClock
from packstation.domain.report_views import (
    Dashboard,
    ErrorCount,
    EventView,
    OrderTimeline,
    ReportFilter,
    SkuErrors,
)
from packstation.services.reports import report_aggregates as agg
from packstation.services.reports import report_delivery
from packstation.services.reports.report_folds import Group, Rollup
from packstation.services.reports.report_folds import clock as fold_clock
from packstation.services.reports.report_folds import kpis as fold_kpis
from packstation.services.reports.report_folds import packers as fold_packers
from packstation.services.reports.report_folds import stations as fold_stations
from packstation.store.queries import reports as queries
from packstation.store.queries.reports import history, no_jit
from packstation.store.queries.site import is_training_floor


def _count_by(rows: list[tuple[Any, ...]], key: Callable[[tuple[Any, ...]], Any]) -> dict[tuple[Any, ...], int]:
    """Sum the last field of error rows by `key` (a tuple key, or one value made a 1-tuple)."""
    out: dict[tuple[Any, ...], int] = {}
    for row in rows:
        k = key(row)
        k = k if isinstance(k, tuple) else (k,)
        out[k] = out.get(k, 0) + row[-1]
    return out


def _cell_groups(cells: Iterable[tuple[Any, ...]]) -> list[Group]:
    """Groups without an hour from rows (packer, station, class, orders, units, seconds, with an error, errors)."""
    return [
        Group(int(u), int(st), str(c), None, int(n), int(un or 0), float(secs or 0.0), int(we or 0), int(er or 0))
        for u, st, c, n, un, secs, we, er in cells
    ]


class ReportService:
    """Aggregates for the dashboard, drill-down lists and order timelines; every call is one read transaction."""

    # Whole hours from the hourly aggregates (report_aggregates.py); off: every figure from the raw rows.
    use_aggregates = True
    # Whole hours folded by the database (by packer/station/class, by hour, by packer); off: one row per packer-hour.
    fold_in_sql = True
    # Whole clean UTC days of the whole floor from the daily rollup (a year reads 365 rows per cell); off: by hour.
    use_days = True
    # Whole 16-day blocks from the block rollup (a year reads about 23 rows per cell); off: every clean day by the day.
    use_blocks = True
    # On-time / OTIF figures of the whole hours from report_delivery_hours; off: from the raw rows of the range.
    delivery_from_aggregates = True
    # Recompute dirty hours of the range before reading it; off on a read replica (report_db_url), which cannot.
    refresh_on_read = True

    def __init__(self, sessions: sessionmaker[Session], clock: Clock | None = None, *, replica: bool = False) -> None:
        """`replica`: `sessions` reach a read-only copy of the store (report_db_url), never written to. `clock`:
        "right now" of the orders at risk."""
        self._sessions = sessions
        self.clock: Clock = clock or SystemClock()
        self.replica = replica
        if replica:
            self.refresh_on_read = False

    # -- helpers ---------------------------------------------------------------------------------------------

    def _dialect(self, session: Session) -> str:
        return session.get_bind().dialect.name

    def is_demo(self) -> bool:
        """True when this database is a demo (training) database: reports on it are stamped TRAINING."""
        with self._sessions() as session:
            return is_training_floor(session)

    def resolve_stations(self, codes: Iterable[str]) -> tuple[int, ...]:
        """Station ids for codes; an unknown code is a ValidationError naming it."""
        wanted = [c.strip() for c in codes if c.strip()]
        if not wanted:
            return ()
        with self._sessions() as session:
            found = queries.stations_coded(session, wanted)
        missing = [c for c in wanted if c not in found]
        if missing:
            raise ValidationError("unknown_station", f"unknown station: {', '.join(missing)}", stations=missing)
        return tuple(found[c] for c in wanted)

    def station_codes(self, ids: Iterable[int]) -> tuple[str, ...]:
        ids = tuple(ids)
        if not ids:
            return ()
        with self._sessions() as session:
            return queries.station_codes_in_order(session, ids)

    CHUNK = dt.timedelta(days=31)

    def _parts(self, f: ReportFilter) -> list[ReportFilter]:
        """The range in chunks of `CHUNK` (one part for anything shorter)."""
        parts, start = [], f.start
        while f.end - start > self.CHUNK:
            parts.append(ReportFilter(start, start + self.CHUNK, f.station_ids, f.tz))
            start += self.CHUNK
        parts.append(ReportFilter(start, f.end, f.station_ids, f.tz))
        return parts

    def _clean_days(self, n0: int, n1: int, dirty: list[int]) -> queries.CleanDays | None:
        """The whole UTC days inside the hours [n0, n1) with no dirty hour, as runs (None: none, or days off)."""
        if not self.use_days:
            return None
        touched = {h // 24 for h in dirty}
        first, end = -(-n0 // 24), n1 // 24
        runs = tuple(agg.runs(d for d in range(first, end) if d not in touched))
        if not runs:
            return None
        return queries.CleanDays.of(runs) if self.use_blocks else queries.CleanDays(((queries.DAYS, runs),))

    def _read(
        self, f: ReportFilter, skip: tuple[tuple[int, int], ...] = ()
    ) -> tuple[list[Group], list[tuple[Any, ...]], Rollup, list[queries.DeliveryCell]]:
        """One part's closed-session groups, error rows and delivery cells, in one read transaction; the hours in
        `skip` ([first, end) runs: the whole days `_read_days` read) are left out."""
        n0, n1 = agg.hour_ceil(f.start), agg.hour_floor(f.end)
        whole = self.use_aggregates and n1 > n0
        if whole and self.refresh_on_read:
            agg.refresh_quietly(self._sessions, n0, n1)  # past hours touched since: recomputed (few, usually none)
        with self._sessions() as session, session.begin():
            dialect = self._dialect(session)
            no_jit(session, dialect)
            hist = history(session, f.start)
            if whole:
                dirty = agg.dirty_hours(session, n0, n1)
                raw = [(f.start, agg.hour_time(n0)), (agg.hour_time(n1), f.end)]
                raw += [(agg.hour_time(a), agg.hour_time(b)) for a, b in agg.runs(dirty)]
            else:
                dirty, raw = [], [(f.start, f.end)]
            windows = [ReportFilter(a, b, f.station_ids, f.tz) for a, b in raw if b > a]
            # Closed sessions and error rows: the aggregates' clean whole hours (folded by the database, or hour by
            # hour with fold_in_sql off), plus the raw rows of the edges and dirty hours; every error figure sums the
            # error rows.
            clean_hours = queries.CleanHours(n0, n1, dirty, skip) if whole else None
            if clean_hours is not None and clean_hours.empty:
                clean_hours = None  # the whole days were read from the rollups, the rest is dirty or edges
            clean = clean_hours
            rollup = Rollup()
            groups_whole: list[Group] = []
            erows_whole: list[tuple[Any, ...]] = []
            if clean is not None and self.fold_in_sql:
                groups_whole = _cell_groups(queries.clean_hours_by_cell(session, f, clean))
                rollup.hour_totals = {h: [n, un] for h, n, un in queries.clean_hour_totals(session, f, clean)}
                rollup.user_hours = dict(queries.clean_hours_per_packer(session, f, clean))
                erows_whole = [
                    (None, t, u, st, k, n) for t, u, st, k, n in queries.clean_error_cells(session, f, clean)
                ]
                rollup.error_hours = dict(queries.clean_errors_by_hour(session, f, clean))
                clean = None  # read: only the raw windows are left
            groups = [
                Group(
                    int(u),
                    int(st),
                    str(c),
                    int(h),
                    int(n),
                    int(un or 0),
                    float(secs or 0.0),
                    int(we or 0),
                    int(er or 0),
                )
                for u, st, c, h, n, un, secs, we, er in queries.closed_sessions_by_hour(
                    session, f, hist, windows, clean
                )
            ] + groups_whole
            erows = queries.error_rows(session, f, hist, windows, clean) + erows_whole
            if whole and self.delivery_from_aggregates:
                deliveries = queries.delivery_cells(session, f, hist, windows, clean_hours)
            else:
                deliveries = queries.delivery_cells(session, f, hist, [f], None)
        return groups, erows, rollup, deliveries

    @staticmethod
    def _covered(part: ReportFilter, skip: tuple[tuple[int, int], ...]) -> bool:
        """Whether `part` starts and ends on whole hours all inside the `skip` runs (the days read already)."""
        n0, n1 = agg.hour_ceil(part.start), agg.hour_floor(part.end)
        if agg.hour_time(n0) != part.start or agg.hour_time(n1) != part.end or n1 <= n0:
            return False
        return any(a <= n0 and n1 <= b for a, b in skip)

    def _read_days(
        self, f: ReportFilter
    ) -> tuple[queries.CleanDays, list[Group], list[tuple[Any, ...]], Rollup, list[queries.DeliveryCell]] | None:
        """The whole floor's whole clean UTC days of the range from the daily rollup, in one read transaction: a
        year is one row per packer, station and class, one per clock hour, one per packer (None: no such day, a
        station filter, or the rollup off)."""
        if not (self.use_aggregates and self.fold_in_sql and self.use_days) or f.station_ids:
            return None
        n0, n1 = agg.hour_ceil(f.start), agg.hour_floor(f.end)
        if n1 - n0 < 24:
            return None
        if self.refresh_on_read:
            agg.refresh_quietly(self._sessions, n0, n1)
        with self._sessions() as session, session.begin():
            no_jit(session, self._dialect(session))
            days = self._clean_days(n0, n1, agg.dirty_hours(session, n0, n1))
            if days is None:
                return None
            groups = _cell_groups(queries.clean_days_by_cell(session, days))
            hours = queries.clean_day_hour_totals(session, days)
            rollup = Rollup(
                {h: [n, un] for h, n, un, _e in hours if n},
                queries.clean_days_per_packer(session, days),
                {h: e for h, _n, _un, e in hours if e},
            )
            erows = [(None, t, u, st, k, n) for t, u, st, k, n in queries.clean_day_error_cells(session, days)]
            deliveries = (
                queries.delivery_cells(session, f, history(session, f.start), [], None, days)
                if self.delivery_from_aggregates
                else []
            )
        return days, groups, erows, rollup, deliveries

    # -- the dashboard ---------------------------------------------------------------------------------------

    def dashboard(self, f: ReportFilter, progress: Callable[[int, int], None] | None = None) -> Dashboard:
        """Every figure of the dashboard and the shift report for one filter.

        Closed sessions come as groups by (packer, station, order class, hour) and error rows by (hour, type,
        packer, station, SKU): whole clean hours from the hourly aggregates, the edges and dirty hours from the raw
        rows. A range longer than `CHUNK` is read chunk by chunk (one read transaction each, `progress(done,
        total)` after each): a whole-history report streams instead of holding one long query.
        """
        parts = self._parts(f)
        groups: list[Group] = []
        erows: list[tuple[Any, ...]] = []
        rollup = Rollup()
        deliveries: list[queries.DeliveryCell] = []
        skip: tuple[tuple[int, int], ...] = ()
        whole_days = self._read_days(f)
        if whole_days is not None:
            days, groups, erows, rollup, deliveries = whole_days
            skip = days.hours  # the on-time figures read raw (delivery_from_aggregates off) ignore it: every hour
        for i, part in enumerate(parts):
            # every hour of it came with the whole days, and no ragged edge (with the on-time figures read raw, a
            # part still reads its own)
            if self.delivery_from_aggregates and self._covered(part, skip):
                if progress is not None:
                    progress(i + 1, len(parts))
                continue
            g, e, r, d = self._read(part, skip)
            groups += g
            erows += e
            rollup.add(r)
            deliveries += d
            if progress is not None:
                progress(i + 1, len(parts))
        with self._sessions() as session:
            users = {g.user_id for g in groups} | {e[2] for e in erows if e[2] is not None}
            names = queries.packer_names(session, users)
            st_ids = {g.station_id for g in groups} | {e[3] for e in erows if e[3] is not None} | set(f.station_ids)
            codes = queries.station_codes(session, st_ids)
            sku_ids = {e[4] for e in erows if e[4] is not None}
            skus = queries.sku_codes(session, sku_ids)
            demo = is_training_floor(session)
            delivery, delivery_total, at_risk = report_delivery.delivery(session, deliveries, self.clock.now())
        errors = sum(e[5] for e in erows)
        by_type = tuple(
            ErrorCount(None, "", t, n)
            for (t,), n in sorted(_count_by(erows, lambda e: e[1]).items(), key=lambda kv: (-kv[1], kv[0]))
        )
        by_packer = tuple(
            sorted(
                (
                    ErrorCount(k, names.get(k, "(none)") if k is not None else "(none)", t, n)
                    for (k, t), n in _count_by(erows, lambda e: (e[2], e[1])).items()
                ),
                key=lambda c: (c.label, c.error_type),
            )
        )
        by_station = tuple(
            sorted(
                (
                    ErrorCount(k, codes.get(k, "(none)") if k is not None else "(none)", t, n)
                    for (k, t), n in _count_by(erows, lambda e: (e[3], e[1])).items()
                ),
                key=lambda c: (c.label, c.error_type),
            )
        )
        hour_errors = dict(rollup.error_hours)
        for (h,), n in _count_by([e for e in erows if e[0] is not None], lambda e: e[0]).items():
            hour_errors[h] = hour_errors.get(h, 0) + n
        error_hours = list(hour_errors.items())
        by_sku = tuple(
            sorted(
                (
                    SkuErrors(k, skus[k][0], str(skus[k][1] or ""), t, n)
                    for (k, t), n in _count_by(erows, lambda e: (e[4], e[1])).items()
                    if k in skus
                ),
                key=lambda x: (-x.count, x.sku, x.error_type),
            )
        )
        floor, packers = fold_packers(groups, names, by_packer, rollup)
        by_hour, by_day = fold_clock(f, groups, error_hours, rollup)
        return Dashboard(
            filter=f,
            kpis=fold_kpis(groups, errors, rollup),
            errors_by_type=by_type,
            errors_by_packer=by_packer,
            errors_by_station=by_station,
            hours=by_hour,
            packers=packers,
            stations=fold_stations(groups, codes, by_station),
            floor_classes=floor,
            station_codes=tuple(sorted(codes[i] for i in f.station_ids if i in codes)),
            generated_at=self.clock.now(),
            training=demo,
            days=by_day,
            errors_by_sku=by_sku,
            delivery=delivery,
            delivery_total=delivery_total,
            at_risk=at_risk,
        )

    # -- drill-down and timeline -----------------------------------------------------------------------------

    def error_events(
        self,
        f: ReportFilter,
        *,
        error_type: str | None = None,
        user_id: int | None = None,
        station_id: int | None = None,
        sku_id: int | None = None,
        hours: tuple[dt.datetime, ...] = (),
        limit: int = 5000,
    ) -> tuple[EventView, ...]:
        """The error events behind one count of the dashboard (same definition, so the list length = the count)."""
        with self._sessions() as session, session.begin():
            no_jit(session, self._dialect(session))
            return queries.errors_behind_count(
                session,
                f,
                history(session, f.start),
                error_type=error_type,
                user_id=user_id,
                station_id=station_id,
                sku_id=sku_id,
                hours=hours,
                limit=limit,
            )

    def find_order(self, text: str) -> int | None:
        """An order id by its reference, pick-ticket barcode or id; None when nothing matches."""
        text = text.strip()
        if not text:
            return None
        with self._sessions() as session:
            return queries.first_order_named(session, text)

    def order_timeline(self, order_id: int) -> OrderTimeline:
        """Every journal row of the order (and its sessions), oldest first, with who and where."""
        with self._sessions() as session:
            timeline = queries.order_timeline(session, order_id)
        if timeline is None:
            raise ValidationError("unknown_order", f"no order with id {order_id}", order_id=order_id)
        return timeline
