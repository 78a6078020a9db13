"""An error-injected shift: a model packer packs a few hundred orders and makes the mistakes real packers make.

Each order is clean or carries one injected error, at known rates: wrong item, missing item, extra item, wrong lot,
expired unit, wrong slip, label on the wrong box, weight off. Some errors are physical only (a unit scanned but not
put in the box, an unscanned extra unit, a box that weighs wrong): only the scale can see those, and only when the
difference is larger than the weight tolerance, so they count as *detectable* only then. An error is *caught* when
the station stops or refuses the action at (or after) the mistake and before the box is closed. Clean orders count
a *false stop* for every non-OK answer. The packer then fixes the mistake, as a packer would, and the order closes.

    python -m packstation.demo.shift_sim --orders 300 --seed 7

Runs the real `PackingService` on a fresh SQLite file (or `--db-url`), so every verdict is the station's own.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from packstation.domain.errors import DomainError
from packstation.domain.pins import hash_pin
from packstation.domain.vocabulary import SessionState, Severity
from packstation.services.packing.service import PackingService
from packstation.services.views import SessionView
from packstation.store.database import Store, open_store
from packstation.store.db import transaction
from packstation.store.models import Barcode, Box, Customer, Merchant, Order, OrderLine, Sku, Station, User

ERRORS = (
    "wrong_item",
    "missing_item",
    "extra_item",
    "wrong_lot",
    "expired_unit",
    "wrong_slip",
    "wrong_label",
    "weight_off",
)
DEFAULT_RATES = {name: 0.05 for name in ERRORS}  # per order; the rest (60%) are clean
LOT = "L2025A"
BOX_TARE_G = 200
SCALE_NOISE_G = 5
STATION, BADGE, PIN, LEAD_BADGE, LEAD_PIN = "SIM-BENCH", "SIM-PACKER", "2468", "SIM-LEAD", "8642"


def gtin13(n: int) -> str:
    body = f"731{n:09d}"
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return body + str((10 - total % 10) % 10)


@dataclass
class Catalogue:
    gtin: dict[int, str] = field(default_factory=dict)  # sku id -> GTIN-13
    weight: dict[int, int] = field(default_factory=dict)
    plain: list[int] = field(default_factory=list)
    lot_sku: int = 0
    fresh_sku: int = 0


@dataclass
class Tally:
    """What the shift produced: per error type injected / detectable / caught, and the clean orders' stops."""

    injected: Counter[str] = field(default_factory=Counter)
    detectable: Counter[str] = field(default_factory=Counter)
    caught: Counter[str] = field(default_factory=Counter)
    clean_orders: int = 0
    false_stops: int = 0
    false_stop_orders: list[str] = field(default_factory=list)
    closed: int = 0
    not_closed: list[str] = field(default_factory=list)

    def table(self) -> str:
        rows = [
            "| error | injected | detectable | caught before close | caught % of detectable |",
            "|---|---:|---:|---:|---:|",
        ]
        for name in ERRORS:
            det = self.detectable[name]
            pct = f"{100 * self.caught[name] / det:.1f}" if det else "-"
            rows.append(f"| {name} | {self.injected[name]} | {det} | {self.caught[name]} | {pct} |")
        det, caught = sum(self.detectable.values()), sum(self.caught.values())
        rows.append(
            f"| **all** | {sum(self.injected.values())} | {det} | {caught} | {100 * caught / det if det else 0:.1f} |"
        )
        return "\n".join(rows) + (
            f"\n\nClean orders: {self.clean_orders}, false stops: {self.false_stops}"
            f"{' (' + ', '.join(self.false_stop_orders[:5]) + ')' if self.false_stops else ''}."
            f" Orders closed: {self.closed}; not closed: {len(self.not_closed)}."
        )


