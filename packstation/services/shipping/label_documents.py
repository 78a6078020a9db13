"""Building the documents' plain inputs (LabelData, PackingSlipData, ReturnsSlipData) from the store, so documents
never query it."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from packstation.documents.data import Address, BoxContents, LabelData, PackingSlipData, SlipLine
from packstation.documents.returns_slip import ReturnsSlipData
from packstation.domain.campaigns.facts import normalise_locale
from packstation.domain.carriers import Shipment, carrier_for
from packstation.domain.errors import DomainError
from packstation.store.models.catalog import Box, Merchant, Sku
from packstation.store.models.customers import Customer
from packstation.store.models.meta import AppMeta
from packstation.store.models.orders import Order, OrderLine
from packstation.store.models.packing import PackedUnit, PackSession
from packstation.store.models.shipping import Label, Package

# GS1's own example company prefix; set app_meta `gs1_company_prefix` to the merchant's (or 3PL's) real one.
DEFAULT_GS1_COMPANY_PREFIX = "0614141"


def is_demo(db: Session) -> bool:
    return db.get(AppMeta, "mode") is not None and db.get_one(AppMeta, "mode").value == "demo"


def company_prefix(db: Session, merchant: Merchant | None = None) -> str:
    """The merchant's own GS1 company prefix, else the site's (app_meta), else GS1's example prefix."""
    if merchant is not None and merchant.gs1_company_prefix:
        return merchant.gs1_company_prefix
    meta = db.get(AppMeta, "gs1_company_prefix")
    return meta.value if meta is not None else DEFAULT_GS1_COMPANY_PREFIX


@dataclass
class OrderFacts:
    order: Order
    merchant: Merchant
    customer: Customer
    lines: list[OrderLine]
    skus: dict[int, Sku]  # by sku id
    packages: list[Package]
    # order_line_id -> {package_no: quantity}, from packed units; empty when units carry no package number.
    placement: dict[int, dict[int, int]]
    # order_line_id -> units packed in the order's latest pack session (a lead's short-ship leaves some out);
    # empty when nothing was packed yet (a preview): then the papers show what was ordered.
    packed: dict[int, int] | None = None

    def shipped(self, line: OrderLine) -> int:
        """Units of `line` that really ship: what was packed, never more than ordered."""
        if not self.packed:
            return line.quantity
        return min(line.quantity, self.packed.get(line.id, 0))


