"""PIN hashing: a salted, slow hash (scrypt) so a copied database does not give away the leads' PINs.

Format: `scrypt$<n>$<r>$<p>$<salt b64>$<hash b64>`; parameters are stored so they can be raised later (a hash made
with a lower cost is redone at the next good sign-in, see `needs_rehash`).

What a copied database exposes (measured, see docs/security.md): every guess costs one scrypt. At n=2^14 (the cost
before issue #17) a guess took about 70 ms on one core, so the 10,000 four-digit PINs fell in about 12 minutes. At
n=2^15 a guess takes about twice that (~32 MiB of memory); no cost a packer would not notice at sign-in makes four
digits last a day (that needs ~8.6 s per guess), so new PINs are 6 digits by default (`MIN_LENGTH_POLICY`): the
1,000,000 six-digit PINs then take well over a day on one core.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

from packstation.domain.errors import ValidationError

SCHEME = "scrypt"
N, R, P = 2**15, 8, 1
MAXMEM = 64 * 1024 * 1024  # n=2^15, r=8 needs 32 MiB; OpenSSL's default ceiling is exactly that, so give headroom
DKLEN = 32
MIN_LENGTH, MAX_LENGTH = 4, 12  # what a stored PIN may be (existing 4-digit PINs keep working)
MIN_LENGTH_POLICY = 6  # what a PIN set from now on must be, unless app_meta `pin_min_length` says otherwise


def validate_pin(pin: str, min_length: int = MIN_LENGTH) -> None:
    """A PIN is `min_length` (at least 4) to 12 digits (typed on the bench keypad)."""
    low = max(MIN_LENGTH, min(int(min_length), MAX_LENGTH))
    if not pin.isascii() or not pin.isdigit() or not low <= len(pin) <= MAX_LENGTH:
        raise ValidationError("bad_pin_format", f"a PIN is {low} to {MAX_LENGTH} digits", min=low, max=MAX_LENGTH)


def needs_rehash(stored: str | None) -> bool:
    """True when `stored` was made with a lower cost than today's (it is redone at the next good sign-in)."""
    try:
        scheme, n, r, p, *_ = (stored or "").split("$")
        return scheme != SCHEME or (int(n), int(r), int(p)) < (N, R, P)
    except ValueError:
        return False


def hash_pin(pin: str, *, n: int = N, r: int = R, p: int = P, min_length: int = MIN_LENGTH) -> str:
    """The stored form of `pin`, with a fresh random salt."""
    validate_pin(pin, min_length)
    salt = os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, dklen=DKLEN, maxmem=MAXMEM)
    b64 = base64.b64encode
    return f"{SCHEME}${n}${r}${p}${b64(salt).decode()}${b64(digest).decode()}"


def verify_pin(pin: str | None, stored: str | None) -> bool:
    """True only when `pin` matches `stored`; a missing PIN or hash never matches."""
    if not pin or not stored:
        return False
    try:
        scheme, n, r, p, salt_b64, hash_b64 = stored.split("$")
        if scheme != SCHEME:
            return False
        salt, expected = base64.b64decode(salt_b64), base64.b64decode(hash_b64)
        if int(n) > 2**20 or int(r) > 16 or int(p) > 4:  # a planted hash must not make sign-in eat the machine
            return False
        digest = hashlib.scrypt(
            pin.encode(), salt=salt, n=int(n), r=int(r), p=int(p), dklen=len(expected), maxmem=MAXMEM * 16
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(digest, expected)
