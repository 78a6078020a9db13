"""The marketing slip PDF: an A6 (or half-letter) insert in the customer's language.

Top to bottom: the merchant's logo, the headline, the body text, the coupon code, the QR code (segno) and a small
Code 128 barcode carrying the slip code that the packer scans into the box (the insertion check).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import segno
from reportlab.lib.units import inch, mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from packstation.documents.barcodes import POINTS_PER_INCH, draw_code128, snap, symbol_width
from packstation.documents.fonts import FONT, FONT_BOLD, draw_text, shrink_to_fit
from packstation.documents.text import clean_text, wrap_text


@dataclass(frozen=True)
class SlipContent:
    """Everything printed on one slip, already rendered (placeholders filled, language chosen)."""

    slip_code: str
    kind: str  # marketing | apology | returns
    language: str
    merchant_name: str
    headline: str
    body: str
    coupon_code: str | None = None
    qr_data: str = ""
    logo: Path | None = None  # an image file; None: a generated placeholder with the merchant's initials
    order_ref: str = ""
    preview: bool = False  # printed across the slip: not for the box


PAGE_SIZES = {"a6": (105 * mm, 148 * mm), "half-letter": (5.5 * inch, 8.5 * inch)}
MARGIN = 8 * mm
LOGO_HEIGHT = 16 * mm
QR_SIZE = 28 * mm
SLIP_BAR_HEIGHT = 9 * mm
# Words printed around the texts the lead wrote, in each slip language (English is the fallback).
LABELS = {
    "coupon": {"en": "Your code", "nb": "Din kode", "pl": "Twój kod", "fi": "Koodisi"},
    "returns": {"en": "Return code", "nb": "Returkode", "pl": "Kod zwrotu", "fi": "Palautuskoodi"},
}
PREVIEW_TEXT = "PREVIEW — NOT FOR THE BOX"


def label(key: str, language: str) -> str:
    words = LABELS[key]
    return words.get(language, words["en"])


def _initials(name: str) -> str:
    letters = [word[0] for word in clean_text(name).split() if word and word[0].isalnum()]
    return "".join(letters[:2]).upper() or "?"


def _draw_logo(c: Canvas, content: SlipContent, x: float, top: float) -> float:
    """The merchant's logo (or a placeholder badge with their initials); returns its width."""
    if content.logo is not None:
        image = ImageReader(str(content.logo))
        iw, ih = image.getSize()
        width = min(LOGO_HEIGHT * iw / ih, 40 * mm)
        c.drawImage(image, x, top - LOGO_HEIGHT, width, LOGO_HEIGHT, preserveAspectRatio=True, mask="auto")
        return width
    c.saveState()
    c.setFillGray(0.15)
    c.roundRect(x, top - LOGO_HEIGHT, LOGO_HEIGHT, LOGO_HEIGHT, 3 * mm, stroke=0, fill=1)
    c.setFillGray(1)
    initials = _initials(content.merchant_name)
    size = shrink_to_fit(initials, FONT_BOLD, 20, LOGO_HEIGHT - 4 * mm)
    c.setFont(FONT_BOLD, size)
    c.drawCentredString(x + LOGO_HEIGHT / 2, top - LOGO_HEIGHT / 2 - size * 0.35, initials)
    c.restoreState()
    return LOGO_HEIGHT


def draw_qr(c: Canvas, data: str, x: float, y: float, size: float, *, dpi: int = 300) -> float:
    """A QR code (segno, error correction M) no wider than `size`, modules snapped to whole printer dots,
    4-module quiet zone painted white; returns the side drawn."""
    qr = segno.make(data, error="m", micro=False)
    border = 4
    modules = qr.symbol_size(border=border)[0]
    dot = POINTS_PER_INCH / dpi
    module = max(1, int(size / modules / dot)) * dot
    x0, y0 = snap(x, dpi), snap(y, dpi)
    side = modules * module
    c.saveState()
    c.setFillGray(1)
    c.rect(x0, y0, side, side, stroke=0, fill=1)
    c.setFillGray(0)
    for row_index, row in enumerate(qr.matrix_iter(border=border)):
        top = y0 + side - (row_index + 1) * module
        run_start = None
        for col, dark in enumerate([*row, 0]):
            if dark and run_start is None:
                run_start = col
            elif not dark and run_start is not None:
                c.rect(x0 + run_start * module, top, (col - run_start) * module, module, stroke=0, fill=1)
                run_start = None
    c.restoreState()
    return side


