"""Embedded TrueType fonts for every PDF the station prints.

reportlab's built-in Helvetica covers only Latin-1, so "Łukasz" or "Gdańsk" would print as boxes. DejaVu Sans
(shipped in `resources/fonts/`) covers Latin Extended, Greek and Cyrillic, and is embedded (subset) in each PDF,
so the printer needs no fonts of its own.
"""

from __future__ import annotations

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from packstation.resources import resource_path

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"

_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf"}


def register_fonts() -> None:
    """Register FONT and FONT_BOLD with reportlab (idempotent; called on import)."""
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, filename in _FILES.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
    # <b> in Paragraph markup switches to the bold face.
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)
    addMapping(FONT, 0, 1, FONT)
    addMapping(FONT, 1, 1, FONT_BOLD)


def fits(text: str, font: str, size: float, width: float) -> bool:
    """Whether `text` set in `font` at `size` points is at most `width` points wide."""
    return pdfmetrics.stringWidth(text, font, size) <= width


def shrink_to_fit(text: str, font: str, size: float, width: float, *, minimum: float = 6.0) -> float:
    """The largest font size <= `size` (down to `minimum`) at which `text` fits `width`."""
    while size > minimum and not fits(text, font, size, width):
        size -= 0.5
    return max(size, minimum)


register_fonts()
