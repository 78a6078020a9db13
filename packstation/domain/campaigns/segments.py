"""Built-in segments and journey stages, each a named, parameterised rule over the customer facts.

A rule names one as `{"segment": "vip", "params": {"min_spend": 500}}`; the segment expands to a plain rule, so
the explanation of a match shows the very facts that decided it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from packstation.domain.campaigns.facts import INCIDENT_KINDS, LAPSED_AFTER_DAYS

REQUIRED = object()  # a parameter with no default


@dataclass(frozen=True)
class Param:
    type: str  # number | text | text_list
    default: Any = REQUIRED
    minimum: float | None = None


@dataclass(frozen=True)
class Segment:
    """A named rule template: what it means, its parameters and the rule it stands for."""

    name: str
    title: str
    params: dict[str, Param]
    build: Callable[[dict[str, Any]], dict[str, Any]] = field(repr=False)


def _fact(name: str, op: str, value: Any = None) -> dict[str, Any]:
    node: dict[str, Any] = {"fact": name, "op": op}
    if value is not None:
        node["value"] = value
    return node


def _recent_incident(p: dict[str, Any]) -> dict[str, Any]:
    kinds = p["kinds"] or list(INCIDENT_KINDS)
    return {"all": [_fact("open_incidents", "contains_any", kinds), _fact("days_since_incident", "<=", p["days"])]}


SEGMENTS: dict[str, Segment] = {
    s.name: s
    for s in (
        Segment("first_order", "First order", {}, lambda p: _fact("orders_to_date", "==", 0)),
        Segment("second_order", "Second order", {}, lambda p: _fact("orders_to_date", "==", 1)),
        Segment(
            "repeat",
            "Repeat customer",
            {"min_orders": Param("number", 2, 1)},
            lambda p: _fact("orders_to_date", ">=", p["min_orders"]),
        ),
        Segment(
            "vip",
            "VIP (spend or orders over a threshold)",
            {"min_spend": Param("number", 1000, 0), "min_orders": Param("number", 10, 1)},
            lambda p: {
                "any": [
                    _fact("lifetime_spend", ">=", p["min_spend"]),
                    _fact("orders_to_date", ">=", p["min_orders"]),
                ]
            },
        ),
        Segment(
            "lapsed",
            "Lapsed, now back",
            {"days": Param("number", LAPSED_AFTER_DAYS, 1)},
            lambda p: _fact("days_since_last_order", ">=", p["days"]),
        ),
        Segment(
            "recent_incident",
            "Recent incident (apology)",
            {"days": Param("number", 90, 0), "kinds": Param("text_list", [])},
            _recent_incident,
        ),
        Segment(
            "category_affinity",
            "Bought from a category before",
            {"category": Param("text")},
            lambda p: _fact("categories", "contains", p["category"]),
        ),
    )
}
