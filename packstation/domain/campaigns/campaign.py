"""A campaign as a plain value: who (rule), when (window), how much (priority, limit, stock), what (variants).

`campaign_from_dict` is the one door for a campaign coming from the editor or a file: it refuses an invalid one
with the reason (a bad rule, an unknown placeholder, splits that do not add up to 100, ...). Texts are templates
with placeholders such as `{first_name}` and `{coupon}`; a placeholder not in PLACEHOLDERS is refused at save time
so a slip never prints a raw `{frist_name}`.
"""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any
from urllib.parse import quote

from packstation.domain.campaigns.codes import PREFIX_PATTERN
from packstation.domain.campaigns.facts import normalise_locale
from packstation.domain.campaigns.rules import validate_rule
from packstation.domain.errors import ValidationError

KINDS = ("marketing", "apology", "returns")
LANGUAGES = ("en", "nb", "pl", "fi")
BASE_LANGUAGE = "en"
PLACEHOLDERS = {
    "first_name": "the customer's first name",
    "last_name": "the customer's last name",
    "full_name": "first and last name",
    "merchant": "the merchant's name",
    "order": "the order reference",
    "coupon": "the coupon code printed on this slip",
    "campaign": "the campaign's name",
    "returns_policy": "the merchant's returns policy text",
}
LINK_PLACEHOLDERS = ("coupon", "order", "customer_ref", "slip")
# Said instead of an empty first name ("Hi {first_name}," must never print "Hi ,").
NAME_FALLBACK = {"en": "friend", "nb": "venn", "pl": "Kliencie", "fi": "ystävä"}


@dataclass(frozen=True)
class SlipText:
    headline: str
    body: str


@dataclass(frozen=True)
class Variant:
    """An A/B variant: its share of customers (percent) and its texts by language."""

    name: str
    split: int
    texts: Mapping[str, SlipText]


@dataclass(frozen=True)
class CampaignSpec:
    """A merchant's insert campaign (mirrors the `campaigns` table; `id` is None for an unsaved draft)."""

    merchant_id: int
    name: str
    variants: tuple[Variant, ...]
    kind: str = "marketing"
    rule: Mapping[str, Any] = field(default_factory=dict)
    starts_on: dt.date | None = None
    ends_on: dt.date | None = None
    priority: int = 0
    per_customer_limit: int = 1  # 0: no limit
    qr_link: str = ""
    coupon_prefix: str = ""
    insert_stock: int | None = None  # None: printed on demand, never runs out
    active: bool = True
    id: int | None = None
    holdout_percent: int = 0  # matching customers kept without a slip, to measure the slip against
    paper_cost: Decimal = Decimal(0)  # one insert's paper, in the merchant's currency
    print_cost: Decimal = Decimal(0)  # one insert's printing (toner, labels, wear)

    @property
    def insert_cost(self) -> Decimal:
        return self.paper_cost + self.print_cost

    def runs_on(self, day: dt.date) -> bool:
        """Whether `day` is inside the date window (both ends included)."""
        return (self.starts_on is None or self.starts_on <= day) and (self.ends_on is None or day <= self.ends_on)


def _refuse(path: str, reason: str) -> ValidationError:
    return ValidationError("invalid_campaign", f"{path}: {reason}", path=path, reason=reason)


def template_fields(template: str) -> list[str]:
    """The placeholder names in a template; ValueError for broken braces."""
    names = []
    for _text, name, spec, conversion in string.Formatter().parse(template):
        if name is None:
            continue
        if spec or conversion or not name.isidentifier():
            raise ValueError(f"placeholder {{{name}}} must be a plain name without format or attributes")
        names.append(name)
    return names


def check_template(path: str, template: str, allowed: Any) -> None:
    """Refuse a template with broken braces or a placeholder not in `allowed`."""
    try:
        names = template_fields(template)
    except ValueError as exc:
        raise _refuse(path, str(exc)) from None
    for name in names:
        if name not in allowed:
            raise _refuse(path, f"unknown placeholder {{{name}}} (known: {', '.join('{' + n + '}' for n in allowed)})")


