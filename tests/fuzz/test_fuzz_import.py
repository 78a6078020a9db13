"""Fuzzing import files: a mangled catalogue, box or order file is imported whole or refused whole.

Start from small valid CSV and JSON files, mangle them (cells replaced with odd text, columns dropped or doubled,
rows cut, bytes that are not UTF-8, a different delimiter) and import into a real SQLite store: the result is
either an ImportResult or an ImportRejected naming file, row and column, and a refused file changes nothing.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from packstation.app import open_store
from packstation.domain.importing import ImportRejected
from packstation.services.site.importing import import_file
from packstation.store.models import Barcode, Box, Customer, Order, OrderLine, Sku

CATALOG = [
    [
        "merchant",
        "merchant_name",
        "sku",
        "description",
        "weight_g",
        "length_mm",
        "width_mm",
        "height_mm",
        "unit_price",
        "fragile",
        "gtin",
        "vendor_code",
    ],
    ["FZ", "Fuzz Goods", "FZ-1", "Mug, blue", "350", "100", "100", "120", "9.90", "no", "4006381333931", ""],
    ["FZ", "Fuzz Goods", "FZ-2", "Tea 100 g", "110", "80", "60", "40", "4.50", "no", "5901234123457", "V-TEA"],
]
BOXES = [
    ["code", "barcode", "name", "inner_length_mm", "inner_width_mm", "inner_height_mm", "max_weight_g", "cost"],
    ["FZ-S", "BOX-FZ-S", "Small", "200", "150", "100", "5000", "0.40"],
]
ORDERS = [
    [
        "merchant",
        "order_ref",
        "customer_ref",
        "first_name",
        "ship_name",
        "ship_country",
        "placed_at",
        "line_no",
        "sku",
        "quantity",
        "gift",
    ],
    ["FZ", "FZ-100", "C-1", "Åsa", "Åsa Ø", "NO", "2025-03-01T09:00:00+01:00", "1", "FZ-1", "1", "no"],
    ["FZ", "FZ-100", "C-1", "Åsa", "Åsa Ø", "NO", "2025-03-01T09:00:00+01:00", "2", "FZ-2", "3", "no"],
    ["FZ", "FZ-101", "C-2", "Bo", "Bo B", "SE", "2025-03-02T10:00:00+01:00", "1", "FZ-2", "1", "yes"],
]
FILES = {"catalog": CATALOG, "boxes": BOXES, "orders": ORDERS}
TABLES = (Sku, Barcode, Box, Order, OrderLine, Customer)

ODD = st.one_of(
    st.text(max_size=12),
    st.sampled_from(
        [
            "",
            "-1",
            "0",
            "1e9",
            "NaN",
            "999999999999",
            "yes",
            "maybe",
            "=cmd|' /C calc'!A0",
            "FZ-1",
            "FZ",
            "\x00",
            '"',
            ";",
            "\n",
            "2025-02-30",
            "12.5",
            "١٢",
        ]
    ),
)


@st.composite
def mangled(draw: Any, rows: list[list[str]], key: str) -> tuple[bytes, str]:
    table = [list(r) for r in rows]
    for _ in range(draw(st.integers(1, 4))):
        move = draw(st.sampled_from(["cell", "cell", "cell", "drop_col", "dup_col", "cut_row", "add_row", "header"]))
        r, c = draw(st.integers(0, len(table) - 1)), draw(st.integers(0, len(table[0]) - 1))
        if move == "cell" and r > 0:
            table[r][c] = draw(ODD)
        elif move == "header":
            table[0][c] = draw(ODD)
        elif move == "drop_col":
            table = [row[:c] + row[c + 1 :] for row in table]
        elif move == "dup_col":
            table = [row + [row[c]] for row in table]
        elif move == "cut_row" and len(table) > 1:
            del table[draw(st.integers(1, len(table) - 1))]
        elif move == "add_row":
            table.append([draw(ODD) for _ in table[0]])
        if not table or not table[0]:
            table = [["x"]]
    fmt = draw(st.sampled_from(["csv", "csv", "json"]))
    if fmt == "json":
        data = {key: [dict(zip(table[0], row, strict=False)) for row in table[1:]]}
        text = json.dumps(draw(st.sampled_from([data, data[key], {"other": 1}, [1, "x"], data])))
        return text.encode(), fmt
    out = io.StringIO()
    csv.writer(out, delimiter=draw(st.sampled_from([",", ",", ";", "\t"]))).writerows(table)
    raw = out.getvalue().encode(
        draw(st.sampled_from(["utf-8", "utf-8", "utf-8-sig", "latin-1", "utf-16"])), errors="replace"
    )
    if draw(st.booleans()):
        cut = draw(st.integers(0, len(raw)))
        raw = raw[:cut] + draw(st.binary(max_size=6)) + raw[cut:]
    return raw, fmt


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("import-fuzz")
    opened = open_store(f"sqlite:///{folder / 'fuzz.db'}")
    for kind in ("catalog", "boxes"):  # the orders refer to this catalogue
        path = folder / f"base-{kind}.csv"
        with path.open("w", newline="", encoding="utf-8") as f:
            csv.writer(f).writerows(FILES[kind])
        import_file(opened, kind, path)
    yield opened, folder
    opened.dispose()


def _counts(store: Any) -> dict[str, int]:
    with store.sessions() as db:
        return {t.__tablename__: int(db.scalar(select(func.count()).select_from(t)) or 0) for t in TABLES}


@pytest.mark.parametrize("kind", ["catalog", "boxes", "orders"])
def test_base_files_import(store: Any, kind: str) -> None:
    opened, folder = store
    path = folder / f"check-{kind}.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(FILES[kind])
    import_file(opened, kind, path)


@pytest.mark.parametrize("kind", ["catalog", "boxes", "orders"])
@given(data=st.data())
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_mangled_file_is_imported_whole_or_refused_whole(store: Any, kind: str, data: st.DataObject) -> None:
    opened, folder = store
    raw, fmt = data.draw(mangled(FILES[kind], {"catalog": "skus"}.get(kind, kind)))
    path = folder / f"fuzz-{kind}.{fmt}"
    path.write_bytes(raw)
    before = _counts(opened)
    try:
        import_file(opened, kind, path)
    except ImportRejected as exc:
        assert _counts(opened) == before, "a refused file left rows behind"
        assert exc.problems and str(exc)
        for problem in exc.problems:
            assert problem.file == path.name and problem.message
