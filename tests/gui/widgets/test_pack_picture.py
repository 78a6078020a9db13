"""The pack picture: SKUs of one box in distinct colours, and the caption under each box never clipped."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtGui import QColor, QFontMetricsF, QImage

from packstation.domain.cartonize import plan_order
from packstation.domain.cartonize.cases import parse_cases
from packstation.gui.widgets.pack_picture import PALETTE, PackPicture, box_colours, caption_layout, sku_colour
from tests.gui.screenshots import save

DEV = Path(__file__).resolve().parent.parent.parent / "data" / "cartons" / "boxpacker_dev.json"


def _same_stable_colour(n: int) -> list[str]:
    """n SKU codes whose stable colours are all the same palette entry."""
    first = sku_colour("SKU-0").name()
    return [s for s in (f"SKU-{i}" for i in range(5000)) if sku_colour(s).name() == first][:n]


def test_skus_sharing_a_stable_colour_get_distinct_colours_in_one_box() -> None:
    skus = _same_stable_colour(4)
    assert len(skus) == 4
    colours = box_colours(skus)
    assert len({c.name() for c in colours.values()}) == 4
    assert colours[skus[0]].name() == sku_colour(skus[0]).name()  # the first keeps its own colour
    many = [f"M{i}" for i in range(len(PALETTE) + 5)]  # more SKUs than the palette has colours
    assert len({c.name() for c in box_colours(many).values()}) == len(many)


def test_no_multi_sku_box_of_the_dev_set_shows_two_skus_in_one_colour() -> None:
    dev = parse_cases(json.loads(DEV.read_text()))
    multi = shared_before = shared_now = 0
    for case in dev.orders[:400]:
        for pkg in plan_order(case.items, case.boxes).packages:
            skus = sorted({p.sku for p in pkg.placements})
            if len(skus) < 2:
                continue
            multi += 1
            shared_before += len({sku_colour(s).name() for s in skus}) < len(skus)
            shared_now += len({c.name() for c in box_colours(skus).values()}) < len(skus)
    assert multi > 50 and shared_before > 0  # the old one-colour-per-SKU picture did share colours
    assert shared_now == 0


def _dark_columns(image: QImage, top: int) -> set[int]:
    cols = set()
    for y in range(top, image.height()):
        for x in range(image.width()):
            c = QColor(image.pixel(x, y))
            if c.red() < 80 and c.green() < 80 and c.blue() < 80:
                cols.add(x)
    return cols


def test_long_box_names_in_a_narrow_picture_stay_in_their_slots(qtbot) -> None:  # type: ignore[no-untyped-def]
    picture = PackPicture()
    qtbot.addWidget(picture)
    picture.resize(440, 200)  # two boxes: 220 px each
    a, b, c = _same_stable_colour(3)  # three SKUs whose stable colours are one: shown in three colours
    box = {
        "box": "DOUBLE-WALL-EXPORT-CARTON-XL",
        "inner": [600, 400, 400],
        "placements": [
            {"sku": a, "position": [0, 0, 0], "dims": [300, 200, 100]},
            {"sku": b, "position": [300, 0, 0], "dims": [300, 200, 100]},
            {"sku": c, "position": [0, 200, 0], "dims": [300, 200, 150]},
        ],
    }
    picture.set_boxes([box, dict(box, box="EXPORT-CARTON-DOUBLE-WALL-XXL")])
    picture.show()
    qtbot.waitExposed(picture)
    grabbed = QImage.fromData(save(picture, "pack-picture-long-captions").read_bytes())
    cols = _dark_columns(grabbed, int(grabbed.height() * 0.8))
    assert any(x < 220 for x in cols) and any(x > 220 for x in cols), "both captions are drawn"
    # A caption wider than its slot is cut at the slot's edges: what shows is narrower than the caption.
    assert [x for x in cols if x < 3 or abs(x - 220) < 3 or x > grabbed.width() - 4] == []
    caption = "1. DOUBLE-WALL-EXPORT-CARTON-XL  (600×400×400 mm)"
    font, lines = caption_layout(caption, picture.font(), 220 - 8, 14)
    assert "".join(lines).replace("(", "") == caption.replace("  (", "")  # all of it, nothing left out
    full = max(QFontMetricsF(font).horizontalAdvance(line) for line in lines)
    shown = max(x for x in cols if x < 220) - min(x for x in cols if x < 220) + 1
    assert full <= 212 and shown >= 0.85 * full
