"""The lead's reports, counted by the database (definitions in services/reports/service.py): closed sessions and
error rows by hour (from the hourly aggregates and the raw rows), the drill-down's error rows, an order's timeline,
on time and in full per merchant and the open orders at risk; and the hourly aggregates' refresh.

A report reads the live tables, or live + archive once its range reaches archived history (`History`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Integer,
    Select,
    and_,
    bindparam,
    case,
    cast,
    delete,
    distinct,
    exists,
    func,
    insert,
    literal,
    or_,
    select,
    text,
    union_all,
)
from sqlalchemy.orm import Session, aliased

from packstation.domain.delivery import SHIP_MINUTE_STEPS
from packstation.domain.errors import DomainError
from packstation.domain.report_views import EventView, OrderTimeline, ReportFilter
from packstation.domain.safe_text import as_row_id
from packstation.domain.vocabulary import ErrorType
from packstation.store import archive as arch
from packstation.store.models import (
    Customer,
    Event,
    Merchant,
    Order,
    OrderLine,
    PackedUnit,
    PackSession,
    ReportBlock,
    ReportBlockDelivery,
    ReportBlockError,
    ReportBlockPacker,
    ReportDay,
    ReportDayDelivery,
    ReportDayError,
    ReportDayPacker,
    ReportDeliveryHour,
    ReportDirtyHour,
    ReportErrorHour,
    ReportHour,
    ReportHourTotal,
    Sku,
    Station,
    User,
)
from packstation.store.models.reporting import BLOCK_DAYS

OPEN_STATUSES = ("new", "claimed", "suspended", "exception")
NOT_IN_FULL = (ErrorType.SHORT_SHIP.value, ErrorType.INCIDENT_MISSING_ITEM.value, ErrorType.INCIDENT_WRONG_ITEM.value)


# (merchant id, order-to-ship minutes, orders, with a ship-by, on time, on time and in full)
DeliveryCell = tuple[int, int, int, int, int, int]

EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
HOUR = dt.timedelta(hours=1)
REFRESH_LOCK = 23_230_001  # pg_advisory_xact_lock key of the aggregates' refresh

# -- what a report reads -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class History:
    """The journal and packed units to read: the live models, or live + archive (docs/archive.md)."""

    event: Any  # the journal as one entity (live, or UNION ALL of live and archive)
    unit: Any
    events: tuple[Any, ...] = ()  # the same, one entity per table: correlated look-ups each go by their index
    units: tuple[Any, ...] = ()

    @property
    def sources(self) -> tuple[tuple[Any, Any], ...]:
        return tuple(zip(self.events or (self.event,), self.units or (self.unit,), strict=True))


LIVE = History(Event, PackedUnit)


def _with_archive(session: Session) -> History:
    if not arch.has_archive(session.connection()):
        raise DomainError(
            "archive_missing",
            "Part of this history was archived, but the archive cannot be read "
            "(on SQLite the file beside the store, STORE-archive.db, is missing).",
        )
    return History(
        arch.union_entity(Event, "ev_all"),
        arch.union_entity(PackedUnit, "pu_all"),
        (Event, arch.archived_entity(Event, "ev_arch")),
        (PackedUnit, arch.archived_entity(PackedUnit, "pu_arch")),
    )


def history(session: Session, since: dt.datetime | None) -> History:
    """What a report from `since` on reads: the live tables, or live + archive when it reaches archived history."""
    before = arch.archived_before(session)
    if before is None or (since is not None and since >= before):
        return LIVE
    return _with_archive(session)


def history_of_order(session: Session, order: Order) -> History:
    """What one order's timeline or evidence reads: live, or live + archive once its history was archived."""
    return LIVE if order.archived_at is None else _with_archive(session)


# -- SQL pieces ----------------------------------------------------------------------------------------------


def hour_number(column: Any, dialect: str) -> ColumnElement[Any]:
    """Whole hours since 1970-01-01 00:00 UTC of a stored time (the triggers compute the same)."""
    if dialect == "sqlite":
        return cast(func.strftime("%s", column), Integer) // 3600
    return cast(func.floor(func.extract("epoch", column) / 3600), BigInteger)


def hour_time(number: int) -> dt.datetime:
    return EPOCH + number * HOUR


def hour_bucket(column: Any, dialect: str) -> ColumnElement[Any]:
    """The UTC clock hour a timestamp falls in (text on SQLite, a timestamp on PostgreSQL)."""
    if dialect == "sqlite":
        return func.strftime("%Y-%m-%d %H:00:00", column)
    return func.date_trunc("hour", func.timezone("UTC", column))


def seconds_between(start: Any, end: Any, dialect: str) -> ColumnElement[Any]:
    """`end - start` in seconds, as a number both databases can average."""
    if dialect == "sqlite":
        return (func.julianday(end) - func.julianday(start)) * 86400.0
    return func.extract("epoch", end - start)


