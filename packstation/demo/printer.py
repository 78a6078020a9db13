"""The training floor's label printer: PDF files in a folder (the real FolderPrinter) that jams when a scenario says so.

`JammingPrinters` is what the real print queue (`devices.print_queue.PrintQueue`) is given as its `printers`
factory: uri -> Printer. Each printer it hands out writes through `devices.printers.printer_for`, except that a label
for an order armed with `arm(order_id, jams)` jams the label printer. A jammed label printer refuses every label with
the queue's own `PrinterError` (retryable: the queue keeps the job as failed and the packer's print panel shows the
fault; slips and packing slips go to the document printer and still print) until the trainee clears it (`clear()`, the "open the lid, pull the paper out" button). After that the
packer's reprint (F7) or the queue's own retry prints the label.

No Qt here: the demo GUI shows `jammed` and calls `clear()`; scoring reads the journal rows the queue writes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from packstation.devices.printers import Printer, PrinterError, printer_for

JAM_MESSAGE = "label printer jammed: paper stuck under the print head (open the lid, pull it out, close the lid)"
_ORDER = re.compile(r"^label-(\d+)-")


@dataclass
class JamState:
    """What the simulated printer knows: armed jams per order id, whether it is jammed now, what it printed."""

    armed: dict[int, int] = field(default_factory=dict)  # order id -> label sends that still jam
    jammed: bool = False
    jammed_order: int | None = None
    jams: int = 0  # how many times it jammed
    clears: int = 0  # how many times a trainee cleared it
    printed: list[str] = field(default_factory=list)  # names of the documents that printed
    refused: list[str] = field(default_factory=list)  # names refused (jam or still jammed)


class JammingPrinter:
    """One printer URI on the training floor; shares the jam state with every other printer of the factory."""

    def __init__(self, inner: Printer, state: JamState) -> None:
        self.inner = inner
        self.state = state
        self.uri = inner.uri
        self.formats = inner.formats

    def send(self, payload: bytes, *, fmt: str, name: str) -> str:
        state = self.state
        match = _ORDER.match(name)
        order_id = int(match.group(1)) if match else None
        if not state.jammed and order_id is not None and state.armed.get(order_id, 0) > 0:
            state.armed[order_id] -= 1
            state.jammed, state.jammed_order = True, order_id
            state.jams += 1
        if state.jammed and match:  # the label printer jammed; slips and packing slips use the document printer
            state.refused.append(name)
            raise PrinterError(f"training printer: {JAM_MESSAGE}", retryable=True)
        done = self.inner.send(payload, fmt=fmt, name=name)
        state.printed.append(name)
        return done


class JammingPrinters:
    """A `printers` factory for the print queue: `printer_for(uri)` with the training floor's jams on top."""

    def __init__(self, print_dir: Path) -> None:
        self.print_dir = Path(print_dir)
        self.state = JamState()

    def __call__(self, uri: str) -> Printer:
        # Whatever URI a job names (a bench's Zebra, a CUPS queue), the training floor prints PDF files in its own
        # folder: a training label must never come out of a real printer.
        return JammingPrinter(printer_for("", print_dir=self.print_dir), self.state)

    def arm(self, order_id: int, jams: int = 1) -> None:
        """The next `jams` label prints of this order jam the printer (once per order: arming again is a no-op)."""
        if order_id not in self.state.armed and jams > 0:
            self.state.armed[order_id] = jams

    @property
    def jammed(self) -> bool:
        return self.state.jammed

    def clear(self) -> bool:
        """The trainee opened the printer and pulled the paper out; False when there was nothing to clear."""
        if not self.state.jammed:
            return False
        self.state.jammed, self.state.jammed_order = False, None
        self.state.clears += 1
        return True

    def label_printed(self, order_id: int) -> bool:
        """A label of this order came out of the printer (the trainee has it in hand to stick on the box)."""
        return any(
            _ORDER.match(name) and int(_ORDER.match(name).group(1)) == order_id  # type: ignore[union-attr]
            for name in self.state.printed
        )
