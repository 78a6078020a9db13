"""The packer's cheat sheet: every command with its key and a scannable command barcode, on one A4 page.

Printed once per bench and taped next to the scanner: a gloved packer scans `CMD-UNDO` instead of reaching for F2.
The list is `packstation.domain.commands.COMMANDS`, so the sheet can never disagree with the screen; its words are
the screen's own in the bench's language (`language`, e.g. "nb"), from the GUI's catalogue.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from packstation.documents.atomic import write_atomic
from packstation.documents.barcodes import draw_code128
from packstation.documents.fonts import FONT, FONT_BOLD, register_fonts
from packstation.documents.i18n import DocText
from packstation.documents.text import clean_text, wrap_text
from packstation.domain.commands import COMMANDS, Command

DPI = 300  # office laser printers; modules snap to whole dots at this resolution


def write_cheat_sheet(
    path: Path | str, commands: Sequence[Command] = COMMANDS, *, station: str = "", language: str | None = None
) -> Path:
    """Write the cheat sheet PDF to `path` in the bench's `language` (English when None) and return it."""
    register_fonts()
    d = DocText(language)
    title = d.ui("Packstation — keys and command barcodes")
    path = Path(path)
    width, height = A4
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    canvas.setTitle(title)
    canvas.setFont(FONT_BOLD, 18)
    canvas.drawString(15 * mm, height - 20 * mm, title)
    canvas.setFont(FONT, 10)
    hint = d.ui("Press the key, or scan the barcode. A red STOP needs Esc or CMD-ACK.")
    lines = wrap_text(hint, FONT, 10, width - 30 * mm, 2)
    if station:
        lines.append(d.ui("Station {station}", station=station))
    for n, line in enumerate(lines):
        canvas.setFont(FONT_BOLD if station and n == len(lines) - 1 else FONT, 10)
        canvas.drawString(15 * mm, height - (27 + 4.2 * n) * mm, line)
    rows_top = height - (33 + 4.2 * len(lines)) * mm
    row_height = (rows_top - 12 * mm) / max(len(commands), 1)
    row_height = min(row_height, 19 * mm)
    for index, command in enumerate(commands):
        top = rows_top - index * row_height
        canvas.setLineWidth(0.3)
        canvas.line(15 * mm, top, width - 15 * mm, top)
        canvas.setFont(FONT_BOLD, 16)
        canvas.drawString(17 * mm, top - row_height / 2 - 2 * mm, command.key)
        canvas.setFont(FONT_BOLD, 11)
        canvas.drawString(42 * mm, top - row_height / 2 + 1 * mm, clean_text(d.ui(command.title)))
        canvas.setFont(FONT, 8)
        help_lines = wrap_text(clean_text(d.ui(command.help)), FONT, 8, 80 * mm, 2)  # a longer language wraps
        for n, line in enumerate(help_lines):
            canvas.drawString(42 * mm, top - row_height / 2 - (4 + 3.2 * n) * mm, line)
        draw_code128(
            canvas,
            125 * mm,
            top - row_height + 2 * mm,
            command.barcode,
            dpi=DPI,
            module_dots=3,
            height=row_height - 8 * mm,
            font_size=7,
        )
    canvas.line(15 * mm, rows_top - len(commands) * row_height, width - 15 * mm, rows_top - len(commands) * row_height)
    canvas.showPage()
    canvas.save()
    return write_atomic(path, buffer.getvalue())  # whole or not at all
