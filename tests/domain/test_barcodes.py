"""Scan parsing: what a keyboard-wedge scanner types becomes a Scan value, and nothing it types can crash it."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from packstation.domain.barcodes import (
    GS,
    ScanError,
    ScanKind,
    escape_control,
    gtin_check_digit_ok,
    normalise_gtin,
    parse_scan,
)


@pytest.mark.parametrize(
    ("text", "gtin"),
    [
        ("96385074", "00000096385074"),  # GTIN-8 / EAN-8
        ("036000291452", "00036000291452"),  # GTIN-12 / UPC-A
        ("4006381333931", "04006381333931"),  # GTIN-13 / EAN-13
        ("15901234123454", "15901234123454"),  # GTIN-14 (case)
        ("]E04006381333931", "04006381333931"),  # EAN-13 with its AIM prefix
        ("4006381333931\r\n", "04006381333931"),  # terminators stripped
        ("4006381333931\t", "04006381333931"),
    ],
)
def test_gtins_are_normalised_to_14_digits(text: str, gtin: str) -> None:
    scan = parse_scan(text)
    assert scan.kind == ScanKind.GTIN
    assert scan.gtin == gtin
    assert scan.error is None


@pytest.mark.parametrize("text", ["4006381333932", "036000291453", "96385075", "15901234123455"])
def test_a_wrong_check_digit_is_reported_not_resolved(text: str) -> None:
    scan = parse_scan(text)
    assert scan.gtin is None
    assert scan.error == ScanError.BAD_CHECK_DIGIT
    assert scan.sku_code == text  # still looked up as printed: an all-digit vendor code may exist


def test_gs1_128_with_fnc1_as_gs_carries_every_ai() -> None:
    scan = parse_scan("]C1010400638133393117260131" + "10LOT-7" + GS + "21SN0001" + GS + "3006\r")
    assert scan.symbology == "]C1"
    assert scan.kind == ScanKind.GS1
    assert scan.gtin == "04006381333931"
    assert scan.expiry == dt.date(2026, 1, 31)
    assert scan.lot == "LOT-7"
    assert scan.serial == "SN0001"
    assert scan.quantity == 6 and scan.count_given
    assert ("10", "LOT-7") in scan.ais


def test_a_configured_fnc1_substitute_is_read_as_gs() -> None:
    scan = parse_scan("]d2010400638133393110ABC|21XYZ", fnc1_substitute="|")
    assert (scan.gtin, scan.lot, scan.serial) == ("04006381333931", "ABC", "XYZ")


def test_without_the_substitute_the_scan_is_not_misread() -> None:
    scan = parse_scan("]d2010400638133393110ABC|21XYZ")
    assert scan.error == ScanError.BAD_GS1
    assert scan.serial is None and scan.gtin is None


@pytest.mark.parametrize("prefix", ["]C1", "]d2", "]Q3", "]e0", ""])
def test_gs1_symbologies_and_bare_element_strings(prefix: str) -> None:
    scan = parse_scan(prefix + "0104006381333931" + "3012")
    assert scan.gtin == "04006381333931"
    assert scan.quantity == 12


@pytest.mark.parametrize("fnc1", [GS, ""])
def test_gs1_without_aim_prefix_with_a_lot_in_letters_is_gs1(fnc1: str) -> None:
    """Many scanners send GS1-128 without ]C1: (01) + a valid GTIN, then (17) and a lot with letters in it."""
    scan = parse_scan("0104006381333931" + "17260131" + "10LOT-7B" + fnc1)
    assert scan.kind == ScanKind.GS1 and scan.error is None
    assert (scan.gtin, scan.expiry, scan.lot) == ("04006381333931", dt.date(2026, 1, 31), "LOT-7B")
    serial = parse_scan("0104006381333931" + "10AB1" + GS + "21SN-9\r")
    assert (serial.kind, serial.lot, serial.serial) == (ScanKind.GS1, "AB1", "SN-9")


@pytest.mark.parametrize("text", ["0104006381333932" + "10LOT7", "01-VENDOR-CODE-77", "0123ABC", "01234567890123XYZ"])
def test_codes_starting_01_without_a_valid_gtin_stay_codes(text: str) -> None:
    scan = parse_scan(text)
    assert scan.kind == ScanKind.CODE and scan.error is None and scan.sku_code == text


def test_human_readable_element_strings() -> None:
    scan = parse_scan("(01)04006381333931(17)250630(10)B7")
    assert scan.gtin == "04006381333931" and scan.lot == "B7" and scan.expiry == dt.date(2025, 6, 30)


def test_sscc_bare_and_as_ai_00() -> None:
    assert parse_scan("376130321109103420").kind == ScanKind.SSCC
    scan = parse_scan("]C100376130321109103420")
    assert scan.kind == ScanKind.SSCC and scan.sscc == "376130321109103420"


def test_bad_gtin_inside_gs1_is_a_check_digit_error() -> None:
    scan = parse_scan("]C10104006381333932")
    assert scan.error == ScanError.BAD_CHECK_DIGIT and scan.gtin is None


def test_a_malformed_element_string_is_an_error_value() -> None:
    scan = parse_scan("]C10104006381333931179913")  # month 99
    assert scan.error == ScanError.BAD_GS1


def test_commands_and_plain_codes() -> None:
    assert parse_scan("CMD-UNDO\r").command == "UNDO"
    scan = parse_scan("  SKU-123 \r\n")
    assert (scan.kind, scan.sku_code, scan.text) == (ScanKind.CODE, "SKU-123", "SKU-123")
    assert parse_scan("\r\n").kind == ScanKind.EMPTY
    assert parse_scan("]C1").kind == ScanKind.EMPTY


def test_lookup_codes_prefer_the_normalised_gtin() -> None:
    assert parse_scan("4006381333931").lookup_codes == ("04006381333931", "4006381333931")


def test_helpers() -> None:
    assert gtin_check_digit_ok("4006381333931") and not gtin_check_digit_ok("4006381333932")
    assert normalise_gtin("036000291452") == "00036000291452"
    assert normalise_gtin("ABC") is None
    assert escape_control("A\x1dB\r\x07") == "A<GS>B<CR>\\x07"


def _with_check_digit(body: str) -> str:
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return body + str((10 - total % 10) % 10)


@given(st.sampled_from([7, 11, 12, 13]).flatmap(lambda n: st.text("0123456789", min_size=n, max_size=n)))
def test_any_valid_gtin_round_trips_to_14_digits(body: str) -> None:
    code = _with_check_digit(body)
    scan = parse_scan(code)
    assert scan.gtin == code.rjust(14, "0")
    assert parse_scan(scan.gtin).gtin == scan.gtin


scanner_text = st.text(
    alphabet=st.sampled_from(list("0123456789()]CdeQEJ1234AZaz-|/ %") + [GS, "\r", "\n", "\t", "\x00", "é", "\x7f"]),
    max_size=60,
)


@settings(max_examples=400)
@given(st.one_of(st.text(max_size=80), scanner_text), st.sampled_from(["", "|", "#", GS]))
def test_nothing_a_scanner_types_crashes_the_parser(text: str, substitute: str) -> None:
    scan = parse_scan(text, fnc1_substitute=substitute)
    assert scan.raw == text
    assert scan.gtin is None or (len(scan.gtin) == 14 and gtin_check_digit_ok(scan.gtin))
    assert scan.quantity >= 1
