"""Adapters that run the peer packers (py3dbp, packvium, packer3d from PyPI; BoxPacker in PHP) on one order and
return our PackingPlan.

Each adapter only translates: the peer decides the boxes and placements, we convert them into
Placement/Package values (mm, box-origin corners) so one validator and one cost model judge every packer.
"""

from __future__ import annotations

import json
import math
import os
import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path

from packstation.domain.cartonize import BoxSpec, ItemSpec, Package, PackingPlan, Placement, Unpacked


def _package(box: BoxSpec, placements: list[Placement]) -> Package:
    weight = box.empty_weight + sum(p.weight for p in placements)
    void = (box.volume - sum(p.dims[0] * p.dims[1] * p.dims[2] for p in placements)) / 1000.0
    return Package(box, tuple(placements), weight, void)


def _unpacked(counts: dict[str, int]) -> tuple[Unpacked, ...]:
    return tuple(Unpacked(sku, n, f"{sku}: not packed by the peer", "", "peer") for sku, n in counts.items() if n)


# ---------------------------------------------------------------- py3dbp (single-bin packer, wrapped)
def py3dbp_plan(items: Sequence[ItemSpec], boxes: Sequence[BoxSpec], bigger_first: bool = True) -> PackingPlan:
    """py3dbp packs given bins only; the usual wrapper: smallest box taking all, else the box taking most."""
    from py3dbp import Bin, Item, Packer

    spec = {i.sku: i for i in items}
    left = [(i.sku, n) for n, i in enumerate(u for u in items for _ in range(u.qty))]  # one name per unit
    packages: list[Package] = []
    order = sorted(boxes, key=lambda b: b.volume)
    while left:
        best = None
        for box in order:
            packer = Packer()
            packer.add_bin(Bin(box.code, box.inner[0], box.inner[1], box.inner[2], box.capacity))
            for sku, n in left:
                d = spec[sku].dims
                packer.add_item(Item(f"{sku}\x00{n}", d[0], d[1], d[2], spec[sku].weight))
            packer.pack(bigger_first=bigger_first, number_of_decimals=0)
            fitted = packer.bins[0].items
            vol = sum(spec[it.name.split("\x00")[0]].volume for it in fitted)
            if len(fitted) == len(left):
                best = (box, fitted, vol)
                break
            if fitted and (best is None or vol > best[2]):
                best = (box, fitted, vol)
        if best is None:
            break
        box, fitted, _ = best
        placements = []
        for it in fitted:
            sku = it.name.split("\x00")[0]
            placements.append(
                Placement(
                    sku, tuple(int(v) for v in it.position), tuple(int(v) for v in it.get_dimension()), spec[sku].weight
                )
            )
        packages.append(_package(box, placements))
        taken = {it.name for it in fitted}
        left = [(s, n) for s, n in left if f"{s}\x00{n}" not in taken]
    rest: dict[str, int] = {}
    for sku, _ in left:
        rest[sku] = rest.get(sku, 0) + 1
    return PackingPlan(tuple(packages), _unpacked(rest))


# ---------------------------------------------------------------- packvium (balanced profile)
_TICK = 16_000


