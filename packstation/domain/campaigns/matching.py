"""Which slips an order gets: every live campaign whose rule matches, best first, at most K, never blocking.

Order of preference: apology campaigns first (by default: after an incident, the apology is the slip that wins
the customer back), then higher priority, then the older campaign. A campaign is passed over - and the result says
why - when it is inactive, outside its date window, already sent to this customer as often as its limit allows,
or out of insert stock; the next match takes its place, or no slip is printed. Returns slips are not chosen
here: the merchant's returns insert is added on top (see `returns_choice`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from packstation.domain.campaigns.campaign import CampaignSpec, Variant, pick_language
from packstation.domain.campaigns.facts import CustomerFacts
from packstation.domain.campaigns.rules import evaluate

DEFAULT_MAX_SLIPS = 2


@dataclass(frozen=True)
class SlipChoice:
    """One slip to print: the campaign, its A/B variant, the language, and why it was chosen."""

    campaign_id: int | None
    campaign_name: str
    kind: str
    variant: str
    language: str
    explanation: str


@dataclass(frozen=True)
class ChoiceResult:
    chosen: tuple[SlipChoice, ...]
    notes: tuple[str, ...]  # why the other campaigns were passed over (for the lead and the preview)


def ab_bucket(customer_id: int, campaign_id: int | None) -> int:
    """0-9999, stable for a customer and campaign (the same customer always sees the same variant)."""
    digest = hashlib.sha256(f"{campaign_id}:{customer_id}".encode()).digest()
    return int.from_bytes(digest[:8], "big") % 10_000


def in_holdout(customer_id: int, campaign_id: int | None, percent: int) -> bool:
    """Whether this customer is in the campaign's holdout group (no slip): stable per customer and campaign, and
    drawn apart from the A/B bucket so the holdout takes its share from every variant alike."""
    if percent <= 0 or campaign_id is None:
        return False
    digest = hashlib.sha256(f"holdout:{campaign_id}:{customer_id}".encode()).digest()
    return int.from_bytes(digest[:8], "big") % 100 < percent


def variant_for(customer_id: int, campaign_id: int | None, variants: tuple[Variant, ...]) -> Variant:
    """The variant this customer sees: the variant whose cumulative split covers their bucket."""
    bucket = ab_bucket(customer_id, campaign_id)
    upper = 0
    for variant in variants:
        upper += variant.split * 100
        if bucket < upper:
            return variant
    return variants[-1]


def rank_key(spec: CampaignSpec, apology_first: bool = True) -> tuple[int, int, int]:
    return (0 if apology_first and spec.kind == "apology" else 1, -spec.priority, spec.id or 0)


def explain(spec: CampaignSpec, facts: CustomerFacts) -> SlipChoice | None:
    """The slip this campaign would give this customer, ignoring window, limit and stock; None if no match."""
    result = evaluate(dict(spec.rule), facts)
    if not result.matched:
        return None
    variant = variant_for(facts.customer_id, spec.id, spec.variants)
    language, fell_back = pick_language(facts.locale, variant.texts)
    parts = [f"{spec.kind} campaign '{spec.name}' (priority {spec.priority}) matched: {result.explanation}"]
    if len(spec.variants) > 1:
        parts.append(f"variant {variant.name} by A/B split")
    if fell_back:
        parts.append(f"language {language} (no {facts.locale or '?'} text)")
    return SlipChoice(spec.id, spec.name, spec.kind, variant.name, language, "; ".join(parts))


def choose(
    campaigns: Iterable[CampaignSpec],
    facts: CustomerFacts,
    *,
    today: dt.date,
    merchant_id: int,
    prior_counts: Mapping[int, int] | None = None,
    stock: Mapping[int, int | None] | None = None,
    max_slips: int = DEFAULT_MAX_SLIPS,
    apology_first: bool = True,
) -> ChoiceResult:
    """The slips for one order. `prior_counts`: slips of each campaign this customer already got (other orders);
    `stock`: inserts left per campaign id (defaults to each campaign's `insert_stock`)."""
    prior_counts = prior_counts or {}
    stock = stock or {}
    chosen: list[SlipChoice] = []
    notes: list[str] = []
    for spec in sorted(campaigns, key=lambda c: rank_key(c, apology_first)):
        label = f"'{spec.name}'"
        if spec.kind == "returns" or spec.merchant_id != merchant_id:
            continue
        if not spec.active:
            notes.append(f"{label} is paused")
            continue
        if not spec.runs_on(today):
            notes.append(f"{label} does not run on {today.isoformat()}")
            continue
        choice = explain(spec, facts)
        if choice is None:
            reason = evaluate(dict(spec.rule), facts).explanation
            notes.append(f"{label} rule did not match: {reason}")
            continue
        sent = prior_counts.get(spec.id or 0, 0)
        if spec.per_customer_limit and sent >= spec.per_customer_limit:
            notes.append(f"{label} already sent {sent} time(s) to this customer (limit {spec.per_customer_limit})")
            continue
        left = stock.get(spec.id or 0, spec.insert_stock)
        if left is not None and left <= 0:
            notes.append(f"{label} matched but its insert stock ran out; fell back to the next match")
            continue
        if len(chosen) >= max_slips:
            notes.append(f"{label} matched but the order already has {max_slips} slip(s)")
            continue
        chosen.append(choice)
    if not chosen:
        notes.append("no campaign slip for this order")
    return ChoiceResult(tuple(chosen), tuple(notes))


def returns_choice(spec: CampaignSpec, facts: CustomerFacts) -> SlipChoice:
    """The merchant's returns insert for this order (every order, when the merchant asks for one)."""
    variant = variant_for(facts.customer_id, spec.id, spec.variants)
    language, fell_back = pick_language(facts.locale, variant.texts)
    reason = "the merchant puts a returns slip in every order"
    if fell_back:
        reason += f"; language {language} (no {facts.locale or '?'} text)"
    return SlipChoice(spec.id, spec.name, "returns", variant.name, language, reason)
