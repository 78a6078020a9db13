"""The 4x6 inch shipping label as ZPL II for Zebra printers at 203 or 300 dpi: one ^XA..^XZ per package.

Customer text can never become printer commands: every text field is sent with ^FH, and every byte outside
printable ASCII, plus ^ ~ _ and \\, is written as _XX (hex of its UTF-8 byte, read back under ^CI28). Control
characters are turned into spaces first. Barcode payloads do not go through ^FH; they are limited to a safe
character set instead (in ^BC, '>' starts a subset or function code).

Text is laid out with DejaVu Sans Bold metrics (wider than the printer's font 0), so a line that fits here fits on
the label; long text wraps and ends in an ellipsis rather than overprinting the next field.

The printer's font 0 draws Latin (with Latin Extended) and common punctuation only. A line with any other
character (Chinese, Japanese, Korean, Cyrillic, emoji ...) is drawn here, with the shipped fonts and their
fallbacks, and sent as a graphic field (^GFA) instead: the printer needs no font of its own, and no name prints as
empty boxes. A character no shipped font has is refused before printing (`fonts.UnprintableText`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from packstation.documents.barcodes import CODE128_MIN_MM, GS1_LOGISTICS_MIN_MM, MM_PER_INCH, dots_for
from packstation.documents.data import LabelData
from packstation.documents.fonts import FONT_BOLD, check_printable, font_path, runs
from packstation.documents.label import DEMO_TEXT, LabelWords
from packstation.documents.text import wrap_text

SAFE_BARCODE = re.compile(r"[0-9A-Z][0-9A-Z\-./]{0,47}")
_ESCAPE = frozenset(b"^~_\\")


def escape_field(text: str) -> str:
    """`text` as ^FH field data: printable ASCII kept, anything else (and ^ ~ _ \\) as _XX of its UTF-8 bytes."""
    out = []
    for byte in text.encode("utf-8"):
        if 0x20 <= byte <= 0x7E and byte not in _ESCAPE:
            out.append(chr(byte))
        else:
            out.append(f"_{byte:02X}")
    return "".join(out)


def unescape_field(data: str) -> str:
    """The inverse of `escape_field` (for tests and for reading a stored job back)."""
    raw = re.sub(r"_([0-9A-Fa-f]{2})", lambda m: f"\x00{m.group(1)}", data)
    buffer = bytearray()
    i = 0
    while i < len(raw):
        if raw[i] == "\x00":
            buffer.append(int(raw[i + 1 : i + 3], 16))
            i += 3
        else:
            buffer.extend(raw[i].encode("ascii"))
            i += 1
    return buffer.decode("utf-8")


def _safe_barcode(payload: str) -> str:
    if not SAFE_BARCODE.fullmatch(payload):
        raise ValueError(f"barcode payload outside the safe set [0-9A-Z-./]: {payload!r}")
    return payload


def printer_font_can(text: str) -> bool:
    """Whether the printer's font 0 (under ^CI28) draws every character: Latin, Latin Extended, punctuation."""
    return all(ord(c) < 0x250 or 0x2000 <= ord(c) <= 0x20CF for c in text)


def graphic_field(text: str, height: int) -> str:
    """`text` drawn `height` dots high with the shipped fonts (fallbacks where DejaVu has no glyph), as a ^GFA
    graphic field: one bit per dot, 1 = black."""
    from PIL import Image, ImageDraw, ImageFont

    check_printable(text, "the text")
    pieces = runs(text, FONT_BOLD)
    size = max(1, round(height * 0.8))  # ascent + descent of these fonts fit the field's height
    fonts = {name: ImageFont.truetype(font_path(name), size=size) for _piece, name in pieces}
    width = max(1, int(sum(fonts[name].getlength(piece) for piece, name in pieces)) + 1)
    image = Image.new("1", (width, height), 0)
    draw = ImageDraw.Draw(image)
    x = 0.0
    for piece, name in pieces:
        draw.text((x, 0), piece, font=fonts[name], fill=1)
        x += fonts[name].getlength(piece)
    data = image.tobytes()  # rows of ceil(width / 8) bytes, most significant bit first
    row = (width + 7) // 8
    return f"^GFA,{len(data)},{len(data)},{row},{data.hex().upper()}"


class _Zpl:
    """A label under construction, positions in dots."""

    def __init__(self, dpi: int) -> None:
        self.dpi = dpi
        self.width = round(4 * dpi)
        self.height = round(6 * dpi)
        self.parts: list[str] = ["^XA", "^CI28", f"^PW{self.width}", f"^LL{self.height}", "^LH0,0"]

    def d(self, millimetres: float) -> int:
        return round(millimetres * self.dpi / MM_PER_INCH)

    def text(
        self, x: int, y: int, text: str, height: int, width: int, max_lines: int = 1, reverse: bool = False
    ) -> int:
        """Text lines from (x, y) down, wrapped to `width` dots; returns the y below the last line."""
        for line in wrap_text(text, FONT_BOLD, height, width, max_lines):
            flag = "^FR" if reverse else ""
            if printer_font_can(line):
                self.parts.append(f"^FO{x},{y}^A0N,{height},{height}{flag}^FH^FD{escape_field(line)}^FS")
            else:
                self.parts.append(f"^FO{x},{y}{flag}{graphic_field(line, height)}^FS")
            y += round(height * 1.12)
        return y

    def box(self, x: int, y: int, w: int, h: int, thickness: int) -> None:
        self.parts.append(f"^FO{x},{y}^GB{w},{h},{thickness}^FS")

    def finish(self) -> str:
        self.parts.append("^PQ1")
        self.parts.append("^XZ")
        return "\n".join(self.parts) + "\n"


