"""The dashboard's hourly aggregates equal the raw counts after closes, undos, overrides, reopens and imports, on
SQLite and PostgreSQL; a range reads the aggregates for its whole hours and raw rows only for its edges."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event, func, select

from packstation.demo.history import generate_history
from packstation.domain.ports import FixedClock
from packstation.domain.report_views import ReportFilter
from packstation.domain.vocabulary import ErrorType
from packstation.services.packing.service import PackingService
from packstation.services.reports import report_aggregates as agg
from packstation.services.reports.service import ReportService
from packstation.store.models import (
    Event,
    Order,
    PackSession,
    ReportDeliveryHour,
    ReportDirtyHour,
    ReportErrorHour,
    ReportHour,
)
from tests.helpers.packing_data import GTIN_MUG, GTIN_TEA, LEAD_PIN, NOW, PACKER_PIN, add_order, build_world

DAY = ReportFilter(
    NOW.replace(hour=0, minute=0) - dt.timedelta(days=1),
    NOW.replace(hour=0, minute=0) + dt.timedelta(days=1, minutes=17),
)  # whole hours inside, a ragged end


def _figures(store: Any, f: ReportFilter, aggregates: bool) -> dict[str, Any]:
    service = ReportService(store.sessions, FixedClock(NOW))  # one "now": the orders at risk count minutes to it
    service.use_aggregates = aggregates
    return dataclasses.asdict(dataclasses.replace(service.dashboard(f), generated_at=NOW))


def _differences(a: Any, b: Any, path: str = "") -> list[str]:
    """Where two dashboards differ; floats (sums of seconds) may differ in their last bits only."""
    if isinstance(a, float) or isinstance(b, float):
        same = a is not None and b is not None and abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))
        return [] if same or a == b else [f"{path}: {a} != {b}"]
    if isinstance(a, dict) and isinstance(b, dict):
        if a.keys() != b.keys():
            return [f"{path}: keys {sorted(a)} != {sorted(b)}"]
        return [d for k in a for d in _differences(a[k], b[k], f"{path}.{k}")]
    if isinstance(a, list | tuple) and isinstance(b, list | tuple):
        if len(a) != len(b):
            return [f"{path}: {len(a)} items != {len(b)}"]
        return [d for i, (x, y) in enumerate(zip(a, b, strict=True)) for d in _differences(x, y, f"{path}[{i}]")]
    return [] if a == b else [f"{path}: {a!r} != {b!r}"]


def _same(store: Any, f: ReportFilter = DAY) -> dict[str, Any]:
    """The dashboard from the aggregates (dirty hours raw), then refreshed, equals the one from raw rows only."""
    raw = _figures(store, f, aggregates=False)
    assert _differences(_figures(store, f, aggregates=True), raw) == []  # refreshes the range's dirty hours first
    with store.sessions() as db:
        assert (
            db.scalar(
                select(func.count())
                .select_from(ReportDirtyHour)
                .where(ReportDirtyHour.hour >= agg.hour_ceil(f.start), ReportDirtyHour.hour < agg.hour_floor(f.end))
            )
            == 0
        )
    assert _differences(_figures(store, f, aggregates=True), raw) == []  # every whole hour from the aggregates
    return raw


def _finish(service: PackingService, sid: int, label: str) -> None:
    service.confirm_box(sid, "BOX-S")
    service.register_slips(sid, ["SLIP-1"])
    service.scan(sid, "SLIP-1\r")
    service.register_labels(sid, [label])
    service.scan(sid, label + "\r")


def test_aggregates_follow_closes_undos_overrides_reopens_and_imports(store) -> None:  # type: ignore[no-untyped-def]
    world = build_world(store)
    clock = FixedClock(NOW.replace(minute=10))
    service = PackingService(store, "BENCH-01", clock)
    service.sign_in(world.packer_badge, PACKER_PIN)
    assert _same(store)["kpis"]["orders"] == 0

    # 09:10 an order with a wrong item, an undo and a re-scan, closed at 09:20.
    add_order(store, world, "A1", [("MUG", 2)])
    sid_a = service.claim(world.packer_id, "ORD-A1").session_id
    service.scan(sid_a, GTIN_MUG)
    service.scan(sid_a, GTIN_TEA)  # wrong item: an error row
    service.scan(sid_a, GTIN_MUG)
    service.undo_last(sid_a)  # the second mug out again (its packed unit deleted)
    service.scan(sid_a, GTIN_MUG)
    _finish(service, sid_a, "TRK-A1")
    clock.advance(minutes=10)
    service.close(sid_a)
    first = _same(store)
    assert (first["kpis"]["orders"], first["kpis"]["errors"], first["kpis"]["orders_with_error"]) == (1, 1, 1)

    # 10:05 a short ship overridden by the lead (an error row), closed in the next hour.
    clock.advance(minutes=45)
    add_order(store, world, "B1", [("MUG", 3)])
    sid_b = service.claim(world.packer_id, "ORD-B1").session_id
    service.scan(sid_b, GTIN_MUG)
    service.override(sid_b, "short_ship", world.lead_badge, LEAD_PIN, "two broken in the bin")
    _finish(service, sid_b, "TRK-B1")
    service.close(sid_b)
    second = _same(store)
    assert second["kpis"]["orders"] == 2 and second["kpis"]["units"] == 3

    # 11:30 the lead reopens A (its 09:00 hour loses it), it closes again at 11:40.
    clock.advance(minutes=85)
    view = service.reopen(_order_of(store, sid_a), world.lead_badge, LEAD_PIN, "label smudged")
    reopened = _same(store)
    assert reopened["kpis"]["orders"] == 1
    service.register_labels(view.session_id, ["TRK-A2"])  # the old label was voided
    service.scan(view.session_id, "TRK-A2\r")
    clock.advance(minutes=10)
    service.close(view.session_id)
    again = _same(store)
    assert again["kpis"]["orders"] == 2 and {h["hour"]: h["orders"] for h in again["hours"] if h["orders"]} == {
        10: 1,
        11: 1,
    }

    # An import of a day of history (bulk INSERT ... RETURNING) is counted like the rest.
    generate_history(store, 1, seed=9, end=NOW.date() + dt.timedelta(days=1), orders_per_shift=6)
    imported = _same(store)
    assert imported["kpis"]["orders"] > 2
    with store.sessions() as db:
        closed = db.scalar(
            select(func.count())
            .select_from(PackSession)
            .where(PackSession.state == "closed", PackSession.ended_at >= DAY.start, PackSession.ended_at < DAY.end)
        )
        in_whole_hours = db.scalar(
            select(func.coalesce(func.sum(ReportHour.orders), 0)).where(
                ReportHour.hour >= agg.hour_ceil(DAY.start), ReportHour.hour < agg.hour_floor(DAY.end)
            )
        )
        assert db.scalar(select(func.count()).select_from(ReportErrorHour)) > 0
    assert imported["kpis"]["orders"] == closed == in_whole_hours  # nothing of this day closes in the edge


@contextmanager
def _statements(store: Any) -> Iterator[list[str]]:
    """Every SQL statement the store's engine runs inside the block."""
    seen: list[str] = []

    def grab(conn, cursor, statement, params, context, executemany):  # type: ignore[no-untyped-def]
        seen.append(statement)

    event.listen(store.engine, "before_cursor_execute", grab)
    try:
        yield seen
    finally:
        event.remove(store.engine, "before_cursor_execute", grab)


