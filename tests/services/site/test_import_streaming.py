"""Issue 17 part 10: big order files import in bounded memory, still all-or-nothing, every problem named.

The import streams the CSV and writes a batch of whole orders at a time inside one transaction. Batches are made
tiny here so that a few rows cross several batches; the 100,000-line figure is measured in a child process.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from packstation.domain.importing import ImportRejected
from packstation.resources import resource_path
from packstation.services.site import importing
from packstation.services.site.importing import import_file
from packstation.store.models import Customer, Order, OrderLine

ROOT = Path(__file__).resolve().parents[3]
HEADER = "merchant,order_ref,customer_ref,ship_name,sku,quantity,line_no\n"


def _counts(store) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    with store.sessions() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(t)) or 0  # type: ignore[return-value]
            for t in (Order, OrderLine, Customer)
        )


@pytest.fixture
def catalogued(store, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    import_file(store, "catalog", resource_path("sample_data", "catalog.csv"))
    monkeypatch.setattr(importing, "BATCH_ROWS", 2)  # every few rows a batch is written
    return store


def _scattered(tmp_path: Path, last: str = "BG-VASE-S,1,2") -> Path:
    """Order S-1's two lines are far apart: the first and the last row of the file."""
    rows = ["BORGEN,S-1,C-1,Åse,BG-VASE-S,1,1"]
    rows += [f"BORGEN,S-{n},C-{n},Kari,BG-CANDLE,{n},1" for n in range(2, 12)]
    rows += [f"BORGEN,S-1,C-1,Åse,{last}"]
    path = tmp_path / "scattered.csv"
    path.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_an_order_whose_lines_are_far_apart_is_whole(catalogued, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = import_file(catalogued, "orders", _scattered(tmp_path))
    assert (result.rows, result.created, result.detail["lines"]) == (12, 11, 12)
    with catalogued.sessions() as session:
        order = session.scalars(select(Order).where(Order.external_ref == "S-1")).one()
        assert sorted(line.line_no for line in order.lines) == [1, 2]
    assert _counts(catalogued) == (11, 12, 11)


def test_a_bad_row_after_many_written_batches_imports_nothing(catalogued, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = _scattered(tmp_path, last="NO-SUCH-SKU,1,2")
    text = path.read_text(encoding="utf-8").replace(
        "BORGEN,S-3,C-3,Kari,BG-CANDLE,3,1", "BORGEN,S-3,C-3,Kari,BG-CANDLE,-3,1"
    )
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ImportRejected) as caught:
        import_file(catalogued, "orders", path)
    named = {(p.row, p.column) for p in caught.value.problems}
    assert named == {("row 4", "quantity"), ("row 13", "sku")}  # both problems, far apart, are named
    assert _counts(catalogued) == (0, 0, 0)  # batches written before the problem were rolled back


@pytest.mark.slow
def test_100000_lines_import_in_at_most_300_mb(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT))
    from tests.benchmarks.bench_import import write_files

    catalog, orders = write_files(tmp_path, 100_000)
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.benchmarks.bench_import",
            "--child",
            f"sqlite:///{tmp_path / 'big.db'}",
            str(catalog),
            str(orders),
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        check=True,
        timeout=900,
    )
    figures = json.loads(out.stdout.strip().splitlines()[-1])
    assert figures["outcome"].startswith("orders.csv: 100000 rows; orders: 25000 new"), figures
    assert figures["peak_mb"] <= 300, figures  # today: about 1.8 GB
