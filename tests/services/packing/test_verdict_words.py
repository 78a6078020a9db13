"""Every verdict the packing service returns reads in the packer's language: driven through the real service on a
real SQLite file, each answer fills a translated template of gui/messages.py DETAILS from its own params (never the
service's English sentence), with the values the packer needs (SKU, lot, grams, serial...) in it."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from packstation.config import Settings
from packstation.domain.ports import FixedClock
from packstation.domain.vocabulary import VerdictCode
from packstation.gui.i18n import switch_language
from packstation.gui.i18n_catalog import placeholders
from packstation.gui.messages import DETAILS, HEADLINES, VOCABULARY, detail_key, verdict_text
from packstation.services.packing.station import StationService
from packstation.services.views import VerdictView
from packstation.store.db import transaction
from packstation.store.models.catalog import Box, Merchant, Sku
from tests.helpers.packing_data import (
    GTIN_BATTERY,
    GTIN_GLASS,
    GTIN_MILK,
    GTIN_MUG,
    GTIN_PHONE,
    GTIN_TEA,
    GTIN_TEA_CASE,
    LEAD_PIN,
    NOW,
    add_order,
)

# Codes the journal knows but no service call returns as its answer: a replayed scan id returns the stored verdict
# (params["replayed"]), and a claim returns the session, not a verdict.
NOT_RETURNED = {"duplicate_scan_id", "order_claimed"}
# Shapes from LabelService.verify_label and the printer path, proven in the label tests, not driven here.
LABEL_SERVICE = {key for key in DETAILS if key.startswith("wrong_label:")} | {"label_not_printed"}
# A marketing slip's barcode scanned as an item: this world has no campaigns, so no slip rows.
NOT_IN_THIS_WORLD = {"unexpected_barcode:slip"}
# Words for a kind of non-item barcode that has no own variant: every kind the scan path names has one.
FALLBACK_ONLY = {"unexpected_barcode"}
# A multi-box order weighed box by box: proven in tests/services/packing/test_package_weights.py.
MULTI_BOX = {"weight_ok:next_box"}


def _sscc(body17: str) -> str:
    """An SSCC-18 with its GS1 mod-10 check digit, as a GS1-128 scan (AI 00)."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body17)))
    return "]C100" + body17 + str((10 - total % 10) % 10)


def _rules(store: Any, rules: dict[str, Any]) -> None:
    with transaction(store.sessions) as db:
        db.scalars(select(Merchant)).one().qc_rules = rules


def _add_box(store: Any, code: str, inner: tuple[int, int, int], max_g: int) -> None:
    with transaction(store.sessions) as db:
        db.add(
            Box(
                code=code,
                barcode=f"BOX-{code}",
                name=f"Box {code}",
                inner_length_mm=inner[0],
                inner_width_mm=inner[1],
                inner_height_mm=inner[2],
                outer_length_mm=inner[0] + 6,
                outer_width_mm=inner[1] + 6,
                outer_height_mm=inner[2] + 6,
                empty_weight_g=300,
                max_weight_g=max_g,
                cost=Decimal("0.50"),
            )
        )