def _complaint_at_a_close(store: Any, after: dt.datetime, error_type: ErrorType) -> None:
    """A complaint journaled at the moment the first session closed after `after` closed: its hour turns dirty."""
    with store.sessions() as db, db.begin():
        victim = db.scalars(
            select(PackSession)
            .where(PackSession.state == "closed", PackSession.ended_at >= after)
            .order_by(PackSession.ended_at)
            .limit(1)
        ).one()
        db.add(
            Event(
                event_uuid=str(uuid.uuid4()),
                at=victim.ended_at,
                kind="incident",
                code="INCIDENT",
                error_type=error_type.value,
                order_id=victim.order_id,
                station_id=victim.station_id,
                user_id=victim.user_id,
            )
        )


AGGREGATES = ("report_hours", "report_error_hours", "report_delivery_hours", "report_days", "report_day_errors")


def test_a_day_with_a_dirty_hour_is_read_by_the_hour_until_refreshed(store) -> None:  # type: ignore[no-untyped-def]
    """Whole clean days come from the daily rollup; a day one of whose hours changed is read from its clean hours
    and the changed hour's raw rows (never from its stale day row), then from the recomputed day."""
    end = dt.date(2024, 5, 10)
    generate_history(store, 5, seed=11, end=end, orders_per_shift=8)
    f = ReportFilter(dt.datetime(2024, 5, 5, 0, 0, tzinfo=dt.UTC), dt.datetime(2024, 5, 10, 0, 0, tzinfo=dt.UTC))
    _same(store, f)
    _complaint_at_a_close(store, f.start + dt.timedelta(days=2), ErrorType.INCIDENT_WRONG_ITEM)
    raw = _figures(store, f, aggregates=False)
    stale = ReportService(store.sessions, FixedClock(NOW))
    stale.refresh_on_read = False  # as on a replica before the benches refreshed
    with _statements(store) as seen:
        dirty_read = dataclasses.asdict(dataclasses.replace(stale.dashboard(f), generated_at=NOW))
    assert _differences(dirty_read, raw) == []
    assert any("FROM report_days" in s for s in seen) and any("FROM report_hours" in s for s in seen)
    assert raw["kpis"]["errors"] == _same(store, f)["kpis"]["errors"]  # refreshed: the day row is recomputed
    with store.sessions() as db:
        assert db.scalar(select(func.count()).select_from(ReportDirtyHour)) == 0


