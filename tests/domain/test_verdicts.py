"""Every verdict rule, on plain values: the scan, what it resolved to, the lines and today's date."""

from __future__ import annotations

import datetime as dt

import pytest

from packstation.domain.barcodes import parse_scan
from packstation.domain.verdicts import (
    BarcodeMatch,
    LineState,
    ScanContext,
    SkuFacts,
    judge_code_in_set,
    judge_item_scan,
    judge_quantity,
)
from packstation.domain.vocabulary import ErrorType, Severity, VerdictCode

TODAY = dt.date(2025, 3, 1)
MUG = SkuFacts(1, "MUG", "Blue mug")
TEA = SkuFacts(2, "TEA", "Green tea", max_quantity_entry=20)
PHONE = SkuFacts(3, "PHONE", "Phone", serial_required=True, scan_each=True)
MILK = SkuFacts(4, "MILK", "Oat milk", min_shelf_life_days=30)
OTHER = SkuFacts(9, "HAT", "Hat")
LINES = (LineState(11, 1, 1, 2), LineState(12, 2, 2, 6), LineState(13, 3, 3, 1), LineState(14, 4, 4, 2, 0, "L7"))


def judge(text: str, match: BarcodeMatch | None = None, lines: tuple[LineState, ...] = LINES, **kw: object):
    return judge_item_scan(parse_scan(text), ScanContext(lines, TODAY, match, **kw))  # type: ignore[arg-type]


def test_accepted_counts_one_unit_on_its_line() -> None:
    verdict = judge("4006381333931", BarcodeMatch(MUG))
    assert verdict.code == VerdictCode.ACCEPTED and verdict.severity == Severity.OK
    assert (verdict.line_id, verdict.units, verdict.error_type) == (11, 1, None)
    assert not verdict.must_acknowledge
    assert "1 of 2" in verdict.message


def test_a_case_pack_counts_its_units_times_the_ai_30_count() -> None:
    assert judge("X", BarcodeMatch(TEA, "case", 6)).units == 6
    lines = (LineState(12, 2, 2, 12),)
    assert judge("]C10105901234123457" + "3002", BarcodeMatch(TEA, "case", 6), lines).units == 12


def test_over_scan_of_a_complete_line_and_of_a_too_big_pack() -> None:
    full = (LineState(11, 1, 1, 2, 2),)
    verdict = judge("X", BarcodeMatch(MUG), full)
    assert verdict.code == VerdictCode.OVER_SCAN and verdict.error_type == ErrorType.OVER_SCAN
    assert verdict.must_acknowledge
    part = (LineState(12, 2, 2, 6, 3),)
    assert judge("X", BarcodeMatch(TEA, "case", 6), part).params["remaining"] == 3


def test_wrong_item_unknown_and_bad_check_digit() -> None:
    assert judge("X", BarcodeMatch(OTHER)).code == VerdictCode.WRONG_ITEM
    assert judge("NOPE").code == VerdictCode.UNKNOWN_BARCODE
    verdict = judge("4006381333932")
    assert verdict.code == VerdictCode.BAD_CHECK_DIGIT and verdict.error_type == ErrorType.BAD_CHECK_DIGIT


@pytest.mark.parametrize("kind", ["box", "slip", "label", "order", "tote", "badge"])
def test_a_non_item_barcode_where_an_item_was_expected(kind: str) -> None:
    verdict = judge("SOMETHING", non_item_kind=kind)
    assert verdict.code == VerdictCode.UNEXPECTED_BARCODE
    assert verdict.params["kind"] == kind and kind in verdict.message


def test_sscc_and_command_are_unexpected_where_an_item_goes() -> None:
    assert judge("376130321109103420").code == VerdictCode.UNEXPECTED_BARCODE


def test_expired_and_short_shelf_life() -> None:
    expired = judge("]C10107311041013342" + "17250228" + "10L7", BarcodeMatch(MILK))
    assert expired.code == VerdictCode.EXPIRED and expired.error_type == ErrorType.EXPIRED
    short = judge("]C10107311041013342" + "17250315" + "10L7", BarcodeMatch(MILK))
    assert short.code == VerdictCode.SHORT_SHELF_LIFE and short.params["days_left"] == 14
    fresh = judge("]C10107311041013342" + "17250501" + "10L7", BarcodeMatch(MILK))
    assert fresh.accepted


