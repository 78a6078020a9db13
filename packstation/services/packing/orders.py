"""Orders as a person names them (reference, pick-ticket barcode or id), for the commands."""

from __future__ import annotations

from packstation.store.database import Store
from packstation.store.queries.orders import orders_named


def order_ids_named(store: Store, name: str) -> list[int]:
    """The ids of the orders `name` can mean: none (not found), one, or several (ambiguous: give the id)."""
    with store.sessions() as db:
        return orders_named(db, name)
