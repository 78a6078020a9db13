"""Units in and out of the box besides scans: undo the last scan, remove a unit with a reason, typed quantities.

Each function runs inside PackingService's transaction and journals what it did next to the change.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from packstation.domain.errors import DomainError
from packstation.domain.packing import check_action
from packstation.domain.verdicts import Verdict, judge_quantity
from packstation.domain.vocabulary import EventKind, Severity, VerdictCode
from packstation.services.journal import Actor, record, verdict_detail
from packstation.services.packing import packing_steps as steps
from packstation.services.packing.progress import Loaded
from packstation.store.models.packing import PackedUnit


def undo_last(db: Session, loaded: Loaded, actor: Actor) -> Verdict:
    """The newest packed row (all units of that scan) leaves the box; its serial is freed."""
    check_action(loaded.session.state, "undo")
    unit = db.scalars(
        select(PackedUnit).where(PackedUnit.session_id == loaded.session.id).order_by(PackedUnit.id.desc())
    ).first()
    if unit is None:
        verdict = Verdict(VerdictCode.NOTHING_TO_UNDO, Severity.ATTENTION, "Nothing to undo.")
        record(
            db, actor, EventKind.UNDO, verdict.code, session=loaded.session, detail={"verdict": verdict_detail(verdict)}
        )
        return verdict
    line = loaded.line(unit.order_line_id)
    sku = loaded.skus[line.sku_id]
    count, undone = unit.quantity, unit.event_id
    steps.delete_unit(db, loaded, unit)
    verdict = Verdict(
        VerdictCode.UNDONE,
        Severity.ATTENTION,
        f"Undone: {count} x {sku.code} out of the box.",
        line_id=line.id,
        params={"sku": sku.code, "units": count, "undone_event_id": undone},
    )
    record(
        db,
        actor,
        EventKind.UNDO,
        verdict.code,
        session=loaded.session,
        sku_id=sku.sku_id,
        line_id=line.id,
        quantity=count,
        detail={"undone_event_id": undone, "verdict": verdict_detail(verdict)},
    )
    return verdict


def remove_unit(db: Session, loaded: Loaded, actor: Actor, line_id: int, reason: str) -> Verdict:
    """One unit of a line leaves the box, with the packer's reason."""
    check_action(loaded.session.state, "remove")
    line = loaded.line(line_id)
    sku = loaded.skus[line.sku_id]
    if steps.remove_one(db, loaded, line_id) is None:
        raise DomainError("nothing_to_remove", f"No unit of {sku.code} is in the box.", sku=sku.code)
    verdict = Verdict(
        VerdictCode.UNIT_REMOVED,
        Severity.ATTENTION,
        f"1 x {sku.code} removed: {reason}",
        line_id=line_id,
        params={"sku": sku.code, "reason": reason},
    )
    record(
        db,
        actor,
        EventKind.REMOVE,
        verdict.code,
        session=loaded.session,
        sku_id=sku.sku_id,
        line_id=line_id,
        quantity=1,
        raw=reason,
        detail={"reason": reason, "verdict": verdict_detail(verdict)},
    )
    return verdict


def enter_quantity(db: Session, loaded: Loaded, actor: Actor, line_id: int, quantity: int) -> Verdict:
    """A typed quantity, judged like a scan (limit per SKU) and journaled as one row."""
    check_action(loaded.session.state, "quantity")
    line = loaded.line(line_id)
    state = next(s for s in loaded.line_states if s.line_id == line_id)
    sku = loaded.skus[line.sku_id]
    verdict = judge_quantity(state, sku, quantity)
    event = record(
        db,
        actor,
        EventKind.QUANTITY,
        verdict.code,
        session=loaded.session,
        error_type=verdict.error_type,
        sku_id=sku.sku_id,
        line_id=line_id,
        quantity=verdict.units,
        raw=str(quantity),
        detail={"verdict": verdict_detail(verdict)},
    )
    if verdict.accepted:
        db.add(
            PackedUnit(session_id=loaded.session.id, order_line_id=line_id, event_id=event.id, quantity=verdict.units)
        )
        db.flush()
    return verdict
