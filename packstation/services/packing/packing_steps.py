"""The steps after the items: QC results, the weight, lead overrides, the box, slips and labels.

Each function works inside the caller's transaction: it writes the journal row together with the change and returns
a verdict value. Other engineers' code (cartonization, marketing slips, labels) reaches these through PackingService.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from packstation.domain import qc
from packstation.domain.barcodes import Scan
from packstation.domain.errors import DomainError
from packstation.domain.packing import blockers, check_action
from packstation.domain.verdicts import Verdict, judge_code_in_set, stop
from packstation.domain.vocabulary import ErrorType, EventKind, Severity, VerdictCode
from packstation.services.journal import Actor, record, verdict_detail
from packstation.services.packing.progress import (
    Loaded,
    contents_signature,
    now_date,
    package_to_weigh,
    weight_expectation,
)
from packstation.store.models.catalog import Box
from packstation.store.models.customers import CustomerIncident
from packstation.store.models.marketing import Slip
from packstation.store.models.packing import Event, PackedUnit, QcResult, ShippedSerial
from packstation.store.models.people import User
from packstation.store.models.shipping import Label, Package
from packstation.store.print_jobs import label_has_printed
from packstation.store.queries.packing import box_by_code

QC_ERRORS = {
    "damage": ErrorType.QC_DAMAGE,
    "expiry": ErrorType.QC_EXPIRY,
    "serial": ErrorType.QC_SERIAL,
    "lot": ErrorType.QC_LOT,
    "weight": ErrorType.WEIGHT_MISMATCH,
    "fragile": ErrorType.QC_FRAGILE,
    "hazmat": ErrorType.QC_HAZMAT,
    "gift": ErrorType.QC_GIFT,
}


def _ok(code: VerdictCode, message: str, **params: Any) -> Verdict:
    return Verdict(code, Severity.OK, message, params=params)


def delete_unit(db: Session, loaded: Loaded, unit: PackedUnit) -> None:
    """Take a whole packed-unit row out of the box (an undo), freeing its serial for another unit."""
    if unit.serial:
        sku_id = loaded.line(unit.order_line_id).sku_id
        for row in db.scalars(
            select(ShippedSerial).where(ShippedSerial.sku_id == sku_id, ShippedSerial.serial == unit.serial)
        ):
            db.delete(row)
    db.delete(unit)
    db.flush()


def remove_one(db: Session, loaded: Loaded, line_id: int) -> PackedUnit | None:
    """Take the newest unit of a line out of the box (a case row loses one unit); its serial is freed."""
    unit = db.scalars(
        select(PackedUnit)
        .where(PackedUnit.session_id == loaded.session.id, PackedUnit.order_line_id == line_id)
        .order_by(PackedUnit.id.desc())
    ).first()
    if unit is None:
        return None
    if unit.serial:
        sku_id = loaded.line(line_id).sku_id
        for row in db.scalars(
            select(ShippedSerial).where(ShippedSerial.sku_id == sku_id, ShippedSerial.serial == unit.serial)
        ):
            db.delete(row)
    if unit.quantity > 1:
        unit.quantity -= 1
    else:
        db.delete(unit)
    db.flush()
    return unit


def _qc_row(
    db: Session,
    loaded: Loaded,
    event: Event,
    check: str,
    line_id: int | None,
    passed: bool,
    value: str,
    detail: dict[str, Any],
    overridden: bool = False,
) -> None:
    db.add(
        QcResult(
            session_id=loaded.session.id,
            order_line_id=line_id,
            check=check,
            passed=passed,
            overridden=overridden,
            value=value[:200],
            detail=detail,
            event_id=event.id,
            at=event.at,
        )
    )


@dataclass(frozen=True)
class _Finding:
    """Why a check the packer passed does not hold: the words, and their values for the screen (`variant` names
    the shape of the words)."""

    message: str
    problem: dict[str, Any]


def record_qc(
    db: Session,
    loaded: Loaded,
    actor: Actor,
    check: str,
    passed: bool,
    line_id: int | None,
    value: str,
    detail: dict[str, Any] | None,
) -> Verdict:
    """One QC result. A damaged unit leaves the box (scan a replacement); captures fill in serial/lot/expiry."""
    _check_qc_request(loaded, check, line_id)
    line = loaded.line(line_id) if line_id is not None else None
    sku = loaded.skus[line.sku_id] if line else None
    detail = dict(detail or {})
    value = (value or "").strip()
    if passed and check == "serial" and line is not None and sku is not None:
        return _capture_serial(db, loaded, actor, line.id, value, detail)
    finding = _finding(db, loaded, check, line, sku, value, now_date(actor.now)) if passed else None
    if passed and finding is not None and check in ("lot", "expiry"):
        passed = False  # the lot or date the packer confirmed is the wrong one: the check fails
    if not passed and check == "damage" and line is not None:
        detail["removed_unit"] = remove_one(db, loaded, line.id) is not None
    verdict = _qc_verdict(check, passed, sku, finding)
    event = record(
        db,
        actor,
        EventKind.QC,
        check,
        session=loaded.session,
        error_type=_qc_error(check, passed),
        sku_id=sku.sku_id if sku else None,
        line_id=line_id,
        raw=value or None,
        detail={**detail, "passed": passed, "verdict": verdict_detail(verdict)},
    )
    _qc_row(db, loaded, event, check, line_id, passed, value, detail)
    return verdict


def _check_qc_request(loaded: Loaded, check: str, line_id: int | None) -> None:
    """A QC result is taken now, for a check that exists, with its line when the check is done per line."""
    check_action(loaded.session.state, "qc")
    if check not in qc.CHECKS:
        raise DomainError("no_such_check", f"Unknown QC check {check!r}; known: {', '.join(qc.CHECKS)}.", check=check)
    if check in qc.LINE_CHECKS and line_id is None:
        raise DomainError("line_required", f"The {check} check is done per line: say which line.", check=check)


def _finding(
    db: Session, loaded: Loaded, check: str, line: Any, sku: Any, value: str, today: dt.date
) -> _Finding | None:
    """What is wrong with a check the packer passed (None: nothing); a good lot or date is kept on the units."""
    if check == "lot" and line is not None:
        return _lot_finding(db, loaded, line, value)
    if check == "expiry" and value and line is not None and sku is not None:
        return _expiry_finding(db, loaded, line, sku, value, today)
    if check == "hazmat":
        return _hazmat_finding(loaded)
    return None


def _lot_finding(db: Session, loaded: Loaded, line: Any, value: str) -> _Finding | None:
    """The lot the line needs, or the typed lot written onto the line's packed units that have none yet."""
    if line.lot_required and value != line.lot_required:
        return _Finding(
            f"Lot {value or 'none'} is not the lot {line.lot_required} this line needs.",
            {"variant": "lot", "lot": value or "none", "lot_required": line.lot_required},
        )
    if value:
        for unit in _units_without(db, loaded, line.id, PackedUnit.lot):
            unit.lot = value[:40]
    return None


