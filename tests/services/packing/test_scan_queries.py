"""The scan path's cost and its cache: a scan is one commit and a handful of statements on any order size, and what
the screen gets back is exactly what a freshly started station reads from the store (real SQLite files)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from packstation.app import Store, open_store
from packstation.domain.errors import DomainError
from packstation.domain.ports import FixedClock
from packstation.services.packing.service import PackingService
from packstation.services.views import SessionView
from packstation.store.models import Event, PackedUnit, PackSession
from tests.helpers.bench_world import PIN, add_orders, build_floor
from tests.helpers.packing_data import (
    GTIN_MUG,
    GTIN_PHONE,
    GTIN_TEA,
    GTIN_TEA_CASE,
    LEAD_PIN,
    NOW,
    add_order,
)

MAX_STATEMENTS = 5  # station heartbeat, session guard, journal count, event insert, unit insert


@contextmanager
def counting(store: Store) -> Iterator[dict[str, list[str] | int]]:
    """Every SQL statement and commit the store's engine runs inside the block."""
    seen: dict[str, list[str] | int] = {"statements": [], "commits": 0}

    def statement(_conn, _cursor, sql, _params, _context, _many):  # type: ignore[no-untyped-def]
        seen["statements"].append(sql.split("\n")[0])  # type: ignore[union-attr]

    def commit(_conn):  # type: ignore[no-untyped-def]
        seen["commits"] = int(seen["commits"]) + 1  # type: ignore[call-overload]

    event.listen(store.engine, "before_cursor_execute", statement)
    event.listen(store.engine, "commit", commit)
    try:
        yield seen
    finally:
        event.remove(store.engine, "before_cursor_execute", statement)
        event.remove(store.engine, "commit", commit)


@pytest.fixture(scope="module")
def floor_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object, int, int]:
    """A bench floor with 1,000 SKUs, a 5-line order and a 1,000-line order, made once per module."""
    path = tmp_path_factory.mktemp("scan-queries") / "floor.db"
    store = open_store(f"sqlite:///{path}")
    floor = build_floor(store, skus=1000)
    small = add_orders(store, floor, 1, 5, prefix="Q5-")[0]
    large = add_orders(store, floor, 1, 1000, prefix="Q1000-")[0]
    with store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    store.dispose()
    return path, floor, small, large


@pytest.mark.parametrize("order_size", [5, 1000])
def test_a_scan_is_one_commit_and_a_handful_of_statements_on_any_order(
    floor_file: tuple[Path, object, int, int], tmp_path: Path, order_size: int
) -> None:
    template, floor, small, large = floor_file
    (tmp_path / "station.db").write_bytes(template.read_bytes())
    url = f"sqlite:///{tmp_path / 'station.db'}"
    store = open_store(url, migrate=False)
    try:
        service = PackingService(store, floor.stations[0])  # type: ignore[attr-defined]
        user = service.sign_in(floor.badges[0], PIN)  # type: ignore[attr-defined]
        view = service.claim(user.id, small if order_size == 5 else large)
        assert len(view.lines) == order_size
        per_scan = []
        for n, line in enumerate(view.lines[:4]):  # the 5th would finish the small order (a new step)
            with counting(store) as seen:
                verdict, after = service.scan(view.session_id, line.barcode, scan_id=f"q-{order_size}-{n}")
            assert verdict.code == "accepted", verdict
            assert seen["commits"] == 1, seen
            per_scan.append(len(seen["statements"]))  # type: ignore[arg-type]
            # Durable before the answer: another connection to the file finds the journal row and the unit.
            other = open_store(url, migrate=False)
            try:
                with other.sessions() as db:
                    assert (
                        db.scalar(select(Event.id).where(Event.event_uuid == f"q-{order_size}-{n}")) == verdict.event_id
                    )
                    assert (
                        db.scalar(
                            select(func.count()).select_from(PackedUnit).where(PackedUnit.session_id == view.session_id)
                        )
                        == n + 1
                    )
            finally:
                other.dispose()
            assert after.units_scanned == n + 1
        # The claim read the order in: from the first scan on, every scan stays within the budget.
        assert max(per_scan) <= MAX_STATEMENTS, per_scan
    finally:
        store.dispose()


