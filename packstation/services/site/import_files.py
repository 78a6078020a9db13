"""Reading import files (CSV or JSON) into raw rows with a location each, for `services.importing`.

CSV: UTF-8 (a BOM from Excel is fine), comma, semicolon or tab separated, one header row; rows are numbered as a
spreadsheet shows them (the header is row 1). JSON: a list, or an object holding the list under the kind's name;
locations are JSON paths like `orders[2].lines[0]`.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from packstation.domain.importing import ImportProblem, check_columns

Row = tuple[str, Mapping[str, Any], Mapping[str, str]]  # location, raw values, column labels for messages

# JSON nesting of an order -> the flat column names shared with CSV.
CUSTOMER_KEYS = {
    "ref": "customer_ref",
    "first_name": "first_name",
    "last_name": "last_name",
    "email": "email",
    "phone": "phone",
    "locale": "locale",
    "orders_count": "customer_orders_count",
    "lifetime_spend": "customer_lifetime_spend",
    "first_order_at": "customer_first_order_at",
    "last_order_at": "customer_last_order_at",
    "categories": "customer_categories",
}
SHIP_KEYS = {
    "name": "ship_name",
    "line1": "ship_line1",
    "line2": "ship_line2",
    "postal_code": "ship_postal_code",
    "city": "ship_city",
    "region": "ship_region",
    "country": "ship_country",
}
LINE_KEYS = ("line_no", "sku", "quantity", "bin", "lot_required", "unit_price")


def file_format(path: Path, override: str | None = None) -> str:
    """csv or json, from `override` or the file name's extension."""
    fmt = (override or path.suffix.lstrip(".")).lower()
    return "json" if fmt == "json" else "csv"


def _read_text(path: Path, problems: list[ImportProblem]) -> str | None:
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        problems.append(ImportProblem(path.name, "file", "", f"file not found: {path}"))
    except UnicodeDecodeError as exc:
        problems.append(
            ImportProblem(path.name, "file", "", f"not UTF-8 text (byte {exc.start}); save it as CSV UTF-8")
        )
    except OSError as exc:
        problems.append(ImportProblem(path.name, "file", "", f"cannot read: {exc.strerror}"))
    return None


def read_csv(path: Path, known: Sequence[str], required: Sequence[str], problems: list[ImportProblem]) -> list[Row]:
    text = _read_text(path, problems)
    if text is None:
        return []
    first_line = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        problems.append(ImportProblem(path.name, "header", "", "the file is empty"))
        return []
    check_columns(path.name, header, known, required, problems)
    header = [h.strip() for h in header]
    rows: list[Row] = []
    try:
        for number, cells in enumerate(reader, start=2):
            if not any(cell.strip() for cell in cells):
                continue
            where = f"row {number}"
            if len(cells) > len(header):
                problems.append(
                    ImportProblem(
                        path.name, where, "", f"{len(cells)} cells but only {len(header)} columns in the header"
                    )
                )
            rows.append((where, dict(zip(header, cells, strict=False)), {}))
    except csv.Error as exc:
        problems.append(ImportProblem(path.name, f"row {reader.line_num}", "", f"not valid CSV: {exc}"))
    if not rows and not problems:
        problems.append(ImportProblem(path.name, "row 2", "", "no data rows below the header"))
    return rows


def stream_csv(
    path: Path, known: Sequence[str], required: Sequence[str], problems: list[ImportProblem]
) -> Iterator[Row]:
    """`read_csv` one row at a time: the file is never held whole in memory (100,000 order lines stay bounded).
    Problems with the file itself (missing, not UTF-8, bad CSV) are added to `problems` and end the rows."""
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        problems.append(
            ImportProblem(
                path.name,
                "file",
                "",
                "file not found" if isinstance(exc, FileNotFoundError) else f"cannot read: {exc.strerror}",
            )
        )
        return
    any_rows = False
    number = 1
    with handle:
        try:
            first_line = handle.readline()
            delimiter = max(",;\t", key=first_line.count)
            handle.seek(0)
            reader = csv.reader(handle, delimiter=delimiter)
            try:
                header = next(reader)
            except StopIteration:
                problems.append(ImportProblem(path.name, "header", "", "the file is empty"))
                return
            check_columns(path.name, header, known, required, problems)
            header = [h.strip() for h in header]
            width = len(header)
            for number, cells in enumerate(reader, start=2):
                if not any(cell.strip() for cell in cells):
                    continue
                where = f"row {number}"
                if len(cells) > width:
                    problems.append(
                        ImportProblem(
                            path.name, where, "", f"{len(cells)} cells but only {width} columns in the header"
                        )
                    )
                any_rows = True
                yield where, dict(zip(header, cells, strict=False)), {}
        except UnicodeDecodeError:
            problems.append(
                ImportProblem(path.name, "file", "", f"not UTF-8 text (near row {number + 1}); save it as CSV UTF-8")
            )
            return
        except csv.Error as exc:
            problems.append(ImportProblem(path.name, f"row {number + 1}", "", f"not valid CSV: {exc}"))
            return
    if not any_rows and not problems:
        problems.append(ImportProblem(path.name, "row 2", "", "no data rows below the header"))


