"""Refresh the Qt translation sources (.ts) and compile them (.qm): `python -m packstation.gui.i18n_catalog`.

pyside6-lupdate files a bare `tr("...")` call under an empty context and cannot see strings kept in tables
(verdict headlines, command titles), so the sources are collected here from the code's syntax tree instead: every
`tr("literal")` / `self.tr("literal")` / `N_("literal")` (a marker: translated later, when shown) /
`QCoreApplication.translate(ctx, "literal")` under packstation/gui, plus the message tables. Everything lives in one context, `Packstation` (see `packstation.gui.messages.CONTEXT`). Existing
translations are kept; new sources arrive `unfinished`; sources no longer in the code are dropped. Compiling uses
pyside6-lrelease. The test `tests/gui/test_translations.py` uses the same functions to prove nothing is missing.

Plural forms: a source holding `%n` is a numerus message (`tr("%n unit(s) to pack", None, count)`, Qt's
`tr(source, disambiguation, n)`); its translation is a list of forms, as many as the language has (Norwegian and
Finnish 2, Polish 3: one, few, many), each with the `%n`. English is number-aware too: packstation_en.ts holds only
the numerus messages with their two English forms ("%n unit" / "%n units"), and is installed like any language.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from string import Formatter

from packstation.gui.ts_files import Translation, read_ts

CONTEXT = "Packstation"
GUI_DIR = Path(__file__).resolve().parent
DOCUMENTS_DIR = GUI_DIR.parent / "documents"
TRANSLATIONS_DIR = GUI_DIR.parent.parent / "resources" / "translations"
TRANSLATED = ("nb", "pl", "fi")  # English is the source language
ENGLISH = "en"  # ships only the English plural forms of the numerus messages (packstation_en.ts)
QT_LANGUAGE = {"en": "en_GB", "nb": "nb_NO", "pl": "pl_PL", "fi": "fi_FI"}
# How many plural forms Qt (and lrelease) expects per language: its numerus rules for these locales.
PLURAL_FORMS = {"en": 2, "nb": 2, "pl": 3, "fi": 2}
NUMERUS_MARK = "%n"


def is_numerus(source: str) -> bool:
    """A source with `%n` is translated with plural forms, chosen by the count Qt is given."""
    return NUMERUS_MARK in source


def _calls(tree: ast.AST, names: tuple[str, ...] = ("tr", "N_")) -> list[str]:
    found: list[str] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
        if name == "uis" and name in names:  # DocText.uis("Orders", "Units", ...): table headers
            found += [a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
            continue
        if name in names:
            arg = node.args[0]
        elif name == "translate" and len(node.args) >= 2:
            arg = node.args[1]
        else:
            continue
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            found.append(arg.value)
    return found


def _tables() -> list[str]:
    """Strings kept in tables and translated when shown (verdict headlines, details, states, commands)."""
    from packstation.domain.commands import COMMANDS
    from packstation.domain.qc import PROMPTS
    from packstation.domain.report_views import error_label
    from packstation.domain.vocabulary import ErrorType
    from packstation.gui import messages
    from packstation.gui.models.pick_list import COLUMNS
    from packstation.gui.screens.qc import TITLES

    texts = [
        *messages.HEADLINES.values(),
        *messages.DETAILS.values(),
        *messages.STATE_NAMES.values(),
        *messages.ERRORS.values(),
        *PROMPTS.values(),
        *TITLES.values(),
        *COLUMNS,
        *(error_label(e.value) for e in ErrorType),
    ]
    from packstation.domain.campaigns.templates import TEMPLATES

    texts += [t.title for t in TEMPLATES]  # campaign templates, shown through tr() by the campaign editor
    from packstation.gui import flow

    for name in ("REMOVE_REASONS", "REPRINT_REASONS", "VOID_REASONS", "EXCEPTION_REASONS"):
        texts += list(getattr(flow, name, ()))  # preset reasons, shown through tr() by the reason dialog
    for command in COMMANDS:
        texts += [command.title, command.help]
    from packstation.domain.training.scenarios import load_shipped

    texts += [s.title for s in load_shipped()]  # training scenarios, shown through messages.scenario_title
    from packstation.domain.training.scoring import ACTIONS, TEACHES

    texts += [*TEACHES.values(), *(words for words, _check in ACTIONS.values()), "the order was not finished"]
    return texts


def source_strings() -> list[str]:
    """Every translatable source string of the GUI, in a stable order, without duplicates."""
    texts: list[str] = []
    for path in sorted(GUI_DIR.rglob("*.py")):
        texts += _calls(ast.parse(path.read_text(encoding="utf-8"), str(path)))
    for path in sorted(DOCUMENTS_DIR.rglob("*.py")):  # the site's own documents: DocText.ui / .both / N_
        texts += _calls(ast.parse(path.read_text(encoding="utf-8"), str(path)), ("ui", "uis", "both", "N_"))
    texts += _tables()
    return list(dict.fromkeys(t for t in texts if t.strip()))


def placeholders(text: str) -> set[str]:
    """`{name}` placeholders of a str.format template (what a translation must keep, in any order)."""
    try:
        return {name for _, name, _, _ in Formatter().parse(text) if name is not None}
    except ValueError:
        return {"<malformed braces>"}


def ts_path(language: str) -> Path:
    return TRANSLATIONS_DIR / f"packstation_{language}.ts"


def qm_path(language: str) -> Path:
    return TRANSLATIONS_DIR / f"packstation_{language}.qm"


def _usable(language: str, source: str, text: Translation) -> Translation:
    """`text` if it fits the message's kind (forms for a numerus source, a string otherwise), else None."""
    if is_numerus(source):
        return list(text) if isinstance(text, list) and len(text) == PLURAL_FORMS[language] else None
    return text if isinstance(text, str) and text else None