# PostgreSQL joins statements with data-modifying CTEs (the station seen with the session held; the scan's
# journal row with its unit; the session's new step with its journal rows), SQLite runs them one by one.
SCAN_STATEMENTS = {"sqlite": MAX_STATEMENTS, "postgresql": 3}
# The five, then the state change and the plan: the session UPDATEd once, with their two journal rows.
COMPLETING_STATEMENTS = {"sqlite": 7, "postgresql": 4}


def test_the_scan_that_completes_an_order_is_one_commit_from_the_cached_progress(
    floor_file: tuple[Path, object, int, int], tmp_path: Path
) -> None:
    """The last unit moves the order to the box step: one commit, the state change and the plan made at the claim
    journaled, no reload of the order (16 statements before, 7 now), and the screen gets what a restarted station
    reads back."""
    template, floor, small, _large = floor_file
    (tmp_path / "station.db").write_bytes(template.read_bytes())
    store = open_store(f"sqlite:///{tmp_path / 'station.db'}", migrate=False)
    try:
        service = PackingService(store, floor.stations[0])  # type: ignore[attr-defined]
        service.ready_plan = lambda order_id: {"boxes": [{"box": "BOX-M"}]}
        user = service.sign_in(floor.badges[0], PIN)  # type: ignore[attr-defined]
        view = service.claim(user.id, small)
        for n, line in enumerate(view.lines[:-1]):
            service.scan(view.session_id, line.barcode, scan_id=f"done-{n}")
        with counting(store) as seen:
            verdict, after = service.scan(view.session_id, view.lines[-1].barcode, scan_id="done-last")
        assert verdict.code == "accepted" and after.state.value == "box"
        assert seen["commits"] == 1 and len(seen["statements"]) <= COMPLETING_STATEMENTS["sqlite"], seen  # type: ignore[arg-type]
        with store.sessions() as db:
            rows = db.execute(
                select(Event.id, Event.kind, Event.code).where(Event.session_id == view.session_id).order_by(Event.id)
            ).all()
        assert [(k, c) for _i, k, c in rows[-3:]] == [("scan", "accepted"), ("state", "box"), ("note", "plan")]
        assert verdict.event_id == rows[-3][0]  # the scan's own journal row
        fresh = PackingService(store, floor.stations[0]).view(view.session_id)  # type: ignore[attr-defined]
        assert after == fresh
    finally:
        store.dispose()


