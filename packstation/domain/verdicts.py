"""Verdict rules: the station's answer to one item scan, given the pack session in hand.

Pure: the service gathers the facts (the scan, what the barcode resolved to, the lines and their progress, today's
date, whether a serial was seen before) into a `ScanContext`; `judge_item_scan` decides. The first failing rule wins,
in the order a lead would explain it: can the code be read, is it an item at all, is it in this order, is it allowed
this way, does it fit the line, is the unit fit to ship.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from packstation.domain.barcodes import Scan, ScanError, ScanKind
from packstation.domain.vocabulary import ErrorType, Severity, VerdictCode

# A code that is the wrong kind of thing where an item was expected.
NON_ITEM_KINDS = ("box", "slip", "label", "order", "tote", "badge", "sscc", "command")


@dataclass(frozen=True)
class SkuFacts:
    """What the rules need to know about a SKU (a copy of catalogue columns)."""

    sku_id: int
    code: str
    description: str = ""
    category: str = ""
    weight_g: int = 0
    fragile: bool = False
    hazmat_class: str = ""
    serial_required: bool = False
    lot_tracked: bool = False
    min_shelf_life_days: int = 0
    scan_each: bool = False
    max_quantity_entry: int = 0
    this_side_up: bool = False
    qc_rules: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class BarcodeMatch:
    """A catalogue barcode the scan resolved to: its SKU, kind (gtin|vendor|case|inner) and units per scan."""

    sku: SkuFacts
    kind: str = "gtin"
    pack_quantity: int = 1

    @property
    def is_pack(self) -> bool:
        return self.kind in ("case", "inner") or self.pack_quantity > 1


@dataclass(frozen=True)
class LineState:
    """One order line and how far it is packed."""

    line_id: int
    line_no: int
    sku_id: int
    ordered: int
    scanned: int = 0
    lot_required: str | None = None

    @property
    def remaining(self) -> int:
        return max(0, self.ordered - self.scanned)


@dataclass(frozen=True)
class ScanContext:
    """Everything the verdict depends on besides the scan itself."""

    lines: tuple[LineState, ...]
    today: dt.date
    match: BarcodeMatch | None = None
    non_item_kind: str | None = None  # set when the code is a known box/slip/label/order/tote/badge barcode
    serial_seen: bool = False  # the scanned serial is already packed (this or any order) for this SKU
    too_fast_repeat: bool = False  # the decoder saw the same code again faster than a person handles two units


@dataclass(frozen=True)
class Verdict:
    """One answer: a code, how loud, a plain message, and what it changes (line and units).

    `message` is the journal's and the command line's English; `params` carry every value in it, so the screen can
    say the same in the packer's language (gui/messages.py DETAILS). Where one code has several message shapes,
    `params["variant"]` names the shape (e.g. over_scan "pack": a pack larger than the line's rest).
    """

    code: VerdictCode
    severity: Severity
    message: str
    error_type: ErrorType | None = None
    line_id: int | None = None
    units: int = 0  # units the scan adds to `line_id` when accepted
    params: Mapping[str, Any] = field(default_factory=dict)

    @property
    def accepted(self) -> bool:
        return self.code == VerdictCode.ACCEPTED

    @property
    def must_acknowledge(self) -> bool:
        """Stops wait for the packer: never cleared by a timeout."""
        return self.severity == Severity.STOP


def stop(code: VerdictCode, message: str, error: ErrorType | None = None, **params: Any) -> Verdict:
    """A red verdict the packer must acknowledge; errors carry the type a lead counts."""
    return Verdict(code, Severity.STOP, message, error_type=error, params=params)


def _error(code: VerdictCode, message: str, **params: Any) -> Verdict:
    return stop(code, message, ErrorType(code.value), **params)


def _pick_line(lines: tuple[LineState, ...], sku_id: int, lot: str | None) -> tuple[LineState | None, bool]:
    """The line a unit of `sku_id` goes to: first unfinished line whose lot fits; (line, lot_mismatch).

    A barcode that carries no lot (a plain GTIN) fits any line: the line's lot check asks for the lot (typed or
    scanned from the unit's label) before the box, instead of a false "lot none" stop.
    """
    mine = [line for line in lines if line.sku_id == sku_id]
    open_lines = [line for line in mine if line.remaining > 0]
    for line in open_lines:
        if line.lot_required is None or line.lot_required == lot or lot is None:
            return line, False
    if open_lines:
        return open_lines[0], True
    return (mine[0] if mine else None), False


def judge_item_scan(scan: Scan, ctx: ScanContext) -> Verdict:
    """The verdict for a scan made where an item was expected: the first stop of the checks below, in their
    order, or the unit accepted."""
    shown = scan.text or scan.raw
    refused = _not_an_item(scan, ctx, shown)
    if refused is not None or ctx.match is None:
        return refused or _unknown(scan, shown)
    sku = ctx.match.sku
    sku_params = {"barcode": shown, "sku": sku.code, "description": sku.description}
    line, lot_mismatch = _pick_line(ctx.lines, sku.sku_id, scan.lot)
    if line is None:
        return _error(
            VerdictCode.WRONG_ITEM,
            f"{sku.code} {sku.description} is not in this order. Take it out of the box.".replace("  ", " "),
            **sku_params,
        )
    if sku.scan_each and ctx.match.is_pack:
        return _error(
            VerdictCode.CASE_NOT_ALLOWED,
            f"{sku.code} must be scanned one unit at a time, not as a pack. Scan each unit.",
            **sku_params,
        )
    units = max(1, ctx.match.pack_quantity) * max(1, scan.quantity)
    params = {**sku_params, "line_no": line.line_no, "ordered": line.ordered, "scanned": line.scanned}
    if line.remaining <= 0 or units > line.remaining:
        return _over(line, units, params)
    return (
        _wrong_lot(scan, line, lot_mismatch, params)
        or _date_stop(scan, ctx.today, sku, line, params)
        or _serial_stop(scan, ctx, sku, line, units, params)
        or _accepted(sku, line, units, params)
    )


def _not_an_item(scan: Scan, ctx: ScanContext, shown: str) -> Verdict | None:
    """A scan that cannot be an item: read twice too fast, nothing read, or another kind of barcode."""
    if ctx.too_fast_repeat:
        return _error(
            VerdictCode.TOO_FAST_REPEAT,
            "The same barcode was read twice too quickly. Count the units in your hand and scan again.",
            barcode=shown,
        )
    if scan.kind == ScanKind.EMPTY:
        return _error(
            VerdictCode.UNKNOWN_BARCODE, "Nothing was read. Scan the item again.", barcode="", variant="empty"
        )
    if ctx.non_item_kind is not None or scan.kind in (ScanKind.SSCC, ScanKind.COMMAND):
        what = ctx.non_item_kind or scan.kind
        return _error(
            VerdictCode.UNEXPECTED_BARCODE,
            f"That is a {what} barcode. Scan the barcode on the item.",
            barcode=shown,
            kind=what,
        )
    return None


def _unknown(scan: Scan, shown: str) -> Verdict:
    """An item barcode the catalogue does not know: misread (a wrong check digit) or not ours."""
    if scan.error == ScanError.BAD_CHECK_DIGIT:
        return _error(
            VerdictCode.BAD_CHECK_DIGIT,
            f"The barcode {shown} has a wrong check digit. Scan it again or type the code from the "
            "label; if it repeats, put the item aside for a lead.",
            barcode=shown,
        )
    return _error(
        VerdictCode.UNKNOWN_BARCODE,
        f"Barcode {shown} is not in the catalogue. Put the item aside for a lead.",
        barcode=shown,
    )


def _wrong_lot(scan: Scan, line: LineState, lot_mismatch: bool, params: dict[str, Any]) -> Verdict | None:
    """A unit of another lot than the one its line needs."""
    if not lot_mismatch or line.lot_required is None:
        return None
    got = scan.lot or "none"
    return Verdict(
        VerdictCode.WRONG_LOT,
        Severity.STOP,
        f"Line {line.line_no} needs lot {line.lot_required}; this unit is lot {got}. Use a unit from the right lot.",
        ErrorType.WRONG_LOT,
        line.line_id,
        params={**params, "lot_required": line.lot_required, "lot": got},
    )


def _date_stop(scan: Scan, today: dt.date, sku: SkuFacts, line: LineState, params: dict[str, Any]) -> Verdict | None:
    """A unit whose barcode says it has expired, or has fewer days left than the SKU's minimum shelf life."""
    expiry = scan.expiry or scan.best_before
    if expiry is None:
        return None
    if expiry < today:
        return Verdict(
            VerdictCode.EXPIRED,
            Severity.STOP,
            f"This unit expired on {expiry.isoformat()}. Put it aside and take another.",
            ErrorType.EXPIRED,
            line.line_id,
            params={**params, "expiry": expiry.isoformat()},
        )
    days_left = (expiry - today).days
    if sku.min_shelf_life_days and days_left < sku.min_shelf_life_days:
        return Verdict(
            VerdictCode.SHORT_SHELF_LIFE,
            Severity.STOP,
            f"This unit expires in {days_left} days; {sku.code} must have at least "
            f"{sku.min_shelf_life_days}. Take a fresher unit.",
            ErrorType.SHORT_SHELF_LIFE,
            line.line_id,
            params={
                **params,
                "expiry": expiry.isoformat(),
                "days_left": days_left,
                "min_days": sku.min_shelf_life_days,
            },
        )
    return None


def _serial_stop(
    scan: Scan, ctx: ScanContext, sku: SkuFacts, line: LineState, units: int, params: dict[str, Any]
) -> Verdict | None:
    """A serialised SKU scanned without its own serial (or as several units), or a serial already packed."""
    if sku.serial_required and not scan.serial:
        return Verdict(
            VerdictCode.SERIAL_REQUIRED,
            Severity.STOP,
            f"{sku.code} needs its serial number: scan the barcode that carries the serial.",
            ErrorType.SERIAL_REQUIRED,
            line.line_id,
            params=params,
        )
    if sku.serial_required and units > 1:
        return Verdict(
            VerdictCode.SERIAL_REQUIRED,
            Severity.STOP,
            f"{sku.code} is serialised: scan each unit's own serial barcode.",
            ErrorType.SERIAL_REQUIRED,
            line.line_id,
            params={**params, "variant": "each"},
        )
    if scan.serial and ctx.serial_seen:
        return Verdict(
            VerdictCode.DUPLICATE_SERIAL,
            Severity.STOP,
            f"Serial {scan.serial} of {sku.code} has already been packed. Put this unit aside for a lead.",
            ErrorType.DUPLICATE_SERIAL,
            line.line_id,
            params={**params, "serial": scan.serial},
        )
    return None


def _accepted(sku: SkuFacts, line: LineState, units: int, params: dict[str, Any]) -> Verdict:
    done = line.scanned + units
    return Verdict(
        VerdictCode.ACCEPTED,
        Severity.OK,
        f"{sku.code} {done} of {line.ordered}" + (f" (+{units})" if units > 1 else ""),
        line_id=line.line_id,
        units=units,
        params={**params, "scanned": done, "units": units},
    )


def _over(line: LineState, units: int, params: dict[str, Any]) -> Verdict:
    if line.remaining <= 0:
        message = f"Line {line.line_no} is already complete ({line.ordered} of {line.ordered}). Take this unit out."
    else:
        message = (
            f"This scan counts {units} units but line {line.line_no} needs only {line.remaining} more. "
            "Open the pack or scan single units."
        )
    variant = {} if line.remaining <= 0 else {"variant": "pack"}
    return Verdict(
        VerdictCode.OVER_SCAN,
        Severity.STOP,
        message,
        ErrorType.OVER_SCAN,
        line.line_id,
        params={**params, "units": units, "remaining": line.remaining, **variant},
    )


def judge_quantity(line: LineState, sku: SkuFacts, quantity: int) -> Verdict:
    """Typed quantity for a large line: allowed up to the SKU's limit, never for serialised or scan-each SKUs."""
    params = {
        "sku": sku.code,
        "line_no": line.line_no,
        "quantity": quantity,
        "limit": sku.max_quantity_entry,
        "ordered": line.ordered,
    }
    if quantity <= 0:
        return stop(VerdictCode.OVER_SCAN, "Type a quantity of at least 1.", None, **params, variant="zero")
    if sku.serial_required or sku.scan_each or sku.max_quantity_entry <= 0:
        return stop(
            VerdictCode.CASE_NOT_ALLOWED, f"{sku.code} must be scanned unit by unit.", None, **params, variant="typed"
        )
    if quantity > sku.max_quantity_entry:
        return stop(
            VerdictCode.CASE_NOT_ALLOWED,
            f"At most {sku.max_quantity_entry} units of {sku.code} may be typed at once.",
            None,
            **params,
            variant="limit",
        )
    if quantity > line.remaining:
        return Verdict(
            VerdictCode.OVER_SCAN,
            Severity.STOP,
            f"Line {line.line_no} needs only {line.remaining} more.",
            ErrorType.OVER_SCAN,
            line.line_id,
            params={**params, "remaining": line.remaining, "variant": "typed"},
        )
    done = line.scanned + quantity
    return Verdict(
        VerdictCode.ACCEPTED,
        Severity.OK,
        f"{sku.code} {done} of {line.ordered} (+{quantity})",
        line_id=line.line_id,
        units=quantity,
        params={**params, "scanned": done, "units": quantity},
    )


def judge_code_in_set(code: str, expected: frozenset[str], done: frozenset[str], *, what: str) -> Verdict:
    """A slip or label scan: one of ours (verified), already scanned (attention), or another order's (stop)."""
    if what == "slip":
        ok, wrong, error = VerdictCode.SLIP_VERIFIED, VerdictCode.WRONG_SLIP, ErrorType.SLIP_VERIFICATION
    else:
        ok, wrong, error = VerdictCode.LABEL_VERIFIED, VerdictCode.WRONG_LABEL, ErrorType.LABEL_VERIFICATION
    if code in expected:
        left = len(expected - done - {code})
        if code in done:
            return Verdict(
                ok,
                Severity.ATTENTION,
                f"This {what} was already scanned; {left} to go.",
                params={"code": code, "left": left, "again": True, "variant": "again"},
            )
        return Verdict(
            ok,
            Severity.OK,
            f"{what.capitalize()} OK" + (f"; {left} to go." if left else "."),
            params={"code": code, "left": left, **({"variant": "more"} if left else {})},
        )
    return Verdict(
        wrong,
        Severity.STOP,
        f"This {what} ({code}) does not belong to this order. Take it out and use this order's {what}.",
        error,
        params={"code": code},
    )