def _expiry_finding(db: Session, loaded: Loaded, line: Any, sku: Any, value: str, today: dt.date) -> _Finding | None:
    """An expired date, or too few days left for the SKU; a good date is written onto the line's packed units."""
    try:
        expiry = dt.date.fromisoformat(value)
    except ValueError:
        raise DomainError("bad_date", f"{value!r} is not a date (YYYY-MM-DD).", value=value) from None
    days = (expiry - today).days
    if days < 0 or (sku.min_shelf_life_days and days < sku.min_shelf_life_days):
        return _Finding(
            f"{sku.code} expires {expiry.isoformat()} ({days} days left; needs {sku.min_shelf_life_days}).",
            {"variant": "expiry", "expiry": expiry.isoformat(), "days_left": days, "min_days": sku.min_shelf_life_days},
        )
    for unit in _units_without(db, loaded, line.id, PackedUnit.expiry):
        unit.expiry = expiry
    return None


def _hazmat_finding(loaded: Loaded) -> _Finding | None:
    """Hazardous goods the carrier's service cannot take: the check passes, but a lead must override."""
    spec = next((s for s in loaded.specs if s.check == "hazmat" and s.blocked), None)
    if spec is None:
        return None
    return _Finding(
        spec.blocked,
        {
            "variant": "blocked",
            "hazmat_class": spec.params.get("hazmat_class", ""),
            "service": spec.params.get("service", ""),
        },
    )


