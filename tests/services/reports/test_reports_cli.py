"""`packstation report`: CSV and PDF from a real database; demo databases refused unless --demo."""

from __future__ import annotations

import csv
import datetime as dt
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from packstation.app import open_store
from packstation.cli import main
from packstation.demo.history import generate_history
from packstation.domain.report_views import ReportFilter
from packstation.services.reports.service import ReportService
from packstation.store.models import AppMeta

END = dt.date(2024, 5, 10)


@pytest.fixture
def db(sqlite_url: str):  # type: ignore[no-untyped-def]
    store = open_store(sqlite_url)
    summary = generate_history(store, 2, seed=3, end=END, orders_per_shift=10)
    yield store, summary
    store.dispose()


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["report", *args])
    return result.exit_code, result.output


def _csv(path: Path) -> dict[tuple[str, str, str], str]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return {(r["section"], r["key"], r["metric"]): r["value"] for r in csv.DictReader(fh)}


def test_csv_report_for_two_days_and_one_station(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store, summary = db
    out = tmp_path / "shift.csv"
    code, output = _run(
        "--from",
        "2024-05-08",
        "--to",
        "2024-05-09",
        "--station",
        summary.drift_station,
        "--tz",
        "UTC",
        "--format",
        "csv",
        "--out",
        str(out),
        "--db",
        store.url,
    )
    assert code == 0, output
    service = ReportService(store.sessions)
    board = service.dashboard(
        ReportFilter(summary.start, summary.end, service.resolve_stations([summary.drift_station]))
    )
    rows = _csv(out)
    assert int(rows[("summary", "", "orders")]) == board.kpis.orders > 0
    assert int(rows[("summary", "", "errors")]) == board.kpis.errors
    for e in board.errors_by_type:
        assert int(rows[("errors_by_type", e.error_type, "count")]) == e.count
    assert rows[("report", "range", "stations")] == summary.drift_station
    assert f"{board.kpis.orders} orders" in output


def test_pdf_report_and_the_format_from_the_extension(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store, summary = db
    out = tmp_path / "shift.pdf"
    code, output = _run(
        "--from", "2024-05-08", "--to", "2024-05-09", "--tz", "Europe/Oslo", "--out", str(out), "--db", store.url
    )
    assert code == 0, output
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Shift report" in text and summary.new_packer in text and "TRAINING" not in text


def test_a_demo_database_is_refused_unless_demo_is_given(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store, _summary = db
    with store.sessions.begin() as s:
        s.merge(AppMeta(key="mode", value="demo"))
    out = tmp_path / "shift.csv"
    code, output = _run("--from", "2024-05-08", "--to", "2024-05-09", "--out", str(out), "--db", store.url)
    assert code != 0 and "demo" in output and not out.exists()
    code, output = _run("--from", "2024-05-08", "--to", "2024-05-09", "--out", str(out), "--db", store.url, "--demo")
    assert code == 0, output
    assert "TRAINING" in output and _csv(out)[("report", "range", "mode")] == "TRAINING"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from", "2024-05-32", "--to", "2024-05-09"], "--from"),
        (["--from", "2024-05-09", "--to", "2024-05-01"], "before"),
        (["--from", "2024-05-08", "--to", "2024-05-09", "--station", "BENCH-77"], "BENCH-77"),
        (["--from", "2024-05-08", "--to", "2024-05-09", "--tz", "Mars/Olympus"], "Mars/Olympus"),
    ],
)
def test_bad_input_names_what_is_wrong(db, tmp_path: Path, args: list[str], message: str) -> None:  # type: ignore[no-untyped-def]
    store, _summary = db
    code, output = _run(*args, "--out", str(tmp_path / "x.csv"), "--db", store.url)
    assert code != 0 and message in output


def test_a_missing_database_is_named(tmp_path: Path) -> None:
    code, output = _run(
        "--from",
        "2024-05-08",
        "--to",
        "2024-05-09",
        "--out",
        str(tmp_path / "x.pdf"),
        "--db",
        f"sqlite:///{tmp_path / 'none.db'}",
    )
    assert code != 0 and "no Packstation database" in output
