"""Fuzzing training scenario files: a mangled scenario is accepted and runs, or is refused naming file and place.

Start from the shipped scenarios (`resources/scenarios/*.json|toml`) and mangle them three ways: the text (cut short,
bytes inserted, deleted or replaced), the document (a value replaced by an odd one, a key dropped or added, a list
emptied or doubled, written back as JSON or TOML), and whole random documents. Each file goes through the loader
(`load_file`), through `packstation scenario check`, and, when accepted, into a training run on a real demo SQLite
database (`TrainingService.start`). Never an uncaught exception; a refusal names the file and the place in it
(`orders[0].lines[1].qty`, or `(file)` for a file that does not parse); a refused file writes nothing.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from hypothesis.control import currently_in_test_context
from sqlalchemy import func, select

from packstation.app import Store, open_store
from packstation.cli import main
from packstation.domain.errors import ValidationError
from packstation.domain.training.scenarios import load_file
from packstation.services.training.service import TrainingService
from packstation.store.models import Customer, Order, OrderLine, Scorecard, User

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = sorted((ROOT / "resources" / "scenarios").glob("*.*"))
TABLES = (Order, OrderLine, Customer, Scorecard)
SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

ODD_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**6), 10**6),
    st.sampled_from([0, -1, 51, 10**30, 2**63]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=15),
    st.sampled_from(
        [
            "",
            " ",
            "NL-MAP",
            "NORDLYS",
            "KAWKA",
            "A",
            "vip",
            "first",
            "wrong_item",
            "short_pick",
            "printer_jam",
            "L2501A",
            "(21)X",
            "Ø",
            "ǅ",
            "٣",
            "\x00",
            "A" * 200,
            "-",
            "--",
        ]
    ),
    st.lists(st.integers(0, 3), max_size=3),
    st.dictionaries(st.sampled_from(["sku", "qty", "x"]), st.integers(0, 3), max_size=2),
)


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return (
            "nan"
            if value != value
            else ("inf" if value > 0 else "-inf")
            if value in (float("inf"), float("-inf"))
            else repr(value)
        )
    if isinstance(value, str):
        return json.dumps(value)  # a JSON string is a TOML basic string (escapes are the same)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(str(k))} = {_toml_value(v)}" for k, v in value.items()) + "}"
    raise TypeError(value)  # None: TOML has no null; the caller writes JSON instead


def to_toml(doc: dict[str, Any]) -> str:
    """A small TOML writer (inline tables), enough for scenario documents."""
    return "\n".join(f"{json.dumps(str(k))} = {_toml_value(v)}" for k, v in doc.items()) + "\n"


def has_none(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, list):
        return any(has_none(v) for v in value)
    if isinstance(value, dict):
        return any(has_none(v) for v in value.values())
    return False


def parsed(path: Path) -> dict[str, Any]:
    import tomllib

    text = path.read_text(encoding="utf-8")
    return json.loads(text) if path.suffix == ".json" else tomllib.loads(text)


def _places(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _places(value, (*path, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += _places(value, (*path, i))
    return found


@st.composite
def mangled_document(draw: Any) -> tuple[str, str]:
    """(text, suffix): a shipped scenario with a few values replaced, keys dropped or added, lists changed."""
    doc = parsed(draw(st.sampled_from(SHIPPED)))
    for _ in range(draw(st.integers(1, 4))):
        places = _places(doc)
        where = draw(st.sampled_from(places[1:] or places))
        parent: Any = doc
        for step in where[:-1]:
            parent = parent[step]
        last = where[-1] if where else None
        move = draw(st.sampled_from(["value", "value", "value", "drop", "add", "empty", "double"]))
        if last is None:
            continue
        if move == "value":
            parent[last] = draw(ODD_VALUES)
        elif move == "drop":
            del parent[last]
        elif move == "add" and isinstance(parent, dict):
            parent[draw(st.sampled_from(["extra", "qty", "lot", "sku", "missing", "grams", "gift"]))] = draw(ODD_VALUES)
        elif move == "empty" and isinstance(parent[last], list | dict):
            parent[last] = type(parent[last])()
        elif move == "double" and isinstance(parent[last], list):
            parent[last] = parent[last] + parent[last]
    if not has_none(doc) and draw(st.booleans()):
        return to_toml(doc), ".toml"
    return json.dumps(doc, ensure_ascii=draw(st.booleans())), ".json"


@st.composite
def mangled_text(draw: Any) -> tuple[bytes, str]:
    """(bytes, suffix): a shipped file cut short or with bytes inserted, deleted or replaced."""
    path = draw(st.sampled_from(SHIPPED))
    raw = path.read_bytes()
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, len(raw)))
        move = draw(st.sampled_from(["cut", "insert", "delete", "replace"]))
        if move == "cut":
            raw = raw[:at]
        elif move == "insert":
            raw = (
                raw[:at]
                + draw(
                    st.one_of(
                        st.binary(max_size=8),
                        st.sampled_from(
                            [
                                b"{",
                                b"}",
                                b"[",
                                b"]",
                                b'"',
                                b",",
                                b"=",
                                b"\n[[orders]]\n",
                                b"\xff\xfe",
                                b"\x00",
                                b"9" * 5000,
                                b"[" * 3000,
                                b"\\u",
                                b"'''",
                            ]
                        ),
                    )
                )
                + raw[at:]
            )
        elif move == "delete":
            raw = raw[:at] + raw[at + draw(st.integers(1, 20)) :]
        else:
            raw = raw[:at] + draw(st.binary(min_size=1, max_size=4)) + raw[at + 1 :]
    suffix = draw(st.sampled_from([path.suffix, path.suffix, ".json" if path.suffix == ".toml" else ".toml"]))
    return raw, suffix


JSON_LEAVES = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=10))
RANDOM_DOCS = st.recursive(
    JSON_LEAVES,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(
            st.sampled_from(
                [
                    "id",
                    "title",
                    "level",
                    "orders",
                    "events",
                    "hints",
                    "key",
                    "merchant",
                    "lines",
                    "sku",
                    "qty",
                    "type",
                    "order",
                    "x",
                ]
            ),
            inner,
            max_size=5,
        ),
    ),
    max_leaves=25,
)


@pytest.fixture(scope="module")
def floor(tmp_path_factory: pytest.TempPathFactory) -> Any:
    from packstation.demo.generate import generate_demo_data

    folder = tmp_path_factory.mktemp("scenario-fuzz")
    store = open_store(f"sqlite:///{folder / 'demo.db'}")
    generate_demo_data(store, orders=2, seed=3)
    with store.sessions() as db:
        trainee = db.scalars(select(User.id).order_by(User.id)).first()
    yield store, folder, trainee
    store.dispose()


def counts(store: Store) -> dict[str, int]:
    with store.sessions() as db:
        return {t.__tablename__: int(db.scalar(select(func.count()).select_from(t)) or 0) for t in TABLES}


# The place: (file) or (top), or a path of names, [indexes] and quoted odd names: orders[0].lines[1].qty, ' title'
PLACE = re.compile(
    r"""^(\(file\)|\(top\)|([A-Za-z_][\w-]*|'[^']*'|"[^"]*")(\[\d+\])*(\.([A-Za-z_][\w-]*|'[^']*'|"[^"]*")(\[\d+\])*)*)$"""
)


