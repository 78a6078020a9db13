"""Every shipped language has every string: GUI (.ts sources and compiled .qm) and customer documents."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from packstation.documents import i18n as doc_i18n
from packstation.gui.i18n_catalog import TRANSLATED, placeholders, qm_path, read_ts, source_strings, ts_path

_QT_ARGS = re.compile(r"%[0-9a-z]")  # QProgressBar's %v/%m and QString's %1 travel like placeholders


def _marks(text: str) -> tuple[set[str], list[str]]:
    return placeholders(text), sorted(_QT_ARGS.findall(text))


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_gui_string_is_translated_with_the_same_placeholders(language: str) -> None:
    translations = read_ts(ts_path(language))
    sources = source_strings()
    missing = [s for s in sources if not translations.get(s)]
    assert not missing, f"{language}: untranslated (run python -m packstation.gui.i18n_catalog): {missing[:10]}"
    wrong = [(s, translations[s]) for s in sources if _marks(s) != _marks(translations[s] or "")]
    assert not wrong, f"{language}: placeholders differ: {wrong}"


@pytest.mark.parametrize("language", TRANSLATED)
def test_compiled_qm_is_present_and_not_older_than_its_source(language: str) -> None:
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

    for language in TRANSLATED:
        assert resource("translations", f"packstation_{language}.qm").is_file()
