"""Build the label sources a station's configuration names, once, and hand out the one for each package."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from packstation.domain.carriers import Shipment, carrier_for
from packstation.domain.label_sources import (
    OFFLINE,
    BoughtLabel,
    LabelRequest,
    LabelSource,
    LabelSourceError,
    check_spec,
    source_spec_for,
)
from packstation.integrations.karrio_labels import KarrioLabels
from packstation.integrations.site_labels import HotFolderLabels, SiteSystemLabels


class OfflineLabels:
    """The built-in carriers: the station makes the tracking number and draws the label itself."""

    name = OFFLINE

    def buy(self, request: LabelRequest, *, serial: int) -> BoughtLabel:
        shipment = Shipment(
            request.ship_from.country,
            request.ship_to.country,
            request.ship_to.postal_code,
            request.weight_g,
            request.length_mm,
            request.width_mm,
            request.height_mm,
            request.service,
            request.package_no,
            request.package_count,
            request.order_ref,
        )
        made = carrier_for(request.carrier).create_label(shipment, serial=serial)
        return BoughtLabel(OFFLINE, made.tracking_number)

    def void(self, label: BoughtLabel) -> None:
        """Offline there is no one to tell: the number is voided locally and never reused."""


class LabelSources:
    """The configured sources by spec, built on first use (a karrio connection imports karrio only then)."""

    def __init__(
        self,
        table: Mapping[str, str] | None = None,
        karrio: Mapping[str, Mapping[str, Any]] | None = None,
        *,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        self.table = {key: check_spec(key, spec) for key, spec in dict(table or {}).items()}
        self.karrio = {name: dict(options) for name, options in dict(karrio or {}).items()}
        self.environ = environ
        self._built: dict[str, LabelSource] = {OFFLINE: OfflineLabels()}
        for key, spec in self.table.items():
            if spec.startswith("karrio:") and spec[7:] not in self.karrio:
                raise LabelSourceError(
                    "bad_label_source",
                    f"label source for '{key}' names karrio connection "
                    f"'{spec[7:]}' but there is no [karrio.{spec[7:]}] table.",
                    key=key,
                )

    def spec_for(self, merchant: str, carrier: str, service: str) -> str:
        return source_spec_for(self.table, merchant, carrier, service)

    def source(self, spec: str) -> LabelSource:
        if spec not in self._built:
            if spec.startswith("karrio:"):
                self._built[spec] = KarrioLabels(spec[7:], self.karrio[spec[7:]], environ=self.environ)
            elif spec.startswith("folder:"):
                self._built[spec] = HotFolderLabels(Path(spec[7:]).expanduser())
            else:
                self._built[spec] = SiteSystemLabels(spec)
        return self._built[spec]

    def for_package(self, merchant: str, carrier: str, service: str) -> LabelSource:
        return self.source(self.spec_for(merchant, carrier, service))
