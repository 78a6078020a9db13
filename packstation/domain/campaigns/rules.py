"""Segment rules as data: validated when saved (refused with the reason), evaluated with an explanation.

A rule is JSON-shaped:

- `{}`: every customer;
- `{"all": [rule, ...]}`, `{"any": [rule, ...]}`, `{"not": rule}`;
- `{"fact": "orders_to_date", "op": ">=", "value": 3}` (facts and their types in `facts.FACTS`);
- `{"segment": "vip", "params": {"min_spend": 500}}` (built-ins in `segments.SEGMENTS`).

Operators by fact type: number `== != < <= > >= between is_set is_not_set`; text `== != in not_in`;
set `contains not_contains contains_any contains_all empty not_empty`; bool `is_true is_false`.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from packstation.domain.campaigns.facts import FACTS, CustomerFacts
from packstation.domain.campaigns.segments import REQUIRED, SEGMENTS
from packstation.domain.errors import ValidationError

OPERATORS: dict[str, tuple[str, ...]] = {
    "number": ("==", "!=", "<", "<=", ">", ">=", "between", "is_set", "is_not_set"),
    "text": ("==", "!=", "in", "not_in"),
    "set": ("contains", "not_contains", "contains_any", "contains_all", "empty", "not_empty"),
    "bool": ("is_true", "is_false"),
}
_NO_VALUE = {"is_set", "is_not_set", "empty", "not_empty", "is_true", "is_false"}
_LIST_VALUE = {"in", "not_in", "contains_any", "contains_all"}
MAX_DEPTH = 8


@dataclass(frozen=True)
class RuleResult:
    """Whether a rule matched, and the facts that decided it (plain English, for the lead)."""

    matched: bool
    reasons: tuple[str, ...]

    @property
    def explanation(self) -> str:
        return "; ".join(self.reasons)


def _refuse(path: str, reason: str) -> ValidationError:
    return ValidationError("invalid_rule", f"{path}: {reason}", path=path, reason=reason)


def _number(path: str, value: Any) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | float | str | Decimal):
        raise _refuse(path, f"expected a number, got {value!r}")
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        raise _refuse(path, f"expected a number, got {value!r}") from None
    if not number.is_finite():
        raise _refuse(path, f"expected a finite number, got {value!r}")
    return number


def _check_value(path: str, type_: str, op: str, node: dict[str, Any]) -> None:
    if op in _NO_VALUE:
        if "value" in node:
            raise _refuse(path, f"operator {op!r} takes no value")
        return
    if "value" not in node:
        raise _refuse(path, f"operator {op!r} needs a value")
    value = node["value"]
    if op == "between":
        if not isinstance(value, list) or len(value) != 2:
            raise _refuse(f"{path}.value", "between needs [low, high]")
        low, high = (_number(f"{path}.value", v) for v in value)
        if low > high:
            raise _refuse(f"{path}.value", f"low {low} is above high {high}")
    elif op in _LIST_VALUE:
        if not isinstance(value, list) or not value or not all(isinstance(v, str) and v for v in value):
            raise _refuse(f"{path}.value", f"operator {op!r} needs a non-empty list of texts")
    elif type_ == "number":
        _number(f"{path}.value", value)
    elif not isinstance(value, str) or (type_ == "set" and not value):
        raise _refuse(f"{path}.value", f"expected a text, got {value!r}")


def segment_params(name: str, params: Any, path: str = "rule") -> dict[str, Any]:
    """The segment's parameters with defaults filled in; refuses unknown, missing or mistyped ones."""
    segment = SEGMENTS[name]
    if not isinstance(params, dict):
        raise _refuse(f"{path}.params", "params must be an object")
    unknown = sorted(set(params) - set(segment.params))
    if unknown:
        raise _refuse(f"{path}.params", f"unknown parameter {unknown[0]!r} for segment {name!r}")
    resolved: dict[str, Any] = {}
    for key, spec in segment.params.items():
        where = f"{path}.params.{key}"
        if key not in params:
            if spec.default is REQUIRED:
                raise _refuse(where, f"segment {name!r} needs parameter {key!r}")
            resolved[key] = spec.default
            continue
        value = params[key]
        if spec.type == "number":
            number = _number(where, value)
            if spec.minimum is not None and number < Decimal(str(spec.minimum)):
                raise _refuse(where, f"must be at least {spec.minimum}")
            resolved[key] = value
        elif spec.type == "text":
            if not isinstance(value, str) or not value.strip():
                raise _refuse(where, "expected a non-empty text")
            resolved[key] = value.strip()
        else:
            if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
                raise _refuse(where, "expected a list of texts")
            resolved[key] = value
    return resolved


