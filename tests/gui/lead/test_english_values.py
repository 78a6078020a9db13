"""No English inside a translated sentence (issue 24, part 3): every refusal and verdict template is filled with the
raw values the services really send (role and status codes, check names, scenario ids, job names, an ISO time) and
shown in Norwegian, Polish and Finnish; no English word of the station's own vocabulary may come through, and a
time reads as the local clock, never "UTC"."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from packstation.domain.vocabulary import Severity
from packstation.gui.i18n_catalog import TRANSLATED, placeholders
from packstation.services.views import VerdictView

# Raw values as the services put them into params (codes, ids, English words of the station's own vocabulary).
RAW = {
    "role": "packer",
    "status": "claimed",
    "check": "expiry",
    "missing": "first-order, wrong-item",
    "since": "2026-12-06T10:42:00+00:00",
    "layout": "no",
    "lot": "none",
    "reason": "Damaged",
    "document": "packing_slip",
}
# English words that must never reach a translated screen when they came in as a value.
ENGLISH = re.compile(
    r"\b(packer|trainer|admin|claimed|suspended|cancelled|expiry check|expiry|first order|"
    r"a wrong item in the tote|packing slip|packing_slip|since|UTC|another station|"
    r"damaged|Norwegian)\b",
    re.IGNORECASE,
)


def _sample(name: str) -> object:
    if name in RAW:
        return RAW[name]
    if name in (
        "grams",
        "expected_g",
        "tolerance_g",
        "units",
        "left",
        "days",
        "days_left",
        "limit",
        "min_days",
        "package_no",
        "packages",
        "next_package",
        "remaining",
        "line_no",
        "min",
        "max",
        "position",
    ):
        return 3
    return "X-7"  # a code or name: shown as it is


@pytest.fixture(params=TRANSLATED)
def language(request: pytest.FixtureRequest, qapp: object) -> object:
    from packstation.gui.i18n import switch_language

    switch_language(request.param)
    yield request.param
    switch_language("en")


def test_no_refusal_shows_an_english_value(language: str) -> None:
    from packstation.domain.errors import DomainError
    from packstation.gui.messages import COUNTS, ERRORS, error_text

    leaks = []
    for code, template in ERRORS.items():
        names = placeholders(template) | ({COUNTS[code]} if code in COUNTS else set())
        text = error_text(DomainError(code, "ENGLISH FALLBACK", **{n: _sample(n) for n in names}))
        assert "ENGLISH FALLBACK" not in text or "{detail}" in template, (code, text)
        if ENGLISH.search(text.replace("ENGLISH FALLBACK", "")):
            leaks.append(f"{code}: {text}")
    assert not leaks, f"{language}: English values inside translated refusals:\n" + "\n".join(leaks)


def test_no_verdict_shows_an_english_value(language: str) -> None:
    from packstation.gui.messages import COUNTS, DETAILS, VARIANT_PARAM, verdict_text

    leaks = []
    for key, template in DETAILS.items():
        code, _, variant = key.partition(":")
        names = placeholders(template) | ({COUNTS[key]} if key in COUNTS else set())
        params = {n: _sample(n) for n in names}
        if variant:
            params[VARIANT_PARAM.get(code, "variant")] = variant
        headline, detail = verdict_text(VerdictView(code, Severity.ATTENTION, "ENGLISH FALLBACK", params))
        assert detail != "ENGLISH FALLBACK", key
        if ENGLISH.search(f"{headline} {detail}"):
            leaks.append(f"{key}: {headline} — {detail}")
    assert not leaks, f"{language}: English values inside translated verdicts:\n" + "\n".join(leaks)


def test_a_claim_elsewhere_names_the_time_on_the_local_clock(language: str) -> None:
    """The service sends an ISO time in UTC; the packer reads it in the bench's zone and the locale's format."""
    from PySide6.QtCore import QDateTime, QLocale

    from packstation.domain.errors import DomainError
    from packstation.gui.messages import error_text

    claimed = dt.datetime(2026, 12, 6, 10, 42, tzinfo=dt.UTC)
    text = error_text(
        DomainError(
            "order_claimed_elsewhere",
            "Order A-1 is being packed at BENCH-02 (Anna) since 10:42 UTC. A lead can release it.",
            order="A-1",
            holder="BENCH-02 (Anna) since 10:42 UTC",
            station="BENCH-02 (Anna)",
            since=claimed.isoformat(),
        )
    )
    local = QLocale().toString(
        QDateTime.fromSecsSinceEpoch(int(claimed.timestamp())).time(), QLocale.FormatType.ShortFormat
    )
    assert "BENCH-02 (Anna)" in text and local in text and "UTC" not in text and "since" not in text, text


def test_names_inserted_by_the_screens_are_translated(language: str) -> None:
    """Job names, scenario titles, roles and statuses the screens put into sentences come in the reader's words."""
    from packstation.domain.training.scenarios import load_shipped
    from packstation.gui.lead.drilldown import status_name
    from packstation.gui.lead.people import role_name
    from packstation.gui.messages import scenario_title
    from packstation.gui.screens.verify import DOCUMENT_NAMES, document_name
    from packstation.store.models.orders import ORDER_STATUSES
    from packstation.store.models.people import ROLES

    words = [document_name(job) for job in DOCUMENT_NAMES]
    words += [scenario_title(s.id) for s in load_shipped()] + [scenario_title("Anna: own mistakes")]
    words += [role_name(r) for r in ROLES] + [status_name(s) for s in ORDER_STATUSES]
    english = {*DOCUMENT_NAMES.values(), *(s.title for s in load_shipped()), "own mistakes", *ROLES, *ORDER_STATUSES}
    same = [w for w in words if any(w.lower() == e.lower() or "own mistakes" in w for e in english)]
    assert not same, f"{language}: shown in English: {same}"
