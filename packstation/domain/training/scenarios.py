"""Training scenarios: an order set plus the errors to inject, as JSON or TOML files a trainer can write.

A scenario is checked against the fixed demo catalogue (`catalog_data`) before anything touches a database, so a
broken file is refused with the file, the path in the document (`orders[1].lines[0].sku`) and what is wrong.
Shipped scenarios live in `resources/scenarios/`; `load_shipped()` lists them in level order.

Format (JSON shown; TOML has the same keys)::

    {"id": "first-order", "title": "First order", "level": 1, "description": "...",
     "orders": [{"key": "A", "merchant": "NORDLYS", "customer": "regular", "gift": false,
                 "lines": [{"sku": "NL-MAP", "qty": 1, "lot": "L2501A"}]}],
     "events": [{"type": "wrong_item", "order": "A", "sku": "NL-TENT2",
                 "must": ["refuse_unit"]}],
     "hints": {"A": ["Extra hint shown with this order"]}}

Event types and their keys: see EVENT_TYPES. An event's optional `must` lists what the trainee must do to pass
(`scoring.ACTIONS`: refuse_unit, fail_damage, scan_replacement, send_to_lead, confirm_fragile, find_cause, reweigh,
clear_jam, reprint, scan_label, scan_slip, close); without it the type's default (`scoring.DEFAULT_MUST`) applies.
The tote the trainee sees never names the injected error: only the scoring knows it.
"""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from packstation.domain.errors import ValidationError
from packstation.domain.training import catalog_data as data

# type -> (needs a sku, the sku must be on the order, a catalogue flag the sku must have, what it teaches)
EVENT_TYPES: dict[str, tuple[bool, bool, str, str]] = {
    "wrong_item": (True, False, "", "a unit that is not on the order lies in the tote: scan it, set it aside"),
    "damaged_unit": (True, True, "", "one unit is damaged: fail the damage check and replace it"),
    "short_pick": (True, True, "", "the tote holds fewer units than ordered: send the order to the lead"),
    "expired_lot": (True, True, "lot", "one unit's lot is past its expiry date: scan it, set it aside"),
    "missing_serial": (True, True, "serial", "a serialised unit has no serial label: send the order to the lead"),
    "fragile_order": (True, True, "fragile", "a fragile item: wrap it and confirm the fragile check"),
    "vip_slip": (False, False, "", "a VIP customer's slip must go into the box and be scanned"),
    "printer_jam": (False, False, "", "the label printer jams: clear it, reprint and scan the new label"),
    "weight_mismatch": (
        False,
        False,
        "",
        "the scale disagrees: find the cause in the box, then re-weigh; never override",
    ),
}
CUSTOMERS = ("first", "regular", "vip")
MAX_QTY = 50
MAX_FILE_BYTES = 256 * 1024  # the biggest shipped scenario is ~2 KB; a trainer's file is never near this
_LOT_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-./")


def _name(key: Any) -> str:
    """A key as a path shows it: bare when it is a plain name, quoted otherwise (' title', '', 'a.b', '-1'); a long
    key is cut inside its quotes, so the path stays readable and well formed."""
    text = str(key)
    if len(text) <= 40 and re.fullmatch(r"[A-Za-z_][A-Za-z0-9_-]*", text):
        return text
    shown = text if len(text) <= 50 else text[:50] + "…"
    if "'" in shown and '"' in shown:  # a path quotes with one kind: show the other as a typographic quote
        shown = shown.replace("'", "’")
    return repr(shown)