def _paragraphs(c: Canvas, text: str, x: float, top: float, width: float, size: float, bottom: float) -> float:
    """Body text wrapped paragraph by paragraph (blank lines kept as a gap) down to `bottom`."""
    leading = size * 1.3
    y = top
    for paragraph in text.split("\n"):
        if not paragraph.strip():
            y -= leading * 0.5
            continue
        room = max(1, int((y - bottom) / leading))
        c.setFont(FONT, size)
        for line in wrap_text(paragraph, FONT, size, width, room):
            y -= leading
            draw_text(c, x, y, line, FONT, size)
        if y - leading < bottom:
            break
    return y


def draw_slip(c: Canvas, content: SlipContent, page: tuple[float, float], *, dpi: int = 300) -> None:
    """One slip on the current page."""
    width, height = page
    inner = width - 2 * MARGIN
    top = height - MARGIN
    logo_width = _draw_logo(c, content, MARGIN, top)
    name_x = MARGIN + logo_width + 3 * mm
    name = clean_text(content.merchant_name)
    size = shrink_to_fit(name, FONT_BOLD, 12, width - MARGIN - name_x)
    c.setFont(FONT_BOLD, size)
    draw_text(c, name_x, top - LOGO_HEIGHT / 2 - size * 0.35, name, FONT_BOLD, size)
    y = top - LOGO_HEIGHT - 5 * mm
    if content.preview:
        c.saveState()
        c.setFillColorRGB(0.75, 0, 0)
        c.setFont(FONT_BOLD, 9)
        c.drawCentredString(width / 2, y, PREVIEW_TEXT)
        c.restoreState()
        y -= 5 * mm

    # Bottom band: QR left, slip barcode right; the texts fill what is above it.
    band_bottom = MARGIN
    qr_side = draw_qr(c, content.qr_data, MARGIN, band_bottom, QR_SIZE, dpi=dpi) if content.qr_data else 0.0
    bar_width = symbol_width(content.slip_code, dpi=dpi)
    bar_x = width - MARGIN - bar_width
    box = draw_code128(c, bar_x, band_bottom, content.slip_code, dpi=dpi, height=SLIP_BAR_HEIGHT, font_size=7)
    if content.order_ref:
        c.setFont(FONT, 7)
        c.drawRightString(width - MARGIN, box.y + box.height + 2, clean_text(content.order_ref))
    band_top = band_bottom + max(qr_side, box.height + 10) + 4 * mm

    coupon_top = band_top
    if content.coupon_code:
        key = "returns" if content.kind == "returns" else "coupon"
        c.setLineWidth(1)
        c.setDash(3, 2)
        c.rect(MARGIN, band_top, inner, 15 * mm, stroke=1, fill=0)
        c.setDash()
        c.setFont(FONT, 7.5)
        c.drawCentredString(width / 2, band_top + 10.5 * mm, label(key, content.language))
        code_size = shrink_to_fit(content.coupon_code, FONT_BOLD, 15, inner - 6 * mm)
        c.setFont(FONT_BOLD, code_size)
        c.drawCentredString(width / 2, band_top + 3.5 * mm, content.coupon_code)
        coupon_top = band_top + 15 * mm + 3 * mm

    headline = clean_text(content.headline)
    head_size = 15.0
    while head_size > 9 and len(wrap_text(headline, FONT_BOLD, head_size, inner, 10**6)) > 3:
        head_size -= 0.5
    c.setFont(FONT_BOLD, head_size)
    for line in wrap_text(headline, FONT_BOLD, head_size, inner, 3):
        y -= head_size * 1.15
        draw_text(c, MARGIN, y, line, FONT_BOLD, head_size)
    y -= 3 * mm
    _paragraphs(c, content.body, MARGIN, y, inner, 9.5, coupon_top)


def render_slips_pdf(contents: Sequence[SlipContent], *, size: str = "a6", dpi: int = 300) -> bytes:
    """One page per slip (A6 or half-letter), fonts embedded, barcodes snapped to `dpi`."""
    if not contents:
        raise ValueError("no slips to render")
    try:
        page = PAGE_SIZES[size.lower()]
    except KeyError:
        raise ValueError(f"slip size must be one of {', '.join(PAGE_SIZES)}, got {size!r}") from None
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=page, pageCompression=1)
    c.setTitle(f"Slips {contents[0].order_ref}".strip())
    c.setAuthor("Packstation")
    for content in contents:
        draw_slip(c, content, page, dpi=dpi)
        c.showPage()
    c.save()
    return buffer.getvalue()
