"""The evidence record PDF (`packstation evidence CODE --out claim.pdf`): what a merchant sends a customer or a
carrier in a dispute. One package (or the whole order): who packed it, where and when, contents, box and
cushioning, expected and measured weight, the label (tracking number and SSCC as scannable barcodes), the photo with
its SHA-256 (checked against the file), QC results, slips and coupons, and every scan and verdict to the second.

Stamped TRAINING when it comes from a demo database.
"""

from __future__ import annotations

import hashlib
import io
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    Image,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from packstation.documents.barcodes import draw_code128, symbol_width
from packstation.documents.fonts import FONT, FONT_BOLD
from packstation.domain.evidence import Evidence, PackageEvidence, PhotoEvidence

PAGE_W, PAGE_H = A4
MARGIN = 15 * mm
WIDTH = PAGE_W - 2 * MARGIN
GREY = colors.HexColor("#eeeeee")
_H1 = ParagraphStyle("h1", fontName=FONT_BOLD, fontSize=16, leading=20, spaceAfter=4)
_H2 = ParagraphStyle("h2", fontName=FONT_BOLD, fontSize=12, leading=15, spaceBefore=8, spaceAfter=4)
_BODY = ParagraphStyle("body", fontName=FONT, fontSize=9, leading=12)
_SMALL = ParagraphStyle("small", fontName=FONT, fontSize=7.5, leading=9.5)


def _when(value: Any) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S UTC") if value is not None else "–"


def _table(header: list[str], rows: list[list[Any]], widths: list[float] | None = None) -> Table:
    cell = lambda v: v if isinstance(v, Flowable) else Paragraph(_esc(str(v)), _SMALL)  # noqa: E731
    table = Table([[cell(h) for h in header], *[[cell(c) for c in r] for r in rows]], colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 7.5),
                ("BACKGROUND", (0, 0), (-1, 0), GREY),
                ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f7f7f7")]),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


