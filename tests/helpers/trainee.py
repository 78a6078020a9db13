"""A scripted trainee for tests: packs a training run through StationService, well or badly."""

from __future__ import annotations

from typing import Any

from packstation.services.training.training_orders import BuiltOrder


def pack_order(
    station: Any,
    user_id: int,
    order: BuiltOrder,
    *,
    careful: bool = True,
    training: Any = None,
    scorecard_id: int = 0,
    only_reweigh: bool = False,
) -> Any:
    """Pack one scenario order. Careful: the response each injected error needs (the training bench's actions are
    journaled through `training`); careless: ignore faults. `only_reweigh`: weigh again and again, never look in the
    box (the scale keeps disagreeing: the order ends on the exception shelf)."""
    from packstation.domain.training.scoring import BOX_CHECKED, JAM_CLEARED

    def bench(code: str, found: bool = False) -> None:
        if training is not None:
            training.record_action(scorecard_id, order.ref, code, found=found, user_id=user_id)

    view = station.claim(user_id, order.order_barcode)
    sid = view.session_id
    spares = [i for i in order.items if i.kind == "spare"]
    to_lead = False
    for item in order.items:
        if item.kind == "spare":
            continue
        if item.kind in ("wrong", "expired", "no_serial") and not careful:
            continue  # the careless trainee never scans what looks odd
        verdict, view = station.scan(sid, item.barcode)
        if item.kind == "expired" and spares:
            verdict, view = station.scan(sid, spares.pop(0).barcode)
        if item.kind == "no_serial":
            to_lead = True
        if item.kind == "damaged" and careful:
            line = next(line.line_id for line in view.lines if line.sku_code == item.sku)
            verdict, view = station.record_qc(sid, "damage", False, line_id=line, value="crushed")
            verdict, view = station.replace_damaged(sid, line, spares.pop(0).barcode)
    if "short_pick" in order.events or to_lead or view.active_line is not None:
        if careful or view.active_line is None:
            return station.to_exception(sid, "short: not everything is in the tote")
        verdict, view = station.override(sid, "short_ship", "BADGE-L001", "5050", "ship what we have")
    offset = order.scale_offset_g
    boxed = False
    for _ in range(12):
        if not boxed and view.plan and view.plan.get("boxes") and view.state.value in ("box", "qc"):
            verdict, view = station.scan(sid, view.plan["boxes"][0]["box"])
            boxed = verdict.code.startswith("box_")
            if boxed:
                continue
        pending = [q for q in view.pending_qc if q.check != "weight" or boxed]
        if not pending:
            break
        q = pending[0]
        if q.check == "weight":
            grams = int(q.params["expected_g"])
            if offset:
                verdict, view = station.record_weight(sid, grams + offset)
                if only_reweigh:
                    for _ in range(3):
                        verdict, view = station.record_weight(sid, grams + offset)
                    return station.to_exception(sid, "the scale is wrong")
                if not careful:
                    verdict, view = station.override(sid, "weight", "BADGE-L001", "5050", "scale is off")
                else:
                    bench(BOX_CHECKED, found=True)  # the stray unit found and taken out: the scale agrees now
                offset = 0
                continue
            verdict, view = station.record_weight(sid, grams)
        else:
            verdict, view = station.record_qc(sid, q.check, True, line_id=q.line_id)
    for code in view.slips_expected:
        verdict, view = station.scan(sid, code)
    if order.printer_jams and view.labels_expected:
        if careful:
            bench(JAM_CLEARED)
        view = station.reprint(sid, "printer jammed")
    for code in view.labels_expected:
        verdict, view = station.scan(sid, code)
    return station.close(sid)