def write_ts(language: str, sources: list[str], translations: dict[str, Translation]) -> None:
    root = ET.Element("TS", version="2.1", language=QT_LANGUAGE[language], sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for source in sources:
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        node = ET.SubElement(message, "translation")
        text = _usable(language, source, translations.get(source))
        if is_numerus(source):
            message.set("numerus", "yes")
            for form in text if isinstance(text, list) else [""] * PLURAL_FORMS[language]:
                ET.SubElement(node, "numerusform").text = form
            if not isinstance(text, list):
                node.set("type", "unfinished")
        elif isinstance(text, str):
            node.text = text
        else:
            node.set("type", "unfinished")
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    ts_path(language).write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def _lrelease() -> str:
    """pyside6-lrelease next to this Python (a venv's bin/, not activated) or else on PATH."""
    import shutil

    beside = Path(sys.executable).parent / "pyside6-lrelease"
    found = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
    if found is None:
        raise SystemExit("pyside6-lrelease not found (it comes with PySide6)")
    return found


def compile_qm(language: str) -> None:
    subprocess.run(
        [_lrelease(), str(ts_path(language)), "-qm", str(qm_path(language))], check=True, capture_output=True
    )


def update(extra: dict[str, dict[str, Translation]] | None = None) -> dict[str, int]:
    """Refresh every .ts (keeping translations, `extra` wins) and compile it; returns unfinished counts.

    packstation_en.ts gets only the numerus sources (the English plural forms); the others get every source.
    """
    TRANSLATIONS_DIR.mkdir(parents=True, exist_ok=True)
    sources = source_strings()
    missing: dict[str, int] = {}
    for language in (ENGLISH, *TRANSLATED):
        wanted = [s for s in sources if is_numerus(s)] if language == ENGLISH else sources
        known = read_ts(ts_path(language)) | (extra or {}).get(language, {})
        write_ts(language, wanted, known)
        compile_qm(language)
        missing[language] = sum(1 for s in wanted if not _usable(language, s, known.get(s)))
    return missing


def read_extra(folder: Path) -> dict[str, dict[str, Translation]]:
    """Merge every `*.json` in `folder` ({"nb": {"English": "Norsk"}, "pl": {...}, "fi": {...}}), in name order.

    This is how engineers hand in translations for strings they wrapped (e.g. /tmp/translations/demo.json).
    A numerus source (one with `%n`) takes a list of plural forms as its value (`"en"` may give the English
    forms): `{"pl": {"%n unit(s)": ["%n sztuka", "%n sztuki", "%n sztuk"]}}`. A file that is not such an object,
    or a list with the wrong number of forms or a form without `%n`, is refused with its name, so nothing
    half-merged reaches the .ts files.
    """
    import json

    merged: dict[str, dict[str, Translation]] = {language: {} for language in (ENGLISH, *TRANSLATED)}
    for path in sorted(folder.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise SystemExit(f"{path}: not readable JSON ({exc})") from None
        if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
            raise SystemExit(f"{path}: must be an object of language -> {{source: translation}}")
        for language, table in data.items():
            if language not in merged:
                raise SystemExit(f"{path}: unknown language {language!r} (shipped: {', '.join(merged)})")
            for source, value in table.items():
                if isinstance(value, list):
                    wanted = PLURAL_FORMS[language]
                    if not is_numerus(str(source)):
                        raise SystemExit(f"{path}: {language} {source!r}: a list of forms needs a %n source")
                    if len(value) != wanted or not all(isinstance(f, str) and NUMERUS_MARK in f for f in value):
                        raise SystemExit(
                            f"{path}: {language} {source!r}: needs {wanted} plural forms, each with %n; got {value!r}"
                        )
                    merged[language][str(source)] = list(value)
                elif is_numerus(str(source)):
                    raise SystemExit(
                        f"{path}: {language} {source!r}: a %n source needs a list of "
                        f"{PLURAL_FORMS[language]} plural forms"
                    )
                elif language == ENGLISH:
                    raise SystemExit(f"{path}: en {source!r}: English is the source; only plural forms go under en")
                elif str(value).strip():
                    merged[language][str(source)] = str(value)
    return merged


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Collect GUI strings, merge them into the .ts files, compile .qm.")
    parser.add_argument(
        "--extra",
        type=Path,
        action="append",
        default=[],
        help="a folder of *.json translations to merge in (may be given more than once)",
    )
    args = parser.parse_args()
    extra: dict[str, dict[str, Translation]] = {language: {} for language in (ENGLISH, *TRANSLATED)}
    for folder in args.extra:
        for language, table in read_extra(folder).items():
            extra[language].update(table)
    counts = update(extra)
    for lang, count in counts.items():
        print(f"{lang}: {count} unfinished")
    sys.exit(1 if any(counts.values()) else 0)
