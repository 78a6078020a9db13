"""The lead's figures, counted by the database: GROUP BY in SQL over the journal, never Python loops over rows.

Definitions (the same in the dashboard, the PDF and the CSV):
- an *order packed* is a pack session closed (`state = closed`) with `ended_at` in the range, at a chosen station;
  its packer and station are the session's; its pack time is `ended_at - started_at`;
- *units* are the packed units of every session of that order;
- *accuracy* is orders closed with no error event at all / orders closed;
- *errors* are journal rows with `error_type` set and `at` in the range, counted against the row's user and station;
- *active hours* are the clock hours in which at least one order was closed (orders per hour = orders / them).
Python only folds the aggregates (at most one row per hour, packer or class) into the values the screens show.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, exists, func, or_, select
from sqlalchemy.orm import Session, aliased, sessionmaker

from packstation.domain.errors import ValidationError
from packstation.services.report_views import (
    ORDER_CLASSES,
    ClassFigures,
    Dashboard,
    ErrorCount,
    EventView,
    HourFigures,
    Kpis,
    OrderTimeline,
    PackerFigures,
    ReportFilter,
    StationFigures,
)
from packstation.store.models import (
    AppMeta,
    Customer,
    Event,
    Merchant,
    Order,
    OrderLine,
    PackedUnit,
    PackSession,
    Sku,
    Station,
    User,
)
from packstation.store.models.base import utcnow

HOUR = dt.timedelta(hours=1)


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


def bucket_time(value: Any) -> dt.datetime:
    """A bucket as the database returned it -> a timezone-aware UTC datetime."""
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def _ratio(num: float, den: float) -> float | None:
    return num / den if den else None


class ReportService:
    """Aggregates for the dashboard, drill-down lists and order timelines; every call is one read transaction."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    # -- helpers ---------------------------------------------------------------------------------------------

    def _dialect(self, session: Session) -> str:
        return session.get_bind().dialect.name

    def is_demo(self) -> bool:
        """True when this database is a demo (training) database: reports on it are stamped TRAINING."""
        with self._sessions() as session:
            mode = session.scalar(select(AppMeta.value).where(AppMeta.key == "mode"))
        return mode == "demo"

    def resolve_stations(self, codes: Iterable[str]) -> tuple[int, ...]:
        """Station ids for codes; an unknown code is a ValidationError naming it."""
        wanted = [c.strip() for c in codes if c.strip()]
        if not wanted:
            return ()
        with self._sessions() as session:
            found = dict(session.execute(select(Station.code, Station.id).where(Station.code.in_(wanted))).all())
        missing = [c for c in wanted if c not in found]
        if missing:
            raise ValidationError("unknown_station", f"unknown station: {', '.join(missing)}", stations=missing)
        return tuple(found[c] for c in wanted)

    def station_codes(self, ids: Iterable[int]) -> tuple[str, ...]:
        ids = tuple(ids)
        if not ids:
            return ()
        with self._sessions() as session:
            return tuple(session.scalars(select(Station.code).where(Station.id.in_(ids)).order_by(Station.code)))

    def _closed_facts(self, f: ReportFilter, dialect: str) -> Any:
        """One row per closed session in range: order, packer, station, seconds, units, class, errors."""
        ps = PackSession
        conds = [ps.state == "closed", ps.ended_at >= f.start, ps.ended_at < f.end]
        if f.station_ids:
            conds.append(ps.station_id.in_(f.station_ids))
        # Correlated look-ups by index, one per closed session: cheap, and the plan does not depend on statistics.
        ps2 = aliased(PackSession)
        units = (
            select(func.coalesce(func.sum(PackedUnit.quantity), 0))
            .join(ps2, ps2.id == PackedUnit.session_id)
            .where(ps2.order_id == ps.order_id)
            .scalar_subquery()
        )
        order_class = (
            select(case(
                (func.coalesce(func.sum(OrderLine.quantity), 0) <= 1, "single_unit"),
                (func.count() == 1, "single_line"),
                else_="multi_line",
            ))
            .where(OrderLine.order_id == ps.order_id)
            .scalar_subquery()
        )
        order_has_error = exists().where(Event.order_id == ps.order_id, Event.error_type.is_not(None))
        session_errors = (
            select(func.count()).where(Event.session_id == ps.id, Event.error_type.is_not(None)).scalar_subquery()
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
                hour_bucket(ps.ended_at, dialect).label("bucket"),
            )
            .where(*conds)
            .subquery("facts")
        )

    def _error_events(self, f: ReportFilter) -> list[ColumnElement[bool]]:
        conds = [Event.error_type.is_not(None), Event.at >= f.start, Event.at < f.end]
        if f.station_ids:
            conds.append(Event.station_id.in_(f.station_ids))
        return conds

    # -- the dashboard ---------------------------------------------------------------------------------------

    def dashboard(self, f: ReportFilter) -> Dashboard:
        """Every figure of the dashboard and the shift report for one filter, in one read transaction."""
        with self._sessions() as session, session.begin():
            dialect = self._dialect(session)
            facts = self._closed_facts(f, dialect)
            kpis = self._kpis(session, f, facts)
            by_type = self._errors_by(session, f, None)
            by_packer = self._errors_by(session, f, "user")
            by_station = self._errors_by(session, f, "station")
            hours = self._hours(session, f, facts, dialect)
            floor, packers = self._packers(session, facts, by_packer)
            stations = self._stations(session, facts, by_station)
            demo = session.scalar(select(AppMeta.value).where(AppMeta.key == "mode")) == "demo"
            codes = tuple(
                session.scalars(select(Station.code).where(Station.id.in_(f.station_ids)).order_by(Station.code))
            ) if f.station_ids else ()
        return Dashboard(
            filter=f, kpis=kpis, errors_by_type=by_type, errors_by_packer=by_packer,
            errors_by_station=by_station, hours=hours, packers=packers, stations=stations,
            floor_classes=floor, station_codes=codes, generated_at=utcnow(), training=demo,
        )

    def _kpis(self, session: Session, f: ReportFilter, facts: Any) -> Kpis:
        row = session.execute(
            select(
                func.count(),
                func.coalesce(func.sum(facts.c.units), 0),
                func.count(func.distinct(facts.c.bucket)),
                func.avg(facts.c.secs),
                func.coalesce(func.sum(facts.c.has_error), 0),
            )
        ).one()
        orders, units, hours, avg_secs, with_error = int(row[0]), int(row[1]), int(row[2]), row[3], int(row[4])
        errors = session.scalar(select(func.count()).select_from(Event).where(*self._error_events(f))) or 0
        return Kpis(
            orders=orders, units=units, active_hours=hours,
            orders_per_hour=orders / hours if hours else 0.0, units_per_hour=units / hours if hours else 0.0,
            avg_pack_seconds=float(avg_secs) if avg_secs is not None else None,
            orders_with_error=with_error, accuracy=_ratio(orders - with_error, orders), errors=int(errors),
        )

    def _errors_by(self, session: Session, f: ReportFilter, by: str | None) -> tuple[ErrorCount, ...]:
        """Error events per type, optionally per (packer, type) or (station, type)."""
        if by is None:
            stmt: Select[Any] = select(Event.error_type, func.count()).where(*self._error_events(f))
            rows = session.execute(stmt.group_by(Event.error_type).order_by(func.count().desc())).all()
            return tuple(ErrorCount(None, "", str(t), int(n)) for t, n in rows)
        key, label = (Event.user_id, User.name) if by == "user" else (Event.station_id, Station.code)
        target = User if by == "user" else Station
        stmt = (
            select(key, label, Event.error_type, func.count())
            .outerjoin(target, target.id == key)
            .where(*self._error_events(f))
            .group_by(key, label, Event.error_type)
            .order_by(label, Event.error_type)
        )
        return tuple(ErrorCount(k, lbl or "(none)", str(t), int(n)) for k, lbl, t, n in session.execute(stmt))

    def _hours(self, session: Session, f: ReportFilter, facts: Any, dialect: str) -> tuple[HourFigures, ...]:
        closes = session.execute(
            select(facts.c.bucket, func.count(), func.coalesce(func.sum(facts.c.units), 0)).group_by(facts.c.bucket)
        ).all()
        bucket = hour_bucket(Event.at, dialect)
        errs = session.execute(select(bucket, func.count()).where(*self._error_events(f)).group_by(bucket)).all()
        folded: dict[int, dict[str, Any]] = defaultdict(lambda: {"orders": 0, "units": 0, "errors": 0, "b": set()})
        for raw, orders, units in closes:
            start = bucket_time(raw)
            slot = folded[start.astimezone(f.tz).hour]
            slot["orders"] += int(orders)
            slot["units"] += int(units)
            slot["b"].add(start)
        for raw, count in errs:
            start = bucket_time(raw)
            slot = folded[start.astimezone(f.tz).hour]
            slot["errors"] += int(count)
            slot["b"].add(start)
        # In shift order (a night shift's 22:00 before its 02:00): by the earliest UTC hour folded in.
        hours = [
            HourFigures(h, v["orders"], v["units"], v["errors"], tuple(sorted(v["b"]))) for h, v in folded.items()
        ]
        first = min((b for h in hours for b in h.buckets), default=f.start)
        return tuple(sorted(hours, key=lambda h: (h.buckets[0] - first).total_seconds() % 86400))

    def _packers(
        self, session: Session, facts: Any, by_packer: tuple[ErrorCount, ...]
    ) -> tuple[tuple[ClassFigures, ...], tuple[PackerFigures, ...]]:
        floor_rows = session.execute(
            select(facts.c.order_class, func.count(), func.avg(facts.c.secs), func.sum(facts.c.errors))
            .group_by(facts.c.order_class)
        ).all()
        floor = {c: ClassFigures(c, int(n), float(a) if a is not None else None, int(e or 0))
                 for c, n, a, e in floor_rows}
        per_class = session.execute(
            select(facts.c.user_id, facts.c.order_class, func.count(), func.avg(facts.c.secs),
                   func.sum(facts.c.errors))
            .group_by(facts.c.user_id, facts.c.order_class)
        ).all()
        totals = session.execute(
            select(facts.c.user_id, User.name, func.count(), func.coalesce(func.sum(facts.c.units), 0),
                   func.count(func.distinct(facts.c.bucket)), func.avg(facts.c.secs), func.sum(facts.c.has_error))
            .join(User, User.id == facts.c.user_id)
            .group_by(facts.c.user_id, User.name)
        ).all()
        classes: dict[int, list[ClassFigures]] = defaultdict(list)
        for user_id, cls, n, avg, errs in per_class:
            classes[user_id].append(ClassFigures(cls, int(n), float(avg) if avg is not None else None, int(errs or 0)))
        error_total: dict[int | None, int] = defaultdict(int)
        names: dict[int | None, str] = {}
        for ec in by_packer:
            error_total[ec.key] += ec.count
            names[ec.key] = ec.label
        packers = []
        seen = set()
        for user_id, name, n, units, hours, avg, with_error in totals:
            seen.add(user_id)
            mine = sorted(classes[user_id], key=lambda c: ORDER_CLASSES.index(c.order_class))
            expected_secs = sum(c.orders * (floor[c.order_class].avg_pack_seconds or 0.0) for c in mine)
            actual_secs = sum(c.orders * (c.avg_pack_seconds or 0.0) for c in mine)
            expected_errs = sum(c.orders * floor[c.order_class].errors / floor[c.order_class].orders for c in mine)
            packers.append(PackerFigures(
                user_id=user_id, name=name, orders=int(n), units=int(units), active_hours=int(hours),
                orders_per_hour=int(n) / int(hours) if hours else 0.0,
                avg_pack_seconds=float(avg) if avg is not None else None, errors=error_total.get(user_id, 0),
                accuracy=_ratio(int(n) - int(with_error or 0), int(n)),
                time_ratio=_ratio(actual_secs, expected_secs),
                error_ratio=_ratio(sum(c.errors for c in mine), expected_errs), classes=tuple(mine),
            ))
        # Packers who made errors but closed nothing in the range still belong on the list.
        for user_id, count in error_total.items():
            if user_id is not None and user_id not in seen:
                packers.append(PackerFigures(user_id, names[user_id], 0, 0, 0, 0.0, None, count, None, None, None))
        packers.sort(key=lambda p: p.name)
        return tuple(floor[c] for c in ORDER_CLASSES if c in floor), tuple(packers)

    def _stations(self, session: Session, facts: Any, by_station: tuple[ErrorCount, ...]) -> tuple[StationFigures, ...]:
        rows = session.execute(
            select(facts.c.station_id, Station.code, func.count(), func.coalesce(func.sum(facts.c.units), 0),
                   func.avg(facts.c.secs))
            .join(Station, Station.id == facts.c.station_id)
            .group_by(facts.c.station_id, Station.code)
        ).all()
        errors: dict[int | None, int] = defaultdict(int)
        codes: dict[int | None, str] = {}
        for ec in by_station:
            errors[ec.key] += ec.count
            codes[ec.key] = ec.label
        out = {sid: StationFigures(sid, code, int(n), int(u), float(a) if a is not None else None, errors.get(sid, 0))
               for sid, code, n, u, a in rows}
        for sid, count in errors.items():
            if sid is not None and sid not in out:
                out[sid] = StationFigures(sid, codes[sid], 0, 0, None, count)
        return tuple(sorted(out.values(), key=lambda s: s.code))

    # -- drill-down and timeline -----------------------------------------------------------------------------

    def _event_views(self, session: Session, where: list[ColumnElement[bool]], limit: int) -> tuple[EventView, ...]:
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
                id=e.id, at=e.at, kind=e.kind, code=e.code, error_type=e.error_type, order_id=e.order_id,
                order_ref=ref or "", session_id=e.session_id, station=st or "", user=who or "",
                approver=appr or "", sku=sku or "", quantity=e.quantity, raw=e.raw or "", lot=e.lot or "",
                serial=e.serial or "", detail=dict(e.detail or {}),
            )
            for e, ref, st, who, appr, sku in session.execute(stmt).all()
        )

    def error_events(
        self,
        f: ReportFilter,
        *,
        error_type: str | None = None,
        user_id: int | None = None,
        station_id: int | None = None,
        hours: tuple[dt.datetime, ...] = (),
        limit: int = 5000,
    ) -> tuple[EventView, ...]:
        """The error events behind one count of the dashboard (same definition, so the list length = the count)."""
        where = self._error_events(f)
        if error_type is not None:
            where.append(Event.error_type == error_type)
        if user_id is not None:
            where.append(Event.user_id == user_id)
        if station_id is not None:
            where.append(Event.station_id == station_id)
        if hours:
            where.append(or_(*(and_(Event.at >= h, Event.at < h + HOUR) for h in hours)))
        with self._sessions() as session:
            return self._event_views(session, where, limit)

    def find_order(self, text: str) -> int | None:
        """An order id by its reference, pick-ticket barcode or id; None when nothing matches."""
        text = text.strip()
        if not text:
            return None
        with self._sessions() as session:
            conds = [Order.external_ref == text, Order.order_barcode == text]
            if text.isdigit():
                conds.append(Order.id == int(text))
            return session.scalar(select(Order.id).where(or_(*conds)).order_by(Order.id).limit(1))

    def order_timeline(self, order_id: int) -> OrderTimeline:
        """Every journal row of the order (and its sessions), oldest first, with who and where."""
        with self._sessions() as session:
            row = session.execute(
                select(Order, Customer.first_name, Customer.last_name, Merchant.name)
                .join(Customer, Customer.id == Order.customer_id)
                .join(Merchant, Merchant.id == Order.merchant_id)
                .where(Order.id == order_id)
            ).one_or_none()
            if row is None:
                raise ValidationError("unknown_order", f"no order with id {order_id}", order_id=order_id)
            order, first, last, merchant = row
            n_lines, n_units = session.execute(
                select(func.count(), func.coalesce(func.sum(OrderLine.quantity), 0)).where(
                    OrderLine.order_id == order_id)
            ).one()
            sessions_of_order = select(PackSession.id).where(PackSession.order_id == order_id)
            events = self._event_views(
                session, [or_(Event.order_id == order_id, Event.session_id.in_(sessions_of_order))], 100_000
            )
            return OrderTimeline(
                order_id=order.id, order_ref=order.external_ref, status=order.status,
                customer=f"{first} {last}".strip(), merchant=merchant, lines=int(n_lines), units=int(n_units),
                closed_at=order.closed_at, exception_reason=order.exception_reason, events=events,
            )
