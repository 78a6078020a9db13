"""Templates for the usual campaigns: a rule and texts in every language, ready to adjust and save.

`template_draft(template_id, merchant_id)` gives the editor's draft (the same dict `campaign_from_dict` validates);
nothing is stored until the lead saves it.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from packstation.domain.errors import ValidationError


@dataclass(frozen=True)
class Template:
    id: str
    title: str  # English, translated when shown
    kind: str
    rule: dict[str, Any]
    texts: dict[str, dict[str, str]]  # language -> {"headline", "body"}
    coupon_prefix: str = ""
    priority: int = 0


TEMPLATES: tuple[Template, ...] = (
    Template(
        "welcome",
        "Welcome on a first order",
        "marketing",
        {"all": [{"segment": "first_order"}]},
        {
            "en": {
                "headline": "Welcome, {first_name}!",
                "body": "Thank you for your first order with {merchant}. "
                "Your code {coupon} gives 10 % off the next one.",
            },
            "nb": {
                "headline": "Velkommen, {first_name}!",
                "body": "Takk for din første bestilling hos {merchant}. Koden {coupon} gir 10 % rabatt på neste.",
            },
            "pl": {
                "headline": "Witamy, {first_name}!",
                "body": "Dziękujemy za pierwsze zamówienie w {merchant}. Kod {coupon} daje 10% rabatu na kolejne.",
            },
            "fi": {
                "headline": "Tervetuloa, {first_name}!",
                "body": "Kiitos ensimmäisestä tilauksestasi: {merchant}. "
                "Koodilla {coupon} saat 10 % alennuksen seuraavasta.",
            },
        },
        coupon_prefix="WELCOME",
        priority=10,
    ),
    Template(
        "vip_thanks",
        "Thanks to a VIP",
        "marketing",
        {"all": [{"segment": "vip"}]},
        {
            "en": {
                "headline": "Thank you, {first_name}",
                "body": "You are one of our best customers. A small thank you from everyone at {merchant}.",
            },
            "nb": {
                "headline": "Tusen takk, {first_name}",
                "body": "Du er en av våre beste kunder. En liten takk fra alle oss i {merchant}.",
            },
            "pl": {
                "headline": "Dziękujemy, {first_name}",
                "body": "Jesteś jednym z naszych najlepszych klientów. "
                "Małe podziękowanie od całego zespołu {merchant}.",
            },
            "fi": {
                "headline": "Kiitos, {first_name}",
                "body": "Olet yksi parhaista asiakkaistamme. Pieni kiitos kaikilta meiltä, {merchant}.",
            },
        },
        priority=20,
    ),
    Template(
        "win_back",
        "Win back a lapsed customer",
        "marketing",
        {"all": [{"fact": "days_since_last_order", "op": ">=", "value": 180}]},
        {
            "en": {
                "headline": "Good to see you again, {first_name}",
                "body": "It has been a while. Use {coupon} for 15 % off your next order.",
            },
            "nb": {
                "headline": "Hyggelig å se deg igjen, {first_name}",
                "body": "Det er en stund siden. Bruk {coupon} for 15 % rabatt på neste bestilling.",
            },
            "pl": {
                "headline": "Miło Cię znowu widzieć, {first_name}",
                "body": "Minęło trochę czasu. Użyj kodu {coupon}, aby dostać 15% rabatu na kolejne zamówienie.",
            },
            "fi": {
                "headline": "Mukava nähdä taas, {first_name}",
                "body": "Edellisestä kerrasta on aikaa. Koodilla "
                "{coupon} saat 15 % alennuksen seuraavasta tilauksesta.",
            },
        },
        coupon_prefix="BACK",
        priority=15,
    ),
    Template(
        "apology",
        "Apology after an incident",
        "apology",
        {"all": [{"fact": "open_incidents", "op": "not_empty"}]},
        {
            "en": {
                "headline": "We are sorry, {first_name}",
                "body": "Your last order did not arrive as it should have. Please accept {coupon} with our apologies.",
            },
            "nb": {
                "headline": "Vi beklager, {first_name}",
                "body": "Den forrige bestillingen din kom ikke fram som "
                "den skulle. Ta imot {coupon} med vår beklagelse.",
            },
            "pl": {
                "headline": "Przepraszamy, {first_name}",
                "body": "Poprzednie zamówienie nie dotarło tak, jak "
                "powinno. Prosimy przyjąć kod {coupon} z naszymi przeprosinami.",
            },
            "fi": {
                "headline": "Pahoittelemme, {first_name}",
                "body": "Edellinen tilauksesi ei saapunut niin kuin "
                "piti. Ota vastaan koodi {coupon} pahoittelujemme kera.",
            },
        },
        coupon_prefix="SORRY",
        priority=30,
    ),
    Template(
        "returns",
        "Returns information",
        "returns",
        {},
        {
            "en": {"headline": "Returns made easy", "body": "{returns_policy}"},
            "nb": {"headline": "Enkel retur", "body": "{returns_policy}"},
            "pl": {"headline": "Łatwe zwroty", "body": "{returns_policy}"},
            "fi": {"headline": "Helppo palautus", "body": "{returns_policy}"},
        },
    ),
)
BY_ID = {t.id: t for t in TEMPLATES}


def template_draft(template_id: str, merchant_id: int) -> dict[str, Any]:
    """A new campaign's draft from a template (not stored)."""
    template = BY_ID.get(template_id)
    if template is None:
        raise ValidationError(
            "unknown_template",
            f"no campaign template {template_id!r} (known: {', '.join(BY_ID)})",
            template=template_id,
        )
    return {
        "merchant_id": merchant_id,
        "name": template.title,
        "kind": template.kind,
        "rule": copy.deepcopy(template.rule),
        "priority": template.priority,
        "per_customer_limit": 1,
        "active": True,
        "coupon_prefix": template.coupon_prefix,
        "variants": [{"name": "A", "split": 100, "texts": copy.deepcopy(template.texts)}],
    }


def duplicate_draft(data: dict[str, Any], copy_word: str = "copy") -> dict[str, Any]:
    """A stored campaign's draft as a new, inactive campaign ("<name> (copy)") to change and save."""
    draft = copy.deepcopy(data)
    draft.pop("id", None)
    draft["name"] = f"{data.get('name', '')} ({copy_word})"[:120]
    draft["active"] = False
    return draft
