"""Every shipped language has every string: GUI (.ts sources and compiled .qm) and customer documents."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from packstation.documents import i18n as doc_i18n
from packstation.gui.i18n_catalog import (
    ENGLISH,
    PLURAL_FORMS,
    TRANSLATED,
    is_numerus,
    placeholders,
    qm_path,
    read_ts,
    source_strings,
    ts_path,
)

_QT_ARGS = re.compile(r"%[0-9a-z]")  # QProgressBar's %v/%m and QString's %1 travel like placeholders


def _marks(text: str) -> tuple[set[str], list[str]]:
    return placeholders(text), sorted(_QT_ARGS.findall(text))


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_gui_string_is_translated_with_the_same_placeholders(language: str) -> None:
    translations = read_ts(ts_path(language))
    sources = source_strings()
    missing = [s for s in sources if not translations.get(s)]
    assert not missing, f"{language}: untranslated (run python -m packstation.gui.i18n_catalog): {missing[:10]}"
    forms = [(s, form) for s in sources for form in (lambda t: t if isinstance(t, list) else [t])(translations[s])]
    wrong = [(s, form) for s, form in forms if _marks(s) != _marks(form or "")]
    assert not wrong, f"{language}: placeholders differ: {wrong}"


@pytest.mark.parametrize("language", (ENGLISH, *TRANSLATED))
def test_every_count_has_the_languages_plural_forms_each_with_the_number(language: str) -> None:
    """A message with %n has exactly as many forms as the language has plurals (Polish 3: 1, 2-4, 5+), each
    showing the number; English ships its own two forms ("1 unit", "2 units")."""
    translations = read_ts(ts_path(language))
    numerus = [s for s in source_strings() if is_numerus(s)]
    assert len(numerus) >= 15, numerus
    wrong = {
        s: translations.get(s)
        for s in numerus
        if not isinstance(translations.get(s), list)
        or len(translations[s]) != PLURAL_FORMS[language]
        or not all("%n" in f for f in translations[s])
    }
    assert not wrong, f"{language}: numerus messages without {PLURAL_FORMS[language]} forms each with %n: {wrong}"
    if language == ENGLISH:
        assert set(translations) == set(numerus), "packstation_en.ts holds exactly the numerus messages"


def test_every_counted_call_passes_its_count_and_no_count_is_pasted_as_a_placeholder() -> None:
    """tr("…%n…", None, count) everywhere a %n source is used; a `{n}`/`{count}` placeholder of a noun-bearing
    sentence is the old str.format way ("1 units") and is refused."""
    import ast

    gui = Path(__file__).resolve().parents[2] / "packstation" / "gui"
    wrong = []
    for path in sorted(gui.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", None))
            first = node.args[0]
            if name != "tr" or not isinstance(first, ast.Constant) or not isinstance(first.value, str):
                continue
            if is_numerus(first.value) != (len(node.args) >= 3):
                wrong.append(f"{path.name}:{node.lineno}: {first.value!r}")
    assert not wrong, wrong
    counted_nouns = re.compile(
        r"\{(n|count|left|units|days|days_left|slips|m|limit)\} (units?|items?|days?|"
        r"slips?|events?|minutes?|checks?|scenarios?|lines?|orders?)\b"
    )
    pasted = [s for s in source_strings() if counted_nouns.search(s)]
    assert not pasted, f"counts pasted into a sentence with str.format: {pasted}"


def test_english_and_polish_pick_the_plural_form_by_the_number(qapp: object) -> None:
    """What a packer reads at 1, 2, 5 and 22 units, in English (source) and Polish (three forms)."""
    from packstation.gui.i18n import switch_language
    from packstation.gui.messages import tr

    source = "Order {ref}: %n unit(s) to pack"
    try:
        switch_language("en")
        assert [tr(source, None, n, ref="A") for n in (1, 2)] == ["Order A: 1 unit to pack", "Order A: 2 units to pack"]
        switch_language("pl")
        assert [tr(source, None, n, ref="A") for n in (1, 2, 5, 22)] == [
            "Zamówienie A: 1 sztuka do spakowania",
            "Zamówienie A: 2 sztuki do spakowania",
            "Zamówienie A: 5 sztuk do spakowania",
            "Zamówienie A: 22 sztuki do spakowania",
        ]
        switch_language("nb")
        assert tr("%v of %n unit(s)", None, 1) == "%v av 1 enhet"
        switch_language("fi")
        assert tr("… and %n more check(s)", None, 1) == "… ja 1 muu tarkistus"
    finally:
        switch_language("en")


@pytest.mark.parametrize("language", (ENGLISH, *TRANSLATED))
def test_compiled_qm_is_present_and_not_older_than_its_source(language: str) -> None:
    if language == ENGLISH:
        assert qm_path(language).is_file()
        return
    qm, ts = qm_path(language), ts_path(language)
    assert qm.is_file() and qm.stat().st_size > 1000, f"{qm} missing: run python -m packstation.gui.i18n_catalog"
    assert qm.stat().st_mtime >= ts.stat().st_mtime - 1, f"{qm} is older than {ts}: recompile"


def test_qm_translates_at_run_time(qapp: object) -> None:
    """The .qm really carries the words: load each one and ask Qt."""
    from PySide6.QtCore import QTranslator

    expected = {"nb": "FEIL VARE", "pl": "ZŁY TOWAR", "fi": "VÄÄRÄ TUOTE"}
    for language in TRANSLATED:
        translator = QTranslator()
        assert translator.load(str(qm_path(language)))
        assert translator.translate("Packstation", "WRONG ITEM") == expected[language]


@pytest.mark.parametrize("language", list(doc_i18n.TRANSLATIONS))
def test_every_document_string_is_translated_with_the_same_placeholders(language: str) -> None:
    table = doc_i18n.TRANSLATIONS[language]
    assert set(table) == set(doc_i18n.SOURCE), f"{language}: keys differ: {set(table) ^ set(doc_i18n.SOURCE)}"
    for key, source in doc_i18n.SOURCE.items():
        assert table[key].strip(), (language, key)
        assert placeholders(table[key]) == placeholders(source), (language, key)


def test_shipped_languages_agree() -> None:
    from packstation.gui.i18n import LANGUAGES

    assert set(LANGUAGES) == {"en", *TRANSLATED} == set(doc_i18n.LANGUAGES)


def test_translations_ship_in_the_wheel() -> None:
    """The wheel maps resources/ to packstation/resources, so the checked-in .qm files travel with it."""
    pyproject = (Path(__file__).resolve().parents[2] / "pyproject.toml").read_text()
    assert '"resources" = "packstation/resources"' in pyproject
    from packstation.resources import resource

    for language in (ENGLISH, *TRANSLATED):
        assert resource("translations", f"packstation_{language}.qm").is_file()


# -- every refusal the services can send has words in every language ----------------------------------------------

_PACKAGE = Path(__file__).resolve().parents[2] / "packstation"


def _raised_codes() -> dict[str, list[tuple[str, set[str] | None]]]:
    """code -> [(where, keyword params passed)] for every DomainError (or subclass) built with a literal code under
    packstation/services and packstation/domain; params None when the call passes **kwargs (unknown here).

    `not_found("campaign", key)`-style helpers that build the code from their first argument are followed too.
    """
    import ast

    files = sorted((_PACKAGE / "services").rglob("*.py")) + sorted((_PACKAGE / "domain").rglob("*.py"))
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in files}
    classes = {"DomainError"}
    for _ in range(3):  # subclasses of subclasses
        for tree in trees.values():
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and any(
                    getattr(b, "id", getattr(b, "attr", None)) in classes for b in node.bases
                ):
                    classes.add(node.name)
    codes: dict[str, list[tuple[str, set[str] | None]]] = {}
    templated: dict[str, tuple[str, str, set[str]]] = {}  # helper name -> (prefix, suffix, params)
    own_code: set[str] = set()  # subclasses that pass their own literal code to super().__init__
    for path, tree in trees.items():
        for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef) and n.name in classes):
            for node in ast.walk(cls):
                if (
                    isinstance(node, ast.Call)
                    and getattr(node.func, "attr", None) == "__init__"
                    and isinstance(getattr(node.func, "value", None), ast.Call)
                    and node.args
                    and isinstance(node.args[0], ast.Constant)
                ):
                    own_code.add(cls.name)
                    codes.setdefault(node.args[0].value, []).append(
                        (f"{path.relative_to(_PACKAGE.parent)}:{node.lineno}", {k.arg for k in node.keywords if k.arg})
                    )
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", None))
            if name not in classes or name in own_code or not node.args:
                continue
            where = f"{path.relative_to(_PACKAGE.parent)}:{node.lineno}"
            params = None if any(k.arg is None for k in node.keywords) else {k.arg for k in node.keywords if k.arg}
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                codes.setdefault(first.value, []).append((where, params))
            elif isinstance(first, ast.JoinedStr):  # f"{what}_not_found" inside a helper
                parts = [v.value if isinstance(v, ast.Constant) else None for v in first.values]
                assert parts.count(None) == 1, f"{where}: cannot follow the code {ast.unparse(first)}"
                i = parts.index(None)
                func = next(
                    f
                    for f in ast.walk(tree)
                    if isinstance(f, ast.FunctionDef) and f.lineno <= node.lineno <= (f.end_lineno or f.lineno)
                )
                templated[func.name] = ("".join(parts[:i]), "".join(parts[i + 1 :]), params or set())
            else:
                raise AssertionError(f"{where}: a DomainError code must be a literal (or f-string in a helper)")
    for path, tree in trees.items():
        for node in ast.walk(tree):
            name = getattr(getattr(node, "func", None), "id", None) if isinstance(node, ast.Call) else None
            if name in templated and node.args and isinstance(node.args[0], ast.Constant):
                prefix, suffix, params = templated[name]
                where = f"{path.relative_to(_PACKAGE.parent)}:{node.lineno}"
                codes.setdefault(f"{prefix}{node.args[0].value}{suffix}", []).append((where, params))
    return codes


def test_every_error_code_the_services_raise_has_words_with_matching_placeholders() -> None:
    from packstation.gui.messages import ERRORS

    codes = _raised_codes()
    assert {"bad_pin", "illegal_transition", "campaign_not_found", "import_rejected"} <= set(codes)
    from packstation.store.faults import MESSAGES  # database faults are raised by code from one table

    assert set(MESSAGES) <= set(ERRORS) and all(ERRORS[code] == text for code, text in MESSAGES.items())
    missing = sorted(set(codes) - set(ERRORS))
    assert not missing, f"codes raised without an entry in gui/messages.py ERRORS: {missing}"
    unfillable = [
        (code, where, sorted(placeholders(ERRORS[code]) - params - {"detail"}))
        for code, sites in codes.items()
        for where, params in sites
        if params is not None and not placeholders(ERRORS[code]) <= params | {"detail"}
    ]
    assert not unfillable, f"templates asking for params a raise does not send: {unfillable}"


def test_an_error_reads_in_the_packers_language(qapp: object) -> None:
    """The words come from the .qm, the parameters from the error (and {detail} from its own sentence)."""
    from packstation.domain.errors import DomainError
    from packstation.gui.i18n import switch_language
    from packstation.gui.messages import error_text

    lost = DomainError("database_unavailable", "The database cannot be reached: this was NOT saved.")
    taken = DomainError("badge_taken", "badge B-7 is already in use", badge="B-7")
    rule = DomainError("bad_rule", "not valid JSON (Expecting value at column 3)")
    try:
        switch_language("pl")
        assert error_text(lost).startswith("Brak połączenia z bazą danych: NIE zapisano.")
        assert error_text(taken) == "Identyfikator B-7 jest już używany."
        assert error_text(rule) == "Reguła: not valid JSON (Expecting value at column 3)"
        switch_language("fi")
        assert error_text(taken) == "Kulkukortti B-7 on jo käytössä."
    finally:
        switch_language("en")
    assert error_text(taken) == "Badge B-7 is already in use."
