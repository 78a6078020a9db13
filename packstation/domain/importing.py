"""Validation of import rows (orders, catalogue, boxes): every problem names the file, the row and the column.

Pure Python: rows come in as mappings of raw cell values (CSV text, or JSON values); out come typed rows, or a list
of problems. The service reads files and checks what needs the database (unknown SKU, a barcode that already
belongs to another SKU); both report through `ImportProblem` so the user sees one list. GTIN check digits are
checked by biip (the maintained GS1 parser), never by hand.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from biip import ParseError
from biip.gtin import Gtin

from packstation.domain.errors import ValidationError
from packstation.domain.safe_text import FIRST_YEAR, LAST_YEAR, unsafe_character

MAX_PROBLEMS = 200  # a broken file should not bury the first problems under ten thousand more
_TRUE = {"1", "true", "yes", "y", "x", "on", "ja", "tak", "kyllä"}
_FALSE = {"", "0", "false", "no", "n", "off", "nei", "nie", "ei"}
_LOCALE = re.compile(r"^[a-z]{2}([-_][A-Z]{2})?$")
_CODE = re.compile(r"^[^\s]+$")
MAX_INT = 2_147_483_647  # the largest value of an INTEGER column on PostgreSQL (SQLite takes more; both refuse alike)
MAX_AMOUNT = Decimal("9999999999.99")  # Numeric(12, 2): prices and totals


@dataclass(frozen=True)
class ImportProblem:
    """One thing wrong in an import file."""

    file: str
    row: str  # "row 7" (spreadsheet row; the header is row 1), "orders[2].lines[0]" for JSON, or "header"
    column: str
    message: str

    def __str__(self) -> str:
        column = f", column '{self.column}'" if self.column else ""
        return f"{self.file}, {self.row}{column}: {self.message}"


class ImportRejected(ValidationError):
    """A file with any bad row: nothing from it was imported."""

    def __init__(self, file: str, problems: Sequence[ImportProblem]) -> None:
        shown = list(problems[:MAX_PROBLEMS])
        more = f"\n... and {len(problems) - len(shown)} more" if len(problems) > len(shown) else ""
        lines = "\n".join(str(p) for p in shown)
        super().__init__(
            "import_rejected",
            f"{file}: {len(problems)} problem(s), nothing imported\n{lines}{more}",
            file=file,
            count=len(problems),
        )
        self.problems = tuple(problems)


def normalise_gtin(text: str) -> str:
    """A GTIN-8/12/13/14 as 14 digits; raises ValueError naming what is wrong (length, check digit)."""
    digits = text.strip()
    if not digits.isdigit() or len(digits) not in (8, 12, 13, 14):
        raise ValueError(f"a GTIN is 8, 12, 13 or 14 digits, not {text!r}")
    try:
        return Gtin.parse(digits).as_gtin_14()
    except ParseError as exc:
        raise ValueError(f"not a valid GTIN: {exc}") from None


def barcode_key(code: str) -> str:
    """What a scan of `code` would be looked up as: a valid GTIN as 14 digits, anything else as printed."""
    try:
        return normalise_gtin(code)
    except ValueError:
        return code


class RowReader:
    """Reads typed values from one raw row, recording a problem (and returning a default) for each bad cell."""

    def __init__(
        self,
        file: str,
        row: str,
        values: Mapping[str, Any],
        problems: list[ImportProblem],
        labels: Mapping[str, str] | None = None,
    ) -> None:
        self.file, self.row, self.values, self.problems = file, row, values, problems
        self.labels = labels or {}
        self.ok = True

    def problem(self, column: str, message: str) -> None:
        self.ok = False
        self.problems.append(ImportProblem(self.file, self.row, self.labels.get(column, column), message))

    def raw(self, column: str) -> Any:
        value = self.values.get(column)
        return value.strip() if isinstance(value, str) else value

    def present(self, column: str) -> bool:
        return self.raw(column) not in (None, "")

    def text(self, column: str, *, required: bool = False, max_len: int = 200, default: str = "") -> str:
        value = self.raw(column)
        if value in (None, ""):
            if required:
                self.problem(column, "is required")
            return default
        if isinstance(value, bool | dict | list):
            self.problem(column, f"must be text, not {value!r}")
            return default
        text = str(value)
        bad = unsafe_character(text)
        if bad is not None:
            self.problem(column, f"holds {bad[1]} at character {bad[0]}; no name or code can hold that")
            return default
        if len(text) > max_len:
            self.problem(column, f"is {len(text)} characters long; at most {max_len}")
            return text[:max_len]
        return text

    def code(self, column: str, *, required: bool = True, max_len: int = 64) -> str:
        text = self.text(column, required=required, max_len=max_len)
        if text and not _CODE.match(text):
            self.problem(column, f"must not contain spaces: {text!r}")
        return text

    def integer(
        self, column: str, *, required: bool = False, minimum: int = 0, maximum: int | None = None, default: int = 0
    ) -> int:
        maximum = MAX_INT if maximum is None else min(maximum, MAX_INT)  # a database integer column
        value = self.raw(column)
        if value in (None, ""):
            if required:
                self.problem(column, "is required")
            return default
        try:
            if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
                raise ValueError
            number = int(value) if not isinstance(value, str) else int(value.replace(" ", ""))
        except (TypeError, ValueError, OverflowError):
            self.problem(column, f"must be a whole number, not {value!r}")
            return default
        if number < minimum or number > maximum:
            shown = str(number) if len(str(number)) <= 20 else f"a {len(str(number))}-digit number"
            self.problem(column, f"must be at least {minimum} and at most {maximum}, not {shown}")
            return default
        return number

    def decimal(self, column: str, *, required: bool = False, default: Decimal | None = Decimal("0")) -> Decimal | None:
        value = self.raw(column)
        if value in (None, ""):
            if required:
                self.problem(column, "is required")
            return default
        try:
            if isinstance(value, bool):
                raise InvalidOperation
            number = Decimal(str(value).replace(",", ".").replace(" ", ""))
        except InvalidOperation:
            self.problem(column, f"must be a number like 12.50, not {value!r}")
            return default
        if not number.is_finite() or number < 0:
            self.problem(column, f"must be 0 or more, not {value!r}")
            return default
        if number > MAX_AMOUNT:  # a Numeric(12, 2) column
            self.problem(column, f"must be at most {MAX_AMOUNT}, not {str(value)[:30]!r}")
            return default
        exponent = number.as_tuple().exponent  # an int for a finite number
        return number.quantize(Decimal("0.01")) if isinstance(exponent, int) and exponent < -2 else number

    def flag(self, column: str, default: bool = False) -> bool:
        value = self.raw(column)
        if value is None:
            return default
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False if text or not default else default
        self.problem(column, f"must be true or false (1/0, yes/no), not {value!r}")
        return default

    def timestamp(self, column: str) -> dt.datetime | None:
        """ISO 8601; a time without a zone is taken as UTC; a bare date is midnight UTC."""
        value = self.raw(column)
        if value in (None, ""):
            return None
        try:
            parsed = dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
            parsed = parsed.replace(tzinfo=dt.UTC) if parsed.tzinfo is None else parsed.astimezone(dt.UTC)
        except (ValueError, OverflowError):
            self.problem(column, f"must be an ISO 8601 time like 2025-03-01T14:30:00+01:00, not {value!r}")
            return None
        if not FIRST_YEAR <= parsed.year <= LAST_YEAR:
            self.problem(column, f"must be a time between {FIRST_YEAR} and {LAST_YEAR}, not {value!r}")
            return None
        return parsed

    def choice(self, column: str, options: Sequence[str], default: str) -> str:
        text = self.text(column, default=default).lower()
        if text not in options:
            self.problem(column, f"must be one of {', '.join(options)}, not {text!r}")
            return default
        return text

    def country(self, column: str, *, required: bool = False) -> str:
        text = self.text(column, required=required).upper()
        if text and not (len(text) == 2 and text.isalpha() and text.isascii()):
            self.problem(column, f"must be a two-letter country code like NO, PL, FI, not {text!r}")
            return ""
        return text

    def locale(self, column: str, default: str = "en") -> str:
        text = self.text(column, default=default)
        if not _LOCALE.match(text):
            self.problem(column, f"must be a language code like en, nb, pl, fi, not {text!r}")
            return default
        return text

    def gtin(self, column: str) -> str | None:
        text = self.text(column, max_len=14)
        if not text:
            return None
        try:
            return normalise_gtin(text)
        except ValueError as exc:
            self.problem(column, str(exc))
            return None


def check_columns(
    file: str, header: Sequence[str], known: Sequence[str], required: Sequence[str], problems: list[ImportProblem]
) -> None:
    """The CSV header: every required column present, no unknown (misspelt) column."""
    seen = [h.strip() for h in header]
    for column in seen:
        if column and column not in known:
            problems.append(ImportProblem(file, "header", column, f"unknown column (known: {', '.join(known)})"))
    for column in required:
        if column not in seen:
            problems.append(ImportProblem(file, "header", column, "required column is missing"))
    duplicates = {c for c in seen if c and seen.count(c) > 1}
    for column in sorted(duplicates):
        problems.append(ImportProblem(file, "header", column, "column appears more than once"))
