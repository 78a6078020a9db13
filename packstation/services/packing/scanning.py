"""The scan path: resolve a scan against the catalogue, route it by step, judge it, store the unit.

Kept lean because it runs on the GUI thread for every scan: a few indexed queries, no per-unit loops.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from packstation.domain.barcodes import Scan, ScanKind
from packstation.domain.commands import command_for_barcode
from packstation.domain.verdicts import BarcodeMatch, ScanContext, Verdict, judge_item_scan, stop
from packstation.domain.vocabulary import ErrorType, EventKind, SessionState, Severity, VerdictCode
from packstation.services.journal import Actor, append, record, verdict_detail
from packstation.services.packing import packing_steps as steps
from packstation.services.packing.progress import Loaded, OrderStatic, now_date, sku_facts
from packstation.store.queries import packing as packing_queries


def lookup(db: Session, scan: Scan, merchant_id: int, static: OrderStatic | None = None) -> BarcodeMatch | None:
    """The catalogue barcode the scan resolves to (normalised GTIN first, then the code as printed), or the SKU
    whose own code was scanned (the merchant's SKUs only).

    With `static` (the order in hand), a best-first code that is one of the order's own barcodes is answered from
    memory: codes are unique, so no other SKU can own it. Anything else asks the catalogue.
    """
    codes = scan.lookup_codes
    if not codes:
        return None
    if static is not None:
        known = static.barcodes.get(codes[0])
        if known is not None:
            sku_id, kind, quantity = known
            return BarcodeMatch(static.skus[sku_id], kind, quantity)
    found = packing_queries.catalogue_barcodes(db, codes)
    for code in codes:
        if code in found:
            barcode, sku = found[code]
            return BarcodeMatch(sku_facts(sku), barcode.kind, max(1, barcode.quantity))
    if scan.sku_code:
        by_code = packing_queries.merchant_sku(db, merchant_id, scan.sku_code)
        if by_code is not None:
            return BarcodeMatch(sku_facts(by_code), "sku", 1)
    return None


def classify(db: Session, scan: Scan) -> str | None:
    """What a non-item code is, if we know it: box, order, tote, badge, slip, label or sscc."""
    if scan.kind == ScanKind.SSCC:
        return "sscc"
    code = scan.text
    if not code:
        return None
    return packing_queries.what_code_names(db, code)


def scan_item(db: Session, loaded: Loaded, actor: Actor, scan: Scan, key: str, too_fast: bool) -> Verdict:
    """Judge a scan where an item was expected; an accepted one puts its units in the box."""
    match = lookup(db, scan, loaded.order.merchant_id, loaded.static)
    non_item = None if match is not None else classify(db, scan)
    serial_seen = False
    if match is not None and scan.serial:
        serial_seen = packing_queries.serial_shipped_before(db, match.sku.sku_id, scan.serial)
    ctx = ScanContext(loaded.line_states, now_date(actor.now), match, non_item, serial_seen, too_fast)
    verdict = judge_item_scan(scan, ctx)
    accepted = verdict.accepted and verdict.line_id is not None and match is not None
    unit = (
        {
            "session_id": loaded.session.id,
            "order_line_id": verdict.line_id,
            "quantity": verdict.units,
            "lot": scan.lot[:40] if scan.lot else None,
            "serial": scan.serial[:60] if scan.serial else None,
            "expiry": scan.expiry or scan.best_before,
            "package_no": None,
        }
        if accepted
        else None
    )
    loaded.item_event = append(
        db,
        actor,
        EventKind.SCAN,
        verdict.code,
        session=loaded.session,
        unit=unit,  # an accepted scan's unit goes in the box with its journal row
        error_type=verdict.error_type,
        key=key,
        scan=scan,
        sku_id=match.sku.sku_id if match else None,
        line_id=verdict.line_id,
        quantity=verdict.units,
        detail={
            "verdict": verdict_detail(verdict),
            "kind": scan.kind,
            "symbology": scan.symbology,
            "pack": match.kind if match else None,
        },
    )
    if accepted and match is not None and verdict.line_id is not None:
        if scan.serial:
            packing_queries.insert_shipped_serial(
                db,
                {
                    "sku_id": match.sku.sku_id,
                    "serial": scan.serial[:60],
                    "order_id": loaded.order.id,
                    "session_id": loaded.session.id,
                    "at": actor.now,
                },
            )
        loaded.item_scan = (
            verdict.line_id,
            verdict.units,
            bool(scan.serial),
            bool(scan.lot),
            bool(scan.expiry or scan.best_before),
        )
    return verdict


def route_scan(db: Session, loaded: Loaded, actor: Actor, scan: Scan, key: str, too_fast: bool) -> Verdict:
    """Send a scan to the check its step calls for: command, slip, label, box or item."""
    if scan.kind == ScanKind.COMMAND and not too_fast and command_for_barcode(scan.text or scan.raw) is None:
        # CMD-<something> no bench knows (a misprint, a newer cheat sheet, a hand-made code): a stop, not a green
        # "command" that did nothing.
        verdict = stop(
            VerdictCode.UNKNOWN_BARCODE,
            f"{scan.text or scan.raw} is not a command this station knows. Use the keys or the printed cheat sheet.",
            ErrorType.UNKNOWN_BARCODE,
            barcode=scan.text or scan.raw,
            variant="command",
        )
        record(
            db,
            actor,
            EventKind.SCAN,
            verdict.code,
            session=loaded.session,
            key=key,
            scan=scan,
            error_type=ErrorType.UNKNOWN_BARCODE,
            detail={"verdict": verdict_detail(verdict)},
        )
        return verdict
    if scan.kind == ScanKind.COMMAND and not too_fast:
        verdict = Verdict(VerdictCode.COMMAND, Severity.OK, f"Command {scan.command}", params={"command": scan.command})
        record(
            db,
            actor,
            EventKind.SCAN,
            verdict.code,
            session=loaded.session,
            key=key,
            scan=scan,
            detail={"verdict": verdict_detail(verdict), "command": scan.command},
        )
        return verdict
    state, facts, text = loaded.state, loaded.facts, scan.text
    if not too_fast and text:
        if text in facts.slips_expected:
            return steps.verify_code(db, loaded, actor, scan, "slip", key)
        label_code = loaded.label_aliases.get(scan.sscc or text, text)
        if label_code in facts.labels_expected:
            return steps.verify_code(db, loaded, actor, scan, "label", key)
        boxed = state in (SessionState.BOX, SessionState.SLIPS, SessionState.LABEL, SessionState.VERIFY)
        if boxed and steps.find_box(db, text) is not None:
            return steps.confirm_box(db, loaded, actor, text, scan, key)
        awaiting = (state == SessionState.SLIPS and facts.slips_registered) or state == SessionState.VERIFY
        if awaiting and lookup(db, scan, loaded.order.merchant_id, loaded.static) is None:
            return steps.verify_code(db, loaded, actor, scan, "slip" if state == SessionState.SLIPS else "label", key)
    return scan_item(db, loaded, actor, scan, key, too_fast)
