"""`packstation import incidents FILE`: customers' complaints from the shop, all or nothing.

Every row is checked against the store before anything is written (merchant, a shipped order, its line, no more
units than it shipped, a complaint number not already imported); one problem rejects the whole file, each named
with its row and column. Each complaint is then recorded as a lead's would be (`incidents.record_in`).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from packstation.domain import incident_rows
from packstation.domain.errors import DomainError
from packstation.domain.importing import ImportProblem
from packstation.services.shipping.incidents import record_in
from packstation.services.site import import_files as files
from packstation.store.models import Incident, Merchant, Order, Sku


def import_incidents(
    session: Session, path: Path, json_file: bool, now: dt.datetime, problems: list[ImportProblem]
) -> tuple[int, int, int, int]:
    """(rows, complaints recorded, already imported, replacement lines); nothing is written when `problems`."""
    file = path.name
    raw = (
        files.read_json_flat(path, "incidents", incident_rows.INCIDENT_COLUMNS, problems)
        if json_file
        else files.read_csv(path, incident_rows.INCIDENT_COLUMNS, incident_rows.INCIDENT_REQUIRED, problems)
    )
    complaints = incident_rows.complaint_rows(file, raw, problems)
    merchants = (
        {
            m.code: m
            for m in session.scalars(select(Merchant).where(Merchant.code.in_({c.merchant for c in complaints})))
        }
        if complaints
        else {}
    )
    todo: list[tuple[incident_rows.ComplaintRows, Order, dict[int, int]]] = []
    already = 0
    for c in complaints:
        merchant = merchants.get(c.merchant)
        if merchant is None:
            problems.append(ImportProblem(file, c.row, "merchant", f"unknown merchant {c.merchant!r}"))
            continue
        if (
            c.incident_ref
            and session.scalar(
                select(Incident.id).where(Incident.merchant_id == merchant.id, Incident.external_ref == c.incident_ref)
            )
            is not None
        ):
            already += 1
            continue
        order = session.scalar(select(Order).where(Order.merchant_id == merchant.id, Order.external_ref == c.order_ref))
        if order is None:
            problems.append(
                ImportProblem(file, c.row, "order_ref", f"merchant {c.merchant} has no order {c.order_ref!r}")
            )
            continue
        if order.status != "closed":
            problems.append(
                ImportProblem(
                    file, c.row, "order_ref", f"order {c.order_ref} has not been shipped (status {order.status})"
                )
            )
            continue
        skus = dict(
            session.execute(select(Sku.id, Sku.code).where(Sku.id.in_([ln.sku_id for ln in order.lines]))).all()
        )
        by_no = {ln.line_no: ln for ln in order.lines}
        wanted: dict[int, int] = defaultdict(int)
        first_row: dict[int, str] = {}
        for line in c.lines:
            column = "line_no" if line.line_no else "sku"
            if line.line_no:
                match = by_no.get(line.line_no)
                if match is None:
                    problems.append(
                        ImportProblem(file, line.row, column, f"order {c.order_ref} has no line {line.line_no}")
                    )
                    continue
                if line.sku and skus.get(match.sku_id) != line.sku:
                    problems.append(
                        ImportProblem(
                            file,
                            line.row,
                            "sku",
                            f"line {line.line_no} of order "
                            f"{c.order_ref} is SKU {skus.get(match.sku_id)}, not {line.sku}",
                        )
                    )
                    continue
            else:
                lines = [ln for ln in order.lines if skus.get(ln.sku_id) == line.sku]
                if not lines:
                    problems.append(
                        ImportProblem(file, line.row, column, f"SKU {line.sku} is not on order {c.order_ref}")
                    )
                    continue
                if len(lines) > 1:
                    problems.append(
                        ImportProblem(
                            file,
                            line.row,
                            column,
                            f"SKU {line.sku} is on lines "
                            f"{', '.join(str(ln.line_no) for ln in lines)} of order "
                            f"{c.order_ref}; give the line_no",
                        )
                    )
                    continue
                match = lines[0]
            if match.line_no in first_row:
                problems.append(
                    ImportProblem(
                        file,
                        line.row,
                        column,
                        f"line {match.line_no} of order {c.order_ref} "
                        f"is already on {first_row[match.line_no]} of this complaint",
                    )
                )
                continue
            first_row[match.line_no] = line.row
            if line.quantity > match.quantity:
                problems.append(
                    ImportProblem(
                        file,
                        line.row,
                        "quantity",
                        f"line {match.line_no} of order "
                        f"{c.order_ref} shipped {match.quantity} units, not {line.quantity}",
                    )
                )
                continue
            wanted[match.line_no] += line.quantity
        todo.append((c, order, dict(wanted)))
    if problems:
        return len(raw), 0, already, 0
    lines_made = 0
    for c, order, wanted in todo:
        try:
            record_in(
                session,
                order,
                c.kind,
                wanted,
                note=c.note,
                now=now,
                source="import",
                external_ref=c.incident_ref or None,
                reported_at=c.reported_at,
            )
        except DomainError as exc:  # checked above; kept so nothing can slip through half-written
            problems.append(ImportProblem(file, c.row, "", exc.message))
            return len(raw), 0, already, 0
        lines_made += len(wanted)
    return len(raw), len(todo), already, lines_made
