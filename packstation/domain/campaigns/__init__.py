"""Personalised marketing slips: customer facts, segment rules as data, campaigns, matching and codes.

Plain Python (no Qt, no SQLAlchemy): the marketing service feeds it facts and campaigns read from the store.
"""

from packstation.domain.campaigns.campaign import (
    BASE_LANGUAGE,
    KINDS,
    LANGUAGES,
    NAME_FALLBACK,
    PLACEHOLDERS,
    CampaignSpec,
    SlipText,
    Variant,
    campaign_from_dict,
    campaign_to_dict,
    pick_language,
    render,
    render_link,
)
from packstation.domain.campaigns.codes import (
    is_slip_code,
    is_valid_coupon_code,
    new_coupon_code,
    new_slip_code,
    normalise_code,
)
from packstation.domain.campaigns.facts import (
    FACTS,
    INCIDENT_KINDS,
    CustomerFacts,
    Incident,
    normalise_locale,
)
from packstation.domain.campaigns.matching import (
    ChoiceResult,
    SlipChoice,
    ab_bucket,
    choose,
    explain,
    in_holdout,
    returns_choice,
    variant_for,
)
from packstation.domain.campaigns.rules import RuleResult, describe, evaluate, validate_rule
from packstation.domain.campaigns.segments import SEGMENTS

__all__ = [
    "BASE_LANGUAGE",
    "FACTS",
    "INCIDENT_KINDS",
    "KINDS",
    "LANGUAGES",
    "NAME_FALLBACK",
    "PLACEHOLDERS",
    "SEGMENTS",
    "CampaignSpec",
    "ChoiceResult",
    "CustomerFacts",
    "Incident",
    "RuleResult",
    "SlipChoice",
    "SlipText",
    "Variant",
    "ab_bucket",
    "campaign_from_dict",
    "campaign_to_dict",
    "choose",
    "describe",
    "evaluate",
    "explain",
    "in_holdout",
    "is_slip_code",
    "is_valid_coupon_code",
    "new_coupon_code",
    "new_slip_code",
    "normalise_code",
    "normalise_locale",
    "pick_language",
    "render",
    "render_link",
    "returns_choice",
    "validate_rule",
    "variant_for",
]
