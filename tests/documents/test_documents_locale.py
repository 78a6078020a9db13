"""Slips a customer reads, rendered in each shipped locale and read back with pdftotext: words and formats."""

from __future__ import annotations

import subprocess
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from packstation.documents.data import Address, PackingSlipData, SlipLine
from packstation.documents.packing_slip import render_packing_slip_pdf
from packstation.documents.returns_slip import ReturnsSlipData, render_returns_slip_pdf

ADDRESS = Address("Nordlys Outdoor AS", "Industriveien 4", postal_code="0580", city="Oslo", country="NO")
LINES = (SlipLine("TENT-2", "Tent", 1, Decimal("1234.50")), SlipLine("MUG-1", "Mug", 2, Decimal("38.00")))

# locale, currency -> words that must be on the slip, the order date, the line total of the tent, the mugs' total
CASES = {
    "en": (
        "GBP",
        ["Ship to", "Items", "Qty", "Description", "Price", "Returns", "Return code:"],
        "1 Mar 2025",
        "1,234.50 GBP",
        "76.00 GBP",
    ),
    "nb_NO": (
        "NOK",
        ["Leveres til", "Varer", "Antall", "Beskrivelse", "Pris", "Retur", "Returkode:", "Ordre SO-1"],
        "01.03.2025",
        "1 234,50 kr",
        "76,00 kr",
    ),
    "pl_PL": (
        "PLN",
        ["Adres dostawy", "Produkty", "Ilość", "Opis", "Cena", "Zwroty", "Kod zwrotu:", "Zamówienie SO-1"],
        "1.03.2025",
        "1 234,50 zł",
        "76,00 zł",
    ),
    "fi_FI": (
        "EUR",
        ["Toimitusosoite", "Tuotteet", "Määrä", "Kuvaus", "Hinta", "Palautukset", "Palautuskoodi:", "Tilaus SO-1"],
        "1.3.2025",
        "1 234,50 €",
        "76,00 €",
    ),
}


def _text(pdf: bytes, tmp_path: Path, name: str) -> str:
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, text=True).stdout
    return out.replace("\u00a0", " ").replace("\u202f", " ")  # CLDR group separators are (narrow) no-break spaces


@pytest.mark.parametrize("locale", list(CASES))
def test_packing_slip_in_the_customers_locale(locale: str, tmp_path: Path) -> None:
    currency, words, order_date, tent, mugs = CASES[locale]
    data = PackingSlipData(
        "Nordlys Outdoor",
        ADDRESS,
        ADDRESS,
        "SO-1",
        "2025-03-01",
        LINES,
        currency=currency,
        returns_policy="30 days",
        return_code="RET-NORD-SO1",
        locale=locale,
    )
    text = _text(render_packing_slip_pdf(data), tmp_path, locale)
    for word in words:
        assert word in text, (locale, word)
    assert order_date in text
    assert tent in text and mugs in text
    if locale != "en":
        assert "Ship to" not in text and "Items" not in text  # nothing left in English


def test_unshipped_locale_falls_back_to_english(tmp_path: Path) -> None:
    data = PackingSlipData("M", ADDRESS, ADDRESS, "SO-2", "2025-03-01", LINES, currency="EUR", locale="de_DE")
    text = _text(render_packing_slip_pdf(data), tmp_path, "de")
    assert "Ship to" in text and "1,234.50 EUR" in text


@pytest.mark.parametrize(
    ("locale", "words", "return_by"),
    [
        ("en", ["Returns slip", "Return by", "Wrong size", "hand it to Posti"], "31 Mar 2025"),
        ("nb", ["Returseddel", "Returner innen", "Feil størrelse", "lever den til Posti"], "31.03.2025"),
        ("pl", ["Formularz zwrotu", "Zwróć do", "Zły rozmiar", "nadaj przesyłkę w Posti"], "31.03.2025"),
        ("fi", ["Palautuslomake", "Palauta viimeistään", "Väärä koko", "jätä paketti: Posti"], "31.3.2025"),
    ],
)
def test_returns_slip_in_each_language(locale: str, words: list[str], return_by: str, tmp_path: Path) -> None:
    data = ReturnsSlipData(
        "Nordlys Outdoor", ADDRESS, "SO-1", "RET-NORD-SO1", date(2025, 3, 31), "Posti", LINES, locale=locale
    )
    text = " ".join(_text(render_returns_slip_pdf(data), tmp_path, f"ret-{locale}").split())
    for word in words:
        assert word in text, (locale, word)
    assert return_by in text and "RET-NORD-SO1" in text