def build(store: Store, errors: list[str | None], rng: random.Random) -> tuple[Catalogue, list[int]]:
    """A merchant that weighs every box, 14 SKUs (one lot-bound, one with a shelf life), a box, people, and one
    order per planned error (an order planned for a wrong lot or an expired unit gets such a line)."""
    cat = Catalogue()
    with transaction(store.sessions) as db:
        merchant = Merchant(code="SIM", name="Shift Sim Goods", qc_rules={"weight_check": True})
        db.add(merchant)
        db.flush()
        customer = Customer(merchant_id=merchant.id, external_ref="SIM-C", first_name="Sim", last_name="Customer")
        db.add(customer)
        for i in range(14):
            weight = 30 if i == 0 else rng.randint(120, 900)  # SIM-00 is light: an extra one may pass the scale
            sku = Sku(
                merchant_id=merchant.id,
                code=f"SIM-{i:02d}",
                description=f"Sim item {i}",
                weight_g=weight,
                length_mm=120,
                width_mm=90,
                height_mm=60,
                lot_tracked=i == 12,
                min_shelf_life_days=30 if i == 13 else 0,
            )
            db.add(sku)
            db.flush()
            db.add(Barcode(sku_id=sku.id, code="0" + gtin13(i), kind="gtin", quantity=1))
            cat.gtin[sku.id], cat.weight[sku.id] = gtin13(i), weight
            if i == 12:
                cat.lot_sku = sku.id
            elif i == 13:
                cat.fresh_sku = sku.id
            else:
                cat.plain.append(sku.id)
        db.add(
            Box(
                code="SIM-BOX",
                barcode="SIM-BOX",
                name="Sim box",
                inner_length_mm=600,
                inner_width_mm=400,
                inner_height_mm=400,
                outer_length_mm=610,
                outer_width_mm=410,
                outer_height_mm=410,
                empty_weight_g=BOX_TARE_G,
                max_weight_g=30000,
            )
        )
        db.add_all(
            [
                User(name="Model Packer", badge_code=BADGE, role="packer", pin_hash=hash_pin(PIN)),
                User(name="Model Lead", badge_code=LEAD_BADGE, role="lead", pin_hash=hash_pin(LEAD_PIN)),
                Station(code=STATION),
            ]
        )
        db.flush()
        ids = []
        for n, error in enumerate(errors):
            order = Order(
                merchant_id=merchant.id,
                customer_id=customer.id,
                external_ref=f"SIM{n:05d}",
                order_barcode=f"SIM{n:05d}",
                placed_at=dt.datetime(2025, 1, 1, tzinfo=dt.UTC),
            )
            skus = rng.sample(cat.plain, rng.randint(1, 3))
            if rng.random() < 0.3 or error == "wrong_lot":
                skus.append(cat.lot_sku)
            if rng.random() < 0.3 or error == "expired_unit":
                skus.append(cat.fresh_sku)
            for no, sku_id in enumerate(skus, start=1):
                order.lines.append(
                    OrderLine(
                        line_no=no,
                        sku_id=sku_id,
                        quantity=rng.randint(1, 3),
                        lot_required=LOT if sku_id == cat.lot_sku else None,
                    )
                )
            db.add(order)
            db.flush()
            ids.append(order.id)
    return cat, ids


