"""Issue #17 part 7: one namespace for codes. Order barcodes and totes never equal an item's or a box's barcode
(refused at import, either way round), CMD- is kept for commands (an unknown one is a stop, not a green "command"),
an unknown carrier + service pair is refused at import, and a box confirmed without a plan is still checked for fit,
weight and merchant. On SQLite and PostgreSQL; each test failed on main."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from packstation.app import Store
from packstation.domain.importing import ImportRejected
from packstation.domain.vocabulary import SessionState, Severity, VerdictCode
from packstation.resources import resource_path
from packstation.services.packing.service import PackingService
from packstation.services.site.importing import import_file
from packstation.store.db import transaction
from packstation.store.models import Barcode, Box, Merchant, Order
from tests.helpers.packing_data import GTIN_MUG, add_order, build_world

ORDER_HEAD = "merchant,order_ref,order_barcode,tote,carrier,service,customer_ref,first_name,sku,quantity\n"


@pytest.fixture
def sample(store: Store) -> Store:
    import_file(store, "catalog", resource_path("sample_data", "catalog.csv"))
    import_file(store, "boxes", resource_path("sample_data", "boxes.csv"))
    return store


def _count(store: Store, model: type) -> int:
    with transaction(store.sessions) as db:
        return int(db.scalar(select(func.count()).select_from(model)) or 0)


def _rejected(store: Store, kind: str, path: Path) -> str:
    with pytest.raises(ImportRejected) as rejected:
        import_file(store, kind, path)
    return str(rejected.value)


@pytest.mark.parametrize(
    ("barcode", "tote", "column", "clash"),
    [
        ("7031234000019", "", "order_barcode", "barcode of SKU BG-VASE-S"),  # a vase's GTIN as a pick ticket
        ("07031234000019", "", "order_barcode", "barcode of SKU BG-VASE-S"),  # the same GTIN written as 14 digits
        ("ORD-X1", "BOX-BG-S", "tote", "barcode of box BG-S"),
        ("ORD-X1", "BG-L", "tote", "barcode of box BG-L"),  # a box's code is read as the box too
        ("CMD-UNDO", "", "order_barcode", "command barcodes"),
        ("ORD-X1", "cmd-next", "tote", "command barcodes"),
    ],
)
def test_an_order_code_that_is_an_item_box_or_command_code_is_refused(
    sample: Store, tmp_path: Path, barcode: str, tote: str, column: str, clash: str
) -> None:
    path = tmp_path / "orders.csv"
    path.write_text(
        ORDER_HEAD + f"BORGEN,X-1,{barcode},{tote},posten,standard,C-1,Zofia,BG-THROW,1\n", encoding="utf-8"
    )
    message = _rejected(sample, "orders", path)
    assert f"column '{column}'" in message and clash in message
    assert _count(sample, Order) == 0


def test_an_item_or_box_barcode_that_is_an_order_code_is_refused(sample: Store, tmp_path: Path) -> None:
    orders = tmp_path / "orders.csv"
    orders.write_text(ORDER_HEAD + "BORGEN,X-2,ORD-X2,T-77,posten,standard,C-1,Zofia,BG-THROW,1\n", encoding="utf-8")
    import_file(sample, "orders", orders)
    barcodes, boxes_before = _count(sample, Barcode), _count(sample, Box)
    catalog = tmp_path / "catalog.csv"
    catalog.write_text("merchant,sku,description,vendor_code\nBORGEN,BG-NEW,New thing,ORD-X2\n", encoding="utf-8")
    assert "is the order barcode of order X-2" in _rejected(sample, "catalog", catalog)
    catalog.write_text("merchant,sku,description,vendor_code\nBORGEN,BG-NEW,New thing,CMD-ACK\n", encoding="utf-8")
    assert "command barcodes" in _rejected(sample, "catalog", catalog)
    assert _count(sample, Barcode) == barcodes
    boxes = tmp_path / "boxes.csv"
    boxes.write_text(
        "code,barcode,inner_length_mm,inner_width_mm,inner_height_mm,max_weight_g\nXL,T-77,500,400,400,30000\n",
        encoding="utf-8",
    )
    assert "is the tote of order X-2" in _rejected(sample, "boxes", boxes)
    assert _count(sample, Box) == boxes_before


@pytest.mark.parametrize(
    ("carrier", "service", "words"),
    [
        ("dhl", "standard", "carrier dhl has no service 'standard' (has: express, economy)"),
        ("fedex", "standard", "unknown carrier 'fedex'"),
        ("posten", "overnight", "carrier posten has no service 'overnight'"),
    ],
)
def test_a_carrier_and_service_the_label_step_does_not_know_is_refused_at_import(
    sample: Store, tmp_path: Path, carrier: str, service: str, words: str
) -> None:
    path = tmp_path / "orders.csv"
    path.write_text(ORDER_HEAD + f"BORGEN,X-3,,,{carrier},{service},C-1,Zofia,BG-THROW,1\n", encoding="utf-8")
    assert words in _rejected(sample, "orders", path)
    assert _count(sample, Order) == 0


def test_a_pair_the_site_routes_to_karrio_or_its_shipping_system_is_left_to_that_source(
    sample: Store, tmp_path: Path
) -> None:
    path = tmp_path / "orders.csv"
    path.write_text(
        ORDER_HEAD + "BORGEN,X-4,,,fedex,priority,C-1,Zofia,BG-THROW,1\nBORGEN,X-5,,,dhl,standard,C-2,Ola,BG-THROW,1\n",
        encoding="utf-8",
    )
    routed = {"fedex": "karrio:fedex", "BORGEN/dhl:standard": "https://wms.example/labels/{order_ref}"}
    assert import_file(sample, "orders", path, label_sources=routed).created == 2


def test_an_unknown_command_barcode_is_a_stop(store: Store) -> None:
    world = build_world(store)
    add_order(store, world, "C1", [("MUG", 1)])
    bench = PackingService(store, "BENCH-01")
    sid = bench.claim(world.packer_id, "ORD-C1").session_id
    verdict, _view = bench.scan(sid, "CMD-SELFDESTRUCT")
    assert (verdict.code, verdict.severity, verdict.must_acknowledge) == (
        VerdictCode.UNKNOWN_BARCODE,
        Severity.STOP,
        True,
    )
    assert verdict.params["variant"] == "command"
    known, _view = bench.scan(sid, "CMD-UNDO")
    assert known.code == VerdictCode.COMMAND and known.severity == Severity.OK


def _box(store: Store, code: str, inner: int, max_weight: int, merchant: str | None = None) -> None:
    with transaction(store.sessions) as db:
        merchant_id = None
        if merchant:
            other = Merchant(code=merchant, name=merchant)
            db.add(other)
            db.flush()
            merchant_id = other.id
        db.add(
            Box(
                code=code,
                barcode=f"BOX-{code}",
                name=code,
                inner_length_mm=inner,
                inner_width_mm=inner,
                inner_height_mm=inner,
                outer_length_mm=inner + 10,
                outer_width_mm=inner + 10,
                outer_height_mm=inner + 10,
                empty_weight_g=50,
                max_weight_g=max_weight,
                merchant_id=merchant_id,
            )
        )


@pytest.mark.parametrize(
    ("box", "inner", "max_weight", "merchant", "variant"),
    [
        ("XS", 40, 20000, None, "unplanned"),  # the mugs (100x80x60 mm) do not go in a 40 mm cube
        ("FLIMSY", 400, 500, None, "unplanned_heavy"),  # three 350 g mugs are over a 500 g limit
        ("THEIRS", 400, 20000, "RIVAL", "merchant"),  # another merchant's printed box
    ],
)
def test_a_box_confirmed_without_a_plan_is_checked_for_fit_weight_and_merchant(
    store: Store, box: str, inner: int, max_weight: int, merchant: str | None, variant: str
) -> None:
    world = build_world(store)
    _box(store, box, inner, max_weight, merchant)
    add_order(store, world, "B1", [("MUG", 3)])
    bench = PackingService(store, "BENCH-01")
    sid = bench.claim(world.packer_id, "ORD-B1").session_id
    for _ in range(3):
        bench.scan(sid, GTIN_MUG)
    verdict = bench.confirm_box(sid, f"BOX-{box}")
    assert (verdict.code, verdict.severity, verdict.params["variant"]) == (
        VerdictCode.BOX_DOES_NOT_FIT,
        Severity.STOP,
        variant,
    )
    assert bench.view(sid).state == SessionState.BOX  # not taken: the box step waits for one that fits
    assert bench.confirm_box(sid, "BOX-M").code == VerdictCode.BOX_CONFIRMED
