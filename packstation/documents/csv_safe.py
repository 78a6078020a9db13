"""CSV that stays data in every spreadsheet, whichever separator the spreadsheet guesses.

Every field is quoted. Text a spreadsheet could run as a formula gets an apostrophe: at the start of the field
(= + - @ tab CR LF), and also after any separator (`,` `;` tab), quote or line break inside the field followed by
a formula character, because a spreadsheet that opens the file with another separator than the one it was
written with (or that ignores quoted line breaks) starts a new cell right there. Numbers stay numbers.

Exports offer the separator of the user's locale: `;` where the comma is the decimal mark (nb, pl, fi), else `,`.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from packstation.documents.atomic import write_atomic

SEPARATORS = {"comma": ",", "semicolon": ";", "tab": "\t"}
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
# A separator of any kind, a quote or a line break, then (after blanks a spreadsheet may trim) a formula character.
_INNER_START = re.compile(r"([,;\t\"\r\n])(?=[ \u00a0]*[=+\-@])")
# Languages whose decimal mark is the comma: their spreadsheets split CSV on semicolons.
_SEMICOLON_LANGUAGES = frozenset({"nb", "nn", "no", "pl", "fi", "de", "fr", "sv", "da"})


def locale_separator(language: str) -> str:
    """The separator a spreadsheet in `language` expects: `;` for nb, pl, fi (comma decimals), else `,`."""
    return ";" if language.split("_")[0].split("-")[0].lower() in _SEMICOLON_LANGUAGES else ","


def separator_named(name: str) -> str:
    """`comma`, `semicolon` or `tab` (or the character itself) as the separator character."""
    if name in SEPARATORS.values():
        return name
    try:
        return SEPARATORS[name]
    except KeyError:
        raise ValueError(f"separator must be one of {', '.join(SEPARATORS)}, not {name!r}") from None


def neutralise(value: Any) -> str:
    """The cell as text; text that a spreadsheet could run as a formula, anywhere it could split, is made literal."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        return str(value)
    text = str(value)
    text = _INNER_START.sub(r"\1'", text)
    if text.lstrip(" \u00a0").startswith(_FORMULA_STARTS) or text.startswith(_FORMULA_STARTS):
        text = "'" + text
    return text


def csv_text(header: Sequence[str], rows: Iterable[Sequence[Any]], separator: str = ",") -> str:
    """The whole CSV document as text: every field quoted, formulas neutralised, CRLF line ends."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=separator, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow([neutralise(h) for h in header])
    for row in rows:
        writer.writerow([neutralise(cell) for cell in row])
    return buffer.getvalue()


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[Any]], separator: str = ",") -> None:
    """Write whole or not at all: a half-written report never replaces a good one."""
    # BOM: Excel reads Ø, Ł, ä correctly.
    write_atomic(path, csv_text(header, rows, separator).encode("utf-8-sig"))