class ModelPacker:
    """Packs one order at a time through the service, injecting at most one mistake per order."""

    def __init__(self, svc: PackingService, cat: Catalogue, rng: random.Random, today: dt.date) -> None:
        self.svc, self.cat, self.rng, self.today = svc, cat, rng, today
        self.user = svc.sign_in(BADGE, PIN)
        self.stops = 0  # non-OK answers in the current order
        self.caught = False

    # -- the station's answers ------------------------------------------------------------------------------------
    def _act(self, fn: Any, *args: Any, expect_stop: bool = False, **kwargs: Any) -> Any:
        """Call the service; count any non-OK verdict or refusal; mark the injected error caught if expected."""
        try:
            result = fn(*args, **kwargs)
        except DomainError:
            self.stops += 1
            self.caught |= expect_stop
            return None
        verdict = result[0] if isinstance(result, tuple) else result
        if getattr(verdict, "severity", Severity.OK) != Severity.OK:
            self.stops += 1
            self.caught |= expect_stop
        return result

    def _scan(self, view: SessionView, text: str, *, expect_stop: bool = False) -> SessionView:
        result = self._act(self.svc.scan, view.session_id, text, expect_stop=expect_stop)
        return result[1] if result else self.svc.view(view.session_id)

    def _unit_code(self, sku_id: int, *, lot: str = LOT, expiry: dt.date | None = None) -> str:
        gtin = "0" + self.cat.gtin[sku_id]
        if sku_id == self.cat.lot_sku:
            return f"(01){gtin}(10){lot}"
        if sku_id == self.cat.fresh_sku:
            return f"(01){gtin}(17){(expiry or self.today + dt.timedelta(days=200)):%y%m%d}"
        return self.cat.gtin[sku_id]

    # -- one order ------------------------------------------------------------------------------------------------
    def pack(self, order_id: int, error: str | None, other_ref: str) -> tuple[bool, bool, bool]:
        """Pack and close; returns (detectable, caught, closed)."""
        self.stops, self.caught = 0, False
        view = self.svc.claim(self.user.id, order_id)
        units = [(line, line.line_id) for line in view.lines for _ in range(line.ordered)]
        sku_of = {line.line_id: self._sku_id(line.sku_code) for line in view.lines}
        physical_g = 0  # grams in the box that the scans do not account for (+ extra, - missing)
        detectable = error not in ("missing_item", "extra_item", "weight_off")
        at = self.rng.randrange(len(units))
        target = {"wrong_lot": self.cat.lot_sku, "expired_unit": self.cat.fresh_sku}.get(error or "")
        if target:
            at = next(i for i, (_line, line_id) in enumerate(units) if sku_of[line_id] == target)
        skipped = None
        for i, (_line, line_id) in enumerate(units):
            sku_id = sku_of[line_id]
            if i == at and error == "wrong_item":
                foreign = self.rng.choice([s for s in self.cat.plain if s not in sku_of.values()])
                view = self._scan(view, self.cat.gtin[foreign], expect_stop=True)
            if i == at and error == "wrong_lot" and sku_id == self.cat.lot_sku:
                view = self._scan(view, self._unit_code(sku_id, lot="L2024Z"), expect_stop=True)
            if i == at and error == "expired_unit" and sku_id == self.cat.fresh_sku:
                view = self._scan(
                    view, self._unit_code(sku_id, expiry=self.today - dt.timedelta(days=9)), expect_stop=True
                )
            if i == at and error == "missing_item":
                if self.rng.random() < 0.5:  # forgot to scan it and to pack it: the station still waits for it
                    skipped, detectable = line_id, True
                    continue
                physical_g -= self.cat.weight[sku_id]  # scanned twice, one unit never went in the box
                view = self._scan(view, self._unit_code(sku_id))
                continue
            view = self._scan(view, self._unit_code(sku_id))
        if error == "extra_item":
            if self.rng.random() < 0.5:  # scanned one more than ordered
                detectable = True
                last = units[-1][1]
                view = self._scan(view, self._unit_code(sku_of[last]), expect_stop=True)
            else:  # an unscanned unit slipped into the box
                physical_g += self.cat.weight[self.rng.choice(self.cat.plain)]
        if skipped is not None:  # believes the order is complete and takes the box
            self._act(self.svc.confirm_box, view.session_id, "SIM-BOX", expect_stop=True)
            view = self._scan(self.svc.view(view.session_id), self._unit_code(sku_of[skipped]))
        view = self._answer_qc(view)
        self._act(self.svc.confirm_box, view.session_id, "SIM-BOX")
        view = self.svc.view(view.session_id)
        view = self._weigh(view, physical_g, error == "weight_off", error in ("missing_item", "extra_item"))
        if error in ("missing_item", "extra_item", "weight_off") and self._weight_detectable is not None:
            detectable = detectable or self._weight_detectable
        view = self.svc.register_slips(view.session_id, [f"SLIP-{view.order_ref}"])
        if error == "wrong_slip":
            view = self._scan(view, f"SLIP-{other_ref}", expect_stop=True)
        view = self._scan(view, f"SLIP-{view.order_ref}")
        view = self.svc.register_labels(view.session_id, [f"TRK{view.order_ref}"])
        if error == "wrong_label":
            view = self._scan(view, f"TRK{other_ref}", expect_stop=True)
        view = self._scan(view, f"TRK{view.order_ref}")
        closed = self._act(self.svc.close, view.session_id) is not None
        return detectable, self.caught, closed

    _weight_detectable: bool | None = None

    def _sku_id(self, code: str) -> int:
        index = int(code.split("-")[1])
        return sorted(self.cat.gtin)[index]

    def _answer_qc(self, view: SessionView) -> SessionView:
        for _ in range(10):
            if view.state != SessionState.QC or not view.pending_qc:
                return view
            request = view.pending_qc[0]
            value = (
                LOT
                if request.check == "lot"
                else ((self.today + dt.timedelta(days=200)).isoformat() if request.check == "expiry" else "")
            )
            result = self._act(
                self.svc.record_qc, view.session_id, request.check, True, line_id=request.line_id, value=value
            )
            view = result[1] if result else self.svc.view(view.session_id)
        return view

    def _weigh(self, view: SessionView, physical_g: int, off: bool, physical_error: bool) -> SessionView:
        """Put the box on the scale; a physical mistake shows only if it exceeds the tolerance."""
        self._weight_detectable = None
        noise = self.rng.randint(-SCALE_NOISE_G, SCALE_NOISE_G)
        expected = self._expected(view)
        reading = expected + physical_g + noise
        if off:
            reading = expected + int(expected * self.rng.choice((-1, 1)) * self.rng.uniform(0.1, 0.4))
        result = self._act(self.svc.record_weight, view.session_id, max(1, reading), expect_stop=off or physical_error)
        if result is not None:
            tolerance = int(result[0].params.get("tolerance_g", 0))
            if off or physical_error:
                self._weight_detectable = abs(reading - expected) > tolerance
        if result is None or result[0].severity != Severity.OK:  # the packer fixes the box and weighs again
            result = self._act(self.svc.record_weight, view.session_id, expected + noise)
        return result[1] if result else self.svc.view(view.session_id)

    def _expected(self, view: SessionView) -> int:
        return BOX_TARE_G + sum(self.cat.weight[self._sku_id(line.sku_code)] * line.scanned for line in view.lines)


