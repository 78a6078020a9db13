"""What the station knows about a customer when their order is packed: the facts segment rules are written over.

A `CustomerFacts` is a plain value (built by the marketing service from the store, or by hand in a test). Rules
refer to facts by the names in `FACTS`; each has a type that decides which operators a rule may use on it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal

INCIDENT_KINDS = ("damaged", "late", "short_shipped", "returned", "wrong_item", "missing_item")
LAPSED_AFTER_DAYS = 180  # the default gap after which a returning customer counts as lapsed

_LOCALE_ALIASES = {"no": "nb", "nn": "nb", "nob": "nb", "pol": "pl", "fin": "fi", "eng": "en"}

FactType = Literal["number", "text", "set", "bool"]


def normalise_locale(locale: str) -> str:
    """'nb-NO' -> 'nb', 'no' -> 'nb', 'fi_FI' -> 'fi', 'PL' -> 'pl'."""
    base = locale.strip().replace("_", "-").split("-")[0].lower()
    return _LOCALE_ALIASES.get(base, base)


@dataclass(frozen=True)
class Incident:
    """Something that went wrong for the customer before (the reason for an apology)."""

    kind: str  # one of INCIDENT_KINDS
    at: dt.datetime
    order_ref: str = ""
    resolved: bool = False  # an apology has already gone out


@dataclass(frozen=True)
class CustomerFacts:
    """The customer as the rules see them at the moment this order is packed.

    History figures (`orders_to_date`, `lifetime_spend`, first/last order) are BEFORE this order.
    """

    customer_id: int
    merchant: str  # the merchant's code
    as_of: dt.datetime  # when the facts were taken: "now" for the order being packed
    first_name: str = ""
    last_name: str = ""
    locale: str = "en"
    country: str = ""
    customer_ref: str = ""
    orders_to_date: int = 0
    lifetime_spend: Decimal = Decimal("0")
    first_order_at: dt.datetime | None = None
    last_order_at: dt.datetime | None = None
    categories: frozenset[str] = frozenset()
    incidents: tuple[Incident, ...] = ()
    order_ref: str = ""
    order_value: Decimal = Decimal("0")
    order_categories: frozenset[str] = frozenset()
    gift: bool = False

    @property
    def order_number(self) -> int:
        """This order's place in the customer's history: 1 for a first order."""
        return self.orders_to_date + 1

    @property
    def days_since_first_order(self) -> int | None:
        return None if self.first_order_at is None else (self.as_of - self.first_order_at).days

    @property
    def days_since_last_order(self) -> int | None:
        return None if self.last_order_at is None else (self.as_of - self.last_order_at).days

    @property
    def open_incidents(self) -> frozenset[str]:
        """Kinds of incidents not yet answered with an apology."""
        return frozenset(incident.kind for incident in self.incidents if not incident.resolved)

    @property
    def days_since_incident(self) -> int | None:
        """Days since the most recent unanswered incident (None: there is none)."""
        open_times = [incident.at for incident in self.incidents if not incident.resolved]
        return None if not open_times else (self.as_of - max(open_times)).days

    @property
    def journey_stage(self) -> str:
        """first_order, second_order, lapsed (back after a long gap) or repeat."""
        if self.orders_to_date == 0:
            return "first_order"
        gap = self.days_since_last_order
        if gap is not None and gap >= LAPSED_AFTER_DAYS:
            return "lapsed"
        return "second_order" if self.orders_to_date == 1 else "repeat"

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    def value(self, fact: str) -> Any:
        """The value of a fact by its rule name (KeyError for a name not in FACTS)."""
        return FACTS[fact].read(self)


@dataclass(frozen=True)
class FactSpec:
    """One fact a rule may test: its type and how to read it."""

    name: str
    type: FactType
    description: str
    read: Callable[[CustomerFacts], Any] = field(repr=False)


def _spec(name: str, type_: FactType, description: str, read: Callable[[CustomerFacts], Any]) -> FactSpec:
    return FactSpec(name, type_, description, read)


FACTS: dict[str, FactSpec] = {
    spec.name: spec
    for spec in (
        _spec("orders_to_date", "number", "orders before this one", lambda f: f.orders_to_date),
        _spec(
            "order_number",
            "number",
            "this order's number in the history (1 = first)",
            lambda f: f.order_number,
        ),
        _spec("lifetime_spend", "number", "money spent before this order", lambda f: f.lifetime_spend),
        _spec(
            "days_since_first_order",
            "number",
            "days since the first order",
            lambda f: f.days_since_first_order,
        ),
        _spec(
            "days_since_last_order",
            "number",
            "days since the previous order",
            lambda f: f.days_since_last_order,
        ),
        _spec(
            "days_since_incident",
            "number",
            "days since the last unanswered incident",
            lambda f: f.days_since_incident,
        ),
        _spec("order_value", "number", "this order's value", lambda f: f.order_value),
        _spec(
            "locale",
            "text",
            "the customer's language (en, nb, pl, fi, ...)",
            lambda f: normalise_locale(f.locale),
        ),
        _spec("country", "text", "ship-to country (ISO 3166 alpha-2)", lambda f: f.country),
        _spec("merchant", "text", "the merchant's code", lambda f: f.merchant),
        _spec("journey_stage", "text", "first_order, second_order, repeat or lapsed", lambda f: f.journey_stage),
        _spec("categories", "set", "categories bought before", lambda f: f.categories),
        _spec("order_categories", "set", "categories in this order", lambda f: f.order_categories),
        _spec(
            "open_incidents",
            "set",
            "kinds of unanswered incidents (damaged, late, ...)",
            lambda f: f.open_incidents,
        ),
        _spec("gift", "bool", "this order is a gift", lambda f: f.gift),
    )
}
