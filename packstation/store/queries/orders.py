"""Finding orders by what a person types or scans."""

from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from packstation.domain.safe_text import as_row_id
from packstation.store.models.orders import Order


def orders_named(db: Session, name: str) -> list[int]:
    """The ids of the orders whose reference, pick-ticket barcode or id is `name` (more than one: ambiguous)."""
    conditions = [Order.external_ref == name, Order.order_barcode == name]
    row_id = as_row_id(name)
    if row_id is not None:
        conditions.append(Order.id == row_id)
    return list(db.scalars(select(Order.id).where(or_(*conditions))))
