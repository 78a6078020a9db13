"""The shift report PDF: rendered, turned back into text with pdftotext, and read as a lead would."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from packstation.documents.shift_csv import shift_csv_text
from packstation.documents.shift_report import write_shift_report
from packstation.domain.report_views import (
    ClassFigures,
    Dashboard,
    ErrorCount,
    HourFigures,
    Kpis,
    PackerFigures,
    ReportFilter,
    StationFigures,
)

START = dt.datetime(2024, 5, 6, 6, tzinfo=dt.UTC)
pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) not installed")


def _board(training: bool = False, packer: str = "Łukasz Wójcik") -> Dashboard:
    f = ReportFilter(START, START + dt.timedelta(hours=8), (2,), tz=dt.timezone(dt.timedelta(hours=2)))
    return Dashboard(
        filter=f,
        kpis=Kpis(
            orders=412,
            units=1337,
            active_hours=8,
            orders_per_hour=51.5,
            units_per_hour=167.1,
            avg_pack_seconds=83.4,
            orders_with_error=17,
            accuracy=395 / 412,
            errors=23,
        ),
        errors_by_type=(
            ErrorCount(None, "", "wrong_item", 14),
            ErrorCount(None, "", "weight_mismatch", 6),
            ErrorCount(None, "", "qc_damage", 3),
        ),
        errors_by_packer=(
            ErrorCount(7, packer, "wrong_item", 12),
            ErrorCount(8, "Anna Berg", "wrong_item", 2),
            ErrorCount(8, "Anna Berg", "weight_mismatch", 6),
            ErrorCount(7, packer, "qc_damage", 3),
        ),
        errors_by_station=(
            ErrorCount(2, "BENCH-02", "wrong_item", 14),
            ErrorCount(2, "BENCH-02", "qc_damage", 3),
            ErrorCount(2, "BENCH-02", "weight_mismatch", 6),
        ),
        hours=tuple(HourFigures(8 + i, 50 + i, 160, i % 4, (START + dt.timedelta(hours=i),)) for i in range(8)),
        packers=(
            PackerFigures(7, packer, 190, 600, 8, 23.75, 97.0, 15, 180 / 190, 1.21, 2.4),
            PackerFigures(8, "Anna Berg", 222, 737, 8, 27.75, 71.2, 8, 215 / 222, 0.86, 0.5),
        ),
        stations=(StationFigures(2, "BENCH-02", 412, 1337, 83.4, 23),),
        floor_classes=(ClassFigures("single_unit", 200, 45.0, 5), ClassFigures("multi_line", 212, 119.6, 18)),
        station_codes=("BENCH-02",),
        generated_at=START + dt.timedelta(hours=8),
        training=training,
    )


def _text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True)
    return " ".join(out.stdout.split())


def test_the_report_reads_back_with_its_figures(tmp_path: Path) -> None:
    pdf = write_shift_report(_board(), tmp_path / "shift.pdf")
    text = _text(pdf)
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "Shift report" in text
    assert "2024-05-06 08:00 – 2024-05-06 16:00" in text  # in the lead's zone (UTC+2)
    assert "Stations: BENCH-02" in text
    assert "412 1337 51.5 167.1 1:23 95.9 % 17 23" in text  # the headline row
    assert "wrong item 14" in text and "weight mismatch 6" in text and "QC: damage 3" in text
    assert "Łukasz Wójcik 190 600 23.8 1:37 15 94.7 % 1.21 2.40" in text  # DejaVu prints Ł and ó
    assert "Anna Berg 222 737 27.8 1:11 8 96.8 % 0.86 0.50" in text
    assert "Orders 50 51 52 53 54 55 56 57" in text
    assert "08:00 09:00 10:00" in text
    assert "single unit 200 0:45 5" in text
    assert "TRAINING" not in text


def test_a_training_report_is_stamped_on_every_page(tmp_path: Path) -> None:
    pdf = write_shift_report(_board(training=True), tmp_path / "shift.pdf")
    pages = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    n_pages = int(next(line.split()[-1] for line in pages.splitlines() if line.startswith("Pages:")))
    assert n_pages >= 1
    for page in range(1, n_pages + 1):
        out = subprocess.run(
            ["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "TRAINING" in out


def test_an_empty_range_still_renders(tmp_path: Path) -> None:
    board = _board()
    empty = Dashboard(
        filter=board.filter,
        kpis=Kpis(0, 0, 0, 0.0, 0.0, None, 0, None, 0),
        errors_by_type=(),
        errors_by_packer=(),
        errors_by_station=(),
        hours=(),
        packers=(),
        stations=(),
        floor_classes=(),
    )
    text = _text(write_shift_report(empty, tmp_path / "empty.pdf"))
    assert "nothing closed in this range" in text and "no errors" in text


def test_csv_neutralises_a_formula_in_a_name() -> None:
    text = shift_csv_text(_board(packer='=HYPERLINK("http://x")'))
    assert "'=HYPERLINK" in text
    assert '\n"summary","","orders","412"\r' in text  # every field quoted (spreadsheet-safe with any separator)
    assert '"errors_by_packer","Anna Berg","weight_mismatch","6"' in text
