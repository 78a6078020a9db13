"""A local stand-in for EasyPost's test API (api.easypost.com/v2), built from the shapes in EasyPost's published API
reference: POST /shipments answers the shipment with its rates, POST /shipments/{id}/buy answers it with
`postage_label` and `tracking_code`, the label is fetched from `label_url`, POST /shipments/{id}/refund voids.

Modes make it fail as a sandbox can: `error` (a 422 with EasyPost's error body), `hang`, `garbage_label` (a label
URL that serves bytes that are neither PDF nor ZPL), `pdf` (a PDF label although ZPL was asked for).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any

from tests.helpers.local_http import Answer, json_answer

ZPL_LABEL = "^XA^FO50,50^A0N,40,40^FDEASYPOST TEST LABEL^FS^FO50,120^BCN,100,Y,N,N^FD{tracking}^FS^XZ"


@dataclass
class EasyPostSandbox:
    base: str = ""  # the server's own URL, set once it listens
    mode: str = "ok"
    counter: itertools.count = field(default_factory=lambda: itertools.count(1))
    shipments: dict[str, dict[str, Any]] = field(default_factory=dict)
    refunded: list[str] = field(default_factory=list)

    def _shipment(self, shipment_id: str, body: dict[str, Any]) -> dict[str, Any]:
        rates = [
            {
                "id": f"rate_{shipment_id}_{service.lower()}",
                "object": "Rate",
                "carrier": "USPS",
                "service": service,
                "rate": price,
                "currency": "USD",
                "shipment_id": shipment_id,
                "delivery_days": days,
            }
            for service, price, days in (("Priority", "7.58", 2), ("Express", "29.95", 1))
        ]
        return {
            "id": shipment_id,
            "object": "Shipment",
            "mode": "test",
            "reference": body.get("reference"),
            "to_address": body.get("to_address"),
            "from_address": body.get("from_address"),
            "parcel": body.get("parcel"),
            "rates": rates,
            "messages": [],
            "status": "unknown",
            "options": body.get("options") or {},
        }

    def __call__(self, method: str, path: str, headers: dict[str, str], body: bytes) -> Answer:
        import json

        if self.mode == "hang":
            return "hang"
        if method == "POST" and path == "/v2/shipments":
            if self.mode == "error":
                return json_answer(
                    422,
                    {"error": {"code": "ADDRESS.VERIFY.FAILURE", "message": "Unable to verify address.", "errors": []}},
                )
            data = json.loads(body)["shipment"]
            shipment_id = f"shp_{next(self.counter):024d}"
            self.shipments[shipment_id] = self._shipment(shipment_id, data)
            return json_answer(201, self.shipments[shipment_id])
        if method == "POST" and path.endswith("/buy"):
            shipment_id = path.split("/")[3]
            shipment = dict(self.shipments[shipment_id])
            rate = json.loads(body)["rate"]["id"]
            chosen = next(r for r in shipment["rates"] if r["id"] == rate)
            tracking = f"9400{next(self.counter):018d}"
            kind = "pdf" if self.mode == "pdf" else "zpl"
            shipment.update(
                tracking_code=tracking,
                status="unknown",
                selected_rate=chosen,
                postage_label={
                    "object": "PostageLabel",
                    "id": f"pl_{shipment_id[4:]}",
                    "label_resolution": 203,
                    "label_size": "4x6",
                    "label_file_type": f"application/{kind}",
                    "label_url": f"{self.base}/labels/{shipment_id}.{kind}?t={tracking}",
                },
                tracker={"id": f"trk_{shipment_id[4:]}", "public_url": f"{self.base}/track/{tracking}"},
                fees=[{"object": "Fee", "type": "LabelFee", "amount": "0.00000", "charged": True, "refunded": False}],
            )
            self.shipments[shipment_id] = shipment
            return json_answer(200, shipment)
        if method == "GET" and path.startswith("/labels/"):
            tracking = path.split("?t=")[-1]
            if self.mode == "garbage_label":
                return 200, {"Content-Type": "application/zpl"}, b"<html>label service unavailable</html>"
            if self.mode == "pdf":
                return 200, {"Content-Type": "application/pdf"}, b"%PDF-1.4\n% a carrier PDF\n%%EOF\n"
            return 200, {"Content-Type": "application/zpl"}, ZPL_LABEL.format(tracking=tracking).encode()
        if method == "POST" and path.endswith("/refund"):
            shipment_id = path.split("/")[3]
            self.refunded.append(shipment_id)
            return json_answer(
                200, {**self.shipments[shipment_id], "refund_status": "submitted", "status": "submitted"}
            )
        return json_answer(404, {"error": {"code": "NOT_FOUND", "message": f"no route {method} {path}"}})
