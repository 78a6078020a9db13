"""QC rules: which checks apply (SKU < merchant < category < SKU rules), when they are done, what a box weighs."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from packstation.domain.pins import hash_pin, verify_pin
from packstation.domain.qc import (
    CheckSpec,
    QcLine,
    QcOutcome,
    contents_signature,
    expected_weight,
    qc_status,
    required_checks,
    resolve_rules,
)
from packstation.domain.verdicts import SkuFacts

MUG = SkuFacts(1, "MUG", "Mug", category="kitchen")
GLASS = SkuFacts(2, "GLASS", "Glass", category="glassware", fragile=True)
PHONE = SkuFacts(3, "PHONE", "Phone", serial_required=True)
BATT = SkuFacts(4, "BATT", "Battery", hazmat_class="9")
MILK = SkuFacts(5, "MILK", "Milk", min_shelf_life_days=30, lot_tracked=True)


def checks(lines: list[QcLine], rules: dict | None = None, *, gift: bool = False, service: str = "standard"):
    return {(s.check, s.line_id) for s in required_checks(lines, rules, gift=gift, service=service)}


def test_checks_follow_the_skus_own_flags() -> None:
    got = checks([QcLine(1, MUG), QcLine(2, GLASS), QcLine(3, PHONE), QcLine(4, BATT), QcLine(5, MILK)])
    assert got == {("fragile", 2), ("serial", 3), ("hazmat", None), ("expiry", 5), ("lot", 5)}


def test_merchant_then_category_then_sku_rules() -> None:
    rules = {"damage_inspection": True, "weight_check": True, "categories": {"kitchen": {"damage_inspection": False}}}
    got = checks([QcLine(1, MUG), QcLine(2, GLASS)], rules)
    assert ("damage", 1) not in got and ("damage", 2) in got and ("weight", None) in got
    mug = SkuFacts(1, "MUG", "Mug", category="kitchen", qc_rules={"damage_inspection": True})
    assert ("damage", 1) in checks([QcLine(1, mug)], rules)


def test_a_product_flag_cannot_be_switched_off_by_a_broader_rule() -> None:
    assert resolve_rules(PHONE, {"serial_capture": False})["serial_capture"] is True


def test_lot_check_when_a_line_requires_a_lot() -> None:
    assert ("lot", 1) in checks([QcLine(1, MUG, lot_required="L1")])


def test_gift_orders_get_the_gift_check() -> None:
    assert ("gift", None) in checks([QcLine(1, MUG)], gift=True)
    assert ("gift", None) not in checks([QcLine(1, MUG)], {"gift_check": False}, gift=True)


def test_hazmat_needs_a_ground_service() -> None:
    [ground] = required_checks([QcLine(4, BATT)], {}, gift=False, service="standard")
    assert ground.blocked == ""
    [air] = required_checks([QcLine(4, BATT)], {}, gift=False, service="express")
    assert "ground service" in air.blocked
    pending, failed = qc_status([air], [QcOutcome("hazmat", None, True)])
    assert failed == (air,)  # confirming the mark does not make an air parcel legal
    assert qc_status([air], [QcOutcome("hazmat", None, False, overridden=True)]) == ((), ())


def test_status_latest_result_wins_and_captures_count() -> None:
    damage = CheckSpec("damage", 1, "inspect")
    serial = CheckSpec("serial", 3, "serials")
    assert qc_status([damage, serial], []) == ((damage, serial), ())
    assert qc_status([damage], [QcOutcome("damage", 1, False)]) == ((), (damage,))
    assert qc_status([damage], [QcOutcome("damage", 1, False), QcOutcome("damage", 1, True)]) == ((), ())
    assert qc_status([serial], [], {"serial:3": True}) == ((), ())


def test_weight_from_the_first_order_uses_the_catalogue() -> None:
    exp = expected_weight(1000, 200, 30)
    assert exp.expected_g == 1230 and exp.source == "catalogue"
    assert exp.tolerance_g == 62  # 5 % of 1230 beats the 50 g floor
    assert exp.accepts(1290) and not exp.accepts(1300)
    assert expected_weight(100, 0, 0, tolerance_g=50).tolerance_g == 50


def test_weight_history_of_identical_packages_tightens_the_check() -> None:
    history = [1251, 1249, 1250, 1252, 1248]
    exp = expected_weight(1000, 200, 30, history)
    assert exp.source == "history" and exp.expected_g == 1250 and exp.samples == 5
    assert exp.tolerance_g < expected_weight(1000, 200, 30).tolerance_g
    assert exp.tolerance_g >= 10
    assert expected_weight(1000, 200, 30, history[:2]).source == "catalogue"  # too few to trust


@given(st.lists(st.integers(1, 50_000), max_size=30), st.integers(0, 50_000), st.integers(0, 2000))
def test_history_never_widens_the_catalogue_tolerance(history: list[int], items: int, tare: int) -> None:
    catalogue = expected_weight(items, tare)
    exp = expected_weight(items, tare, 0, history)
    assert exp.tolerance_g <= max(catalogue.tolerance_g, 10)
    assert exp.low_g <= exp.expected_g <= exp.high_g


def test_contents_signature_is_order_independent() -> None:
    assert contents_signature({"B": 2, "A": 1, "C": 0}) == "A:1,B:2"


def test_pins_are_salted_slow_hashes() -> None:
    first, second = hash_pin("1234"), hash_pin("1234")
    assert first != second and "1234" not in first
    assert verify_pin("1234", first) and not verify_pin("1235", first)
    assert not verify_pin(None, first) and not verify_pin("", first) and not verify_pin("1234", None)
    assert not verify_pin("1234", "garbage")
