"""Incidents and replacements through the services (SQLite and PostgreSQL): a complaint against a shipped order
creates a linked replacement at high priority that "next order" serves first, whose slips hold the apology and its
coupon without any campaign set up, and the error counts back to the packer, station and SKU that packed it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from packstation.domain.errors import DomainError
from packstation.domain.importing import ImportRejected
from packstation.domain.ports import FixedClock
from packstation.domain.report_views import ReportFilter
from packstation.services.marketing.service import MarketingService
from packstation.services.packing.service import PackingService
from packstation.services.reports.service import ReportService
from packstation.services.shipping.incidents import IncidentService
from packstation.services.site.importing import import_file
from packstation.store.db import transaction
from packstation.store.models import (
    Campaign,
    CustomerIncident,
    Event,
    Incident,
    Order,
    PackedUnit,
    PackSession,
    Station,
)
from tests.helpers.packing_data import add_order, build_world

UTC = dt.UTC
SHIPPED_AT = dt.datetime(2025, 3, 3, 10, tzinfo=UTC)
NOW = dt.datetime(2025, 3, 5, 9, tzinfo=UTC)


def _ship(
    store,
    world,
    ref: str,
    lines: list[tuple[str, int]],
    station: str = "BENCH-02",  # type: ignore[no-untyped-def]
    packer: int | None = None,
) -> int:
    """An order packed (every unit in the box) and closed at `station` by `packer`."""
    order_id = add_order(store, world, ref, lines)
    with transaction(store.sessions) as db:
        order = db.get(Order, order_id)
        station_id = db.scalar(select(Station.id).where(Station.code == station))
        session = PackSession(
            order_id=order_id,
            station_id=station_id,
            user_id=packer or world.packer_id,
            state="closed",
            started_at=SHIPPED_AT - dt.timedelta(minutes=4),
            ended_at=SHIPPED_AT,
        )
        db.add(session)
        db.flush()
        for line in order.lines:
            event = Event(
                event_uuid=f"scan-{ref}-{line.line_no}",
                at=SHIPPED_AT,
                kind="scan",
                code="accepted",
                order_id=order_id,
                session_id=session.id,
                station_id=station_id,
                user_id=session.user_id,
                sku_id=line.sku_id,
                order_line_id=line.id,
                quantity=line.quantity,
            )
            db.add(event)
            db.flush()
            db.add(PackedUnit(session_id=session.id, order_line_id=line.id, event_id=event.id, quantity=line.quantity))
        order.status, order.closed_at = "closed", SHIPPED_AT
    return order_id


def test_a_complaint_makes_a_replacement_with_an_apology_and_counts_back(store) -> None:  # type: ignore[no-untyped-def]
    world = build_world(store)
    shipped = _ship(store, world, "S100", [("MUG", 2), ("TEA", 3)], packer=world.packer2_id)
    older = add_order(store, world, "WAITING", [("SOCK", 1)])  # placed long before the replacement
    incidents = IncidentService(store.sessions, clock=FixedClock(NOW))
    view = incidents.record(shipped, "damaged", {1: 1}, note="mug arrived broken", lead_id=world.lead_id)

    assert view.order_ref == "S100" and view.replacement_ref == "S100-R1" and view.replacement_status == "new"
    assert [(ln.line_no, ln.sku, ln.quantity, ln.packer, ln.station) for ln in view.lines] == [
        (1, "MUG", 1, "Quinn Second", "BENCH-02")
    ]
    with store.sessions() as db:
        replacement = db.get(Order, view.replacement_order_id)
        assert replacement.replacement_of_id == shipped and replacement.priority == 9
        assert [(ln.sku_id, ln.quantity) for ln in replacement.lines] == [(world.skus["MUG"], 1)]
        assert replacement.ship_name == "Åsa Ødegård"
        assert (
            db.scalar(select(func.count()).select_from(CustomerIncident).where(CustomerIncident.resolved.is_(False)))
            == 1
        )
        assert db.scalar(select(Campaign.name).where(Campaign.kind == "apology")) == "Apology after an incident"

    # "Next order" serves the replacement before the older order.
    packing = PackingService(store, "BENCH-01", FixedClock(NOW))
    served = packing.next_order(world.packer_id)
    assert served is not None and served.order_ref == "S100-R1"
    assert older != served.order_id

    # Its slips hold the apology with a coupon, without anyone having set up a campaign.
    marketing = MarketingService(store.sessions, clock=FixedClock(NOW))
    issued = marketing.issue_slips(view.replacement_order_id)
    apology = [s for s in issued.slips if s.kind == "apology"]
    assert len(apology) == 1 and (apology[0].coupon_code or "").startswith("SORRY")

    # The error counts back to the packer, station and SKU where it was made.
    board = ReportService(store.sessions).dashboard(
        ReportFilter(NOW - dt.timedelta(hours=1), NOW + dt.timedelta(hours=1))
    )
    assert [(e.label, e.error_type, e.count) for e in board.errors_by_packer] == [
        ("Quinn Second", "incident_damaged", 1)
    ]
    assert [(e.label, e.error_type, e.count) for e in board.errors_by_station] == [("BENCH-02", "incident_damaged", 1)]
    assert [(s.sku, s.error_type, s.count) for s in board.errors_by_sku] == [("MUG", "incident_damaged", 1)]
    drill = ReportService(store.sessions).error_events(board.filter, error_type="incident_damaged")
    assert [(e.order_ref, e.user, e.station, e.sku, e.detail["replacement"]) for e in drill] == [
        ("S100", "Quinn Second", "BENCH-02", "MUG", "S100-R1")
    ]
    again = incidents.shipped_order("ORD-S100")
    assert [i.replacement_ref for i in again.incidents] == ["S100-R1"]


def test_refusals_name_what_is_wrong(store) -> None:  # type: ignore[no-untyped-def]
    world = build_world(store)
    shipped = _ship(store, world, "S200", [("MUG", 2)])
    open_order = add_order(store, world, "OPEN", [("MUG", 1)])
    incidents = IncidentService(store.sessions, clock=FixedClock(NOW))
    cases = [
        (open_order, "damaged", {1: 1}, "incident_not_shipped", "Order OPEN has not been shipped (status new)"),
        (shipped, "damaged", {}, "incident_no_lines", "Choose at least one line of order S200"),
        (
            shipped,
            "missing_item",
            {1: 3},
            "incident_too_many",
            "Line 1 of order S200 shipped 2 units; the complaint names 3.",
        ),
        (shipped, "wrong_item", {4: 1}, "incident_unknown_line", "Order S200 has no line 4."),
        (shipped, "late", {1: 1}, "incident_bad_kind", "not 'late'"),
    ]
    for order_id, kind, lines, code, words in cases:
        with pytest.raises(DomainError) as caught:
            incidents.record(order_id, kind, lines)
        assert caught.value.code == code and words in str(caught.value)
    with store.sessions() as db:
        assert db.scalar(select(func.count()).select_from(Incident)) == 0
        assert db.scalar(select(func.count()).select_from(Order)) == 2  # no replacement half-made


def _csv(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "incidents.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_import_incidents_all_or_nothing_and_idempotent(store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    world = build_world(store)
    _ship(store, world, "S300", [("MUG", 2), ("TEA", 3)])
    _ship(store, world, "S301", [("SOCK", 1)])
    add_order(store, world, "S302", [("MUG", 1)])  # not shipped
    bad = _csv(
        tmp_path,
        "merchant,order_ref,incident_ref,kind,line_no,sku,quantity,note\n"
        "ACME,S300,Z-1,damaged,1,,1,broken\n"
        "ACME,S300,Z-1,missing_item,2,,1,\n"
        "ACME,S302,Z-2,damaged,,MUG,1,\n"
        "ACME,S301,Z-3,wrong_item,,PHONE,1,\n"
        "ACME,S301,Z-4,wrong_item,1,,5,\n"
        "ACME,NOPE,Z-5,damaged,1,,1,\n"
        "ACME,S300,Z-6,lost,1,,1,\n"
        "ACME,S300,Z-7,damaged,,,1,\n",
    )
    with pytest.raises(ImportRejected) as caught:
        import_file(store, "incidents", bad, now=NOW)
    text = str(caught.value)
    for expected in (
        "row 3, column 'kind': differs from the first row of complaint Z-1 (row 2): 'missing_item' vs 'damaged'",
        "row 4, column 'order_ref': order S302 has not been shipped (status new)",
        "row 5, column 'sku': SKU PHONE is not on order S301",
        "row 6, column 'quantity': line 1 of order S301 shipped 1 units, not 5",
        "row 7, column 'order_ref': merchant ACME has no order 'NOPE'",
        "row 8, column 'kind': must be one of damaged, wrong_item, missing_item, not 'lost'",
        "row 9, column 'line_no': give the line_no or the sku",
    ):
        assert expected in text
    with store.sessions() as db:
        assert db.scalar(select(func.count()).select_from(Incident)) == 0
        assert db.scalar(select(func.count()).select_from(Order).where(Order.replacement_of_id.is_not(None))) == 0
    good = _csv(
        tmp_path,
        "merchant,order_ref,incident_ref,kind,line_no,sku,quantity,note\n"
        "ACME,S300,Z-1,missing_item,2,,1,one tea missing\n"
        "ACME,S300,Z-1,missing_item,,MUG,2,\n"
        "ACME,S301,Z-3,wrong_item,1,,1,got a hat\n",
    )
    result = import_file(store, "incidents", good, now=NOW)
    assert (result.created, result.unchanged, result.detail["replacement_lines"]) == (2, 0, 3)
    with store.sessions() as db:
        lines = {
            o.external_ref: sorted((ln.line_no, ln.quantity) for ln in o.lines)
            for o in db.scalars(select(Order).where(Order.replacement_of_id.is_not(None)))
        }
    assert lines == {"S300-R1": [(1, 2), (2, 1)], "S301-R1": [(1, 1)]}
    again = import_file(store, "incidents", good, now=NOW)
    assert (again.created, again.unchanged) == (0, 2)


def test_cli_cutoff_then_orders_then_the_sample_incidents(sqlite_store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """`packstation site cutoff`, `import orders` and `import incidents` on the sample files, as the docs show."""
    from click.testing import CliRunner

    from packstation.cli import main
    from packstation.resources import resource_path

    url = str(sqlite_store.engine.url)
    runner = CliRunner()

    def run(*args: str) -> str:
        result = runner.invoke(main, [*args, "--db", url])
        assert result.exit_code == 0, result.output
        return result.output

    run("import", "catalog", str(resource_path("sample_data", "catalog.csv")))
    bad = runner.invoke(main, ["site", "cutoff", "BORGEN", "2pm", "--db", url])
    assert bad.exit_code != 0 and "cut-off must be a time of day like 14:00, not '2pm'" in bad.output
    assert "BORGEN: placed before 14:00 (Europe/Oslo) ships the same day" in run(
        "site", "cutoff", "BORGEN", "14:00", "--tz", "Europe/Oslo"
    )
    assert "cutoff BORGEN: placed before 14:00 (Europe/Oslo) ships the same day" in run("site", "show")
    run("import", "orders", str(resource_path("sample_data", "orders.csv")))
    with transaction(sqlite_store.sessions) as db:
        orders = {o.external_ref: o for o in db.scalars(select(Order))}
        # BG-5001 was placed 2025-03-01 09:12 Oslo, before 14:00: it ships by that day's end (23:00 UTC).
        assert orders["BG-5001"].ship_by == dt.datetime(2025, 3, 1, 23, tzinfo=UTC)
    # Not packed yet: refused, both rows named.
    refused = runner.invoke(
        main, ["import", "incidents", str(resource_path("sample_data", "incidents.csv")), "--db", url]
    )
    assert refused.exit_code == 1
    assert "incidents.csv, row 2, column 'order_ref': order BG-5001 has not been shipped (status new)" in refused.output
    assert "incidents.csv, row 3, column 'order_ref': order BG-5003 has not been shipped (status new)" in refused.output
    with transaction(sqlite_store.sessions) as db:
        for ref in ("BG-5001", "BG-5003"):
            order = db.scalar(select(Order).where(Order.external_ref == ref))
            order.status, order.closed_at = "closed", SHIPPED_AT
    out = run("import", "incidents", str(resource_path("sample_data", "incidents.csv")))
    assert "incidents.csv: 2 rows; complaints: 2 new, 0 updated, 0 unchanged, 2 replacement lines" in out
    assert "0 new, 0 updated, 2 unchanged" in run(
        "import", "incidents", str(resource_path("sample_data", "incidents.csv"))
    )
    with sqlite_store.sessions() as db:
        replacements = {
            o.external_ref: o.priority for o in db.scalars(select(Order).where(Order.replacement_of_id.is_not(None)))
        }
    assert replacements == {"BG-5001-R1": 9, "BG-5003-R1": 9}