def test_on_time_figures_follow_a_changed_promise_and_a_late_complaint(store) -> None:  # type: ignore[no-untyped-def]
    """The on-time / OTIF figures and their percentiles from `report_delivery_hours` equal the raw ones, also after
    an order's ship-by moves and a complaint (missing item) arrives for an order closed hours ago."""
    generate_history(store, 2, seed=3, end=NOW.date() + dt.timedelta(days=1), orders_per_shift=10)
    before = _same(store)["delivery_total"]
    assert before["orders"] > 10 and before["p50_minutes"] is not None
    with store.sessions() as db, db.begin():
        closed = db.scalars(
            select(PackSession)
            .where(PackSession.state == "closed", PackSession.ended_at >= DAY.start + dt.timedelta(hours=1))
            .order_by(PackSession.ended_at)
        ).all()
        on_time = [(s, o) for s in closed if (o := db.get_one(Order, s.order_id)).ship_by and s.ended_at <= o.ship_by]
        assert len(on_time) >= 2
        (late_session, late), (_s, complained) = on_time[0], on_time[-1]
        late.ship_by = late_session.ended_at - dt.timedelta(minutes=5)  # the promise moved before it closed
        complained_id = complained.id
    moved = _same(store)["delivery_total"]
    assert (moved["with_ship_by"], moved["on_time"], moved["otif"]) == (
        before["with_ship_by"],
        before["on_time"] - 1,
        before["otif"] - 1,
    )
    with store.sessions() as db, db.begin():
        db.add(
            Event(
                event_uuid=str(uuid.uuid4()),
                at=NOW,
                kind="incident",
                code="INCIDENT",
                error_type=ErrorType.INCIDENT_MISSING_ITEM.value,
                order_id=complained_id,
            )
        )
    complaint = _same(store)["delivery_total"]
    assert (complaint["on_time"], complaint["otif"]) == (moved["on_time"], moved["otif"] - 1)
    _same(store)
    with store.sessions() as db:
        assert db.scalar(select(func.count()).select_from(ReportDeliveryHour)) > 0


