"""Command groups shared by several modules: `packstation import ...` and `packstation export ...`."""

from __future__ import annotations

from packstation.cli import main


@main.group("import")
def import_group() -> None:
    """Take orders, the catalogue, boxes, merchants, redemptions or complaints in (CSV or JSON, all or nothing)."""


@main.group("export")
def export_group() -> None:
    """Hand shipments or coupons back to the WMS or shop."""
