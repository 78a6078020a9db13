"""Linear barcodes (Code 128, GS1-128) drawn so that they scan after a 1-bit thermal raster.

python-barcode gives the module pattern ("1101001..."); we draw it ourselves because every bar edge must fall on a
printer dot. A 7.5 mil module is 1.5 dots at 203 dpi: the rasteriser rounds some bars to 1 dot and others to 2, and
the symbol stops decoding. Here each module is a whole number of dots and the symbol's left edge is snapped to the
dot grid, so a printer (or `pdftoppm -r DPI -mono`) reproduces the widths exactly.

Coordinates are reportlab points in the page's own frame (no rotation or scaling on the canvas).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from barcode.codex import Code128, Gs1_128
from reportlab.pdfgen.canvas import Canvas

from packstation.documents.fonts import FONT

POINTS_PER_INCH = 72.0
MM_PER_INCH = 25.4
QUIET_ZONE_MODULES = 10  # ISO/IEC 15417: at least 10 X on each side
CODE128_MIN_MM = 0.25  # 2 dots at 203 dpi, 3 at 300: scans reliably from a direct-thermal head
GS1_LOGISTICS_MIN_MM = 0.495  # GS1 General Specifications, logistic labels (SSCC): 4 dots at 203, 6 at 300

# Printable ASCII only: what a keyboard-wedge scanner can type back and what ZPL's ^BC accepts once '>' is excluded
# there. Control characters would turn into Code 128 function codes.
_PAYLOAD = re.compile(r"[\x20-\x7e]{1,80}")


@dataclass(frozen=True)
class BarcodeBox:
    """Where a drawn barcode landed, in points: the whole symbol including quiet zones and text."""

    x: float
    y: float
    width: float
    height: float
    modules: int
    module_dots: int


def dots_for(min_mm: float, dpi: int) -> int:
    """The smallest whole number of printer dots at least `min_mm` wide (0.25 mm -> 2 dots at 203 dpi)."""
    return max(1, math.ceil(min_mm * dpi / MM_PER_INCH - 0.01))


def code128_modules(payload: str, *, gs1: bool = False) -> str:
    """The symbol's module pattern, '1' dark and '0' light, start to stop (no quiet zone).

    With `gs1` the symbol starts with FNC1 (a scanner reports `]C1`), and `payload` is the GS1 element string
    without parentheses, e.g. "00" + SSCC-18.
    """
    if not _PAYLOAD.fullmatch(payload):
        raise ValueError(f"barcode payload must be 1-80 printable ASCII characters: {payload!r}")
    if gs1 and not payload.isdigit():
        raise ValueError(f"GS1-128 payloads here are numeric element strings: {payload!r}")
    symbol = Gs1_128(payload) if gs1 else Code128(payload)
    (pattern,) = symbol.build()
    return pattern


def gs1_human_readable(element_string: str) -> str:
    """'00' + SSCC as printed under the bars: '(00) 0 0614141 123456789 0' style, here '(00) 061414...'."""
    if element_string.startswith("00") and len(element_string) == 20:
        return f"(00) {element_string[2:]}"
    return element_string


def snap(value_pt: float, dpi: int) -> float:
    """`value_pt` moved to the nearest printer-dot boundary."""
    return round(value_pt * dpi / POINTS_PER_INCH) * POINTS_PER_INCH / dpi


def symbol_width(payload: str, *, dpi: int = 203, module_dots: int | None = None, gs1: bool = False) -> float:
    """Width in points of the symbol drawn by `draw_code128`, quiet zones included (for layout)."""
    dots = module_dots or dots_for(GS1_LOGISTICS_MIN_MM if gs1 else CODE128_MIN_MM, dpi)
    modules = len(code128_modules(payload, gs1=gs1)) + 2 * QUIET_ZONE_MODULES
    return modules * dots * POINTS_PER_INCH / dpi


def draw_code128(
    canvas: Canvas,
    x: float,
    y: float,
    payload: str,
    *,
    dpi: int = 203,
    module_dots: int | None = None,
    height: float = 72.0,
    gs1: bool = False,
    human_readable: bool = True,
    text: str | None = None,
    font_size: float = 9.0,
) -> BarcodeBox:
    """Draw a Code 128 (or GS1-128 with `gs1`) symbol whose quiet zone starts at (x, y), bars above the text.

    `module_dots` defaults to 0.25 mm for Code 128 and the GS1 logistics minimum (0.495 mm) for GS1-128, rounded up
    to whole dots at `dpi`. `height` is the bar height in points. The quiet zones are painted white so nothing
    drawn earlier can intrude. `text` overrides the human-readable line (default: the payload).
    """
    dots = module_dots or dots_for(GS1_LOGISTICS_MIN_MM if gs1 else CODE128_MIN_MM, dpi)
    pattern = code128_modules(payload, gs1=gs1)
    dot = POINTS_PER_INCH / dpi
    x0 = snap(x, dpi)
    y0 = snap(y, dpi)
    text_height = font_size * 1.3 if human_readable else 0.0
    bars_y = snap(y0 + text_height, dpi)
    total_modules = len(pattern) + 2 * QUIET_ZONE_MODULES
    width = total_modules * dots * dot

    canvas.saveState()
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(x0, y0, width, bars_y - y0 + height, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    # One rectangle per run of dark modules: no seams between adjacent modules of a wide bar.
    for match in re.finditer("1+", pattern):
        start_dot = (QUIET_ZONE_MODULES + match.start()) * dots
        run_dots = (match.end() - match.start()) * dots
        canvas.rect(x0 + start_dot * dot, bars_y, run_dots * dot, height, stroke=0, fill=1)
    if human_readable:
        label = text if text is not None else (gs1_human_readable(payload) if gs1 else payload)
        canvas.setFont(FONT, font_size)
        canvas.drawCentredString(x0 + width / 2, y0 + font_size * 0.25, label)
    canvas.restoreState()
    return BarcodeBox(x0, y0, width, bars_y - y0 + height, total_modules, dots)
