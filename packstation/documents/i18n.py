"""Words and formats of the documents a customer reads (packing slip, returns slip), in the customer's locale.

A small catalogue (one dict per language) rather than gettext files: a few dozen strings, reviewed beside each
other, with the same placeholder check as the GUI's Qt translations (tests/gui/test_translations.py). Dates,
numbers and money are formatted by Babel from CLDR data, so "1 234,50 kr" and "23.11.2026" come out as a Norwegian
reader expects them. No Qt here: documents render in the CLI and services too.

Documents read by the site's own people (the cheat sheet, the shift report and its CSV, the training scorecard) and
the words of the shipping label use `DocText.ui("English source")`: the same words as the screens, read from the
GUI's Qt catalogue (resources/translations/packstation_<language>.ts, parsed as XML, no Qt needed), so a packer
reads "Angre" on the screen and on the sheet taped to the bench. `python -m packstation.gui.i18n_catalog` collects
these sources from packstation/documents too, and the translation tests hold them to the same checks.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache
from typing import Any

from babel.dates import format_date
from babel.numbers import format_currency, format_decimal

SOURCE_LANGUAGE = "en"
# language -> the CLDR locale used for formats when the customer's locale names no country
DEFAULT_REGION = {"en": "en_GB", "nb": "nb_NO", "pl": "pl_PL", "fi": "fi_FI"}
_ALIASES = {"no": "nb", "nn": "nb"}

# Source (English) strings: key -> text. Placeholders are str.format names.
SOURCE: dict[str, str] = {
    "packing_slip": "Packing slip",
    "returns_slip": "Returns slip",
    "demo": "DEMO — DO NOT SHIP",
    "ship_to": "Ship to",
    "order": "Order {ref}",
    "date": "Date {date}",
    "gift_order": "Gift order",
    "items": "Items",
    "qty": "Qty",
    "item": "Item",
    "description": "Description",
    "price": "Price",
    "total": "Total",
    "gift_message": "Gift message",
    "contents_per_box": "Contents per box",
    "box_of": "Box {n} of {count}",
    "returns": "Returns",
    "return_code": "Return code: {code}",
    "return_by": "Return by {date}",
    "return_steps": "Put the items back in the box, stick the return label on it and hand it to {carrier}.",
    "return_reason": "Reason for return (tick one):",
    "reason_size": "Wrong size",
    "reason_damaged": "Arrived damaged",
    "reason_not_as_described": "Not as described",
    "reason_changed_mind": "Changed my mind",
    "return_items": "Items you return",
    "refund_value": "Refund value",
}

TRANSLATIONS: dict[str, dict[str, str]] = {
    "nb": {
        "packing_slip": "Pakkseddel",
        "returns_slip": "Returseddel",
        "demo": "DEMO — SKAL IKKE SENDES",
        "ship_to": "Leveres til",
        "order": "Ordre {ref}",
        "date": "Dato {date}",
        "gift_order": "Gaveordre",
        "items": "Varer",
        "qty": "Antall",
        "item": "Vare",
        "description": "Beskrivelse",
        "price": "Pris",
        "total": "Sum",
        "gift_message": "Gavehilsen",
        "contents_per_box": "Innhold per eske",
        "box_of": "Eske {n} av {count}",
        "returns": "Retur",
        "return_code": "Returkode: {code}",
        "return_by": "Returner innen {date}",
        "return_steps": "Legg varene tilbake i esken, fest returetiketten på den og lever den til {carrier}.",
        "return_reason": "Årsak til retur (kryss av én):",
        "reason_size": "Feil størrelse",
        "reason_damaged": "Kom frem skadet",
        "reason_not_as_described": "Ikke som beskrevet",
        "reason_changed_mind": "Har ombestemt meg",
        "return_items": "Varer du returnerer",
        "refund_value": "Refusjonsbeløp",
    },
    "pl": {
        "packing_slip": "Specyfikacja wysyłki",
        "returns_slip": "Formularz zwrotu",
        "demo": "DEMO — NIE WYSYŁAĆ",
        "ship_to": "Adres dostawy",
        "order": "Zamówienie {ref}",
        "date": "Data {date}",
        "gift_order": "Zamówienie na prezent",
        "items": "Produkty",
        "qty": "Ilość",
        "item": "Produkt",
        "description": "Opis",
        "price": "Cena",
        "total": "Razem",
        "gift_message": "Wiadomość do prezentu",
        "contents_per_box": "Zawartość kartonów",
        "box_of": "Karton {n} z {count}",
        "returns": "Zwroty",
        "return_code": "Kod zwrotu: {code}",
        "return_by": "Zwróć do {date}",
        "return_steps": "Włóż produkty z powrotem do kartonu, naklej etykietę zwrotną i nadaj przesyłkę w {carrier}.",
        "return_reason": "Powód zwrotu (zaznacz jeden):",
        "reason_size": "Zły rozmiar",
        "reason_damaged": "Dotarło uszkodzone",
        "reason_not_as_described": "Niezgodne z opisem",
        "reason_changed_mind": "Zmiana decyzji",
        "return_items": "Zwracane produkty",
        "refund_value": "Kwota zwrotu",
    },
    "fi": {
        "packing_slip": "Lähetyslista",
        "returns_slip": "Palautuslomake",
        "demo": "ESITTELY — ÄLÄ LÄHETÄ",
        "ship_to": "Toimitusosoite",
        "order": "Tilaus {ref}",
        "date": "Päivämäärä {date}",
        "gift_order": "Lahjatilaus",
        "items": "Tuotteet",
        "qty": "Määrä",
        "item": "Tuote",
        "description": "Kuvaus",
        "price": "Hinta",
        "total": "Yhteensä",
        "gift_message": "Lahjaviesti",
        "contents_per_box": "Laatikoiden sisältö",
        "box_of": "Laatikko {n}/{count}",
        "returns": "Palautukset",
        "return_code": "Palautuskoodi: {code}",
        "return_by": "Palauta viimeistään {date}",
        "return_steps": "Laita tuotteet takaisin laatikkoon, kiinnitä palautustarra ja jätä paketti: {carrier}.",
        "return_reason": "Palautuksen syy (valitse yksi):",
        "reason_size": "Väärä koko",
        "reason_damaged": "Saapui vaurioituneena",
        "reason_not_as_described": "Ei vastaa kuvausta",
        "reason_changed_mind": "Muutin mieleni",
        "return_items": "Palautettavat tuotteet",
        "refund_value": "Palautettava summa",
    },
}
LANGUAGES = (SOURCE_LANGUAGE, *TRANSLATIONS)


def language_of(locale: str | None) -> str:
    """The document language for a customer locale ("nb_NO", "pl-PL", "fi", "de" -> nb, pl, fi, en)."""
    base = (locale or "").replace("-", "_").split("_")[0].lower()
    base = _ALIASES.get(base, base)
    return base if base in LANGUAGES else SOURCE_LANGUAGE


def cldr_locale(locale: str | None) -> str:
    """The Babel locale for formats: the customer's own when it names a country ("nb_NO"), else the language's."""
    language = language_of(locale)
    parts = (locale or "").replace("-", "_").split("_")
    if len(parts) == 2 and language_of(parts[0]) == language and language != SOURCE_LANGUAGE:
        return f"{language}_{parts[1].upper()}"
    return DEFAULT_REGION[language]


def N_(text: str) -> str:  # noqa: N802 - the usual name of a translation marker
    """Mark an English source for the catalogue; translated when printed (`DocText.ui`)."""
    return text


@lru_cache(maxsize=8)
def ui_catalogue(language: str) -> dict[str, str]:
    """English source -> translation of the GUI's catalogue for `language` (finished, single-form messages)."""
    import xml.etree.ElementTree as ET

    from packstation.resources import resource

    if language == SOURCE_LANGUAGE:
        return {}
    path = resource("translations", f"packstation_{language}.ts")
    found: dict[str, str] = {}
    for message in ET.fromstring(path.read_text(encoding="utf-8")).iter("message"):
        node = message.find("translation")
        if message.get("numerus") == "yes" or node is None or node.get("type") or not node.text:
            continue
        found[message.findtext("source") or ""] = node.text
    return found