def run_shift(
    orders: int = 300, seed: int = 7, rates: dict[str, float] | None = None, db_url: str | None = None
) -> Tally:
    """Pack `orders` orders with errors injected at `rates` (per order, each type); returns the tally."""
    rates = rates or DEFAULT_RATES
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(db_url or f"sqlite:///{Path(tmp) / 'shift.db'}")
        try:
            names, weights = [*rates, None], [*rates.values(), max(0.0, 1 - sum(rates.values()))]
            errors = [rng.choices(names, weights)[0] for _ in range(orders)]
            cat, ids = build(store, errors, rng)
            svc = PackingService(store, STATION)
            packer = ModelPacker(svc, cat, rng, dt.datetime.now(dt.UTC).date())
            tally = Tally()
            for n, (order_id, error) in enumerate(zip(ids, errors, strict=True)):
                other = f"SIM{(n + 1) % len(ids):05d}"
                detectable, caught, closed = packer.pack(order_id, error, other)
                ref = f"SIM{n:05d}"
                if error is None:
                    tally.clean_orders += 1
                    if packer.stops:
                        tally.false_stops += packer.stops
                        tally.false_stop_orders.append(ref)
                else:
                    tally.injected[error] += 1
                    tally.detectable[error] += int(detectable)
                    tally.caught[error] += int(caught and detectable)
                tally.closed += int(closed)
                if not closed:
                    tally.not_closed.append(ref)
        finally:
            store.dispose()
    return tally


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Simulate a shift with injected packing errors.")
    parser.add_argument("--orders", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--rate", type=float, default=0.05, help="per-order rate of each error type")
    parser.add_argument("--db-url", default=None, help="an empty database (default: a temporary SQLite file)")
    args = parser.parse_args(argv)
    if args.orders < 1 or not 0 <= args.rate * len(ERRORS) <= 1:
        parser.error("--orders must be at least 1 and --rate x 8 error types at most 1")
    tally = run_shift(args.orders, args.seed, {name: args.rate for name in ERRORS}, args.db_url)
    print(f"Shift of {args.orders} orders (seed {args.seed}, each error type at {args.rate:.0%} of orders)\n")
    print(tally.table())
    missed = sum(tally.detectable.values()) - sum(tally.caught.values())
    return 0 if missed == 0 and tally.false_stops == 0 and not tally.not_closed else 1


if __name__ == "__main__":
    sys.exit(main())
