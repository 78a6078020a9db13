"""Where archived history lives, and the SQL that moves it there.

`packstation archive --before DATE` moves the history of orders closed before DATE (their journal rows, packed
units, QC results, packages, labels, print jobs, photos and slips) out of the live tables into tables of the same
columns in the schema `archive`:

- on PostgreSQL a schema `archive` in the same database (created by the first archive run);
- on SQLite a file beside the store (`store.db` -> `store-archive.db`), attached to every connection as `archive`
  once it exists, so `archive.events` names the same thing on both databases.

The order itself, its lines, its pack sessions and its shipped serials stay live (one row each per order, and the
serial check must see every serial ever shipped); `orders.archived_at` says that an order's history moved.
Archive tables carry no foreign keys (their rows refer to live customers, SKUs and users that may change) and a
few indexes for the readers: by order, session, package and time.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    Index,
    MetaData,
    Table,
    and_,
    delete,
    insert,
    select,
    text,
    union,
    union_all,
)
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, aliased

from packstation.store.models import Base

ARCHIVE_SCHEMA = "archive"
ARCHIVED_BEFORE = "archived_before"  # app_meta key: when the latest run moved rows (ISO time, UTC)
# Children before parents: the order rows are deleted from the live store in this order.
ARCHIVED_TABLES = (
    "packed_units",
    "qc_results",
    "package_photos",
    "print_jobs",
    "labels",
    "packages",
    "slips",
    "events",
)
_INDEXED = ("order_id", "session_id", "package_id", "at")


def archive_path(url: str) -> Path | None:
    """The archive file of a SQLite store (None for PostgreSQL or an in-memory store)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    live = Path(parsed.database).expanduser()
    return live.with_name(f"{live.stem}-archive{live.suffix or '.db'}")


@cache
def archive_metadata() -> MetaData:
    """The archive tables: the live tables' columns in schema `archive`, no foreign keys, reader indexes."""
    md = MetaData()
    for name in ARCHIVED_TABLES:
        live = Base.metadata.tables[name]
        cols = [
            Column(c.name, c.type, primary_key=c.primary_key, nullable=c.nullable, autoincrement=False)
            for c in live.columns
        ]
        table = Table(name, md, *cols, schema=ARCHIVE_SCHEMA)
        for col in _INDEXED:
            if col in table.c:
                Index(f"ix_archive_{name}_{col}", table.c[col])
    return md


def archive_table(name: str) -> Table:
    return archive_metadata().tables[f"{ARCHIVE_SCHEMA}.{name}"]


def attach_archive(dbapi_connection: Any, path: Path) -> None:
    """ATTACH a SQLite archive file as `archive` (creating the file when it does not exist)."""
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("ATTACH DATABASE ? AS archive", (str(path),))
        cursor.execute("PRAGMA archive.journal_mode=WAL")
        cursor.execute("PRAGMA archive.synchronous=FULL")
    finally:
        cursor.close()


def is_attached(conn: Connection) -> bool:
    if conn.dialect.name != "sqlite":
        return True
    return any(row[1] == ARCHIVE_SCHEMA for row in conn.exec_driver_sql("PRAGMA database_list"))


def create_archive(conn: Connection) -> None:
    """The archive schema and tables, if missing (PostgreSQL: schema `archive`; SQLite: the attached file)."""
    if conn.dialect.name == "postgresql":
        conn.execute(text(f"CREATE SCHEMA IF NOT EXISTS {ARCHIVE_SCHEMA}"))
    archive_metadata().create_all(conn, checkfirst=True)


def has_archive(conn: Connection) -> bool:
    """True when the archive tables exist and can be read from this connection."""
    if conn.dialect.name == "sqlite":
        if not is_attached(conn):
            return False
        return (
            conn.exec_driver_sql("SELECT 1 FROM archive.sqlite_master WHERE type='table' AND name='events'").first()
            is not None
        )
    return conn.execute(text("SELECT to_regclass('archive.events')")).scalar() is not None


def union_entity(model: type[Any], name: str | None = None) -> Any:
    """`model` over its live rows and its archived rows together (UNION ALL; a row is in one of them)."""
    live = model.__table__
    arch = archive_table(live.name)
    both = union_all(select(*live.c), select(*[arch.c[c.name] for c in live.c])).subquery(name or live.name)
    return aliased(model, both, adapt_on_names=True)


def archived_entity(model: type[Any], name: str) -> Any:
    """`model` over its archived rows only."""
    return aliased(model, archive_table(model.__table__.name).alias(name), adapt_on_names=True)


def _rows_of(table: Table, orders: Any, sessions: Any, packages: Any) -> Any:
    """The rows of one history table that belong to the given orders (as a WHERE clause)."""
    c = table.c
    conds = []
    if "order_id" in c:
        conds.append(c.order_id.in_(orders))
    if "session_id" in c and table.name in ("events", "packed_units", "qc_results"):
        conds.append(c.session_id.in_(sessions))
    if "package_id" in c and table.name == "print_jobs":
        conds.append(c.package_id.in_(packages))
    if len(conds) == 1:
        return conds[0]
    # One id list from each index (an OR across two columns would read the whole table on SQLite).
    return c.id.in_(union(*(select(c.id).where(cond) for cond in conds)))


def _history_where(order_ids: list[int]) -> dict[str, Any]:
    from packstation.store.models import Package, PackSession

    orders = list(order_ids)
    sessions = select(PackSession.id).where(PackSession.order_id.in_(orders)).scalar_subquery()
    packages = select(Package.id).where(Package.order_id.in_(orders)).scalar_subquery()
    return {name: _rows_of(Base.metadata.tables[name], orders, sessions, packages) for name in ARCHIVED_TABLES}


def copy_orders(conn: Connection, order_ids: list[int]) -> None:
    """Copy the history rows of `order_ids` into the archive (rows already there are not copied twice: a run
    stopped between the archive's commit and the store's, SQLite only). The caller holds the transaction."""
    for name, where in _history_where(order_ids).items():
        live, arch = Base.metadata.tables[name], archive_table(name)
        copied = arch.alias("copied")
        already = select(copied.c.id).where(copied.c.id == live.c.id).exists()
        conn.execute(insert(arch).from_select([c.name for c in live.c], select(*live.c).where(and_(where, ~already))))


def delete_orders(conn: Connection, order_ids: list[int]) -> dict[str, int]:
    """Delete the history rows of `order_ids` from the live tables (children first); rows per table."""
    return {
        name: conn.execute(delete(Base.metadata.tables[name]).where(where)).rowcount or 0
        for name, where in _history_where(order_ids).items()
    }


def archived_before(session: Session) -> dt.datetime | None:
    """History before this time may be in the archive (None: nothing was ever archived)."""
    from packstation.store.models import AppMeta

    value = session.scalar(select(AppMeta.value).where(AppMeta.key == ARCHIVED_BEFORE))
    return dt.datetime.fromisoformat(value) if value else None


def set_archived_before(session: Session, before: dt.datetime) -> None:
    from packstation.store.models import AppMeta

    current = archived_before(session)
    if current is not None and current >= before:
        return
    row = session.get(AppMeta, ARCHIVED_BEFORE)
    if row is None:
        session.add(AppMeta(key=ARCHIVED_BEFORE, value=before.astimezone(dt.UTC).isoformat()))
    else:
        row.value = before.astimezone(dt.UTC).isoformat()
