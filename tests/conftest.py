"""Shared fixtures: real SQLite files and a real PostgreSQL database per test that needs one."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.zebra import FakeZebra

# Qt runs without a screen in tests; set before anything imports PySide6.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia*=false")

DEFAULT_PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
TESTS_DIR = Path(__file__).resolve().parent
DATA_DIR = TESTS_DIR / "data"


def _pg_admin_url() -> str:
    return os.environ.get("PACKSTATION_TEST_PG_URL", DEFAULT_PG_URL)


def _pg_reachable(url: str) -> str | None:
    """None when the server answers, else the reason it does not."""
    from sqlalchemy import create_engine, text

    try:
        engine = create_engine(url, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 3})
        with engine.connect() as conn:
            conn.execute(text("select 1"))
        engine.dispose()
        return None
    except Exception as exc:  # noqa: BLE001 - any failure means "no server here"
        return f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"


@pytest.fixture(scope="session")
def pg_admin_url() -> str:
    url = _pg_admin_url()
    reason = _pg_reachable(url)
    if reason is not None:
        message = f"no PostgreSQL server at {url} ({reason})"
        if os.environ.get("PACKSTATION_REQUIRE_PG"):
            pytest.fail(f"PostgreSQL is required in CI: {message}")
        pytest.skip(message)
    return url


@pytest.fixture
def pg_url(pg_admin_url: str) -> Iterator[str]:
    """A fresh, empty PostgreSQL database for this test, dropped afterwards."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"packstation_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(pg_admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(pg_admin_url).set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """A real SQLite file in the test's temporary folder."""
    return f"sqlite:///{tmp_path / 'packstation.db'}"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The same test on a SQLite file and on a PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'packstation.db'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture
def store(db_url: str):  # type: ignore[no-untyped-def]
    """An open, migrated store on each database kind."""
    from packstation.app import open_store

    opened = open_store(db_url)
    yield opened
    opened.dispose()


@pytest.fixture
def sqlite_store(sqlite_url: str):  # type: ignore[no-untyped-def]
    """An open, migrated store on a SQLite file only (for tests that need no PostgreSQL twin)."""
    from packstation.app import open_store

    opened = open_store(sqlite_url)
    yield opened
    opened.dispose()


@pytest.fixture
def zebra() -> Iterator[FakeZebra]:
    """A Zebra-like label printer listening on a real TCP port of 127.0.0.1 (tests/helpers/zebra.py)."""
    printer = FakeZebra()
    yield printer
    printer.close()
