"""The scan path's questions to the database, in the packing station's words.

They run on the GUI thread for every scan: each is one indexed statement."""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any, cast

from sqlalchemy import Row, Table, bindparam, exists, func, insert, or_, select, update
from sqlalchemy.orm import Session

from packstation.store.models.catalog import Barcode, Box, Sku
from packstation.store.models.marketing import Slip
from packstation.store.models.orders import Order, OrderLine
from packstation.store.models.packing import Event, PackedUnit, PackSession, QcResult, ShippedSerial
from packstation.store.models.people import Station, User
from packstation.store.models.shipping import Label, Package

# What a code that is no item can be, in the order the station asks.
CODE_KINDS = ("box", "order", "tote", "badge", "slip", "label", "sscc")


# -- the scan's own statements, built once ---------------------------------------------------------------------------
# They run on the GUI thread in every scan's transaction. Prebuilt Core statements on the connection skip the ORM's
# statement building and unit of work, about a millisecond of Python per scan, for rows nobody reads back as objects.
_stations, _sessions, _events, _units, _serials = (
    cast(Table, model.__table__) for model in (Station, PackSession, Event, PackedUnit, ShippedSerial)
)
_STATION_SEEN = (
    update(_stations).where(_stations.c.id == bindparam("station")).values(last_seen_at=bindparam("seen_at"))
)
_HOLD_SESSION = (
    update(_sessions)
    .where(
        _sessions.c.id == bindparam("session"),
        _sessions.c.station_id == bindparam("station"),
        _sessions.c.state.in_(bindparam("states", expanding=True)),
    )
    .values(station_id=_sessions.c.station_id)
    .returning(_sessions.c.state, _sessions.c.user_id, _sessions.c.error_count)
)
_SEEN_AND_HOLD = _HOLD_SESSION.add_cte(_STATION_SEEN.cte("seen"))
_JOURNAL_ROWS = select(func.count()).select_from(_events).where(_events.c.session_id == bindparam("session"))
_INSERT_EVENT = insert(_events).returning(_events.c.id)
_INSERT_EVENT_ROWS = insert(_events)  # several rows in one executemany (their ids not read back)
_INSERT_UNIT = insert(_units)
_EVENT_COLUMNS = tuple(column for column in _events.c if column.name != "id")
_UNIT_COLUMNS = tuple(column for column in _units.c if column.name not in ("id", "event_id"))
_SCAN_ROW = (
    insert(_events)
    .values({column.name: bindparam(f"row_{column.name}", type_=column.type) for column in _EVENT_COLUMNS})
    .returning(_events.c.id)
    .cte("scan_row")
)
_INSERT_EVENT_AND_UNIT = (
    insert(_units)
    .from_select(
        [*(column.name for column in _UNIT_COLUMNS), "event_id"],
        select(*(bindparam(f"unit_{column.name}", type_=column.type) for column in _UNIT_COLUMNS), _SCAN_ROW.c.id),
    )
    .returning(_units.c.event_id)
)
_INSERT_SERIAL = insert(_serials)


def station_seen(db: Session, station_id: int, now: dt.datetime) -> None:
    """The bench's `last_seen_at`: the first write of each of its transactions."""
    db.connection().execute(_STATION_SEEN, {"station": station_id, "seen_at": now})


def seen_and_hold_session(
    db: Session, station_id: int, now: dt.datetime, session_id: int, states: tuple[str, ...]
) -> Row[Any] | None:
    """`station_seen`, then hold the session's row for this transaction if it is still this station's and in one
    of `states`: its (state, user_id, error_count), or None. On PostgreSQL a competing change to the row waits for
    this commit, and both are one statement (one round trip fewer per scan)."""
    connection = db.connection()
    params = {"station": station_id, "seen_at": now, "session": session_id, "states": list(states)}
    if connection.dialect.name == "postgresql":
        return connection.execute(_SEEN_AND_HOLD, params).first()
    connection.execute(_STATION_SEEN, params)  # first: SQLite takes its write lock here, waiting, not failing
    return connection.execute(_HOLD_SESSION, params).first()


def journal_rows(db: Session, session_id: int) -> int:
    """How many journal rows the session has."""
    return int(db.connection().execute(_JOURNAL_ROWS, {"session": session_id}).scalar_one())