def _units_without(db: Session, loaded: Loaded, line_id: int, column: Any) -> Any:
    """This session's packed units of a line whose `column` (lot, expiry) is not filled in yet."""
    return db.scalars(
        select(PackedUnit).where(
            PackedUnit.order_line_id == line_id, PackedUnit.session_id == loaded.session.id, column.is_(None)
        )
    )


def _qc_error(check: str, passed: bool) -> ErrorType | None:
    return None if passed else QC_ERRORS[check]


def _qc_verdict(check: str, passed: bool, sku: Any, finding: _Finding | None) -> Verdict:
    """The verdict of a QC result: OK, OK-but-a-lead-must-override (a finding on a passed check), or a stop."""
    subject = f"{sku.code} " if sku else ""
    # Order checks (no line) have no SKU: their words say so by the "order" variant.
    about = {"check": check, "sku": sku.code} if sku else {"check": check, "variant": "order"}
    message, problem = (finding.message, finding.problem) if finding else ("", {})
    if passed and finding is None:
        return _ok(VerdictCode.QC_PASSED, f"{subject}{check} check OK.", **about)
    if passed:
        return Verdict(
            VerdictCode.QC_PASSED,
            Severity.ATTENTION,
            f"Confirmed, but {message}; a lead must override.",
            params={**about, "reason": message, **problem},
        )
    text = message or (
        f"{subject}marked damaged: take it out and scan a replacement."
        if check == "damage"
        else f"{subject}{check} check failed."
    )
    shape = problem or ({"variant": "damage"} if check == "damage" and sku else {})
    return stop(VerdictCode.QC_FAILED, text, _qc_error(check, passed), **{**about, "reason": message, **shape})