def _facts(rows: list[tuple[str, str]]) -> Table:
    table = Table(
        [[Paragraph(f"<b>{_esc(k)}</b>", _BODY), Paragraph(_esc(v), _BODY)] for k, v in rows],
        colWidths=[40 * mm, WIDTH - 40 * mm],
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Barcode(Flowable):
    """A Code 128 / GS1-128 symbol drawn at 300 dpi module widths (scannable from the printed claim)."""

    def __init__(self, payload: str, *, gs1: bool = False, height: float = 40.0) -> None:
        super().__init__()
        self.payload, self.gs1, self.bar_height = payload, gs1, height
        self.width = symbol_width(payload, dpi=300, gs1=gs1)
        self.height = height + 14

    def draw(self) -> None:
        draw_code128(self.canv, 0, 0, self.payload, dpi=300, gs1=self.gs1, height=self.bar_height)


def photo_check(photo: PhotoEvidence) -> str:
    """Whether the file still is the picture taken (its SHA-256 as recorded), in words."""
    if photo.path is None:
        return f"no photo: {photo.reason or 'no camera'}"
    path = Path(photo.path)
    if not path.is_file():
        return f"photo file missing: {path}"
    actual = hashlib.sha256(path.read_bytes()).hexdigest()
    return "SHA-256 matches the file" if actual == photo.sha256 else "FILE CHANGED since it was taken"


def _package(package: PackageEvidence) -> list[Flowable]:
    out: list[Flowable] = [Paragraph(f"Package {package.package_no} of {package.packages}", _H2)]
    weight = "–" if package.measured_weight_g is None else f"{package.measured_weight_g} g"
    diff = (
        ""
        if package.measured_weight_g is None or not package.expected_weight_g
        else f" ({package.measured_weight_g - package.expected_weight_g:+d} g)"
    )
    cushioning = ", ".join(f"{k} × {v}" for k, v in package.cushioning.items()) or "none"
    out.append(
        _facts(
            [
                ("Box", f"{package.box_code} {package.box_name}".strip() or "shipped as is"),
                ("Size", "{} × {} × {} mm".format(*package.dimensions_mm)),
                ("Cushioning", cushioning),
                ("Expected weight", f"{package.expected_weight_g} g" if package.expected_weight_g else "–"),
                ("Measured weight", weight + diff),
                ("SSCC", package.sscc or "–"),
            ]
        )
    )
    if package.contents:
        out.append(Spacer(1, 3))
        out.append(
            _table(
                ["SKU", "Item", "Qty", "Lot / serial"],
                [[s, n, q, extra] for s, n, q, extra in package.contents],
                [30 * mm, 90 * mm, 15 * mm, WIDTH - 135 * mm],
            )
        )
    for label in package.labels:
        out.append(Spacer(1, 4))
        out.append(
            Paragraph(
                f"<b>Label</b> {label.carrier} {label.service}: {label.status}, printed {label.printed_count}×", _BODY
            )
        )
        out.append(Barcode(label.tracking_number))
    if package.sscc:
        out.append(Barcode("00" + package.sscc, gs1=True))
    for photo in package.photos:
        out.append(Spacer(1, 4))
        out.append(
            Paragraph(
                f"<b>Photo</b> {_when(photo.taken_at)} from {_esc(photo.source or 'no camera')}: "
                f"{_esc(photo_check(photo))}",
                _BODY,
            )
        )
        if photo.path and Path(photo.path).is_file():
            try:
                image = Image(photo.path)
                scale = min(110 * mm / image.imageWidth, 80 * mm / image.imageHeight)
                image.drawWidth, image.drawHeight = image.imageWidth * scale, image.imageHeight * scale
                image.hAlign = "LEFT"
                out.append(image)
            except Exception as exc:  # noqa: BLE001 - an unreadable picture is said, never a broken record
                out.append(Paragraph(f"picture cannot be shown: {_esc(str(exc))}", _BODY))
            out.append(Paragraph(f"SHA-256 {photo.sha256}", _SMALL))
    if not package.photos:
        out.append(Paragraph("<b>Photo</b> none (no camera at the bench when it was packed)", _BODY))
    return out


def render_evidence_pdf(evidence: Evidence) -> bytes:
    buffer = io.BytesIO()
    title = f"Evidence record — order {evidence.order_ref}"

    def stamp(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7)
        canvas.drawString(
            MARGIN,
            8 * mm,
            f"Packstation evidence record · {evidence.order_ref} · asked for {evidence.code} · page {doc.page}",
        )
        if evidence.demo:
            canvas.setFont(FONT_BOLD, 40)
            canvas.setFillColor(colors.HexColor("#c62828"))
            canvas.drawCentredString(PAGE_W / 2, PAGE_H - 12 * mm, "TRAINING")
        canvas.restoreState()

    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=title,
        author="Packstation",
    )
    story: list[Flowable] = [
        Paragraph(_esc(title), _H1),
        _facts(
            [
                ("Merchant", evidence.merchant),
                ("Customer", evidence.customer),
                ("Ship to", evidence.ship_to),
                ("Carrier", evidence.carrier),
                ("Status", evidence.order_status),
                ("Packed by", ", ".join(evidence.packers) or "–"),
                ("Station", ", ".join(evidence.stations) or "–"),
                ("Started", _when(evidence.started_at)),
                ("Finished", _when(evidence.ended_at)),
            ]
        ),
    ]
    for package in evidence.packages:
        story.extend(_package(package))
    story.append(Paragraph("Quality checks", _H2))
    story.append(
        _table(
            ["Time", "Check", "SKU", "Result", "Value"],
            [
                [
                    _when(q.at),
                    q.check,
                    q.sku,
                    ("passed" if q.passed else "FAILED") + (" (overridden)" if q.overridden else ""),
                    q.value,
                ]
                for q in evidence.qc
            ]
            or [["–", "no checks", "", "", ""]],
            [38 * mm, 25 * mm, 30 * mm, 30 * mm, WIDTH - 123 * mm],
        )
    )
    story.append(Paragraph("Slips and coupons in the box", _H2))
    story.append(
        _table(
            ["Slip", "Kind", "Campaign", "Coupon", "Status"],
            [[s.slip_code, s.kind, s.campaign, s.coupon, s.status] for s in evidence.slips]
            or [["–", "no slips", "", "", ""]],
            [35 * mm, 25 * mm, 60 * mm, 35 * mm, WIDTH - 155 * mm],
        )
    )
    story.append(Paragraph("Every scan and verdict", _H2))
    rows = [
        [
            _when(e.at),
            e.station,
            e.user + (f" / lead {e.approver}" if e.approver else ""),
            e.kind,
            e.code,
            e.raw or e.sku,
            e.error_type or "",
        ]
        for e in evidence.events
    ]
    story.append(
        KeepTogether([])
        if not rows
        else _table(
            ["Time", "Station", "Who", "What", "Verdict", "Scanned", "Error"],
            rows,
            [36 * mm, 20 * mm, 28 * mm, 15 * mm, 27 * mm, 35 * mm, WIDTH - 161 * mm],
        )
    )
    doc.build(story, onFirstPage=stamp, onLaterPages=stamp)
    return buffer.getvalue()
