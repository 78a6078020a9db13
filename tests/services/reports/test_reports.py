"""Every dashboard count against a count made here, in Python, from the generated rows themselves."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from typing import Any

import pytest
from sqlalchemy import select

from packstation.demo.history import generate_history
from packstation.domain.report_views import ReportFilter
from packstation.services.reports.service import ReportService
from packstation.store.models import Event, OrderLine, PackedUnit, PackSession, Station, User

END = dt.date(2024, 5, 10)
DAYS = 3


@pytest.fixture
def history(store):  # type: ignore[no-untyped-def]
    summary = generate_history(store, DAYS, seed=11, end=END, orders_per_shift=14)
    return store, summary


def _rows(store: Any) -> dict[str, list[Any]]:
    """Every row the counts come from, read plainly (no aggregates)."""
    with store.sessions() as s:
        return {
            "events": s.scalars(select(Event)).all(),
            "sessions": s.scalars(select(PackSession)).all(),
            "units": s.scalars(select(PackedUnit)).all(),
            "lines": s.scalars(select(OrderLine)).all(),
            "users": {u.id: u.name for u in s.scalars(select(User))},
            "stations": {st.id: st.code for st in s.scalars(select(Station))},
        }


def _expected(
    rows: dict[str, list[Any]], start: dt.datetime, end: dt.datetime, stations: tuple[int, ...] = ()
) -> dict[str, Any]:
    """The figures counted one row at a time, following the definitions in the reports module."""
    keep = (lambda sid: sid in stations) if stations else (lambda sid: True)
    closed = [
        ps for ps in rows["sessions"] if ps.state == "closed" and start <= ps.ended_at < end and keep(ps.station_id)
    ]
    session_order = {ps.id: ps.order_id for ps in rows["sessions"]}
    units_by_order: Counter[int] = Counter()
    for pu in rows["units"]:
        units_by_order[session_order[pu.session_id]] += pu.quantity
    orders_with_error = {e.order_id for e in rows["events"] if e.error_type}
    errors = [e for e in rows["events"] if e.error_type and start <= e.at < end and keep(e.station_id)]
    lines_by_order: dict[int, list[int]] = defaultdict(list)
    for line in rows["lines"]:
        lines_by_order[line.order_id].append(line.quantity)

    def order_class(order_id: int) -> str:
        qty = lines_by_order[order_id]
        return "single_unit" if sum(qty) <= 1 else "single_line" if len(qty) == 1 else "multi_line"

    def hour(t: dt.datetime) -> dt.datetime:
        return t.replace(minute=0, second=0, microsecond=0)

    by_packer: dict[int, list[Any]] = defaultdict(list)
    for ps in closed:
        by_packer[ps.user_id].append(ps)
    return {
        "orders": len(closed),
        "units": sum(units_by_order[ps.order_id] for ps in closed),
        "active_hours": len({hour(ps.ended_at) for ps in closed}),
        "with_error": sum(1 for ps in closed if ps.order_id in orders_with_error),
        "avg_secs": sum((ps.ended_at - ps.started_at).total_seconds() for ps in closed) / len(closed),
        "errors": len(errors),
        "by_type": Counter(e.error_type for e in errors),
        "by_packer_type": Counter((rows["users"][e.user_id], e.error_type) for e in errors),
        "by_station_type": Counter((rows["stations"][e.station_id], e.error_type) for e in errors),
        "orders_by_hour": Counter(hour(ps.ended_at).hour for ps in closed),
        "errors_by_hour": Counter(hour(e.at).hour for e in errors),
        "orders_by_packer": {rows["users"][u]: len(v) for u, v in by_packer.items()},
        "orders_by_station": Counter(rows["stations"][ps.station_id] for ps in closed),
        "class_counts": Counter(order_class(ps.order_id) for ps in closed),
        "class_secs": {
            c: [(ps.ended_at - ps.started_at).total_seconds() for ps in closed if order_class(ps.order_id) == c]
            for c in ("single_unit", "single_line", "multi_line")
        },
        "by_packer_class": Counter((rows["users"][ps.user_id], order_class(ps.order_id)) for ps in closed),
    }


def test_every_count_matches_a_count_made_row_by_row(history) -> None:  # type: ignore[no-untyped-def]
    store, summary = history
    rows = _rows(store)
    want = _expected(rows, summary.start, summary.end)
    board = ReportService(store.sessions).dashboard(ReportFilter(summary.start, summary.end))

    k = board.kpis
    assert (k.orders, k.units, k.active_hours, k.orders_with_error, k.errors) == (
        want["orders"],
        want["units"],
        want["active_hours"],
        want["with_error"],
        want["errors"],
    )
    assert k.avg_pack_seconds == pytest.approx(want["avg_secs"], abs=0.01)  # julianday: ~10 µs
    assert k.accuracy == pytest.approx((want["orders"] - want["with_error"]) / want["orders"])
    assert k.orders_per_hour == pytest.approx(want["orders"] / want["active_hours"])
    assert {e.error_type: e.count for e in board.errors_by_type} == dict(want["by_type"])
    assert {(e.label, e.error_type): e.count for e in board.errors_by_packer} == dict(want["by_packer_type"])
    assert {(e.label, e.error_type): e.count for e in board.errors_by_station} == dict(want["by_station_type"])
    assert {h.hour: h.orders for h in board.hours if h.orders} == dict(want["orders_by_hour"])
    assert {h.hour: h.errors for h in board.hours if h.errors} == dict(want["errors_by_hour"])
    assert {p.name: p.orders for p in board.packers if p.orders} == want["orders_by_packer"]
    assert {s.code: s.orders for s in board.stations if s.orders} == dict(want["orders_by_station"])
    assert {c.order_class: c.orders for c in board.floor_classes} == dict(want["class_counts"])
    for c in board.floor_classes:
        secs = want["class_secs"][c.order_class]
        assert c.avg_pack_seconds == pytest.approx(sum(secs) / len(secs), abs=0.01)
    assert {(p.name, c.order_class): c.orders for p in board.packers for c in p.classes} == dict(
        want["by_packer_class"]
    )
    # The error patterns the history promises are what the dashboard shows.
    wrong = {e.label: e.count for e in board.errors_by_packer if e.error_type == "wrong_item"}
    assert max(wrong, key=wrong.__getitem__) == summary.new_packer
    weight = {e.label: e.count for e in board.errors_by_station if e.error_type == "weight_mismatch"}
    assert max(weight, key=weight.__getitem__) == summary.drift_station
    new = next(p for p in board.packers if p.name == summary.new_packer)
    assert new.time_ratio is not None and new.time_ratio > 1.1  # slower than the floor on the same mix
    assert new.error_ratio is not None and new.error_ratio > 1.3


def test_station_filter_and_a_partial_range(history) -> None:  # type: ignore[no-untyped-def]
    store, summary = history
    rows = _rows(store)
    service = ReportService(store.sessions)
    ids = service.resolve_stations([summary.drift_station, summary.stations[0]])
    start = summary.start + dt.timedelta(days=1, hours=8)  # mid-shift on day 2 to mid-shift on day 3
    end = summary.start + dt.timedelta(days=2, hours=10)
    want = _expected(rows, start, end, ids)
    board = service.dashboard(ReportFilter(start, end, ids))
    assert (board.kpis.orders, board.kpis.units, board.kpis.errors) == (want["orders"], want["units"], want["errors"])
    assert {e.error_type: e.count for e in board.errors_by_type} == dict(want["by_type"])
    assert {s.code for s in board.stations} <= {summary.drift_station, summary.stations[0]}
    assert board.station_codes == tuple(sorted({summary.drift_station, summary.stations[0]}))


def test_drill_down_lists_exactly_the_events_behind_each_count(history) -> None:  # type: ignore[no-untyped-def]
    store, summary = history
    service = ReportService(store.sessions)
    f = ReportFilter(summary.start, summary.end)
    board = service.dashboard(f)
    for ec in board.errors_by_type:
        listed = service.error_events(f, error_type=ec.error_type)
        assert len(listed) == ec.count
        assert {e.error_type for e in listed} == {ec.error_type}
    for ec in board.errors_by_packer:
        listed = service.error_events(f, error_type=ec.error_type, user_id=ec.key)
        assert len(listed) == ec.count and {e.user for e in listed} == {ec.label}
    for ec in board.errors_by_station[:5]:
        listed = service.error_events(f, error_type=ec.error_type, station_id=ec.key)
        assert len(listed) == ec.count and {e.station for e in listed} == {ec.label}
    for h in board.hours:
        assert len(service.error_events(f, hours=h.buckets)) == h.errors


def test_order_timeline_shows_every_step_in_order_with_who_and_where(history) -> None:  # type: ignore[no-untyped-def]
    store, summary = history
    service = ReportService(store.sessions)
    f = ReportFilter(summary.start, summary.end)
    wrong = service.error_events(f, error_type="wrong_item")[0]
    timeline = service.order_timeline(wrong.order_id)  # type: ignore[arg-type]
    with store.sessions() as s:
        own = s.scalars(select(Event).where(Event.order_id == wrong.order_id).order_by(Event.at, Event.id)).all()
    assert [e.id for e in timeline.events] == [e.id for e in own]
    assert [e.at for e in timeline.events] == sorted(e.at for e in timeline.events)
    assert timeline.events[0].kind == "claim" and timeline.events[-1].code == "closed"
    assert wrong.id in {e.id for e in timeline.events}
    assert all(e.user == wrong.user and e.station == wrong.station for e in timeline.events)
    assert timeline.order_ref == wrong.order_ref and timeline.status == "closed"
    assert service.find_order(wrong.order_ref) == wrong.order_id
    assert service.find_order("no-such-order") is None


def test_hours_fold_into_the_leads_time_zone(history) -> None:  # type: ignore[no-untyped-def]
    store, summary = history
    service = ReportService(store.sessions)
    utc = service.dashboard(ReportFilter(summary.start, summary.end))
    oslo = service.dashboard(ReportFilter(summary.start, summary.end, tz=dt.timezone(dt.timedelta(hours=2))))
    assert [h.hour + 2 for h in utc.hours] == [h.hour for h in oslo.hours]
    assert [h.orders for h in utc.hours] == [h.orders for h in oslo.hours]
    assert utc.hours[0].label == "06:00"


def test_an_empty_range_has_no_figures_and_no_division_by_zero(store) -> None:  # type: ignore[no-untyped-def]
    start = dt.datetime(2030, 1, 1, tzinfo=dt.UTC)
    board = ReportService(store.sessions).dashboard(ReportFilter(start, start + dt.timedelta(hours=8)))
    assert board.kpis.orders == 0 and board.kpis.accuracy is None and board.kpis.avg_pack_seconds is None
    assert board.errors_by_type == () and board.packers == () and board.hours == ()


def test_an_unknown_station_code_is_named(store) -> None:  # type: ignore[no-untyped-def]
    from packstation.domain.errors import ValidationError

    with pytest.raises(ValidationError, match="BENCH-99"):
        ReportService(store.sessions).resolve_stations(["BENCH-99"])


@pytest.mark.parametrize("zone", ["Europe/Oslo", "America/New_York", "Asia/Kathmandu"])
def test_hours_and_days_across_a_daylight_saving_switch(store, zone: str) -> None:  # type: ignore[no-untyped-def]
    """Every UTC hour lands on the lead's wall-clock hour and date, before and after the clocks change (Oslo:
    31 March 2024; New York: 10 March), and in a zone 5 h 45 min ahead: each day's orders are its sessions closed on
    that local date (a clock hour counts at the local time it starts: 10:00 UTC is 15:45 in Kathmandu)."""
    from zoneinfo import ZoneInfo

    tz = ZoneInfo(zone)
    end = dt.date(2024, 4, 2) if zone != "America/New_York" else dt.date(2024, 3, 12)
    summary = generate_history(store, 4, seed=5, end=end, orders_per_shift=6)
    board = ReportService(store.sessions).dashboard(ReportFilter(summary.start, summary.end, tz=tz))
    for hour in board.hours:
        assert {b.astimezone(tz).hour for b in hour.buckets} == {hour.hour}
    for day in board.days:
        assert {b.astimezone(tz).date() for b in day.buckets} <= {day.day}
    with store.sessions() as s:
        closed = s.scalars(select(PackSession).where(PackSession.state == "closed")).all()
    starts = [ps.ended_at.replace(tzinfo=dt.UTC, minute=0, second=0, microsecond=0).astimezone(tz) for ps in closed]
    per_day = Counter(start.date() for start in starts)
    assert {d.day: d.orders for d in board.days if d.orders} == dict(per_day)
    per_hour = Counter(start.hour for start in starts)
    assert {h.hour: h.orders for h in board.hours if h.orders} == dict(per_hour)
