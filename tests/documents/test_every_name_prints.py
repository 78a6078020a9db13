"""Issue 17 part 8: every customer's name prints.

Chinese, Japanese, Korean and emoji are set in the shipped fallback fonts (PDF: embedded, seen by pdffonts; ZPL:
sent as a graphic field the printer needs no font for, seen in the rendered label); a character no shipped font
has is refused before printing, naming it, instead of printing as an empty box.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from helpers.decode import decode_zpl, pdf_text, render_zpl
from PIL import Image

from packstation.documents.data import Address, LabelData
from packstation.documents.fonts import FALLBACK_CJK, FALLBACK_SYMBOLS, FONT, UnprintableText, missing, runs
from packstation.documents.label import render_labels_pdf
from packstation.documents.zpl import render_labels_zpl
from packstation.domain.carriers import make_s10, make_sscc

MERCHANT = Address("Nordlys Outdoor AS", "Industriveien 4", "", "0580", "Oslo", "", "NO")
NAMES = {"zh": "王小明", "ja": "山田 はなこ", "ko": "김민준", "emoji": "Anna 😀🎉"}


def label(name: str, city: str = "Oslo") -> LabelData:
    return LabelData(
        ship_from=MERCHANT,
        ship_to=Address(name, "Storgata 1", "", "0155", city, "", "NO"),
        carrier_code="postnord",
        carrier_name="PostNord",
        service="standard",
        tracking_number=make_s10("CP", 2001, "SE"),
        sscc=make_sscc("0614141", 701),
        order_ref="SO-2002",
        package_no=1,
        package_count=1,
        weight_g=900,
        routing_code="NO-015",
    )


def test_runs_pick_a_font_that_has_each_glyph() -> None:
    assert runs("Łukasz", FONT) == [("Łukasz", FONT)]
    assert runs("王小明", FONT) == [("王小明", FALLBACK_CJK)]
    assert runs("Anna 😀🎉", FONT) == [("Anna 😀", FONT), ("🎉", FALLBACK_SYMBOLS)]  # DejaVu has a few emoji
    assert runs("김\u200d민", FONT) == [("김민", FALLBACK_CJK)]  # a joiner draws nothing and is not missing
    assert all(missing(name) == "" for name in NAMES.values())


def test_a_pdf_label_embeds_the_fonts_that_draw_the_name(tmp_path: Path) -> None:
    path = tmp_path / "labels.pdf"
    path.write_bytes(
        render_labels_pdf([label(NAMES["zh"], "東京"), label(NAMES["ja"]), label(NAMES["ko"]), label(NAMES["emoji"])])
    )
    fonts = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    assert FALLBACK_CJK in fonts and FALLBACK_SYMBOLS in fonts, fonts  # today: only DejaVu, names as boxes
    text = pdf_text(path)
    for key in ("zh", "ja", "ko"):
        assert NAMES[key] in text, key
    assert "東京" in text and "Anna " in text  # (reportlab's text layer keeps 16 bits: emoji do not read back)


def test_a_character_no_font_has_is_refused_before_printing() -> None:
    with pytest.raises(UnprintableText) as caught:
        render_labels_pdf([label("Ann \U0001fae0")])  # an emoji newer than every shipped font
    assert caught.value.code == "unprintable_text" and "\U0001fae0" in str(caught.value)
    with pytest.raises(UnprintableText):
        render_labels_zpl([label("Ann \U0001fae0")])


@pytest.mark.slow
def test_a_zpl_label_draws_foreign_names_as_graphics_the_printer_shows(tmp_path: Path) -> None:
    zpl = render_labels_zpl([label(NAMES["zh"]), label("Łukasz Żółć")], dpi=203)
    first, second = zpl.split("^XZ")[:2]
    graphic = re.search(r"\^FO(\d+),(\d+)\^GFA,(\d+),\d+,(\d+),([0-9A-F]+)\^FS", first)
    assert graphic, "the Chinese name is a graphic field"
    assert "^GFA" not in second and "_C5_81ukasz" in second  # Latin stays printer text
    x, y, _total, row, data = int(graphic[1]), int(graphic[2]), int(graphic[3]), int(graphic[4]), graphic[5]
    ink = bin(int(data, 16)).count("1")
    assert ink > 100, "the bitmap holds the strokes of the name"
    # The rendered label shows those strokes where the field is.
    png = render_zpl(zpl, tmp_path, dpi=203)[0]
    image = Image.open(png).convert("L")
    height = len(data) // 2 // row
    region = image.crop((x, y, x + row * 8, y + height))
    dark = region.point(lambda value: 255 if value < 128 else 0).histogram()[255]
    assert abs(dark - ink) <= ink * 0.25, (dark, ink)
    assert decode_zpl(zpl, dpi=203)[0], "the barcodes still scan"