@pytest.mark.parametrize("kind", ["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def test_the_completing_scan_stores_its_step_and_plan_as_a_restarted_station_reads_them(
    kind: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """The state change and the plan are written without the ORM (one statement with their journal rows on
    PostgreSQL): the session row holds them, the journal has them in order after the scan, the next action
    (confirming the planned box) works from the cache, and a fresh service reads back what the screen got."""
    url = f"sqlite:///{tmp_path / 'step.db'}" if kind == "sqlite" else request.getfixturevalue("pg_url")
    store = open_store(url)
    try:
        floor = build_floor(store, skus=5)
        order_id = add_orders(store, floor, 1, 3, prefix=f"STEP-{kind}-")[0]
        plan = {"boxes": [{"box": "M", "items": []}]}
        service = PackingService(store, floor.stations[0])  # type: ignore[attr-defined]
        service.ready_plan = lambda _order_id: plan
        user = service.sign_in(floor.badges[0], PIN)  # type: ignore[attr-defined]
        view = service.claim(user.id, order_id)
        for n, line in enumerate(view.lines[:-1]):
            with counting(store) as seen:
                verdict, _view = service.scan(view.session_id, line.barcode, scan_id=f"{kind}-step-{n}")
            assert verdict.code == "accepted", verdict
            if n:  # from the second scan on, the progress is cached
                assert len(seen["statements"]) <= SCAN_STATEMENTS[kind], seen  # type: ignore[arg-type]
        with counting(store) as seen:
            verdict, after = service.scan(view.session_id, view.lines[-1].barcode, scan_id=f"{kind}-step-last")
        assert verdict.code == "accepted" and after.state.value == "box", verdict
        assert seen["commits"] == 1 and len(seen["statements"]) <= COMPLETING_STATEMENTS[kind], seen  # type: ignore[arg-type]
        with store.sessions() as db:
            stored = db.get(PackSession, view.session_id)
            assert stored is not None and (stored.state, stored.plan) == ("box", plan)
            rows = db.execute(
                select(Event.kind, Event.code, Event.detail)
                .where(Event.session_id == view.session_id)
                .order_by(Event.id)
            ).all()
        assert [(k, c) for k, c, _d in rows[-3:]] == [("scan", "accepted"), ("state", "box"), ("note", "plan")]
        assert rows[-1][2] == {"boxes": ["M"]}
        assert PackingService(store, floor.stations[0]).view(view.session_id) == after  # type: ignore[attr-defined]
        box = service.confirm_box(view.session_id, floor.box_barcode)  # type: ignore[attr-defined]
        assert box.code == "box_confirmed", box
    finally:
        store.dispose()


def _fresh_view(store: Store, session_id: int) -> SessionView:
    """What a station started now would show for the session (a new service: no cache at all)."""
    return PackingService(store, "BENCH-01", FixedClock(NOW)).view(session_id)


def test_every_answer_is_what_a_restarted_station_reads_back(packing_world) -> None:  # type: ignore[no-untyped-def]
    store, world, service = packing_world
    order_id = add_order(store, world, "CACHE-1", [("MUG", 3), ("TEA", 30), ("PHONE", 1), ("SOCK", 2)])
    view = service.claim(world.packer_id, order_id)
    sid = view.session_id
    mug, tea = view.lines[0].line_id, view.lines[1].line_id
    steps = [
        lambda: service.scan(sid, GTIN_MUG, scan_id="c-1"),
        lambda: service.scan(sid, GTIN_MUG, scan_id="c-2"),
        lambda: service.scan(sid, "4006381333932", scan_id="c-3"),  # the mug's GTIN with a wrong check digit
        lambda: service.scan(sid, "NOT-A-CODE", scan_id="c-4"),
        lambda: service.scan(sid, "BOX-M", scan_id="c-5"),  # a box where an item was expected
        lambda: service.scan(sid, GTIN_TEA_CASE, scan_id="c-6"),  # a case of 6 teas: 6
        lambda: service.scan(sid, GTIN_TEA, scan_id="c-7"),  # 7
        lambda: service.scan(sid, "]C101" + GTIN_TEA_CASE, scan_id="c-8"),  # 13
        lambda: service.scan(sid, GTIN_MUG, scan_id="c-2"),  # a resent scan id: replayed, nothing added
        lambda: service.undo_last(sid),  # the case again: 7
        lambda: service.scan(sid, GTIN_TEA, scan_id="c-9"),  # 8
        lambda: service.remove_unit(sid, mug, "dented"),  # mugs: 1
        lambda: service.scan(sid, GTIN_PHONE, scan_id="c-10"),  # serial required, none scanned
        lambda: service.scan(sid, "]d2010" + GTIN_PHONE + "21SN-1", scan_id="c-11"),  # GS1 DataMatrix with serial
        lambda: service.scan(sid, GTIN_MUG, scan_id="c-12"),
        lambda: service.scan(sid, GTIN_MUG, scan_id="c-13"),  # mugs: 3 of 3
        lambda: service.scan(sid, GTIN_MUG, scan_id="c-14"),  # a fourth mug
        lambda: service.scan(sid, "VND-SOCK-01", scan_id="c-15"),
        lambda: service.enter_quantity(sid, tea, 22),  # typed: 8 + 22 = 30
        lambda: service.scan(sid, "VND-SOCK-01", scan_id="c-16"),  # the last unit
    ]
    codes = []
    for step in steps:
        verdict, shown = step()
        codes.append(verdict.code)
        assert shown == _fresh_view(store, sid), f"after {verdict.code}"
    assert codes == [
        "accepted",
        "accepted",
        "bad_check_digit",
        "unknown_barcode",
        "unexpected_barcode",
        "accepted",
        "accepted",
        "accepted",
        "accepted",
        "undone",
        "accepted",
        "unit_removed",
        "serial_required",
        "accepted",
        "accepted",
        "accepted",
        "over_scan",
        "accepted",
        "accepted",
        "accepted",
    ], codes
    assert shown.lines[1].line_id == tea and shown.units_scanned == shown.units_ordered
    assert shown.state.value != "scanning"  # the last unit moved the order on, as a restart would show


def test_a_change_made_by_another_service_is_seen_by_the_next_scan(packing_world) -> None:  # type: ignore[no-untyped-def]
    store, world, service = packing_world
    order_id = add_order(store, world, "CACHE-2", [("MUG", 5), ("SOCK", 1)])
    sid = service.claim(world.packer_id, order_id).session_id
    for n in range(3):
        service.scan(sid, GTIN_MUG, scan_id=f"o-{n}")
    # The same bench restarted in another process (or the CLI) takes a unit out: the first service's next scan
    # must count from the store, not from what it remembered.
    other = PackingService(store, "BENCH-01", FixedClock(NOW))
    other.undo_last(sid)
    verdict, shown = service.scan(sid, GTIN_MUG, scan_id="o-3")
    assert verdict.code == "accepted" and shown.lines[0].scanned == 3
    assert shown == _fresh_view(store, sid)


def test_a_claim_moved_to_another_bench_stops_the_cached_session(packing_world) -> None:  # type: ignore[no-untyped-def]
    store, world, service = packing_world
    order_id = add_order(store, world, "CACHE-3", [("MUG", 5)])
    sid = service.claim(world.packer_id, order_id).session_id
    service.scan(sid, GTIN_MUG, scan_id="m-1")
    service.scan(sid, GTIN_MUG, scan_id="m-2")
    service.release_claim(order_id, world.lead_badge, LEAD_PIN, "bench 1 broke down")
    bench2 = PackingService(store, "BENCH-02", FixedClock(NOW))
    bench2.resume(world.packer2_id, order_id)
    with pytest.raises(DomainError) as refused:
        service.scan(sid, GTIN_MUG, scan_id="m-3")
    assert refused.value.code == "session_elsewhere"
    _verdict, shown = bench2.scan(sid, GTIN_MUG, scan_id="m-4")
    assert shown.lines[0].scanned == 3 and shown.station == "BENCH-02"
    with store.sessions() as db:
        assert db.scalar(select(Event.id).where(Event.event_uuid == "m-3")) is None


@pytest.mark.parametrize("kind", ["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def test_a_bench_works_on_one_pooled_connection(kind: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    """Sign-in (which registers a new bench), claim and scans never need a second connection: with a pool of one
    and no overflow, a second checkout would wait out the timeout and fail."""
    from packstation.store.db import make_engine, make_session_factory, upgrade

    url = f"sqlite:///{tmp_path / 'one.db'}" if kind == "sqlite" else request.getfixturevalue("pg_url")
    setup = open_store(url)
    floor = build_floor(setup, skus=5, stations=0)
    order_id = add_orders(setup, floor, 1, 3, prefix="ONE-")[0]
    setup.dispose()
    engine = make_engine(url, pool_size=1, max_overflow=0, pool_timeout=2)
    upgrade(engine)
    store = Store(engine=engine, sessions=make_session_factory(engine), url=url)
    try:
        service = PackingService(store, "NEW-BENCH-7")  # not registered yet: the sign-in registers it
        user = service.sign_in(floor.badges[0], PIN)  # type: ignore[attr-defined]
        view = service.claim(user.id, order_id)
        for n, line in enumerate(view.lines):
            verdict, view = service.scan(view.session_id, line.barcode, scan_id=f"one-{n}")
            assert verdict.code == "accepted", verdict
        assert view.station == "NEW-BENCH-7" and view.units_scanned == 3
    finally:
        store.dispose()
