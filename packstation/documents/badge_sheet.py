"""A sheet of badge barcodes: one card per user with name, role and a Code 128 of the badge code.

Cut out and laminate, or print onto label stock; a packer scans their own card to sign in. No PIN is printed.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from packstation.documents.barcodes import draw_code128
from packstation.documents.fonts import FONT, FONT_BOLD, register_fonts

DPI = 300
COLUMNS, ROWS = 2, 5


def write_badge_sheet(path: Path | str, badges: Sequence[tuple[str, str, str]], *, site: str = "") -> Path:
    """`badges` are (name, badge code, role); ten cards per A4 page."""
    register_fonts()
    path = Path(path)
    width, height = A4
    canvas = Canvas(str(path), pagesize=A4)
    canvas.setTitle("Packstation — badges" + (f" — {site}" if site else ""))
    card_w, card_h = (width - 20 * mm) / COLUMNS, (height - 30 * mm) / ROWS
    per_page = COLUMNS * ROWS
    for start in range(0, max(len(badges), 1), per_page):
        canvas.setFont(FONT_BOLD, 12)
        canvas.drawString(10 * mm, height - 12 * mm, "Packstation badges" + (f" — {site}" if site else ""))
        for index, (name, code, role) in enumerate(badges[start : start + per_page]):
            col, row = index % COLUMNS, index // COLUMNS
            x, top = 10 * mm + col * card_w, height - 20 * mm - row * card_h
            canvas.setLineWidth(0.3)
            canvas.setDash(2, 2)
            canvas.rect(x, top - card_h, card_w, card_h, stroke=1, fill=0)
            canvas.setDash()
            canvas.setFont(FONT_BOLD, 13)
            canvas.drawString(x + 6 * mm, top - 9 * mm, name)
            canvas.setFont(FONT, 9)
            canvas.drawString(x + 6 * mm, top - 14 * mm, role)
            draw_code128(
                canvas,
                x + 4 * mm,
                top - card_h + 5 * mm,
                code,
                dpi=DPI,
                module_dots=3,
                height=card_h - 26 * mm,
                font_size=9,
            )
        canvas.showPage()
    canvas.save()
    return path
