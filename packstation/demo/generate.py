"""Deterministic demo data: a realistic floor for training, screenshots and every engineer's tests.

The same `seed` (and `now`) gives the same database, row for row. The catalogue, boxes, benches and people are fixed
tables (`catalog_data.py`, documented in the README); customers and orders are drawn from `random.Random(seed)`.
A database with demo data is marked `app_meta.mode = demo`: nothing from it may ship or be exported.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import random
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from biip.checksums import gs1_standard_check_digit
from sqlalchemy.orm import Session

from packstation.demo.history import DEMO_CUTOFF, DEMO_TZ
from packstation.domain.barcodes import gtin13
from packstation.domain.carriers import carrier_for
from packstation.domain.delivery import ship_by_from_cutoff
from packstation.domain.errors import ValidationError
from packstation.domain.pins import hash_pin
from packstation.domain.training import catalog_data as data
from packstation.store.models import (
    AppMeta,
    Barcode,
    Box,
    CushioningMaterial,
    Customer,
    CustomerIncident,
    Merchant,
    Order,
    OrderLine,
    Sku,
    Station,
    User,
)


@dataclass(frozen=True)
class DemoSummary:
    """What was generated (counts), for the CLI and the GUI's first-start dialog."""

    seed: int
    merchants: int
    skus: int
    barcodes: int
    boxes: int
    cushioning: int
    customers: int
    orders: int
    order_lines: int
    units: int
    stations: int
    users: int
    history: Any = None  # whatever packstation.demo.history.generate_history returned

    def describe(self) -> str:
        text = (
            f"demo data (seed {self.seed}): {self.merchants} merchants, {self.skus} SKUs, {self.barcodes} "
            f"barcodes, {self.boxes} boxes, {self.cushioning} cushioning materials, {self.customers} "
            f"customers, {self.orders} orders ({self.order_lines} lines, {self.units} units), "
            f"{self.stations} stations, {self.users} users"
        )
        return text + (f"; history: {self.history}" if self.history is not None else "")


def history_available() -> bool:
    """Whether `packstation.demo.history` (weeks of packed orders) is part of this build."""
    return importlib.util.find_spec("packstation.demo.history") is not None


def has_data(target: Any) -> bool:
    """True when the database already holds merchants or orders (the GUI offers demo data only when empty)."""
    if isinstance(target, Session):
        return _has_data(target)
    with target.sessions() as session:
        return _has_data(session)


def _has_data(session: Session) -> bool:
    from packstation.store.queries.site import holds_merchants_or_orders

    return holds_merchants_or_orders(session)


def generate_demo_data(
    target: Any, orders: int = 60, seed: int = 7, *, history_days: int = 0, now: dt.datetime | None = None
) -> DemoSummary:
    """Fill an empty database (a `Store` or an open `Session`) with a demo floor; one transaction.

    `history_days` > 0 also generates that many days of packed orders through `packstation.demo.history`.
    `now` anchors every generated time (default: today 08:00 UTC, so runs on one day are identical).
    """
    if orders < 0:
        raise ValidationError("demo_orders", f"--orders must be 0 or more, not {orders}", orders=orders)
    if history_days and not history_available():
        raise ValidationError(
            "demo_history_missing", "--history needs packstation.demo.history, which this build does not have"
        )
    if now is None:
        now = dt.datetime.now(dt.UTC).replace(hour=8, minute=0, second=0, microsecond=0)
    if isinstance(target, Session):
        if history_days:
            raise ValidationError("demo_history_needs_store", "history needs a Store, not an open Session")
        return _generate(target, orders, seed, now)
    with target.sessions() as session, session.begin():
        summary = _generate(session, orders, seed, now)
    if history_days:
        # Its own transactions, after ours committed (SQLite has one writer at a time).
        from packstation.demo import history as history_module  # type: ignore[attr-defined]

        summary = replace(summary, history=history_module.generate_history(target, history_days, seed, end=now.date()))
    return summary


def gtin14_case(gtin: str, indicator: int = 1) -> str:
    """The case-pack GTIN-14 of a unit GTIN-13: indicator digit + payload, new check digit."""
    payload = f"{indicator}{gtin[:12]}"
    return payload + str(gs1_standard_check_digit(payload))