def _every_verdict(packing_world: Any, tmp_path: Path) -> list[VerdictView]:
    """Drive the service through every verdict it can answer with; returns them in order."""
    store, world, service = packing_world
    got: list[VerdictView] = []

    def keep(result: Any) -> Any:
        verdict = result[0] if isinstance(result, tuple) else result
        got.append(verdict)
        return result

    # Item scans: wrong, unreadable, unknown, not an item, too fast, accepted, one too many.
    add_order(store, world, "W1", [("MUG", 1), ("TEA", 30)], tote="TOTE-W1")
    view = service.claim(world.packer_id, "ORD-W1")
    sid, mug, tea = view.session_id, view.lines[0].line_id, view.lines[1].line_id
    keep(service.undo_last(sid))  # nothing_to_undo
    for text in (
        GTIN_PHONE,
        "4006381333932",
        "NOT-A-THING",
        "\r",
        "BOX-M",
        world.lead_badge,
        "ORD-W1",
        "TOTE-W1",
        _sscc("37012345000000001"),
        "ORD+W1",
        "CMD-NOSUCH",
        "ord-w1",
    ):  # ORD+W1: a US-set scanner on a
        # Norwegian bench; ord-w1: Caps Lock on
        keep(service.scan(sid, text))
    keep(service.scan(sid, GTIN_MUG))
    keep(service.scan(sid, GTIN_MUG, too_fast=True))
    keep(service.scan(sid, GTIN_MUG))  # over_scan: the line is complete
    # Typed quantities: accepted, zero, over the line, over the SKU's limit, a SKU that is scanned unit by unit.
    for line, quantity in ((tea, 26), (tea, 0), (tea, 5), (tea, 51), (mug, 1)):
        keep(service.enter_quantity(sid, line, quantity, world.packer_id))
    keep(service.scan(sid, "]C101" + GTIN_TEA_CASE))  # a case of 6 where 4 are missing: over_scan "pack"
    keep(service.scan(sid, GTIN_TEA))
    keep(service.undo_last(sid, world.packer_id))
    keep(service.remove_unit(sid, tea, "Damaged", world.packer_id))
    keep(service.scan(sid, "CMD-SUSPEND\r"))
    keep(service.override(sid, "short_ship", world.lead_badge, LEAD_PIN, "Customer asked"))
    service.suspend(sid, "next")

    # Serials: missing, several units on one serial, a serial already packed.
    add_order(store, world, "W2", [("PHONE", 3)])
    sid = service.claim(world.packer_id, "ORD-W2").session_id
    gs1 = "]C101" + "0" + GTIN_PHONE
    for text in (GTIN_PHONE, gs1 + "302\x1d21SN-5", gs1 + "21SN-1", gs1 + "21SN-1"):
        keep(service.scan(sid, text))
    service.suspend(sid, "lunch")

    # Lot and shelf life from the scan; then the typed lot and expiry checks that fail.
    add_order(store, world, "W3", [("MILK", 1, "L7")])
    view = service.claim(world.packer_id, "ORD-W3")
    sid, milk = view.session_id, view.lines[0].line_id
    milk_scan = "]C101" + "0" + GTIN_MILK + "17"
    for text in (
        milk_scan + "250601" + "10L8",
        milk_scan + "250310" + "10L7",
        milk_scan + "250210" + "10L7",
        milk_scan + "250601" + "10L7",
    ):
        keep(service.scan(sid, text))
    keep(service.record_qc(sid, "lot", True, line_id=milk, value="L9"))
    keep(service.record_qc(sid, "expiry", True, line_id=milk, value="2025-03-10"))
    service.suspend(sid, "wrong lot")

    # Damage, fragile, gift, hazmat on an air service, serials typed in, the weight on the scale.
    _rules(store, {"damage_inspection": True, "weight_check": True, "categories": {"": {"serial_capture": True}}})
    add_order(store, world, "W4", [("GLASS", 1), ("MUG", 2), ("BATT", 1)], gift=True, service="air")
    view = service.claim(world.packer_id, "ORD-W4")
    sid, glass, mugs = view.session_id, view.lines[0].line_id, view.lines[1].line_id
    for text in (GTIN_GLASS, GTIN_MUG, GTIN_MUG, GTIN_BATTERY):
        service.scan(sid, text)
    keep(service.record_qc(sid, "damage", False, line_id=mugs))
    service.scan(sid, GTIN_MUG)
    keep(service.record_qc(sid, "fragile", True, line_id=glass))  # the banner of the Norwegian packer's report
    keep(service.record_qc(sid, "fragile", False, line_id=glass))
    keep(service.record_qc(sid, "gift", False))
    keep(service.record_qc(sid, "gift", True))
    keep(service.record_qc(sid, "hazmat", True))  # blocked: hazardous goods cannot fly
    keep(service.record_qc(sid, "serial", True, line_id=mugs, value="M-1"))
    keep(service.record_qc(sid, "serial", True, line_id=mugs, value="M-1"))
    keep(service.record_qc(sid, "serial", True, line_id=mugs, value="M-2"))
    _rules(store, {})
    service.suspend(sid, "hazmat")

    # The box (unknown, confirmed, another one), the weight, slips and labels.
    _rules(store, {"weight_check": True})
    add_order(store, world, "W5", [("MUG", 1)])
    sid = service.claim(world.packer_id, "ORD-W5").session_id
    service.set_plan(sid, {"boxes": [{"box": "S", "placements": []}]})
    service.scan(sid, GTIN_MUG)
    keep(service.confirm_box(sid, "NO-SUCH-BOX"))
    keep(service.confirm_box(sid, "BOX-S"))
    keep(service.confirm_box(sid, "BOX-M"))  # replaces the confirmed box: noted as a deviation (no priced plan)
    keep(service.record_weight(sid, 550))  # the 350 g mug in box M (tare 200 g)
    keep(service.record_weight(sid, 2000))
    _rules(store, {})
    service.register_slips(sid, ["SLIP-A", "SLIP-B"])
    for text in ("SLIP-OTHER", "SLIP-A", "SLIP-A", "SLIP-B"):
        keep(service.scan(sid, text))
    service.register_labels(sid, ["TRK-1", "TRK-2"])
    for text in ("TRK-0", "TRK-1", "TRK-1", "TRK-2"):
        keep(service.scan(sid, text))
    service.suspend(sid, "next")

    # A priced plan and boxes that do not take it: too small, too weak, and one that does (priced deviation).
    _add_box(store, "XS", (90, 110, 70), 5000)
    _add_box(store, "WEAK", (300, 400, 300), 800)
    station = StationService(
        store, Settings(db_url=store.url, station="BENCH-01", print_dir=tmp_path / "prints"), clock=FixedClock(NOW)
    )
    add_order(store, world, "W6", [("MUG", 2)])
    sid = station.claim(world.packer_id, "ORD-W6").session_id
    station.scan(sid, GTIN_MUG)
    station.scan(sid, GTIN_MUG)
    for text in ("BOX-XS", "BOX-WEAK", "BOX-M" if station.view(sid).plan["boxes"][0]["box"] != "BOX-M" else "BOX-S"):
        keep(station.scan(sid, text))
    (printed_label,) = station.view(sid).labels_expected  # the station printed this order's label
    station.suspend(sid, "next")

    # No plan: a box that does not take the order, one that cannot carry it, another merchant's box.
    with transaction(store.sessions) as db:
        rival = Merchant(code="RIVAL", name="Rival")
        db.add(rival)
        db.flush()
        db.add(
            Box(
                code="THEIRS",
                barcode="BOX-THEIRS",
                name="Theirs",
                inner_length_mm=400,
                inner_width_mm=400,
                inner_height_mm=400,
                outer_length_mm=406,
                outer_width_mm=406,
                outer_height_mm=406,
                empty_weight_g=300,
                max_weight_g=20000,
                merchant_id=rival.id,
            )
        )
    add_order(store, world, "W6B", [("MUG", 2)])
    sid = service.claim(world.packer_id, "ORD-W6B").session_id
    service.scan(sid, GTIN_MUG)
    service.scan(sid, GTIN_MUG)
    for text in ("BOX-XS", "BOX-WEAK", "BOX-THEIRS"):
        keep(service.confirm_box(sid, text))
    service.suspend(sid, "next")

    # A SKU that must be scanned unit by unit, scanned as a case.
    with transaction(store.sessions) as db:
        db.execute(update(Sku).where(Sku.code == "TEA").values(scan_each=True))
    add_order(store, world, "W7", [("TEA", 6)])
    sid = service.claim(world.packer_id, "ORD-W7").session_id
    keep(service.scan(sid, "]C101" + GTIN_TEA_CASE))
    keep(service.scan(sid, printed_label))  # another order's shipping label where an item was expected
    return got


