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
from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, and_, case, exists, func, or_, select, text
from sqlalchemy.orm import Session, aliased, sessionmaker

from packstation.domain.errors import ValidationError
from packstation.domain.safe_text import as_row_id
from packstation.services.report_folds import Group
from packstation.services.report_folds import days as fold_days
from packstation.services.report_folds import hours as fold_hours
from packstation.services.report_folds import kpis as fold_kpis
from packstation.services.report_folds import packers as fold_packers
from packstation.services.report_folds import stations as fold_stations
from packstation.services.report_views import (
    Dashboard,
    ErrorCount,
    EventView,
    OrderTimeline,
    ReportFilter,
    SkuErrors,
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


def no_jit(session: Session, dialect: str) -> None:
    """PostgreSQL compiles a plan it thinks costly with LLVM: on the dashboard's queries that cost 260-590 ms per
    refresh and saved nothing (the queries read one window). Off for this read transaction only."""
    if dialect == "postgresql":
        session.execute(text("SET LOCAL jit = off"))


def bucket_time(value: Any) -> dt.datetime:
    """A bucket as the database returned it -> a timezone-aware UTC datetime."""
    when: dt.datetime = dt.datetime.fromisoformat(value) if isinstance(value, str) else value
    return when.replace(tzinfo=dt.UTC) if when.tzinfo is None else when.astimezone(dt.UTC)


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
        """Every figure of the dashboard and the shift report for one filter, in one read transaction.

        Closed sessions are aggregated once, by (packer, station, order class, hour); every figure is a sum over
        those groups (at most a few per packer-hour), so the history is read once per refresh.
        """
        with self._sessions() as session, session.begin():
            dialect = self._dialect(session)
            no_jit(session, dialect)
            facts = self._closed_facts(f, dialect)
            groups = [Group(int(u), int(st), str(c), bucket_time(b), int(n), int(un or 0), float(secs or 0.0),
                             int(we or 0), int(er or 0))
                      for u, st, c, b, n, un, secs, we, er in session.execute(
                          select(facts.c.user_id, facts.c.station_id, facts.c.order_class, facts.c.bucket,
                                 func.count(), func.sum(facts.c.units), func.sum(facts.c.secs),
                                 func.sum(facts.c.has_error), func.sum(facts.c.errors))
                          .group_by(facts.c.user_id, facts.c.station_id, facts.c.order_class, facts.c.bucket))]
            errors = int(session.scalar(select(func.count()).select_from(Event).where(*self._error_events(f))) or 0)
            by_type = self._errors_by(session, f, None)
            by_packer = self._errors_by(session, f, "user")
            by_station = self._errors_by(session, f, "station")
            bucket = hour_bucket(Event.at, dialect)
            error_hours = [(bucket_time(b), int(n)) for b, n in session.execute(
                select(bucket, func.count()).where(*self._error_events(f)).group_by(bucket))]
            users = {g.user_id for g in groups}
            names = dict(session.execute(select(User.id, User.name).where(User.id.in_(users))).all())
            st_ids = {g.station_id for g in groups} | set(f.station_ids)
            codes = dict(session.execute(select(Station.id, Station.code).where(Station.id.in_(st_ids))).all())
            demo = session.scalar(select(AppMeta.value).where(AppMeta.key == "mode")) == "demo"
            by_sku = tuple(SkuErrors(int(k), str(code), str(desc or ""), str(t), int(n)) for k, code, desc, t, n in
                           session.execute(select(Event.sku_id, Sku.code, Sku.description, Event.error_type,
                                                  func.count())
                                           .join(Sku, Sku.id == Event.sku_id)
                                           .where(*self._error_events(f))
                                           .group_by(Event.sku_id, Sku.code, Sku.description, Event.error_type)
                                           .order_by(func.count().desc(), Sku.code)) if k is not None)
        floor, packers = fold_packers(groups, names, by_packer)
        return Dashboard(
            filter=f, kpis=fold_kpis(groups, errors), errors_by_type=by_type, errors_by_packer=by_packer,
            errors_by_station=by_station, hours=fold_hours(f, groups, error_hours), packers=packers,
            stations=fold_stations(groups, codes, by_station), floor_classes=floor,
            station_codes=tuple(sorted(codes[i] for i in f.station_ids if i in codes)), generated_at=utcnow(),
            training=demo, days=fold_days(f, groups, error_hours), errors_by_sku=by_sku,
        )

    def _errors_by(self, session: Session, f: ReportFilter, by: str | None) -> tuple[ErrorCount, ...]:
        """Error events per type, optionally per (packer, type) or (station, type)."""
        if by is None:
            rows = session.execute(select(Event.error_type, func.count()).where(*self._error_events(f)).group_by(Event.error_type).order_by(func.count().desc())).all()
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
        sku_id: int | None = None,
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
        if sku_id is not None:
            where.append(Event.sku_id == sku_id)
        if hours:
            where.append(or_(*(and_(Event.at >= h, Event.at < h + HOUR) for h in hours)))
        with self._sessions() as session, session.begin():
            no_jit(session, self._dialect(session))
            return self._event_views(session, where, limit)

    def find_order(self, text: str) -> int | None:
        """An order id by its reference, pick-ticket barcode or id; None when nothing matches."""
        text = text.strip()
        if not text:
            return None
        with self._sessions() as session:
            conds = [Order.external_ref == text, Order.order_barcode == text]
            if as_row_id(text) is not None:
                conds.append(Order.id == as_row_id(text))
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
            # Session ids as literals, so both sides of the OR use their index (a sub-select would not, on PG).
            sessions_of_order = list(session.scalars(select(PackSession.id).where(PackSession.order_id == order_id)))
            where = Event.order_id == order_id
            if sessions_of_order:
                where = or_(where, Event.session_id.in_(sessions_of_order))
            events = self._event_views(session, [where], 100_000)
            return OrderTimeline(
                order_id=order.id, order_ref=order.external_ref, status=order.status,
                customer=f"{first} {last}".strip(), merchant=merchant, lines=int(n_lines), units=int(n_units),
                closed_at=order.closed_at, exception_reason=order.exception_reason, events=events,
            )

