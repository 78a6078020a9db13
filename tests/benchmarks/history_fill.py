"""Fill a store with a large packed history fast: 1M journal rows in seconds, for benchmarks that need a full store.

`packstation.demo.history` writes realistic weeks (about 4k events/s on a small machine); a benchmark that wants a
million rows needs the database to make them itself: `INSERT ... SELECT` over a number series (a recursive CTE on
SQLite, generate_series on PostgreSQL). Each history order is closed, has two lines, one pack session and ten
journal rows (claim, state changes, three item scans with ~3% errors, box, weight, label print, verify, close),
spread evenly over `days` days before `end`.

A SQLite store with the history is cached as a template file (keyed by size and schema head), so a benchmark run
after the first copies a file instead of generating again.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path
from typing import Any

from sqlalchemy import Table, func, select, text

from packstation.app import Store, open_store
from packstation.store.db import head_revision, transaction
from packstation.store.models import Customer, Merchant, Order, OrderLine, PackSession, Sku, Station, User
from packstation.store.models.packing import Event

EVENTS_PER_ORDER = 10
CHUNK_ORDERS = 50_000
CACHE_DIR = Path(os.environ.get("PACKSTATION_BENCH_CACHE", "/tmp/packstation-bench-cache"))

# (kind, code, line offset or None, error code injected on ~3% of orders or None)
_STEPS = (
    ("claim", "order_claimed", None, None),
    ("state", "scanning", None, None),
    ("scan", "accepted", 0, None),
    ("scan", "accepted", 0, "wrong_item"),
    ("scan", "accepted", 1, None),
    ("box", "box_confirmed", None, None),
    ("qc", "weight", None, "weight_mismatch"),
    ("print", "labels_registered", None, None),
    ("verify", "label_verified", None, None),
    ("state", "closed", None, None),
)


def _base(store: Store, stations: int = 4, packers: int = 4) -> dict[str, Any]:
    """The first merchant, customer, two SKUs, stations and packers, created if the store has none."""
    with transaction(store.sessions) as db:
        merchant = db.scalar(select(Merchant).order_by(Merchant.id).limit(1))
        if merchant is None:
            merchant = Merchant(code="HIST", name="History Goods")
            db.add(merchant)
            db.flush()
        customer = db.scalar(select(Customer).where(Customer.merchant_id == merchant.id).limit(1))
        if customer is None:
            customer = Customer(merchant_id=merchant.id, external_ref="HIST-C1", first_name="Hist", last_name="Ory")
            db.add(customer)
        skus = list(db.scalars(select(Sku.id).where(Sku.merchant_id == merchant.id).order_by(Sku.id).limit(2)))
        for i in range(len(skus), 2):
            sku = Sku(
                merchant_id=merchant.id,
                code=f"HSKU-{i}",
                description=f"History item {i}",
                weight_g=100,
                length_mm=100,
                width_mm=80,
                height_mm=60,
            )
            db.add(sku)
            db.flush()
            skus.append(sku.id)
        if db.scalar(select(func.count()).select_from(Station)) == 0:
            db.add_all([Station(code=f"HIST-BENCH-{i:03d}") for i in range(1, stations + 1)])
        if db.scalar(select(func.count()).select_from(User).where(User.role == "packer")) == 0:
            db.add_all(
                [
                    User(name=f"History Packer {i}", badge_code=f"HIST-P{i}", role="packer")
                    for i in range(1, packers + 1)
                ]
            )
        db.flush()
        stations = list(db.scalars(select(Station.id).order_by(Station.id)))
        users = list(db.scalars(select(User.id).where(User.role == "packer").order_by(User.id)))
        return {"merchant": merchant.id, "customer": customer.id, "skus": skus, "stations": stations, "users": users}


class _Sql:
    """The few expressions that differ between SQLite and PostgreSQL."""

    def __init__(self, pg: bool) -> None:
        self.pg = pg

    def series(self, count: int) -> str:
        if self.pg:
            return f"SELECT generate_series(0, {count - 1}) AS k"
        return f"WITH RECURSIVE s(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM s WHERE k < {count - 1}) SELECT k FROM s"

    def ts(self, seconds: str) -> str:
        """A UTC timestamp `seconds` after the epoch, stored as SQLAlchemy stores it."""
        if self.pg:
            return f"to_timestamp({seconds})"
        return f"(strftime('%Y-%m-%d %H:%M:%S', {seconds}, 'unixepoch') || '.000000')"

    def ref(self, number: str) -> str:
        return f"('HIST-' || lpad(({number})::text, 8, '0'))" if self.pg else f"printf('HIST-%08d', {number})"

    def uuid(self) -> str:
        return "gen_random_uuid()::text" if self.pg else "lower(hex(randomblob(16)))"

    def json(self, expr: str) -> str:
        return f"CAST({expr} AS JSON)" if self.pg else expr

    def pick(self, values: list[int], k: str) -> str:
        """One of `values` chosen by k (deterministic, spread evenly)."""
        return f"(CASE ({k}) % {len(values)} " + " ".join(f"WHEN {i} THEN {v}" for i, v in enumerate(values)) + " END)"


def _quoted(value: str | None) -> str:
    return f"'{value}'" if value else "CAST(NULL AS VARCHAR(40))"


def _next_id(db: Any, table: Table) -> int:
    return int(db.scalar(select(func.coalesce(func.max(table.c.id), 0))) or 0) + 1


def _insert(db: Any, table: Table, source: str, values: dict[str, str]) -> None:
    """INSERT INTO table SELECT values FROM (source); unlisted columns get their scalar Python default."""
    columns, exprs = [], []
    for column in table.columns:
        if column.name in values:
            expr = values[column.name]
        elif column.default is not None and column.default.is_scalar:
            default = column.default.arg
            expr = (
                ("TRUE" if default else "FALSE")
                if isinstance(default, bool)
                else (f"'{default}'" if isinstance(default, str) else str(default))
            )
        else:
            continue
        columns.append(column.name)
        exprs.append(expr)
    db.execute(text(f"INSERT INTO {table.name} ({', '.join(columns)}) SELECT {', '.join(exprs)} FROM ({source}) q"))


def fill_history(
    store: Store,
    events: int = 1_000_000,
    *,
    days: int = 365,
    end: dt.datetime | None = None,
    stations: int = 4,
    packers: int = 4,
) -> int:
    """Add about `events` journal rows of closed orders ending at `end` (default: yesterday); returns rows added.
    `stations` and `packers` are created when the store has none (a floor's size: 50 benches, 150 packers in three
    shifts)."""
    base = _base(store, stations, packers)
    n_orders = max(1, events // EVENTS_PER_ORDER)
    end = end or dt.datetime.now(dt.UTC) - dt.timedelta(days=1)
    start = int((end - dt.timedelta(days=days)).timestamp())
    step = days * 86400 / n_orders
    sql = _Sql(store.engine.dialect.name == "postgresql")
    steps = " UNION ALL ".join(
        f"SELECT {i} AS i, '{kind}' AS kind, '{code}' AS code, {line if line is not None else 'CAST(NULL AS INTEGER)'} AS line, "
        f"{_quoted(err)} AS err"
        for i, (kind, code, line, err) in enumerate(_STEPS)
    )
    done = 0
    while done < n_orders:
        count = min(CHUNK_ORDERS, n_orders - done)
        with transaction(store.sessions) as db:
            if sql.pg:  # a batch inserts 500k journal rows: longer than a bench's statement limit on a busy machine
                db.execute(text("SET LOCAL statement_timeout = 0"))
            o0, l0 = _next_id(db, Order.__table__), _next_id(db, OrderLine.__table__)
            s0 = _next_id(db, PackSession.__table__)
            t = f"({start} + (k + {done}) * {step:.6f})"
            # Orders go round the benches; each bench has its packer per 8-hour shift (three shifts a day), as
            # on a floor (a packer at every bench every day would make a year's cells 50 times too many).
            n_stations = len(base["stations"])
            shift = f"(CAST({t} / 28800 AS INTEGER) % 3)"
            station = sql.pick(base["stations"], "k")
            user = sql.pick(base["users"], f"(k % {n_stations}) + {n_stations} * {shift}")
            _insert(
                db,
                Order.__table__,
                sql.series(count),
                {
                    "id": f"{o0} + k",
                    "merchant_id": str(base["merchant"]),
                    "customer_id": str(base["customer"]),
                    "external_ref": sql.ref(f"{o0} + k"),
                    "order_barcode": sql.ref(f"{o0} + k"),
                    "status": "'closed'",
                    # placed 0-48 h before packing (k * 7919 spreads it; 64-bit: 2M orders overflow PostgreSQL's
                    # integer), promised a day after it was placed
                    "placed_at": sql.ts(f"{t} - (CAST(k + {done} AS BIGINT) * 7919 % 2880) * 60"),
                    "ship_by": sql.ts(f"{t} - (CAST(k + {done} AS BIGINT) * 7919 % 2880) * 60 + 86400"),
                    "imported_at": sql.ts(t),
                    "closed_at": sql.ts(f"{t} + 120"),
                    "claim_version": "2",
                },
            )
            lines = f"SELECT k, n FROM ({sql.series(count)}) a CROSS JOIN (SELECT 0 AS n UNION ALL SELECT 1) b"
            _insert(
                db,
                OrderLine.__table__,
                lines,
                {
                    "id": f"{l0} + 2 * k + n",
                    "order_id": f"{o0} + k",
                    "line_no": "n + 1",
                    "sku_id": f"(CASE n WHEN 0 THEN {base['skus'][0]} ELSE {base['skus'][1]} END)",
                    "quantity": "(CASE n WHEN 0 THEN 2 ELSE 1 END)",
                },
            )
            _insert(
                db,
                PackSession.__table__,
                sql.series(count),
                {
                    "id": f"{s0} + k",
                    "order_id": f"{o0} + k",
                    "station_id": station,
                    "user_id": user,
                    "state": "'closed'",
                    "started_at": sql.ts(t),
                    "ended_at": sql.ts(f"{t} + 120"),
                    "error_count": "0",
                },
            )
            journal = (
                f"SELECT k, i, kind, code, line, (CASE WHEN err IS NOT NULL AND (k * 7919 + {done}) % 67 = 0 "
                f"THEN err END) AS err FROM ({sql.series(count)}) a CROSS JOIN ({steps}) b"
            )
            sku = f"(CASE line WHEN 0 THEN {base['skus'][0]} WHEN 1 THEN {base['skus'][1]} END)"
            _insert(
                db,
                Event.__table__,
                journal,
                {
                    "event_uuid": sql.uuid(),
                    "at": sql.ts(f"{t} + 6 * i"),
                    "kind": "kind",
                    "code": "COALESCE(err, code)",
                    "error_type": "err",
                    "order_id": f"{o0} + k",
                    "session_id": f"{s0} + k",
                    "station_id": station,
                    "user_id": user,
                    "sku_id": sku,
                    "order_line_id": f"{l0} + 2 * k + line",
                    "quantity": "(CASE kind WHEN 'scan' THEN 1 ELSE 0 END)",
                    "raw": "(CASE kind WHEN 'scan' THEN '04006381333931' END)",
                    "detail": sql.json('\'{"verdict": {"code": "\' || COALESCE(err, code) || \'"}}\''),
                },
            )
        done += count
    with store.engine.begin() as conn:
        if sql.pg:
            conn.execute(text("SET LOCAL statement_timeout = 0"))
            for table in ("orders", "order_lines", "pack_sessions", "events"):
                conn.execute(
                    text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))")
                )
        conn.execute(text("ANALYZE"))
    return n_orders * EVENTS_PER_ORDER


def event_count(store: Store) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(text("SELECT count(*) FROM events")).scalar_one())


def sqlite_with_history(path: Path, events: int = 1_000_000) -> Store:
    """A migrated SQLite store at `path` holding `events` history rows (copied from a cached template)."""
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    template = CACHE_DIR / f"history-{events}-{head_revision()}.db"
    if not template.exists():
        partial = template.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        store = open_store(f"sqlite:///{partial}")
        fill_history(store, events)
        with store.engine.begin() as conn:
            conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
        store.dispose()
        partial.rename(template)
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template, path)
    return open_store(f"sqlite:///{path}")
