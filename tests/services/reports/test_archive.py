"""`packstation archive`: closed orders' history leaves the live tables, reports, timelines and evidence records
still show it exactly as before; open orders, future dates and demo stores are refused or left alone."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers.bench_world import PIN, add_orders, build_floor
from sqlalchemy import func, select

from packstation.app import Store, open_store
from packstation.cli import main
from packstation.config import Settings
from packstation.demo.history import generate_history
from packstation.domain.errors import DomainError
from packstation.domain.report_views import ReportFilter
from packstation.services.packing.station import StationService
from packstation.services.reports.archive import ArchiveService
from packstation.services.reports.evidence import EvidenceService
from packstation.services.reports.service import ReportService
from packstation.store.archive import archive_path, archive_table
from packstation.store.db import transaction
from packstation.store.models import AppMeta, Event, Label, Order, PackedUnit, PackSession
from tests.services.packing.test_returns_slip_printing import pack

END = dt.date(2024, 5, 10)
AFTER = dt.datetime(2024, 6, 1, tzinfo=dt.UTC)


def _count(store: Store, table: object) -> int:
    with store.sessions() as db:
        return int(db.scalar(select(func.count()).select_from(table)) or 0)  # type: ignore[arg-type]


def _rounded(value: object) -> object:
    if isinstance(value, float):
        return round(value, 6)  # a sum's last bits depend on the order the database adds in
    if isinstance(value, dict):
        return {k: _rounded(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_rounded(v) for v in value]
    return value


def _board(store: Store, start: dt.datetime, end: dt.datetime) -> object:
    board = ReportService(store.sessions).dashboard(ReportFilter(start, end))
    return _rounded(dataclasses.asdict(dataclasses.replace(board, generated_at=AFTER)))


def test_archive_moves_closed_history_and_reports_still_read_it(store) -> None:  # type: ignore[no-untyped-def]
    summary = generate_history(store, 3, seed=11, end=END, orders_per_shift=14)
    reports = ReportService(store.sessions)
    cut = summary.start + dt.timedelta(days=1, hours=12)
    with store.sessions() as db:
        old = db.scalar(select(Order.id).where(Order.status == "closed", Order.closed_at < cut).limit(1))
        left_open = set(db.scalars(select(Order.id).where(Order.status != "closed", Order.placed_at < cut)))
    assert old is not None and left_open  # the history leaves some orders in exception or suspended
    whole, before_cut = _board(store, summary.start, summary.end), _board(store, summary.start, cut)
    timeline = reports.order_timeline(old)
    errors_day1 = reports.error_events(ReportFilter(summary.start, cut))
    live_events, live_units = _count(store, Event), _count(store, PackedUnit)

    service = ArchiveService(store.engine, store.sessions)
    plan = service.plan(cut, now=AFTER)
    assert plan.orders > 0 and plan.events > 0 and plan.open_orders >= len(left_open)
    assert _count(store, Event) == live_events  # the dry run changed nothing
    done: list[tuple[int, int]] = []
    result = service.run(cut, now=AFTER, chunk=7, progress=lambda d, t: done.append((d, t)))

    assert (result.orders, result.rows["events"]) == (plan.orders, plan.events)
    assert done[-1] == (plan.orders, plan.orders) and len(done) > 1  # in chunks, each its own transaction
    assert _count(store, Event) == live_events - plan.events
    assert _count(store, archive_table("events")) == plan.events
    assert _count(store, PackedUnit) + _count(store, archive_table("packed_units")) == live_units
    with store.sessions() as db:
        moved = set(db.scalars(select(Order.id).where(Order.archived_at.is_not(None))))
        assert moved == set(db.scalars(select(Order.id).where(Order.status == "closed", Order.closed_at < cut)))
        assert not moved & left_open
        # No journal row of an archived order is left live, and no live session lost its rows.
        assert db.scalar(select(func.count()).select_from(Event).where(Event.order_id.in_(moved))) == 0
        assert db.scalar(select(func.count()).select_from(PackSession).where(PackSession.order_id.in_(moved))) == len(
            moved
        )

    # Everything a lead reads is the same as before the move.
    assert _board(store, summary.start, summary.end) == whole
    assert _board(store, summary.start, cut) == before_cut
    assert reports.order_timeline(old) == timeline
    assert reports.error_events(ReportFilter(summary.start, cut)) == errors_day1

    # A second run finds nothing more to move; nothing is copied twice.
    again = service.run(cut, now=AFTER)
    assert again.orders == 0 and _count(store, archive_table("events")) == plan.events


def test_future_dates_and_demo_stores_are_refused(store) -> None:  # type: ignore[no-untyped-def]
    generate_history(store, 1, seed=3, end=END, orders_per_shift=4)
    service = ArchiveService(store.engine, store.sessions)
    with pytest.raises(DomainError, match="is in the future") as err:
        service.plan(AFTER + dt.timedelta(days=1), now=AFTER)
    assert err.value.code == "archive_future"
    with transaction(store.sessions) as db:
        db.merge(AppMeta(key="mode", value="demo"))
    with pytest.raises(DomainError, match="demo") as err:
        service.run(AFTER - dt.timedelta(days=1), now=AFTER)
    assert err.value.code == "archive_demo"
    assert _count(store, Event) > 0
    with store.sessions() as db:
        assert db.scalar(select(func.count()).select_from(Order).where(Order.archived_at.is_not(None))) == 0


def test_evidence_of_an_archived_package_is_the_same_record(db_url: str, tmp_path: Path) -> None:
    store = open_store(db_url)
    try:
        floor = build_floor(store, skus=4)
        add_orders(store, floor, 2, 2, quantity=2)
        station = StationService(
            store, Settings(db_url=db_url, station=floor.stations[0], print_dir=tmp_path / "prints")
        )
        user = station.sign_in(floor.badges[0], PIN)
        for _ in range(2):
            view = station.next_order(user.id)
            assert view is not None
            pack(station, user.id, view)
        with store.sessions() as db:
            tracking = db.scalars(select(Label.tracking_number).order_by(Label.id)).first()
        assert tracking
        evidence = EvidenceService(store.sessions)
        by_tracking = evidence.evidence(tracking)
        assert by_tracking.scans and by_tracking.packages and by_tracking.packages[0].labels

        result = ArchiveService(store.engine, store.sessions).run(dt.datetime.now(dt.UTC))
        assert result.orders == 2 and result.rows["labels"] >= 2 and result.rows["print_jobs"] > 0
        assert _count(store, Label) == 0
        assert evidence.evidence(tracking) == by_tracking
        if db_url.startswith("sqlite"):
            path = archive_path(db_url)
            assert path is not None and path.exists()
            store.dispose()
            path.rename(path.with_suffix(".gone"))
            with pytest.raises(DomainError, match="archive cannot be read"):
                EvidenceService(store.sessions).evidence(tracking)
    finally:
        store.dispose()


def test_cli_dry_run_then_archive(sqlite_url: str) -> None:
    store = open_store(sqlite_url)
    generate_history(store, 2, seed=5, end=END, orders_per_shift=6)
    live = _count(store, Event)
    store.dispose()
    dry = CliRunner().invoke(
        main, ["archive", "--before", "2024-05-10", "--tz", "UTC", "--dry-run", "--db", sqlite_url]
    )
    assert dry.exit_code == 0, dry.output
    assert "would move" in dry.output and "dry run: nothing changed" in dry.output
    future = CliRunner().invoke(main, ["archive", "--before", "2999-01-01", "--db", sqlite_url])
    assert future.exit_code != 0 and "is in the future" in future.output
    bad = CliRunner().invoke(main, ["archive", "--before", "last week", "--db", sqlite_url])
    assert bad.exit_code != 0 and "is not a date" in bad.output
    run = CliRunner().invoke(main, ["archive", "--before", "2024-05-10", "--tz", "UTC", "--db", sqlite_url])
    assert run.exit_code == 0, run.output
    assert "moved" in run.output and "closed order(s)" in run.output
    store = open_store(sqlite_url)
    try:
        assert 0 < _count(store, Event) < live
    finally:
        store.dispose()


def test_a_run_stopped_between_the_copy_and_the_delete_resumes_without_doubles(sqlite_store) -> None:  # type: ignore[no-untyped-def]
    from packstation.store import archive as arch

    summary = generate_history(sqlite_store, 2, seed=4, end=END, orders_per_shift=6)
    cut = summary.start + dt.timedelta(days=1)
    service = ArchiveService(sqlite_store.engine, sqlite_store.sessions)
    plan = service.plan(cut, now=AFTER)
    service._prepare()
    with sqlite_store.sessions() as db:
        first = list(
            db.scalars(
                select(Order.id).where(Order.status == "closed", Order.closed_at < cut).order_by(Order.id).limit(5)
            )
        )
    with sqlite_store.sessions() as db, db.begin():  # the archive file committed, then the power went
        arch.copy_orders(db.connection(), first)
    assert _count(sqlite_store, archive_table("events")) > 0
    result = service.run(cut, now=AFTER)
    assert result.orders == plan.orders and result.rows["events"] == plan.events
    assert _count(sqlite_store, archive_table("events")) == plan.events  # nothing copied twice
