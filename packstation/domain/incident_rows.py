"""The incidents import format: one row per complained-about line of a shipped order.

Columns: merchant, order_ref, kind (damaged | wrong_item | missing_item) and the line (line_no, or the sku when it
is on one line of the order) are required; quantity (default 1), incident_ref (the shop's complaint number: rows
with the same one are one complaint, and a complaint already imported is left alone), note and reported_at are
optional. Rows without an incident_ref are grouped by merchant, order and kind.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from packstation.domain.importing import ImportProblem, RowReader

INCIDENT_KINDS = ("damaged", "wrong_item", "missing_item")
INCIDENT_REQUIRED = ("merchant", "order_ref", "kind")
INCIDENT_COLUMNS = (
    "merchant",
    "order_ref",
    "incident_ref",
    "kind",
    "line_no",
    "sku",
    "quantity",
    "note",
    "reported_at",
)


@dataclass(frozen=True)
class ComplaintRow:
    row: str
    line_no: int  # 0: by sku
    sku: str
    quantity: int


@dataclass
class ComplaintRows:
    """One complaint assembled from its rows."""

    row: str  # its first row
    merchant: str
    order_ref: str
    kind: str
    incident_ref: str
    note: str
    reported_at: dt.datetime | None
    lines: list[ComplaintRow] = field(default_factory=list)


def complaint_rows(
    file: str, rows: Sequence[tuple[str, Mapping[str, Any], Mapping[str, str]]], problems: list[ImportProblem]
) -> list[ComplaintRows]:
    """Rows -> complaints; every bad cell and every disagreement between rows of one complaint is a problem."""
    found: dict[tuple[str, ...], ComplaintRows] = {}
    for row, raw, labels in rows:
        r = RowReader(file, row, raw, problems, labels)
        merchant, order_ref = r.code("merchant", max_len=40), r.code("order_ref")
        kind = r.text("kind", required=True, max_len=20).lower()
        if kind and kind not in INCIDENT_KINDS:
            r.problem("kind", f"must be one of {', '.join(INCIDENT_KINDS)}, not {kind!r}")
        incident_ref = r.code("incident_ref", required=False)
        line_no = r.integer("line_no", minimum=0, maximum=100_000)
        sku = r.code("sku", required=False)
        if not line_no and not sku:
            r.problem("line_no", "give the line_no or the sku of the line the complaint is about")
        quantity = r.integer("quantity", minimum=1, maximum=100_000, default=1)
        note, reported_at = r.text("note", max_len=500), r.timestamp("reported_at")
        if not r.ok:
            continue
        key = (merchant, incident_ref) if incident_ref else (merchant, order_ref, kind, "")
        complaint = found.get(key)
        if complaint is None:
            complaint = found[key] = ComplaintRows(row, merchant, order_ref, kind, incident_ref, note, reported_at)
        else:
            for column, mine, first in (("order_ref", order_ref, complaint.order_ref), ("kind", kind, complaint.kind)):
                if mine != first:
                    r.problem(
                        column,
                        f"differs from the first row of complaint {incident_ref} ({complaint.row}): "
                        f"{mine!r} vs {first!r}",
                    )
        complaint.lines.append(ComplaintRow(row, line_no, sku, quantity))
    return list(found.values())
