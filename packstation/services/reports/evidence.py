"""The evidence record of a package, for a dispute with a customer or a carrier: for a tracking number, an SSCC or
an order, everything the station knows about it: who packed it, where and when, every scan and verdict, the QC
results, expected and measured weight, box and cushioning, the slips and coupons inserted, the label, the photo.

One read transaction; plain values (`Evidence`) that the lead window shows and `documents.evidence` prints
(`packstation evidence CODE --out claim.pdf`).
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy.orm import Session, sessionmaker

from packstation.domain.errors import DomainError
from packstation.domain.evidence import Evidence
from packstation.services.reports.service import ReportService
from packstation.store.models.orders import Order
from packstation.store.queries.evidence import order_and_package_named, order_history


class EvidenceService:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions

    def find(self, db: Session, code: str) -> tuple[Order, int | None]:
        """The order (and, for a tracking number or SSCC, the package) a code names."""
        text = code.strip().replace("\x1d", "")
        found = order_and_package_named(db, text)
        if found is None:
            raise DomainError(
                "evidence_not_found",
                f"No package or order has the code {text!r} (tracking number, SSCC or order).",
                what=text,
            )
        return found

    def evidence(self, code: str) -> Evidence:
        with self.sessions() as db:
            order, package_id = self.find(db, code)
            history = order_history(db, order, package_id)
            from packstation.services.shipping.label_documents import is_demo

            view = Evidence(
                code=code,
                order_id=order.id,
                order_ref=order.external_ref,
                order_status=order.status,
                merchant=history.merchant,
                customer=history.customer,
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
                packers=history.packers,
                stations=history.stations,
                started_at=history.started_at,
                ended_at=history.ended_at,
                packages=history.packages,
                qc=history.qc,
                slips=history.slips,
                events=(),
                demo=is_demo(db),
            )
        timeline = ReportService(self.sessions).order_timeline(view.order_id)
        return replace(view, events=timeline.events)