def render(template: str, values: Mapping[str, str]) -> str:
    """Fill a validated template. Values are inserted as they are ('Łukasz' stays 'Łukasz')."""
    return template.format_map({name: values.get(name, "") for name in template_fields(template)})


def render_link(template: str, values: Mapping[str, str]) -> str:
    """Fill a QR link template, URL-escaping each value."""
    return render(template, {k: quote(v, safe="") for k, v in values.items()})


def pick_language(locale: str, available: Any) -> tuple[str, bool]:
    """The customer's language if the variant has it, else English, else the first available; and whether
    that was a fallback."""
    wanted = normalise_locale(locale)
    if wanted in available:
        return wanted, False
    if BASE_LANGUAGE in available:
        return BASE_LANGUAGE, True
    return next(lang for lang in LANGUAGES if lang in available), True


def _text_from(path: str, data: Any) -> SlipText:
    if not isinstance(data, Mapping):
        raise _refuse(path, "expected {headline, body}")
    headline, body = data.get("headline", ""), data.get("body", "")
    if not isinstance(headline, str) or not isinstance(body, str) or not (headline.strip() or body.strip()):
        raise _refuse(path, "needs a headline or a body text")
    check_template(f"{path}.headline", headline, PLACEHOLDERS)
    check_template(f"{path}.body", body, PLACEHOLDERS)
    return SlipText(headline, body)


def _variant_from(path: str, data: Any) -> Variant:
    if not isinstance(data, Mapping):
        raise _refuse(path, "expected {name, split, texts}")
    name = data.get("name", "")
    if not isinstance(name, str) or not name.strip() or len(name) > 20:
        raise _refuse(f"{path}.name", "a variant needs a name of 1-20 characters")
    split = data.get("split", 100)
    if isinstance(split, bool) or not isinstance(split, int) or not 0 <= split <= 100:
        raise _refuse(f"{path}.split", f"split is a whole percentage 0-100, got {split!r}")
    texts = data.get("texts")
    if not isinstance(texts, Mapping) or not texts:
        raise _refuse(f"{path}.texts", "needs texts in at least one language")
    unknown = sorted(set(texts) - set(LANGUAGES))
    if unknown:
        raise _refuse(f"{path}.texts", f"unsupported language {unknown[0]!r} (use {', '.join(LANGUAGES)})")
    if BASE_LANGUAGE not in texts:
        raise _refuse(f"{path}.texts", "an English text is required: it is the fallback for every other language")
    parsed = {lang: _text_from(f"{path}.texts.{lang}", texts[lang]) for lang in LANGUAGES if lang in texts}
    return Variant(name.strip(), split, parsed)


def _date(path: str, value: Any) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise _refuse(path, f"expected a date YYYY-MM-DD, got {value!r}") from None


def _int(path: str, value: Any, minimum: int, *, optional: bool = False) -> int | None:
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise _refuse(path, f"expected a whole number >= {minimum}, got {value!r}")
    return value


