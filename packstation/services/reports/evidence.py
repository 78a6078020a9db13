"""The evidence record of a package, for a dispute with a customer or a carrier: for a tracking number, an SSCC or
an order, everything the station knows about it: who packed it, where and when, every scan and verdict, the QC
results, expected and measured weight, box and cushioning, the slips and coupons inserted, the label, the photo.

One read transaction; plain values (`Evidence`) that the lead window shows and `documents.evidence` prints
(`packstation evidence CODE --out claim.pdf`).
"""

from __future__ import annotations

import re
from types import SimpleNamespace

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, sessionmaker

from packstation.domain.errors import DomainError
from packstation.domain.evidence import (
    Evidence,
    LabelEvidence,
    PackageEvidence,
    PhotoEvidence,
    QcEvidence,
    SlipEvidence,
)
from packstation.services.reports.service import ReportService
from packstation.store.archive import archived_before, has_archive, union_entity
from packstation.store.models.catalog import Box, Merchant, Sku
from packstation.store.models.customers import Customer
from packstation.store.models.marketing import Campaign, Coupon, Slip
from packstation.store.models.orders import Order, OrderLine
from packstation.store.models.packing import PackedUnit, PackSession, QcResult
from packstation.store.models.people import Station, User
from packstation.store.models.photos import PackagePhoto
from packstation.store.models.shipping import Label, Package


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


_SSCC = re.compile(r"(?:\]C1)?(?:\(00\)|00)?(\d{18})")


class EvidenceService:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions

    def find(self, db: Session, code: str) -> tuple[Order, int | None]:
        """The order (and, for a tracking number or SSCC, the package) a code names."""
        text = code.strip().replace("\x1d", "")
        found = self._find_package(db, text, _models(db, False))
        if found is None and archived_before(db) is not None:
            found = self._find_package(db, text, _models(db, True))
        if found is not None:
            return found
        conds = [Order.external_ref == text, Order.order_barcode == text]
        if text.isdigit() and len(text) < 12:
            conds.append(Order.id == int(text))
        order = db.scalars(select(Order).where(or_(*conds)).order_by(Order.id)).first()
        if order is None:
            raise DomainError(
                "evidence_not_found",
                f"No package or order has the code {text!r} (tracking number, SSCC or order).",
                what=text,
            )
        return order, None

    @staticmethod
    def _find_package(db: Session, text: str, m: SimpleNamespace) -> tuple[Order, int | None] | None:
        label = db.scalars(select(m.label).where(m.label.tracking_number == text).order_by(m.label.id.desc())).first()
        if label is not None:
            return db.get_one(Order, label.order_id), label.package_id
        sscc = _SSCC.fullmatch(text)
        if sscc:
            package = db.scalars(select(m.package).where(m.package.sscc == sscc.group(1))).first()
            if package is not None:
                return db.get_one(Order, package.order_id), package.id
        return None

    def evidence(self, code: str) -> Evidence:
        with self.sessions() as db:
            order, package_id = self.find(db, code)
            m = _models(db, order.archived_at is not None)
            merchant = db.get_one(Merchant, order.merchant_id)
            customer = db.get(Customer, order.customer_id)
            sessions = list(
                db.scalars(select(PackSession).where(PackSession.order_id == order.id).order_by(PackSession.started_at))
            )
            users = {
                u.id: u.name for u in db.scalars(select(User).where(User.id.in_({s.user_id for s in sessions} or {0})))
            }
            stations = {
                s.id: s.code
                for s in db.scalars(select(Station).where(Station.id.in_({s.station_id for s in sessions} or {0})))
            }
            packages = [
                p
                for p in db.scalars(
                    select(m.package).where(m.package.order_id == order.id).order_by(m.package.package_no)
                )
                if package_id in (None, p.id)
            ]
            count = len(list(db.scalars(select(m.package.id).where(m.package.order_id == order.id))))
            lines = {line.id: line for line in db.scalars(select(OrderLine).where(OrderLine.order_id == order.id))}
            skus = {
                s.id: s
                for s in db.scalars(select(Sku).where(Sku.id.in_({line.sku_id for line in lines.values()} or {0})))
            }
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
            from packstation.services.shipping.label_documents import is_demo

            demo = is_demo(db)
            view = Evidence(
                code=code,
                order_id=order.id,
                order_ref=order.external_ref,
                order_status=order.status,
                merchant=merchant.name,
                customer=f"{customer.first_name} {customer.last_name}".strip() if customer else "",
                ship_to=", ".join(
                    x
                    for x in (
                        order.ship_name,
                        order.ship_line1,
                        order.ship_postal_code,
                        order.ship_city,
                        order.ship_country,
                    )
                    if x
                ),
                carrier=f"{order.carrier} {order.service}",
                packers=tuple(dict.fromkeys(users.get(s.user_id, "?") for s in sessions)),
                stations=tuple(dict.fromkeys(stations.get(s.station_id, "?") for s in sessions)),
                started_at=sessions[0].started_at if sessions else None,
                ended_at=max((s.ended_at for s in sessions if s.ended_at), default=order.closed_at),
                packages=tuple(package_views),
                qc=qc,
                slips=slips,
                events=(),
                demo=demo,
            )
        timeline = ReportService(self.sessions).order_timeline(view.order_id)
        from dataclasses import replace

        return replace(view, events=timeline.events)