def _capture_serial(
    db: Session, loaded: Loaded, actor: Actor, line_id: int, serial: str, detail: dict[str, Any]
) -> Verdict:
    line = loaded.line(line_id)
    sku = loaded.skus[line.sku_id]
    if not serial:
        raise DomainError("serial_missing", "Scan or type the serial number.")
    dup = db.scalars(
        select(ShippedSerial).where(ShippedSerial.sku_id == sku.sku_id, ShippedSerial.serial == serial)
    ).first()
    unit = db.scalars(
        select(PackedUnit)
        .where(
            PackedUnit.order_line_id == line_id, PackedUnit.session_id == loaded.session.id, PackedUnit.serial.is_(None)
        )
        .order_by(PackedUnit.id)
    ).first()
    if dup is not None:
        verdict = stop(
            VerdictCode.DUPLICATE_SERIAL,
            f"Serial {serial} of {sku.code} has already been packed.",
            ErrorType.DUPLICATE_SERIAL,
            serial=serial,
            sku=sku.code,
        )
        record(
            db,
            actor,
            EventKind.QC,
            "serial",
            session=loaded.session,
            error_type=ErrorType.DUPLICATE_SERIAL,
            sku_id=sku.sku_id,
            line_id=line_id,
            raw=serial,
            detail={"verdict": verdict_detail(verdict)},
        )
        return verdict
    if unit is None:
        raise DomainError(
            "nothing_to_capture", f"Every packed unit of {sku.code} already has its serial.", sku=sku.code
        )
    if unit.quantity > 1:
        unit.quantity -= 1
        unit = PackedUnit(
            session_id=unit.session_id,
            order_line_id=line_id,
            event_id=unit.event_id,
            quantity=1,
            lot=unit.lot,
            expiry=unit.expiry,
        )
        db.add(unit)
    unit.serial = serial[:60]
    db.add(
        ShippedSerial(
            sku_id=sku.sku_id, serial=serial[:60], order_id=loaded.order.id, session_id=loaded.session.id, at=actor.now
        )
    )
    db.flush()
    left = (
        db.scalar(
            select(PackedUnit.id)
            .where(
                PackedUnit.order_line_id == line_id,
                PackedUnit.session_id == loaded.session.id,
                PackedUnit.serial.is_(None),
            )
            .limit(1)
        )
        is not None
    )
    verdict = _ok(
        VerdictCode.QC_PASSED,
        f"Serial {serial} captured" + ("; next unit." if left else "."),
        check="serial",
        serial=serial,
        complete=not left,
        sku=sku.code,
        variant="serial_next" if left else "serial_done",
    )
    event = record(
        db,
        actor,
        EventKind.QC,
        "serial",
        session=loaded.session,
        sku_id=sku.sku_id,
        line_id=line_id,
        raw=serial,
        detail={**detail, "verdict": verdict_detail(verdict)},
    )
    event.serial = serial[:60]
    if not left:
        _qc_row(db, loaded, event, "serial", line_id, True, serial, detail)
    return verdict


def record_weight(db: Session, loaded: Loaded, actor: Actor, grams: int, source: str) -> Verdict:
    """The closed box on the scale against its expectation; the package row keeps the reading."""
    check_action(loaded.session.state, "weight")
    if grams <= 0:
        raise DomainError("bad_weight", f"{grams} g is not a weight; put the box on the scale.", grams=grams)
    # Each box is weighed against its own expectation (its units, cushioning, its own tare), one after another.
    package, count = package_to_weigh(db, loaded)
    exp = weight_expectation(db, loaded, package)
    passed = exp.accepts(grams)
    params = {
        "grams": grams,
        "expected_g": exp.expected_g,
        "tolerance_g": exp.tolerance_g,
        "deviation_g": grams - exp.expected_g,
        "source": exp.source,
        "samples": exp.samples,
        "check": "weight",
        "package_no": package.package_no if package is not None else 1,
        "packages": max(count, 1),
    }
    if package is not None:
        package.measured_weight_g = grams
        package.expected_weight_g = exp.expected_g
        db.flush()
    more = None
    if passed and package is not None:
        more, _count = package_to_weigh(db, loaded)
        if (
            more is package
            or more is None
            or (
                more.measured_weight_g is not None
                and weight_expectation(db, loaded, more).accepts(more.measured_weight_g)
            )
        ):
            more = None
    if passed and more is not None and package is not None:  # this box is right; the next box goes on the scale
        verdict = _ok(
            VerdictCode.WEIGHT_OK,
            f"Box {package.package_no} of {count}: {grams} g OK (expected "
            f"{exp.expected_g} ± {exp.tolerance_g} g). Now weigh box {more.package_no}.",
            **params,
            next_package=more.package_no,
            variant="next_box",
        )
        record(
            db,
            actor,
            EventKind.QC,
            "weight",
            session=loaded.session,
            quantity=grams,
            detail={
                "source": source,
                "passed": True,
                "package_no": package.package_no,
                "verdict": verdict_detail(verdict),
            },
        )
        return verdict
    if passed:
        verdict = _ok(
            VerdictCode.WEIGHT_OK, f"Weight {grams} g OK (expected {exp.expected_g} ± {exp.tolerance_g} g).", **params
        )
    else:
        verdict = stop(
            VerdictCode.WEIGHT_MISMATCH,
            f"The box weighs {grams} g but should weigh {exp.expected_g} ± {exp.tolerance_g} g. "
            "Check for a missing or extra item.",
            ErrorType.WEIGHT_MISMATCH,
            **params,
        )
    event = record(
        db,
        actor,
        EventKind.QC,
        "weight",
        session=loaded.session,
        error_type=None if passed else ErrorType.WEIGHT_MISMATCH,
        quantity=grams,
        detail={"source": source, "passed": passed, "verdict": verdict_detail(verdict)},
    )
    _qc_row(db, loaded, event, "weight", None, passed, str(grams), {"source": source, **params})
    return verdict


