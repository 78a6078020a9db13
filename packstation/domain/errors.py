"""Errors as values: a code and parameters; the GUI turns them into the packer's language."""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    """A refused action or bad input, with a stable `code` and `params` for translation.

    `str(error)` is a plain English message naming what is wrong.
    """

    def __init__(self, code: str, message: str, **params: Any) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.params = params

    def __repr__(self) -> str:
        return f"DomainError({self.code!r}, {self.message!r}, {self.params!r})"


class ValidationError(DomainError):
    """Input that cannot be accepted (an import row, a config key, a scenario file, a campaign rule)."""


class IllegalTransition(DomainError):
    """A pack-session action that the current state does not allow."""
