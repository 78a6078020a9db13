"""Labels from the site's own shipping system (nShift, ShipStation, a WMS...): an HTTP URL template or a hot folder.

The label already exists there; the station fetches it by order reference, checks it (domain.label_sources) and
prints it through its own queue, so the verification scan on the box works as for any label.

HTTP: `GET <template>` with `{order_ref}`, `{package_no}`, `{package_count}`, `{format}`, `{carrier}`, `{service}`,
`{merchant}` filled in (URL-quoted). The answer is either JSON `{"tracking_number": "...", "label": "<base64>",
"format": "zpl"}` or the label itself with the tracking number in an `X-Tracking-Number` header. 404 means "no label
there yet". A bearer token, when the system needs one, comes from the environment (never the database).

Hot folder: `<order_ref>-<package_no>.zpl|.pdf` (or `<order_ref>.zpl|.pdf` for a one-box order) with the tracking
number in `<same name>.txt` or in `<same name>.json` as `{"tracking_number": ...}`. A file the station has used
once is refused if offered again (LabelService checks its name against the labels it issued).
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import re
import urllib.parse
from pathlib import Path

from packstation.domain.label_sources import BoughtLabel, LabelRequest, LabelSourceError
from packstation.integrations.http_client import HttpFailure, call

TOKEN_ENV = "PACKSTATION_SHIPPING_SYSTEM_TOKEN"


class SiteSystemLabels:
    """Labels fetched over HTTP from the site's shipping system."""

    def __init__(self, template: str, *, token: str | None = None, timeout_s: float = 10.0) -> None:
        self.template = template
        self.name = f"the shipping system ({urllib.parse.urlsplit(template).netloc})"
        self.token = token if token is not None else os.environ.get(TOKEN_ENV, "")
        self.timeout_s = timeout_s

    def url_for(self, request: LabelRequest) -> str:
        values = {
            "order_ref": request.order_ref,
            "package_no": request.package_no,
            "package_count": request.package_count,
            "format": request.label_format,
            "carrier": request.carrier,
            "service": request.service,
            "merchant": request.merchant,
        }
        return self.template.format(**{k: urllib.parse.quote(str(v), safe="") for k, v in values.items()})

    def buy(self, request: LabelRequest, *, serial: int) -> BoughtLabel:
        url = self.url_for(request)
        headers = {"Accept": "application/json, application/pdf, application/zpl, text/plain"}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        try:
            answer = call("GET", url, headers=headers, timeout_s=self.timeout_s)
        except HttpFailure as failure:
            raise LabelSourceError(
                "label_source_unreachable",
                f"No label for order {request.order_ref}: {self.name} did not answer ({failure}).",
                source=self.name,
                order=request.order_ref,
                reason=str(failure),
            ) from None
        if answer.status == 404:
            raise LabelSourceError(
                "label_source_no_label",
                f"{self.name} has no label for order {request.order_ref} box {request.package_no} yet.",
                source=self.name,
                order=request.order_ref,
            )
        if answer.status in (401, 403):
            reason = f"HTTP {answer.status}; check {TOKEN_ENV}"
            raise LabelSourceError(
                "label_source_refused",
                f"{self.name} refused the station's credentials ({reason}).",
                source=self.name,
                order=request.order_ref,
                reason=reason,
            )
        if answer.status != 200:
            raise LabelSourceError(
                "label_source_failed",
                f"{self.name} answered HTTP {answer.status} for order {request.order_ref}: {_snippet(answer.body)}",
                source=self.name,
                order=request.order_ref,
                status=answer.status,
            )
        if answer.headers.get("content-type", "").startswith("application/json"):
            return _from_json(self.name, answer.body, request)
        tracking = answer.headers.get("x-tracking-number", "").strip()
        return BoughtLabel(self.name, tracking, answer.body)

    def void(self, label: BoughtLabel) -> None:
        """The shipping system keeps its own labels: the station voids its copy and says so in the journal."""


class HotFolderLabels:
    """Labels dropped in a folder by the site's shipping system, picked up by order reference."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.name = f"the label folder {folder}"

    def _candidates(self, request: LabelRequest) -> list[Path]:
        stems = [f"{request.order_ref}-{request.package_no}"]
        if request.package_count == 1:
            stems.append(request.order_ref)
        return [self.folder / f"{stem}.{ext}" for stem in stems for ext in ("zpl", "pdf")]

    def buy(self, request: LabelRequest, *, serial: int) -> BoughtLabel:
        if not self.folder.is_dir():
            raise LabelSourceError(
                "label_source_unreachable",
                f"No label for order {request.order_ref}: {self.name} does not exist or cannot be read.",
                source=self.name,
                order=request.order_ref,
                reason="no folder",
            )
        if re.search(r"[/\\]|^\.", request.order_ref):  # an order reference never walks out of the folder
            raise LabelSourceError(
                "label_source_no_label",
                f"Order reference {request.order_ref!r} cannot name a file in the label folder.",
                source=self.name,
                order=request.order_ref,
            )
        found = next((path for path in self._candidates(request) if path.is_file()), None)
        if found is None:
            raise LabelSourceError(
                "label_source_no_label",
                f"{self.name} has no label for order {request.order_ref} box {request.package_no} yet.",
                source=self.name,
                order=request.order_ref,
            )
        document = found.read_bytes()
        tracking = ""
        text, meta = found.with_suffix(".txt"), found.with_suffix(".json")
        if text.is_file():
            tracking = text.read_text(encoding="utf-8", errors="replace").strip()
        elif meta.is_file():
            try:
                tracking = str(json.loads(meta.read_text(encoding="utf-8")).get("tracking_number", "")).strip()
            except (ValueError, AttributeError):
                tracking = ""
        return BoughtLabel(self.name, tracking, document, external_id=found.name)

    def void(self, label: BoughtLabel) -> None:
        """Nothing to tell a folder; the station voids its copy."""


def _snippet(body: bytes) -> str:
    return body[:200].decode("utf-8", errors="replace").strip() or "(empty answer)"


def _from_json(name: str, body: bytes, request: LabelRequest) -> BoughtLabel:
    try:
        data = json.loads(body.decode("utf-8"))
        tracking = str(data.get("tracking_number", "")).strip()
        document = base64.b64decode(data.get("label", ""), validate=True)
        external = str(data.get("id", ""))
    except (ValueError, AttributeError, TypeError, binascii.Error):
        raise LabelSourceError(
            "label_source_bad_document",
            f"{name} sent an answer for order {request.order_ref} "
            "that is not the expected JSON (tracking_number, label as base64).",
            source=name,
            order=request.order_ref,
        ) from None
    return BoughtLabel(name, tracking, document, external_id=external)
