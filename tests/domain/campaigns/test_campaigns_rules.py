"""Segment rules against crafted customer histories; invalid rules refused with the reason."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from packstation.domain.campaigns import CustomerFacts, Incident, evaluate, validate_rule
from packstation.domain.errors import ValidationError

NOW = dt.datetime(2024, 6, 1, 12, 0, tzinfo=dt.UTC)


def facts(**changes: object) -> CustomerFacts:
    values: dict[str, object] = {"customer_id": 7, "merchant": "NORDIC", "as_of": NOW}
    values.update(changes)
    return CustomerFacts(**values)  # type: ignore[arg-type]


def days_ago(days: int) -> dt.datetime:
    return NOW - dt.timedelta(days=days)


FIRST = facts()
SECOND = facts(orders_to_date=1, lifetime_spend=Decimal("40"), first_order_at=days_ago(30), last_order_at=days_ago(30))
REPEAT = facts(
    orders_to_date=4, lifetime_spend=Decimal("320"), first_order_at=days_ago(300), last_order_at=days_ago(20)
)
BIG_SPENDER = facts(orders_to_date=3, lifetime_spend=Decimal("1500.00"), last_order_at=days_ago(10))
FREQUENT = facts(orders_to_date=10, lifetime_spend=Decimal("200"), last_order_at=days_ago(5))
LAPSED = facts(orders_to_date=3, lifetime_spend=Decimal("150"), last_order_at=days_ago(400))
DAMAGED = facts(orders_to_date=2, incidents=(Incident("damaged", days_ago(12), "A-100"),), last_order_at=days_ago(12))
OLD_INCIDENT = facts(orders_to_date=2, incidents=(Incident("late", days_ago(200)),))
ANSWERED = facts(orders_to_date=2, incidents=(Incident("damaged", days_ago(5), resolved=True),))
COFFEE = facts(orders_to_date=2, categories=frozenset({"Coffee", "Mugs"}), locale="nb-NO")


@pytest.mark.parametrize(
    ("segment", "params", "matching", "not_matching"),
    [
        ("first_order", {}, [FIRST], [SECOND, REPEAT]),
        ("second_order", {}, [SECOND], [FIRST, REPEAT]),
        ("repeat", {}, [REPEAT, LAPSED], [FIRST, SECOND]),
        ("vip", {}, [BIG_SPENDER, FREQUENT], [REPEAT, FIRST]),
        ("vip", {"min_spend": 300}, [REPEAT, BIG_SPENDER], [SECOND]),
        ("lapsed", {}, [LAPSED], [FIRST, REPEAT]),
        ("lapsed", {"days": 15}, [REPEAT, LAPSED], [BIG_SPENDER]),
        ("recent_incident", {}, [DAMAGED], [OLD_INCIDENT, ANSWERED, FIRST]),
        ("recent_incident", {"days": 365}, [DAMAGED, OLD_INCIDENT], [ANSWERED]),
        ("recent_incident", {"kinds": ["late"]}, [], [DAMAGED]),
        ("category_affinity", {"category": "coffee"}, [COFFEE], [REPEAT]),
    ],
)
def test_built_in_segments_against_crafted_histories(segment, params, matching, not_matching) -> None:
    rule = {"segment": segment, "params": params}
    for customer in matching:
        assert evaluate(rule, customer).matched, customer
    for customer in not_matching:
        assert not evaluate(rule, customer).matched, customer


def test_the_explanation_names_the_fact_that_decided() -> None:
    result = evaluate({"segment": "vip"}, BIG_SPENDER)
    assert result.matched
    assert result.explanation == "segment vip: lifetime_spend is 1500.00, rule >= 1000"


def test_custom_rule_over_facts_with_all_any_not() -> None:
    rule = {
        "all": [
            {"fact": "locale", "op": "in", "value": ["nb", "fi"]},
            {"any": [{"fact": "categories", "op": "contains", "value": "coffee"}, {"segment": "vip"}]},
            {"not": {"fact": "open_incidents", "op": "not_empty"}},
        ]
    }
    assert evaluate(rule, COFFEE).matched  # nb-NO counts as nb
    assert not evaluate(rule, REPEAT).matched  # locale en
    assert "locale is en" in evaluate(rule, REPEAT).explanation


def test_journey_stage_fact() -> None:
    stages = [f.journey_stage for f in (FIRST, SECOND, REPEAT, LAPSED)]
    assert stages == ["first_order", "second_order", "repeat", "lapsed"]
    assert evaluate({"fact": "journey_stage", "op": "==", "value": "lapsed"}, LAPSED).matched


def test_a_fact_without_a_value_never_satisfies_a_comparison() -> None:
    assert not evaluate({"fact": "days_since_last_order", "op": ">=", "value": 0}, FIRST).matched
    assert evaluate({"fact": "days_since_last_order", "op": "is_not_set"}, FIRST).matched


def test_empty_rule_matches_everyone() -> None:
    assert evaluate({}, FIRST).explanation == "every customer"


@pytest.mark.parametrize(
    ("rule", "reason"),
    [
        ({"fact": "shoe_size", "op": "==", "value": 42}, "rule.fact: unknown fact 'shoe_size'"),
        ({"fact": "locale", "op": ">=", "value": "en"}, "rule.op: operator '>=' does not apply to text fact"),
        ({"fact": "orders_to_date", "op": ">=", "value": "many"}, "rule.value: expected a number"),
        ({"fact": "orders_to_date", "op": ">="}, "operator '>=' needs a value"),
        ({"all": []}, "rule.all: needs a non-empty list"),
        ({"all": [{"segment": "vip"}, {"segment": "vipp"}]}, "rule.all[1].segment: unknown segment 'vipp'"),
        ({"segment": "vip", "params": {"min_spnd": 5}}, "unknown parameter 'min_spnd'"),
        ({"segment": "category_affinity"}, "needs parameter 'category'"),
        ({"segment": "lapsed", "params": {"days": 0}}, "rule.params.days: must be at least 1"),
        ({"fact": "categories", "op": "contains_any", "value": []}, "needs a non-empty list of texts"),
        ({"fact": "order_value", "op": "between", "value": [50, 10]}, "low 50 is above high 10"),
        (
            {"not": {"fact": "gift", "op": "is_true", "value": True}},
            "rule.not: operator 'is_true' takes no value",
        ),
        ({"fact": "gift", "op": "is_true", "extra": 1}, "unexpected keys ['extra']"),
        (["not", "a", "rule"], "a rule is an object"),
    ],
)
def test_invalid_rules_are_refused_with_the_reason(rule: object, reason: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_rule(rule)
    assert caught.value.code == "invalid_rule"
    assert reason in str(caught.value)


def test_deeply_nested_rules_are_refused() -> None:
    rule: dict[str, object] = {"fact": "gift", "op": "is_true"}
    for _ in range(10):
        rule = {"not": rule}
    with pytest.raises(ValidationError, match="nest at most"):
        validate_rule(rule)