def no_jit(session: Session, dialect: str) -> None:
    """PostgreSQL compiles a plan it thinks costly with LLVM: on the dashboard's queries that cost 260-590 ms per
    refresh and saved nothing (the queries read one window). Off for this read transaction only."""
    if dialect == "postgresql":
        session.execute(text("SET LOCAL jit = off"))


def _union(arms: list[Select[Any]]) -> Any:
    return arms[0] if len(arms) == 1 else union_all(*arms)


def closed_facts(f: ReportFilter, dialect: str, hist: History | None = None) -> Any:
    """One row per closed session in range: order, packer, station, seconds, units, class, errors, hour."""
    hist = hist or LIVE
    ps = PackSession
    conds = [ps.state == "closed", ps.ended_at >= f.start, ps.ended_at < f.end]
    if f.station_ids:
        conds.append(ps.station_id.in_(f.station_ids))
    # Correlated look-ups by index, one per closed session: cheap, and the plan does not depend on statistics.
    # With an archive: one look-up per table, added up (a correlated look-up into a UNION ALL reads it all).
    ps2 = aliased(PackSession)
    units = sum(
        (
            select(func.coalesce(func.sum(pu.quantity), 0))
            .join(ps2, ps2.id == pu.session_id)
            .where(ps2.order_id == ps.order_id)
            .scalar_subquery()
            for _ev, pu in hist.sources
        ),
        start=literal(0),
    )
    order_class = (
        select(
            case(
                (func.coalesce(func.sum(OrderLine.quantity), 0) <= 1, "single_unit"),
                (func.count() == 1, "single_line"),
                else_="multi_line",
            )
        )
        .where(OrderLine.order_id == ps.order_id)
        .scalar_subquery()
    )
    order_has_error = or_(
        *(exists().where(ev.order_id == ps.order_id, ev.error_type.is_not(None)) for ev, _pu in hist.sources)
    )
    session_errors = sum(
        (
            select(func.count()).where(ev.session_id == ps.id, ev.error_type.is_not(None)).scalar_subquery()
            for ev, _pu in hist.sources
        ),
        start=literal(0),
    )
    return (
        select(
            ps.id.label("session_id"),
            ps.order_id,
            ps.user_id,
            ps.station_id,
            seconds_between(ps.started_at, ps.ended_at, dialect).label("secs"),
            units.label("units"),
            order_class.label("order_class"),
            case((order_has_error, 1), else_=0).label("has_error"),
            session_errors.label("errors"),
            hour_number(ps.ended_at, dialect).label("hour"),
        )
        .where(*conds)
        .subquery("facts")
    )


def error_conditions(f: ReportFilter, ev: Any = Event) -> list[ColumnElement[bool]]:
    """An error row in the filter's range and stations."""
    conds = [ev.error_type.is_not(None), ev.at >= f.start, ev.at < f.end]
    if f.station_ids:
        conds.append(ev.station_id.in_(f.station_ids))
    return conds


@dataclass(frozen=True)
class CleanHours:
    """The whole hours [first, end) of a range read from the hourly aggregates, but for the `dirty` ones and the
    hours of the days read from the daily rollup (`skip`: [first, end) hour ranges)."""

    first: int
    end: int
    dirty: list[int]
    skip: tuple[tuple[int, int], ...] = ()

    @property
    def empty(self) -> bool:
        """No hour left to read: every one is dirty (read raw) or in a day read from the daily rollup."""
        skipped = sum(max(0, min(b, self.end) - max(a, self.first)) for a, b in self.skip)
        dirty = sum(1 for h in self.dirty if not any(a <= h < b for a, b in self.skip))
        return skipped + dirty >= self.end - self.first

    def where(self, table: Any, f: ReportFilter) -> list[ColumnElement[bool]]:
        conds = [table.hour >= self.first, table.hour < self.end]
        if self.dirty:
            conds.append(table.hour.not_in(self.dirty))
        conds += [or_(table.hour < a, table.hour >= b) for a, b in self.skip]
        if f.station_ids:
            conds.append(table.station_id.in_(f.station_ids))
        return conds


@dataclass(frozen=True)
class Level:
    """One level of the rollups: its tables and the name of their key (days or blocks since 1970-01-01 UTC), and
    how many clock hours one key spans."""

    key: str
    hours: int
    cells: Any
    errors: Any
    deliveries: Any
    packers: Any

    def column(self, table: Any) -> Any:
        return getattr(table, self.key)


HOURS = Level("hour", 1, ReportHour, ReportErrorHour, ReportDeliveryHour, None)
DAYS = Level("day", 24, ReportDay, ReportDayError, ReportDayDelivery, ReportDayPacker)
BLOCKS = Level("block", 24 * BLOCK_DAYS, ReportBlock, ReportBlockError, ReportBlockDelivery, ReportBlockPacker)


