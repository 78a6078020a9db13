"""Weeks of packed orders with realistic error patterns, so a new install and a trainer have a dashboard to read.

The patterns a lead should spot: a new packer with many wrong items (and slower packing), a station whose scale
drifts (weight mismatches rising day by day, some overridden by the lead), and the floor's background of over-scans,
unknown barcodes, damage found in QC, reprints, slip/label verification failures and short-ships. A few orders are
left in exception, suspended, or claimed long ago, for the exception queue.

Rows go in with bulk INSERT ... RETURNING (one statement per table per day), not one ORM object at a time.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session, sessionmaker

from packstation.domain.delivery import ship_by_from_cutoff
from packstation.domain.pins import hash_pin
from packstation.store.models import (
    Barcode,
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

PACKERS = (
    ("Anna Berg", 1.0, 0.010),
    ("Jonas Lie", 0.9, 0.015),
    ("Marta Nowak", 1.1, 0.008),
    ("Pekka Virtanen", 1.0, 0.020),
)
NEW_PACKER = "Sam Nilsen"  # the new packer: slower and with many wrong items
STATIONS = ("BENCH-01", "BENCH-02", "BENCH-03", "BENCH-04")
DRIFT_STATION = "BENCH-03"  # its scale drifts: weight mismatches climb over the weeks
DEMO_CUTOFF, DEMO_TZ = "14:00", "Europe/Oslo"  # the demo merchants' same-day cut-off (docs/loops.md)
SHIFT_START_UTC = 6  # the day shift packs 06:00-14:00 UTC
SHIFT_HOURS = 8


@dataclass(frozen=True)
class HistorySummary:
    """What was generated: for the command's output and for tests."""

    days: int
    start: dt.datetime
    end: dt.datetime
    orders: int
    events: int
    errors: int
    packers: tuple[str, ...]
    stations: tuple[str, ...]
    new_packer: str
    drift_station: str

    def __str__(self) -> str:
        return (
            f"{self.days} days, {self.orders} orders, {self.events} journal rows ({self.errors} errors); "
            f"new packer {self.new_packer}, scale drifting at {self.drift_station}"
        )


def _session_factory(target: Any) -> sessionmaker[Session]:
    if isinstance(target, sessionmaker):
        return target
    if hasattr(target, "sessions"):
        return target.sessions  # type: ignore[no-any-return]
    if isinstance(target, Session):
        return sessionmaker(target.get_bind(), expire_on_commit=False)
    raise TypeError(f"generate_history needs a Store, a sessionmaker or a Session, not {type(target).__name__}")


class _Floor:
    """The catalogue, customers, people and benches the history uses: existing ones, else created."""

    def __init__(self, session: Session, rng: random.Random) -> None:
        merchant = session.scalar(select(Merchant).order_by(Merchant.id).limit(1))
        if merchant is None:
            merchant = Merchant(
                code="NORDLY",
                name="Nordly Outdoor",
                city="Oslo",
                country="NO",
                ship_cutoff=DEMO_CUTOFF,
                ship_tz=DEMO_TZ,
            )
            session.add(merchant)
            session.flush()
        self.merchant_id = merchant.id
        self.ship_cutoff = (merchant.ship_cutoff, merchant.ship_tz) if merchant.ship_cutoff else None
        skus = session.execute(select(Sku.id, Sku.weight_g).where(Sku.merchant_id == merchant.id)).all()
        if not skus:
            for i in range(40):
                sku = Sku(
                    merchant_id=merchant.id,
                    code=f"NO-{i + 1:04d}",
                    description=f"Item {i + 1}",
                    weight_g=rng.randint(80, 1500),
                    length_mm=200,
                    width_mm=150,
                    height_mm=60,
                )
                sku.barcodes.append(Barcode(code=f"0705{merchant.id:03d}{i + 1:07d}"))
                session.add(sku)
            session.flush()
            skus = session.execute(select(Sku.id, Sku.weight_g).where(Sku.merchant_id == merchant.id)).all()
        self.skus = [(int(i), int(w)) for i, w in skus]
        customers = list(session.scalars(select(Customer.id).where(Customer.merchant_id == merchant.id).limit(500)))
        if not customers:
            for i in range(120):
                session.add(
                    Customer(
                        merchant_id=merchant.id,
                        external_ref=f"HC{i + 1:05d}",
                        first_name=rng.choice(["Ola", "Kari", "Łukasz", "Aino", "Emma", "Lars"]),
                        last_name=rng.choice(["Hansen", "Kowalski", "Korhonen", "Dahl"]),
                        country="NO",
                    )
                )
            session.flush()
            customers = list(session.scalars(select(Customer.id).where(Customer.merchant_id == merchant.id)))
        self.customers = [int(c) for c in customers]
        packers = session.execute(
            select(User.id, User.name, User.trainee)
            .where(User.role == "packer", User.active.is_(True))
            .order_by(User.id)
        ).all()
        if len(packers) < 3:
            pin = hash_pin("1234")
            for name, _speed, _err in (*PACKERS, (NEW_PACKER, 0, 0)):
                badge = "BADGE-" + name.split()[0].upper()
                if session.scalar(select(User.id).where(User.badge_code == badge)) is None:
                    session.add(
                        User(name=name, badge_code=badge, role="packer", pin_hash=pin, trainee=name == NEW_PACKER)
                    )
            session.flush()
            packers = session.execute(
                select(User.id, User.name, User.trainee)
                .where(User.role == "packer", User.active.is_(True))
                .order_by(User.id)
            ).all()
        new = next((p for p in packers if p.trainee), packers[-1])
        self.new_packer = (int(new.id), str(new.name))
        self.packers = [(int(p.id), str(p.name)) for p in packers]
        lead = session.scalar(select(User.id).where(User.role.in_(("lead", "admin"))).order_by(User.id).limit(1))
        if lead is None:
            user = User(name="Lena Dahl", badge_code="BADGE-LEAD", role="lead", pin_hash=hash_pin("9999"))
            session.add(user)
            session.flush()
            lead = user.id
        self.lead_id = int(lead)
        stations = session.execute(select(Station.id, Station.code).order_by(Station.code)).all()
        if len(stations) < 2:
            for code in STATIONS:
                if session.scalar(select(Station.id).where(Station.code == code)) is None:
                    session.add(Station(code=code, name=f"Packing bench {code[-2:]}"))
            session.flush()
            stations = session.execute(select(Station.id, Station.code).order_by(Station.code)).all()
        self.stations = [(int(s.id), str(s.code)) for s in stations]
        drift = next((s for s in self.stations if s[1] == DRIFT_STATION), self.stations[-1])
        self.drift_station = drift


