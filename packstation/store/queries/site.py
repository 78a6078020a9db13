"""Questions about the database as a whole: is it empty, is it a training floor."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from packstation.store.models import AppMeta, Merchant, Order


def holds_merchants_or_orders(db: Session) -> bool:
    """True when the database already holds merchants or orders (the first start offers demo data only when not)."""
    return bool(db.scalar(select(func.count()).select_from(Merchant))
                or db.scalar(select(func.count()).select_from(Order)))


def is_training_floor(db: Session) -> bool:
    """True only for a database marked `app_meta.mode = demo` (the generated training floor)."""
    row = db.get(AppMeta, "mode")
    return row is not None and row.value == "demo"
