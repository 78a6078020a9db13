"""The typed ORM models, one module per aggregate; importing this package registers every table."""

from packstation.store.models.base import Base, utcnow
from packstation.store.models.catalog import Barcode, Box, CushioningMaterial, Merchant, Sku
from packstation.store.models.customers import Customer, CustomerIncident
from packstation.store.models.incidents import Incident, IncidentLine
from packstation.store.models.integrations import OutboxDelivery, OutboxMessage
from packstation.store.models.marketing import Campaign, CampaignHoldout, Coupon, Redemption, Slip
from packstation.store.models.meta import AppMeta
from packstation.store.models.orders import Order, OrderLine
from packstation.store.models.packing import Event, PackedUnit, PackSession, QcResult, ShippedSerial
from packstation.store.models.people import Station, User
from packstation.store.models.photos import PackagePhoto
from packstation.store.models.reporting import (
    ReportBlock,
    ReportBlockDelivery,
    ReportBlockError,
    ReportBlockPacker,
    ReportDay,
    ReportDayDelivery,
    ReportDayError,
    ReportDayPacker,
    ReportDeliveryHour,
    ReportDirtyHour,
    ReportErrorHour,
    ReportHour,
    ReportHourTotal,
)
from packstation.store.models.shipping import Label, Package, PrintJob, ReturnLabel
from packstation.store.models.training import (
    Scorecard,
    TrainingAssignment,
    TrainingGateLift,
    TrainingPass,
    TrainingRequirement,
)

__all__ = [
    "AppMeta",
    "Barcode",
    "Base",
    "Box",
    "Campaign",
    "CampaignHoldout",
    "Coupon",
    "Customer",
    "CustomerIncident",
    "CushioningMaterial",
    "Event",
    "Incident",
    "IncidentLine",
    "Label",
    "Merchant",
    "Order",
    "OrderLine",
    "OutboxDelivery",
    "OutboxMessage",
    "PackSession",
    "PackedUnit",
    "Package",
    "PackagePhoto",
    "PrintJob",
    "QcResult",
    "Redemption",
    "ReportBlock",
    "ReportBlockDelivery",
    "ReportBlockError",
    "ReportBlockPacker",
    "ReportDay",
    "ReportDayDelivery",
    "ReportDayError",
    "ReportDayPacker",
    "ReportDirtyHour",
    "ReportErrorHour",
    "ReportDeliveryHour",
    "ReportHour",
    "ReportHourTotal",
    "ReturnLabel",
    "Scorecard",
    "ShippedSerial",
    "Sku",
    "Slip",
    "Station",
    "TrainingAssignment",
    "TrainingGateLift",
    "TrainingPass",
    "TrainingRequirement",
    "User",
    "utcnow",
]