def override(db: Session, loaded: Loaded, actor: Actor, blocker: str, lead: User, reason: str) -> Verdict:
    """A lead clears one blocker; the journal keeps who, why and what it covered."""
    check_action(loaded.session.state, "override")
    keys = [b.key for b in blockers(loaded.facts) if b.key]
    specs = [s for s in loaded.facts.qc_failed + loaded.facts.qc_pending if blocker in (s.key, s.check)]
    if blocker not in keys and not specs:
        raise DomainError(
            "no_such_blocker",
            f"Nothing to override called {blocker!r}; open: {', '.join(keys) or 'none'}.",
            blocker=blocker,
            open=keys,
        )
    error = {
        "short_ship": ErrorType.SHORT_SHIP,
        "slips": ErrorType.SLIP_VERIFICATION,
        "labels": ErrorType.LABEL_VERIFICATION,
    }.get(blocker, ErrorType.OVERRIDE)
    detail: dict[str, Any] = {"reason": reason, "lead": lead.name}
    if blocker == "short_ship":
        detail["missing"] = {str(line.line_id): line.remaining for line in loaded.line_states if line.remaining}
        db.add(
            CustomerIncident(
                customer_id=loaded.order.customer_id,
                order_id=loaded.order.id,
                kind="short_shipped",
                at=actor.now,
                note=reason[:500],
            )
        )
    verdict = Verdict(
        VerdictCode.OVERRIDDEN,
        Severity.ATTENTION,
        f"{lead.name} approved: {reason}",
        params={"blocker": blocker, "lead": lead.name, "reason": reason},
    )
    event = record(
        db,
        actor,
        EventKind.OVERRIDE,
        blocker,
        session=loaded.session,
        error_type=error,
        approver_id=lead.id,
        raw=reason,
        detail={**detail, "verdict": verdict_detail(verdict)},
    )
    for spec in specs:
        _qc_row(db, loaded, event, spec.check, spec.line_id, False, reason, detail, overridden=True)
    return verdict


def find_box(db: Session, code: str) -> Box | None:
    return box_by_code(db, code)