def packvium_plan(items: Sequence[ItemSpec], boxes: Sequence[BoxSpec]) -> PackingPlan:
    from packvium import Container, Dimensions, Item, Packer, PackingConfig, Weight

    by_code = {b.code: b for b in boxes}
    spec = {i.sku: i for i in items}
    ids = {f"i{n}": i.sku for n, i in enumerate(items)}  # an order may list one SKU on two lines
    p_items = [
        Item(f"i{n}", Dimensions.mm(*i.dims), Weight.of(i.weight, "g"), i.qty, keep_upright=i.this_side_up)
        for n, i in enumerate(items)
    ]
    p_boxes = [
        Container(
            b.code,
            Dimensions.mm(*b.inner),
            Dimensions.mm(*b.outer),
            Weight.of(b.empty_weight, "g"),
            Weight.of(b.capacity, "g"),
        )
        for b in boxes
    ]
    result = Packer(PackingConfig.balanced()).pack(p_items, p_boxes)
    packages = []
    placed: dict[str, int] = {}
    for pc in result.containers:
        box = by_code[pc.container.id]
        placements = []
        for pl in pc.placements:
            sku = ids[pl.instance.item.id]
            d = pl.dimensions
            placements.append(
                Placement(
                    sku,
                    (pl.position.x // _TICK, pl.position.y // _TICK, pl.position.z // _TICK),
                    (d.length.ticks // _TICK, d.width.ticks // _TICK, d.height.ticks // _TICK),
                    spec[sku].weight,
                )
            )
            placed[sku] = placed.get(sku, 0) + 1
        packages.append(_package(box, placements))
    return PackingPlan(tuple(packages), _unpacked(_missing(items, placed)))


# ---------------------------------------------------------------- packer3d (native engine, diagonal off)
def packer3d_plan(items: Sequence[ItemSpec], boxes: Sequence[BoxSpec]) -> PackingPlan:
    from packer3d import Packer

    by_code = {b.code: b for b in boxes}
    spec = {i.sku: i for i in items}
    packer = Packer()
    for b in boxes:
        packer.add_box(id=_safe(b.code), width=b.inner[0], length=b.inner[1], height=b.inner[2], max_weight=b.capacity)
    names = {_safe(b.code): b.code for b in boxes}
    skus = {}
    if sum(i.qty for i in items) > 256:
        raise ValueError("packer3d packs at most 256 units per call ('Limit exceeded: 256 expanded items')")
    for n, i in enumerate(items):
        # packer3d refuses a line of more than 256 units ("Invalid or missing numeric member: quantity"): split it.
        for part, start in enumerate(range(0, i.qty, 256)):
            key = f"i{n}" if part == 0 else f"i{n}p{part}"
            skus[key] = i.sku
            packer.add_item(
                id=key,
                width=i.dims[0],
                length=i.dims[1],
                height=i.dims[2],
                weight=i.weight,
                quantity=min(256, i.qty - start),
                rotation="flat" if i.this_side_up else "any",
                diagonal=False,
            )
    result = packer.pack()
    packages = []
    placed: dict[str, int] = {}
    for b in result["bins"]:
        box = by_code[names[b["type_id"]]]
        placements = []
        for p in b["items"]:
            sku = skus[p["id"]]
            w, ln, h = p["width"], p["length"], p["height"]
            if round(p.get("angle", 0)) % 180 == 90:  # yaw 90: its width runs along the box's length
                w, ln = ln, w
            # x, y are the centre of the footprint, z the bottom. An odd side about a whole centre puts the corner
            # on a half millimetre: round() sends halves to the even neighbour, so two touching units came out
            # 1 mm into each other. Every corner goes down to the whole mm instead (the whole plan shifts by at
            # most half a millimetre, and neighbours keep touching).
            placements.append(
                Placement(
                    sku,
                    (_down(p["x"] - w / 2), _down(p["y"] - ln / 2), _down(p["z"])),
                    (round(w), round(ln), round(h)),
                    spec[sku].weight,
                )
            )
            placed[sku] = placed.get(sku, 0) + 1
        packages.append(_package(box, placements))
    return PackingPlan(tuple(packages), _unpacked(_missing(items, placed)))


def _down(v: float) -> int:
    return math.floor(v + 1e-6)


# ---------------------------------------------------------------- BoxPacker (PHP, dvdoug/BoxPacker)
BOXPACKER_COMMIT = "e4a184405ebc28dc7c5ee84eb5d62c29032aef57"  # the commit the dev set's reference figures come from
BOXPACKER_SRC = Path(os.environ.get("BOXPACKER_SRC", Path(__file__).resolve().parent.parent / ".boxpacker" / "src"))


class _BoxPacker:
    """One long-lived `php boxpacker_run.php` process: an order in, its packed boxes out, one JSON line each."""

    def __init__(self) -> None:
        self.proc: subprocess.Popen | None = None
        self.last_ms = 0.0  # BoxPacker's own time for the last order, measured inside PHP

    @staticmethod
    def available() -> str | None:
        """None when BoxPacker can run here, else why not."""
        if shutil.which("php") is None:
            return "no php (apt-get install php-cli)"
        if not (BOXPACKER_SRC / "Packer.php").exists():
            return (
                f"no BoxPacker source at {BOXPACKER_SRC} (git clone https://github.com/dvdoug/BoxPacker "
                f"tests/.boxpacker && git -C tests/.boxpacker checkout {BOXPACKER_COMMIT[:12]}, or set "
                "BOXPACKER_SRC to its src/ folder)"
            )
        return None

    def __call__(self, items: Sequence[ItemSpec], boxes: Sequence[BoxSpec]) -> PackingPlan:
        if self.proc is None or self.proc.poll() is not None:
            script = Path(__file__).resolve().parent / "boxpacker_run.php"
            self.proc = subprocess.Popen(
                ["php", "-d", "memory_limit=1G", str(script), str(BOXPACKER_SRC)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
                bufsize=1,
            )
        names = {f"b{n}": b for n, b in enumerate(boxes)}
        order = {
            "id": "o",
            "boxes": [
                {
                    "id": key,
                    "inner": list(b.inner),
                    "outer": list(b.outer),
                    "empty_weight": b.empty_weight,
                    "max_weight": b.max_weight,
                }
                for key, b in names.items()
            ],
            "items": [
                {
                    "sku": f"i{n}",
                    "qty": i.qty,
                    "dims": list(i.dims),
                    "weight": i.weight,
                    "rotation": "keep_flat" if i.this_side_up else "any",
                }
                for n, i in enumerate(items)
            ],
        }
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(json.dumps(order) + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError("BoxPacker (php) stopped")
        out = json.loads(line)
        self.last_ms = out["ms"]
        skus = {f"i{n}": i for n, i in enumerate(items)}
        packages = []
        placed: dict[str, int] = {}
        for b in out["boxes"]:
            placements = []
            for p in b["placements"]:
                item = skus[p["sku"]]
                placements.append(Placement(item.sku, tuple(p["position"]), tuple(p["dims"]), item.weight))
                placed[item.sku] = placed.get(item.sku, 0) + 1
            packages.append(_package(names[b["box"]], placements))
        return PackingPlan(tuple(packages), _unpacked(_missing(items, placed)))


boxpacker_plan = _BoxPacker()


def _missing(items: Sequence[ItemSpec], placed: dict[str, int]) -> dict[str, int]:
    ordered: dict[str, int] = {}
    for i in items:
        ordered[i.sku] = ordered.get(i.sku, 0) + i.qty
    return {sku: n - placed.get(sku, 0) for sku, n in ordered.items()}


def _safe(code: str) -> str:
    return "".join(c if c.isalnum() else "_" for c in code)[:60]


PEERS = {"py3dbp": py3dbp_plan, "packvium": packvium_plan, "packer3d": packer3d_plan, "boxpacker": boxpacker_plan}
