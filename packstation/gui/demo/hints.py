"""Hints for trainees (switched off for an assessment): the next step only, from the session in hand, never the
answer to a planted error (the tote does not name it and neither do the hints). Shown in the TRAINING banner of the
packer's own screen, where the trainee's eyes are. Also the words of the scorecard."""

from __future__ import annotations

from typing import Any

from packstation.gui.messages import N_, tr

ERROR_TYPE_NAMES = {
    "wrong_item": N_("Wrong item in the tote"),
    "damaged_unit": N_("Damaged unit"),
    "short_pick": N_("Short pick"),
    "expired_lot": N_("Expired lot"),
    "missing_serial": N_("Missing serial"),
    "fragile_order": N_("Fragile item"),
    "vip_slip": N_("VIP slip"),
    "printer_jam": N_("Printer jam"),
    "weight_mismatch": N_("Weight mismatch"),
}


def error_type_name(kind: str) -> str:
    return tr(ERROR_TYPE_NAMES[kind]) if kind in ERROR_TYPE_NAMES else kind.replace("_", " ")


def outcome_word(outcome: Any) -> str:
    if outcome.handled:
        return tr("handled right")
    return tr("caught, not handled") if outcome.caught else tr("MISSED")


def note_text(note: str) -> str:
    """What the trainee sees on a unit, in their language."""
    if note.startswith("best before "):
        return tr("best before {date}", date=note.removeprefix("best before "))
    if note == "the box is crushed and the unit rattles":
        return tr("the box is crushed and the unit rattles")
    if note == "no serial-number sticker on the unit":
        return tr("no serial-number sticker on the unit")
    return note


def next_step(session: Any, *, printer_jammed: bool = False, all_done: bool = False) -> str:
    """One sentence: what to do next (None session: nothing claimed yet)."""
    if session is None:
        if all_done:
            return tr("Every order of this scenario is done: click \u201cFinish and score\u201d.")
        return tr("Click a pick ticket to claim its order.")
    state = session.state.value
    if printer_jammed:
        return tr("The label did not come out: look at the label printer on the training bench.")
    if session.can_close:
        return tr("Everything is done: close the order (F12).")
    if state == "scanning":
        return tr("Scan the items in the tote, one by one; look at each unit before you scan it.")
    if state == "qc":
        return tr("Answer the check on the screen from what you see on the unit.")
    if state == "box":
        boxes = [str(b.get("box")) for b in (session.plan or {}).get("boxes", [])]
        if boxes:
            return tr("Take box {boxes} and scan it; then weigh it.", boxes=", ".join(boxes))
        return tr("Take the planned box and scan it; then weigh it.")
    if state == "slips":
        return tr("Put the printed slip in the box and scan it.")
    if state in ("label", "verify"):
        return tr("Stick the label on the box and scan it.")
    return ""
