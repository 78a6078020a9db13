"""The slip PDF, read back as a packer's scanner and a customer's phone would: rasterised, QR and barcode decoded,
names found exactly as written."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from helpers.decode import decode_pdf, decode_pdf_pages, pdf_text
from PIL import Image

from packstation.documents.marketing_slip import SlipContent, render_slips_pdf
from packstation.domain.campaigns import new_coupon_code, new_slip_code

PEOPLE = [
    ("pl", "Łukasz", "Dziękujemy, Łukasz!", "Twój kod"),
    ("nb", "Bjørn", "Takk for handelen, Bjørn!", "Din kode"),
    ("fi", "Päivi", "Olemme pahoillamme, Päivi", "Koodisi"),
]


def slip(language: str, headline: str, **changes: object) -> SlipContent:
    coupon = new_coupon_code("VIP")
    content = SlipContent(
        slip_code=new_slip_code(),
        kind="marketing",
        language=language,
        merchant_name="Nordic Roast",
        headline=headline,
        body="Tusen takk.\n\nBruk koden neste gang.",
        coupon_code=coupon,
        qr_data=f"https://nordic.example/c/{coupon}?n=Ł",
        order_ref="A-1001",
    )
    return replace(content, **changes)  # type: ignore[arg-type]


def write(tmp_path: Path, contents: list[SlipContent], **kwargs: object) -> Path:
    path = tmp_path / "slips.pdf"
    path.write_bytes(render_slips_pdf(contents, **kwargs))  # type: ignore[arg-type]
    return path


@pytest.mark.parametrize("dpi", [203, 300])
def test_qr_and_slip_barcode_decode_and_names_print_exactly(tmp_path: Path, dpi: int) -> None:
    contents = [slip(lang, headline) for lang, _, headline, _ in PEOPLE]
    path = write(tmp_path, contents, dpi=dpi)
    pages = decode_pdf_pages(path, dpi=dpi, mono=True)
    assert len(pages) == 3
    for page, content in zip(pages, contents, strict=True):
        assert (content.qr_data, "]Q1") in page
        assert (content.slip_code, "]C0") in page
    text = pdf_text(path)
    for (_, first_name, _, coupon_word), content in zip(PEOPLE, contents, strict=True):
        assert first_name in text
        assert coupon_word in text
        assert content.coupon_code in text
    assert "?" not in text.replace("?n=", "")  # no glyph fell back to a placeholder


def test_half_letter_and_a6_page_sizes(tmp_path: Path) -> None:
    for size, (width_mm, height_mm) in (("a6", (105, 148)), ("half-letter", (139.7, 215.9))):
        path = write(tmp_path, [slip("en", "Hello")], size=size)
        info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
        line = next(x for x in info.splitlines() if x.startswith("Page size:"))
        width_pt, height_pt = (float(v) for v in line.split(":")[1].split("pts")[0].split(" x "))
        assert (round(width_pt / 72 * 25.4, 1), round(height_pt / 72 * 25.4, 1)) == (width_mm, height_mm)
    with pytest.raises(ValueError, match="slip size must be one of"):
        render_slips_pdf([slip("en", "x")], size="A4")


def test_returns_slip_without_link_and_a_long_text_keep_their_codes_readable(tmp_path: Path) -> None:
    long_body = " ".join(["Returns are free within thirty days of delivery."] * 40)
    content = slip(
        "en",
        "Returning something? " * 8,
        kind="returns",
        body=long_body,
        qr_data="R-K7QM-3XRT-PW9C",
        coupon_code="R-K7QM-3XRT-PW9C",
    )
    path = write(tmp_path, [content])
    found = decode_pdf(path, dpi=300)
    assert ("R-K7QM-3XRT-PW9C", "]Q1") in found and (content.slip_code, "]C0") in found
    assert "Return code" in pdf_text(path)


def test_merchant_logo_image_and_preview_mark(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 100), (20, 90, 160)).save(logo)
    path = write(tmp_path, [slip("nb", "Hei", logo=logo, preview=True)])
    text = pdf_text(path)
    assert "PREVIEW — NOT FOR THE BOX" in text
    assert "NR" not in text.split("Nordic Roast")[0]  # the real logo replaces the initials badge
    placeholder = pdf_text(write(tmp_path, [slip("nb", "Hei")]))
    assert placeholder.startswith("NR")


def test_a_slip_without_qr_still_carries_its_barcode(tmp_path: Path) -> None:
    content = slip("en", "Thanks", qr_data="", coupon_code=None)
    assert decode_pdf(write(tmp_path, [content]), dpi=300) == [(content.slip_code, "]C0")]
