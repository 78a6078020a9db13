"""Coupon and slip codes: unique, non-guessable, easy to read aloud and type back.

The alphabet leaves out 0/O and 1/I (read alike on paper and over the phone). Codes come from `secrets`, never a
counter, so one printed coupon tells nothing about the next. A Luhn mod 32 check character catches every single
mistyped character and nearly every swap of two neighbours, so a shop can refuse a typo before looking it up.
"""

from __future__ import annotations

import re
import secrets

ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # 32 symbols: 5 bits each
COUPON_BODY = 11  # 55 random bits + 1 check character, printed as XXXX-XXXX-XXXX
SLIP_BODY = 9  # 45 random bits: a slip code only has to be unique and not collide by chance
SLIP_PREFIX = "SL"
PREFIX_PATTERN = re.compile(r"[A-Z0-9]{0,12}")
_SLIP_PATTERN = re.compile(rf"{SLIP_PREFIX}[{ALPHABET}]{{{SLIP_BODY + 1}}}")


def check_char(body: str) -> str:
    """The Luhn mod N check character for `body` (every character from ALPHABET)."""
    n = len(ALPHABET)
    factor = 2
    total = 0
    for char in reversed(body):
        addend = factor * ALPHABET.index(char)
        factor = 1 if factor == 2 else 2
        total += addend // n + addend % n
    return ALPHABET[(n - total % n) % n]


def _random_body(length: int) -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


def new_coupon_code(prefix: str = "") -> str:
    """A fresh coupon code, e.g. 'SPRING-K7QM-3XRT-PW9C' (prefix optional, upper-case letters and digits)."""
    prefix = prefix.strip().upper()
    if not PREFIX_PATTERN.fullmatch(prefix):
        raise ValueError(f"coupon prefix must be up to 12 letters or digits: {prefix!r}")
    body = _random_body(COUPON_BODY)
    chars = body + check_char(body)
    grouped = "-".join(chars[i : i + 4] for i in range(0, len(chars), 4))
    return f"{prefix}-{grouped}" if prefix else grouped


def normalise_code(text: str) -> str:
    """What a person typed, upper-cased without spaces and dashes (the prefix stays in front)."""
    return re.sub(r"[\s\-]", "", text).upper()


def is_valid_coupon_code(text: str, prefix: str = "") -> bool:
    """Whether `text` is a well-formed coupon code (with `prefix`, if given) whose check character agrees."""
    code = normalise_code(text)
    prefix = prefix.strip().upper()
    if prefix:
        if not code.startswith(prefix):
            return False
        code = code[len(prefix) :]
    if len(code) != COUPON_BODY + 1 or any(char not in ALPHABET for char in code):
        return False
    return check_char(code[:-1]) == code[-1]


def new_slip_code() -> str:
    """A fresh slip code for the slip's barcode, e.g. 'SLK7QM3XRTPW' ('SL' + 9 random + 1 check)."""
    body = _random_body(SLIP_BODY)
    return SLIP_PREFIX + body + check_char(body)


def is_slip_code(text: str) -> bool:
    """Whether a scan looks like one of our slip codes (the packing engine routes it to the insertion check)."""
    code = text.strip().upper()
    if not _SLIP_PATTERN.fullmatch(code):
        return False
    body = code[len(SLIP_PREFIX) :]
    return check_char(body[:-1]) == body[-1]