@dataclass(frozen=True)
class CleanDays:
    """Whole UTC days none of whose hours is dirty, read from the rollups: whole blocks of `BLOCK_DAYS` days from
    the block tables, the other days from the day tables (`runs`: [first, end) numbers of each level). Only for
    the whole floor (a station filter reads hours: the packers' active hours are not per station)."""

    runs: tuple[tuple[Level, tuple[tuple[int, int], ...]], ...]

    @classmethod
    def of(cls, day_runs: Sequence[tuple[int, int]]) -> CleanDays:
        """The clean day runs carved into the whole blocks inside them and the days left at their ends."""
        days: list[tuple[int, int]] = []
        blocks: list[tuple[int, int]] = []
        for a, b in day_runs:
            first, end = -(-a // BLOCK_DAYS), b // BLOCK_DAYS
            if end > first:
                blocks.append((first, end))
                days += [r for r in ((a, first * BLOCK_DAYS), (end * BLOCK_DAYS, b)) if r[1] > r[0]]
            else:
                days.append((a, b))
        return cls(tuple((level, tuple(r)) for level, r in ((DAYS, days), (BLOCKS, blocks)) if r))

    def where(self, level: Level, table: Any) -> ColumnElement[bool]:
        column = level.column(table)
        runs = dict(self.runs).get(level, ())
        return or_(*(and_(column >= a, column < b) for a, b in runs))

    def each(self, shape: Callable[[Level], Select[Any]]) -> Any:
        """`shape(level)` for each level read, unioned (a cell may come once per level)."""
        return _union([shape(level) for level, _runs in self.runs])

    @property
    def hours(self) -> tuple[tuple[int, int], ...]:
        return tuple((a * level.hours, b * level.hours) for level, runs in self.runs for a, b in runs)


# -- the dashboard -------------------------------------------------------------------------------------------


def closed_sessions_by_hour(
    session: Session,
    f: ReportFilter,
    hist: History,
    windows: list[ReportFilter],
    clean: CleanHours | None,
) -> list[tuple[Any, ...]]:
    """Closed sessions grouped by (packer, station, order class, hour): the clean whole hours from the aggregates,
    the `windows` (edges, dirty hours) from the raw rows. Rows: (user id, station id, class, hour, orders, units,
    seconds, orders with an error, errors)."""
    dialect = session.get_bind().dialect.name
    arms: list[Any] = []  # selects of one shape, unioned
    if clean is not None:
        rh = ReportHour
        arms.append(
            select(
                rh.user_id,
                rh.station_id,
                rh.order_class,
                rh.hour,
                rh.orders,
                rh.units,
                rh.secs,
                rh.with_error,
                rh.errors,
            ).where(*clean.where(rh, f))
        )
    for w in windows:
        facts = closed_facts(w, dialect, hist)
        arms.append(
            select(
                facts.c.user_id,
                facts.c.station_id,
                facts.c.order_class,
                facts.c.hour,
                func.count(),
                func.sum(facts.c.units),
                func.sum(facts.c.secs),
                func.sum(facts.c.has_error),
                func.sum(facts.c.errors),
            ).group_by(facts.c.user_id, facts.c.station_id, facts.c.order_class, facts.c.hour)
        )
    return [tuple(row) for row in session.execute(_union(arms))] if arms else []


def error_rows(
    session: Session,
    f: ReportFilter,
    hist: History,
    windows: list[ReportFilter],
    clean: CleanHours | None,
) -> list[tuple[int, str, int | None, int | None, int | None, int]]:
    """Error rows counted by (hour, type, packer, station, SKU), the same way as `closed_sessions_by_hour`."""
    dialect = session.get_bind().dialect.name
    e_arms: list[Any] = []
    if clean is not None:
        eh = ReportErrorHour
        e_arms.append(
            select(eh.hour, eh.error_type, eh.user_id, eh.station_id, eh.sku_id, eh.n).where(*clean.where(eh, f))
        )
    for w in windows:
        for ev, _pu in hist.sources:
            h = hour_number(ev.at, dialect)
            e_arms.append(
                select(h, ev.error_type, ev.user_id, ev.station_id, ev.sku_id, func.count())
                .where(*error_conditions(w, ev))
                .group_by(h, ev.error_type, ev.user_id, ev.station_id, ev.sku_id)
            )
    return (
        [(int(h), str(t), u, st, k, int(n)) for h, t, u, st, k, n in session.execute(_union(e_arms))] if e_arms else []
    )


def clean_hours_by_cell(session: Session, f: ReportFilter, clean: CleanHours) -> list[tuple[Any, ...]]:
    """The clean whole hours folded by the database: one row per (packer, station, order class), no hour: a year
    is a few thousand rows, not one per packer-hour. Rows: (user id, station id, class, orders, units, seconds,
    orders with an error, errors)."""
    rh = ReportHour
    return [
        tuple(row)
        for row in session.execute(
            select(
                rh.user_id,
                rh.station_id,
                rh.order_class,
                func.sum(rh.orders),
                func.sum(rh.units),
                func.sum(rh.secs),
                func.sum(rh.with_error),
                func.sum(rh.errors),
            )
            .where(*clean.where(rh, f))
            .group_by(rh.user_id, rh.station_id, rh.order_class)
        )
    ]


def clean_hour_totals(session: Session, f: ReportFilter, clean: CleanHours) -> list[tuple[int, int, int]]:
    """Orders and units per clock hour of the clean whole hours: (hour, orders, units)."""
    rh = ReportHour
    return [
        (int(h), int(n), int(un or 0))
        for h, n, un in session.execute(
            select(rh.hour, func.sum(rh.orders), func.sum(rh.units)).where(*clean.where(rh, f)).group_by(rh.hour)
        )
    ]


def clean_hours_per_packer(session: Session, f: ReportFilter, clean: CleanHours) -> list[tuple[int, int]]:
    """How many of the clean whole hours each packer closed an order in: (user id, hours)."""
    rh = ReportHour
    return [
        (int(u), int(n))
        for u, n in session.execute(
            select(rh.user_id, func.count(distinct(rh.hour))).where(*clean.where(rh, f)).group_by(rh.user_id)
        )
    ]


def clean_error_cells(session: Session, f: ReportFilter, clean: CleanHours) -> list[tuple[str, Any, Any, Any, int]]:
    """The clean whole hours' error rows folded by (type, packer, station, SKU), no hour."""
    eh = ReportErrorHour
    return [
        (str(t), u, st, k, int(n))
        for t, u, st, k, n in session.execute(
            select(eh.error_type, eh.user_id, eh.station_id, eh.sku_id, func.sum(eh.n))
            .where(*clean.where(eh, f))
            .group_by(eh.error_type, eh.user_id, eh.station_id, eh.sku_id)
        )
    ]


def clean_errors_by_hour(session: Session, f: ReportFilter, clean: CleanHours) -> list[tuple[int, int]]:
    """Errors per clock hour of the clean whole hours: (hour, errors)."""
    eh = ReportErrorHour
    return [
        (int(h), int(n))
        for h, n in session.execute(select(eh.hour, func.sum(eh.n)).where(*clean.where(eh, f)).group_by(eh.hour))
    ]


def clean_days_by_cell(session: Session, days: CleanDays) -> list[tuple[Any, ...]]:
    """`clean_hours_by_cell` for whole clean days, from the rollups (a cell may come once per level)."""

    def shape(level: Level) -> Select[Any]:
        t = level.cells
        return (
            select(
                t.user_id,
                t.station_id,
                t.order_class,
                func.sum(t.orders),
                func.sum(t.units),
                func.sum(t.secs),
                func.sum(t.with_error),
                func.sum(t.errors),
            )
            .where(days.where(level, t))
            .group_by(t.user_id, t.station_id, t.order_class)
        )

    return [tuple(row) for row in session.execute(days.each(shape))]


def clean_day_hour_totals(session: Session, days: CleanDays) -> list[tuple[int, int, int, int]]:
    """The floor's (hour, orders, units, error rows) of every clock hour of whole clean days."""
    ht = ReportHourTotal
    return [
        (int(h), int(n), int(un), int(e))
        for h, n, un, e in session.execute(
            select(ht.hour, ht.orders, ht.units, ht.errors).where(
                or_(*(and_(ht.hour >= a, ht.hour < b) for a, b in days.hours))
            )
        )
    ]


def clean_days_per_packer(session: Session, days: CleanDays) -> dict[int, int]:
    """How many clock hours of whole clean days each packer closed an order in: user id -> hours."""

    def shape(level: Level) -> Select[Any]:
        t = level.packers
        return select(t.user_id, func.sum(t.hours)).where(days.where(level, t)).group_by(t.user_id)

    hours: dict[int, int] = {}
    for u, n in session.execute(days.each(shape)):
        hours[int(u)] = hours.get(int(u), 0) + int(n)
    return hours


def clean_day_error_cells(session: Session, days: CleanDays) -> list[tuple[str, Any, Any, Any, int]]:
    """`clean_error_cells` for whole clean days, from the rollups (a cell may come once per level)."""

    def shape(level: Level) -> Select[Any]:
        t = level.errors
        return (
            select(t.error_type, t.user_id, t.station_id, t.sku_id, func.sum(t.n))
            .where(days.where(level, t))
            .group_by(t.error_type, t.user_id, t.station_id, t.sku_id)
        )

    return [(str(t), u, st, k, int(n)) for t, u, st, k, n in session.execute(days.each(shape))]


def packer_names(session: Session, ids: set[int]) -> dict[int, str]:
    return dict(session.execute(select(User.id, User.name).where(User.id.in_(ids))).all())


def station_codes(session: Session, ids: set[int]) -> dict[int, str]:
    return dict(session.execute(select(Station.id, Station.code).where(Station.id.in_(ids))).all())


def sku_codes(session: Session, ids: set[int]) -> dict[int, tuple[str, str | None]]:
    """(code, description) of the SKUs with these ids."""
    return {k: (c, d) for k, c, d in session.execute(select(Sku.id, Sku.code, Sku.description).where(Sku.id.in_(ids)))}


def stations_coded(session: Session, codes: list[str]) -> dict[str, int]:
    """Station id by code, for the codes that exist."""
    return dict(session.execute(select(Station.code, Station.id).where(Station.code.in_(codes))).all())


def station_codes_in_order(session: Session, ids: tuple[int, ...]) -> tuple[str, ...]:
    return tuple(session.scalars(select(Station.code).where(Station.id.in_(ids)).order_by(Station.code)))


# -- drill-down and timeline ---------------------------------------------------------------------------------


def event_views(
    session: Session,
    where: list[ColumnElement[bool]],
    limit: int,
    Event: Any = Event,  # noqa: N803
) -> tuple[EventView, ...]:
    """Journal rows with who and where, oldest first."""
    packer, approver = aliased(User), aliased(User)
    stmt = (
        select(Event, Order.external_ref, Station.code, packer.name, approver.name, Sku.code)
        .outerjoin(Order, Order.id == Event.order_id)
        .outerjoin(Station, Station.id == Event.station_id)
        .outerjoin(packer, packer.id == Event.user_id)
        .outerjoin(approver, approver.id == Event.approver_id)
        .outerjoin(Sku, Sku.id == Event.sku_id)
        .where(*where)
        .order_by(Event.at, Event.id)
        .limit(limit)
    )
    return tuple(
        EventView(
            id=e.id,
            at=e.at,
            kind=e.kind,
            code=e.code,
            error_type=e.error_type,
            order_id=e.order_id,
            order_ref=ref or "",
            session_id=e.session_id,
            station=st or "",
            user=who or "",
            approver=appr or "",
            sku=sku or "",
            quantity=e.quantity,
            raw=e.raw or "",
            lot=e.lot or "",
            serial=e.serial or "",
            detail=dict(e.detail or {}),
        )
        for e, ref, st, who, appr, sku in session.execute(stmt).all()
    )


def errors_behind_count(
    session: Session,
    f: ReportFilter,
    hist: History,
    *,
    error_type: str | None,
    user_id: int | None,
    station_id: int | None,
    sku_id: int | None,
    hours: tuple[dt.datetime, ...],
    limit: int,
) -> tuple[EventView, ...]:
    """The error rows behind one count of the dashboard (same conditions, so the list length = the count)."""
    ev = hist.event
    where = error_conditions(f, ev)
    where += [
        getattr(ev, c) == v
        for c, v in (("error_type", error_type), ("user_id", user_id), ("station_id", station_id), ("sku_id", sku_id))
        if v is not None
    ]
    if hours:
        where.append(or_(*(and_(ev.at >= h, ev.at < h + HOUR) for h in hours)))
    return event_views(session, where, limit, ev)


def first_order_named(session: Session, text: str) -> int | None:
    """The lowest order id whose reference, pick-ticket barcode or id is `text`."""
    conds = [Order.external_ref == text, Order.order_barcode == text]
    if as_row_id(text) is not None:
        conds.append(Order.id == as_row_id(text))
    return session.scalar(select(Order.id).where(or_(*conds)).order_by(Order.id).limit(1))


def order_timeline(session: Session, order_id: int) -> OrderTimeline | None:
    """Every journal row of the order (and its sessions), oldest first, with who and where; None: no such order."""
    row = session.execute(
        select(Order, Customer.first_name, Customer.last_name, Merchant.name)
        .join(Customer, Customer.id == Order.customer_id)
        .join(Merchant, Merchant.id == Order.merchant_id)
        .where(Order.id == order_id)
    ).one_or_none()
    if row is None:
        return None
    order, first, last, merchant = row
    n_lines, n_units = session.execute(
        select(func.count(), func.coalesce(func.sum(OrderLine.quantity), 0)).where(OrderLine.order_id == order_id)
    ).one()
    # Session ids as literals, so both sides of the OR use their index (a sub-select would not, on PG).
    sessions_of_order = list(session.scalars(select(PackSession.id).where(PackSession.order_id == order_id)))
    ev = history_of_order(session, order).event
    where = ev.order_id == order_id
    if sessions_of_order:
        where = or_(where, ev.session_id.in_(sessions_of_order))
    return OrderTimeline(
        order_id=order.id,
        order_ref=order.external_ref,
        status=order.status,
        customer=f"{first} {last}".strip(),
        merchant=merchant,
        lines=int(n_lines),
        units=int(n_units),
        closed_at=order.closed_at,
        exception_reason=order.exception_reason,
        events=event_views(session, [where], 100_000, ev),
    )


# -- on time and in full -------------------------------------------------------------------------------------


def ship_minutes(seconds: Any, dialect: str) -> ColumnElement[Any]:
    """Whole minutes from seconds, rounded up to their step (`domain.delivery.ship_minutes_step`, in SQL)."""
    # Whole minutes begun are not counted: SQLite's CAST truncates, PostgreSQL's rounds (hence floor there).
    per_minute = seconds / 60.0
    whole: ColumnElement[Any] = cast(per_minute if dialect == "sqlite" else func.floor(per_minute), Integer)
    minutes: ColumnElement[Any] = case((whole < 0, 0), else_=whole)
    whens: list[tuple[ColumnElement[bool], ColumnElement[Any]]] = []
    for limit, step in SHIP_MINUTE_STEPS:
        rounded = minutes if step == 1 else (minutes + (step - 1)) // step * step
        if limit is None:
            return case(*whens, else_=rounded) if whens else rounded
        whens.append((minutes < limit, rounded))
    raise AssertionError("the last step has no limit")


def delivery_facts(f: ReportFilter, dialect: str, hist: History | None = None) -> Any:
    """One row per order closed in range (its pack session closed in it, at a chosen station): hour of closing,
    station, merchant, order-to-ship minutes (rounded up to their step), with a ship-by, on time, OTIF."""
    hist = hist or LIVE
    ps = PackSession
    conds = [ps.state == "closed", ps.ended_at >= f.start, ps.ended_at < f.end]
    if f.station_ids:
        conds.append(ps.station_id.in_(f.station_ids))
    # The orders not shipped in full: the order's own error rows, live and archived, looked up by the order's
    # index (an IN list of every such order read the journal's every row with an order: 1M rows per edge hour).
    short = or_(*(exists().where(ev.order_id == Order.id, ev.error_type.in_(NOT_IN_FULL)) for ev, _pu in hist.sources))
    on_time = case((Order.ship_by.is_(None), 0), (ps.ended_at <= Order.ship_by, 1), else_=0)
    otif = case((Order.ship_by.is_(None), 0), (ps.ended_at > Order.ship_by, 0), (short, 0), else_=1)
    return (
        select(
            hour_number(ps.ended_at, dialect).label("hour"),
            ps.station_id.label("station_id"),
            Order.merchant_id.label("merchant_id"),
            ship_minutes(seconds_between(Order.placed_at, ps.ended_at, dialect), dialect).label("minutes"),
            case((Order.ship_by.is_(None), 0), else_=1).label("promised"),
            on_time.label("on_time"),
            otif.label("otif"),
        )
        .join(Order, Order.id == ps.order_id)
        .where(*conds)
        .subquery("delivery_facts")
    )


def delivery_cells(
    session: Session,
    f: ReportFilter,
    hist: History,
    windows: list[ReportFilter],
    clean: CleanHours | None,
    days: CleanDays | None = None,
) -> list[DeliveryCell]:
    """The orders closed in the range grouped by merchant and order-to-ship minutes: the clean whole hours from
    `report_delivery_hours`, the `windows` (edges, dirty hours) from the raw rows. Rows: (merchant id, minutes,
    orders, with a ship-by, on time, on time and in full); a merchant and minute may come once per source."""
    dialect = session.get_bind().dialect.name
    arms: list[Any] = []
    if clean is not None:
        rd = ReportDeliveryHour
        arms.append(
            select(
                rd.merchant_id,
                rd.minutes,
                func.sum(rd.orders),
                func.sum(rd.promised),
                func.sum(rd.on_time),
                func.sum(rd.otif),
            )
            .where(*clean.where(rd, f))
            .group_by(rd.merchant_id, rd.minutes)
        )
    if days is not None:
        for level, _runs in days.runs:
            dd = level.deliveries
            arms.append(
                select(
                    dd.merchant_id,
                    dd.minutes,
                    func.sum(dd.orders),
                    func.sum(dd.promised),
                    func.sum(dd.on_time),
                    func.sum(dd.otif),
                )
                .where(days.where(level, dd))
                .group_by(dd.merchant_id, dd.minutes)
            )
    for w in windows:
        facts = delivery_facts(w, dialect, hist)
        arms.append(
            select(
                facts.c.merchant_id,
                facts.c.minutes,
                func.count(),
                func.sum(facts.c.promised),
                func.sum(facts.c.on_time),
                func.sum(facts.c.otif),
            ).group_by(facts.c.merchant_id, facts.c.minutes)
        )
    return (
        [
            (int(m), int(mins or 0), int(n), int(p or 0), int(t or 0), int(o or 0))
            for m, mins, n, p, t, o in session.execute(_union(arms))
        ]
        if arms
        else []
    )


def _open_at_risk(now: dt.datetime, within: dt.timedelta) -> list[Any]:
    # The statuses as literals, word for word the partial index's condition (ix_orders_open_ship_by): SQLite uses
    # a partial index only when the query repeats its WHERE, and a bound parameter does not. Without it, "ship-by
    # before now + 2 h" reads every order ever shipped (a year's history: every order).
    open_now = Order.status.in_(bindparam("open_statuses", list(OPEN_STATUSES), expanding=True, literal_execute=True))
    return [open_now, Order.ship_by.is_not(None), Order.ship_by < now + within]


def at_risk_by_merchant(session: Session, now: dt.datetime, within: dt.timedelta) -> dict[int, tuple[int, int]]:
    """Per merchant: (open orders due within `within`, of them already overdue)."""
    return {
        int(m): (int(n), int(late or 0))
        for m, n, late in session.execute(
            select(Order.merchant_id, func.count(), func.sum(case((Order.ship_by < now, 1), else_=0)))
            .where(*_open_at_risk(now, within))
            .group_by(Order.merchant_id)
        )
    }


def merchant_names(session: Session, ids: set[int]) -> dict[int, tuple[str, str]]:
    """(code, name) of the merchants with these ids."""
    if not ids:
        return {}
    return {
        i: (c, n)
        for i, c, n in session.execute(select(Merchant.id, Merchant.code, Merchant.name).where(Merchant.id.in_(ids)))
    }


def orders_at_risk(
    session: Session, now: dt.datetime, within: dt.timedelta, limit: int
) -> Sequence[tuple[int, str, str, str, dt.datetime, int]]:
    """The open orders due within `within`, soonest first: (id, reference, merchant code, status, ship-by,
    priority)."""
    return session.execute(  # type: ignore[return-value]
        select(Order.id, Order.external_ref, Merchant.code, Order.status, Order.ship_by, Order.priority)
        .join(Merchant, Merchant.id == Order.merchant_id)
        .where(*_open_at_risk(now, within))
        .order_by(Order.ship_by, Order.id)
        .limit(limit)
    ).all()


# -- the hourly aggregates -----------------------------------------------------------------------------------


def dirty_hours(session: Session, first: int, end: int) -> list[int]:
    """The hours in [first, end) marked dirty (changed since their aggregates were computed)."""
    return sorted(
        set(
            session.scalars(
                select(ReportDirtyHour.hour).where(ReportDirtyHour.hour >= first, ReportDirtyHour.hour < end)
            )
        )
    )


def lock_refresh(session: Session) -> None:
    """Serialise refreshes (PostgreSQL: an advisory lock held until the transaction ends; SQLite: one writer)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SET LOCAL jit = off"))
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": REFRESH_LOCK})


def newest_dirty_hours(session: Session, first: int | None, end: int | None, limit: int) -> list[int]:
    """At most `limit` dirty hours in [first, end) (None: unbounded), newest first."""
    where = []
    if first is not None:
        where.append(ReportDirtyHour.hour >= first)
    if end is not None:
        where.append(ReportDirtyHour.hour < end)
    return list(
        session.scalars(
            select(ReportDirtyHour.hour).where(*where).distinct().order_by(ReportDirtyHour.hour.desc()).limit(limit)
        )
    )


def _chunks(values: list[int], size: int) -> Iterator[list[int]]:
    for i in range(0, len(values), size):
        yield values[i : i + size]


def dirty_marks(session: Session, hours: list[int]) -> list[int]:
    """The ids of the dirty marks of these hours."""
    return [
        i
        for part in _chunks(hours, 500)
        for i in session.scalars(select(ReportDirtyHour.id).where(ReportDirtyHour.hour.in_(part)))
    ]


def clear_dirty_marks(session: Session, ids: list[int]) -> None:
    for part in _chunks(ids, 500):
        session.execute(delete(ReportDirtyHour).where(ReportDirtyHour.id.in_(part)))


def recompute_hours(session: Session, first: int, end: int) -> None:
    """Replace the aggregates of the hours [first, end) by the counts of the raw rows (the dashboard's queries)."""
    dialect = session.get_bind().dialect.name
    start, stop = hour_time(first), hour_time(end)
    f = ReportFilter(start, stop)
    hist = history(session, start)
    session.execute(delete(ReportHour).where(ReportHour.hour >= first, ReportHour.hour < end))
    session.execute(delete(ReportErrorHour).where(ReportErrorHour.hour >= first, ReportErrorHour.hour < end))
    session.execute(delete(ReportDeliveryHour).where(ReportDeliveryHour.hour >= first, ReportDeliveryHour.hour < end))
    facts = closed_facts(f, dialect, hist)
    session.execute(
        insert(ReportHour).from_select(
            ["hour", "user_id", "station_id", "order_class", "orders", "units", "secs", "with_error", "errors"],
            select(
                facts.c.hour,
                facts.c.user_id,
                facts.c.station_id,
                facts.c.order_class,
                func.count(),
                func.coalesce(func.sum(facts.c.units), 0),
                func.coalesce(func.sum(facts.c.secs), 0.0),
                func.coalesce(func.sum(facts.c.has_error), 0),
                func.coalesce(func.sum(facts.c.errors), 0),
            ).group_by(facts.c.hour, facts.c.user_id, facts.c.station_id, facts.c.order_class),
        )
    )
    deliveries = delivery_facts(f, dialect, hist)
    session.execute(
        insert(ReportDeliveryHour).from_select(
            ["hour", "station_id", "merchant_id", "minutes", "orders", "promised", "on_time", "otif"],
            select(
                deliveries.c.hour,
                deliveries.c.station_id,
                deliveries.c.merchant_id,
                deliveries.c.minutes,
                func.count(),
                func.coalesce(func.sum(deliveries.c.promised), 0),
                func.coalesce(func.sum(deliveries.c.on_time), 0),
                func.coalesce(func.sum(deliveries.c.otif), 0),
            ).group_by(deliveries.c.hour, deliveries.c.station_id, deliveries.c.merchant_id, deliveries.c.minutes),
        )
    )
    for ev, _pu in hist.sources:  # live, then archived rows (a row is in one of them)
        h = hour_number(ev.at, dialect)
        session.execute(
            insert(ReportErrorHour).from_select(
                ["hour", "error_type", "user_id", "station_id", "sku_id", "n"],
                select(h, ev.error_type, ev.user_id, ev.station_id, ev.sku_id, func.count())
                .where(*error_conditions(f, ev))
                .group_by(h, ev.error_type, ev.user_id, ev.station_id, ev.sku_id),
            )
        )
    recompute_days(session, first // 24, (end - 1) // 24 + 1)


def _roll_up(session: Session, src: Level, dst: Level, first: int, end: int) -> None:
    """Replace `dst`'s rows of the keys [first, end) by the sums of `src`'s rows inside them."""
    per = dst.hours // src.hours
    lo, hi = first * per, end * per
    for table in (dst.cells, dst.errors, dst.deliveries, dst.packers):
        session.execute(delete(table).where(dst.column(table) >= first, dst.column(table) < end))

    def inside(table: Any) -> tuple[Any, list[ColumnElement[bool]]]:
        column = src.column(table)
        return column // per, [column >= lo, column < hi]

    c = src.cells
    key, where = inside(c)
    session.execute(
        insert(dst.cells).from_select(
            [dst.key, "user_id", "station_id", "order_class", "orders", "units", "secs", "with_error", "errors"],
            select(
                key,
                c.user_id,
                c.station_id,
                c.order_class,
                func.sum(c.orders),
                func.sum(c.units),
                func.sum(c.secs),
                func.sum(c.with_error),
                func.sum(c.errors),
            )
            .where(*where)
            .group_by(key, c.user_id, c.station_id, c.order_class),
        )
    )
    if src.packers is None:  # from hours: the distinct hours a packer closed an order in
        packer_hours = select(key, c.user_id, func.count(distinct(src.column(c)))).where(*where)
        packer_hours = packer_hours.group_by(key, c.user_id)
    else:
        p = src.packers
        p_key, p_where = inside(p)
        packer_hours = select(p_key, p.user_id, func.sum(p.hours)).where(*p_where).group_by(p_key, p.user_id)
    session.execute(insert(dst.packers).from_select([dst.key, "user_id", "hours"], packer_hours))
    e = src.errors
    e_key, e_where = inside(e)
    session.execute(
        insert(dst.errors).from_select(
            [dst.key, "error_type", "user_id", "station_id", "sku_id", "n"],
            select(e_key, e.error_type, e.user_id, e.station_id, e.sku_id, func.sum(e.n))
            .where(*e_where)
            .group_by(e_key, e.error_type, e.user_id, e.station_id, e.sku_id),
        )
    )
    d = src.deliveries
    d_key, d_where = inside(d)
    session.execute(
        insert(dst.deliveries).from_select(
            [dst.key, "merchant_id", "minutes", "orders", "promised", "on_time", "otif"],
            select(
                d_key,
                d.merchant_id,
                d.minutes,
                func.sum(d.orders),
                func.sum(d.promised),
                func.sum(d.on_time),
                func.sum(d.otif),
            )
            .where(*d_where)
            .group_by(d_key, d.merchant_id, d.minutes),
        )
    )


def recompute_days(session: Session, first: int, end: int) -> None:
    """Replace the rollups of the days [first, end) (and of the blocks holding them) by the sums of their hours'
    aggregates (a day whose hours are not all clean yet is recomputed again with its last dirty hour, and read by
    the hour until then; its block likewise)."""
    h0, h1 = first * 24, end * 24
    _roll_up(session, HOURS, DAYS, first, end)
    session.execute(delete(ReportHourTotal).where(ReportHourTotal.hour >= h0, ReportHourTotal.hour < h1))
    rh, eh = ReportHour, ReportErrorHour
    totals = union_all(
        select(
            rh.hour.label("hour"), rh.orders.label("orders"), rh.units.label("units"), literal(0).label("errors")
        ).where(rh.hour >= h0, rh.hour < h1),
        select(eh.hour, literal(0), literal(0), eh.n).where(eh.hour >= h0, eh.hour < h1),
    ).subquery("hour_totals")
    session.execute(
        insert(ReportHourTotal).from_select(
            ["hour", "orders", "units", "errors"],
            select(
                totals.c.hour, func.sum(totals.c.orders), func.sum(totals.c.units), func.sum(totals.c.errors)
            ).group_by(totals.c.hour),
        )
    )
    _roll_up(session, DAYS, BLOCKS, first // BLOCK_DAYS, (end - 1) // BLOCK_DAYS + 1)
