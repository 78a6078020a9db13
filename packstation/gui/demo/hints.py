"""Step hints for trainees (switched off for an exam): plain sentences from the session in hand."""

from __future__ import annotations

from typing import Any

from packstation.gui.messages import tr


def step_hints(session: Any, extra: tuple[str, ...] = (), *, printer_jammed: bool = False) -> list[str]:
    """What to do next, from a SessionView (None: nothing claimed yet)."""
    if session is None:
        return [tr("Click a pick ticket to claim its order."), *extra]
    state = session.state.value
    hints: list[str] = list(extra)
    if printer_jammed:
        hints.append(tr("The label printer jammed: click \u201cOpen the printer and clear the jam\u201d, "
                        "then press F7 to reprint the label."))
    if state == "scanning":
        hints.append(tr("Scan the items in the tote, one by one. Anything the station refuses: set it aside."))
        hints += [tr("{sku} is fragile: wrap it.", sku=line.sku_code) for line in session.lines if line.fragile]
        if any(line.needs_serial for line in session.lines):
            hints.append(tr("A serialised item needs its serial sticker; no sticker means it cannot ship."))
    elif state == "qc":
        hints.append(tr("Answer the check on the screen honestly: a damaged unit fails."))
    elif state == "box":
        boxes = [str(b.get("box")) for b in (session.plan or {}).get("boxes", [])]
        if boxes:
            hints.append(tr("Take box {boxes} and scan it; then weigh it.", boxes=", ".join(boxes)))
        else:
            hints.append(tr("Take the planned box and scan it; then weigh it."))
    elif state == "slips":
        hints.append(tr("Put the printed slip in the box and scan it."))
    elif state in ("label", "verify") and not printer_jammed:
        hints.append(tr("Stick the label on the box and scan it. A jam: clear it, then press F7 to reprint."))
    if session.can_close:
        hints.append(tr("Everything is done: close the order."))
    if state == "scanning" and session.units_scanned < session.units_ordered and session.active_line is None:
        hints.append(tr("Units missing from the tote? Send the order to the lead; never ship it short."))
    return hints