def _event(**values: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "event_uuid": str(uuid.uuid4()),
        "code": "",
        "error_type": None,
        "order_id": None,
        "session_id": None,
        "station_id": None,
        "user_id": None,
        "approver_id": None,
        "sku_id": None,
        "order_line_id": None,
        "raw": None,
        "quantity": 0,
        "lot": None,
        "serial": None,
        "expiry": None,
        "detail": {},
    }
    row.update(values)
    return row


class _DayPlan:
    """The rows of one day, built in memory and inserted table by table."""

    def __init__(self) -> None:
        self.orders: list[dict[str, Any]] = []
        self.lines: list[list[dict[str, Any]]] = []
        self.sessions: list[dict[str, Any]] = []
        # (event row, index of the line it packs or None); order_id/session_id/order_line_id filled at insert time.
        self.events: list[list[tuple[dict[str, Any], int | None]]] = []


def _pack_order(
    plan: _DayPlan,
    floor: _Floor,
    rng: random.Random,
    t: dt.datetime,
    packer: tuple[int, str],
    speed: float,
    wrong_rate: float,
    station: tuple[int, int],
    drift: float,
    ref: str,
    final_state: str,
) -> dt.datetime:
    """Plan one order packed from `t`; returns when the packer is free for the next one."""
    station_id, _ = station
    user_id = packer[0]
    n_lines = 1 if rng.random() < 0.55 else rng.randint(2, 5)
    picks = rng.sample(floor.skus, n_lines)
    lines = [
        {
            "line_no": i + 1,
            "sku_id": s,
            "quantity": 1 if rng.random() < 0.7 else rng.randint(2, 4),
            "bin": f"A-{rng.randint(1, 40):02d}-{rng.randint(1, 6)}",
        }
        for i, (s, _w) in enumerate(picks)
    ]
    events: list[tuple[dict[str, Any], int | None]] = []
    base = {"station_id": station_id, "user_id": user_id}

    def add(kind: str, code: str, error: str | None = None, line: int | None = None, **extra: Any) -> None:
        nonlocal t
        t += dt.timedelta(seconds=rng.uniform(1.5, 6.0) * speed)
        events.append((_event(at=t, kind=kind, code=code, error_type=error, **base, **extra), line))

    start = t
    add("claim", "order_claimed", raw=ref)
    for idx, line in enumerate(lines):
        sku = line["sku_id"]
        for _unit in range(line["quantity"]):
            if rng.random() < wrong_rate:
                other = rng.choice(floor.skus)[0]
                add("scan", "wrong_item", "wrong_item", sku_id=other, raw=f"SKU{other}")
            if rng.random() < 0.012:
                add("scan", "unknown_barcode", "unknown_barcode", raw=f"{rng.randint(10**11, 10**12 - 1)}")
            add("scan", "accepted", line=idx, sku_id=sku, quantity=1, raw=f"SKU{sku}")
            if rng.random() < 0.01:
                add("scan", "over_scan", "over_scan", sku_id=sku, raw=f"SKU{sku}")
        if rng.random() < 0.006:
            add("qc", "damage", "qc_damage", sku_id=sku, detail={"passed": False})
    if final_state == "closed" and rng.random() < 0.008:
        add("quantity", "short_ship", "short_ship", detail={"reason": "out of stock at bin"})
    if final_state != "closed":
        add(
            "state",
            final_state,
            detail={"reason": "damaged item, no replacement" if final_state == "exception" else "packer called away"},
        )
    else:
        expected = sum(w * ln["quantity"] for (_s, w), ln in zip(picks, lines, strict=True)) + 180
        if rng.random() < drift:
            measured = int(expected * rng.uniform(1.08, 1.2))
            add("qc", "weight", "weight_mismatch", detail={"expected_g": expected, "measured_g": measured})
            if rng.random() < 0.4:
                add("override", "weight", "override", approver_id=floor.lead_id, detail={"note": "scale off"})
        else:
            add("qc", "weight", detail={"expected_g": expected, "measured_g": expected + rng.randint(-20, 20)})
        add("box", "box_confirmed")
        add("print", "label")
        if rng.random() < 0.015:
            add("reprint", "label", "reprint", detail={"reason": "smudged"})
        if rng.random() < 0.006:
            add("verify", "wrong_slip", "slip_verification")
        if rng.random() < 0.004:
            add("verify", "wrong_label", "label_verification")
        add("verify", "label_verified")
        add("state", "closed")
    plan.orders.append(
        {
            "merchant_id": floor.merchant_id,
            "customer_id": rng.choice(floor.customers),
            "external_ref": ref,
            "order_barcode": ref,
            "status": final_state,
            "placed_at": start - dt.timedelta(hours=rng.randint(2, 30)),
            "imported_at": start - dt.timedelta(hours=1),
            "closed_at": t if final_state == "closed" else None,
            "claim_station_id": station_id if final_state == "claimed" else None,
            "claim_user_id": user_id if final_state == "claimed" else None,
            "claimed_at": start if final_state == "claimed" else None,
            "exception_reason": "damaged item, no replacement in stock" if final_state == "exception" else "",
        }
    )
    merchant_cutoff = floor.ship_cutoff
    if merchant_cutoff is not None:  # "placed before 14:00 ships the same day": the on-time figures have a promise
        plan.orders[-1]["ship_by"] = ship_by_from_cutoff(plan.orders[-1]["placed_at"], *merchant_cutoff)
    plan.lines.append(lines)
    plan.sessions.append(
        {
            "station_id": station_id,
            "user_id": user_id,
            "started_at": start,
            "state": "scanning" if final_state == "claimed" else final_state,
            "ended_at": t if final_state in ("closed", "exception", "suspended") else None,
            "error_count": sum(1 for e, _ in events if e["error_type"]),
        }
    )
    plan.events.append(events)
    return t + dt.timedelta(seconds=rng.uniform(8, 40))


