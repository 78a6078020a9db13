"""The 4x6 inch shipping label as PDF: one page per package, barcodes on the printer's dot grid.

Zones, top to bottom: DEMO band (demo only), ship-from and carrier, ship-to, routing / order / package n of m /
weight / dimensions, handling marks, tracking number (Code 128), SSCC (GS1-128, AI 00). Text is DejaVu Sans so any
Latin Extended name prints as written; a name too long for two lines at the smallest size ends in an ellipsis.

Field words follow the customer's language and keep the English a carrier's sorting staff read: "Til / SHIP TO",
"Fra / FROM", "SKJØRT / FRAGILE" (`LabelWords`); numbers are in the locale's format ("1,25 kg" in nb, pl, fi).
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib.units import inch, mm
from reportlab.pdfgen.canvas import Canvas

from packstation.documents.barcodes import draw_code128, symbol_width
from packstation.documents.data import LabelData
from packstation.documents.fonts import FONT, FONT_BOLD, draw_text, fits, shrink_to_fit
from packstation.documents.i18n import DocText
from packstation.documents.text import clean_text, wrap_text

PAGE_WIDTH = 4 * inch
PAGE_HEIGHT = 6 * inch
MARGIN = 10.0
DEMO_TEXT = "DEMO — DO NOT SHIP"
SSCC_BAR_HEIGHT = 32 * mm  # GS1 logistic label: at least 32 mm
TRACKING_BAR_HEIGHT = 42.0


def format_weight(grams: int, locale: str | None = None) -> str:
    """ "1.25 kg" (English) or "1,25 kg" (nb, pl, fi): the customer's decimal mark."""
    return f"{DocText(locale).decimal(grams / 1000, 2)} kg"


def format_dimensions(length_mm: int, width_mm: int, height_mm: int, locale: str | None = None) -> str:
    d = DocText(locale)
    return (
        " × ".join(d.decimal(v / 10, 1) if v % 10 else d.decimal(v / 10, 0) for v in (length_mm, width_mm, height_mm))
        + " cm"
    )


class LabelWords:
    """The label's words for one customer locale: bilingual field words, facts, numbers."""

    def __init__(self, locale: str | None) -> None:
        self.d = DocText(locale)
        self.english = self.d.language == "en"
        d = self.d
        self.from_ = d.both("FROM")
        self.ship_to = d.both("SHIP TO")
        self.tracking = d.both("TRACKING")
        self.fragile = (d.ui("FRAGILE"), "FRAGILE")  # (the customer's word, English); the same in English
        self.this_side_up = (d.ui("THIS SIDE UP"), "THIS SIDE UP")

    def facts(self, data: LabelData) -> list[str]:
        d = self.d
        weight = format_weight(data.weight_g, self.d.language)
        if self.english:
            facts = [
                f"Order {data.order_ref}",
                f"Package {data.package_no} of {data.package_count}",
                f"Weight {weight}",
            ]
        else:
            facts = [
                f"{d.both('Order')} {data.order_ref}",
                f"{d.both('Package')} {data.package_no}/{data.package_count}",
                f"{d.both('Weight')} {weight}",
            ]
        if data.length_mm and data.width_mm and data.height_mm:
            dims = format_dimensions(data.length_mm, data.width_mm, data.height_mm, self.d.language)
            facts.append(f"{'Dims' if self.english else d.both('Dims')} {dims}")
        if data.return_code:  # a return label says so first (the word carriers read, as FRAGILE is)
            facts[0] = f"RETURN of order {data.order_ref}" if self.english else f"RETURN · {facts[0]}"
        return facts


def _block(
    c: Canvas,
    text: str,
    x: float,
    top: float,
    width: float,
    font: str,
    size: float,
    max_lines: int = 1,
    *,
    minimum: float = 6.5,
    leading: float = 1.18,
) -> float:
    """Draw `text` from `top` down, on one line shrunk by up to 30 % if that fits, else wrapped at the largest
    size that fits `max_lines`; returns the y below it."""
    text = clean_text(text)
    one_line = shrink_to_fit(text, font, size, width, minimum=max(minimum, size * 0.7))
    if fits(text, font, one_line, width):
        size = one_line
    else:
        while size > minimum and len(wrap_text(text, font, size, width, 10**6)) > max_lines:
            size -= 0.5
        size = max(size, minimum)
    c.setFont(font, size)
    y = top
    for line in wrap_text(text, font, size, width, max_lines):
        y -= size
        draw_text(c, x, y, line, font, size)  # fallback fonts for CJK and emoji; unprintable text is refused
        y -= size * (leading - 1)
    return y