class DocText:
    """Words and formats for one customer locale: `t(key, **params)`, `ui(source)`, `money`, `number`, `date`."""

    def __init__(self, locale: str | None) -> None:
        self.language = language_of(locale)
        self.cldr = cldr_locale(locale)
        self._table = TRANSLATIONS.get(self.language, {})

    def t(self, key: str, **params: Any) -> str:
        text = self._table.get(key) or SOURCE[key]
        return text.format(**params) if params else text

    def ui(self, source: str, **params: Any) -> str:
        """An English source in the reader's language, from the GUI's catalogue (the screens' own words)."""
        text = ui_catalogue(self.language).get(source) or source
        return text.format(**params) if params else text

    def uis(self, *sources: str) -> list[str]:
        """Several sources at once (table headers)."""
        return [self.ui(source) for source in sources]

    def both(self, source: str) -> str:
        """A label field word in the reader's language and in English, for carriers that sort by the English word:
        "Til / SHIP TO"; English alone when the reader's language is English."""
        local = self.ui(source)
        return source if local == source else f"{local} / {source}"

    def decimal(self, value: float | Decimal, digits: int = 2) -> str:
        """A number with `digits` decimals in the locale's marks ("1,25" in nb, pl, fi; "1.25" in English)."""
        return format_decimal(value, format="#,##0." + "0" * digits if digits else "#,##0", locale=self.cldr)

    def percent(self, ratio: float) -> str:
        """0.768 -> "77 %" in the locale's way ("77\u00a0%" in nb, pl, fi; "77%" in English)."""
        from babel.numbers import format_percent

        return format_percent(ratio, locale=self.cldr)

    def time(self, moment: datetime) -> str:
        """A date and time as the reader writes it (in the moment's own zone)."""
        from babel.dates import format_datetime

        return format_datetime(moment, format="short", locale=self.cldr)

    def money(self, amount: Decimal, currency: str) -> str:
        """CLDR money; English slips keep "1,234.50 SEK" (ISO code after the amount) for any currency."""
        pattern = "#,##0.00\u00a0¤¤" if self.language == SOURCE_LANGUAGE else None
        return format_currency(amount, currency, format=pattern, locale=self.cldr, currency_digits=pattern is None)

    def number(self, value: int | float | Decimal) -> str:
        return format_decimal(value, locale=self.cldr)

    def date(self, value: date | datetime | str) -> str:
        """A date as the customer writes it; an ISO string is parsed, anything else printed as given."""
        if isinstance(value, str):
            try:
                value = date.fromisoformat(value[:10])
            except ValueError:
                return value
        if isinstance(value, datetime):
            value = value.date()
        return format_date(value, format="medium" if self.language == SOURCE_LANGUAGE else "short", locale=self.cldr)
