"""The GUI's language at run time: one QTranslator for the signed-in packer's language, switched without restart.

Installing a translator makes Qt send `QEvent.LanguageChange` to every widget; windows that build their text from
state (the packer's window redraws from its last service answer) re-translate on that event, so a switch needs no
restart. The language is a per-user setting (`users.locale`, e.g. "nb", "pl_PL", "fi-FI"); anything not shipped
falls back to English, the source language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QTranslator

from packstation.resources import resource_root

SOURCE_LANGUAGE = "en"
# Shipped languages, code -> the language's own name (shown in language pickers).
LANGUAGES: dict[str, str] = {"en": "English", "nb": "Norsk bokmål", "pl": "Polski", "fi": "Suomi"}
_ALIASES = {"no": "nb", "nn": "nb"}  # "no" is how many systems still spell Norwegian Bokmål

_current: dict[str, object] = {"language": SOURCE_LANGUAGE, "translator": None}


def language_code(locale: str | None) -> str:
    """The shipped language for a user or customer locale ("nb_NO", "pl-PL", "fi", "de" -> "nb", "pl", "fi", "en")."""
    base = (locale or "").replace("-", "_").split("_")[0].lower()
    base = _ALIASES.get(base, base)
    return base if base in LANGUAGES else SOURCE_LANGUAGE


def qm_name(language: str) -> str:
    return f"packstation_{language}.qm"


def current_language() -> str:
    return str(_current["language"])


def set_language(locale: str | None) -> str:
    """Install the translator for `locale` on the running application; returns the language now in use.

    English installs packstation_en.qm, which holds only the English plural forms ("%n unit" / "%n units"; the
    other sources are English already). A missing .qm file raises FileNotFoundError: the wheel must ship every
    language it names, and a silent fall-back would hide that.
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("set_language needs a running QApplication")
    language = language_code(locale)
    if language == current_language() and _current["translator"] is not None:
        return language
    old = _current["translator"]
    path = resource_root() / "translations" / qm_name(language)
    translator = QTranslator(app)
    if not translator.load(str(path)):
        raise FileNotFoundError(f"translation not found or unreadable: {path}")
    if isinstance(old, QTranslator):
        QCoreApplication.removeTranslator(old)
        old.deleteLater()
    QCoreApplication.installTranslator(translator)  # sends LanguageChange to every widget
    _current.update(language=language, translator=translator)
    QLocale.setDefault(QLocale(language if language != "nb" else "nb_NO"))
    # LanguageChange events are posted; deliver them now so every window has redrawn when this returns.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    return language


def _static_sources() -> list[str]:
    """Source strings without parameters: the ones a widget can show verbatim (labels, titles, buttons)."""
    from packstation.gui.ts_files import read_ts

    known = read_ts(resource_root() / "translations" / "packstation_nb.ts")  # type: ignore[arg-type]
    return [s for s in known if "{" not in s and "%" not in s]


def switch_language(locale: str | None) -> str:
    """`set_language`, then re-translate the fixed texts every widget already shows (labels, buttons, titles).

    Widgets build their fixed texts once, in their constructors; rather than each screen keeping a re-translate
    method, the text each widget shows is looked up (in the old language) and replaced by the new language's.
    Texts filled from state (verdicts, headers, order lines) are redrawn by their window on LanguageChange.
    """
    from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QLineEdit

    from packstation.gui.messages import CONTEXT

    sources = _static_sources()
    before = {QCoreApplication.translate(CONTEXT, s): s for s in sources}
    language = set_language(locale)
    for widget in QApplication.allWidgets():
        getters = []
        if isinstance(widget, (QLabel, QAbstractButton)):
            getters.append((widget.text, widget.setText))
        if isinstance(widget, QGroupBox):
            getters.append((widget.title, widget.setTitle))
        if isinstance(widget, QLineEdit):
            getters.append((widget.placeholderText, widget.setPlaceholderText))
        if widget.toolTip():
            getters.append((widget.toolTip, widget.setToolTip))
        if widget.accessibleName():
            getters.append((widget.accessibleName, widget.setAccessibleName))
        for get, put in getters:
            source = before.get(get())
            if source is not None:
                put(QCoreApplication.translate(CONTEXT, source))
    return language
