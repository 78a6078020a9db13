"""A code that matches nothing, but would match as a US-set scanner meant it (or with Caps Lock off): say which
setting to change.

Called only after a lookup failed (unknown badge, no such order, unknown barcode), so a normal scan costs nothing.
The mapped code is looked up to choose the words, and never used: the scan stays refused until the scanner or the
PC's keyboard layout is changed and the code is scanned again.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, sessionmaker

from packstation.domain.commands import COMMANDS
from packstation.domain.errors import DomainError
from packstation.domain.keyboard_layouts import LAYOUT_NAMES, us_readings
from packstation.services.views import VerdictView
from packstation.store.db import transaction
from packstation.store.models.catalog import Barcode, Box, Sku
from packstation.store.models.marketing import Slip
from packstation.store.models.orders import Order
from packstation.store.models.people import User
from packstation.store.models.shipping import Label

_COMMAND_BARCODES = frozenset(command.barcode for command in COMMANDS)


def _known(db: Session, code: str) -> bool:
    """Whether `code` is a badge, order, tote, item, box, slip, label or command barcode the station knows."""
    if code.upper() in _COMMAND_BARCODES:
        return True
    probes = (
        select(User.id).where(User.badge_code == code),
        select(Order.id).where(or_(Order.order_barcode == code, Order.external_ref == code, Order.tote == code)),
        select(Barcode.id).where(Barcode.code == code),
        select(Sku.id).where(Sku.code == code),
        select(Box.id).where(or_(Box.code == code, Box.barcode == code)),
        select(Slip.id).where(Slip.slip_code == code),
        select(Label.id).where(Label.tracking_number == code),
    )
    return any(db.scalars(probe.limit(1)).first() is not None for probe in probes)


def mismatch(factory: sessionmaker[Session], text: str) -> DomainError | None:
    """The refusal to show when `text` is a known code typed through the wrong keyboard layout, else None."""
    got = text.strip()
    readings = us_readings(got)
    swapped = got.swapcase()
    if not readings and swapped == got:
        return None
    with transaction(factory) as db:
        if swapped != got and _known(db, swapped):
            # Caps Lock on and a scanner that does not allow for it: every letter arrives in the other case
            return DomainError(
                "caps_lock",
                f"{got} matches nothing; with Caps Lock off it reads {swapped}. Turn Caps "
                "Lock off (or set the scanner to ignore Caps Lock), then scan again.",
                got=got,
                meant=swapped,
            )
        for layouts, meant in readings:
            if _known(db, meant):
                names = " / ".join(LAYOUT_NAMES[layout] for layout in layouts)
                return DomainError(
                    "keyboard_layout",
                    f"{got} matches nothing; a scanner set to a US keyboard meant {meant}. This PC's keyboard layout "
                    f"is {names}: set the scanner's keyboard country to it (or the PC's layout to English (US)), "
                    "then scan again.",
                    got=got,
                    meant=meant,
                    layout=",".join(layouts),
                )
    return None


def as_verdict(verdict: VerdictView, error: DomainError) -> VerdictView:
    """An unknown-barcode stop that names the setting instead (the journal keeps the unknown barcode)."""
    variant = "caps_lock" if error.code == "caps_lock" else "layout"
    return replace(verdict, message=error.message, params={**verdict.params, **error.params, "variant": variant})