@pytest.fixture
def verdicts(packing_world: Any, tmp_path: Path, qapp: Any) -> Any:
    yield _every_verdict(packing_world, tmp_path)
    switch_language("en")


def test_every_verdict_code_has_a_headline_and_words() -> None:
    codes = {code.value for code in VerdictCode}
    assert codes <= set(HEADLINES), f"no headline: {codes - set(HEADLINES)}"
    assert codes <= set(DETAILS), f"no detail: {codes - set(DETAILS)}"
    assert {key.split(":")[0] for key in DETAILS} <= codes, "a DETAILS key names no verdict code"


def test_every_verdict_the_service_returns_reads_in_norwegian_with_its_values(verdicts: list[VerdictView]) -> None:
    seen = {detail_key(v) for v in verdicts}
    expected = set(DETAILS) - NOT_RETURNED - LABEL_SERVICE - NOT_IN_THIS_WORLD - FALLBACK_ONLY - MULTI_BOX
    assert expected <= seen, f"shapes never driven (add them here): {sorted(expected - seen)}"
    assert {v.code for v in verdicts} >= {c.value for c in VerdictCode} - NOT_RETURNED - {"label_not_printed"}
    english = {id(v): verdict_text(v)[1] for v in verdicts}
    switch_language("nb")
    for verdict in verdicts:
        headline, detail = verdict_text(verdict)
        key = detail_key(verdict)
        assert headline != HEADLINES[verdict.code] or headline == "OK", (verdict.code, headline)
        assert detail != verdict.message and detail != english[id(verdict)], (key, detail, verdict.message)
        for name in placeholders(DETAILS[key]) - set(VOCABULARY) - {"reason"}:
            assert str(verdict.params[name]) in detail, (key, name, detail)


def test_the_norwegian_words_a_packer_reads(verdicts: list[VerdictView]) -> None:
    switch_language("nb")
    by_key = {}
    for verdict in verdicts:
        by_key.setdefault(detail_key(verdict), verdict_text(verdict))
    assert by_key["qc_passed"] == ("KONTROLL OK", "Kontroll av skjør vare for GLASS: OK.")
    assert by_key["qc_failed:lot"][1] == "Parti L9 er ikke partiet L7 som denne linjen krever."
    assert by_key["unexpected_barcode:badge"][1] == "Det er et ansattkort. Skann strekkoden på varen."
    assert by_key["unit_removed"][1] == "1 × TEA tatt ut: Skadet"  # the preset reason in Norwegian too
    assert by_key["weight_mismatch"][1].startswith("Esken veier 2000 g, men skal veie")
    assert by_key["expired"][1] == "Denne enheten gikk ut på dato 2025-02-10. Legg den til side og ta en annen."