def insert_event(db: Session, values: dict[str, Any], unit: dict[str, Any] | None = None) -> int:
    """One journal row from its column values, and the packed unit it put in the box (`unit`: the unit's columns
    but its event_id), if any; the row's id. One statement on PostgreSQL (the row inserted by a CTE)."""
    connection = db.connection()
    if unit is not None and connection.dialect.name == "postgresql":
        params = {f"row_{key}": value for key, value in values.items()}
        params.update({f"unit_{key}": value for key, value in unit.items()})
        return int(connection.execute(_INSERT_EVENT_AND_UNIT, params).scalar_one())
    event_id = int(connection.execute(_INSERT_EVENT, values).scalar_one())
    if unit is not None:
        connection.execute(_INSERT_UNIT, {**unit, "event_id": event_id})
    return event_id


def insert_shipped_serial(db: Session, values: dict[str, Any]) -> None:
    db.connection().execute(_INSERT_SERIAL, values)


def write_session_step(db: Session, session_id: int, changes: dict[str, Any], journal: list[dict[str, Any]]) -> None:
    """A session's new column values (its step, its plan) and the journal rows that record them, in that order:
    one statement on PostgreSQL (the rows inserted by data-modifying CTEs of the UPDATE), two on SQLite."""
    connection = db.connection()
    columns = tuple(changes)
    params = {f"new_{column}": value for column, value in changes.items()} | {"session": session_id}
    if connection.dialect.name != "postgresql":
        connection.execute(_INSERT_EVENT_ROWS, journal)  # one executemany: the rows' ids in list order
        connection.execute(_session_step(columns, 0), params)
        return
    for n, row in enumerate(journal):
        params |= {f"row{n}_{column}": value for column, value in row.items()}
    connection.execute(_session_step(columns, len(journal)), params)


@functools.cache
def _session_step(columns: tuple[str, ...], rows: int) -> Any:
    """The prebuilt UPDATE of `columns` of a session, with `rows` journal rows inserted by CTEs. Each CTE after
    the first selects from the one before, so PostgreSQL inserts them in order (CTEs that nothing reads run in no
    promised order). Built once per shape: a multi-row VALUES is never cached by SQLAlchemy, this is."""
    change = (
        update(_sessions)
        .where(_sessions.c.id == bindparam("session"))
        .values({column: bindparam(f"new_{column}", type_=_sessions.c[column].type) for column in columns})
    )
    ctes: list[Any] = []
    for n in range(rows):
        values = [bindparam(f"row{n}_{column.name}", type_=column.type) for column in _EVENT_COLUMNS]
        source = select(*values).select_from(ctes[-1]) if ctes else select(*values)
        ctes.append(insert(_events).from_select(list(_EVENT_COLUMNS), source).returning(_events.c.id).cte(f"row{n}"))
    return change.add_cte(*ctes) if ctes else change


def catalogue_barcodes(db: Session, codes: tuple[str, ...] | list[str]) -> dict[str, tuple[Barcode, Sku]]:
    """The active SKUs' barcodes among `codes`: code -> (barcode, its SKU)."""
    rows = db.execute(
        select(Barcode, Sku).join(Sku, Sku.id == Barcode.sku_id).where(Barcode.code.in_(codes), Sku.active.is_(True))
    ).all()
    return {barcode.code: (barcode, sku) for barcode, sku in rows}


def merchant_sku(db: Session, merchant_id: int, sku_code: str) -> Sku | None:
    """The merchant's active SKU whose own code this is (a SKU code scanned from a shelf label)."""
    return db.scalars(
        select(Sku).where(Sku.code == sku_code, Sku.merchant_id == merchant_id, Sku.active.is_(True))
    ).first()


def what_code_names(db: Session, code: str) -> str | None:
    """Which of box, order, tote, badge, slip, label or sscc the code is (the first that matches), or None."""
    probes = (
        select(Box.id).where(or_(Box.barcode == code, Box.code == code)),
        select(Order.id).where(Order.order_barcode == code),
        select(Order.id).where(Order.tote == code),
        select(User.id).where(User.badge_code == code),
        select(Slip.id).where(Slip.slip_code == code),
        select(Label.id).where(Label.tracking_number == code),
        select(Package.id).where(Package.sscc == code),
    )
    # One round trip for all seven probes (an unknown code used to cost seven statements).
    found = db.execute(
        select(*(exists(query).label(f"is_{kind}") for kind, query in zip(CODE_KINDS, probes, strict=True)))
    ).one()
    return next((kind for kind, hit in zip(CODE_KINDS, found, strict=True) if hit), None)


def serial_shipped_before(db: Session, sku_id: int, serial: str) -> bool:
    """Whether a unit of this SKU with this serial number has already gone out in some order."""
    return (
        db.scalar(select(ShippedSerial.id).where(ShippedSerial.sku_id == sku_id, ShippedSerial.serial == serial))
        is not None
    )