def _rule(c: Canvas, y: float) -> None:
    c.setLineWidth(1.5)
    c.line(MARGIN, y, PAGE_WIDTH - MARGIN, y)


def _demo_marks(c: Canvas) -> float:
    """Diagonal watermark (drawn first, under everything) and a black band; returns the band's lower edge."""
    c.saveState()
    c.setFillColorRGB(0.8, 0.8, 0.8)
    c.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
    c.rotate(56)
    c.setFont(FONT_BOLD, 30)
    c.drawCentredString(0, -10, DEMO_TEXT)
    c.restoreState()
    band = 20.0
    c.rect(0, PAGE_HEIGHT - band, PAGE_WIDTH, band, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont(FONT_BOLD, 13)
    c.drawCentredString(PAGE_WIDTH / 2, PAGE_HEIGHT - band + 5, DEMO_TEXT)
    c.setFillColorRGB(0, 0, 0)
    return PAGE_HEIGHT - band


def _mark(
    c: Canvas, x: float, y: float, width: float, height: float, words: tuple[str, str], size: float, arrows: str = ""
) -> None:
    """One handling mark: a box with the customer's word and, below it, the English one (one line in English)."""
    c.rect(x, y, width, height, stroke=1, fill=0)
    local, english = words
    if local == english:
        text = f"{arrows} {english}".strip()
        c.setFont(FONT_BOLD, shrink_to_fit(text, FONT_BOLD, size, width - 4, minimum=5))
        c.drawCentredString(x + width / 2, y + height / 2 - size / 3, text)
        return
    for text, line_y in ((f"{arrows} {local}".strip(), y + height / 2 + 1.5), (english, y + 3)):
        c.setFont(FONT_BOLD, shrink_to_fit(text, FONT_BOLD, 8, width - 4, minimum=5))
        c.drawCentredString(x + width / 2, line_y, text)


def _marks(c: Canvas, data: LabelData, y: float) -> None:
    """FRAGILE, THIS SIDE UP (customer's word over the English) and hazmat diamonds in one row whose lower edge is
    `y`."""
    words = LabelWords(data.locale)
    x = MARGIN
    height = 22.0
    c.setLineWidth(2)
    if data.fragile:
        width = 70.0 if words.english else 80.0
        _mark(c, x, y, width, height, words.fragile, 12)
        x += width + 6
    if data.this_side_up:
        width = 104.0 if words.english else 116.0
        _mark(c, x, y, width, height, words.this_side_up, 11, arrows="↑↑")
        x += width + 6
    if data.hazmat_classes:
        hazard = data.hazmat_classes[0]
        half = height / 2
        path = c.beginPath()
        path.moveTo(x + half, y + height)
        path.lineTo(x + height, y + half)
        path.lineTo(x + half, y)
        path.lineTo(x, y + half)
        path.close()
        c.drawPath(path, stroke=1, fill=0)
        c.setFont(FONT_BOLD, 9)
        c.drawCentredString(x + half, y + half - 3, hazard)
        text = f"HAZMAT {', '.join(data.hazmat_classes)}"
        room = PAGE_WIDTH - MARGIN - (x + height + 3)
        c.setFont(FONT_BOLD, shrink_to_fit(text, FONT_BOLD, 8, room, minimum=5))
        c.drawString(x + height + 3, y + 7, text)


def draw_label(c: Canvas, data: LabelData, *, dpi: int = 203) -> None:
    """Draw one label on the current page of `c` (4x6 in, portrait)."""
    inner = PAGE_WIDTH - 2 * MARGIN
    top = _demo_marks(c) if data.demo else PAGE_HEIGHT
    words = LabelWords(data.locale)

    # Ship-from (left) and carrier (right).
    y = top - MARGIN
    carrier_width = 110.0
    from_lines = [data.ship_from.name, *data.ship_from.lines()]
    c.setFont(FONT, 6.5)
    c.drawString(MARGIN, y - 6.5, words.from_)
    fy = y - 8
    for i, line in enumerate(from_lines[:4]):
        fy = _block(c, line, MARGIN, fy, inner - carrier_width - 6, FONT_BOLD if i == 0 else FONT, 7.5)
    _block(c, data.carrier_name, PAGE_WIDTH - MARGIN - carrier_width, y, carrier_width, FONT_BOLD, 15)
    _block(c, data.service.upper(), PAGE_WIDTH - MARGIN - carrier_width, y - 19, carrier_width, FONT, 10)
    y = min(fy, y - 34) - 3
    _rule(c, y)

    # Ship-to: the largest text on the label after the routing code.
    c.setFont(FONT, 6.5)
    c.drawString(MARGIN, y - 9, words.ship_to)
    y -= 11
    y = _block(c, data.ship_to.name, MARGIN + 8, y, inner - 8, FONT_BOLD, 14, max_lines=2)
    to = data.ship_to
    for line in (to.line1, to.line2):
        if line:
            y = _block(c, line, MARGIN + 8, y, inner - 8, FONT, 11)
    postal = " ".join(p for p in (to.postal_code, to.city) if p)
    y = _block(c, postal, MARGIN + 8, y, inner - 8, FONT_BOLD, 13)
    tail = ", ".join(p for p in (to.region, to.country) if p)
    if tail:
        y = _block(c, tail, MARGIN + 8, y, inner - 8, FONT, 11)
    y -= 3
    _rule(c, y)

    # Routing code (left), order and package facts (right).
    facts = words.facts(data)
    _block(c, data.routing_code or to.country, MARGIN, y - 4, 100, FONT_BOLD, 24)
    fy = y - 3
    for i, fact in enumerate(facts):
        fy = _block(c, fact, MARGIN + 108, fy, inner - 108, FONT_BOLD if i < 2 else FONT, 9)
    y = fy - 3
    _rule(c, y)

    # Barcodes from the bottom up: SSCC, then tracking; the marks sit between them and the facts.
    if data.return_code:  # a return label: the return code where the SSCC goes
        code_x = (PAGE_WIDTH - symbol_width(data.return_code, dpi=dpi)) / 2
        box = draw_code128(c, code_x, 6, data.return_code, dpi=dpi, height=SSCC_BAR_HEIGHT, font_size=10)
        caption = "RETURN CODE"
    else:
        sscc_payload = "00" + data.sscc
        sscc_x = (PAGE_WIDTH - symbol_width(sscc_payload, dpi=dpi, gs1=True)) / 2
        box = draw_code128(c, sscc_x, 6, sscc_payload, dpi=dpi, gs1=True, height=SSCC_BAR_HEIGHT, font_size=10)
        caption = "SSCC"
    c.setFont(FONT, 6.5)
    c.drawString(MARGIN, box.y + box.height + 2, caption)
    track_x = (PAGE_WIDTH - symbol_width(data.tracking_number, dpi=dpi)) / 2
    box = draw_code128(
        c, track_x, box.y + box.height + 11, data.tracking_number, dpi=dpi, height=TRACKING_BAR_HEIGHT, font_size=10
    )
    c.setFont(FONT, 6.5)
    c.drawString(MARGIN, box.y + box.height + 2, f"{words.tracking} {data.carrier_name}")
    # The zones above are capped (from: 4 lines, name: 2, each address line: 1), so the marks always fit here.
    _marks(c, data, box.y + box.height + 12)


def render_labels_pdf(labels: Sequence[LabelData], *, dpi: int = 203) -> bytes:
    """One PDF page per label, fonts embedded, barcodes snapped to `dpi` (203 or 300)."""
    if not labels:
        raise ValueError("no labels to render")
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), pageCompression=1)
    c.setTitle(f"{'Return label' if labels[0].return_code else 'Shipping labels'} {labels[0].order_ref}")
    c.setAuthor("Packstation")
    for data in labels:
        draw_label(c, data, dpi=dpi)
        c.showPage()
    c.save()
    return buffer.getvalue()