def _short(value: Any) -> str:
    """A value as a message quotes it: repr, cut to a readable length."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


@dataclass(frozen=True)
class ScenarioLine:
    sku: str
    qty: int
    lot: str | None = None


@dataclass(frozen=True)
class ScenarioOrder:
    key: str
    merchant: str
    lines: tuple[ScenarioLine, ...]
    customer: str = "regular"
    gift: bool = False


@dataclass(frozen=True)
class InjectedEvent:
    type: str
    order: str  # the order's key
    sku: str = ""
    missing: int = 1  # short_pick: units not in the tote
    grams: int = 400  # weight_mismatch: what the simulated scale adds until the cause is found in the box
    must: tuple[str, ...] = ()  # the actions that pass this event (scoring.ACTIONS); () = the type's default


@dataclass(frozen=True)
class Scenario:
    id: str
    title: str
    level: int
    description: str
    orders: tuple[ScenarioOrder, ...]
    events: tuple[InjectedEvent, ...] = ()
    hints: dict[str, tuple[str, ...]] = field(default_factory=dict)
    source: str = ""

    def order(self, key: str) -> ScenarioOrder:
        return next(o for o in self.orders if o.key == key)

    def events_for(self, key: str) -> tuple[InjectedEvent, ...]:
        return tuple(e for e in self.events if e.order == key)


def _sku_specs(merchant: str) -> dict[str, data.SkuSpec]:
    return {spec.code: spec for spec in data.SKUS.get(merchant, ())}


class _Checker:
    """Walks the document, raising the first problem with its path."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, path: str, what: str) -> ValidationError:
        return ValidationError(
            "bad_scenario", f"{self.source}: {path}: {what}", file=self.source, path=path, problem=what
        )

    def only(self, obj: dict[str, Any], path: str, known: set[str]) -> None:
        """Refuse a key the format does not have (a typo like `qtty` would otherwise be silently ignored)."""
        for key in obj:
            if key not in known:
                where = f"{path}.{_name(key)}" if path else _name(key)
                raise self.fail(where, f"unknown key (known: {', '.join(sorted(known))})")

    def get(self, obj: dict[str, Any], key: str, path: str, kind: type | tuple[type, ...], default: Any = ...) -> Any:
        if key not in obj:
            if default is ...:
                raise self.fail(f"{path}.{key}" if path else key, "is missing")
            return default
        value = obj[key]
        if not isinstance(value, kind) or (isinstance(value, bool) and kind in (int, str)):
            names = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
            raise self.fail(f"{path}.{key}" if path else key, f"must be {names}, not {_short(value)}")
        return value


def parse_scenario(doc: Any, source: str) -> Scenario:
    """Check a parsed document and build the Scenario; ValidationError says file, path and what is wrong."""
    c = _Checker(source)
    if not isinstance(doc, dict):
        raise c.fail("(top)", "a scenario is an object/table with id, title, orders")
    c.only(doc, "", {"id", "title", "level", "description", "orders", "events", "hints"})
    sid = c.get(doc, "id", "", str).strip()
    if not sid or len(sid) > 60 or not sid.isascii() or not all(ch.isalnum() or ch in "-_" for ch in sid):
        raise c.fail("id", "must be 1-60 letters, digits, '-' or '_'")
    orders_doc = c.get(doc, "orders", "", list)
    if not orders_doc:
        raise c.fail("orders", "needs at least one order")
    orders = [_order(c, o, f"orders[{i}]") for i, o in enumerate(orders_doc)]
    keys = [o.key for o in orders]
    for i, key in enumerate(keys):
        if key in keys[:i]:
            raise c.fail(f"orders[{i}].key", f"{key!r} is used by an earlier order")
    events = tuple(
        _event(c, e, f"events[{i}]", {o.key: o for o in orders})
        for i, e in enumerate(c.get(doc, "events", "", list, []))
    )
    seen: dict[tuple[str, str, str], int] = {}
    for i, event in enumerate(events):
        earlier = seen.setdefault((event.type, event.order, event.sku), i)
        if earlier != i:
            raise c.fail(f"events[{i}]", f"the same {event.type} event as events[{earlier}]")
    hints_doc = c.get(doc, "hints", "", dict, {})
    hints: dict[str, tuple[str, ...]] = {}
    for key, lines in hints_doc.items():
        if key not in keys:
            raise c.fail(f"hints.{_name(key)}", f"no order has the key {_short(key)}")
        if not isinstance(lines, list) or not all(isinstance(x, str) for x in lines):
            raise c.fail(f"hints.{_name(key)}", "must be a list of strings")
        hints[key] = tuple(lines)
    level = c.get(doc, "level", "", int, 1)
    if not 1 <= level <= 10:
        raise c.fail("level", f"must be 1..10, not {level}")
    return Scenario(
        id=sid,
        title=c.get(doc, "title", "", str),
        level=level,
        description=c.get(doc, "description", "", str, ""),
        orders=tuple(orders),
        events=events,
        hints=hints,
        source=source,
    )