def box_by_code(db: Session, code: str) -> Box | None:
    """The active box whose barcode or code this is."""
    return db.scalars(select(Box).where(or_(Box.barcode == code, Box.code == code), Box.active.is_(True))).first()


# -- an order at the bench -------------------------------------------------------------------------------------------
def order_lines(db: Session, order_id: int) -> list[OrderLine]:
    """The order's lines, in line order."""
    return list(db.scalars(select(OrderLine).where(OrderLine.order_id == order_id).order_by(OrderLine.line_no)))


def skus(db: Session, sku_ids: list[int]) -> list[Sku]:
    return list(db.scalars(select(Sku).where(Sku.id.in_(sku_ids)))) if sku_ids else []


def barcodes_of_skus(db: Session, sku_ids: list[int]) -> list[tuple[int, str, str, int]]:
    """(sku id, code, kind, quantity) of every barcode of these SKUs, oldest first."""
    if not sku_ids:
        return []
    return [
        (int(s), str(c), str(k), int(q))
        for s, c, k, q in db.execute(
            select(Barcode.sku_id, Barcode.code, Barcode.kind, Barcode.quantity)
            .where(Barcode.sku_id.in_(sku_ids))
            .order_by(Barcode.id)
        )
    ]


def units_in_box_per_line(db: Session, session_id: int) -> dict[int, dict[str, int]]:
    """Per order line: units packed in this session, and how many of them carry a serial, lot and expiry."""
    rows = db.execute(
        select(
            PackedUnit.order_line_id,
            func.sum(PackedUnit.quantity),
            func.sum(PackedUnit.quantity).filter(PackedUnit.serial.is_not(None)),
            func.sum(PackedUnit.quantity).filter(PackedUnit.lot.is_not(None)),
            func.sum(PackedUnit.quantity).filter(PackedUnit.expiry.is_not(None)),
        )
        .where(PackedUnit.session_id == session_id)
        .group_by(PackedUnit.order_line_id)
    ).all()
    return {
        line_id: {"units": int(u or 0), "serial": int(s or 0), "lot": int(lo or 0), "expiry": int(e or 0)}
        for line_id, u, s, lo, e in rows
    }


def checks_done(db: Session, session_id: int) -> list[tuple[str, int | None, bool, bool]]:
    """(check, order line, passed, overridden) of the session's QC results, in the order they were made."""
    return [
        (str(c), line, bool(p), bool(o))
        for c, line, p, o in db.execute(
            select(QcResult.check, QcResult.order_line_id, QcResult.passed, QcResult.overridden)
            .where(QcResult.session_id == session_id)
            .order_by(QcResult.id)
        )
    ]


def step_events(db: Session, session_id: int, kinds: list[str]) -> list[Event]:
    """The session's journal rows of these kinds (box, slip, label, override, state ...), oldest first."""
    return list(
        db.scalars(select(Event).where(Event.session_id == session_id, Event.kind.in_(kinds)).order_by(Event.id))
    )


def labels_on_packages(db: Session, order_id: int) -> list[tuple[str | None, str, str]]:
    """(package SSCC, tracking number, label status) of the order's labels."""
    return [
        (sscc, str(tracking), str(status))
        for sscc, tracking, status in db.execute(
            select(Package.sscc, Label.tracking_number, Label.status)
            .join(Package, Label.package_id == Package.id)
            .where(Label.order_id == order_id)
        )
    ]


def packages_of_order(db: Session, order_id: int) -> list[Package]:
    """The order's packages, first box first."""
    return list(db.scalars(select(Package).where(Package.order_id == order_id).order_by(Package.package_no)))


def box_named(db: Session, code: str | None) -> Box | None:
    """The box with this code (active or not: a box confirmed earlier stays what it was)."""
    return db.scalars(select(Box).where(Box.code == code)).first()


def weights_of_same_packages(db: Session, signature: str, box_id: int, but_order_id: int, limit: int = 50) -> list[int]:
    """Measured weights of earlier closed orders' packages with the same contents in the same box, newest first."""
    return [
        int(w)  # type: ignore[arg-type]  # NULL weights are filtered in SQL
        for w in db.scalars(
            select(Package.measured_weight_g)
            .join(Order, Order.id == Package.order_id)
            .where(
                Package.contents_signature == signature,
                Package.box_id == box_id,
                Package.measured_weight_g.is_not(None),
                Order.closed_at.is_not(None),
                Package.order_id != but_order_id,
            )
            .order_by(Package.id.desc())
            .limit(limit)
        )
    ]
