"""Words a packer reads right: every translation keeps its language's glossary (resources/translations/glossary.toml,
explained in docs/glossary.md), no message is unfinished, and none reads the same as English outside a short
allow-list. A new string is reviewed by these checks in every test run."""

from __future__ import annotations

import re
import tomllib

import pytest

from packstation.gui.i18n_catalog import TRANSLATED, TRANSLATIONS_DIR, read_ts, source_strings

GLOSSARY = tomllib.loads((TRANSLATIONS_DIR / "glossary.toml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_translation_keeps_the_glossary(language: str) -> None:
    translations = read_ts(TRANSLATIONS_DIR / f"packstation_{language}.ts")
    broken = []
    for rule in GLOSSARY[language].get("rules", []):
        for source, value in translations.items():
            text = " | ".join(value) if isinstance(value, list) else value  # a numerus message: every form
            if text is None or not re.search(rule["source"], source, re.IGNORECASE):
                continue
            if "unless" in rule and re.search(rule["unless"], source, re.IGNORECASE):
                continue
            if "forbid" in rule and re.search(rule["forbid"], text, re.IGNORECASE):
                broken.append(f"{rule['why']}: {source!r} -> {text!r}")
            if "require" in rule and not re.search(rule["require"], text, re.IGNORECASE):
                broken.append(f"{rule['why']}: {source!r} -> {text!r}")
    assert not broken, "\n".join(broken)


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_customers_documents_keep_the_glossary(language: str) -> None:
    from packstation.documents.i18n import SOURCE, TRANSLATIONS

    broken = []
    for rule in GLOSSARY[language].get("rules", []):
        for key, text in TRANSLATIONS[language].items():
            source = SOURCE.get(key, "")
            if not re.search(rule["source"], source, re.IGNORECASE) or (
                "unless" in rule and re.search(rule["unless"], source, re.IGNORECASE)
            ):
                continue
            if "forbid" in rule and re.search(rule["forbid"], text, re.IGNORECASE):
                broken.append(f"{rule['why']}: {key} {source!r} -> {text!r}")
    assert not broken, "\n".join(broken)


@pytest.mark.parametrize("language", TRANSLATED)
def test_no_message_reads_the_same_as_english_outside_the_allow_list(language: str) -> None:
    translations = read_ts(TRANSLATIONS_DIR / f"packstation_{language}.ts")
    allowed = set(GLOSSARY[language]["same_as_english"])
    same = sorted(source for source in source_strings() if translations.get(source) == source and source not in allowed)
    assert not same, f"{language}: translated as the English itself: {same}"


def test_the_glossary_names_the_products_words_in_every_language() -> None:
    for language in TRANSLATED:
        terms = GLOSSARY[language]["terms"]
        assert {
            "tote",
            "box",
            "pick list",
            "packing slip",
            "insert",
            "shipping label",
            "override",
            "lead",
            "claim",
            "verdict",
            "stop",
            "short-ship",
        } <= set(terms), language