def _load_json(path: Path, key: str, problems: list[ImportProblem]) -> list[Any]:
    text = _read_text(path, problems)
    if text is None:
        return []
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        problems.append(
            ImportProblem(path.name, f"line {exc.lineno}", "", f"not valid JSON: {exc.msg} (character {exc.colno})")
        )
        return []
    except RecursionError:
        problems.append(ImportProblem(path.name, "file", "", "JSON nested too deeply to read"))
        return []
    except ValueError as exc:  # e.g. a number with more digits than Python reads
        problems.append(ImportProblem(path.name, "file", "", f"not valid JSON: {exc}"))
        return []
    if isinstance(data, dict) and isinstance(data.get(key), list):
        data = data[key]
    if not isinstance(data, list):
        problems.append(ImportProblem(path.name, "file", "", f'expected a list, or {{"{key}": [...]}}'))
        return []
    if not data:
        problems.append(ImportProblem(path.name, f"{key}[0]", "", "the list is empty"))
    return data


def _unknown_keys(
    file: str, where: str, obj: Mapping[str, Any], known: Sequence[str], problems: list[ImportProblem]
) -> None:
    for name in obj:
        if name not in known:
            problems.append(ImportProblem(file, where, name, f"unknown key (known: {', '.join(known)})"))


def read_json_flat(
    path: Path, key: str, known: Sequence[str], problems: list[ImportProblem], extra: Sequence[str] = ()
) -> list[Row]:
    """Catalogue and boxes: one object per row, keys as the CSV columns (plus `extra`, e.g. `barcodes`)."""
    rows: list[Row] = []
    for i, obj in enumerate(_load_json(path, key, problems)):
        where = f"{key}[{i}]"
        if not isinstance(obj, dict):
            problems.append(ImportProblem(path.name, where, "", "expected an object"))
            continue
        _unknown_keys(path.name, where, obj, [*known, *extra], problems)
        rows.append((where, obj, {}))
    return rows


def read_json_orders(path: Path, problems: list[ImportProblem]) -> list[Row]:
    """Orders: `customer` and `ship_to` objects and a `lines` list, flattened to one row per line."""
    from packstation.domain.import_rows import ORDER_LEVEL

    top_keys = [k for k in ORDER_LEVEL if k not in CUSTOMER_KEYS.values() and k not in SHIP_KEYS.values()]
    labels = {flat: f"customer.{k}" for k, flat in CUSTOMER_KEYS.items()}
    labels |= {flat: f"ship_to.{k}" for k, flat in SHIP_KEYS.items()}
    rows: list[Row] = []
    for i, obj in enumerate(_load_json(path, "orders", problems)):
        where = f"orders[{i}]"
        if not isinstance(obj, dict):
            problems.append(ImportProblem(path.name, where, "", "expected an object"))
            continue
        _unknown_keys(path.name, where, obj, [*top_keys, "customer", "ship_to", "lines"], problems)
        base = {k: v for k, v in obj.items() if k in top_keys}
        for part, mapping in (("customer", CUSTOMER_KEYS), ("ship_to", SHIP_KEYS)):
            sub = obj.get(part) or {}
            if not isinstance(sub, dict):
                problems.append(ImportProblem(path.name, where, part, "expected an object"))
                continue
            _unknown_keys(path.name, f"{where}.{part}", sub, list(mapping), problems)
            base |= {mapping[k]: v for k, v in sub.items() if k in mapping}
        lines = obj.get("lines")
        if not isinstance(lines, list) or not lines:
            problems.append(ImportProblem(path.name, where, "lines", "an order needs a list of at least one line"))
            continue
        for j, line in enumerate(lines):
            line_where = f"{where}.lines[{j}]"
            if not isinstance(line, dict):
                problems.append(ImportProblem(path.name, line_where, "", "expected an object"))
                continue
            _unknown_keys(path.name, line_where, line, LINE_KEYS, problems)
            rows.append((line_where, base | {k: v for k, v in line.items() if k in LINE_KEYS}, labels))
    return rows
