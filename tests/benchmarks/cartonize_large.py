"""Large orders of many identical units (dozens of boxes each), made here: deterministic from a seed.

The dev set's orders need one to a few boxes; a wholesale or restock order of 300 identical units needs dozens,
and that is where a packer that ends with 20 boxes of one unit each shows. Units come from the dev set's own
SKUs (real sizes and weights), the boxes are the dev set's four cartons.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from packstation.domain.cartonize import BoxSpec, ItemSpec
from packstation.domain.cartonize.cases import OrderCase, parse_cases

DATA = Path(__file__).resolve().parent.parent / "data" / "cartons"


def large_orders(n: int = 40, seed: int = 23) -> list[OrderCase]:
    """`n` orders: most of one SKU (150-700 units), some of two or three SKUs, all in the dev set's cartons."""
    dev = parse_cases(json.loads((DATA / "boxpacker_dev.json").read_text()))
    skus: dict[str, ItemSpec] = {}
    for case in dev.orders:
        for item in case.items:
            skus.setdefault(item.sku, item)
    boxes: list[BoxSpec] = list(dev.orders[0].boxes)
    big = max(b.volume for b in boxes)
    # Units that fill a box on their own would make "dozens of boxes" trivial: keep those a box takes 6 or more of.
    pool = sorted((i for i in skus.values() if i.volume * 6 <= big), key=lambda i: i.sku)
    rnd = random.Random(seed)
    out: list[OrderCase] = []
    while len(out) < n:
        lines = 1 if rnd.random() < 0.7 else rnd.choice((2, 3))
        items = []
        for sku in rnd.sample(pool, lines):
            qty = rnd.randint(150, 700) // lines
            items.append(ItemSpec(sku.sku, qty, sku.dims, sku.weight, this_side_up=sku.this_side_up))
        need = sum(i.volume * i.qty for i in items) / big
        if need < 12:  # dozens of boxes, not a handful
            continue
        out.append(OrderCase(id=f"large-{len(out) + 1:03d}", items=tuple(items), boxes=tuple(boxes)))
    return out