def _order(c: _Checker, doc: Any, path: str) -> ScenarioOrder:
    if not isinstance(doc, dict):
        raise c.fail(path, "must be an object/table")
    c.only(doc, path, {"key", "merchant", "customer", "gift", "lines"})
    key = c.get(doc, "key", path, str).strip()
    if not key or len(key) > 12 or not key.isascii() or not key.replace("-", "").isalnum():
        raise c.fail(f"{path}.key", "must be 1-12 letters, digits or '-'")
    merchant = c.get(doc, "merchant", path, str)
    if merchant not in data.SKUS:
        raise c.fail(
            f"{path}.merchant", f"unknown merchant {_short(merchant)} (demo merchants: {', '.join(data.SKUS)})"
        )
    customer = c.get(doc, "customer", path, str, "regular")
    if customer not in CUSTOMERS:
        raise c.fail(f"{path}.customer", f"must be one of {', '.join(CUSTOMERS)}, not {_short(customer)}")
    specs = _sku_specs(merchant)
    lines: list[ScenarioLine] = []
    lines_doc = c.get(doc, "lines", path, list)
    if not lines_doc:
        raise c.fail(f"{path}.lines", "needs at least one line")
    for j, line in enumerate(lines_doc):
        lpath = f"{path}.lines[{j}]"
        if not isinstance(line, dict):
            raise c.fail(lpath, "must be an object/table with sku and qty")
        c.only(line, lpath, {"sku", "qty", "lot"})
        sku = c.get(line, "sku", lpath, str)
        if sku not in specs:
            raise c.fail(f"{lpath}.sku", f"{merchant} has no SKU {_short(sku)}")
        if any(x.sku == sku for x in lines):
            raise c.fail(f"{lpath}.sku", f"{sku} is already on an earlier line")
        qty = c.get(line, "qty", lpath, int, 1)
        if not 1 <= qty <= MAX_QTY:
            raise c.fail(f"{lpath}.qty", f"must be 1..{MAX_QTY}, not {qty}")
        lot = c.get(line, "lot", lpath, str, None)
        if lot is not None and "lot" not in specs[sku].flags:
            raise c.fail(f"{lpath}.lot", f"{sku} is not lot-tracked")
        if lot is not None and not (1 <= len(lot) <= 20 and set(lot) <= _LOT_CHARS):
            raise c.fail(
                f"{lpath}.lot",
                f"a lot is 1-20 letters, digits, '-', '.' or '/' (it is printed in a GS1 barcode), not {_short(lot)}",
            )
        lines.append(ScenarioLine(sku, qty, lot))
    return ScenarioOrder(
        key=key, merchant=merchant, lines=tuple(lines), customer=customer, gift=c.get(doc, "gift", path, bool, False)
    )