def campaign_from_dict(data: Mapping[str, Any]) -> CampaignSpec:
    """Parse and validate a campaign from the editor or a file; ValidationError names the field and why."""
    merchant_id = _int("merchant_id", data.get("merchant_id"), 1)
    name = data.get("name", "")
    if not isinstance(name, str) or not name.strip() or len(name) > 120:
        raise _refuse("name", "a campaign needs a name of 1-120 characters")
    kind = data.get("kind", "marketing")
    if kind not in KINDS:
        raise _refuse("kind", f"kind must be one of {', '.join(KINDS)}, got {kind!r}")
    rule = data.get("rule") or {}
    validate_rule(rule)
    starts_on, ends_on = _date("starts_on", data.get("starts_on")), _date("ends_on", data.get("ends_on"))
    if starts_on and ends_on and ends_on < starts_on:
        raise _refuse("ends_on", f"the window ends ({ends_on}) before it starts ({starts_on})")
    priority = data.get("priority", 0)
    if isinstance(priority, bool) or not isinstance(priority, int):
        raise _refuse("priority", f"expected a whole number, got {priority!r}")
    raw_variants = data.get("variants")
    if not isinstance(raw_variants, list | tuple) or not raw_variants:
        raise _refuse("variants", "a campaign needs at least one variant with its texts")
    variants = tuple(_variant_from(f"variants[{i}]", v) for i, v in enumerate(raw_variants))
    if len({v.name for v in variants}) != len(variants):
        raise _refuse("variants", "variant names must be unique")
    total = sum(v.split for v in variants)
    if total != 100:
        raise _refuse("variants", f"splits add up to {total}%, not 100%")
    qr_link = data.get("qr_link") or ""
    if qr_link:
        if not isinstance(qr_link, str) or not qr_link.startswith(("https://", "http://")) or len(qr_link) > 400:
            raise _refuse("qr_link", "the QR link must be an http(s) address of at most 400 characters")
        check_template("qr_link", qr_link, LINK_PLACEHOLDERS)
    prefix = (data.get("coupon_prefix") or "").strip().upper()
    if not PREFIX_PATTERN.fullmatch(prefix):
        raise _refuse("coupon_prefix", "up to 12 letters or digits")
    return CampaignSpec(
        id=data.get("id"),
        merchant_id=merchant_id or 0,
        name=name.strip(),
        kind=kind,
        rule=rule,
        starts_on=starts_on,
        ends_on=ends_on,
        priority=priority,
        per_customer_limit=_int("per_customer_limit", data.get("per_customer_limit", 1), 0) or 0,
        variants=variants,
        qr_link=qr_link,
        coupon_prefix=prefix,
        insert_stock=_int("insert_stock", data.get("insert_stock"), 0, optional=True),
        active=bool(data.get("active", True)),
        holdout_percent=_holdout(data.get("holdout_percent", 0)),
        paper_cost=_cost("paper_cost", data.get("paper_cost", 0)),
        print_cost=_cost("print_cost", data.get("print_cost", 0)),
    )


MAX_HOLDOUT = 50


def _holdout(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_HOLDOUT:
        raise _refuse("holdout_percent", f"the holdout is a whole percentage 0-{MAX_HOLDOUT}, got {value!r}")
    return value


def _cost(path: str, value: Any) -> Decimal:
    try:
        if isinstance(value, bool):
            raise InvalidOperation
        cost = Decimal(str(value if value not in (None, "") else 0).replace(",", ".").strip())
    except InvalidOperation:
        raise _refuse(path, f"a cost is a number like 0.12, got {value!r}") from None
    if not cost.is_finite() or cost < 0 or cost > 1000:
        raise _refuse(path, f"a cost per insert is 0-1000, got {value!r}")
    return cost.quantize(Decimal("0.0001"))


def variants_to_data(variants: tuple[Variant, ...]) -> list[dict[str, Any]]:
    """Variants as stored in the `campaigns.variants` JSON column."""
    return [
        {
            "name": v.name,
            "split": v.split,
            "texts": {lang: {"headline": t.headline, "body": t.body} for lang, t in v.texts.items()},
        }
        for v in variants
    ]


def campaign_to_dict(spec: CampaignSpec) -> dict[str, Any]:
    """The inverse of campaign_from_dict (JSON-friendly: dates as ISO text)."""
    return {
        "id": spec.id,
        "merchant_id": spec.merchant_id,
        "name": spec.name,
        "kind": spec.kind,
        "rule": dict(spec.rule),
        "starts_on": spec.starts_on.isoformat() if spec.starts_on else None,
        "ends_on": spec.ends_on.isoformat() if spec.ends_on else None,
        "priority": spec.priority,
        "per_customer_limit": spec.per_customer_limit,
        "variants": variants_to_data(spec.variants),
        "qr_link": spec.qr_link,
        "coupon_prefix": spec.coupon_prefix,
        "insert_stock": spec.insert_stock,
        "active": spec.active,
        "holdout_percent": spec.holdout_percent,
        "paper_cost": str(spec.paper_cost),
        "print_cost": str(spec.print_cost),
    }
