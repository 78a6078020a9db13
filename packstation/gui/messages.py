"""Verdict and error codes + parameters -> the packer's words.

Every user-visible string of the packer's screen goes through `tr()` here, so Qt translations (lupdate/lrelease)
can replace them later without touching the screens. A template whose parameters the engine did not send falls
back to the engine's own plain-English message rather than showing a half-filled sentence.
"""

from __future__ import annotations

from string import Formatter
from typing import Any

from PySide6.QtCore import QCoreApplication

from packstation.domain.errors import DomainError
from packstation.services.views import VerdictView

CONTEXT = "Packstation"


def tr(text: str, **params: Any) -> str:
    """Translate `text` (a source string) and fill its `{placeholders}`."""
    translated = QCoreApplication.translate(CONTEXT, text)
    return translated.format(**params) if params else translated


# Short headline per verdict code, shown in the banner's large line.
HEADLINES: dict[str, str] = {
    "accepted": "OK",
    "over_scan": "TOO MANY",
    "wrong_item": "WRONG ITEM",
    "unknown_barcode": "UNKNOWN BARCODE",
    "bad_check_digit": "MISREAD — SCAN AGAIN",
    "expired": "EXPIRED",
    "short_shelf_life": "SHELF LIFE TOO SHORT",
    "wrong_lot": "WRONG LOT",
    "serial_required": "SCAN THE SERIAL",
    "duplicate_serial": "SERIAL ALREADY SHIPPED",
    "case_not_allowed": "SCAN EACH UNIT",
    "unexpected_barcode": "NOT AN ITEM",
    "too_fast_repeat": "SCANNED TWICE?",
    "duplicate_scan_id": "ALREADY COUNTED",
    "order_claimed": "ORDER OPEN",
    "box_confirmed": "BOX OK",
    "box_overridden": "BOX CHANGED",
    "slip_verified": "SLIP OK",
    "wrong_slip": "WRONG SLIP",
    "label_verified": "LABEL OK",
    "wrong_label": "WRONG LABEL",
    "command": "COMMAND",
}

# Longer instruction per code; placeholders are the verdict's params.
DETAILS: dict[str, str] = {
    "accepted": "{sku} — {scanned} of {ordered}",
    "over_scan": "{sku} needs only {ordered}. Take the extra unit out of the box.",
    "wrong_item": "{sku} is not in this order. Put it aside.",
    "unknown_barcode": "Barcode {raw} is not in the catalogue. Put the item aside.",
    "too_fast_repeat": "The same unit twice in a moment. Scan each unit once.",
    "duplicate_scan_id": "This scan was already counted; nothing changed.",
}


def headline(code: str) -> str:
    return tr(HEADLINES.get(code, code.replace("_", " ").upper()))


def _fill(template: str, params: dict[str, Any]) -> str | None:
    names = {name for _, name, _, _ in Formatter().parse(template) if name}
    if not names <= params.keys():
        return None
    return tr(template, **{name: params[name] for name in names})


def verdict_text(verdict: VerdictView) -> tuple[str, str]:
    """(headline, detail) for a verdict; the detail falls back to the engine's own message."""
    template = DETAILS.get(verdict.code)
    detail = _fill(template, verdict.params) if template else None
    return headline(verdict.code), detail or tr(verdict.message)


# Refusals from the services by code; placeholders are the error's params. A code not here, or one whose params
# do not fill its template, shows the service's own (English) message.
ERRORS: dict[str, str] = {
    "bad_pin": "Wrong PIN.",
    "unknown_badge": "This badge is not known or not active.",
    "locked_out": "Too many wrong PINs for {user}; wait ten minutes or ask an admin.",
    "pin_not_set": "{user} has no PIN yet; an admin must set one.",
    "not_a_lead": "{user} is not a shift lead; a lead must approve this.",
    "order_cancelled": "Order {order} was cancelled by the shop. Do not pack it.",
    "nothing_to_remove": "No unit of {sku} is in the box.",
    "bad_weight": "{grams} g is not a weight; put the box on the scale.",
    "serial_missing": "Scan or type the serial number.",
}


def error_text(error: BaseException) -> str:
    """A refused action in the packer's words (DomainError carries a code and params)."""
    if isinstance(error, DomainError):
        template = ERRORS.get(error.code)
        return (_fill(template, error.params) if template else None) or tr(error.message)
    return tr("Something went wrong: {error}", error=str(error) or type(error).__name__)


STATE_NAMES: dict[str, str] = {
    "scanning": "Scan the items",
    "qc": "Quality checks",
    "box": "Box",
    "slips": "Slips",
    "label": "Label",
    "verify": "Verify slips and label",
    "closed": "Closed",
    "suspended": "Suspended",
    "exception": "Sent to exception",
}


def qc_prompt(request: Any) -> str:
    """A QC prompt by its check and params (the domain's English templates, `packstation.domain.qc.PROMPTS`)."""
    from packstation.domain.qc import PROMPTS

    template = PROMPTS.get(request.check)
    return (_fill(template, dict(request.params or {})) if template else None) or tr(request.prompt)


def state_name(state: str) -> str:
    return tr(STATE_NAMES.get(str(state), str(state)))