def tally(what: str) -> None:
    """Counted in `--hypothesis-show-statistics`: how many files were accepted, and where the others broke."""
    if currently_in_test_context():
        event(what)


def check_file(floor: Any, raw: bytes, suffix: str) -> None:
    """The promise for one file: accepted and runnable, or refused by name and place; a refusal writes nothing."""
    store, folder, trainee = floor
    path = folder / f"fuzzed{suffix}"
    path.write_bytes(raw)
    before = counts(store)
    try:
        scenario = load_file(path)
    except ValidationError as exc:
        assert str(exc).startswith(f"{path}: "), str(exc)
        assert exc.params["file"] == str(path)
        assert PLACE.match(exc.params["path"]), exc.params["path"]
        assert exc.params["path"] in str(exc) or exc.params["path"] == "(file)"
        assert len(str(exc)) < 600, "a refusal is a readable line, not the whole file"
        accepted = False
        tally("refused at " + re.sub(r"\[\d+\]", "[]", exc.params["path"]).split(".")[-1])
    else:
        accepted = True
        tally("accepted")
        run = TrainingService(store).start(trainee, scenario)
        after = counts(store)
        assert after["orders"] - before["orders"] == len(scenario.orders)
        assert after["order_lines"] - before["order_lines"] == sum(len(o.lines) for o in scenario.orders)
        assert after["scorecards"] - before["scorecards"] == 1
        for built, order in zip(run.orders, scenario.orders, strict=True):  # the tote holds what was ordered
            for line in order.lines:
                missing = sum(
                    e.missing for e in scenario.events_for(order.key) if e.type == "short_pick" and e.sku == line.sku
                )
                in_tote = [i for i in built.items if i.sku == line.sku and i.kind not in ("spare", "wrong")]
                assert len(in_tote) == line.qty - missing, (order.key, line.sku)
    if not accepted:
        assert counts(store) == before, "a refused scenario wrote to the demo database"
    result = CliRunner().invoke(main, ["scenario", "check", str(path)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    if accepted:
        assert result.exit_code == 0 and result.output.startswith(f"ok: {path}: "), result.output
    else:
        assert result.exit_code == 1 and f"refused: {path}: " in result.output, result.output


def test_every_shipped_scenario_is_accepted_and_runs(floor: Any) -> None:
    for path in SHIPPED:
        load_file(path)
        check_file(floor, path.read_bytes(), path.suffix)


@given(case=mangled_document())
@SETTINGS
def test_mangled_scenario_document(floor: Any, case: tuple[str, str]) -> None:
    text, suffix = case
    check_file(floor, text.encode("utf-8", "surrogatepass"), suffix)


@given(case=mangled_text())
@SETTINGS
def test_mangled_scenario_text(floor: Any, case: tuple[bytes, str]) -> None:
    check_file(floor, *case)


@given(doc=RANDOM_DOCS, suffix=st.sampled_from([".json", ".toml"]))
@SETTINGS
def test_random_document(floor: Any, doc: Any, suffix: str) -> None:
    if suffix == ".toml" and isinstance(doc, dict) and not has_none(doc):
        try:
            text = to_toml(doc)
        except (TypeError, ValueError):
            text = json.dumps(doc)
    else:
        text = json.dumps(doc)
    check_file(floor, text.encode("utf-8", "surrogatepass"), suffix)


@pytest.mark.parametrize(
    ("text", "suffix", "where"),
    [
        ('{"id": "x", "level": ' + "9" * 5000 + "}", ".json", "a number has too many digits"),
        ("[" * 100_000, ".json", "nested too deeply"),
        ("a = " + "[" * 100_000 + "]" * 100_000, ".toml", "nested too deeply"),
        ("level = " + "9" * 5000, ".toml", "a number has too many digits"),
        ('{"id": "x"}' + " " * 300_000, ".json", "too big"),
    ],
)
def test_what_the_fuzzer_found(floor: Any, text: str, suffix: str, where: str) -> None:
    """Inputs that crashed the loader (ValueError, RecursionError) before: refused by name now."""
    store, folder, _ = floor
    path = folder / f"found{suffix}"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ValidationError, match=re.escape(where)):
        load_file(path)
    check_file(floor, text.encode(), suffix)
