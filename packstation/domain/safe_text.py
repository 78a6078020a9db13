"""Text no barcode, badge, name or reference can hold: NUL bytes and lone UTF-16 surrogates.

PostgreSQL refuses both (NUL in a text field; a surrogate cannot be encoded as UTF-8) and SQLite half-accepts them,
so the two databases would answer differently. Every service input is checked here first: both databases give
the same answer, in words, and nothing is written.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from packstation.domain.errors import ValidationError

F = TypeVar("F", bound=Callable[..., Any])
MAX_INT = 2_147_483_647  # an INTEGER column on PostgreSQL: ids, quantities, grams
FIRST_YEAR, LAST_YEAR = 1970, 2999  # times outside these are typing errors (and overflow Python's datetime)


def as_row_id(text: str) -> int | None:
    """`text` as a database id when it is plain ASCII digits within an INTEGER column's range, else None
    (so a 40-digit "order number" is looked up as a reference, not sent to the database as an id)."""
    text = text.strip()
    if text.isascii() and text.isdigit() and len(text) <= 10 and 0 < int(text) <= MAX_INT:
        return int(text)
    return None


def unsafe_character(text: str) -> tuple[int, str] | None:
    """(1-based position, description) of the first NUL byte or lone surrogate in `text`, else None."""
    for index, char in enumerate(text):
        code = ord(char)
        if code == 0:
            return index + 1, "a NUL byte"
        if 0xD800 <= code <= 0xDFFF:
            return index + 1, f"a lone surrogate (U+{code:04X})"
    return None


def check_text(text: str, what: str = "the text") -> str:
    """`text` unchanged, or ValidationError `unsafe_text` naming what holds which character where."""
    found = unsafe_character(text)
    if found is not None:
        position, character = found
        raise ValidationError(
            "unsafe_text",
            f"{what} holds {character} at position {position}, which no code or name can hold; nothing was saved",
            what=what,
            position=position,
            character=character,
        )
    return text


def _texts(value: Any) -> Iterable[str]:
    if isinstance(value, bool):
        return
    if isinstance(value, int) and not -MAX_INT <= value <= MAX_INT:
        raise ValidationError(
            "out_of_range",
            f"{value if len(str(value)) < 20 else 'a number of ' + str(len(str(value))) + ' digits'} is "
            f"out of range (at most {MAX_INT}); nothing was saved",
            value=str(value)[:20],
        )
    if isinstance(value, str):
        yield value
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:
            yield from _texts(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _texts(key)
            yield from _texts(item)


def safe_text_arguments(method: F, what: str = "the input") -> F:
    """Refuse a call any of whose text arguments (also inside lists and dicts) holds NUL or a lone surrogate."""

    @functools.wraps(method)
    def checked(*args: Any, **kwargs: Any) -> Any:
        for value in (*args, *kwargs.values()):
            for text in _texts(value):
                check_text(text, what)
        return method(*args, **kwargs)

    checked.__safe_text__ = True  # type: ignore[attr-defined]
    return checked  # type: ignore[return-value]


def guard_public_methods(cls: type, what: dict[str, str] | None = None, default: str = "the input") -> type:
    """Wrap every public method of `cls` with `safe_text_arguments` (once); `what` names the input per method."""
    for name, member in list(vars(cls).items()):
        if name.startswith("_") or not callable(member) or getattr(member, "__safe_text__", False):
            continue
        setattr(cls, name, safe_text_arguments(member, (what or {}).get(name, default)))
    return cls
