"""Labels bought from a carrier's API through karrio (the open-source multi-carrier SDK).

One connection per `[karrio.NAME]` table of the configuration, e.g.

    [karrio.easypost]
    carrier = "easypost"                  # karrio's gateway name; `pip install karrio-easypost` brings it
    api_key_env = "EASYPOST_API_KEY"      # credentials: `*_env` names an environment variable
    services = { standard = "usps_priority", express = "usps_express" }   # our service -> the carrier's
    test_mode = true

Credentials never sit in the database; a `*_env` key names the environment variable that holds the secret, and
plain keys are passed to karrio's carrier settings as they are. `server_url` points a connection at another address
(a carrier's sandbox host or, in tests, a local server answering as the sandbox does).

karrio's HTTP calls carry no timeout, so each call runs on its own thread with a deadline: a carrier that never
answers costs the packer `timeout_s`, then a clear "did not answer", never a frozen bench.
"""

from __future__ import annotations

import base64
import binascii
import os
import threading
from collections.abc import Callable, Mapping
from typing import Any

from packstation.domain.label_sources import BoughtLabel, LabelRequest, LabelSourceError

_RESERVED = {"carrier", "services", "server_url", "timeout_s"}


class KarrioLabels:
    """A label source for one configured karrio connection."""

    def __init__(
        self, connection: str, options: Mapping[str, Any], *, environ: Mapping[str, str] | None = None
    ) -> None:
        self.connection = connection
        self.carrier = str(options.get("carrier", connection))
        self.name = f"the carrier {self.carrier} (karrio)"
        self.services: dict[str, str] = {str(k): str(v) for k, v in dict(options.get("services", {})).items()}
        self.server_url = str(options.get("server_url", ""))
        self.timeout_s = float(options.get("timeout_s", 20))
        env = os.environ if environ is None else environ
        settings: dict[str, Any] = {}
        for key, value in options.items():
            if key in _RESERVED:
                continue
            if key.endswith("_env"):
                name = str(value)
                if not env.get(name):
                    raise LabelSourceError(
                        "label_source_no_credentials",
                        f"karrio connection '{connection}': the "
                        f"environment variable {name} (for {key[:-4]}) is not set.",
                        source=self.name,
                        variable=name,
                    )
                settings[key[:-4]] = env[name]
            else:
                settings[key] = value
        self._settings = settings
        self._gateway: Any = None

    # -- karrio, lazily: a site without carrier connections never imports it -----------------------------------
    def gateway(self) -> Any:
        if self._gateway is None:
            try:
                import karrio.sdk as karrio
                from loguru import logger as karrio_logger

                karrio_logger.disable("karrio")  # its INFO lines per request would flood a bench's console
            except ImportError:
                raise LabelSourceError(
                    "label_source_not_installed",
                    "Carrier labels need karrio: "
                    "pip install 'packstation[carriers]' and the carrier's extension, e.g. "
                    f"karrio-{self.carrier.replace('_', '-')}.",
                    source=self.name,
                ) from None
            try:
                provider = karrio.gateway.providers[self.carrier]
            except KeyError:
                raise LabelSourceError(
                    "label_source_not_installed",
                    f"karrio has no carrier '{self.carrier}' "
                    f"here: pip install karrio-{self.carrier.replace('_', '-')}.",
                    source=self.name,
                ) from None
            settings_class = provider.Settings
            if self.server_url:
                url = self.server_url.rstrip("/")
                settings_class = type(
                    f"{settings_class.__name__}AtUrl", (settings_class,), {"server_url": property(lambda _self: url)}
                )
            try:
                value = settings_class(**self._settings)
            except TypeError as error:
                raise LabelSourceError(
                    "label_source_bad_settings", f"karrio connection '{self.connection}': {error}", source=self.name
                ) from None
            self._gateway = karrio.gateway[self.carrier].create(value)
        return self._gateway

    def _with_deadline(self, what: str, order: str, work: Callable[[], Any]) -> Any:
        box: dict[str, Any] = {}

        def run() -> None:
            try:
                box["value"] = work()
            except BaseException as error:  # noqa: BLE001 - carried back to the caller's thread
                box["error"] = error

        thread = threading.Thread(target=run, name=f"karrio-{self.carrier}", daemon=True)
        thread.start()
        thread.join(self.timeout_s)
        if thread.is_alive():
            raise LabelSourceError(
                "label_source_unreachable",
                f"{what} for order {order}: {self.name} did not answer within {self.timeout_s:g} s.",
                source=self.name,
                order=order,
                reason="timeout",
            )
        if "error" in box:
            error = box["error"]
            if isinstance(error, LabelSourceError):
                raise error
            raise LabelSourceError(
                "label_source_unreachable",
                f"{what} for order {order}: {self.name} failed ({error.__class__.__name__}: {str(error)[:200]}).",
                source=self.name,
                order=order,
                reason=str(error)[:200],
            ) from None
        return box["value"]

    # -- the port -----------------------------------------------------------------------------------------------
    def shipment_request(self, request: LabelRequest) -> Any:
        from karrio.core import models

        def address(a: Any) -> Any:
            return models.Address(
                person_name=a.name,
                address_line1=a.line1,
                address_line2=a.line2 or None,
                postal_code=a.postal_code,
                city=a.city,
                state_code=a.region or None,
                country_code=a.country,
                phone_number=a.phone or None,
            )

        parcel = models.Parcel(
            weight=max(request.weight_g, 1) / 1000,
            weight_unit="KG",
            length=request.length_mm / 10 or None,
            width=request.width_mm / 10 or None,
            height=request.height_mm / 10 or None,
            dimension_unit="CM",
            reference_number=f"{request.order_ref}-{request.package_no}",
        )
        service = self.services.get(request.service, request.service)
        return models.ShipmentRequest(
            service=service,
            shipper=address(request.ship_from),
            recipient=address(request.ship_to),
            parcels=[parcel],
            reference=request.order_ref,
            label_type=request.label_format.upper(),
        )

    def buy(self, request: LabelRequest, *, serial: int) -> BoughtLabel:
        import karrio.sdk as karrio

        payload = self.shipment_request(request)

        def work() -> Any:
            return karrio.Shipment.create(payload).from_(self.gateway()).parse()

        details, messages = self._with_deadline("No label", request.order_ref, work)
        if details is None:
            said = "; ".join(_message(m) for m in messages) or "no reason given"
            raise LabelSourceError(
                "label_source_refused",
                f"{self.name} refused the label for order {request.order_ref}: {said}",
                source=self.name,
                order=request.order_ref,
                reason=said,
            )
        try:
            document = base64.b64decode(details.docs.label or "", validate=False)
        except (binascii.Error, ValueError):
            document = b""
        return BoughtLabel(
            self.name, str(details.tracking_number or ""), document, external_id=str(details.shipment_identifier or "")
        )

    def void(self, label: BoughtLabel) -> None:
        import karrio.sdk as karrio
        from karrio.core import models

        if not label.external_id:
            return

        def work() -> Any:
            request = models.ShipmentCancelRequest(shipment_identifier=label.external_id)
            return karrio.Shipment.cancel(request).from_(self.gateway()).parse()

        details, messages = self._with_deadline("The void", label.tracking_number, work)
        if details is None or not getattr(details, "success", False):
            said = "; ".join(_message(m) for m in messages) or "no reason given"
            raise LabelSourceError(
                "label_void_refused",
                f"{self.name} did not void label {label.tracking_number}: {said}",
                source=self.name,
                tracking=label.tracking_number,
                reason=said,
            )

    def rates(self, request: LabelRequest) -> list[tuple[str, str, str, int | None]]:
        """(service, price, currency, days) the carrier offers for this package, cheapest first."""
        import karrio.sdk as karrio
        from karrio.core import models

        shipment = self.shipment_request(request)
        payload = models.RateRequest(
            shipper=shipment.shipper,
            recipient=shipment.recipient,
            parcels=shipment.parcels,
            reference=request.order_ref,
        )

        def work() -> Any:
            return karrio.Rating.fetch(payload).from_(self.gateway()).parse()

        rates, messages = self._with_deadline("No rates", request.order_ref, work)
        if not rates:
            said = "; ".join(_message(m) for m in messages) or "no rates offered"
            raise LabelSourceError(
                "label_source_refused",
                f"{self.name} gave no rates for order {request.order_ref}: {said}",
                source=self.name,
                order=request.order_ref,
                reason=said,
            )
        ours = {carrier_code: name for name, carrier_code in self.services.items()}
        found = [
            (
                f"{ours[r.service]} ({r.service})" if r.service in ours else str(r.service),
                f"{float(r.total_charge):.2f}",
                str(r.currency or ""),
                r.transit_days,
            )
            for r in rates
        ]
        return sorted(found, key=lambda r: float(r[1]))

    def manifest(self, shipment_ids: list[str], ship_from: Any) -> bytes:
        """The carrier's end-of-day manifest (close-out) for these shipments, as the carrier's document."""
        import karrio.sdk as karrio
        from karrio.core import models

        if not shipment_ids:
            raise LabelSourceError(
                "manifest_empty", f"No labels from {self.name} to put on a manifest.", connection=self.connection
            )
        address = models.Address(
            person_name=ship_from.name,
            address_line1=ship_from.line1,
            postal_code=ship_from.postal_code,
            city=ship_from.city,
            country_code=ship_from.country,
        )
        request = models.ManifestRequest(shipment_identifiers=shipment_ids, address=address)

        def work() -> Any:
            return karrio.Manifest.create(request).from_(self.gateway()).parse()

        details, messages = self._with_deadline("The manifest", "today", work)
        if details is None:
            said = "; ".join(_message(m) for m in messages) or "no reason given"
            if any(getattr(m, "code", "") == "SHIPPING_SDK_NON_SUPPORTED_ERROR" for m in messages):
                said = "this carrier has no end-of-day manifest through karrio; hand the parcels over as usual"
            raise LabelSourceError("manifest_refused", f"{self.name}: {said}", source=self.name, reason=said)
        document = getattr(getattr(details, "doc", None), "manifest", None) or ""
        return base64.b64decode(document) if document else b""


def _message(message: Any) -> str:
    code = getattr(message, "code", "") or ""
    text = getattr(message, "message", "") or ""
    return f"{code}: {text}".strip(": ") if code else str(text)
