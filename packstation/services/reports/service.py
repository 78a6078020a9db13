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
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, distinct, exists, func, literal, or_, select, text, union_all
from sqlalchemy.orm import Session, aliased, sessionmaker

from packstation.domain.errors import DomainError, ValidationError
from packstation.domain.report_views import (
    Dashboard,
    ErrorCount,
    EventView,
    OrderTimeline,
    ReportFilter,
    SkuErrors,
)
from packstation.domain.safe_text import as_row_id
from packstation.services.reports import report_aggregates as agg
from packstation.services.reports import report_delivery
from packstation.services.reports.report_folds import Group, Rollup
from packstation.services.reports.report_folds import days as fold_days
from packstation.services.reports.report_folds import hours as fold_hours
from packstation.services.reports.report_folds import kpis as fold_kpis
from packstation.services.reports.report_folds import packers as fold_packers
from packstation.services.reports.report_folds import stations as fold_stations
from packstation.store import archive as arch
from packstation.store.models import (
    AppMeta,
    Customer,
    Event,
    Merchant,
    Order,
    OrderLine,
    PackedUnit,
    PackSession,
    ReportErrorHour,
    ReportHour,
    Sku,
    Station,
    User,
)
from packstation.store.models.base import utcnow

HOUR = dt.timedelta(hours=1)


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


def order_history(session: Session, order: Order) -> History:
    """What one order's timeline or evidence reads: live, or live + archive once its history was archived."""
    return LIVE if order.archived_at is None else _with_archive(session)


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


def _count_by(rows: list[tuple[Any, ...]], key: Callable[[tuple[Any, ...]], Any]) -> dict[tuple[Any, ...], int]:
    """Sum the last field of error rows by `key` (a tuple key, or one value made a 1-tuple)."""
    out: dict[tuple[Any, ...], int] = {}
    for row in rows:
        k = key(row)
        k = k if isinstance(k, tuple) else (k,)
        out[k] = out.get(k, 0) + row[-1]
    return out


def _union(arms: list[Select[Any]]) -> Any:
    return arms[0] if len(arms) == 1 else union_all(*arms)


def bucket_time(value: Any) -> dt.datetime:
    """A bucket as the database returned it -> a timezone-aware UTC datetime."""
    when: dt.datetime = dt.datetime.fromisoformat(value) if isinstance(value, str) else value
    return when.replace(tzinfo=dt.UTC) if when.tzinfo is None else when.astimezone(dt.UTC)


