"""What an insert campaign did, per variant against its holdout group (customers it matched but gave no slip).

Per variant: slips inserted (scanned into the box), coupons redeemed (from the shop's export), redemption rate,
revenue on the redeemed orders, and the share of customers who came back (ordered again within the window, or
used the coupon). The uplift is that share minus the holdout group's, with a 95 % confidence interval for the
difference of two independent proportions (Newcombe's hybrid score interval, computed by statsmodels'
`confint_proportions_2indep`; a well-kept library rather than a formula of our own). The cost of the inserts
(paper and printing per slip printed) is counted beside the revenue.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

HOLDOUT = "holdout"  # the holdout group's row name
CONFIDENCE = 0.95


@dataclass(frozen=True)
class GroupCounts:
    """Raw counts of one variant (or of the holdout group)."""

    name: str
    customers: int  # slips inserted (a variant) or customers held out
    came_back: int  # of those, how many ordered again within the window or used the coupon
    redeemed: int = 0
    revenue: Decimal = Decimal(0)
    printed: int = 0  # slips printed (what the paper and printing cost is counted on)
    split: int = 0  # the variant's current share of new slips (0: stopped)


@dataclass(frozen=True)
class VariantResult:
    name: str
    inserted: int
    redeemed: int
    redemption_rate: float | None
    revenue: Decimal
    came_back: int
    came_back_rate: float | None
    uplift: float | None  # came-back rate minus the holdout's, in points of share (0.05 = 5 points)
    uplift_low: float | None
    uplift_high: float | None
    cost: Decimal
    split: int

    @property
    def stopped(self) -> bool:
        return self.split == 0 and self.name != HOLDOUT

    @property
    def significant(self) -> bool:
        """The interval lies wholly above or below zero."""
        return (
            self.uplift_low is not None
            and self.uplift_high is not None
            and (self.uplift_low > 0 or self.uplift_high < 0)
        )


@dataclass(frozen=True)
class CampaignResults:
    campaign_id: int
    variants: tuple[VariantResult, ...]
    holdout: VariantResult | None
    insert_cost: Decimal  # per slip
    total_cost: Decimal
    window_days: int

    def loser(self) -> str | None:
        """The variant to stop: of two or more still running with slips inserted, the one with the lowest uplift
        (the lowest came-back rate when there is no holdout yet); None when there is nothing to choose."""
        running = [v for v in self.variants if v.split > 0 and v.inserted > 0]
        if len(running) < 2:
            return None
        return min(running, key=lambda v: (v.came_back_rate or 0.0, v.redemption_rate or 0.0, v.name)).name


def uplift_interval(came_back: int, n: int, holdout_came_back: int, holdout_n: int) -> tuple[float, float]:
    """The 95 % interval of (came_back / n) - (holdout_came_back / holdout_n)."""
    from statsmodels.stats.proportion import confint_proportions_2indep

    low, high = confint_proportions_2indep(
        came_back, n, holdout_came_back, holdout_n, method="newcombe", compare="diff", alpha=1 - CONFIDENCE
    )
    return float(low), float(high)


def _rate(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def summarise(
    campaign_id: int, groups: Sequence[GroupCounts], holdout: GroupCounts | None, insert_cost: Decimal, window_days: int
) -> CampaignResults:
    base = _rate(holdout.came_back, holdout.customers) if holdout is not None else None
    results = []
    for g in groups:
        rate = _rate(g.came_back, g.customers)
        uplift = low = high = None
        if rate is not None and base is not None and holdout is not None:
            uplift = rate - base
            low, high = uplift_interval(g.came_back, g.customers, holdout.came_back, holdout.customers)
        results.append(
            VariantResult(
                g.name,
                g.customers,
                g.redeemed,
                _rate(g.redeemed, g.customers),
                g.revenue,
                g.came_back,
                rate,
                uplift,
                low,
                high,
                insert_cost * g.printed,
                g.split,
            )
        )
    held = None
    if holdout is not None:
        held = VariantResult(
            HOLDOUT, holdout.customers, 0, None, Decimal(0), holdout.came_back, base, None, None, None, Decimal(0), 0
        )
    return CampaignResults(
        campaign_id, tuple(results), held, insert_cost, sum((r.cost for r in results), Decimal(0)), window_days
    )


def stop_variant(variants: list[dict], name: str) -> list[dict]:  # type: ignore[type-arg]
    """Variants (as stored) with `name`'s split moved to the running variant with the largest split; refused
    (ValueError) when it is unknown, already stopped or the last one running."""
    found = next((v for v in variants if v["name"] == name), None)
    if found is None:
        raise ValueError(f"there is no variant {name!r}")
    if int(found.get("split", 0)) == 0:
        raise ValueError(f"variant {name} is already stopped")
    others = [v for v in variants if v["name"] != name and int(v.get("split", 0)) > 0]
    if not others:
        raise ValueError(f"variant {name} is the last one running; switch the campaign off instead")
    heir = max(others, key=lambda v: int(v["split"]))
    changed = []
    for v in variants:
        v = dict(v)
        if v["name"] == name:
            v["split"] = 0
        elif v["name"] == heir["name"]:
            v["split"] = int(v["split"]) + int(found["split"])
        changed.append(v)
    return changed