def _event(c: _Checker, doc: Any, path: str, orders: dict[str, ScenarioOrder]) -> InjectedEvent:
    if not isinstance(doc, dict):
        raise c.fail(path, "must be an object/table with type and order")
    c.only(doc, path, {"type", "order", "sku", "missing", "grams", "must"})
    kind = c.get(doc, "type", path, str)
    if kind not in EVENT_TYPES:
        raise c.fail(f"{path}.type", f"unknown event {_short(kind)} (known: {', '.join(EVENT_TYPES)})")
    key = c.get(doc, "order", path, str)
    if key not in orders:
        raise c.fail(f"{path}.order", f"no order has the key {_short(key)}")
    order = orders[key]
    needs_sku, on_order, flag, _ = EVENT_TYPES[kind]
    sku = c.get(doc, "sku", path, str, "")
    specs = _sku_specs(order.merchant)
    if needs_sku:
        if not sku:
            raise c.fail(f"{path}.sku", f"a {kind} event needs the SKU it is about")
        if sku not in specs:
            raise c.fail(f"{path}.sku", f"{order.merchant} has no SKU {_short(sku)}")
        ordered = {line.sku: line for line in order.lines}
        if on_order and sku not in ordered:
            raise c.fail(f"{path}.sku", f"{sku} is not on order {key}")
        if not on_order and sku in ordered:
            raise c.fail(f"{path}.sku", f"{sku} is on order {key}, so it is not a wrong item")
        if flag and flag not in specs[sku].flags:
            raise c.fail(f"{path}.sku", f"{sku} is not {'serialised' if flag == 'serial' else flag + '-flagged'}")
    elif sku:
        raise c.fail(f"{path}.sku", f"a {kind} event takes no SKU")
    missing = c.get(doc, "missing", path, int, 1)
    if kind == "short_pick" and not 1 <= missing <= next(x.qty for x in order.lines if x.sku == sku):
        raise c.fail(f"{path}.missing", f"must be 1..the line's quantity, not {missing}")
    grams = c.get(doc, "grams", path, int, 400)
    if kind == "weight_mismatch" and not 50 <= abs(grams) <= 20000:
        raise c.fail(f"{path}.grams", f"must be 50..20000 grams off (either sign), not {grams}")
    from packstation.domain.training.scoring import ACTIONS

    must = c.get(doc, "must", path, list, [])
    for n, action in enumerate(must):
        if not isinstance(action, str) or action not in ACTIONS:  # a list or table is no action either
            raise c.fail(f"{path}.must[{n}]", f"unknown action {_short(action)} (known: {', '.join(ACTIONS)})")
    return InjectedEvent(type=kind, order=key, sku=sku, missing=missing, grams=grams, must=tuple(must))


def loads(text: str, source: str) -> Scenario:
    """Parse JSON or TOML text: by the source's suffix; without one, JSON when it starts with '{' or '['."""

    def refuse(what: str) -> ValidationError:
        return ValidationError("bad_scenario", f"{source}: {what}", file=source, path="(file)", problem=what)

    if len(text) > MAX_FILE_BYTES:
        raise refuse(f"too big for a scenario ({len(text)} characters; at most {MAX_FILE_BYTES})")
    as_json = source.endswith(".json") or (not source.endswith(".toml") and text.lstrip()[:1] in ("{", "["))
    try:
        if as_json:
            doc: Any = json.loads(text)
        else:
            doc = tomllib.loads(text)
    except json.JSONDecodeError as exc:
        raise refuse(f"not valid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from None
    except tomllib.TOMLDecodeError as exc:
        raise refuse(f"not valid TOML: {exc}") from None
    except RecursionError:
        raise refuse(f"not valid {'JSON' if as_json else 'TOML'}: lists or tables nested too deeply") from None
    except ValueError as exc:  # e.g. a number with thousands of digits
        why = "a number has too many digits" if "digits" in str(exc) else str(exc)
        raise refuse(f"not valid {'JSON' if as_json else 'TOML'}: {why}") from None
    return parse_scenario(doc, source)


def load_file(path: Path) -> Scenario:
    """A trainer's scenario file; ValidationError names what is wrong."""
    try:
        if path.stat().st_size > 4 * MAX_FILE_BYTES:
            raise ValidationError(
                "bad_scenario",
                f"{path}: too big for a scenario ({path.stat().st_size} bytes)",
                file=str(path),
                path="(file)",
                problem="too big",
            )
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(
            "bad_scenario", f"{path}: cannot read: {exc}", file=str(path), path="(file)", problem=str(exc)
        ) from None
    return loads(text, str(path))


def load_shipped() -> list[Scenario]:
    """The scenarios shipped in resources/scenarios, easiest first."""
    from packstation.resources import resource

    folder = resource("scenarios")
    found = [
        loads(node.read_text(encoding="utf-8"), f"scenarios/{node.name}")
        for node in folder.iterdir()
        if node.name.endswith((".json", ".toml"))
    ]
    return sorted(found, key=lambda s: (s.level, s.id))


def find(scenario_id: str, extra: list[Scenario] | None = None) -> Scenario:
    for scenario in [*(extra or []), *load_shipped()]:
        if scenario.id == scenario_id:
            return scenario
    raise ValidationError("no_such_scenario", f"there is no scenario {scenario_id!r}", scenario=scenario_id)
