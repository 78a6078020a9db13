"""The campaign results' rules: who is held out, the uplift interval, which variant loses, stopping one."""

from __future__ import annotations

from decimal import Decimal

import pytest

from packstation.domain.campaigns import Variant, in_holdout, variant_for
from packstation.domain.campaigns.campaign import SlipText
from packstation.domain.campaigns.results import GroupCounts, stop_variant, summarise


def test_holdout_takes_its_share_from_every_variant_alike() -> None:
    text = {"en": SlipText("h", "b")}
    variants = (Variant("A", 50, text), Variant("B", 50, text))
    held = {"A": 0, "B": 0}
    total = {"A": 0, "B": 0}
    for customer in range(1, 20_001):
        name = variant_for(customer, 7, variants).name
        total[name] += 1
        held[name] += in_holdout(customer, 7, 20)
    for name in ("A", "B"):
        assert held[name] / total[name] == pytest.approx(0.20, abs=0.02)
    assert not any(in_holdout(c, 7, 0) for c in range(1, 500))  # no holdout share: nobody held out
    assert [in_holdout(c, 7, 20) for c in range(1, 50)] == [in_holdout(c, 7, 20) for c in range(1, 50)]


def test_uplift_interval_and_the_loser() -> None:
    results = summarise(
        1,
        [
            GroupCounts("A", 200, 60, 40, Decimal("4000"), 210, 50),
            GroupCounts("B", 200, 22, 5, Decimal("500"), 205, 50),
        ],
        GroupCounts("holdout", 100, 10),
        Decimal("0.12"),
        60,
    )
    a, b = results.variants
    assert a.uplift == pytest.approx(0.30 - 0.10) and a.significant
    assert a.uplift_low is not None and 0 < a.uplift_low < 0.20 < (a.uplift_high or 0)
    assert b.uplift == pytest.approx(0.01) and not b.significant
    assert results.loser() == "B"
    assert results.total_cost == Decimal("0.12") * 415
    no_holdout = summarise(1, [GroupCounts("A", 10, 3)], None, Decimal(0), 60)
    assert no_holdout.variants[0].uplift is None and no_holdout.loser() is None


def test_stop_variant_moves_its_share_and_refuses_what_cannot_be_stopped() -> None:
    variants = [{"name": "A", "split": 50}, {"name": "B", "split": 30}, {"name": "C", "split": 20}]
    assert [v["split"] for v in stop_variant(variants, "C")] == [70, 30, 0]
    assert variants[2]["split"] == 20  # the input is left as it was
    with pytest.raises(ValueError, match="no variant 'D'"):
        stop_variant(variants, "D")
    with pytest.raises(ValueError, match="already stopped"):
        stop_variant([{"name": "A", "split": 100}, {"name": "B", "split": 0}], "B")
    with pytest.raises(ValueError, match="last one running"):
        stop_variant([{"name": "A", "split": 100}, {"name": "B", "split": 0}], "A")
