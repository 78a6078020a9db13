"""Issue 17 part 4: CSV stays data in every spreadsheet, whichever separator it is opened with.

Each export is read back with comma, semicolon and tab as the separator, once as a CSV parser reads it (quotes
honoured) and once as a careless importer does (quotes ignored, every line break a new row): no cell may start
with a formula character. With the separator it was written with, every value comes back.
"""

from __future__ import annotations

import csv
import io
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from packstation.documents.csv_safe import csv_text, locale_separator

SEPARATORS = [",", ";", "\t"]
HOSTILE = [
    'Anna,=HYPERLINK("http://x.invalid","pay")',
    "Berg;=cmd|' /C calc'!A0",
    "tab\t=1+1",
    'quote"=2+3',
    "line\n=SUM(A1:A9)",
    "cr\r+4",
    "space, -5+5",
    "@SUM(1)",
    "=1",
    "-1+1",
    "Bjørn Ødegård",
    "plain, text; with\tseparators",
]
_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")


def cells_any_spreadsheet_sees(text: str, separator: str) -> list[str]:
    """Every cell a spreadsheet could make of `text` when it splits on `separator`."""
    seen = [cell for row in csv.reader(io.StringIO(text, newline=""), delimiter=separator) for cell in row]
    for line in re.split(r"\r\n|\r|\n", text):  # quotes ignored, each line break a new row
        seen.extend(line.split(separator))
    return seen


def formula_cells(cells: list[str]) -> list[str]:
    bad = []
    for cell in cells:
        bare = cell.strip(' "\u00a0')
        if bare[:1] in ("=", "+", "-", "@") and not _NUMBER.match(bare):
            bad.append(cell)
    return bad


@pytest.mark.parametrize("written_with", SEPARATORS)
def test_no_cell_becomes_a_formula_with_any_separator(written_with: str) -> None:
    text = csv_text(["name", "n"], [[value, -7] for value in HOSTILE], written_with)
    for opened_with in SEPARATORS:
        assert formula_cells(cells_any_spreadsheet_sees(text, opened_with)) == [], (written_with, opened_with)
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=written_with))[1:]
    assert [row[1] for row in rows] == ["-7"] * len(HOSTILE)  # numbers stay numbers
    # Opened right, the text reads as written, apart from the apostrophes that keep it text.
    assert [row[0].replace("'", "") for row in rows] == [v.replace("'", "") for v in HOSTILE]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(alphabet=st.sampled_from("=+-@,;\t\r\n\" 'aZ1ø"), max_size=12), min_size=1, max_size=4),
    st.sampled_from(SEPARATORS),
)
def test_random_text_never_becomes_a_formula(values: list[str], written_with: str) -> None:
    text = csv_text(["c"] * len(values), [values], written_with)
    for opened_with in SEPARATORS:
        assert formula_cells(cells_any_spreadsheet_sees(text, opened_with)) == []


def test_every_field_is_quoted() -> None:
    assert csv_text(["a", "b"], [["x", 3]], ";") == '"a";"b"\r\n"x";"3"\r\n'


def test_the_locale_separator() -> None:
    assert [locale_separator(lang) for lang in ("en", "nb", "pl", "fi")] == [",", ";", ";", ";"]


@pytest.mark.parametrize(("language", "separator"), [("en", ","), ("nb", ";"), ("pl", ";"), ("fi", ";")])
def test_exports_use_the_separator_of_the_users_language(tmp_path, language: str, separator: str) -> None:  # type: ignore[no-untyped-def]
    from click.testing import CliRunner

    from packstation.app import open_store
    from packstation.cli import main

    url = f"sqlite:///{tmp_path / 'station.db'}"
    open_store(url).dispose()
    env = {"PACKSTATION_LANGUAGE": language, "XDG_CONFIG_HOME": str(tmp_path)}
    for args in (["export", "coupons"], ["export", "shipments", "--since", "2025-01-01"]):
        result = CliRunner().invoke(main, [*args, "--db", url], env=env, catch_exceptions=False)
        assert result.exit_code == 0, result.output
        header = result.stdout.splitlines()[0]
        assert header.startswith('"') and header.split('"')[2] == separator, header
    chosen = CliRunner().invoke(main, ["export", "coupons", "--separator", "tab", "--db", url], env=env)
    assert chosen.stdout.startswith('"code"\t"merchant"')
