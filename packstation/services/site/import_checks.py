"""One namespace for codes, checked at import (issue #17 part 7): a scan must mean one thing.

An order barcode or tote that equals an item barcode or a box barcode (or the reverse) would make the bench read a
unit as an order or a box as an item; a `CMD-` code is a packer's command and nothing else may look like one; and a
carrier + service pair the label step does not know would only fail at the end of packing, with the box closed.
Each function adds an `ImportProblem` per clash (file, row, column, what it clashes with) and writes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from packstation.domain.barcodes import COMMAND_PREFIX
from packstation.domain.carriers import carrier_for
from packstation.domain.errors import ValidationError
from packstation.domain.import_rows import BoxRow, OrderRows, SkuRow
from packstation.domain.importing import ImportProblem, barcode_key
from packstation.domain.label_sources import OFFLINE, source_spec_for
from packstation.store.models import Barcode, Box, Order, Sku


def _is_command(code: str) -> bool:
    return code.strip().upper().startswith(COMMAND_PREFIX)


def _item_owners(session: Session, codes: Iterable[str]) -> dict[str, str]:
    keys = {barcode_key(c): c for c in codes}
    if not keys:
        return {}
    found = session.execute(
        select(Barcode.code, Sku.code).join(Sku, Sku.id == Barcode.sku_id).where(Barcode.code.in_(keys))
    ).all()
    return {keys[code]: sku for code, sku in found}


def _box_owners(session: Session, codes: Iterable[str]) -> dict[str, str]:
    wanted = set(codes)
    if not wanted:
        return {}
    found = session.execute(select(Box.barcode, Box.code).where(or_(Box.barcode.in_(wanted), Box.code.in_(wanted))))
    owners: dict[str, str] = {}
    for barcode, code in found:
        for value in (barcode, code):
            if value in wanted:
                owners[value] = code
    return owners


def _order_owners(session: Session, codes: Iterable[str]) -> dict[str, str]:
    wanted = set(codes)
    if not wanted:
        return {}
    found = session.execute(
        select(Order.order_barcode, Order.tote, Order.external_ref).where(
            or_(Order.order_barcode.in_(wanted), Order.tote.in_(wanted))
        )
    )
    owners: dict[str, str] = {}
    for barcode, tote, ref in found:
        if barcode in wanted:
            owners[barcode] = f"the order barcode of order {ref}"
        if tote in wanted:
            owners.setdefault(tote, f"the tote of order {ref}")
    return owners


def check_order_codes(
    session: Session,
    file: str,
    orders: list[OrderRows],
    problems: list[ImportProblem],
    label_sources: Mapping[str, str] | None = None,
) -> None:
    """Order barcodes and totes of new orders: not an item's or a box's barcode, not a command; a carrier and
    service the built-in carriers know, unless `label_sources` (the station's setting) sends that pair's labels to
    karrio or the site's shipping system, which then judges it."""
    codes: list[tuple[OrderRows, str, str]] = []
    for o in orders:
        codes.append(
            (
                o,
                "order_barcode" if o.order.get("order_barcode") else "order_ref",
                o.order.get("order_barcode") or o.order_ref,
            )
        )
        if o.order.get("tote"):
            codes.append((o, "tote", o.order["tote"]))
    items = _item_owners(session, [c for _, _, c in codes])
    boxes = _box_owners(session, [c for _, _, c in codes])
    for o, column, code in codes:
        if _is_command(code):
            problems.append(
                ImportProblem(
                    file,
                    o.row,
                    column,
                    f"{code} starts with {COMMAND_PREFIX}, which is kept for the packer's command barcodes",
                )
            )
        if code in items:
            problems.append(
                ImportProblem(
                    file,
                    o.row,
                    column,
                    f"{code} is the barcode of SKU {items[code]}; an order or tote code must not be an item's barcode",
                )
            )
        if code in boxes:
            problems.append(
                ImportProblem(
                    file,
                    o.row,
                    column,
                    f"{code} is the barcode of box {boxes[code]}; an order or tote code must not be a box's",
                )
            )
    for o in orders:
        carrier, service = str(o.order.get("carrier") or ""), str(o.order.get("service") or "")
        if source_spec_for(label_sources or {}, o.merchant, carrier, service) != OFFLINE:
            continue
        try:
            known = carrier_for(carrier)
        except ValidationError as exc:
            problems.append(ImportProblem(file, o.row, "carrier", str(exc)))
            continue
        if service not in known.services:
            problems.append(
                ImportProblem(
                    file,
                    o.row,
                    "service",
                    f"carrier {carrier} has no service {service!r} (has: {', '.join(known.services)})",
                )
            )


def check_item_codes(session: Session, file: str, skus: list[SkuRow], problems: list[ImportProblem]) -> None:
    """Item barcodes: not an order's barcode or tote, not a command (box barcodes are checked by the importer)."""
    orders = _order_owners(session, [b.code for s in skus for b in s.barcodes])
    for s in skus:
        for b in s.barcodes:
            if _is_command(b.code):
                problems.append(
                    ImportProblem(
                        file,
                        b.row,
                        b.column,
                        f"{b.code} starts with {COMMAND_PREFIX}, which is kept for the packer's command barcodes",
                    )
                )
            if b.code in orders:
                problems.append(ImportProblem(file, b.row, b.column, f"barcode {b.code} is {orders[b.code]}"))


def check_box_codes(session: Session, file: str, boxes: list[BoxRow], problems: list[ImportProblem]) -> None:
    """Box barcodes and codes: not an order's barcode or tote, not a command (item barcodes: the importer)."""
    values = [(b, column, str(b.values[column])) for b in boxes for column in ("barcode", "code")]
    orders = _order_owners(session, [v for _, _, v in values])
    for b, column, value in values:
        if _is_command(value):
            problems.append(
                ImportProblem(
                    file,
                    b.row,
                    column,
                    f"{value} starts with {COMMAND_PREFIX}, which is kept for the packer's command barcodes",
                )
            )
        if value in orders:
            problems.append(ImportProblem(file, b.row, column, f"{value} is {orders[value]}"))
