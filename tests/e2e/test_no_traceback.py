"""Issue 17 part 6: no traceback reaches a person.

Every case the issue lists, from the command line, gets one clear line (exit 1; a bad option value is click's usage
error, exit 2) and writes nothing. SQLite and PostgreSQL give the same answer because the input is checked before
any database sees it.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers.small_disk import small_disk
from sqlalchemy import func, select

from packstation.app import open_store
from packstation.cli import main
from packstation.resources import resource_path
from packstation.services.site.importing import import_file
from packstation.services.site.lead import LeadService
from packstation.store.models import Box, Order, Sku


def run(*args: str, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)


def refused(result, *words: str, code: int = 1, listed: bool = False) -> str:  # type: ignore[no-untyped-def]
    """The command failed in words: no traceback, the words given, one line (plus click's usage for code 2; an
    import's refusal is one line followed by one line per problem: `listed`)."""
    assert "Traceback" not in result.output, result.output
    assert result.exit_code == code, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    if code == 1 and not listed:
        assert len(lines) == 1, result.output
    message = result.output if listed else lines[-1]
    for word in words:
        assert word in message, message
    return message


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.parametrize(
    "url", ["mysql://x@localhost/ps", "oracle://x/y", "nonsense", "sqlite://", "sqlite:///:memory:"]
)
def test_a_database_packstation_cannot_use_is_refused_by_every_command(tmp_path: Path, url: str) -> None:
    for args in (
        ["db", "upgrade", "--db", url],
        ["import", "orders", str(resource_path("sample_data", "orders.csv")), "--db", url],
        ["export", "shipments", "--since", "2025-01-01", "--db", url],
        ["report", "--from", "2025-01-01", "--to", "2025-01-02", "--out", str(tmp_path / "r.csv"), "--db", url],
        ["label", "1", "--out", str(tmp_path / "l.pdf"), "--db", url],
        ["slips", "1", "--out", str(tmp_path / "s.pdf"), "--db", url],
    ):
        message = refused(run(*args))
        assert "sqlite:///PATH or postgresql+psycopg://" in message, (args, message)
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_an_unreachable_postgresql_is_one_line(tmp_path: Path) -> None:
    url = f"postgresql+psycopg://postgres@127.0.0.1:{_free_port()}/packstation"
    refused(run("db", "upgrade", "--db", url), "cannot be reached", "Connection refused")  # today: 154 lines
    # As a real process too: the operator's terminal sees one line on standard error and nothing on stdout.
    done = subprocess.run(
        [sys.executable, "-m", "packstation", "db", "upgrade", "--db", url],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=tmp_path,
        env={**os.environ, "XDG_CONFIG_HOME": str(tmp_path)},
    )
    assert done.returncode == 1 and done.stdout == "" and len(done.stderr.strip().splitlines()) == 1, done.stderr


def test_an_unwritable_sqlite_path_is_one_line(tmp_path: Path) -> None:
    with small_disk(tmp_path / "ro", state="read-only") as folder:
        refused(run("db", "upgrade", "--db", f"sqlite:///{folder / 'station.db'}"), "cannot be written")
        refused(
            run(
                "import",
                "orders",
                str(resource_path("sample_data", "orders.csv")),
                "--db",
                f"sqlite:///{folder / 'station.db'}",
            ),
            "cannot be written",
        )
        assert list(folder.iterdir()) == []
    refused(run("db", "upgrade", "--db", "sqlite:////proc/no-such-folder/station.db"), "/proc/no-such-folder")


def test_config_problems_name_their_real_source(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_bytes(b'station = "BENCH-\xff"\n')
    refused(run("--config", str(bad), "export", "coupons"), str(bad), "not UTF-8")
    env = {"XDG_CONFIG_HOME": str(tmp_path / "none"), "PACKSTATION_LANGUAGE": "xx"}
    message = refused(run("export", "coupons", env=env), "environment PACKSTATION_LANGUAGE", "'language'")
    assert "config.toml" not in message


@pytest.fixture
def imported(db_url: str) -> str:
    store = open_store(db_url)
    for kind in ("catalog", "boxes", "orders"):
        import_file(store, kind, resource_path("sample_data", f"{kind}.csv"))
    store.dispose()
    return db_url


def _counts(url: str) -> tuple[int, int, int]:
    store = open_store(url, migrate=False)
    with store.sessions() as session:
        counts = tuple(int(session.scalar(select(func.count()).select_from(t)) or 0) for t in (Order, Sku, Box))
    store.dispose()
    return counts  # type: ignore[return-value]


def test_huge_order_numbers_and_dates_out_of_range(imported: str, tmp_path: Path) -> None:
    huge = "9" * 40
    refused(run("label", huge, "--out", str(tmp_path / "l.pdf"), "--db", imported), "not found")
    refused(run("label", "99999999999", "--out", str(tmp_path / "l.pdf"), "--db", imported), "not found")
    refused(run("slips", huge, "--out", str(tmp_path / "s.pdf"), "--db", imported), "no order")
    for flag, value in (("--from", "0001-01-01"), ("--to", "9999-12-31"), ("--from", "0001-01-01T00:00+05:00")):
        other = ("--to", "2025-01-02") if flag == "--from" else ("--from", "2025-01-01")
        refused(run("report", flag, value, *other, "--out", str(tmp_path / "r.csv"), "--db", imported), value, code=2)
    for value in ("0001-01-01T00:00+05:00", "9999-12-31T23:59-05:00", "1900-01-01"):
        refused(run("export", "shipments", "--since", value, "--db", imported), value, code=2)
        refused(run("export", "coupons", "--since", value, "--db", imported), value, code=2)
    assert not list(tmp_path.glob("*.pdf")) and not list(tmp_path.glob("*.csv"))


def test_import_refuses_hostile_values_alike_on_both_databases(imported: str, tmp_path: Path) -> None:
    before = _counts(imported)
    header = "merchant,sku,description,weight_g,unit_price,length_mm\n"
    cases = {
        "nul.csv": (header + "BORGEN,BG-NUL,Vase\x00 small,100,1.00,10\n", "holds a NUL byte"),
        "surrogate.csv": (header + "BORGEN,BG-SUR,Vase,100,1.00,10\n", None),
        "price.csv": (header + "BORGEN,BG-PRICE,Vase,100,1e20,10\n", "must be at most 9999999999.99"),
        "weight.csv": (header + "BORGEN,BG-HEAVY,Vase,99999999999999,1.00,10\n", "at most"),
        "digits.csv": (header + f"BORGEN,BG-LONG,Vase,{'9' * 5000},1.00,10\n", "must be"),
    }
    for name, (text, words) in cases.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        if words is None:  # a lone surrogate cannot even be written as UTF-8: the file holds its escaped bytes
            path.write_bytes(text.replace("Vase", "Va").encode().replace(b"Va,", b"Va\xed\xb2\x80,"))
            words = "not UTF-8"
        refused(run("import", "catalog", str(path), "--db", imported), "nothing imported", words, listed=True)
    boxes = tmp_path / "boxes.csv"
    boxes.write_text(
        "code,barcode,name,inner_length_mm,inner_width_mm,inner_height_mm,max_weight_g,stock\n"
        "BX-HUGE,BX-HUGE,Huge stock,100,100,100,1000,99999999999\n",
        encoding="utf-8",
    )
    refused(run("import", "boxes", str(boxes), "--db", imported), "at most 2147483647", listed=True)
    orders = tmp_path / "orders.csv"
    orders.write_text(
        "merchant,order_ref,customer_ref,sku,quantity\nBORGEN,HUGE-1,C-1,BG-VASE-S,99999999999\n", encoding="utf-8"
    )
    refused(run("import", "orders", str(orders), "--db", imported), "at most 100000", listed=True)
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    refused(run("import", "orders", str(deep), "--db", imported), "nothing imported", "nested too deeply", listed=True)
    assert _counts(imported) == before


def test_import_of_a_missing_file_or_a_folder_exits_1(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'station.db'}"
    refused(run("import", "orders", str(tmp_path / "nope.csv"), "--db", url), "file not found")
    refused(run("import", "orders", str(tmp_path), "--db", url), "is a folder")


def test_script_values_of_the_wrong_type_are_said(imported: str, tmp_path: Path) -> None:
    script = tmp_path / "script.json"
    for doc, words in (
        ({"now": 5, "steps": []}, "'now' must be text"),
        ({"steps": [{"wait": "long"}]}, "'wait' must be a number of seconds"),
        ({"steps": [{"wait": 1e308}]}, "'wait' must be a number of seconds"),
        ({"now": "0001-01-01T00:00:00+00:00", "steps": []}, "between 1970 and 2999"),
    ):
        script.write_text(json.dumps(doc), encoding="utf-8")
        refused(run("replay", str(script), "--db", imported), words)
    script.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    refused(run("replay", str(script), "--db", imported), "nested too deeply")
    store = open_store(imported, migrate=False)
    LeadService(store.sessions).add_user("Kari", "BADGE-KARI", pin="471100")
    store.dispose()
    script.write_text(
        json.dumps(
            {
                "steps": [
                    {"sign_in": 5},
                    {"sign_in": "BADGE-KARI", "pin": "471100"},
                    {"claim": 10**30},
                    {"claim": "BG-5001"},
                    {"scan": {"a": 1}},
                    {"weight": "heavy"},
                    {"quantity": 10**12, "line": 1},
                    {"scan": "\ud800\u0000"},
                    {"scan": "7031234000019\u0000"},
                ]
            }
        ),
        encoding="utf-8",
    )
    result = run("replay", str(script), "--db", imported)
    assert "Traceback" not in result.output and result.exit_code == 0, result.output
    rows = {row["step"]: row for row in map(json.loads, result.stdout.splitlines())}
    assert rows[2]["code"] == "signed_in" and rows[4]["code"] == "scanning", rows
    assert all(rows[n].get("error") for n in (1, 3, 5, 6, 7, 8, 9)), rows
    assert rows[7]["code"] == "out_of_range" and rows[8]["code"] == rows[9]["code"] == "unsafe_text", rows