def test_wrong_lot_when_the_line_requires_one() -> None:
    verdict = judge("]C10107311041013342" + "17250501" + "10L8", BarcodeMatch(MILK))
    assert verdict.code == VerdictCode.WRONG_LOT
    assert verdict.params["lot_required"] == "L7" and verdict.params["lot"] == "L8"


def test_a_plain_barcode_on_a_lot_line_is_taken_and_the_lot_is_asked_for_later() -> None:
    """A plain GTIN carries no lot: never a "lot none" stop; the line's lot check asks for it before the box."""
    verdict = judge("7311041013342", BarcodeMatch(MILK))
    assert verdict.accepted and "none" not in verdict.message


def test_the_unit_goes_to_the_line_whose_lot_it_has() -> None:
    lines = (LineState(21, 1, 4, 1, 0, "A"), LineState(22, 2, 4, 1, 0, "B"))
    verdict = judge("]C10107311041013342" + "17250501" + "10B", BarcodeMatch(MILK), lines)
    assert verdict.accepted and verdict.line_id == 22


def test_serial_required_and_duplicate_serial() -> None:
    assert judge("4012345678901", BarcodeMatch(PHONE)).code == VerdictCode.SERIAL_REQUIRED
    with_serial = "]d20104012345678901" + "21SN1"
    assert judge(with_serial, BarcodeMatch(PHONE)).accepted
    verdict = judge(with_serial, BarcodeMatch(PHONE), serial_seen=True)
    assert verdict.code == VerdictCode.DUPLICATE_SERIAL and verdict.error_type == ErrorType.DUPLICATE_SERIAL


def test_scan_each_sku_scanned_as_a_case() -> None:
    verdict = judge("X", BarcodeMatch(PHONE, "case", 5))
    assert verdict.code == VerdictCode.CASE_NOT_ALLOWED and verdict.error_type == ErrorType.CASE_NOT_ALLOWED


def test_too_fast_repeat_is_a_stop_that_counts_nothing() -> None:
    verdict = judge("4006381333931", BarcodeMatch(MUG), too_fast_repeat=True)
    assert verdict.code == VerdictCode.TOO_FAST_REPEAT and verdict.units == 0 and verdict.must_acknowledge


def test_every_error_verdict_is_a_stop_with_an_error_type() -> None:
    verdicts = [
        judge("NOPE"),
        judge("X", BarcodeMatch(OTHER)),
        judge("4006381333932"),
        judge("X", BarcodeMatch(PHONE, "case", 5)),
        judge("Y", non_item_kind="box"),
    ]
    for verdict in verdicts:
        assert verdict.severity == Severity.STOP and verdict.error_type is not None and verdict.message


def test_quantity_entry_is_limited_per_sku() -> None:
    line = LineState(12, 2, 2, 40)
    assert judge_quantity(line, TEA, 20).units == 20
    assert judge_quantity(line, TEA, 21).code == VerdictCode.CASE_NOT_ALLOWED
    assert judge_quantity(line, MUG, 2).code == VerdictCode.CASE_NOT_ALLOWED  # limit 0: not allowed
    assert judge_quantity(LineState(12, 2, 2, 5), TEA, 6).code == VerdictCode.OVER_SCAN
    assert judge_quantity(line, TEA, 0).code == VerdictCode.OVER_SCAN


def test_slip_and_label_codes() -> None:
    expected = frozenset({"S1", "S2"})
    assert judge_code_in_set("S1", expected, frozenset(), what="slip").code == VerdictCode.SLIP_VERIFIED
    again = judge_code_in_set("S1", expected, frozenset({"S1"}), what="slip")
    assert again.severity == Severity.ATTENTION
    wrong = judge_code_in_set("S9", expected, frozenset(), what="slip")
    assert wrong.code == VerdictCode.WRONG_SLIP and wrong.error_type == ErrorType.SLIP_VERIFICATION
    label = judge_code_in_set("T9", frozenset({"T1"}), frozenset(), what="label")
    assert label.code == VerdictCode.WRONG_LABEL and label.error_type == ErrorType.LABEL_VERIFICATION
