"""The `packstation` command as an operator runs it: a real process, real SQLite files, exit codes and messages."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from packstation.cli import main
from packstation.resources import resource_path


def _env(tmp_path: Path) -> dict[str, str]:
    """Config and data dirs inside the test's folder; the station database is a file there too."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PACKSTATION_")}
    return env | {
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "PACKSTATION_DB_URL": f"sqlite:///{tmp_path / 'station.db'}",
    }


def spawn(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`python -m packstation ARGS` as a real process."""
    return subprocess.run(
        [sys.executable, "-m", "packstation", *args],
        capture_output=True,
        text=True,
        env=_env(tmp_path),
        cwd=tmp_path,
        timeout=120,
        check=False,
    )


def run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The same command in this process (the machine is shared; starting Python for each step is slow)."""
    env = _env(tmp_path)
    cleared = {k: None for k in os.environ if k.startswith("PACKSTATION_")}
    result = CliRunner().invoke(main, list(args), env=cleared | env, catch_exceptions=False)
    return subprocess.CompletedProcess(args, result.exit_code, result.stdout, result.stderr)


def count(db: Path, table: str) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute(f"select count(*) from {table}").fetchone()[0])


def test_help_lists_the_headless_jobs(tmp_path: Path) -> None:
    result = spawn(tmp_path, "--help")
    assert result.returncode == 0
    for command in ("demo-data", "import", "export", "db"):
        assert command in result.stdout
    result = run(tmp_path, "import", "--help")
    assert {"orders", "catalog", "boxes"} <= set(result.stdout.split())


def test_import_then_export_on_the_configured_database(tmp_path: Path) -> None:
    db = tmp_path / "station.db"
    for kind in ("catalog", "boxes", "orders"):
        result = run(tmp_path, "import", kind, str(resource_path("sample_data", f"{kind}.csv")))
        assert result.returncode == 0, result.stderr
        assert "new" in result.stdout
    assert count(db, "orders") == 3
    again = run(tmp_path, "import", "orders", str(resource_path("sample_data", "orders.csv")))
    assert "0 new" in again.stdout and "3 unchanged" in again.stdout and count(db, "orders") == 3

    bad = tmp_path / "bad.csv"
    bad.write_text(
        "merchant,order_ref,customer_ref,sku,quantity\nBORGEN,N-1,C-1,BG-VASE-S,1\nBORGEN,N-2,C-2,BG-VASE-S,-3\n",
        encoding="utf-8",
    )
    result = spawn(tmp_path, "import", "orders", str(bad))
    assert result.returncode != 0
    assert "bad.csv, row 3, column 'quantity'" in result.stderr and "nothing imported" in result.stderr
    assert count(db, "orders") == 3

    out = tmp_path / "shipments.json"
    result = run(tmp_path, "export", "shipments", "--since", "2025-01-01", "--format", "json", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["shipments"] == []  # nothing packed yet


def test_demo_data_is_deterministic_refuses_a_full_database_and_never_exports(tmp_path: Path) -> None:
    urls = [f"sqlite:///{tmp_path / name}" for name in ("a.db", "b.db")]
    for url in urls:
        result = run(tmp_path, "demo-data", "--db", url, "--orders", "25", "--seed", "5")
        assert result.returncode == 0, result.stderr
        assert "25 orders" in result.stdout
    dumps = []
    for name in ("a.db", "b.db"):
        with sqlite3.connect(tmp_path / name) as conn:
            dumps.append(
                conn.execute(
                    "select o.external_ref, c.first_name, l.line_no, l.sku_id, l.quantity "
                    "from orders o join customers c on c.id = o.customer_id "
                    "join order_lines l on l.order_id = o.id order by 1, 3"
                ).fetchall()
            )
    assert dumps[0] == dumps[1] and len(dumps[0]) >= 25

    again = run(tmp_path, "demo-data", "--db", urls[0], "--orders", "5")
    assert again.returncode != 0 and "already holds" in again.stderr
    refused = run(tmp_path, "export", "shipments", "--since", "2020-01-01", "--db", urls[0])
    assert refused.returncode != 0 and "demo" in refused.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("import", "orders", "missing.csv"), "file not found"),
        (("export", "shipments", "--since", "last tuesday"), "not an ISO 8601 date"),
        (("demo-data", "--orders", "-1"), "--orders"),
    ],
)
def test_bad_arguments_say_what_is_wrong(tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    result = run(tmp_path, *args)
    assert result.returncode != 0 and message in result.stderr
