"""PIN hashing: a salted, slow hash (scrypt) so a copied database does not give away the leads' PINs.

Format: `scrypt$<n>$<r>$<p>$<salt b64>$<hash b64>`; parameters are stored so they can be raised later.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

from packstation.domain.errors import ValidationError

SCHEME = "scrypt"
N, R, P = 2**14, 8, 1
DKLEN = 32
MIN_LENGTH, MAX_LENGTH = 4, 12


def validate_pin(pin: str) -> None:
    """A PIN is 4 to 12 digits (typed on the bench keypad)."""
    if not pin.isdigit() or not MIN_LENGTH <= len(pin) <= MAX_LENGTH:
        raise ValidationError("bad_pin_format", f"a PIN is {MIN_LENGTH} to {MAX_LENGTH} digits")


def hash_pin(pin: str, *, n: int = N, r: int = R, p: int = P) -> str:
    """The stored form of `pin`, with a fresh random salt."""
    validate_pin(pin)
    salt = os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, dklen=DKLEN)
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
        digest = hashlib.scrypt(pin.encode(), salt=salt, n=int(n), r=int(r), p=int(p), dklen=len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(digest, expected)