class ReportService:
    """Aggregates for the dashboard, drill-down lists and order timelines; every call is one read transaction."""

    # Whole hours from the hourly aggregates (report_aggregates.py); off: every figure from the raw rows.
    use_aggregates = True
    # Whole hours folded by the database (by packer/station/class, by hour, by packer); off: one row per packer-hour.
    fold_in_sql = True
    # Recompute dirty hours of the range before reading it; off on a read replica (report_db_url), which cannot.
    refresh_on_read = True

    def __init__(
        self, sessions: sessionmaker[Session], clock: Callable[[], dt.datetime] = utcnow, *, replica: bool = False
    ) -> None:
        """`replica`: `sessions` reach a read-only copy of the store (report_db_url), never written to. `clock`:
        "right now" of the orders at risk."""
        self._sessions = sessions
        self._clock = clock
        self.replica = replica
        if replica:
            self.refresh_on_read = False

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

    def _closed_facts(self, f: ReportFilter, dialect: str, hist: History | None = None) -> Any:
        """One row per closed session in range: order, packer, station, seconds, units, class, errors."""
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
                agg.hour_number(ps.ended_at, dialect).label("hour"),
            )
            .where(*conds)
            .subquery("facts")
        )

    CHUNK = dt.timedelta(days=31)

    def _parts(self, f: ReportFilter) -> list[ReportFilter]:
        """The range in chunks of `CHUNK` (one part for anything shorter)."""
        parts, start = [], f.start
        while f.end - start > self.CHUNK:
            parts.append(ReportFilter(start, start + self.CHUNK, f.station_ids, f.tz))
            start += self.CHUNK
        parts.append(ReportFilter(start, f.end, f.station_ids, f.tz))
        return parts

    def _read(self, f: ReportFilter) -> tuple[list[Group], list[tuple[Any, ...]], Rollup]:
        """One part's closed-session groups and error rows, in one read transaction."""
        n0, n1 = agg.hour_ceil(f.start), agg.hour_floor(f.end)
        whole = self.use_aggregates and n1 > n0
        if whole and self.refresh_on_read:
            agg.refresh_quietly(self._sessions, n0, n1)  # past hours touched since: recomputed (few, usually none)
        with self._sessions() as session, session.begin():
            dialect = self._dialect(session)
            no_jit(session, dialect)
            hist = history(session, f.start)
            if whole:
                dirty = agg.dirty_hours(session, n0, n1)
                raw = [(f.start, agg.hour_time(n0)), (agg.hour_time(n1), f.end)]
                raw += [(agg.hour_time(a), agg.hour_time(b)) for a, b in agg.runs(dirty)]
            else:
                dirty, raw = [], [(f.start, f.end)]
            windows = [ReportFilter(a, b, f.station_ids, f.tz) for a, b in raw if b > a]
            # Closed sessions: the aggregates' clean whole hours, plus the raw rows of the edges and dirty hours.
            arms: list[Any] = []  # selects of one shape, unioned
            rollup = Rollup()
            if whole and self.fold_in_sql:
                groups_whole, rollup = self._rolled_up(session, f, n0, n1, dirty)
            elif whole:
                groups_whole = []
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
                    ).where(*self._agg_where(rh, f, n0, n1, dirty))
                )
            else:
                groups_whole = []
            for w in windows:
                facts = self._closed_facts(w, dialect, hist)
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
            groups = (
                [
                    Group(
                        int(u),
                        int(st),
                        str(c),
                        agg.hour_time(int(h)),
                        int(n),
                        int(un or 0),
                        float(secs or 0.0),
                        int(we or 0),
                        int(er or 0),
                    )
                    for u, st, c, h, n, un, secs, we, er in session.execute(_union(arms))
                ]
                if arms
                else []
            ) + groups_whole
            # Error rows, the same way, by (hour, type, packer, station, SKU): every error figure sums them.
            e_arms: list[Any] = []
            erows_whole: list[tuple[Any, ...]] = []
            if whole and self.fold_in_sql:
                erows_whole, rollup.error_hours = self._rolled_up_errors(session, f, n0, n1, dirty)
            elif whole:
                eh = ReportErrorHour
                e_arms.append(
                    select(eh.hour, eh.error_type, eh.user_id, eh.station_id, eh.sku_id, eh.n).where(
                        *self._agg_where(eh, f, n0, n1, dirty)
                    )
                )
            for w in windows:
                for ev, _pu in hist.sources:
                    h = agg.hour_number(ev.at, dialect)
                    e_arms.append(
                        select(h, ev.error_type, ev.user_id, ev.station_id, ev.sku_id, func.count())
                        .where(*self._error_events(w, ev))
                        .group_by(h, ev.error_type, ev.user_id, ev.station_id, ev.sku_id)
                    )
            erows = (
                [(int(h), str(t), u, st, k, int(n)) for h, t, u, st, k, n in session.execute(_union(e_arms))]
                if e_arms
                else []
            ) + erows_whole
        return groups, erows, rollup

    def _rolled_up(
        self, session: Session, f: ReportFilter, n0: int, n1: int, dirty: list[int]
    ) -> tuple[list[Group], Rollup]:
        """The clean whole hours of [n0, n1) folded by the database: one row per packer, station and class (no
        hour), one per clock hour, one per packer; a year is a few thousand rows, not one per packer-hour."""
        rh = ReportHour
        where = self._agg_where(rh, f, n0, n1, dirty)
        cells = session.execute(
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
            .where(*where)
            .group_by(rh.user_id, rh.station_id, rh.order_class)
        )
        groups = [
            Group(int(u), int(st), str(c), None, int(n), int(un or 0), float(secs or 0.0), int(we or 0), int(er or 0))
            for u, st, c, n, un, secs, we, er in cells
        ]
        rollup = Rollup()
        for h, n, un in session.execute(
            select(rh.hour, func.sum(rh.orders), func.sum(rh.units)).where(*where).group_by(rh.hour)
        ):
            rollup.hour_totals[agg.hour_time(int(h))] = [int(n), int(un or 0)]
        for u, n in session.execute(
            select(rh.user_id, func.count(distinct(rh.hour))).where(*where).group_by(rh.user_id)
        ):
            rollup.user_hours[int(u)] = int(n)
        return groups, rollup

    def _rolled_up_errors(
        self, session: Session, f: ReportFilter, n0: int, n1: int, dirty: list[int]
    ) -> tuple[list[tuple[Any, ...]], dict[dt.datetime, int]]:
        """The error rows of the clean whole hours folded by the database: by (type, packer, station, SKU) with no
        hour, and by clock hour."""
        eh = ReportErrorHour
        where = self._agg_where(eh, f, n0, n1, dirty)
        rows = [
            (None, str(t), u, st, k, int(n))
            for t, u, st, k, n in session.execute(
                select(eh.error_type, eh.user_id, eh.station_id, eh.sku_id, func.sum(eh.n))
                .where(*where)
                .group_by(eh.error_type, eh.user_id, eh.station_id, eh.sku_id)
            )
        ]
        by_hour = {
            agg.hour_time(int(h)): int(n)
            for h, n in session.execute(select(eh.hour, func.sum(eh.n)).where(*where).group_by(eh.hour))
        }
        return rows, by_hour

    @staticmethod
    def _agg_where(table: Any, f: ReportFilter, n0: int, n1: int, dirty: list[int]) -> list[ColumnElement[bool]]:
        conds = [table.hour >= n0, table.hour < n1]
        if dirty:
            conds.append(table.hour.not_in(dirty))
        if f.station_ids:
            conds.append(table.station_id.in_(f.station_ids))
        return conds

    def _error_events(self, f: ReportFilter, Event: Any = Event) -> list[ColumnElement[bool]]:  # noqa: N803
        conds = [Event.error_type.is_not(None), Event.at >= f.start, Event.at < f.end]
        if f.station_ids:
            conds.append(Event.station_id.in_(f.station_ids))
        return conds

    # -- the dashboard ---------------------------------------------------------------------------------------

    def dashboard(self, f: ReportFilter, progress: Callable[[int, int], None] | None = None) -> Dashboard:
        """Every figure of the dashboard and the shift report for one filter.

        Closed sessions come as groups by (packer, station, order class, hour) and error rows by (hour, type,
        packer, station, SKU): whole clean hours from the hourly aggregates, the edges and dirty hours from the raw
        rows. A range longer than `CHUNK` is read chunk by chunk (one read transaction each, `progress(done,
        total)` after each): a whole-history report streams instead of holding one long query.
        """
        parts = self._parts(f)
        groups: list[Group] = []
        erows: list[tuple[Any, ...]] = []
        rollup = Rollup()
        for i, part in enumerate(parts):
            g, e, r = self._read(part)
            groups += g
            erows += e
            rollup.add(r)
            if progress is not None:
                progress(i + 1, len(parts))
        with self._sessions() as session:
            users = {g.user_id for g in groups} | {e[2] for e in erows if e[2] is not None}
            names = dict(session.execute(select(User.id, User.name).where(User.id.in_(users))).all())
            st_ids = {g.station_id for g in groups} | {e[3] for e in erows if e[3] is not None} | set(f.station_ids)
            codes = dict(session.execute(select(Station.id, Station.code).where(Station.id.in_(st_ids))).all())
            sku_ids = {e[4] for e in erows if e[4] is not None}
            skus = {
                k: (c, d)
                for k, c, d in session.execute(select(Sku.id, Sku.code, Sku.description).where(Sku.id.in_(sku_ids)))
            }
            demo = session.scalar(select(AppMeta.value).where(AppMeta.key == "mode")) == "demo"
            delivery, delivery_total, at_risk = report_delivery.delivery(
                session, f, self._dialect(session), self._clock()
            )
        errors = sum(e[5] for e in erows)
        by_type = tuple(
            ErrorCount(None, "", t, n)
            for (t,), n in sorted(_count_by(erows, lambda e: e[1]).items(), key=lambda kv: (-kv[1], kv[0]))
        )
        by_packer = tuple(
            sorted(
                (
                    ErrorCount(k, names.get(k, "(none)") if k is not None else "(none)", t, n)
                    for (k, t), n in _count_by(erows, lambda e: (e[2], e[1])).items()
                ),
                key=lambda c: (c.label, c.error_type),
            )
        )
        by_station = tuple(
            sorted(
                (
                    ErrorCount(k, codes.get(k, "(none)") if k is not None else "(none)", t, n)
                    for (k, t), n in _count_by(erows, lambda e: (e[3], e[1])).items()
                ),
                key=lambda c: (c.label, c.error_type),
            )
        )
        hour_errors = dict(rollup.error_hours)
        for (h,), n in _count_by([e for e in erows if e[0] is not None], lambda e: e[0]).items():
            hour_errors[agg.hour_time(h)] = hour_errors.get(agg.hour_time(h), 0) + n
        error_hours = list(hour_errors.items())
        by_sku = tuple(
            sorted(
                (
                    SkuErrors(k, skus[k][0], str(skus[k][1] or ""), t, n)
                    for (k, t), n in _count_by(erows, lambda e: (e[4], e[1])).items()
                    if k in skus
                ),
                key=lambda x: (-x.count, x.sku, x.error_type),
            )
        )
        floor, packers = fold_packers(groups, names, by_packer, rollup)
        return Dashboard(
            filter=f,
            kpis=fold_kpis(groups, errors, rollup),
            errors_by_type=by_type,
            errors_by_packer=by_packer,
            errors_by_station=by_station,
            hours=fold_hours(f, groups, error_hours, rollup),
            packers=packers,
            stations=fold_stations(groups, codes, by_station),
            floor_classes=floor,
            station_codes=tuple(sorted(codes[i] for i in f.station_ids if i in codes)),
            generated_at=utcnow(),
            training=demo,
            days=fold_days(f, groups, error_hours, rollup),
            errors_by_sku=by_sku,
            delivery=delivery,
            delivery_total=delivery_total,
            at_risk=at_risk,
        )

    # -- drill-down and timeline -----------------------------------------------------------------------------

    def _event_views(
        self, session: Session, where: list[ColumnElement[bool]], limit: int, Event: Any = Event
    ) -> tuple[EventView, ...]:  # noqa: N803
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
            hist = history(session, f.start)
            if hist is not LIVE:
                where = self._error_events(f, hist.event)
                where += [
                    getattr(hist.event, c) == v
                    for c, v in (
                        ("error_type", error_type),
                        ("user_id", user_id),
                        ("station_id", station_id),
                        ("sku_id", sku_id),
                    )
                    if v is not None
                ]
                if hours:
                    at = hist.event.at
                    where.append(or_(*(and_(at >= h, at < h + HOUR) for h in hours)))
            return self._event_views(session, where, limit, hist.event)

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
                    OrderLine.order_id == order_id
                )
            ).one()
            # Session ids as literals, so both sides of the OR use their index (a sub-select would not, on PG).
            sessions_of_order = list(session.scalars(select(PackSession.id).where(PackSession.order_id == order_id)))
            ev = order_history(session, order).event
            where = ev.order_id == order_id
            if sessions_of_order:
                where = or_(where, ev.session_id.in_(sessions_of_order))
            events = self._event_views(session, [where], 100_000, ev)
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
                events=events,
            )