def validate_rule(rule: Any, path: str = "rule", depth: int = 0) -> None:
    """Raise ValidationError naming where and why when `rule` is not a rule this module can evaluate."""
    if depth > MAX_DEPTH:
        raise _refuse(path, f"rules nest at most {MAX_DEPTH} deep")
    if not isinstance(rule, dict):
        raise _refuse(path, f"a rule is an object, got {type(rule).__name__}")
    if not rule:
        return
    keys = set(rule)
    if keys & {"all", "any"}:
        if len(keys) != 1:
            raise _refuse(path, f"'all'/'any' stand alone, found keys {sorted(keys)}")
        key = next(iter(keys))
        children = rule[key]
        if not isinstance(children, list) or not children:
            raise _refuse(f"{path}.{key}", "needs a non-empty list of rules")
        for index, child in enumerate(children):
            validate_rule(child, f"{path}.{key}[{index}]", depth + 1)
    elif "not" in keys:
        if keys != {"not"}:
            raise _refuse(path, f"'not' stands alone, found keys {sorted(keys)}")
        validate_rule(rule["not"], f"{path}.not", depth + 1)
    elif "segment" in keys:
        if not keys <= {"segment", "params"}:
            raise _refuse(path, f"unexpected keys {sorted(keys - {'segment', 'params'})}")
        name = rule["segment"]
        if name not in SEGMENTS:
            raise _refuse(f"{path}.segment", f"unknown segment {name!r} (known: {', '.join(SEGMENTS)})")
        segment_params(name, rule.get("params", {}), path)
    elif "fact" in keys:
        if not keys <= {"fact", "op", "value"}:
            raise _refuse(path, f"unexpected keys {sorted(keys - {'fact', 'op', 'value'})}")
        fact = rule["fact"]
        if fact not in FACTS:
            raise _refuse(f"{path}.fact", f"unknown fact {fact!r} (known: {', '.join(FACTS)})")
        type_ = FACTS[fact].type
        op = rule.get("op")
        if op not in OPERATORS[type_]:
            raise _refuse(
                f"{path}.op",
                f"operator {op!r} does not apply to {type_} fact {fact!r} (use one of {', '.join(OPERATORS[type_])})",
            )
        _check_value(path, type_, op, rule)
    else:
        raise _refuse(path, f"expected one of all/any/not/segment/fact, found keys {sorted(keys)}")


def expand(rule: dict[str, Any]) -> dict[str, Any]:
    """The rule with every segment replaced by the plain rule it stands for."""
    if "segment" in rule:
        name = rule["segment"]
        return expand(SEGMENTS[name].build(segment_params(name, rule.get("params", {}))))
    if "all" in rule or "any" in rule:
        key = "all" if "all" in rule else "any"
        return {key: [expand(child) for child in rule[key]]}
    if "not" in rule:
        return {"not": expand(rule["not"])}
    return rule


def _show(value: Any) -> str:
    if value is None:
        return "none"
    if isinstance(value, frozenset | set | list | tuple):
        return "{" + ", ".join(sorted(map(str, value))) + "}" if value else "{}"
    return str(value)


def describe(rule: dict[str, Any]) -> str:
    """A rule in plain words, e.g. 'lifetime_spend >= 1000 or orders_to_date >= 10'."""
    if not rule:
        return "every customer"
    if "segment" in rule:
        params = rule.get("params") or {}
        shown = ", ".join(f"{k}={_show(v)}" for k, v in sorted(params.items()))
        return f"segment {rule['segment']}" + (f" ({shown})" if shown else "")
    for key, joiner in (("all", " and "), ("any", " or ")):
        if key in rule:
            return "(" + joiner.join(describe(child) for child in rule[key]) + ")"
    if "not" in rule:
        return f"not {describe(rule['not'])}"
    value = f" {_show(rule['value'])}" if "value" in rule else ""
    return f"{rule['fact']} {rule['op']}{value}"


def _test(actual: Any, op: str, expected: Any) -> bool:
    if op in ("is_set", "is_not_set"):
        return (actual is not None) == (op == "is_set")
    if op in ("is_true", "is_false"):
        return bool(actual) == (op == "is_true")
    if op in ("empty", "not_empty"):
        return (not actual) == (op == "empty")
    if op in ("contains", "not_contains"):
        folded = {item.casefold() for item in actual}
        return (expected.casefold() in folded) == (op == "contains")
    if op in ("contains_any", "contains_all"):
        folded = {item.casefold() for item in actual}
        hits = [item.casefold() in folded for item in expected]
        return any(hits) if op == "contains_any" else all(hits)
    if op in ("in", "not_in"):
        return (str(actual).casefold() in {v.casefold() for v in expected}) == (op == "in")
    if isinstance(actual, str):  # text == / !=
        return (actual.casefold() == str(expected).casefold()) == (op == "==")
    if actual is None:  # a number fact with no value (never ordered): only != holds
        return op == "!="
    number = Decimal(str(actual))
    if op == "between":
        low, high = (Decimal(str(v)) for v in expected)
        return low <= number <= high
    target = Decimal(str(expected))
    return {
        "==": number == target,
        "!=": number != target,
        "<": number < target,
        "<=": number <= target,
        ">": number > target,
        ">=": number >= target,
    }[op]


def _evaluate(rule: dict[str, Any], facts: CustomerFacts) -> RuleResult:
    if not rule:
        return RuleResult(True, ("every customer",))
    if "all" in rule:
        results = [_evaluate(child, facts) for child in rule["all"]]
        failed = [r for r in results if not r.matched]
        if failed:
            return RuleResult(False, failed[0].reasons)
        return RuleResult(True, tuple(reason for r in results for reason in r.reasons))
    if "any" in rule:
        results = [_evaluate(child, facts) for child in rule["any"]]
        hit = next((r for r in results if r.matched), None)
        if hit is not None:
            return hit
        return RuleResult(False, tuple(reason for r in results for reason in r.reasons))
    if "not" in rule:
        inner = _evaluate(rule["not"], facts)
        return RuleResult(not inner.matched, tuple(f"not ({reason})" for reason in inner.reasons))
    if "segment" in rule:
        inner = _evaluate(expand(rule), facts)
        return RuleResult(inner.matched, tuple(f"segment {rule['segment']}: {r}" for r in inner.reasons))
    actual = facts.value(rule["fact"])
    matched = _test(actual, rule["op"], rule.get("value"))
    value = f" {_show(rule['value'])}" if "value" in rule else ""
    return RuleResult(matched, (f"{rule['fact']} is {_show(actual)}, rule {rule['op']}{value}",))


def evaluate(rule: dict[str, Any], facts: CustomerFacts) -> RuleResult:
    """Match `rule` against `facts`; the reasons name the facts that decided it (validates first)."""
    validate_rule(rule)
    return _evaluate(rule, facts)