def _generate(session: Session, n_orders: int, seed: int, now: dt.datetime) -> DemoSummary:
    mode = session.get(AppMeta, "mode")
    if mode is not None and mode.value == "production":
        raise ValidationError(
            "demo_into_production",
            "this is a production database (a site was set up in it); demo data goes into the "
            "demo database (packstation --demo, or demo-data without --db)",
        )
    if _has_data(session):
        raise ValidationError(
            "demo_not_empty", "the database already holds merchants or orders; demo data goes into an empty one"
        )
    rng = random.Random(seed)
    session.merge(AppMeta(key="mode", value="demo"))
    session.merge(AppMeta(key="demo_seed", value=str(seed)))

    merchants, skus, n_barcodes = _catalogue(session)
    boxes = _boxes(session, merchants)
    for code, name, kind, unit, ml, cost, fragile in data.CUSHIONING:
        session.add(
            CushioningMaterial(
                code=code,
                name=name,
                kind=kind,
                unit=unit,
                unit_volume_ml=ml,
                unit_cost=Decimal(cost),
                for_fragile=fragile,
            )
        )
    for code, name in data.STATIONS:
        session.add(Station(code=code, name=name, created_at=now))
    for name, badge, role, pin, locale, trainee, large in data.USERS:
        session.add(
            User(
                name=name,
                badge_code=badge,
                role=role,
                pin_hash=hash_pin(pin),
                locale=locale,
                trainee=trainee,
                large_text=large,
                created_at=now,
            )
        )
    session.flush()

    customers, showcase = _customers(session, rng, merchants, max(8, n_orders * 3 // 4), now)
    n_lines, n_units = _orders(session, rng, merchants, skus, customers, showcase, n_orders, now)
    _campaigns(session, merchants, now)
    session.flush()
    return DemoSummary(
        seed=seed,
        merchants=len(merchants),
        skus=sum(len(v) for v in skus.values()),
        barcodes=n_barcodes,
        boxes=boxes,
        cushioning=len(data.CUSHIONING),
        customers=sum(len(v) for v in customers.values()),
        orders=n_orders,
        order_lines=n_lines,
        units=n_units,
        stations=len(data.STATIONS),
        users=len(data.USERS),
    )


DEMO_CAMPAIGNS = ("welcome", "vip_thanks", "win_back", "apology")  # templates every demo merchant runs


def _campaigns(session: Session, merchants: dict[str, Merchant], now: dt.datetime) -> None:
    """A handful of active campaigns per merchant (from the editor's templates), so trainees' orders get slips."""
    from packstation.domain.campaigns import campaign_from_dict
    from packstation.domain.campaigns.campaign import variants_to_data
    from packstation.domain.campaigns.templates import template_draft
    from packstation.store.models.marketing import Campaign

    for merchant in merchants.values():
        for template_id in DEMO_CAMPAIGNS:
            spec = campaign_from_dict(template_draft(template_id, merchant.id))
            session.add(
                Campaign(
                    merchant_id=merchant.id,
                    name=spec.name,
                    kind=spec.kind,
                    rule=dict(spec.rule),
                    priority=spec.priority,
                    per_customer_limit=spec.per_customer_limit,
                    variants=variants_to_data(spec.variants),
                    coupon_prefix=spec.coupon_prefix,
                    active=True,
                    created_at=now,
                    updated_at=now,
                )
            )


def _catalogue(session: Session) -> tuple[dict[str, Merchant], dict[str, list[tuple[Sku, data.SkuSpec]]], int]:
    merchants: dict[str, Merchant] = {}
    skus: dict[str, list[tuple[Sku, data.SkuSpec]]] = {}
    n_barcodes = 0
    for spec in data.MERCHANTS:
        merchant = Merchant(
            code=spec.code,
            name=spec.name,
            address_line1=spec.address_line1,
            postal_code=spec.postal_code,
            city=spec.city,
            country=spec.country,
            currency=spec.currency,
            returns_policy=spec.returns_policy,
            returns_slip=True,
            returns_policies=dict(data.RETURNS_POLICIES.get(spec.code, {})),
            qc_rules=dict(spec.qc_rules),
            ship_cutoff=DEMO_CUTOFF,
            ship_tz=DEMO_TZ,
        )
        session.add(merchant)
        merchants[spec.code] = merchant
        skus[spec.code] = []
        for index, sku_spec in enumerate(data.SKUS[spec.code]):
            f = sku_spec.flags
            length, width, height = sku_spec.dims
            sku = Sku(
                merchant=merchant,
                code=sku_spec.code,
                description=sku_spec.description,
                category=sku_spec.category,
                length_mm=length,
                width_mm=width,
                height_mm=height,
                weight_g=sku_spec.weight_g,
                unit_price=Decimal(sku_spec.price),
                fragile="fragile" in f,
                this_side_up="up" in f,
                ship_alone="alone" in f,
                hazmat_class=sku_spec.hazmat,
                serial_required="serial" in f,
                lot_tracked="lot" in f,
                min_shelf_life_days=sku_spec.shelf_days,
                scan_each="each" in f,
                soft="soft" in f,
                max_quantity_entry=sku_spec.max_qty_entry,
                qc_rules={"damage_inspection": True} if "fragile" in f else {},
            )
            unit = gtin13(spec.gs1_company, 100 + index)
            sku.barcodes.append(Barcode(code="0" + unit, kind="gtin", quantity=1))
            if sku_spec.case_qty:
                sku.barcodes.append(Barcode(code=gtin14_case(unit), kind="case", quantity=sku_spec.case_qty))
            if sku_spec.vendor_code:
                sku.barcodes.append(Barcode(code=sku_spec.vendor_code, kind="vendor", quantity=1))
            n_barcodes += len(sku.barcodes)
            session.add(sku)
            skus[spec.code].append((sku, sku_spec))
    session.flush()
    return merchants, skus, n_barcodes


def _boxes(session: Session, merchants: dict[str, Merchant]) -> int:
    wall = data.BOX_WALL_MM
    for code, barcode, name, kind, (length, width, height), empty, max_g, cost, stock, owner in data.BOXES:
        flat = kind != "box"  # mailers and bags: the outer size is the inner size plus the seams
        session.add(
            Box(
                code=code,
                barcode=barcode,
                name=name,
                kind=kind,
                merchant_id=merchants[owner].id if owner else None,
                inner_length_mm=length,
                inner_width_mm=width,
                inner_height_mm=height,
                outer_length_mm=length + (10 if flat else 2 * wall),
                outer_width_mm=width + (10 if flat else 2 * wall),
                outer_height_mm=height + (2 if flat else 2 * wall),
                empty_weight_g=empty,
                max_weight_g=max_g,
                cost=Decimal(cost),
                stock=stock,
            )
        )
    return len(data.BOXES)


def _pick(rng: random.Random, weighted: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([k for k, _ in weighted], weights=[w for _, w in weighted])[0]


def _customer(
    rng: random.Random,
    merchant: Merchant,
    index: int,
    locale: str,
    first: str,
    last: str,
    profile: str,
    now: dt.datetime,
) -> tuple[Customer, CustomerIncident | None]:
    country, cities, streets = data.ADDRESSES[locale]
    city, postal = rng.choice(cities)
    counts = {"first": (0, 0), "regular": (2, 8), "vip": (20, 60), "lapsed": (2, 6), "incident": (2, 10)}
    low, high = counts[profile]
    orders_count = rng.randint(low, high)
    spend = Decimal(orders_count * rng.randint(150, 900 if profile == "vip" else 400)).quantize(Decimal("0.01"))
    first_at = last_at = None
    if orders_count:
        first_at = now - dt.timedelta(days=rng.randint(400, 1500))
        last_gap = rng.randint(400, 900) if profile == "lapsed" else rng.randint(5, 120)
        last_at = max(first_at, now - dt.timedelta(days=last_gap))
    ascii_last = last.lower().translate(str.maketrans("øåæłżźćńśąęóöäü'", "oaalzzcnsaeooau-"))
    customer = Customer(
        merchant_id=merchant.id,
        external_ref=f"C-{merchant.code[:2]}{index:05d}",
        first_name=first,
        last_name=last,
        email=f"{first.lower()[:1]}.{ascii_last}{index}@example.com",
        locale=locale,
        address_line1=f"{rng.choice(streets)} {rng.randint(1, 120)}",
        postal_code=postal,
        city=city,
        country=country,
        phone=f"+{rng.randint(10, 99)} {rng.randint(10000000, 99999999)}",
        orders_count=orders_count,
        lifetime_spend=spend,
        first_order_at=first_at,
        last_order_at=last_at,
        categories=sorted({spec.category for spec in rng.sample(data.SKUS[merchant.code], 3)}) if orders_count else [],
    )
    incident = None
    if profile == "incident":
        incident = CustomerIncident(
            kind=rng.choice(("damaged", "late", "short_shipped")),
            at=now - dt.timedelta(days=rng.randint(7, 60)),
            note="demo: previous order arrived with a problem",
        )
    return customer, incident


def _customers(
    session: Session, rng: random.Random, merchants: dict[str, Merchant], count: int, now: dt.datetime
) -> tuple[dict[str, list[Customer]], list[Customer]]:
    """Customers per merchant, plus the showcase customers (Bjørn, Łukasz, Päivi, Oliver) who get the first orders."""
    by_merchant: dict[str, list[Customer]] = {code: [] for code in merchants}
    profiles = (("first", 30), ("regular", 35), ("vip", 12), ("lapsed", 13), ("incident", 10))
    specs = {spec.code: spec for spec in data.MERCHANTS}
    plan = [(m, loc, first, last, profile) for loc, first, last, m, profile in data.SHOWCASE_CUSTOMERS]
    while len(plan) < count:
        merchant_code = rng.choices(list(specs), weights=[s.weight for s in specs.values()])[0]
        locale = _pick(rng, specs[merchant_code].locales)
        plan.append(
            (
                merchant_code,
                locale,
                rng.choice(data.FIRST_NAMES[locale]),
                rng.choice(data.LAST_NAMES[locale]),
                _pick(rng, profiles),
            )
        )
    incidents = []
    showcase: list[Customer] = []
    for index, (merchant_code, locale, first, last, profile) in enumerate(plan, start=1):
        customer, incident = _customer(rng, merchants[merchant_code], index, locale, first, last, profile, now)
        session.add(customer)
        by_merchant[merchant_code].append(customer)
        if index <= len(data.SHOWCASE_CUSTOMERS):
            showcase.append(customer)
        if incident is not None:
            incidents.append((customer, incident))
    session.flush()
    for customer, incident in incidents:
        incident.customer_id = customer.id
        session.add(incident)
    return by_merchant, showcase


def _line_count(rng: random.Random) -> int:
    roll = rng.random()
    if roll < 0.35:
        return 1
    if roll < 0.60:
        return rng.randint(2, 3)
    if roll < 0.85:
        return rng.randint(4, 8)
    if roll < 0.97:
        return rng.randint(9, 15)
    return rng.randint(16, 30)


def _orders(
    session: Session,
    rng: random.Random,
    merchants: dict[str, Merchant],
    skus: dict[str, list[tuple[Sku, data.SkuSpec]]],
    customers: dict[str, list[Customer]],
    showcase: list[Customer],
    n_orders: int,
    now: dt.datetime,
) -> tuple[int, int]:
    specs = {spec.code: spec for spec in data.MERCHANTS}
    n_lines = n_units = 0
    for i in range(n_orders):
        if i < len(showcase):
            customer = showcase[i]
            merchant_code = next(code for code, m in merchants.items() if m.id == customer.merchant_id)
        else:
            # The tenth order is always a long pick list (30 lines, the largest catalogue's).
            merchant_code = (
                "NORDLYS" if i == 9 else rng.choices(list(specs), weights=[s.weight for s in specs.values()])[0]
            )
            customer = rng.choice(customers[merchant_code])
        spec, merchant = specs[merchant_code], merchants[merchant_code]
        catalogue = skus[merchant_code]
        lines = min(30 if i == 9 else _line_count(rng), len(catalogue))
        ref = f"{spec.prefix}-{100001 + i}"
        carriers = data.CARRIERS[customer.country]
        gift = rng.random() < 0.08
        order = Order(
            merchant_id=merchant.id,
            customer_id=customer.id,
            external_ref=ref,
            order_barcode=f"ORD-{ref}",
            tote=f"TOTE-{i + 1:04d}",
            carrier=rng.choice(carriers),
            service="express" if rng.random() < 0.1 else "standard",
            gift=gift,
            gift_message=rng.choice(data.GIFT_MESSAGES[customer.locale]) if gift else "",
            currency=merchant.currency,
            priority=1 if rng.random() < 0.05 else 0,
            placed_at=now - dt.timedelta(minutes=rng.randint(10, 2 * 24 * 60)),
            imported_at=now,
            ship_name=customer.full_name,
            ship_line1=customer.address_line1,
            ship_postal_code=customer.postal_code,
            ship_city=customer.city,
            ship_country=customer.country,
        )
        order.ship_by = ship_by_from_cutoff(order.placed_at, DEMO_CUTOFF, DEMO_TZ)
        if order.service not in carrier_for(order.carrier).services:  # DHL Express has no "standard"
            order.service = carrier_for(order.carrier).services[-1]
        total = Decimal("0")
        picked = sorted(rng.sample(range(len(catalogue)), lines))  # distinct SKUs, in bin order
        for line_no, index in enumerate(picked, start=1):
            sku, sku_spec = catalogue[index]
            roll = rng.random()
            if sku.scan_each or sku.ship_alone or roll < 0.8:
                quantity = 1
            elif roll < 0.95 or not sku_spec.case_qty:
                quantity = rng.randint(2, 3)
            else:
                quantity = sku_spec.case_qty * rng.randint(1, 2)
            lot = None
            if sku.lot_tracked and rng.random() < 0.4:
                lot = f"L{(now.year - 1) % 100:02d}{rng.randint(1, 52):02d}{rng.choice('ABC')}"
            order.lines.append(
                OrderLine(
                    line_no=line_no,
                    sku_id=sku.id,
                    quantity=quantity,
                    lot_required=lot,
                    unit_price=sku.unit_price,
                    bin=f"{spec.prefix}-{chr(65 + index // 8)}{index % 8 + 1:02d}-{index % 4 + 1}",
                )
            )
            total += sku.unit_price * quantity
            n_lines += 1
            n_units += quantity
        order.total_value = total.quantize(Decimal("0.01"))
        session.add(order)
    return n_lines, n_units
