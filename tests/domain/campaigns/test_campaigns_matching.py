"""Campaign choice: priority, window, per-customer limit, K slips, stock fallback, apology first, A/B, language."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from decimal import Decimal
from typing import Any

import pytest

from packstation.domain.campaigns import (
    CampaignSpec,
    CustomerFacts,
    Incident,
    campaign_from_dict,
    campaign_to_dict,
    choose,
    pick_language,
    render,
    render_link,
    variant_for,
)
from packstation.domain.errors import ValidationError

NOW = dt.datetime(2024, 6, 1, 12, 0, tzinfo=dt.UTC)
TODAY = NOW.date()
MERCHANT = 3


def campaign(cid: int, name: str, **changes: Any) -> CampaignSpec:
    data: dict[str, Any] = {
        "id": cid,
        "merchant_id": MERCHANT,
        "name": name,
        "variants": [{"name": "A", "split": 100, "texts": {"en": {"headline": f"{name}", "body": "Hi {first_name}"}}}],
    }
    data.update(changes)
    return campaign_from_dict(data)


REPEAT = CustomerFacts(7, "NORDIC", NOW, first_name="Bjørn", locale="nb", orders_to_date=4, lifetime_spend=Decimal(300))
DAMAGED = CustomerFacts(
    8, "NORDIC", NOW, first_name="Päivi", locale="fi", orders_to_date=2, incidents=(Incident("damaged", NOW),)
)


def names(result: Any) -> list[str]:
    return [c.campaign_name for c in result.chosen]


def test_priority_decides_and_at_most_k_slips() -> None:
    campaigns = [
        campaign(1, "low", priority=1),
        campaign(2, "high", priority=9),
        campaign(3, "mid", priority=5),
    ]
    result = choose(campaigns, REPEAT, today=TODAY, merchant_id=MERCHANT, max_slips=2)
    assert names(result) == ["high", "mid"]
    assert "'low' matched but the order already has 2 slip(s)" in result.notes


def test_the_explanation_says_which_rule_matched() -> None:
    vip = campaign(1, "vip", rule={"segment": "vip", "params": {"min_spend": 250}})
    (chosen,) = choose([vip], REPEAT, today=TODAY, merchant_id=MERCHANT).chosen
    assert "'vip'" in chosen.explanation
    assert "lifetime_spend is 300, rule >= 250" in chosen.explanation


def test_apology_ranks_first_even_below_a_higher_priority() -> None:
    promo = campaign(1, "summer sale", priority=50)
    sorry = campaign(2, "sorry", kind="apology", priority=0, rule={"segment": "recent_incident"})
    result = choose([promo, sorry], DAMAGED, today=TODAY, merchant_id=MERCHANT, max_slips=1)
    assert names(result) == ["sorry"]
    assert names(choose([promo, sorry], REPEAT, today=TODAY, merchant_id=MERCHANT, max_slips=1)) == ["summer sale"]
    off = choose([promo, sorry], DAMAGED, today=TODAY, merchant_id=MERCHANT, max_slips=1, apology_first=False)
    assert names(off) == ["summer sale"]


def test_date_window_pause_and_other_merchants() -> None:
    campaigns = [
        campaign(1, "future", starts_on="2024-06-02"),
        campaign(2, "past", ends_on="2024-05-31"),
        campaign(3, "today only", starts_on="2024-06-01", ends_on="2024-06-01"),
        campaign(4, "paused", active=False),
        campaign(5, "other shop", merchant_id=MERCHANT + 1),
    ]
    result = choose(campaigns, REPEAT, today=TODAY, merchant_id=MERCHANT, max_slips=5)
    assert names(result) == ["today only"]
    assert "'future' does not run on 2024-06-01" in result.notes
    assert "'paused' is paused" in result.notes


def test_per_customer_limit() -> None:
    once = campaign(1, "once", per_customer_limit=1)
    twice = campaign(2, "twice", per_customer_limit=2)
    unlimited = campaign(3, "always", per_customer_limit=0)
    result = choose(
        [once, twice, unlimited],
        REPEAT,
        today=TODAY,
        merchant_id=MERCHANT,
        prior_counts={1: 1, 2: 1, 3: 40},
        max_slips=5,
    )
    assert names(result) == ["twice", "always"]
    assert "'once' already sent 1 time(s) to this customer (limit 1)" in result.notes


def test_out_of_stock_falls_back_to_the_next_match_and_says_so() -> None:
    first = campaign(1, "flyer", priority=9, insert_stock=0)
    second = campaign(2, "postcard", priority=1)
    result = choose([first, second], REPEAT, today=TODAY, merchant_id=MERCHANT, max_slips=1)
    assert names(result) == ["postcard"]
    assert "'flyer' matched but its insert stock ran out; fell back to the next match" in result.notes
    none_left = choose([first], REPEAT, today=TODAY, merchant_id=MERCHANT)
    assert none_left.chosen == () and "no campaign slip for this order" in none_left.notes


def test_ab_split_is_stable_and_close_to_the_percentages() -> None:
    spec = campaign(
        11,
        "ab",
        variants=[
            {"name": "A", "split": 30, "texts": {"en": {"headline": "A", "body": ""}}},
            {"name": "B", "split": 70, "texts": {"en": {"headline": "B", "body": ""}}},
        ],
    )
    first_pass = [variant_for(customer, 11, spec.variants).name for customer in range(4000)]
    assert first_pass == [variant_for(customer, 11, spec.variants).name for customer in range(4000)]
    share_a = Counter(first_pass)["A"] / 4000
    assert 0.27 < share_a < 0.33
    # Another campaign splits the same customers independently.
    other = [variant_for(customer, 12, spec.variants).name for customer in range(4000)]
    assert other != first_pass


def test_language_fallback() -> None:
    assert pick_language("nb-NO", {"en", "nb"}) == ("nb", False)
    assert pick_language("no", {"en", "nb"}) == ("nb", False)
    assert pick_language("sv-SE", {"en", "nb"}) == ("en", True)
    assert pick_language("pl", {"en"}) == ("en", True)
    spec = campaign(1, "x")
    (chosen,) = choose([spec], DAMAGED, today=TODAY, merchant_id=MERCHANT).chosen
    assert chosen.language == "en" and "language en (no fi text)" in chosen.explanation


def test_templates_render_names_exactly_and_escape_links() -> None:
    text = render("Hei {first_name}! Koodi: {coupon}", {"first_name": "Päivi", "coupon": "K7QM-3XRT-PW9C"})
    assert text == "Hei Päivi! Koodi: K7QM-3XRT-PW9C"
    link = render_link("https://shop.example/c/{coupon}?o={order}", {"coupon": "A B", "order": "Ł/1"})
    assert link == "https://shop.example/c/A%20B?o=%C5%81%2F1"


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (
            {"variants": [{"name": "A", "split": 100, "texts": {"en": {"headline": "Hi {frist_name}"}}}]},
            "variants[0].texts.en.headline: unknown placeholder {frist_name}",
        ),
        (
            {"variants": [{"name": "A", "split": 100, "texts": {"en": {"headline": "Hi {first_name!r}"}}}]},
            "must be a plain name",
        ),
        ({"variants": [{"name": "A", "split": 100, "texts": {"en": {"headline": "Hi {"}}}]}, "headline"),
        (
            {"variants": [{"name": "A", "split": 100, "texts": {"nb": {"headline": "Hei"}}}]},
            "English text is required",
        ),
        (
            {"variants": [{"name": "A", "split": 100, "texts": {"en": {"headline": "x"}, "de": {"headline": "y"}}}]},
            "unsupported language 'de'",
        ),
        (
            {
                "variants": [
                    {"name": "A", "split": 60, "texts": {"en": {"headline": "a"}}},
                    {"name": "B", "split": 30, "texts": {"en": {"headline": "b"}}},
                ]
            },
            "splits add up to 90%",
        ),
        ({"rule": {"fact": "nope", "op": "==", "value": 1}}, "unknown fact 'nope'"),
        ({"starts_on": "2024-06-10", "ends_on": "2024-06-01"}, "ends_on: the window ends"),
        ({"qr_link": "javascript:alert(1)"}, "qr_link: the QR link must be an http(s) address"),
        ({"qr_link": "https://x.example/{first_name}"}, "unknown placeholder {first_name}"),
        ({"kind": "spam"}, "kind must be one of"),
        ({"coupon_prefix": "SUMMER-2024!"}, "coupon_prefix"),
        ({"per_customer_limit": -1}, "per_customer_limit"),
    ],
)
def test_invalid_campaigns_are_refused_at_save_time(change: dict[str, Any], reason: str) -> None:
    with pytest.raises(ValidationError) as caught:
        campaign(1, "bad", **change)
    assert reason in str(caught.value)


def test_campaign_round_trips_through_its_dict() -> None:
    spec = campaign(
        5,
        "round",
        priority=3,
        starts_on="2024-01-01",
        rule={"segment": "vip"},
        coupon_prefix="vip",
        qr_link="https://x.example/c/{coupon}",
        insert_stock=40,
    )
    again = campaign_from_dict(campaign_to_dict(spec))
    assert again == spec
    assert spec.coupon_prefix == "VIP"
