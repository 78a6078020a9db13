"""Issue 17 part 5: output files are written whole or not at all.

Each output command writes onto a real full disk and into a real read-only folder (small tmpfs mounts): the old
file stays byte for byte, no temporary file is left behind, the command says so in one line and exits 1.
`slips --issue` issues no coupon when its PDF could not be written (SQLite and PostgreSQL).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers.marketing_data import Shop, campaign_data, seed_shop
from helpers.small_disk import listing, small_disk
from sqlalchemy import func, select

from packstation.app import open_store
from packstation.cli import main
from packstation.services.marketing.marketing_editor import CampaignEditorService
from packstation.store.db import transaction
from packstation.store.models import Coupon, Slip

OLD = b"%PDF-1.4 the old, good file\n"


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def one_line_error(result) -> str:  # type: ignore[no-untyped-def]
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert len(lines) == 1, result.output
    return lines[0]


@pytest.fixture
def empty_db(tmp_path: Path) -> str:
    """A station database with one order that has packages (for `label`), nothing else."""
    from helpers.label_data import seed_order

    url = f"sqlite:///{tmp_path / 'station.db'}"
    store = open_store(url)
    seed_order(store)
    store.dispose()
    return url


def commands(out: Path, db: str) -> dict[str, list[str]]:
    return {
        "report.pdf": [
            "report",
            "--from",
            "2025-01-01",
            "--to",
            "2025-01-02",
            "--out",
            str(out / "report.pdf"),
            "--db",
            db,
        ],
        "report.csv": [
            "report",
            "--from",
            "2025-01-01",
            "--to",
            "2025-01-02",
            "--out",
            str(out / "report.csv"),
            "--db",
            db,
        ],
        "shipments.csv": [
            "export",
            "shipments",
            "--since",
            "2025-01-01",
            "--out",
            str(out / "shipments.csv"),
            "--db",
            db,
        ],
        "coupons.json": ["export", "coupons", "--format", "json", "--out", str(out / "coupons.json"), "--db", db],
        "coupons.csv": ["export", "coupons", "--out", str(out / "coupons.csv"), "--db", db],
        "keys.pdf": ["cheat-sheet", "--out", str(out / "keys.pdf")],
        "label.pdf": ["label", "SO-1001", "--out", str(out / "label.pdf"), "--db", db],
        "label.zpl": ["label", "SO-1001", "--out", str(out / "label.zpl"), "--db", db],
    }


@pytest.mark.parametrize("state", ["full", "read-only"])
def test_every_output_keeps_the_old_file_on_a_full_or_read_only_disk(tmp_path: Path, empty_db: str, state: str) -> None:
    disk = tmp_path / "disk"
    names = list(commands(disk, empty_db))
    with small_disk(disk, files={name: OLD for name in names}, state=state):
        before = listing(disk)
        for name, args in commands(disk, empty_db).items():
            line = one_line_error(run(*args))
            assert "cannot write" in line and name in line, line
            assert ("full" in line) if state == "full" else ("read-only" in line), line
            assert (disk / name).read_bytes() == OLD, name
            assert listing(disk) == before, f"{name} left {listing(disk) - before}"


def test_outputs_are_written_when_there_is_room(tmp_path: Path, empty_db: str) -> None:
    for name, args in commands(tmp_path, empty_db).items():
        (tmp_path / name).write_bytes(OLD)
        result = run(*args)
        assert result.exit_code == 0, result.output
        assert (tmp_path / name).read_bytes() != OLD
    assert not list(tmp_path.glob("*.part")) and not list(tmp_path.glob(".*.part"))


@pytest.fixture
def shop(store) -> Shop:  # type: ignore[no-untyped-def]
    with transaction(store.sessions) as session:
        shop = seed_shop(session)
    CampaignEditorService(store.sessions).save_campaign(campaign_data(shop, "hello", per_customer_limit=0))
    return shop


def _issued(store) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    with store.sessions() as session:
        return (
            session.scalar(select(func.count()).select_from(Coupon)) or 0,
            session.scalar(select(func.count()).select_from(Slip)) or 0,
        )


@pytest.mark.parametrize("state", ["full", "read-only"])
def test_slips_issue_issues_no_coupon_when_the_pdf_cannot_be_written(
    store, shop: Shop, db_url: str, tmp_path: Path, state: str
) -> None:
    disk = tmp_path / "disk"
    with small_disk(disk, files={"slips.pdf": OLD}, state=state):
        line = one_line_error(run("slips", "A-Alice", "--issue", "--out", str(disk / "slips.pdf"), "--db", db_url))
        assert "cannot write" in line
        assert (disk / "slips.pdf").read_bytes() == OLD and listing(disk) == {"slips.pdf"}
    assert _issued(store) == (0, 0)  # today: the coupon was issued, then the write failed
    # With room on the disk the same command issues and writes.
    ok = run("slips", "A-Alice", "--issue", "--out", str(tmp_path / "slips.pdf"), "--db", db_url)
    assert ok.exit_code == 0, ok.output
    assert _issued(store) == (1, 1) and (tmp_path / "slips.pdf").read_bytes().startswith(b"%PDF")