def _insert_day(session: Session, plan: _DayPlan) -> int:
    """Insert one day's rows; returns the number of events written."""
    if not plan.orders:
        return 0
    conn = session.connection()

    def ids(model: Any, rows: list[dict[str, Any]]) -> list[int]:
        table = model.__table__
        if conn.dialect.name != "sqlite":
            stmt = table.insert().returning(table.c.id, sort_by_parameter_order=True)
            return [int(i) for i in conn.execute(stmt, rows).scalars()]
        # SQLite cannot promise RETURNING order, but inside our write transaction rowids are max + 1, + 2, ...
        before = int(conn.scalar(select(func.coalesce(func.max(table.c.id), 0))) or 0)
        conn.execute(table.insert(), rows)
        after = int(conn.scalar(select(func.max(table.c.id))) or 0)
        if after - before != len(rows):
            raise RuntimeError(f"{table.name}: ids are not consecutive after a bulk insert")
        return list(range(before + 1, after + 1))

    order_ids = ids(Order, plan.orders)
    line_ids = ids(
        OrderLine,
        [dict(line, order_id=oid) for oid, lines in zip(order_ids, plan.lines, strict=True) for line in lines],
    )
    session_ids = ids(PackSession, [dict(s, order_id=oid) for oid, s in zip(order_ids, plan.sessions, strict=True)])
    event_rows: list[dict[str, Any]] = []
    packs: list[tuple[int, int]] = []  # (index into event_rows, order_line_id)
    line_cursor = 0
    for oid, sid, lines, events in zip(order_ids, session_ids, plan.lines, plan.events, strict=True):
        for row, line in events:
            line_id = line_ids[line_cursor + line] if line is not None else None
            if line_id is not None:
                packs.append((len(event_rows), line_id))
            event_rows.append(dict(row, order_id=oid, session_id=sid, order_line_id=line_id))
        line_cursor += len(lines)
    event_ids = ids(Event, event_rows)
    if packs:
        conn.execute(
            PackedUnit.__table__.insert(),
            [
                {
                    "session_id": event_rows[i]["session_id"],
                    "order_line_id": line_id,
                    "event_id": event_ids[i],
                    "quantity": 1,
                    "lot": None,
                    "serial": None,
                    "expiry": None,
                    "package_no": 1,
                }
                for i, line_id in packs
            ],
        )
    return len(event_rows)


