"""The returns slip (A5/A4): what the customer sends back, by when, why, and the return code as QR + text.

It goes in the box beside the packing slip when the merchant offers returns; it is written in the customer's locale
(words from `packstation.documents.i18n`, the return-by date and the refund values in the customer's formats, by
Babel). Gift orders carry no prices (`SlipLine.unit_price` None): no refund column then.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, SimpleDocTemplate, Spacer, Table, TableStyle

from packstation.documents.data import Address, SlipLine
from packstation.documents.i18n import DocText
from packstation.documents.packing_slip import PAGE_SIZES, QrCode, _p, _styles


@dataclass(frozen=True)
class ReturnsSlipData:
    merchant_name: str
    return_address: Address
    order_ref: str
    return_code: str
    return_by: date
    carrier_name: str
    lines: tuple[SlipLine, ...]
    locale: str = "en"
    currency: str = ""
    policy: str = ""  # the merchant's returns policy in the customer's language


def render_returns_slip_pdf(data: ReturnsSlipData, *, page_size: str = "A5") -> bytes:
    """The returns slip as PDF bytes, in the customer's language (`data.locale`)."""
    size = PAGE_SIZES[page_size.upper()]
    text = DocText(data.locale)
    styles = _styles(page_size.upper() == "A5")
    margin = 10 * mm
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=size,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        title=f"{text.t('returns_slip')} {data.order_ref}",
        author="Packstation",
    )
    width = size[0] - 2 * margin
    story: list[Flowable] = [
        _p(f"{data.merchant_name} — {text.t('returns_slip')}", styles["title"]),
        _p(text.t("order", ref=data.order_ref), styles["body"]),
        _p(text.t("return_by", date=text.date(data.return_by)), styles["body"]),
        *([_p(data.policy, styles["body"])] if data.policy else []),
        Spacer(1, 3 * mm),
        _p(text.t("return_items"), styles["h2"]),
    ]
    priced = bool(data.currency) and all(line.unit_price is not None for line in data.lines)
    header = [text.t("qty"), text.t("item"), text.t("description")]
    rows: list[list[object]] = [header + ([text.t("refund_value")] if priced else [])]
    for line in data.lines:
        row: list[object] = [text.number(line.quantity), line.sku, _p(line.description, styles["body"])]
        if priced:
            row.append(text.money((line.unit_price or 0) * line.quantity, data.currency))
        rows.append(row)
    if priced:
        total = sum(((line.unit_price or 0) * line.quantity for line in data.lines), start=0)
        rows.append(["", "", text.t("total"), text.money(total, data.currency)])  # type: ignore[arg-type]
    widths = [14 * mm, 30 * mm, width - 44 * mm]
    if priced:
        widths = [14 * mm, 30 * mm, width - 76 * mm, 32 * mm]
    table = Table(rows, colWidths=widths)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), styles["body"].fontName, styles["body"].fontSize),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (3, 0), (3, -1), "RIGHT"),
            ]
        )
    )
    story += [table, _p(text.t("return_reason"), styles["h2"])]
    story += [
        _p(f"☐ {text.t(key)}", styles["body"])
        for key in ("reason_size", "reason_damaged", "reason_not_as_described", "reason_changed_mind")
    ]
    story.append(Spacer(1, 3 * mm))
    address = [data.return_address.name, *data.return_address.lines()]
    left = [
        _p(text.t("return_steps", carrier=data.carrier_name), styles["body"]),
        Spacer(1, 2 * mm),
        *[_p(line, styles["body"]) for line in address],
        _p(text.t("return_code", code=data.return_code), styles["body"]),
    ]
    cell = Table([[left, QrCode(data.return_code, 28 * mm)]], colWidths=[width - 36 * mm, 36 * mm])
    cell.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story.append(cell)
    doc.build(story)
    return buffer.getvalue()