def confirm_box(
    db: Session, loaded: Loaded, actor: Actor, code: str, scan: Scan | None = None, key: str | None = None
) -> Verdict:
    """The box the packer took: the plan's next box (confirmed) or another (a deviation, counted)."""
    check_action(loaded.session.state, "box")
    box = find_box(db, code)
    if box is None:
        verdict = stop(
            VerdictCode.UNKNOWN_BARCODE,
            f"{code} is not a box we know. Scan the barcode on the box.",
            ErrorType.UNKNOWN_BARCODE,
            barcode=code,
            variant="box",
        )
        record(
            db,
            actor,
            EventKind.BOX,
            verdict.code,
            session=loaded.session,
            error_type=ErrorType.UNKNOWN_BARCODE,
            key=key,
            scan=scan,
            raw=code,
            detail={"verdict": verdict_detail(verdict)},
        )
        return verdict
    plan = loaded.session.plan or {}
    plan_boxes = list(plan.get("boxes") or plan.get("packages") or [])
    confirmed = len(loaded.boxes_confirmed)
    replaces = confirmed >= max(1, len(plan_boxes))
    index = confirmed - 1 if replaces else confirmed
    planned_entry = plan_boxes[index] if index < len(plan_boxes) else None
    planned = str(planned_entry.get("box", "")) if isinstance(planned_entry, dict) else None
    planned_box = find_box(db, planned) if planned else None
    params = {"box": box.code, "planned": planned, "package_no": index + 1}
    deviation: dict[str, Any] | None = None
    refused = _box_refused(db, loaded, box, planned, params, plan_boxes)
    if refused is not None:
        record(
            db,
            actor,
            EventKind.BOX,
            refused.code,
            session=loaded.session,
            error_type=refused.error_type,
            key=key,
            scan=scan,
            raw=code,
            detail={**params, "verdict": verdict_detail(refused)},
        )
        return refused
    if planned is None or (planned_box is not None and planned_box.id == box.id) or planned == box.code:
        verdict = _ok(VerdictCode.BOX_CONFIRMED, f"Box {box.code} OK.", **params)
    else:
        # Another box: re-check the planned contents in it (fit, weight) and price the difference.
        from packstation.services.packing.box_plan import check_box_override

        check = check_box_override(db, loaded.order, plan, index + 1, box)
        if check is not None and not (check.fits and check.weight_ok):
            verdict = stop(
                VerdictCode.BOX_DOES_NOT_FIT,
                f"Box {box.code} cannot take package {index + 1}: "
                f"{'; '.join(check.reasons)}. Take the planned {planned} or a box that fits.",
                ErrorType.BOX_OVERRIDE,
                **params,
                reasons=list(check.reasons),
                **({} if check.weight_ok else {"variant": "too_heavy"}),
            )
            record(
                db,
                actor,
                EventKind.BOX,
                verdict.code,
                session=loaded.session,
                error_type=verdict.error_type,
                key=key,
                scan=scan,
                raw=code,
                detail={**params, "deviation": check.deviation(), "verdict": verdict_detail(verdict)},
            )
            return verdict
        extra = ""
        if check is not None:
            deviation = check.deviation()
            params["extra_cost"] = deviation["extra_cost"]
            params["difference"] = f"{check.extra_cost:+.2f}"  # the screen's words show it to the cent
            params["variant"] = "cost"
            extra = f" ({'+' if check.extra_cost >= 0 else ''}{check.extra_cost} against the plan)"
        verdict = Verdict(
            VerdictCode.BOX_OVERRIDDEN,
            Severity.ATTENTION,
            f"Box {box.code} instead of the planned {planned}: noted as a deviation{extra}.",
            ErrorType.BOX_OVERRIDE,
            params=params,
        )
    detail = {**params, "replaces": replaces, "verdict": verdict_detail(verdict)}
    if deviation is not None:
        detail["deviation"] = deviation
    record(
        db,
        actor,
        EventKind.BOX,
        verdict.code,
        session=loaded.session,
        error_type=verdict.error_type,
        key=key,
        scan=scan,
        raw=code,
        detail=detail,
    )
    package = db.scalars(
        select(Package).where(Package.order_id == loaded.order.id, Package.package_no == index + 1)
    ).first()
    if package is None:
        package = Package(order_id=loaded.order.id, package_no=index + 1, created_at=actor.now)
        db.add(package)
    package.session_id = loaded.session.id
    package.box_id = box.id
    package.planned_box_id = planned_box.id if planned_box else box.id
    package.length_mm, package.width_mm = box.outer_length_mm, box.outer_width_mm
    package.height_mm, package.box_cost = box.outer_height_mm, box.cost
    if len(plan_boxes) <= 1:
        package.contents_signature = contents_signature(loaded)
    if isinstance(planned_entry, dict) and isinstance(planned_entry.get("cushioning"), dict):
        package.cushioning = dict(planned_entry["cushioning"])
    db.flush()
    # what this box should weigh (its units, cushioning, its tare): the label prints it until the scale reads it
    package.expected_weight_g = weight_expectation(db, loaded, package).expected_g
    db.flush()
    return verdict


