"""Step hints for trainees (switched off for an exam): plain sentences from the session in hand."""

from __future__ import annotations

from typing import Any


def step_hints(session: Any, extra: tuple[str, ...] = ()) -> list[str]:
    """What to do next, from a SessionView (None: nothing claimed yet)."""
    if session is None:
        return ["Click a pick ticket to claim its order.", *extra]
    state = session.state.value
    hints: list[str] = list(extra)
    if state == "scanning":
        hints.append("Scan the items in the tote, one by one. Anything the station refuses: set it aside.")
        hints += [f"{line.sku_code} is fragile: wrap it." for line in session.lines if line.fragile]
        if any(line.needs_serial for line in session.lines):
            hints.append("A serialised item needs its serial sticker; no sticker means it cannot ship.")
    elif state == "qc":
        hints.append("Answer the check on the screen honestly: a damaged unit fails.")
    elif state == "box":
        boxes = [b.get("box") for b in (session.plan or {}).get("boxes", [])]
        hints.append(f"Take box {', '.join(map(str, boxes)) or 'the planned box'} and scan it; then weigh it.")
    elif state == "slips":
        hints.append("Put the printed slip in the box and scan it.")
    elif state in ("label", "verify"):
        hints.append("Stick the label on the box and scan it. A jam: press Reprint.")
    if session.can_close:
        hints.append("Everything is done: close the order.")
    if state == "scanning" and session.units_scanned < session.units_ordered and session.active_line is None:
        hints.append("Units missing from the tote? Send the order to the lead; never ship it short.")
    return hints
