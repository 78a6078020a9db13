"""Engine and session set-up, and migrations run from code.

SQLite (one bench) runs with WAL, foreign keys on and synchronous=FULL, so a scan is on disk before the screen
says OK. PostgreSQL (a floor of benches) takes a `postgresql+psycopg://` URL and the same migrations.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute(f"PRAGMA busy_timeout={sqlite_busy_timeout() * 1000}")
    cursor.close()


def sqlite_busy_timeout() -> int:
    """Seconds a SQLite bench waits for another writer (10; `PACKSTATION_SQLITE_BUSY_TIMEOUT` can tighten it, as
    `PACKSTATION_PG_LOCK_TIMEOUT` does on PostgreSQL)."""
    import os

    override = os.environ.get("PACKSTATION_SQLITE_BUSY_TIMEOUT", "")
    return int(override) if override.isdigit() and int(override) > 0 else 10


KNOWN_BACKENDS = ("sqlite", "postgresql")


def check_url(url: str) -> None:
    """Refuse, in words, a URL Packstation cannot keep data in: an unknown dialect, a malformed URL, or an
    in-memory SQLite database (it would report "6 new" and keep nothing)."""
    from sqlalchemy.exc import ArgumentError

    from packstation.domain.errors import ValidationError

    hint = "use sqlite:///PATH or postgresql+psycopg://USER@HOST/DB"
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        raise ValidationError("unknown_database", f"{url!r} is not a database URL: {hint}", url=url) from None
    if parsed.get_backend_name() not in KNOWN_BACKENDS:
        raise ValidationError(
            "unknown_database",
            f"unknown database {parsed.get_backend_name()!r} in {parsed.render_as_string()}: {hint}",
            url=parsed.render_as_string(),
        )
    if parsed.get_backend_name() == "sqlite" and parsed.database in (None, "", ":memory:"):
        raise ValidationError("unknown_database", f"{url} is an in-memory database that keeps nothing: {hint}", url=url)


# Towards PostgreSQL nothing may wait for ever: a bench that died with its connection half-open must not hold a
# row lock until someone kills its backend, and a hanging server must not freeze the window. Seconds; the
# environment can tighten them (tests do), never switch them off.
PG_TIMEOUTS = {
    "connect_timeout": 5,  # connecting (libpq: whole seconds)
    "statement_timeout": 15,  # one statement
    "lock_timeout": 5,  # waiting for a row lock another bench holds
    "idle_in_transaction_session_timeout": 30,  # a transaction left open (its locks are freed)
}
PG_KEEPALIVES = {"keepalives": 1, "keepalives_idle": 10, "keepalives_interval": 5, "keepalives_count": 3}


def pg_timeouts() -> dict[str, int]:
    import os

    values = dict(PG_TIMEOUTS)
    for key in values:
        override = os.environ.get(f"PACKSTATION_PG_{key.upper()}")
        if override and override.isdigit() and int(override) > 0:
            values[key] = int(override)
    return values


def _pg_connect_args(kwargs: dict[str, Any]) -> dict[str, Any]:
    timeouts = pg_timeouts()
    options = " ".join(
        f"-c {key}={timeouts[key] * 1000}"
        for key in ("statement_timeout", "lock_timeout", "idle_in_transaction_session_timeout")
    )
    args = dict(kwargs.pop("connect_args", {}) or {})
    args.setdefault("connect_timeout", timeouts["connect_timeout"])
    args["options"] = f"{args.get('options', '')} {options}".strip()
    for key, value in PG_KEEPALIVES.items():
        args.setdefault(key, value)
    return args


def make_engine(url: str, **kwargs: Any) -> Engine:
    """An engine for `url`; creates the folder of a SQLite file and sets its pragmas on every connection."""
    parsed = make_url(url)
    if "poolclass" not in kwargs:
        kwargs.setdefault("pool_use_lifo", True)  # see HOT_CONNECTION
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        _attach_archive_when_present(engine, url)
        return engine
    idle_ping = kwargs.pop("idle_ping_seconds", IDLE_PING_SECONDS)
    if parsed.get_backend_name() == "postgresql":
        kwargs["connect_args"] = _pg_connect_args(kwargs)
    engine = create_engine(url, **kwargs)
    if not kwargs.get("pool_pre_ping"):
        _ping_after_idle(engine, idle_ping)
    return engine


# HOT_CONNECTION: the pool hands out the connection returned last (LIFO), not the one idle longest (the
# default, FIFO). The box pre-planner and the print-queue worker put a second connection into the pool, and FIFO
# then sent scan after scan to the other one: on SQLite a connection whose last write was not its own drops its
# page cache and reads the pages again (the window's "time in SQL" after a 1-8 s pause was 7 ms against 0.3 ms
# for the same scan back to back); on PostgreSQL it woke a backend that had slept since the scan before last.


def _attach_archive_when_present(engine: Engine, url: str) -> None:
    """A SQLite store's archive file (packstation/store/archive.py) is attached as `archive` to every connection
    once it exists, also to connections pooled before an archive run made it (one stat per checkout)."""
    from packstation.store.archive import archive_path, attach_archive

    path = archive_path(url)
    if path is None:
        return

    @event.listens_for(engine, "checkout")
    def _checked_out(dbapi_connection: Any, record: Any, proxy: Any) -> None:
        if not record.info.get("archive_attached") and path.exists():
            attach_archive(dbapi_connection, path)
            record.info["archive_attached"] = True


# A pooled connection unused for this long is pinged before use (a server restart or a dropped network since then
# would otherwise fail the packer's next scan). `pool_pre_ping` pinged before every transaction: one more round
# trip per scan that no statement count showed; a packer's scans come every 1-8 s and skip it.
IDLE_PING_SECONDS = 20.0


def _ping_after_idle(engine: Engine, idle: float) -> None:
    @event.listens_for(engine, "checkin")
    def _checked_in(dbapi_connection: Any, record: Any) -> None:
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _checked_out(dbapi_connection: Any, record: Any, proxy: Any) -> None:
        since = record.info.get("idle_since")
        if since is None or time.monotonic() - since < idle:
            return
        record.info["pings"] = record.info.get("pings", 0) + 1
        try:
            ok = engine.dialect.do_ping(dbapi_connection)
        except Exception as exc:  # noqa: BLE001 - any failure means this connection is gone
            raise DisconnectionError(f"pooled connection lost while idle: {exc}") from exc
        if not ok:
            raise DisconnectionError("pooled connection lost while idle")


_LOCAL_HOSTS = {"", "localhost", "127.0.0.1", "::1"}


def same_database(a: str, b: str) -> bool:
    """True when two URLs reach the same database: the same SQLite file (however the path is written, symlinks
    followed) or the same PostgreSQL database on the same server (user, password, driver and options ignored)."""
    try:
        ua, ub = make_url(a), make_url(b)
    except Exception:  # noqa: BLE001 - an unparsable URL is compared as text
        return a.strip() == b.strip()
    if ua.get_backend_name() != ub.get_backend_name():
        return False
    if ua.get_backend_name() == "sqlite":
        da, dbb = ua.database or "", ub.database or ""
        if da in ("", ":memory:") or dbb in ("", ":memory:"):
            return False
        return Path(da).expanduser().resolve() == Path(dbb).expanduser().resolve()

    def where(u: Any) -> tuple[str, int | None, str]:
        host = (u.host or "").lower()
        return ("localhost" if host in _LOCAL_HOSTS else host, u.port or 5432, u.database or u.username or "")

    return where(ua) == where(ub)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions that keep loaded values after commit (services return plain values built from them)."""
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One unit of work: commits on success, rolls back on any error."""
    with factory() as session, session.begin():
        yield session


def alembic_config(engine: Engine) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema up to `revision` (the newest by default)."""
    from alembic import command

    command.upgrade(alembic_config(engine), revision)


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    command.downgrade(alembic_config(engine), revision)


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(MIGRATIONS_DIR))
    head = script.get_current_head()
    assert head is not None
    return head


def is_empty(engine: Engine) -> bool:
    """True when the database has no tables yet."""
    return not inspect(engine).get_table_names()