def test_a_long_range_reads_its_whole_days_once_from_the_daily_rollup(store) -> None:  # type: ignore[no-untyped-def]
    """A range of several 31-day parts reads the daily rollup in one go (not once per part) and no hourly row of
    those days; the figures equal the raw ones."""
    end = dt.date(2024, 5, 10)
    generate_history(store, 40, seed=13, end=end, orders_per_shift=3)
    f = ReportFilter(dt.datetime(2024, 3, 31, 5, 20, tzinfo=dt.UTC), dt.datetime(2024, 5, 10, 0, 0, tzinfo=dt.UTC))
    raw = _same(store, f)
    assert raw["kpis"]["orders"] > 100
    seen: list[tuple[str, Any]] = []

    def grab(conn, cursor, statement, params, context, executemany):  # type: ignore[no-untyped-def]
        seen.append((statement, params))

    event.listen(store.engine, "before_cursor_execute", grab)
    try:
        ReportService(store.sessions).dashboard(f)
    finally:
        event.remove(store.engine, "before_cursor_execute", grab)
    assert len([s for s, _ in seen if "FROM report_days" in s]) == 1
    assert len([s for s, _ in seen if "FROM report_blocks" in s]) == 1  # 11-26 April (days 19824-19839): one block
    with store.engine.connect() as conn:
        hourly_rows = sum(len(conn.exec_driver_sql(s, p).all()) for s, p in seen if "FROM report_hours" in s)
    assert hourly_rows <= 24  # only the first, partial day's whole hours


def test_a_block_with_a_dirty_hour_is_read_by_the_day_until_refreshed(store) -> None:  # type: ignore[no-untyped-def]
    """A whole block of 16 days comes from the block rollup; once an hour inside it changes (a late complaint),
    its clean days come from the day rollup and the changed hour from the raw rows, never from the stale block;
    the refresh recomputes the block, which is then read again. The figures equal the raw ones throughout."""
    end = dt.date(2024, 5, 10)
    generate_history(store, 40, seed=13, end=end, orders_per_shift=3)
    f = ReportFilter(dt.datetime(2024, 3, 31, 5, 20, tzinfo=dt.UTC), dt.datetime(2024, 5, 10, 0, 0, tzinfo=dt.UTC))
    _same(store, f)
    _complaint_at_a_close(store, dt.datetime(2024, 4, 15, tzinfo=dt.UTC), ErrorType.INCIDENT_MISSING_ITEM)
    raw = _figures(store, f, aggregates=False)
    stale = ReportService(store.sessions, FixedClock(NOW))
    stale.refresh_on_read = False
    with _statements(store) as seen:
        dirty_read = dataclasses.asdict(dataclasses.replace(stale.dashboard(f), generated_at=NOW))
    assert not any("FROM report_blocks" in s for s in seen)
    with _statements(store) as seen:
        assert _differences(_figures(store, f, aggregates=True), raw) == []  # refreshed, then read
    assert any("FROM report_blocks" in s for s in seen)
    assert _differences(dirty_read, raw) == []
    assert raw["kpis"]["errors"] == _same(store, f)["kpis"]["errors"]


def _order_of(store: Any, session_id: int) -> int:
    with store.sessions() as db:
        return db.get_one(PackSession, session_id).order_id


def _datetimes(params: Any) -> list[dt.datetime]:
    values = params.values() if isinstance(params, dict) else params
    out = []
    for v in values:
        if isinstance(v, dt.datetime):
            out.append(v if v.tzinfo else v.replace(tzinfo=dt.UTC))
        elif isinstance(v, str) and len(v) >= 19 and v[4] == "-" and v[10] == " ":
            out.append(dt.datetime.fromisoformat(v).replace(tzinfo=dt.UTC))
    return out


