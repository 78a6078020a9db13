"""Merchants and what they ship: SKUs, their barcodes, boxes and mailers, cushioning materials.

Lengths are millimetres and weights grams throughout the store; money is a Decimal in the merchant's currency.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import ForeignKey, Numeric, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from packstation.store.models.base import Base

Money = Numeric(12, 4)


class Merchant(Base):
    """A brand the warehouse packs for (a 3PL has several)."""

    __tablename__ = "merchants"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    # Ship-from address, printed on labels.
    address_line1: Mapped[str] = mapped_column(String(200), default="")
    address_line2: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(20), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    returns_policy: Mapped[str] = mapped_column(String(2000), default="")
    returns_slip: Mapped[bool] = mapped_column(default=False)
    # The returns policy per language ({"nb": "...", "pl": "..."}); `returns_policy` is the English / fallback text.
    returns_policies: Mapped[dict[str, Any]] = mapped_column(default=dict, server_default="{}")
    logo: Mapped[str | None] = mapped_column(String(200))
    # Merchant-wide QC switches (e.g. {"damage_inspection": true, "weight_check": true}).
    qc_rules: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # The GS1 company prefix its SSCCs (labels) are built from; None: the site's (app_meta) or GS1's example.
    gs1_company_prefix: Mapped[str | None] = mapped_column(String(12))
    # The same-day cut-off ("14:00": placed before it ships the same day, after it the next day) in the merchant's
    # time zone; None: orders carry a ship-by time only when the import gives one.
    ship_cutoff: Mapped[str | None] = mapped_column(String(5))
    ship_tz: Mapped[str] = mapped_column(String(64), default="UTC", server_default="UTC")

    skus: Mapped[list[Sku]] = relationship(back_populates="merchant")


class Sku(Base):
    """A stock-keeping unit with its dimensions, weight and handling flags."""

    __tablename__ = "skus"
    __table_args__ = (UniqueConstraint("merchant_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    merchant_id: Mapped[int] = mapped_column(ForeignKey("merchants.id"), index=True)
    code: Mapped[str] = mapped_column(String(64))
    description: Mapped[str] = mapped_column(String(300), default="")
    category: Mapped[str] = mapped_column(String(80), default="")
    length_mm: Mapped[int] = mapped_column(default=0)
    width_mm: Mapped[int] = mapped_column(default=0)
    height_mm: Mapped[int] = mapped_column(default=0)
    weight_g: Mapped[int] = mapped_column(default=0)
    unit_price: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    fragile: Mapped[bool] = mapped_column(default=False)
    this_side_up: Mapped[bool] = mapped_column(default=False)
    ship_alone: Mapped[bool] = mapped_column(default=False)
    # UN hazard class or "" (e.g. "9" for lithium batteries, "3" for flammable liquids).
    hazmat_class: Mapped[str] = mapped_column(String(10), default="")
    serial_required: Mapped[bool] = mapped_column(default=False)
    lot_tracked: Mapped[bool] = mapped_column(default=False)
    min_shelf_life_days: Mapped[int] = mapped_column(default=0)
    scan_each: Mapped[bool] = mapped_column(default=False)
    soft: Mapped[bool] = mapped_column(default=False)  # may ship in a mailer / poly bag
    max_quantity_entry: Mapped[int] = mapped_column(default=0)  # 0: quantity entry not allowed
    image: Mapped[str | None] = mapped_column(String(200))
    # Per-SKU QC overrides of the merchant's rules, e.g. {"damage_inspection": true}.
    qc_rules: Mapped[dict[str, Any]] = mapped_column(default=dict)
    active: Mapped[bool] = mapped_column(default=True)

    merchant: Mapped[Merchant] = relationship(back_populates="skus")
    barcodes: Mapped[list[Barcode]] = relationship(back_populates="sku", cascade="all, delete-orphan")

    @property
    def is_hazmat(self) -> bool:
        return bool(self.hazmat_class)


class Barcode(Base):
    """One barcode of a SKU; a code maps to exactly one SKU (refused at import otherwise)."""

    __tablename__ = "barcodes"

    id: Mapped[int] = mapped_column(primary_key=True)
    sku_id: Mapped[int] = mapped_column(ForeignKey("skus.id"), index=True)
    # GTINs are stored normalised to 14 digits; vendor codes as printed.
    code: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(16), default="gtin")  # gtin | vendor | case | inner
    quantity: Mapped[int] = mapped_column(default=1)  # units a scan of this code counts (case packs > 1)

    sku: Mapped[Sku] = relationship(back_populates="barcodes")


class Box(Base):
    """A carton, mailer or poly bag; shared by all merchants when `merchant_id` is null."""

    __tablename__ = "boxes"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    barcode: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(120), default="")
    kind: Mapped[str] = mapped_column(String(16), default="box")  # box | mailer | poly
    merchant_id: Mapped[int | None] = mapped_column(ForeignKey("merchants.id"), index=True)
    inner_length_mm: Mapped[int] = mapped_column()
    inner_width_mm: Mapped[int] = mapped_column()
    inner_height_mm: Mapped[int] = mapped_column()
    outer_length_mm: Mapped[int] = mapped_column()
    outer_width_mm: Mapped[int] = mapped_column()
    outer_height_mm: Mapped[int] = mapped_column()
    empty_weight_g: Mapped[int] = mapped_column(default=0)
    max_weight_g: Mapped[int] = mapped_column()  # includes the empty box
    cost: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    stock: Mapped[int | None] = mapped_column()  # None: not tracked
    active: Mapped[bool] = mapped_column(default=True)


class CushioningMaterial(Base):
    """Void fill: air pillows, paper, bubble wrap; counted in units of `unit_volume_ml`."""

    __tablename__ = "cushioning_materials"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(20))  # air_pillow | paper | bubble_wrap
    unit: Mapped[str] = mapped_column(String(20), default="pcs")
    unit_volume_ml: Mapped[int] = mapped_column()
    unit_cost: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    for_fragile: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)
