"""What a package costs: box + cushioning + shipping on billable weight (the larger of actual and dimensional)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from packstation.domain.cartonize.model import BoxSpec
from packstation.domain.cartonize.placement import Kind
from packstation.domain.cushioning import CushionMaterial, CushionUse, cushion_package, cushioning_cost
from packstation.domain.errors import DomainError
from packstation.domain.rates import RateTable

ZERO = Decimal(0)


class Coster:
    """Prices packages for one order's search; boxes are indexed as in `boxes`."""

    def __init__(
        self, boxes: Sequence[BoxSpec], materials: Sequence[CushionMaterial] = (), rates: RateTable | None = None
    ) -> None:
        self.boxes = list(boxes)
        self.materials = tuple(materials)
        self.rates = rates
        self.memo: dict[Any, Any] = {}  # packing attempts of this order's search, by box and counts

    def allowed(self, bi: int, kind: Kind) -> bool:
        """Mailers and poly bags take only soft, non-fragile items."""
        return not self.boxes[bi].for_soft_only or (kind.soft and not kind.fragile)

    def allowed_all(self, bi: int, kinds: Sequence[Kind]) -> bool:
        return not self.boxes[bi].for_soft_only or all(k.soft and not k.fragile for k in kinds)

    def allowed_counts(self, bi: int, kinds: Sequence[Kind], counts: Sequence[int]) -> list[int]:
        if not self.boxes[bi].for_soft_only:
            return list(counts)
        return [n if self.allowed(bi, kinds[i]) else 0 for i, n in enumerate(counts)]

    def box_cost_hint(self, bi: int) -> Decimal:
        return self.boxes[bi].cost

    def package(
        self,
        box: BoxSpec | None,
        outer: Sequence[int],
        inner_volume: int,
        items_weight: int,
        items_volume: int,
        shell_volume: int,
    ) -> tuple[tuple[CushionUse, ...], Decimal, Decimal, Decimal, Decimal, float]:
        """(cushioning, box cost, cushioning cost, shipping cost, billable g, void ml) of one package."""
        void_ml = max(inner_volume - items_volume, 0) / 1000.0
        uses = cushion_package(void_ml, shell_volume / 1000.0, self.materials) if box is not None else ()
        gross = items_weight + (box.empty_weight if box is not None else 0)
        shipping = ZERO
        billable = Decimal(gross)
        if self.rates is not None:
            billable = self.rates.billable_g(gross, outer)
            try:
                shipping = self.rates.price(gross, outer)
            except DomainError:
                shipping = Decimal("1e9")  # the service refuses it: any other plan is better
        box_cost = box.cost if box is not None else ZERO
        return uses, box_cost, cushioning_cost(uses), shipping, billable, void_ml

    def rank_single(self, bi: int, counts: Sequence[int], kinds: Sequence[Kind]) -> tuple[Decimal, float]:
        """(total cost, void ml) of one box holding `counts`: known before any placement is tried."""
        box = self.boxes[bi]
        weight = volume = shell = 0
        for i, n in enumerate(counts):
            if n:
                k = kinds[i]
                weight += n * k.weight
                volume += n * k.real_volume
                shell += n * (k.volume - k.real_volume)
        if not self.materials and self.rates is None:
            return box.cost, (box.volume - volume) / 1000.0
        _, bc, cc, sc, _, void = self.package(box, box.outer, box.volume, weight, volume, shell)
        return bc + cc + sc, void

    def single_order(self, counts: Sequence[int], kinds: Sequence[Kind]) -> list[int]:
        """Box indices, cheapest single-box package first, then least void."""
        ranks = [(self.rank_single(bi, counts, kinds), bi) for bi in range(len(self.boxes))]
        ranks.sort()
        return [bi for _, bi in ranks]
