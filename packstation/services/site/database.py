"""Database maintenance for the commands: bring a schema up to date, open an existing Packstation database, and
refuse a demo command on a database that is not a demo floor."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import RootTransaction
from sqlalchemy.orm import Session, sessionmaker

from packstation.domain.errors import ValidationError
from packstation.store import db
from packstation.store.database import Store, open_store
from packstation.store.queries.site import floor_mode


def upgrade(url: str) -> str:
    """Bring the database at `url` up to the newest migration; returns the revision it is at now."""
    db.check_url(url)
    engine = db.make_engine(url)
    try:
        db.upgrade(engine)
        return str(db.current_revision(engine))
    finally:
        engine.dispose()


def open_existing(url: str) -> Store:
    """Open a database Packstation already set up, without changing it (reports, evidence, slips read it as it is);
    refused in words when nothing Packstation made is there."""
    store = open_store(url, migrate=False)
    try:
        if db.current_revision(store.engine) is None:
            where = store.engine.url.render_as_string()
            raise ValidationError("unknown_database", f"no Packstation database at {where}", url=where)
    except BaseException:
        store.dispose()
        raise
    return store


def refuse_unless_demo_floor(url: str) -> None:
    """A demo command on a database that holds tables but is not marked `app_meta.mode = demo` is refused. An
    unreachable database or bad URL passes here: the command itself reports it."""
    mode = floor_mode(url)
    if mode is not None and mode != "demo":
        raise ValidationError(
            "not_demo_database",
            f"{url} holds data that is not a demo floor (app_meta mode is "
            f"{mode or 'not set'}); refusing to use it as the demo database",
        )


@contextmanager
def one_outer_transaction(store: Store) -> Iterator[tuple[sessionmaker[Session], RootTransaction]]:
    """Sessions that all run inside one outer transaction on one connection (a service's own commits do not end
    it), and that transaction: the caller commits it only once its file is on disk, else rolls it back."""
    with store.engine.connect() as connection:
        outer = connection.begin()
        yield sessionmaker(bind=connection, expire_on_commit=False, join_transaction_mode="rollback_only"), outer
