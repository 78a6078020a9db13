"""Import row validation: each problem names file, row and column, and says what is wrong."""

from __future__ import annotations

import pytest

from packstation.domain import import_rows as rows
from packstation.domain.importing import ImportProblem, ImportRejected, check_columns, normalise_gtin


def test_gtins_are_checked_by_their_check_digit_and_stored_as_14_digits() -> None:
    assert normalise_gtin("4006381333931") == "04006381333931"
    assert normalise_gtin("96385074") == "00000096385074"  # GTIN-8
    assert normalise_gtin("17031234000054") == "17031234000054"
    with pytest.raises(ValueError, match="check digit"):
        normalise_gtin("4006381333932")
    with pytest.raises(ValueError, match="8, 12, 13 or 14 digits"):
        normalise_gtin("40063813339")


def test_a_bad_sku_row_names_every_bad_column() -> None:
    problems: list[ImportProblem] = []
    raw = {
        "merchant": "ACME",
        "sku": "A 1",
        "weight_g": "heavy",
        "fragile": "maybe",
        "gtin": "4006381333932",
        "case_quantity": "6",
    }
    assert rows.sku_row("catalog.csv", "row 4", raw, problems) is None
    text = [str(p) for p in problems]
    assert "catalog.csv, row 4, column 'sku': must not contain spaces: 'A 1'" in text
    assert any(t.startswith("catalog.csv, row 4, column 'weight_g': must be a whole number") for t in text)
    assert any("column 'fragile': must be true or false" in t for t in text)
    assert any("column 'gtin': not a valid GTIN" in t and "check digit" in t for t in text)
    assert any("column 'case_gtin': is required when case_quantity" in t for t in text)


def test_a_good_sku_row_reads_flags_numbers_and_barcodes() -> None:
    problems: list[ImportProblem] = []
    raw = {
        "merchant": "ACME",
        "sku": "A-1",
        "weight_g": "1 200",
        "unit_price": "12,50",
        "fragile": "ja",
        "this_side_up": "1",
        "gtin": "4006381333931",
        "case_gtin": "14006381333938",
        "case_quantity": "12",
        "vendor_code": "V-1",
    }
    sku = rows.sku_row("catalog.csv", "row 2", raw, problems)
    assert problems == [] and sku is not None
    assert sku.values["weight_g"] == 1200 and str(sku.values["unit_price"]) == "12.50"
    assert sku.values["fragile"] and sku.values["this_side_up"] and not sku.values["hazmat_class"]
    assert [(b.code, b.kind, b.quantity) for b in sku.barcodes] == [
        ("04006381333931", "gtin", 1),
        ("V-1", "vendor", 1),
        ("14006381333938", "case", 12),
    ]


def test_box_dimensions_and_weights_must_make_sense() -> None:
    problems: list[ImportProblem] = []
    raw = {
        "code": "B1",
        "barcode": "BOX-B1",
        "inner_length_mm": "300",
        "inner_width_mm": "0",
        "inner_height_mm": "100",
        "outer_length_mm": "290",
        "max_weight_g": "5000",
        "kind": "crate",
    }
    assert rows.box_row("boxes.csv", "row 2", raw, problems) is None
    columns = {p.column for p in problems}
    assert columns == {"inner_width_mm", "outer_length_mm", "kind"}


def test_rows_of_one_order_must_agree_and_line_numbers_are_unique() -> None:
    problems: list[ImportProblem] = []
    base = {"merchant": "ACME", "order_ref": "O-1", "customer_ref": "C-1", "ship_city": "Oslo"}
    parsed = rows.order_rows(
        "orders.csv",
        [
            ("row 2", base | {"sku": "A", "quantity": "1", "line_no": "1"}, {}),
            ("row 3", base | {"sku": "B", "quantity": "1", "line_no": "1", "ship_city": "Bergen"}, {}),
        ],
        problems,
    )
    assert len(parsed) == 1 and len(parsed[0].lines) == 2
    assert [(p.row, p.column) for p in problems] == [("row 3", "ship_city"), ("row 3", "line_no")]


def test_lines_without_numbers_are_numbered_in_file_order() -> None:
    problems: list[ImportProblem] = []
    base = {"merchant": "ACME", "order_ref": "O-1", "customer_ref": "C-1"}
    parsed = rows.order_rows(
        "orders.csv",
        [("row 2", base | {"sku": "A", "quantity": "2"}, {}), ("row 3", base | {"sku": "B", "quantity": "1"}, {})],
        problems,
    )
    assert problems == []
    assert [(line.line_no, line.sku, line.quantity) for line in parsed[0].lines] == [(1, "A", 2), (2, "B", 1)]


def test_header_problems_name_the_column() -> None:
    problems: list[ImportProblem] = []
    check_columns(
        "orders.csv", ["merchant", "order_ref", "quantiy", "sku"], rows.ORDER_COLUMNS, rows.ORDER_REQUIRED, problems
    )
    assert {(p.row, p.column) for p in problems} == {
        ("header", "quantiy"),
        ("header", "customer_ref"),
        ("header", "quantity"),
    }


def test_rejection_lists_problems_and_says_nothing_was_imported() -> None:
    error = ImportRejected("orders.csv", [ImportProblem("orders.csv", "row 3", "quantity", "must be 1 or more")])
    assert error.code == "import_rejected"
    assert str(error).splitlines() == [
        "orders.csv: 1 problem(s), nothing imported",
        "orders.csv, row 3, column 'quantity': must be 1 or more",
    ]