def test_a_month_reads_raw_rows_only_at_its_edges(store) -> None:  # type: ignore[no-untyped-def]
    end = dt.date(2024, 5, 10)
    generate_history(store, 6, seed=5, end=end, orders_per_shift=8)
    f = ReportFilter(dt.datetime(2024, 4, 10, 6, 40, tzinfo=dt.UTC), dt.datetime(2024, 5, 10, 7, 25, tzinfo=dt.UTC))
    service = ReportService(store.sessions)
    service.dashboard(f)  # refreshes the dirty hours the history left
    seen: list[tuple[str, Any]] = []

    def grab(conn, cursor, statement, params, context, executemany):  # type: ignore[no-untyped-def]
        seen.append((statement, params))

    event.listen(store.engine, "before_cursor_execute", grab)
    try:
        service.dashboard(f)
    finally:
        event.remove(store.engine, "before_cursor_execute", grab)
    # Every figure, the on-time ones included: raw rows only at the edges.
    raw = [(s, p) for s, p in seen if "pack_sessions.ended_at >=" in s or "events.at >=" in s]
    assert raw and any("delivery_facts" in s for s, _ in raw)
    for statement, params in raw:
        times = _datetimes(params)
        pairs = list(zip(times[::2], times[1::2], strict=True))
        assert pairs and all(b - a <= dt.timedelta(hours=1) for a, b in pairs), (statement, pairs)
    assert all(any(f"FROM {table}" in s for s, _ in seen) for table in AGGREGATES)


def test_a_long_range_streams_in_chunks_with_the_same_figures(sqlite_store) -> None:  # type: ignore[no-untyped-def]
    summary = generate_history(sqlite_store, 10, seed=3, end=dt.date(2024, 5, 10), orders_per_shift=4)
    f = ReportFilter(summary.start + dt.timedelta(minutes=20), summary.end - dt.timedelta(minutes=10))
    whole = ReportService(sqlite_store.sessions)
    whole.CHUNK = dt.timedelta(days=400)
    chunked = ReportService(sqlite_store.sessions)
    chunked.CHUNK = dt.timedelta(days=3)
    seen: list[tuple[int, int]] = []
    one = dataclasses.asdict(dataclasses.replace(whole.dashboard(f), generated_at=NOW))
    parts = dataclasses.asdict(
        dataclasses.replace(chunked.dashboard(f, progress=lambda d, t: seen.append((d, t))), generated_at=NOW)
    )
    assert seen == [(1, 4), (2, 4), (3, 4), (4, 4)]
    assert one["kpis"]["orders"] > 0 and _differences(parts, one) == []


def test_benches_refresh_the_aggregates_when_the_leads_read_a_replica(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from helpers.bench_world import PIN, add_orders, build_floor

    from packstation.app import open_store
    from packstation.config import Settings
    from packstation.services.packing.station import StationService
    from packstation.store.models.base import utcnow
    from tests.services.packing.test_returns_slip_printing import pack

    url = f"sqlite:///{tmp_path / 'floor.db'}"
    store = open_store(url)
    try:
        floor = build_floor(store, skus=4)
        add_orders(store, floor, 1, 2, quantity=1)
        now = agg.hour_floor(utcnow())
        with store.sessions() as db, db.begin():  # hours a late error row or a reopen touched earlier today
            db.add_all([ReportDirtyHour(hour=now - 5), ReportDirtyHour(hour=now - 2)])

        def dirty() -> int:
            with store.sessions() as db:
                return int(
                    db.scalar(select(func.count()).select_from(ReportDirtyHour).where(ReportDirtyHour.hour < now)) or 0
                )

        assert dirty() == 2
        station = StationService(
            store,
            Settings(
                db_url=url,
                station=floor.stations[0],
                print_dir=tmp_path / "p",
                report_db_url="postgresql+psycopg://report@replica/packstation",
            ),
        )
        user = station.sign_in(floor.badges[0], PIN)
        view = station.next_order(user.id)
        assert view is not None
        pack(station, user.id, view)
        assert station._reports_job is not None and station._reports_job.result(timeout=60) > 0
        assert dirty() == 0
    finally:
        store.dispose()


def test_the_triggers_a_scan_fires_read_one_order_not_every_closed_session(sqlite_store) -> None:  # type: ignore[no-untyped-def]
    """Each packed unit (every accepted scan) and each error row runs a trigger: on SQLite its look-up of the order's
    closed sessions must go by the order's (or session's) index, not by `state = 'closed'` (every session ever)."""
    import re

    generate_history(sqlite_store, 2, seed=13, end=dt.date(2024, 5, 10), orders_per_shift=6)
    with sqlite_store.engine.connect() as conn:  # no ANALYZE: a store's planner often has no statistics
        bodies = [
            sql
            for name, sql in conn.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN "
                "('report_packed_units_insert', 'report_packed_units_delete', 'report_error_insert')"
            )
        ]
        assert len(bodies) == 3
        plans = []
        for body in bodies:
            inner = body[body.index("BEGIN") + 5 : body.rindex("END")]
            for statement in (s.strip() for s in inner.split(";") if "pack_sessions ps" in s):
                select_part = statement[statement.index("SELECT") :]
                concrete = re.sub(
                    r"\b(NEW|OLD)\.(\w+)", lambda m: "1" if m.group(2).endswith("id") else "'x'", select_part
                )
                plans.append([r[-1] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + concrete)])
    steps = [step for plan in plans for step in plan if " ps " in f" {step} "]
    assert len(plans) >= 4 and steps
    assert all("ix_pack_sessions_order_id" in s or "INTEGER PRIMARY KEY" in s for s in steps), steps


