"""Issue #17 part 2: every demo path stays out of production. `--demo` on any command refuses a demo database that
is the production database (the same SQLite file or PostgreSQL database, however the URL is written) or that holds
data not marked demo; the demo paths print only to the training printers in the demo data folder, never to the
bench's printers (a real TCP listener stands in for its Zebra) or its print folder. Each test failed on main."""

from __future__ import annotations

import os
import socket
import sqlite3
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy.engine import make_url

from packstation.app import open_store
from packstation.cli import main
from packstation.config import Settings
from packstation.demo.floor import demo_settings, open_demo_store
from packstation.demo.generate import generate_demo_data
from packstation.demo.printer import JammingPrinters
from packstation.domain.errors import ValidationError
from packstation.gui.demo.entry import training_settings
from packstation.resources import resource_path
from packstation.store.models import AppMeta


def _cli(tmp_path: Path, db_url: str, demo_url: str, *args: str) -> tuple[int, str]:
    env = {k: None for k in os.environ if k.startswith("PACKSTATION_")} | {
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "PACKSTATION_DB_URL": db_url,
        "PACKSTATION_DEMO_DB_URL": demo_url,
    }
    result = CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)
    return result.exit_code, result.output + (result.stderr if result.stderr_bytes is not None else "")


def _dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as con:
        return list(con.iterdump())


@pytest.fixture
def production(tmp_path: Path) -> Path:
    """A real floor: orders, people and labels' worth of data, marked production."""
    path = tmp_path / "floor" / "prod.db"
    store = open_store(f"sqlite:///{path}")
    generate_demo_data(store, orders=4, seed=5)
    with store.sessions() as db, db.begin():
        db.merge(AppMeta(key="mode", value="production"))
    store.dispose()
    return path


def _commands(tmp_path: Path) -> list[tuple[str, ...]]:
    script = tmp_path / "script.json"
    script.write_text('{"steps": [{"sign_in": "BADGE-P001", "pin": "1111"}]}', encoding="utf-8")
    return [
        ("import", "catalog", str(resource_path("sample_data", "catalog.csv"))),
        ("replay", str(script)),
        ("label", "1", "--format", "pdf", "--out", str(tmp_path / "label.pdf")),
        ("export", "shipments", "--since", "2000-01-01T00:00:00Z", "--out", str(tmp_path / "ship.csv")),
        ("report", "--from", "2000-01-01", "--to", "2100-01-01", "--format", "csv", "--out", str(tmp_path / "r.csv")),
        ("slips", "1", "--out", str(tmp_path / "slips.pdf"), "--issue"),
        ("demo-data", "--orders", "2"),
    ]


def test_demo_commands_refuse_the_production_sqlite_file_however_it_is_written(
    production: Path, tmp_path: Path
) -> None:
    before = _dump(production)
    link = tmp_path / "alias.db"
    link.symlink_to(production)
    prod_url = f"sqlite:///{production}"
    for demo_url in (prod_url, f"sqlite:///{production.parent}/../floor/prod.db", f"sqlite:///{link}"):
        for args in _commands(tmp_path):
            demo = args if args[0] == "demo-data" else ("--demo", *args)
            code, out = _cli(tmp_path, prod_url, demo_url, *demo)
            assert code == 1 and "production database" in out, (demo_url, args, out)
    assert _dump(production) == before
    assert not list(tmp_path.glob("*.pdf")) and not list(tmp_path.glob("*.csv"))


def test_demo_commands_refuse_a_database_that_is_not_marked_demo(production: Path, tmp_path: Path) -> None:
    before = _dump(production)
    for args in _commands(tmp_path)[:-1]:
        code, out = _cli(tmp_path, f"sqlite:///{tmp_path / 'other.db'}", f"sqlite:///{production}", "--demo", *args)
        assert code == 1 and "not a demo floor" in out, (args, out)
    assert _dump(production) == before  # no label with a real-looking tracking number, no coupon, nothing


@pytest.mark.pg
def test_demo_commands_refuse_the_production_postgresql_database(pg_url: str, tmp_path: Path) -> None:
    store = open_store(pg_url)
    with store.sessions() as db, db.begin():
        db.merge(AppMeta(key="mode", value="production"))
    store.dispose()
    url = make_url(pg_url)
    host = "localhost" if url.host in ("127.0.0.1", None) else "127.0.0.1"
    other_form = url.set(
        drivername="postgresql", host=host, port=url.port or 5432, username="someone", password="x"
    ).render_as_string(hide_password=False)
    for args in _commands(tmp_path)[:1]:
        code, out = _cli(tmp_path, pg_url, other_form, "--demo", *args)
        assert code == 1 and "production database" in out, out
    store = open_store(pg_url, migrate=False)
    with store.sessions() as db:
        assert (
            db.scalar(db.query(AppMeta).statement.with_only_columns(AppMeta.value).where(AppMeta.key == "mode"))
            == "production"
        )
        from sqlalchemy import func, select

        from packstation.store.models import Sku

        assert db.scalar(select(func.count()).select_from(Sku)) == 0
    store.dispose()
    with pytest.raises(ValidationError, match="production database"):
        open_demo_store(Settings(db_url=pg_url, demo_db_url=other_form, demo=True))


class _Zebra:
    """A real TCP listener standing in for the bench's label printer: records every byte sent to it."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.received = bytearray()
        self.connections = 0
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.server.accept()
            except OSError:
                return
            self.connections += 1
            with conn:
                conn.settimeout(2)
                try:
                    while chunk := conn.recv(65536):
                        self.received += chunk
                except OSError:
                    pass

    def close(self) -> None:
        self.server.close()


def test_every_demo_path_prints_only_to_the_training_folder(tmp_path: Path) -> None:
    zebra = _Zebra()
    try:
        bench = Settings(
            db_url=f"sqlite:///{tmp_path / 'prod.db'}",
            demo_db_url=f"sqlite:///{tmp_path / 'training' / 'demo.db'}",
            label_printer=f"tcp://127.0.0.1:{zebra.port}",
            document_printer="system:Office",
            label_format="zpl",
            print_dir=tmp_path / "bench-prints",
            label_sources={"*": "karrio:easypost"},
            webhook_url="https://shop.example/hook",
        )
        folder = tmp_path / "training" / "training-prints"
        for settings in (demo_settings(bench), training_settings(bench)):  # --demo (window, commands); the menu
            assert settings.demo and settings.label_printer == settings.document_printer == ""
            assert settings.label_format == "pdf" and settings.print_dir == folder
            assert settings.label_sources == {} and settings.webhook_url == ""  # no carrier, no shop from training
        printers = JammingPrinters(folder)
        for uri in (bench.label_printer, bench.document_printer, ""):  # a queued job naming the bench's printers
            printers(uri).send(b"%PDF-1.4 training", fmt="pdf", name=f"label-1-{len(uri)}.pdf")
        assert len(list(folder.glob("*.pdf"))) == 3
        assert zebra.connections == 0 and not zebra.received
        assert not (tmp_path / "bench-prints").exists()
    finally:
        zebra.close()
