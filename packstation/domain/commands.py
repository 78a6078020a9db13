"""The packer's commands as plain data: one list for the keyboard, the printed command barcodes and the cheat sheet.

The GUI binds each command to a handler (`packstation.gui.actions`); the cheat sheet PDF prints this list without Qt.
A command barcode is plain Code 128 text, so any scanner that reads item barcodes reads these too.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Command:
    """One thing the packer can do without a mouse."""

    id: str
    title: str
    key: str  # Qt key-sequence text, e.g. "F2"
    barcode: str  # the printed command barcode, e.g. "CMD-UNDO"
    help: str = ""


COMMANDS: tuple[Command, ...] = (
    Command("ack", "Acknowledge stop", "Esc", "CMD-ACK", "Confirm you have seen a red stop; nothing else clears it."),
    Command("help", "Keys and commands", "F1", "CMD-HELP", "Show this list on screen."),
    Command("undo", "Undo last scan", "F2", "CMD-UNDO", "Take the last accepted unit back out of the box."),
    Command("next", "Next order", "F3", "CMD-NEXT", "Take the next order from the queue."),
    Command("quantity", "Enter quantity", "F4", "CMD-QTY", "Type a count for a large line instead of scanning each."),
    Command("remove", "Remove a unit", "F5", "CMD-REMOVE", "Take one unit of the active line out, with a reason."),
    Command("weigh", "Weigh the box", "F6", "CMD-WEIGH", "Read the scale, or type the weight."),
    Command("reprint", "Reprint label / slips", "F7", "CMD-REPRINT", "Print the documents of this order again."),
    Command("void", "Void label", "F8", "CMD-VOID", "Cancel the shipping label of this order."),
    Command("suspend", "Suspend order", "F9", "CMD-SUSPEND", "Park the order; resume it later at any bench."),
    Command("exception", "Send to exception", "F10", "CMD-EXCEPTION", "Hand the order to the lead with a reason."),
    Command("override", "Lead override", "F11", "CMD-OVERRIDE", "A lead approves a blocked step: badge, PIN, reason."),
    Command("close", "Close order", "F12", "CMD-CLOSE", "Finish the order when every check is done."),
    Command(
        "step",
        "Next step",
        "Ins",
        "CMD-STEP",
        "Do the next step the banner names: open the check it asks for "
        "again (after Esc), or say what the order waits for.",
    ),
    Command("sign_out", "Sign out", "Ctrl+L", "CMD-SIGNOUT", "End your session at this bench."),
)

_BY_BARCODE = {command.barcode: command for command in COMMANDS}
_BY_ID = {command.id: command for command in COMMANDS}


def command_for_barcode(text: str) -> Command | None:
    """The command a scanned text stands for, if it is a command barcode (case and spaces ignored)."""
    return _BY_BARCODE.get(text.strip().upper())


def command(command_id: str) -> Command:
    """A command by id; KeyError names the unknown id."""
    return _BY_ID[command_id]
