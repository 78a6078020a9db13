"""Documents in the reader's language (issue 24, part 4), read back from the rendered PDFs: the cheat sheet in the
bench's language, the shift report and its CSV header in the lead's, the scorecard in the trainee's, and the
shipping label with bilingual field words and the customer's decimal mark, its barcodes still decoding."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import SimpleNamespace

import pytest
from helpers.decode import decode_pdf, decode_pdf_pages, pdf_text

from packstation.documents.cheat_sheet import write_cheat_sheet
from packstation.documents.i18n import DocText
from packstation.documents.label import render_labels_pdf
from packstation.documents.scorecard import write_scorecard
from packstation.documents.zpl import render_label_zpl
from packstation.domain.commands import COMMANDS
from tests.documents.test_label_pdf import label

UNDO = {"nb": "Angre siste skanning", "pl": "Cofnij ostatni skan", "fi": "Kumoa viimeisin skannaus"}


@pytest.mark.parametrize("language", ["nb", "pl", "fi"])
def test_the_cheat_sheet_reads_in_the_benchs_language_and_still_scans(tmp_path: Path, language: str) -> None:
    pdf = write_cheat_sheet(tmp_path / "sheet.pdf", station="BENCH-07", language=language)
    assert [text for text, _ in decode_pdf(pdf, dpi=300)] == [c.barcode for c in COMMANDS]
    text = pdf_text(pdf)
    d = DocText(language)
    assert d.ui("Station {station}", station="BENCH-07") in text
    for command in COMMANDS:
        assert d.ui(command.title) in text and d.ui(command.title) != command.title, command.title
    assert "Press the key" not in text and "keys and command barcodes" not in text


def _undo_title() -> str:
    return next(c.title for c in COMMANDS if c.barcode == "CMD-UNDO")


def test_the_cheat_sheets_undo_is_the_screens_word(tmp_path: Path) -> None:
    """The sheet taped to the bench says what the packer's screen says (the glossary's word for undo)."""
    assert _undo_title() == "Undo last scan"
    for language, words in UNDO.items():
        assert words in pdf_text(write_cheat_sheet(tmp_path / f"{language}.pdf", language=language))


@pytest.mark.parametrize(
    "locale, to, fragile, weight",
    [
        ("nb_NO", "Til / SHIP TO", "SKJØRT", "1,23 kg"),
        ("pl_PL", "Odbiorca / SHIP TO", "OSTROŻNIE", "1,23 kg"),
        ("fi", "Vastaanottaja / SHIP TO", "SÄRKYVÄÄ", "1,23 kg"),
        ("en_GB", "SHIP TO", "FRAGILE", "1.23 kg"),
    ],
)
@pytest.mark.parametrize("dpi", [203, 300])
def test_the_label_speaks_the_customers_language_beside_the_carriers_english(
    tmp_path: Path, locale: str, to: str, fragile: str, weight: str, dpi: int
) -> None:
    data = label(locale=locale, weight_g=1234, fragile=True, this_side_up=True, length_mm=305)
    pdf = tmp_path / "label.pdf"
    pdf.write_bytes(render_labels_pdf([data], dpi=dpi))
    assert decode_pdf_pages(pdf, dpi=dpi) == [[(data.tracking_number, "]C0"), ("(00)" + data.sscc, "]C1")]]
    text = pdf_text(pdf)
    assert to in text and fragile in text and "FRAGILE" in text and "THIS SIDE UP" in text, text
    assert weight in text, text
    assert ("30,5 × 20 × 10 cm" if not locale.startswith("en") else "30.5 × 20 × 10 cm") in text, text
    zpl = render_label_zpl(data, dpi=dpi)
    assert to.split(" / ")[0] in zpl and weight in zpl and "SHIP TO" in zpl


def test_the_shift_report_csv_header_is_in_the_leads_language() -> None:
    from packstation.documents.shift_csv import header

    assert header("pl") == ("Sekcja", "Klucz", "Miara", "Wartość") or header("pl")[0] == "Sekcja"
    assert header("en") == ("section", "key", "metric", "value")
    assert header("fi")[0] == "Osio" and header("nb")[3] == "Verdi"


def _card(**extra: object) -> SimpleNamespace:
    outcome = SimpleNamespace(
        order="T-1",
        event="wrong_item",
        caught=True,
        handled=False,
        why="noticed, but not handled: still to scan a good unit in its place",
    )
    fields = dict(
        trainee="Ola",
        scenario="wrong-item",
        scenario_title="A wrong item in the tote",
        hints=False,
        finished_at=dt.datetime(2026, 12, 6, 10, 42, tzinfo=dt.UTC),
        passed=False,
        seconds=95.0,
        errors_injected=1,
        errors_caught=1,
        errors_handled=0,
        errors_missed=0,
        overrides_asked=0,
        own_errors=0,
        accuracy=0.5,
        outcomes=[outcome],
    )
    fields.update(extra)
    return SimpleNamespace(**fields)


def test_the_scorecard_reads_in_the_trainees_language(tmp_path: Path) -> None:
    text = " ".join(pdf_text(write_scorecard(_card(), tmp_path / "card.pdf", language="pl")).split())
    for words in (
        "Karta wyników: Ola",
        "Zły towar w pojemniku",
        "NIEZALICZONE",
        "Wykryte, ale nieobsłużone",
        "zeskanuj w jej miejsce",
        "SZKOLENIE",
        "50%",
    ):
        assert words in text, (words, text)
    for english in ("Scorecard", "handled", "Injected", "wrong item", "TRAINING", "still to"):
        assert english not in text, (english, text)
    english = " ".join(pdf_text(write_scorecard(_card(), tmp_path / "en.pdf")).split())
    assert (
        "Scorecard: Ola" in english and "Missed. Expected" not in english and "Still to do: scan a good unit" in english
    )
