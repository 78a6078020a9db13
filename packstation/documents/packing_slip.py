"""The packing slip (A4, Letter or A5): items and quantities, per-box contents, gift message, returns.

Gift orders never show prices (the slip travels to the recipient). The merchant's return code prints as a QR code
(segno; drawn module by module, so no image library is needed) and as text.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from decimal import Decimal

import segno
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, A5, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.flowables import HRFlowable

from packstation.documents.data import PackingSlipData, SlipLine
from packstation.documents.fonts import FONT, FONT_BOLD, markup
from packstation.documents.i18n import DocText
from packstation.documents.text import clean_text

PAGE_SIZES = {"A4": A4, "LETTER": LETTER, "A5": A5}
QR_DPI = 300  # QR modules snap to this grid: 300 dpi laser/inkjet is the usual office printer


def _styles(small: bool) -> dict[str, ParagraphStyle]:
    base = 8.5 if small else 10
    return {
        "body": ParagraphStyle("body", fontName=FONT, fontSize=base, leading=base * 1.25),
        "small": ParagraphStyle("small", fontName=FONT, fontSize=base - 1.5, leading=(base - 1.5) * 1.25),
        "title": ParagraphStyle("title", fontName=FONT_BOLD, fontSize=base + 6, leading=(base + 6) * 1.2),
        "h2": ParagraphStyle(
            "h2",
            fontName=FONT_BOLD,
            fontSize=base + 1.5,
            leading=(base + 1.5) * 1.3,
            spaceBefore=base * 0.6,
            spaceAfter=base * 0.3,
        ),
        "gift": ParagraphStyle(
            "gift",
            fontName=FONT,
            fontSize=base + 1,
            leading=(base + 1) * 1.35,
            borderColor=colors.black,
            borderWidth=0.8,
            borderPadding=6,
            spaceBefore=8,
            spaceAfter=8,
        ),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of customer or merchant text: markup-escaped so '<b>' or '&' print as typed."""
    return Paragraph(markup(clean_text(text), style.fontName), style)  # fallback fonts for CJK and emoji


class QrCode(Flowable):
    """A QR code drawn as squares, each module a whole number of dots at `dpi`, with a 4-module quiet zone."""

    def __init__(self, data: str, size: float = 28 * mm, dpi: int = QR_DPI) -> None:
        super().__init__()
        self.qr = segno.make(data, error="m", micro=False)
        modules = len(self.qr.matrix) + 8
        dots_per_module = max(1, int(size * dpi / 72 / modules))
        self.module = dots_per_module * 72 / dpi
        self.width = self.height = modules * self.module
        self.dpi = dpi

    def wrap(self, *_args: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setFillColorRGB(1, 1, 1)
        c.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        m = self.module
        rows = len(self.qr.matrix)
        for r, row in enumerate(self.qr.matrix):
            for col, dark in enumerate(row):
                if dark:
                    c.rect((col + 4) * m, (rows - 1 - r + 4) * m, m, m, stroke=0, fill=1)
        c.restoreState()


def _items_table(
    lines: Sequence[SlipLine],
    currency: str,
    show_prices: bool,
    styles: dict[str, ParagraphStyle],
    width: float,
    text: DocText,
) -> Table:
    show_prices = show_prices and any(line.unit_price is not None for line in lines)
    header = [text.t("qty"), text.t("item"), text.t("description")] + ([text.t("price")] if show_prices else [])
    rows: list[list[object]] = [header]
    for line in lines:
        row: list[object] = [str(line.quantity), _p(line.sku, styles["small"]), _p(line.description, styles["body"])]
        if show_prices:
            row.append(text.money((line.unit_price or Decimal(0)) * line.quantity, currency))
        rows.append(row)
    widths = [12 * mm, 32 * mm]
    rest = width - sum(widths) - (24 * mm if show_prices else 0)
    widths.append(rest)
    if show_prices:
        widths.append(24 * mm)
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, 0), FONT_BOLD, styles["body"].fontSize),
                ("FONT", (0, 1), (-1, -1), FONT, styles["body"].fontSize),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.grey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (0, 0), (0, -1), "RIGHT"),
                ("ALIGN", (-1, 1), (-1, -1), "RIGHT" if show_prices else "LEFT"),
            ]
        )
    )
    return table


def render_packing_slip_pdf(data: PackingSlipData, *, page_size: str = "A4") -> bytes:
    """The packing slip as PDF bytes; `page_size` is A4, LETTER or A5."""
    try:
        size = PAGE_SIZES[page_size.upper()]
    except KeyError:
        raise ValueError(f"page size must be one of {', '.join(PAGE_SIZES)}, not {page_size!r}") from None
    small = page_size.upper() == "A5"
    margin = (10 if small else 15) * mm
    styles = _styles(small)
    text = DocText(data.locale)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=size,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        title=f"{text.t('packing_slip')} {data.order_ref}",
        author="Packstation",
    )
    width = size[0] - 2 * margin
    story: list[Flowable] = []
    if data.demo:
        story.append(_p(text.t("demo"), styles["title"]))
    story.append(_p(data.merchant_name, styles["title"]))
    story.append(_p(", ".join([data.merchant_address.line1, *data.merchant_address.lines()[1:]]), styles["small"]))
    story.append(Spacer(1, 4 * mm))
    ship_to = [data.ship_to.name, *data.ship_to.lines()]
    facts = [text.t("order", ref=data.order_ref), text.t("date", date=text.date(data.order_date))]
    facts += [text.t("gift_order")] if data.gift else []
    head = Table(
        [
            [
                [_p(text.t("ship_to"), styles["small"])] + [_p(t, styles["body"]) for t in ship_to],
                [_p(t, styles["body"]) for t in facts],
            ]
        ],
        colWidths=[width * 0.6, width * 0.4],
    )
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story += [head, Spacer(1, 3 * mm), HRFlowable(width="100%", thickness=1, color=colors.black)]

    story.append(_p(text.t("items"), styles["h2"]))
    story.append(_items_table(data.lines, data.currency, not data.gift, styles, width, text))
    if data.gift and data.gift_message:
        story.append(_p(text.t("gift_message"), styles["h2"]))
        story.append(_p(data.gift_message, styles["gift"]))
    if len(data.boxes) > 1:
        story.append(_p(text.t("contents_per_box"), styles["h2"]))
        for box in data.boxes:
            title = text.t("box_of", n=box.package_no, count=len(data.boxes))
            if box.tracking_number:
                title += f" — {box.tracking_number}"
            story.append(
                KeepTogether(
                    [_p(title, styles["body"]), _items_table(box.lines, data.currency, False, styles, width, text)]
                )
            )
    if data.returns_policy or data.return_code:
        story.append(_p(text.t("returns"), styles["h2"]))
        returns = [_p(data.returns_policy, styles["body"])] if data.returns_policy else []
        if data.return_code:
            returns.append(_p(text.t("return_code", code=data.return_code), styles["body"]))
            cell = Table(
                [[returns, QrCode(data.return_code, 24 * mm if small else 30 * mm)]],
                colWidths=[width - 36 * mm, 36 * mm],
            )
            cell.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
            story.append(KeepTogether([cell]))
        else:
            story += returns
    doc.build(story)
    return buffer.getvalue()
