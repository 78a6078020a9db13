"""The evidence record of a package or order: which package or order a code names, and what the station kept about
it (sessions, packages and their contents, labels, photos, QC results, slips), live or from the archive."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from types import SimpleNamespace

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from packstation.domain.errors import DomainError
from packstation.domain.evidence import LabelEvidence, PackageEvidence, PhotoEvidence, QcEvidence, SlipEvidence
from packstation.store.archive import archived_before, has_archive, union_entity
from packstation.store.models.catalog import Box, Merchant, Sku
from packstation.store.models.customers import Customer
from packstation.store.models.marketing import Campaign, Coupon, Slip
from packstation.store.models.orders import Order, OrderLine
from packstation.store.models.packing import PackedUnit, PackSession, QcResult
from packstation.store.models.people import Station, User
from packstation.store.models.photos import PackagePhoto
from packstation.store.models.shipping import Label, Package

_SSCC = re.compile(r"(?:\]C1)?(?:\(00\)|00)?(\d{18})")


def _models(db: Session, archived: bool) -> SimpleNamespace:
    """The history models an evidence record reads: live, or live + archive for an archived order."""
    if not archived:
        return SimpleNamespace(
            package=Package, label=Label, photo=PackagePhoto, qc=QcResult, slip=Slip, unit=PackedUnit
        )
    if not has_archive(db.connection()):
        raise DomainError(
            "archive_missing",
            "Part of this history was archived, but the archive cannot be read "
            "(on SQLite the file beside the store, STORE-archive.db, is missing).",
        )
    return SimpleNamespace(
        package=union_entity(Package, "pkg_all"),
        label=union_entity(Label, "lab_all"),
        photo=union_entity(PackagePhoto, "photo_all"),
        qc=union_entity(QcResult, "qc_all"),
        slip=union_entity(Slip, "slip_all"),
        unit=union_entity(PackedUnit, "pu_all"),
    )


def _package_named(db: Session, text: str, m: SimpleNamespace) -> tuple[Order, int | None] | None:
    label = db.scalars(select(m.label).where(m.label.tracking_number == text).order_by(m.label.id.desc())).first()
    if label is not None:
        return db.get_one(Order, label.order_id), label.package_id
    sscc = _SSCC.fullmatch(text)
    if sscc:
        package = db.scalars(select(m.package).where(m.package.sscc == sscc.group(1))).first()
        if package is not None:
            return db.get_one(Order, package.order_id), package.id
    return None


def order_and_package_named(db: Session, text: str) -> tuple[Order, int | None] | None:
    """The order (and, for a tracking number or SSCC, the package id) `text` names: a label's tracking number or
    a package's SSCC (live, then archived), else an order's reference, pick-ticket barcode or id; None: nothing."""
    found = _package_named(db, text, _models(db, False))
    if found is None and archived_before(db) is not None:
        found = _package_named(db, text, _models(db, True))
    if found is not None:
        return found
    conds = [Order.external_ref == text, Order.order_barcode == text]
    if text.isdigit() and len(text) < 12:
        conds.append(Order.id == int(text))
    order = db.scalars(select(Order).where(or_(*conds)).order_by(Order.id)).first()
    return None if order is None else (order, None)


@dataclass(frozen=True)
class OrderHistory:
    """What the station kept about one order, as plain values."""

    merchant: str
    customer: str
    packers: tuple[str, ...]
    stations: tuple[str, ...]
    started_at: dt.datetime | None
    ended_at: dt.datetime | None
    packages: tuple[PackageEvidence, ...]
    qc: tuple[QcEvidence, ...]
    slips: tuple[SlipEvidence, ...]


def order_history(db: Session, order: Order, package_id: int | None) -> OrderHistory:
    """The evidence of `order` (only the package `package_id` when given), live or from the archive."""
    m = _models(db, order.archived_at is not None)
    merchant = db.get_one(Merchant, order.merchant_id)
    customer = db.get(Customer, order.customer_id)
    sessions = list(
        db.scalars(select(PackSession).where(PackSession.order_id == order.id).order_by(PackSession.started_at))
    )
    users = {u.id: u.name for u in db.scalars(select(User).where(User.id.in_({s.user_id for s in sessions} or {0})))}
    stations = {
        s.id: s.code for s in db.scalars(select(Station).where(Station.id.in_({s.station_id for s in sessions} or {0})))
    }
    packages = [
        p
        for p in db.scalars(select(m.package).where(m.package.order_id == order.id).order_by(m.package.package_no))
        if package_id in (None, p.id)
    ]
    count = len(list(db.scalars(select(m.package.id).where(m.package.order_id == order.id))))
    lines = {line.id: line for line in db.scalars(select(OrderLine).where(OrderLine.order_id == order.id))}
    skus = {s.id: s for s in db.scalars(select(Sku).where(Sku.id.in_({line.sku_id for line in lines.values()} or {0})))}
    units = list(db.scalars(select(m.unit).where(m.unit.session_id.in_([s.id for s in sessions] or [0]))))
    package_views = []
    for package in packages:
        box = db.get(Box, package.box_id) if package.box_id else None
        contents: dict[tuple[str, str, str], int] = {}
        for unit in units:
            if unit.package_no not in (None, package.package_no) and count > 1:
                continue
            line = lines.get(unit.order_line_id)
            sku = skus.get(line.sku_id) if line is not None else None
            key = (
                sku.code if sku else "?",
                sku.description if sku else "",
                " ".join(x for x in (unit.lot or "", unit.serial or "") if x),
            )
            contents[key] = contents.get(key, 0) + unit.quantity
        labels = tuple(
            LabelEvidence(lab.tracking_number, lab.carrier, lab.service, lab.status, lab.printed_count)
            for lab in db.scalars(select(m.label).where(m.label.package_id == package.id).order_by(m.label.id))
        )
        photos = tuple(
            PhotoEvidence(p.path, p.sha256, p.source, p.taken_at, p.reason)
            for p in db.scalars(select(m.photo).where(m.photo.package_id == package.id).order_by(m.photo.id))
        )
        package_views.append(
            PackageEvidence(
                package.package_no,
                count,
                box.code if box else "",
                box.name if box else "",
                (package.length_mm, package.width_mm, package.height_mm),
                dict(package.cushioning or {}),
                package.expected_weight_g,
                package.measured_weight_g,
                package.sscc or "",
                tuple((sku, name, qty, extra) for (sku, name, extra), qty in sorted(contents.items())),
                labels,
                photos,
            )
        )
    qc = tuple(
        QcEvidence(
            r.at,
            r.check,
            skus[lines[r.order_line_id].sku_id].code
            if r.order_line_id in lines and lines[r.order_line_id].sku_id in skus
            else "",
            r.passed,
            r.overridden,
            r.value,
        )
        for r in db.scalars(
            select(m.qc).where(m.qc.session_id.in_([s.id for s in sessions] or [0])).order_by(m.qc.at, m.qc.id)
        )
    )
    slips = tuple(
        SlipEvidence(slip.slip_code, slip.kind, slip.status, campaign or "", coupon or "")
        for slip, campaign, coupon in db.execute(
            select(m.slip, Campaign.name, Coupon.code)
            .outerjoin(Campaign, Campaign.id == m.slip.campaign_id)
            .outerjoin(Coupon, Coupon.id == m.slip.coupon_id)
            .where(m.slip.order_id == order.id)
            .order_by(m.slip.id)
        )
    )
    return OrderHistory(
        merchant=merchant.name,
        customer=f"{customer.first_name} {customer.last_name}".strip() if customer else "",
        packers=tuple(dict.fromkeys(users.get(s.user_id, "?") for s in sessions)),
        stations=tuple(dict.fromkeys(stations.get(s.station_id, "?") for s in sessions)),
        started_at=sessions[0].started_at if sessions else None,
        ended_at=max((s.ended_at for s in sessions if s.ended_at), default=order.closed_at),
        packages=tuple(package_views),
        qc=qc,
        slips=slips,
    )
