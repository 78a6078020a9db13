"""On time and in full: ship-by from the import or the merchant's cut-off, the queue serving the most urgent order
first, and the dashboard / shift report figures per merchant (SQLite and PostgreSQL)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from packstation.documents.shift_csv import shift_csv_text
from packstation.documents.shift_report import write_shift_report
from packstation.domain.delivery import percentile_minutes, ship_by_from_cutoff, ship_minutes_step
from packstation.domain.importing import ImportRejected
from packstation.domain.ports import FixedClock
from packstation.domain.report_views import ReportFilter
from packstation.services.packing.service import PackingService
from packstation.services.reports.service import ReportService
from packstation.services.site.importing import import_file
from packstation.services.site.service import SiteService
from packstation.store.db import transaction
from packstation.store.models import Event, Merchant, Order, PackSession, Station
from tests.helpers.packing_data import add_order, build_world

UTC = dt.UTC
DAY = dt.datetime(2025, 3, 3, tzinfo=UTC)  # a Monday


def test_cutoff_same_day_before_next_day_after() -> None:
    # Oslo is UTC+1 in March: 12:59 UTC is 13:59 local (before 14:00), 13:00 UTC is 14:00 (not before).
    assert ship_by_from_cutoff(dt.datetime(2025, 3, 3, 12, 59, tzinfo=UTC), "14:00", "Europe/Oslo") == dt.datetime(
        2025, 3, 3, 23, 0, tzinfo=UTC
    )
    assert ship_by_from_cutoff(dt.datetime(2025, 3, 3, 13, 0, tzinfo=UTC), "14:00", "Europe/Oslo") == dt.datetime(
        2025, 3, 4, 23, 0, tzinfo=UTC
    )


EDGES = (0, 1, 119, 120, 121, 479, 480, 481, 2879, 2880, 2881, 20159, 20160, 20161, 50000)


def test_ship_times_round_up_to_their_step_never_down() -> None:
    assert [ship_minutes_step(m) for m in EDGES] == [
        0, 1, 119, 120, 125, 480, 480, 495, 2880, 2880, 2940, 20160, 20160, 21600, 50400,
    ]  # fmt: skip
    assert all(ship_minutes_step(m) >= m for m in range(0, 30000, 7))


def test_the_database_rounds_ship_times_as_the_rule_does(store) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import literal

    from packstation.store.queries.reports import ship_minutes

    with store.sessions() as db:
        dialect = store.engine.dialect.name
        rounded = [db.scalar(select(ship_minutes(literal(m * 60.0 + 59.9), dialect))) for m in EDGES]
    assert rounded == [ship_minutes_step(m) for m in EDGES]


def test_percentiles_by_nearest_rank() -> None:
    counts = [(10, 5), (20, 4), (300, 1)]
    assert percentile_minutes(counts, 0.5) == 10
    assert percentile_minutes(counts, 0.9) == 20
    assert percentile_minutes(counts, 0.95) == 300
    assert percentile_minutes([], 0.5) is None


def _orders_csv(tmp_path: Path, rows: list[dict[str, str]]) -> Path:
    path = tmp_path / "orders.csv"
    columns = ["merchant", "order_ref", "customer_ref", "sku", "quantity", "placed_at", "ship_by"]
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, columns)
        writer.writeheader()
        for row in rows:
            writer.writerow({"customer_ref": "C1", "sku": "MUG", "quantity": "1", "merchant": "ACME", **row})
    return path


def test_ship_by_from_import_or_cutoff_and_next_order_serves_most_urgent(store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    world = build_world(store)
    SiteService(store).set_ship_cutoff("ACME", "14:00", "Europe/Oslo")
    path = _orders_csv(
        tmp_path,
        [
            {"order_ref": "LATE-PROMISE", "placed_at": "2025-03-03T08:00:00Z", "ship_by": "2025-03-06T12:00:00Z"},
            {"order_ref": "AFTER-CUTOFF", "placed_at": "2025-03-03T15:00:00Z"},
            {"order_ref": "BEFORE-CUTOFF", "placed_at": "2025-03-03T11:00:00Z"},
            {"order_ref": "OLDEST-NO-HURRY", "placed_at": "2025-03-01T08:00:00Z", "ship_by": "2025-03-07T00:00:00Z"},
        ],
    )
    import_file(store, "orders", path, now=DAY + dt.timedelta(hours=16))
    with store.sessions() as s:
        ship_by = dict(s.execute(select(Order.external_ref, Order.ship_by)).all())
    assert ship_by["LATE-PROMISE"] == dt.datetime(2025, 3, 6, 12, tzinfo=UTC)  # the file's own
    assert ship_by["BEFORE-CUTOFF"] == dt.datetime(2025, 3, 3, 23, tzinfo=UTC)  # same day (Oslo midnight)
    assert ship_by["AFTER-CUTOFF"] == dt.datetime(2025, 3, 4, 23, tzinfo=UTC)  # the next day
    packing = PackingService(store, "BENCH-01", FixedClock(DAY + dt.timedelta(hours=16)))
    served = []
    for _ in range(4):
        view = packing.next_order(world.packer_id)
        assert view is not None
        served.append(view.order_ref)
        packing.suspend(view.session_id, "test: next one")
    assert served == ["BEFORE-CUTOFF", "AFTER-CUTOFF", "LATE-PROMISE", "OLDEST-NO-HURRY"]


def test_ship_by_before_placed_is_refused_with_its_row(store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    build_world(store)
    path = _orders_csv(
        tmp_path, [{"order_ref": "X1", "placed_at": "2025-03-03T08:00:00Z", "ship_by": "2025-03-02T08:00:00Z"}]
    )
    with pytest.raises(ImportRejected) as caught:
        import_file(store, "orders", path)
    assert "row 2, column 'ship_by': is before placed_at" in str(caught.value)


def _shipped(
    store,
    world,
    ref: str,
    placed: dt.datetime,
    closed: dt.datetime | None,  # type: ignore[no-untyped-def]
    ship_by: dt.datetime | None,
    *,
    short: bool = False,
    merchant_id: int | None = None,
) -> int:
    order_id = add_order(store, world, ref, [("MUG", 1)])
    with transaction(store.sessions) as db:
        order = db.get(Order, order_id)
        order.placed_at, order.ship_by = placed, ship_by
        if merchant_id is not None:
            order.merchant_id = merchant_id
        if closed is not None:
            station = db.scalar(select(Station.id).where(Station.code == "BENCH-01"))
            session = PackSession(
                order_id=order_id,
                station_id=station,
                user_id=world.packer_id,
                state="closed",
                started_at=closed - dt.timedelta(minutes=3),
                ended_at=closed,
            )
            db.add(session)
            db.flush()
            order.status, order.closed_at = "closed", closed
            if short:
                db.add(
                    Event(
                        event_uuid=f"short-{ref}",
                        at=closed,
                        kind="quantity",
                        code="short_ship",
                        error_type="short_ship",
                        order_id=order_id,
                        session_id=session.id,
                        station_id=station,
                        user_id=world.packer_id,
                    )
                )
    return order_id


def test_dashboard_and_shift_report_show_on_time_otif_order_to_ship_and_at_risk(store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    world = build_world(store)
    with transaction(store.sessions) as db:
        other = Merchant(code="BETA", name="Beta Shop")
        db.add(other)
        db.flush()
        beta = other.id
    h = dt.timedelta(hours=1)
    # ACME: 4 closed with a promise (3 on time, one of them short-shipped), 1 closed without a promise.
    _shipped(store, world, "A1", DAY + 8 * h, DAY + 9 * h, DAY + 20 * h)  # 60 min
    _shipped(store, world, "A2", DAY + 8 * h, DAY + 10 * h, DAY + 20 * h)  # 120 min
    _shipped(store, world, "A3", DAY + 8 * h, DAY + 11 * h, DAY + 20 * h, short=True)  # 180 min, not in full
    _shipped(store, world, "A4", DAY + 6 * h, DAY + 14 * h, DAY + 12 * h)  # 480 min, late
    _shipped(store, world, "A5", DAY + 7 * h, DAY + 12 * h, None)  # 300 min, no promise
    # BETA: one closed on time; open orders: one overdue, one due within the margin, one with time to spare.
    _shipped(store, world, "B1", DAY + 9 * h, DAY + 9 * h + dt.timedelta(minutes=30), DAY + 20 * h, merchant_id=beta)
    _shipped(store, world, "B-OVERDUE", DAY + 1 * h, None, DAY + 15 * h, merchant_id=beta)
    _shipped(store, world, "B-SOON", DAY + 2 * h, None, DAY + 16 * h + dt.timedelta(minutes=90), merchant_id=beta)
    _shipped(store, world, "B-LATER", DAY + 2 * h, None, DAY + 23 * h, merchant_id=beta)
    now = DAY + 16 * h
    reports = ReportService(store.sessions, clock=FixedClock(now))
    board = reports.dashboard(ReportFilter(DAY, DAY + 24 * h))
    by = {d.merchant: d for d in board.delivery}
    acme, beta_row = by["ACME"], by["BETA"]
    assert (acme.orders, acme.with_ship_by, acme.on_time, acme.otif) == (5, 4, 3, 2)
    assert acme.on_time_rate == pytest.approx(0.75) and acme.otif_rate == pytest.approx(0.5)
    assert (acme.p50_minutes, acme.p90_minutes) == (180, 480)
    assert (beta_row.orders, beta_row.on_time, beta_row.otif, beta_row.at_risk, beta_row.overdue) == (1, 1, 1, 2, 1)
    assert [o.order_ref for o in board.at_risk] == ["B-OVERDUE", "B-SOON"]
    assert board.at_risk[0].minutes_left == -60 and board.at_risk[1].minutes_left == 90
    total = board.delivery_total
    assert total is not None and (total.orders, total.on_time, total.otif, total.at_risk) == (6, 4, 3, 2)
    rows = list(csv.reader(io.StringIO(shift_csv_text(board))))
    assert ["delivery", "ACME", "on_time_rate", "0.75"] in rows
    assert ["delivery", "ACME", "otif_rate", "0.5"] in rows
    assert ["delivery", "ACME", "order_to_ship_p90_minutes", "480"] in rows
    assert ["at_risk", "B-OVERDUE", "minutes_left", "-60"] in rows
    pdf = tmp_path / "shift.pdf"
    write_shift_report(board, pdf)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    acme_line = next(line for line in text.splitlines() if line.strip().startswith("ACME"))
    assert acme_line.split() == [
        "ACME",
        "5",
        "4",
        "75.0",
        "%",
        "50.0",
        "%",
        "3",
        "h",
        "00",
        "min",
        "8",
        "h",
        "00",
        "min",
        "0",
        "0",
    ]
    assert "On time and in full" in text and "B-OVERDUE" in text and "-1 h 00 min" in text