def load_order(db: Session, order_id: int) -> OrderFacts:
    order = db.get(Order, order_id)
    if order is None:
        raise DomainError("no_such_order", f"There is no order with id {order_id}.", order_id=order_id)
    lines = list(order.lines)
    skus = {s.id: s for s in db.scalars(select(Sku).where(Sku.id.in_([ln.sku_id for ln in lines])))}
    packages = list(
        db.scalars(select(Package).where(Package.order_id == order_id).order_by(Package.package_no, Package.id))
    )
    placement: dict[int, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    units = db.scalars(
        select(PackedUnit)
        .join(PackSession, PackSession.id == PackedUnit.session_id)
        .where(PackSession.order_id == order_id, PackedUnit.package_no.is_not(None))
    )
    for unit in units:
        placement[unit.order_line_id][unit.package_no or 1] += unit.quantity
    latest = db.scalar(
        select(func.max(PackedUnit.session_id))
        .join(PackSession, PackSession.id == PackedUnit.session_id)
        .where(PackSession.order_id == order_id)
    )
    packed: dict[int, int] = {}
    if latest is not None:
        for line_id, quantity in db.execute(
            select(PackedUnit.order_line_id, func.sum(PackedUnit.quantity))
            .where(PackedUnit.session_id == latest)
            .group_by(PackedUnit.order_line_id)
        ):
            packed[int(line_id)] = int(quantity or 0)
    return OrderFacts(
        order,
        db.get_one(Merchant, order.merchant_id),
        db.get_one(Customer, order.customer_id),
        lines,
        skus,
        packages,
        {k: dict(v) for k, v in placement.items()},
        packed,
    )


def lines_in_package(facts: OrderFacts, package_no: int) -> list[tuple[OrderLine, int]]:
    """(line, quantity) in one box: from packed units when known; a single-box order holds everything."""
    if facts.placement:
        return [
            (ln, facts.placement.get(ln.id, {}).get(package_no, 0))
            for ln in facts.lines
            if facts.placement.get(ln.id, {}).get(package_no, 0)
        ]
    return [(ln, facts.shipped(ln)) for ln in facts.lines if facts.shipped(ln)]


def ship_to(facts: OrderFacts) -> Address:
    o, c = facts.order, facts.customer
    if o.ship_line1 or o.ship_name:
        return Address(
            o.ship_name or c.full_name,
            o.ship_line1,
            o.ship_line2,
            o.ship_postal_code,
            o.ship_city,
            o.ship_region,
            o.ship_country,
            c.phone,
        )
    return Address(c.full_name, c.address_line1, c.address_line2, c.postal_code, c.city, c.region, c.country, c.phone)


def ship_from(merchant: Merchant) -> Address:
    return Address(
        merchant.name,
        merchant.address_line1,
        merchant.address_line2,
        merchant.postal_code,
        merchant.city,
        "",
        merchant.country,
    )


def package_dims(db: Session, package: Package) -> tuple[int, int, int]:
    if package.length_mm and package.width_mm and package.height_mm:
        return package.length_mm, package.width_mm, package.height_mm
    box = db.get(Box, package.box_id) if package.box_id else None
    return (box.outer_length_mm, box.outer_width_mm, box.outer_height_mm) if box else (0, 0, 0)


def shipment(db: Session, facts: OrderFacts, package: Package) -> Shipment:
    to = ship_to(facts)
    length, width, height = package_dims(db, package)
    return Shipment(
        facts.merchant.country,
        to.country,
        to.postal_code,
        package.measured_weight_g or package.expected_weight_g,
        length,
        width,
        height,
        facts.order.service,
        package.package_no,
        len(facts.packages),
        facts.order.external_ref,
    )


def label_data(db: Session, facts: OrderFacts, package: Package, label: Label) -> LabelData:
    to = ship_to(facts)
    contents = [facts.skus[ln.sku_id] for ln, _ in lines_in_package(facts, package.package_no)]
    hazards = tuple(sorted({s.hazmat_class for s in contents if s.hazmat_class}))
    length, width, height = package_dims(db, package)
    try:
        carrier_name = carrier_for(label.carrier).name
    except DomainError:
        carrier_name = label.carrier
    return LabelData(
        ship_from=ship_from(facts.merchant),
        ship_to=to,
        carrier_code=label.carrier,
        carrier_name=carrier_name,
        service=label.service,
        tracking_number=label.tracking_number,
        sscc=package.sscc or "",
        order_ref=facts.order.external_ref,
        package_no=package.package_no,
        package_count=len(facts.packages),
        weight_g=package.measured_weight_g or package.expected_weight_g,
        length_mm=length,
        width_mm=width,
        height_mm=height,
        fragile=any(s.fragile for s in contents),
        this_side_up=any(s.this_side_up for s in contents),
        hazmat_classes=hazards,
        routing_code=f"{to.country}-{to.postal_code[:3]}".strip("-"),
        demo=label.demo,
        locale=facts.customer.locale or "en",
    )


RETURN_CODE_MAX = 32  # it is also the returns slip's coupon code (coupons.code)


def return_shipment(db: Session, facts: OrderFacts, service: str) -> Shipment:
    """The way back: from the customer's country to the merchant's, the first box's size and weight."""
    to = ship_to(facts)
    package = facts.packages[0] if facts.packages else None
    length, width, height = package_dims(db, package) if package is not None else (0, 0, 0)
    weight = (package.measured_weight_g or package.expected_weight_g) if package is not None else 0
    return Shipment(
        to.country,
        facts.merchant.country,
        facts.merchant.postal_code,
        weight,
        length,
        width,
        height,
        service,
        1,
        1,
        facts.order.external_ref,
    )


def return_label_data(
    db: Session, facts: OrderFacts, carrier: str, service: str, tracking: str, code: str, demo: bool
) -> LabelData:
    """The return label: from the customer (where the parcel was sent) to the merchant's return address."""
    shipment = return_shipment(db, facts, service)
    try:
        carrier_name = carrier_for(carrier).name
    except DomainError:
        carrier_name = carrier
    back_to = ship_from(facts.merchant)
    return LabelData(
        ship_from=ship_to(facts),
        ship_to=back_to,
        carrier_code=carrier,
        carrier_name=carrier_name,
        service=service,
        tracking_number=tracking,
        sscc="",
        order_ref=facts.order.external_ref,
        weight_g=shipment.weight_g,
        length_mm=shipment.length_mm,
        width_mm=shipment.width_mm,
        height_mm=shipment.height_mm,
        routing_code=f"{back_to.country}-{back_to.postal_code[:3]}".strip("-"),
        demo=demo,
        return_code=code,
    )


def return_code(merchant: Merchant, order: Order) -> str:
    """The order's one return reference: on the packing slip, the returns slip, the returns insert and the return
    label alike (safe characters only: it is printed as a QR code and a Code 128). A merchant code and order
    reference too long for it, or with other characters (two references must never share a code), give a stable
    digest instead."""
    if not merchant.returns_slip:
        return ""
    plain = f"RET-{merchant.code}-{order.external_ref}".upper()
    code = re.sub(r"[^A-Z0-9-]", "", plain)
    if code == plain and len(code) <= RETURN_CODE_MAX:
        return code
    digest = hashlib.sha256(f"{merchant.code}\x1f{order.external_ref}".encode()).digest()
    return "RET-" + base64.b32encode(digest).decode()[:20]


def returns_policy_for(merchant: Merchant, locale: str) -> str:
    """The merchant's returns policy in the customer's language (`merchants.returns_policies`), else the default
    text (`merchants.returns_policy`), else English from the translations."""
    policies = {str(k): str(v) for k, v in (merchant.returns_policies or {}).items() if str(v).strip()}
    language = normalise_locale(locale or "en")
    return policies.get(language) or merchant.returns_policy or policies.get("en", "")


def packing_slip_data(db: Session, facts: OrderFacts, tracking: dict[int, str]) -> PackingSlipData:
    """`tracking`: the active tracking number per package_no (shown per box on multi-box orders)."""
    order, merchant = facts.order, facts.merchant

    def slip_line(line: OrderLine, quantity: int) -> SlipLine:
        sku = facts.skus[line.sku_id]
        return SlipLine(sku.code, sku.description, quantity, None if order.gift else line.unit_price)

    boxes: tuple[BoxContents, ...] = ()
    if len(facts.packages) > 1 and facts.placement:
        boxes = tuple(
            BoxContents(
                p.package_no,
                tuple(slip_line(ln, q) for ln, q in lines_in_package(facts, p.package_no)),
                tracking.get(p.package_no, ""),
            )
            for p in facts.packages
        )
    return PackingSlipData(
        merchant_name=merchant.name,
        merchant_address=ship_from(merchant),
        ship_to=ship_to(facts),
        order_ref=order.external_ref,
        order_date=order.placed_at.date().isoformat(),
        # units a lead let ship short are not in the box: they are not on the slip either
        lines=tuple(slip_line(ln, facts.shipped(ln)) for ln in facts.lines if facts.shipped(ln)),
        currency=order.currency,
        gift=order.gift,
        gift_message=order.gift_message if order.gift else "",
        returns_policy=returns_policy_for(merchant, facts.customer.locale or "en"),
        return_code=return_code(merchant, order),
        boxes=boxes,
        demo=is_demo(db),
        locale=facts.customer.locale or "en",
    )


DEFAULT_RETURN_DAYS = 30
_RETURN_DAYS = re.compile(r"(\d{1,3})\s*(?:days?|dager|dagar|dni|päivä|päivää|päivän)", re.IGNORECASE)


def return_days(policy: str) -> int:
    """The return window a merchant's policy text names ("Return within 30 days", "14 dager"); 30 if none."""
    found = _RETURN_DAYS.search(policy or "")
    days = int(found.group(1)) if found else DEFAULT_RETURN_DAYS
    return days if 0 < days <= 365 else DEFAULT_RETURN_DAYS


def returns_slip_data(facts: OrderFacts, today: dt.date) -> ReturnsSlipData | None:
    """The returns slip of an order whose merchant offers one (`merchants.returns_slip`), else None."""
    order, merchant = facts.order, facts.merchant
    if not merchant.returns_slip:
        return None
    try:
        carrier_name = carrier_for(order.carrier).name
    except DomainError:
        carrier_name = order.carrier
    lines = tuple(
        SlipLine(
            facts.skus[ln.sku_id].code,
            facts.skus[ln.sku_id].description,
            facts.shipped(ln),
            None if order.gift else ln.unit_price,
        )
        for ln in facts.lines
        if facts.shipped(ln)
    )
    return ReturnsSlipData(
        merchant_name=merchant.name,
        return_address=ship_from(merchant),
        order_ref=order.external_ref,
        return_code=return_code(merchant, order),
        return_by=today + dt.timedelta(days=return_days(returns_policy_for(merchant, facts.customer.locale or "en"))),
        carrier_name=carrier_name,
        lines=lines,
        locale=facts.customer.locale or "en",
        currency=order.currency,
        policy=returns_policy_for(merchant, facts.customer.locale or "en"),
    )
