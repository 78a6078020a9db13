"""The PDF shipping label, read back as a printer and a scanner would: 1-bit raster at 203 and 300 dpi."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.decode import decode_pdf, decode_pdf_pages, pdf_text
from PIL import Image
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas

from packstation.documents.barcodes import code128_modules, dots_for, draw_code128
from packstation.documents.data import Address, LabelData
from packstation.documents.label import render_labels_pdf
from packstation.domain.carriers import make_demo_tracking, make_one_z, make_s10, make_sscc

MERCHANT = Address("Nordlys Outdoor AS", "Industriveien 4", "", "0580", "Oslo", "", "NO")
NAMES = ["Łucja Żółkiewska-Øvergård", "Åsa Bäckström", "Jørgen Ødegård", "Zoë O'Brien-Łęcka"]


def label(name: str = NAMES[0], *, no: int = 1, count: int = 1, demo: bool = False, **extra: object) -> LabelData:
    fields: dict[str, object] = dict(
        ship_from=MERCHANT,
        ship_to=Address(name, "ul. Świętojańska 12/4", "", "81-391", "Gdynia", "", "PL"),
        carrier_code="postnord",
        carrier_name="PostNord",
        service="standard",
        tracking_number=make_demo_tracking(no) if demo else make_s10("CP", 1000 + no, "SE"),
        sscc=make_sscc("0614141", 500 + no),
        order_ref="SO-1001",
        package_no=no,
        package_count=count,
        weight_g=1234,
        length_mm=300,
        width_mm=200,
        height_mm=100,
        routing_code="PL-813",
        demo=demo,
    )
    fields.update(extra)
    return LabelData(**fields)  # type: ignore[arg-type]


def write(tmp_path: Path, labels: list[LabelData], dpi: int = 203) -> Path:
    path = tmp_path / "labels.pdf"
    path.write_bytes(render_labels_pdf(labels, dpi=dpi))
    return path


@pytest.mark.parametrize("dpi", [203, 300])
def test_every_barcode_decodes_with_its_symbology_after_a_1_bit_raster(tmp_path: Path, dpi: int) -> None:
    labels = [
        label(no=1, count=2),
        label(no=2, count=2, carrier_code="ups", carrier_name="UPS", tracking_number=make_one_z("PKS001", "01", 42)),
    ]
    pages = decode_pdf_pages(write(tmp_path, labels, dpi), dpi=dpi)
    assert pages == [
        [(labels[0].tracking_number, "]C0"), ("(00)" + labels[0].sscc, "]C1")],
        [(labels[1].tracking_number, "]C0"), ("(00)" + labels[1].sscc, "]C1")],
    ]


def test_bars_are_whole_printer_dots(tmp_path: Path) -> None:
    """Every bar and space in the raster is a multiple of the module width: 2 dots Code 128, 4 dots SSCC."""
    path = tmp_path / "one.pdf"
    canvas = Canvas(str(path), pagesize=(4 * inch, 2 * inch))
    payload = "1ZPKS0010100000421"
    box = draw_code128(canvas, 13.3, 20.7, payload, dpi=203, height=60, human_readable=False)
    canvas.save()
    (page,) = decode_pdf_pages(path)
    assert page == [(payload, "]C0")]
    import subprocess

    subprocess.run(["pdftoppm", "-r", "203", "-mono", str(path), str(tmp_path / "r")], check=True)
    image = Image.open(next(tmp_path.glob("r-*.pbm"))).convert("L")
    row_y = image.height - round((box.y + box.height / 2) * 203 / 72)
    row = [image.getpixel((x, row_y)) < 128 for x in range(image.width)]
    runs: list[tuple[bool, int]] = []
    for dark in row:
        if runs and runs[-1][0] == dark:
            runs[-1] = (dark, runs[-1][1] + 1)
        else:
            runs.append((dark, 1))
    inner = runs[1:-1]  # between the page's white margins
    assert inner, "no bars found"
    assert all(width % 2 == 0 for _, width in inner)
    assert "".join(("1" if dark else "0") * (width // 2) for dark, width in inner) == code128_modules(payload)


def test_module_widths_follow_the_printer() -> None:
    assert (dots_for(0.25, 203), dots_for(0.25, 300)) == (2, 3)
    assert (dots_for(0.495, 203), dots_for(0.495, 300)) == (4, 6)


@pytest.mark.parametrize("name", NAMES)
def test_customer_name_extracts_exactly_as_written(tmp_path: Path, name: str) -> None:
    text = pdf_text(write(tmp_path, [label(name)]))
    assert name in text.splitlines()


def test_demo_label_says_do_not_ship_and_carries_a_demo_number(tmp_path: Path) -> None:
    path = write(tmp_path, [label(no=1, count=2, demo=True), label(no=2, count=2, demo=True)])
    text = pdf_text(path)
    assert text.count("DEMO — DO NOT SHIP") >= 2
    assert [t for t, _ in decode_pdf(path)][::2] == [make_demo_tracking(1), make_demo_tracking(2)]


def test_production_label_has_no_demo_mark(tmp_path: Path) -> None:
    assert "DEMO" not in pdf_text(write(tmp_path, [label()]))


def test_facts_and_marks_print(tmp_path: Path) -> None:
    data = label(no=2, count=3, fragile=True, this_side_up=True, hazmat_classes=("9",))
    text = pdf_text(write(tmp_path, [data]))
    for expected in (
        "Package 2 of 3",
        "Order SO-1001",
        "Weight 1.23 kg",
        "Dims 30 × 20 × 10 cm",
        "FRAGILE",
        "THIS SIDE UP",
        "HAZMAT 9",
        "PostNord",
        "Nordlys Outdoor AS",
        "81-391 Gdynia",
    ):
        assert expected in text


def test_hostile_long_name_stays_on_the_label_and_barcodes_still_scan(tmp_path: Path) -> None:
    hostile = ("^XA~JR\nRobert'); DROP TABLE--" * 12)[:300]
    data = label(hostile)
    path = write(tmp_path, [data])
    text = pdf_text(path)
    assert "^XA~JR Robert'); DROP" in text  # printed literally, newline as a space
    assert decode_pdf(path) == [(data.tracking_number, "]C0"), ("(00)" + data.sscc, "]C1")]


def test_barcode_payloads_are_restricted() -> None:
    with pytest.raises(ValueError):
        code128_modules("line\nbreak")
    with pytest.raises(ValueError):
        code128_modules("00ABC", gs1=True)
