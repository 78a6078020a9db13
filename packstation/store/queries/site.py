"""Questions about the database as a whole: is it empty, is it a training floor."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from packstation.store.models import AppMeta, Merchant, Order


def holds_merchants_or_orders(db: Session) -> bool:
    """True when the database already holds merchants or orders (the first start offers demo data only when not)."""
    return bool(
        db.scalar(select(func.count()).select_from(Merchant)) or db.scalar(select(func.count()).select_from(Order))
    )


def is_training_floor(db: Session) -> bool:
    """True only for a database marked `app_meta.mode = demo` (the generated training floor)."""
    row = db.get(AppMeta, "mode")
    return row is not None and row.value == "demo"


def floor_mode(url: str) -> str | None:
    """What `app_meta.mode` says of the database at `url` ("demo", "" when not set) when it holds tables; None when
    it is empty (the demo floor is generated there), unreachable, or the URL is bad (the caller reports those)."""
    from sqlalchemy import inspect, text

    from packstation.store import db

    try:
        engine = db.make_engine(url)
    except Exception:  # noqa: BLE001 - a bad URL is reported by the command itself
        return None
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            if not tables - {"alembic_version"}:
                return None
            if "app_meta" not in tables:
                return ""
            return str(conn.execute(text("SELECT value FROM app_meta WHERE key = 'mode'")).scalar() or "")
    except Exception:  # noqa: BLE001 - unreachable: the command itself says so
        return None
    finally:
        engine.dispose()
