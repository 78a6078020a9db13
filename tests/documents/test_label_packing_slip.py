"""The packing slip: items, no prices on gift orders, gift message, per-box contents, return QR that scans."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from helpers.decode import decode_pdf, pdf_text

from packstation.documents.data import Address, BoxContents, PackingSlipData, SlipLine
from packstation.documents.packing_slip import render_packing_slip_pdf

MERCHANT = Address("Nordlys Outdoor AS", "Industriveien 4", "", "0580", "Oslo", "", "NO")
TO = Address("Åsa Bäckström", "Sveavägen 1", "", "111 57", "Stockholm", "", "SE")
LINES = (
    SlipLine("TENT-2P", "Tent <b>2 person</b> & more", 1, Decimal("199.00")),
    SlipLine("MUG-1", "Enamel mug", 4, Decimal("9.50")),
)


def slip(**extra: object) -> PackingSlipData:
    fields: dict[str, object] = dict(
        merchant_name="Nordlys Outdoor AS",
        merchant_address=MERCHANT,
        ship_to=TO,
        order_ref="SO-3003",
        order_date="2025-03-01",
        lines=LINES,
        currency="SEK",
        returns_policy="Return within 30 days, unused.",
        return_code="RET-NORD-SO3003",
    )
    fields.update(extra)
    return PackingSlipData(**fields)  # type: ignore[arg-type]


def write(tmp_path: Path, data: PackingSlipData, page_size: str = "A4") -> Path:
    path = tmp_path / f"slip-{page_size}.pdf"
    path.write_bytes(render_packing_slip_pdf(data, page_size=page_size))
    return path


@pytest.mark.parametrize("page_size", ["A4", "LETTER", "A5"])
def test_items_prices_and_return_qr(tmp_path: Path, page_size: str) -> None:
    path = write(tmp_path, slip(), page_size)
    text = pdf_text(path)
    assert "Åsa Bäckström" in text.splitlines()
    assert "Tent <b>2 person</b> & more" in text  # merchant text printed as typed, not as markup
    assert "38.00 SEK" in text and "199.00 SEK" in text
    assert "Return within 30 days, unused." in text
    assert decode_pdf(path, dpi=300) == [("RET-NORD-SO3003", "]Q1")]


def test_gift_order_shows_no_prices_and_the_message(tmp_path: Path) -> None:
    text = pdf_text(write(tmp_path, slip(gift=True, gift_message="Happy birthday, Łukasz! — from Zoë")))
    assert "SEK" not in text and "Price" not in text
    assert "Happy birthday, Łukasz! — from Zoë" in text


def test_multi_box_order_lists_each_box(tmp_path: Path) -> None:
    boxes = (BoxContents(1, LINES[:1], "CP000012349SE"), BoxContents(2, LINES[1:], "CP000012352SE"))
    text = pdf_text(write(tmp_path, slip(boxes=boxes)))
    assert "Box 1 of 2 — CP000012349SE" in text and "Box 2 of 2 — CP000012352SE" in text


def test_unknown_page_size_is_named() -> None:
    with pytest.raises(ValueError, match="B5"):
        render_packing_slip_pdf(slip(), page_size="B5")