def render_label_zpl(data: LabelData, *, dpi: int = 203) -> str:
    """One label as ZPL II (^XA..^XZ)."""
    if dpi not in (203, 300):
        raise ValueError(f"ZPL labels are made for 203 or 300 dpi printers, not {dpi}")
    z = _Zpl(dpi)
    d = z.d
    words = LabelWords(data.locale)
    margin = d(3.5)
    inner = z.width - 2 * margin
    y = 0
    if data.demo:
        band = d(7)
        z.box(0, 0, z.width, band, band)
        z.text(margin, d(1.2), DEMO_TEXT, d(4.6), inner, reverse=True)
        y = band
    y += d(3)

    # Ship-from (left) and carrier (right).
    carrier_x = z.width - margin - d(38)
    z.text(carrier_x, y, data.carrier_name, d(5.2), d(38))
    z.text(carrier_x, y + d(7), data.service.upper(), d(3.5), d(38))
    fy = z.text(margin, y, words.from_, d(2.2), d(30))
    for line in [data.ship_from.name, *data.ship_from.lines()][:4]:
        fy = z.text(margin, fy, line, d(2.6), carrier_x - margin - d(2))
    y = max(fy, y + d(12)) + d(1)
    z.box(margin, y, inner, 0, d(0.5))
    y += d(1.5)

    # Ship-to.
    y = z.text(margin, y, words.ship_to, d(2.2), d(40))
    to = data.ship_to
    y = z.text(margin + d(3), y, to.name, d(4.6), inner - d(3), max_lines=2)
    for line in (to.line1, to.line2):
        if line:
            y = z.text(margin + d(3), y, line, d(3.6), inner - d(3))
    y = z.text(margin + d(3), y, " ".join(p for p in (to.postal_code, to.city) if p), d(4.6), inner - d(3))
    tail = ", ".join(p for p in (to.region, to.country) if p)
    if tail:
        y = z.text(margin + d(3), y, tail, d(3.8), inner - d(3))
    y += d(1)
    z.box(margin, y, inner, 0, d(0.5))
    y += d(1.5)

    # Routing code and facts.
    z.text(margin, y + d(1), data.routing_code or to.country, d(8.5), d(34))
    facts = words.facts(data)
    fy = y
    for fact in facts:
        fy = z.text(margin + d(38), fy, fact, d(3.0), inner - d(38))
    y = fy + d(1)
    z.box(margin, y, inner, 0, d(0.5))
    y += d(2)

    # Handling marks.
    x = margin
    mark_h = d(7.5)
    for wanted, (local, english), width in (
        (data.fragile, words.fragile, 23 if words.english else 27),
        (data.this_side_up, words.this_side_up, 33 if words.english else 40),
    ):
        if not wanted:
            continue
        z.box(x, y, d(width), mark_h, d(0.7))
        if local == english:
            z.text(x + d(2), y + d(1.8), english, d(3.6), d(width - 3))
        else:  # the customer's word over the English one
            z.text(x + d(1.5), y + d(0.8), local, d(2.8), d(width - 3))
            z.text(x + d(1.5), y + d(4.0), english, d(2.8), d(width - 3))
        x += d(width + 2)
    if data.hazmat_classes:
        z.box(x, y, z.width - margin - x, mark_h, d(0.7))
        z.text(x + d(1.5), y + d(1.8), f"HAZMAT {', '.join(data.hazmat_classes)}", d(3.6), z.width - margin - x - d(3))

    # Barcodes from the bottom: SSCC (GS1-128, FNC1 via mode D), then tracking (Code 128, automatic subsets).
    sscc_dots = dots_for(GS1_LOGISTICS_MIN_MM, dpi)
    sscc_h = d(32)
    sscc_y = z.height - d(2) - d(4) - sscc_h
    if data.return_code:  # a return label: the return code (Code 128) where the SSCC goes
        code = _safe_barcode(data.return_code)
        code_dots = dots_for(CODE128_MIN_MM, dpi)
        code_x = max(10 * code_dots, (z.width - (11 * (len(code) + 3) + 2) * code_dots) // 2)
        z.parts.append(f"^FO{code_x},{sscc_y}^BY{code_dots}^BCN,{sscc_h},Y,N,N,A^FD{code}^FS")
        z.text(margin, sscc_y - d(3), "RETURN CODE", d(2.2), d(30))
    else:
        sscc = _safe_barcode(data.sscc)
        sscc_modules = 11 * 13 + 13  # start, FNC1, 10 pairs of digits (subset C), check, stop(13)
        sscc_x = max(10 * sscc_dots, (z.width - sscc_modules * sscc_dots) // 2)
        z.parts.append(f"^FO{sscc_x},{sscc_y}^BY{sscc_dots}^BCN,{sscc_h},Y,N,N,D^FD(00){sscc}^FS")
        z.text(margin, sscc_y - d(3), "SSCC", d(2.2), d(20))

    track_dots = dots_for(CODE128_MIN_MM, dpi)
    tracking = _safe_barcode(data.tracking_number)
    track_h = d(15)
    track_y = sscc_y - d(6) - d(4) - track_h
    track_modules = 11 * (len(tracking) + 3) + 2  # an upper bound: subset B throughout
    track_x = max(10 * track_dots, (z.width - track_modules * track_dots) // 2)
    z.parts.append(f"^FO{track_x},{track_y}^BY{track_dots}^BCN,{track_h},Y,N,N,A^FD{tracking}^FS")
    z.text(margin, track_y - d(3), f"{words.tracking} {data.carrier_name}", d(2.2), inner)
    return z.finish()


def render_labels_zpl(labels: Sequence[LabelData], *, dpi: int = 203) -> str:
    """All labels of an order, one ^XA..^XZ block per package."""
    if not labels:
        raise ValueError("no labels to render")
    return "".join(render_label_zpl(label, dpi=dpi) for label in labels)