def generate_history(
    target: Any, days: int, seed: int = 7, *, end: dt.date | None = None, orders_per_shift: int = 45
) -> HistorySummary:
    """Generate `days` day shifts of packing ending the day before `end` (default: today, UTC).

    `target` is a Store, a sessionmaker or a Session. Reuses the catalogue, customers, packers and stations the
    database has, creating a small set when it has none. The same seed and end date give the same history.
    """
    if days < 1:
        raise ValueError("days must be at least 1")
    rng = random.Random(seed)
    factory = _session_factory(target)
    end = end or dt.datetime.now(dt.UTC).date()
    first_day = end - dt.timedelta(days=days)
    total_events = total_orders = total_errors = 0
    with factory() as session, session.begin():
        floor = _Floor(session, rng)
        offset = int(session.scalar(select(func.count()).select_from(Order)) or 0)
        skills = {
            pid: (PACKERS[i % len(PACKERS)][1], PACKERS[i % len(PACKERS)][2])
            for i, (pid, _n) in enumerate(floor.packers)
        }
        skills[floor.new_packer[0]] = (1.45, 0.12)
        gap = SHIFT_HOURS * 3600 / orders_per_shift
        for day in range(days):
            date = first_day + dt.timedelta(days=day)
            plan = _DayPlan()
            benches = floor.stations[:]
            rng.shuffle(benches)
            if floor.drift_station not in benches[: len(floor.packers)]:
                benches[0] = floor.drift_station
            drift = 0.01 + 0.30 * (day + 1) / days
            for p_index, packer in enumerate(floor.packers):
                station = benches[p_index % len(benches)]
                speed, wrong = skills[packer[0]]
                t = dt.datetime(date.year, date.month, date.day, SHIFT_START_UTC, tzinfo=dt.UTC)
                t += dt.timedelta(minutes=rng.randint(0, 15))
                shift_end = t + dt.timedelta(hours=SHIFT_HOURS)
                n = 0
                while t < shift_end and n < orders_per_shift:
                    offset += 1
                    n += 1
                    state = "closed"
                    if day == days - 1 and n == 3:
                        state = ("exception", "suspended", "claimed")[p_index % 3]
                    t = _pack_order(
                        plan,
                        floor,
                        rng,
                        t,
                        packer,
                        speed,
                        wrong,
                        station,
                        drift if station == floor.drift_station else 0.012,
                        f"H{offset:07d}",
                        state,
                    )
                    # Walking, fetching totes, restocking boxes: the rest of the shift is spread between orders.
                    t += dt.timedelta(seconds=rng.uniform(0.5, 1.5) * max(gap - 45 * speed, 10))
            total_orders += len(plan.orders)
            total_errors += sum(1 for evs in plan.events for e, _ in evs if e["error_type"])
            total_events += _insert_day(session, plan)
        summary = HistorySummary(
            days=days,
            start=dt.datetime.combine(first_day, dt.time(), tzinfo=dt.UTC),
            end=dt.datetime.combine(end, dt.time(), tzinfo=dt.UTC),
            orders=total_orders,
            events=total_events,
            errors=total_errors,
            packers=tuple(n for _i, n in floor.packers),
            stations=tuple(c for _i, c in floor.stations),
            new_packer=floor.new_packer[1],
            drift_station=floor.drift_station[1],
        )
    if factory.kw.get("bind") is not None and factory.kw["bind"].dialect.name == "postgresql":
        # Fresh statistics, so the planner sees weeks of rows rather than an empty table.
        with factory.kw["bind"].begin() as conn:
            conn.execute(text("ANALYZE"))
    return summary
