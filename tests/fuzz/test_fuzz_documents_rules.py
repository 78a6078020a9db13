"""Fuzzing ZPL field data and campaign rules: customer text never becomes printer commands; any rule JSON is either
accepted and evaluates, or refused with a `ValidationError` naming where and why."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from packstation.documents.data import Address, LabelData
from packstation.documents.fonts import UnprintableText, missing
from packstation.documents.zpl import escape_field, render_label_zpl, unescape_field
from packstation.domain.campaigns.facts import FACTS, CustomerFacts, Incident
from packstation.domain.campaigns.rules import OPERATORS, evaluate, validate_rule
from packstation.domain.campaigns.segments import SEGMENTS
from packstation.domain.errors import ValidationError

# Every command the label renderer itself writes; anything else in the output came from data.
ZPL_COMMANDS = {
    "XA",
    "XZ",
    "CI",
    "PW",
    "LL",
    "LH",
    "FO",
    "A0",
    "FR",
    "FH",
    "FD",
    "FS",
    "GB",
    "BY",
    "BC",
    "PQ",
    "GF",
}  # GF: a line the printer's font cannot draw goes as a bitmap (hex digits only)
NASTY = st.sampled_from(["^XZ", "^XA^FDX^FS", "~JA", "~HS", "_5E", "\\", "\x00", "\r\n", "\u202e", "😀", "Ø", "_"])
TEXT = st.lists(st.one_of(st.text(max_size=40), NASTY), max_size=6).map("".join)
# Label text: mostly what some shipped font can draw (random code points often have no glyph anywhere, and such
# text is refused before printing), sometimes anything.
LABEL_TEXT = st.one_of(TEXT.map(lambda s: "".join(c for c in s if not missing(c))), TEXT)


@given(TEXT)
@settings(max_examples=400, deadline=None)
def test_escaped_field_is_inert_and_round_trips(text: str) -> None:
    escaped = escape_field(text)
    assert not set(escaped) & set("^~\\"), escaped
    assert all(0x20 <= ord(c) <= 0x7E for c in escaped)
    assert unescape_field(escaped) == text


def _address(draw: Any) -> Address:
    return Address(
        name=draw(LABEL_TEXT),
        line1=draw(LABEL_TEXT),
        line2=draw(LABEL_TEXT),
        postal_code=draw(LABEL_TEXT),
        city=draw(LABEL_TEXT),
        region=draw(LABEL_TEXT),
        country=draw(LABEL_TEXT),
    )


@st.composite
def labels(draw: Any) -> LabelData:
    return LabelData(
        ship_from=_address(draw),
        ship_to=_address(draw),
        carrier_code="postnord",
        carrier_name=draw(LABEL_TEXT),
        service=draw(LABEL_TEXT),
        tracking_number="00370712345678901234",
        sscc="376123450000000019",
        order_ref=draw(LABEL_TEXT),
        weight_g=draw(st.integers(0, 10**7)),
        fragile=draw(st.booleans()),
        this_side_up=draw(st.booleans()),
        hazmat_classes=tuple(draw(st.lists(LABEL_TEXT, max_size=2))),
        routing_code=draw(LABEL_TEXT),
        demo=draw(st.booleans()),
    )


@given(labels(), st.sampled_from([203, 300]))
@settings(max_examples=60, deadline=None)
def test_label_text_never_becomes_a_printer_command(label: LabelData, dpi: int) -> None:
    try:
        zpl = render_label_zpl(label, dpi=dpi)
    except UnprintableText as exc:  # a character no shipped font has: refused before printing, and named
        assert exc.params["characters"]
        return
    assert zpl.count("^XA") == 1 and zpl.count("^XZ") == 1 and "~" not in zpl
    commands = re.findall(r"\^([A-Z0-9]{2})", zpl)
    assert set(commands) <= ZPL_COMMANDS, set(commands) - ZPL_COMMANDS
    for field in re.findall(r"\^FH\^FD(.*?)\^FS", zpl):
        unescape_field(field)  # decodes as UTF-8: no half characters cut by the wrapping
    for bitmap in re.findall(r"\^GFA,\d+,\d+,\d+,(.*?)\^FS", zpl):
        assert re.fullmatch(r"[0-9A-F]*", bitmap)  # a graphic field carries hex dots, never text


# -- campaign rules ----------------------------------------------------------------------------------------------
JSON_LEAF = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**6), 10**6),
    st.floats(allow_nan=True),
    st.text(max_size=10),
    st.sampled_from(list(FACTS)),
    st.sampled_from(list(SEGMENTS)),
)
ANY_JSON = st.recursive(
    JSON_LEAF,
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)),
    max_leaves=12,
)
ALL_OPS = sorted({op for ops in OPERATORS.values() for op in ops})


@st.composite
def rule_like(draw: Any, depth: int = 0) -> Any:
    """Mostly well-formed rules with wrong bits mixed in: the validator's edges."""
    kind = draw(
        st.sampled_from(
            ["fact", "fact", "segment", "all", "any", "not", "junk", "empty"]
            if depth < 3
            else ["fact", "segment", "junk"]
        )
    )
    if kind == "fact":
        rule: dict[str, Any] = {"fact": draw(st.sampled_from([*FACTS, "nope"])), "op": draw(st.sampled_from(ALL_OPS))}
        if draw(st.booleans()):
            rule["value"] = draw(st.one_of(JSON_LEAF, st.lists(JSON_LEAF, max_size=3)))
        return rule
    if kind == "segment":
        rule = {"segment": draw(st.sampled_from([*SEGMENTS, "nope"]))}
        if draw(st.booleans()):
            rule["params"] = draw(
                st.one_of(
                    ANY_JSON,
                    st.dictionaries(
                        st.sampled_from(["min_spend", "min_orders", "days", "category", "within_days", "x"]), JSON_LEAF
                    ),
                )
            )
        return rule
    if kind in ("all", "any"):
        return {kind: draw(st.lists(rule_like(depth + 1), max_size=3))}
    if kind == "not":
        return {"not": draw(rule_like(depth + 1))}
    if kind == "empty":
        return {}
    return draw(ANY_JSON)


FACTS_SAMPLE = CustomerFacts(
    customer_id=1,
    merchant="ACME",
    as_of=dt.datetime(2025, 6, 1, tzinfo=dt.UTC),
    locale="nb",
    country="NO",
    orders_to_date=4,
    lifetime_spend=Decimal("812.50"),
    first_order_at=dt.datetime(2023, 1, 1, tzinfo=dt.UTC),
    last_order_at=dt.datetime(2025, 1, 1, tzinfo=dt.UTC),
    categories=frozenset({"tea"}),
    incidents=(Incident("late", dt.datetime(2025, 5, 1, tzinfo=dt.UTC)),),
    order_value=Decimal("40"),
)


@given(st.one_of(rule_like(), ANY_JSON))
@settings(max_examples=300, deadline=None)
def test_any_rule_is_accepted_and_evaluates_or_is_refused_with_its_place(rule: Any) -> None:
    try:
        validate_rule(rule)
    except ValidationError as exc:
        assert exc.code == "invalid_rule" and str(exc).startswith("rule"), str(exc)
        return
    result = evaluate(rule, FACTS_SAMPLE)
    assert isinstance(result.matched, bool)
    assert all(isinstance(r, str) for r in result.reasons)
