"""Coupon and slip codes: format, check character, uniqueness, no guessable sequence."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from packstation.domain.campaigns import (
    is_slip_code,
    is_valid_coupon_code,
    new_coupon_code,
    new_slip_code,
    normalise_code,
)
from packstation.domain.campaigns.codes import ALPHABET

COUPON = re.compile(r"(?:[A-Z0-9]{1,12}-)?[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}")


def test_coupon_format_and_alphabet() -> None:
    for prefix in ("", "SPRING", "vip"):
        code = new_coupon_code(prefix)
        assert COUPON.fullmatch(code), code
        assert code.startswith(prefix.upper())
        assert not set(code.removeprefix(prefix.upper())) & set("01IO")
        assert is_valid_coupon_code(code, prefix)
        assert is_valid_coupon_code(code.lower().replace("-", " "), prefix)  # typed back by a customer


def test_coupons_are_unique() -> None:
    codes = {new_coupon_code() for _ in range(20_000)}
    assert len(codes) == 20_000


def test_successive_codes_share_no_sequence() -> None:
    a, b = new_coupon_code(), new_coupon_code()
    same_positions = sum(x == y for x, y in zip(normalise_code(a), normalise_code(b), strict=True))
    assert same_positions < 8  # random, not a counter (chance of >= 8 equal of 12 is ~1e-9)


@given(st.integers(min_value=0, max_value=11), st.sampled_from(ALPHABET))
def test_check_character_catches_every_single_typo(position: int, replacement: str) -> None:
    code = normalise_code(new_coupon_code())
    if code[position] == replacement:
        return
    typo = code[:position] + replacement + code[position + 1 :]
    assert not is_valid_coupon_code(typo)


def test_slip_codes() -> None:
    codes = {new_slip_code() for _ in range(5000)}
    assert len(codes) == 5000
    code = next(iter(codes))
    assert re.fullmatch(r"SL[2-9A-HJ-NP-Z]{10}", code)
    assert is_slip_code(code) and is_slip_code(code.lower())
    assert not is_slip_code(code[:-1] + ("2" if code[-1] != "2" else "3"))
    assert not is_slip_code("4006381333931")  # an item's GTIN is not a slip