def test_a_long_range_reads_a_few_rows_per_figure_not_one_per_packer_hour(store) -> None:  # type: ignore[no-untyped-def]
    """The database folds the aggregates' whole hours: the rows the dashboard reads from them are one per clock
    hour, one per packer, station and class, one per packer, not one per packer-hour; the figures stay the same."""
    end = dt.date(2024, 5, 10)
    generate_history(store, 12, seed=7, end=end, orders_per_shift=12)
    f = ReportFilter(dt.datetime(2024, 4, 28, 5, 40, tzinfo=dt.UTC), dt.datetime(2024, 5, 10, 0, 0, tzinfo=dt.UTC))
    service = ReportService(store.sessions)
    folded = service.dashboard(f)  # refreshes the dirty hours the history left
    hourly = ReportService(store.sessions)
    hourly.fold_in_sql = False
    assert (
        _differences(
            dataclasses.asdict(dataclasses.replace(folded, generated_at=NOW)),
            dataclasses.asdict(dataclasses.replace(hourly.dashboard(f), generated_at=NOW)),
        )
        == []
    )
    seen: list[tuple[str, Any]] = []

    def grab(conn, cursor, statement, params, context, executemany):  # type: ignore[no-untyped-def]
        if "FROM report_hours" in statement:
            seen.append((statement, params))

    event.listen(store.engine, "before_cursor_execute", grab)
    try:
        service.dashboard(f)
    finally:
        event.remove(store.engine, "before_cursor_execute", grab)
    with store.engine.connect() as conn:
        read = sum(len(conn.exec_driver_sql(s, p).all()) for s, p in seen)
    n0, n1 = agg.hour_ceil(f.start), agg.hour_floor(f.end)
    with store.sessions() as db:
        in_range = [ReportHour.hour >= n0, ReportHour.hour < n1]
        packer_hours = db.scalar(
            select(func.count()).select_from(
                select(ReportHour.hour, ReportHour.user_id).where(*in_range).distinct().subquery()
            )
        )
        hours = db.scalar(select(func.count(ReportHour.hour.distinct())).where(*in_range))
        cells = db.scalar(
            select(func.count()).select_from(
                select(ReportHour.user_id, ReportHour.station_id, ReportHour.order_class)
                .where(*in_range)
                .distinct()
                .subquery()
            )
        )
        packers = db.scalar(select(func.count(ReportHour.user_id.distinct())).where(*in_range))
    assert hours and packers and packers > 1
    assert read <= hours + cells + packers < packer_hours + hours, (read, hours, cells, packers, packer_hours)