def _box_refused(
    db: Session, loaded: Loaded, box: Box, planned: str | None, params: dict[str, Any], plan_boxes: list[Any]
) -> Verdict | None:
    """A box that cannot be used whatever the plan says: another merchant's box, or (with no plan to re-check
    against) one that does not take the order's units or their weight. None: go on with the plan's checks."""
    if box.merchant_id is not None and box.merchant_id != loaded.order.merchant_id:
        return stop(
            VerdictCode.BOX_DOES_NOT_FIT,
            f"Box {box.code} belongs to another merchant. Take a box of this order's merchant.",
            ErrorType.BOX_OVERRIDE,
            **params,
            variant="merchant",
            reasons=["another merchant's box"],
        )
    if plan_boxes:
        return None
    from packstation.services.packing.box_plan import check_box_unplanned

    check = check_box_unplanned(db, loaded.order, box)
    if check is None or (check.fits and check.weight_ok):
        return None
    return stop(
        VerdictCode.BOX_DOES_NOT_FIT,
        f"Box {box.code} cannot take this order: {'; '.join(check.reasons)}. Take a box that fits.",
        ErrorType.BOX_OVERRIDE,
        **params,
        reasons=list(check.reasons),
        variant="unplanned" if check.weight_ok else "unplanned_heavy",
    )


def register_codes(db: Session, loaded: Loaded, actor: Actor, what: str, codes: list[str]) -> None:
    """Slips printed for the order (`what`="slips") or labels printed for its packages (`what`="labels")."""
    check_action(loaded.session.state, "plan")
    clean = [c.strip() for c in codes if c and c.strip()]
    kind, code = (EventKind.SLIP, "slips_registered") if what == "slips" else (EventKind.PRINT, "labels_registered")
    record(db, actor, kind, code, session=loaded.session, quantity=len(clean), detail={"codes": clean})


def verify_code(db: Session, loaded: Loaded, actor: Actor, scan: Scan, what: str, key: str) -> Verdict:
    """A slip scanned into the box, or a label scanned on it, checked against this order's."""
    facts = loaded.facts
    text = scan.text
    if what == "slip":
        verdict = judge_code_in_set(text, facts.slips_expected, facts.slips_scanned, what="slip")
        kind = EventKind.SLIP
        if verdict.code == VerdictCode.SLIP_VERIFIED:  # the slips table says so too, not only the journal
            db.execute(
                update(Slip)
                .where(Slip.slip_code == text, Slip.order_id == loaded.order.id, Slip.status == "printed")
                .values(status="verified", verified_at=actor.now)
            )
    else:
        text = loaded.label_aliases.get(scan.sscc or "", loaded.label_aliases.get(text, text))
        verdict = judge_code_in_set(text, facts.labels_expected, facts.labels_verified, what="label")
        kind = EventKind.VERIFY
        if verdict.code == VerdictCode.LABEL_VERIFIED:
            labels = list(
                db.scalars(select(Label).where(Label.tracking_number == text, Label.status.in_(("issued", "printed"))))
            )
            if all(label_has_printed(db, label, actor.now) for label in labels):
                for label in labels:
                    label.status, label.verified_at = "verified", actor.now
            else:  # typed in, or a jammed print's remains: the box has no good label yet, and a retry may print one
                verdict = stop(
                    VerdictCode.LABEL_NOT_PRINTED,
                    "This label has not printed. Clear the printer, reprint it (F7) and scan the new one.",
                    ErrorType.LABEL_VERIFICATION,
                    label=text,
                )
    record(
        db,
        actor,
        kind,
        verdict.code,
        session=loaded.session,
        error_type=verdict.error_type,
        key=key,
        scan=scan,
        detail={"code": text, "verdict": verdict_detail(verdict)},
    )
    return verdict
