"""IT's commands for a real site on a real SQLite file: users, stations, the GS1 prefix, badges; bad input in words."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from packstation.cli import main
from packstation.resources import resource_path
from tests.helpers.decode import decode_pdf, pdf_text


def run(tmp_path: Path, *args: str, stdin: str | None = None) -> tuple[int, str]:
    env = {k: None for k in os.environ if k.startswith("PACKSTATION_")}
    env |= {
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "PACKSTATION_DB_URL": f"sqlite:///{tmp_path / 'site.db'}",
    }
    result = CliRunner().invoke(main, list(args), env=env, input=stdin, catch_exceptions=False)
    return result.exit_code, result.output


def ok(tmp_path: Path, *args: str, stdin: str | None = None) -> str:
    code, out = run(tmp_path, *args, stdin=stdin)
    assert code == 0, (args, out)
    return out


def test_users_are_added_listed_and_changed_and_pins_never_show(tmp_path: Path) -> None:
    out = ok(
        tmp_path, "users", "add", "Bjørn Ødegård", "--badge", "B-1", "--language", "nb", "--pin-stdin", stdin="471100\n"
    )
    assert "Bjørn Ødegård" in out and "471100" not in out
    ok(tmp_path, "users", "add", "Kasia Nowak", "--badge", "B-2", "--no-pin")
    code, out = run(tmp_path, "users", "add", "Lea Lead", "--badge", "B-3", "--role", "lead", "--no-pin")
    assert code == 1 and "a lead needs a PIN" in out
    code, out = run(tmp_path, "users", "add", "Short", "--badge", "B-4", "--pin-stdin", stdin="12\n")
    assert code == 1 and "6 to 12 digits" in out
    code, out = run(tmp_path, "users", "add", "Again", "--badge", "B-1", "--no-pin")
    assert code == 1 and "B-1 is already in use" in out
    # A hidden prompt asks twice (and shows nothing typed).
    out = ok(tmp_path, "users", "add", "Lea Lead", "--badge", "B-3", "--role", "lead", stdin="808000\n808000\n")
    assert "808000" not in out

    listing = ok(tmp_path, "users", "list")
    assert "B-1\tBjørn Ødegård\tpacker\tnb\tPIN\tactive" in listing
    assert "B-2\tKasia Nowak\tpacker\ten\tno PIN\tactive" in listing
    assert "scrypt" not in listing and "471100" not in listing

    assert "471200" not in ok(tmp_path, "users", "set-pin", "B-1", "--pin-stdin", stdin="471200\n")
    code, out = run(tmp_path, "users", "set-pin", "B-404", "--pin-stdin", stdin="471200\n")
    assert code == 1 and "no user has badge 'B-404'" in out
    code, out = run(tmp_path, "users", "deactivate", "B-2", stdin="n\n")
    assert code == 1 and "Aborted" in out
    ok(tmp_path, "users", "deactivate", "B-2", "--yes")
    assert "B-2\tKasia Nowak\tpacker\ten\tno PIN\tinactive" in ok(tmp_path, "users", "list")

    from packstation.app import open_store
    from packstation.services.site.auth import AuthService

    store = open_store(f"sqlite:///{tmp_path / 'site.db'}")
    try:
        assert AuthService(store, "BENCH-01").sign_in("B-1", "471200").name == "Bjørn Ødegård"
        with pytest.raises(Exception, match="not known or not active"):
            AuthService(store, "BENCH-01").sign_in("B-2")
    finally:
        store.dispose()


def test_users_import_is_all_or_nothing_with_every_problem_named(tmp_path: Path) -> None:
    bad = tmp_path / "users.csv"
    bad.write_text(
        "name,badge,role,pin,locale\nPäivi Hämäläinen,B-10,packer,123400,fi\n,B-11,packer,,en\n"
        "Tom,B-10,boss,12,xx\nLea,B-12,lead,,en\n",
        encoding="utf-8",
    )
    code, out = run(tmp_path, "users", "import", str(bad))
    assert code == 1
    for problem in (
        "users.csv, row 3, column 'name': empty",
        "users.csv, row 4, column 'badge': B-10 is already in use",
        "users.csv, row 4, column 'role': must be one of packer, lead, trainer, admin, not 'boss'",
        "users.csv, row 4, column 'pin': a PIN is 6 to 12 digits",
        "users.csv, row 4, column 'locale': must be one of",
        "users.csv, row 5, column 'pin': a lead needs a PIN",
    ):
        assert problem in out, out
    assert "123400" not in out
    assert "Päivi" not in ok(tmp_path, "users", "list")
    good = tmp_path / "good.csv"
    good.write_text(
        "\ufeffname,badge,role,pin,locale,trainee\nPäivi Hämäläinen,B-10,packer,123400,fi,yes\n"
        "Lea Lead,B-12,lead,567800,en,\n",
        encoding="utf-8",
    )
    assert "2 users added" in ok(tmp_path, "users", "import", str(good))
    assert "B-10\tPäivi Hämäläinen\tpacker\tfi\tPIN\tactive" in ok(tmp_path, "users", "list")


def test_stations_prefix_and_site(tmp_path: Path) -> None:
    ok(tmp_path, "stations", "add", "bench-05", "--name", "By the door", "--label-printer", "tcp://10.0.0.5:9100")
    code, out = run(tmp_path, "stations", "add", "BENCH-06", "--label-printer", "lpt1")
    assert code == 1 and "expected file:///FOLDER, tcp://HOST:9100 or system:NAME" in out
    code, out = run(tmp_path, "stations", "add", "BENCH-05")
    assert code == 1 and "station BENCH-05 already exists" in out
    assert "BENCH-05\tBy the door\tlabels: tcp://10.0.0.5:9100\tdocuments: PDF files" in ok(
        tmp_path, "stations", "list"
    )

    code, out = run(tmp_path, "site", "prefix", "123", "--merchant", "BORGEN")
    assert code == 1 and "6 to 12 digits" in out
    code, out = run(tmp_path, "site", "prefix", "703123400", "--merchant", "BORGEN")
    assert code == 1 and "there is no merchant 'BORGEN'" in out
    ok(tmp_path, "import", "catalog", str(resource_path("sample_data", "catalog.csv")))
    ok(tmp_path, "site", "prefix", "703123400", "--merchant", "BORGEN")
    ok(tmp_path, "site", "prefix", "7070707")
    shown = ok(tmp_path, "site", "show")
    assert "prefix *: 7070707" in shown and "prefix BORGEN: 703123400" in shown

    out = ok(
        tmp_path,
        "site",
        "setup",
        "--name",
        "Oslo DC",
        "--admin",
        "Hanne",
        "--badge",
        "B-A1",
        "--pin-stdin",
        stdin="999900\n",
    )
    assert "999900" not in out and "Oslo DC" in out
    with sqlite3.connect(tmp_path / "site.db") as con:
        assert dict(con.execute("select key, value from app_meta").fetchall())["mode"] == "production"
    # A production database never becomes a demo one.
    code, out = run(tmp_path, "demo-data", "--db", f"sqlite:///{tmp_path / 'site.db'}")
    assert code == 1 and "production database" in out


def test_badge_sheet_barcodes_decode_to_the_badges(tmp_path: Path) -> None:
    code, out = run(tmp_path, "badges", "--out", str(tmp_path / "badges.pdf"))
    assert code == 1 and "no active users yet" in out
    people = [("Bjørn Ødegård", "B-1001"), ("Łukasz Żółć", "B-1002"), ("Päivi Hämäläinen", "B-1003")]
    for name, badge in people:
        ok(tmp_path, "users", "add", name, "--badge", badge, "--pin-stdin", stdin="123400\n")
    ok(tmp_path, "users", "add", "Gone", "--badge", "B-GONE", "--no-pin")
    ok(tmp_path, "users", "deactivate", "B-GONE", "--yes")
    out = ok(tmp_path, "badges", "--out", str(tmp_path / "badges.pdf"))
    assert "3 badges" in out
    decoded = sorted(text for text, _symbology in decode_pdf(tmp_path / "badges.pdf", dpi=300))
    assert decoded == ["B-1001", "B-1002", "B-1003"]
    text = pdf_text(tmp_path / "badges.pdf")
    assert all(name in text for name, _ in people) and "Gone" not in text and "123400" not in text
